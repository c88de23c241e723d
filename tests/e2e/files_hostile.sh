#!/bin/sh
# Files in a shared folder: export -o writes a new file beside its target
# and renames it in place, so a link planted at the name is replaced, not
# followed; a file another user made becomes ours, 0600; a failed write
# (a file-size limit standing in for a full disk) leaves the old file
# whole and no temporary behind; the database's own files are refused.
# The harvest lock is never opened through a link nor used when another
# user owns it.  A database others can write is refused, one they can
# read is named; so is a configuration holding a password command.
set -eu
. "$(dirname "$0")/lib.sh"

S="$work/common"
mkdir "$S"
chmod 1777 "$S"
python3 -c "
print('Name,E-Mail,Note')
for i in range(3000):
    print(f'N{i},user{i}@example.com,' + 'x' * 40)" >"$work/c.csv"
"$BH" import -q --db "$S/h.db" "$work/c.csv"
want=$("$BH" export --db "$S/h.db" --status all | wc -c)

# A link of our own is followed: to standard output (as /dev/stdout is;
# a link here, so that a broken build replaces nothing of the system's)
# and to a file.
ln -s /proc/self/fd/1 "$work/stdout"
"$BH" export --db "$S/h.db" --status all -o "$work/stdout" | cat >"$work/std.csv"
[ "$(wc -c <"$work/std.csv")" -eq "$want" ] && [ -L "$work/stdout" ] ||
    die "-o a link to standard output"
echo old >"$work/mine.csv"
ln -s "$work/mine.csv" "$work/link.csv"
"$BH" export --db "$S/h.db" --status all -o "$work/link.csv"
[ -L "$work/link.csv" ] && [ "$(wc -c <"$work/mine.csv")" -eq "$want" ] ||
    die "our own link was not followed"

if [ "$(id -u)" -eq 0 ]; then
	# A link planted by another user: replaced by a file, not followed.
	echo victim >"$work/victim"
	ln -s "$work/victim" "$S/out.csv"
	chown -h nobody "$S/out.csv"
	"$BH" export --db "$S/h.db" --status all -o "$S/out.csv"
	[ "$(cat "$work/victim")" = victim ] || die "the link was followed"
	[ -f "$S/out.csv" ] && [ ! -L "$S/out.csv" ] ||
	    die "out.csv is not a file"
	[ "$(stat -c %a "$S/out.csv")" = 600 ] ||
	    die "mode $(stat -c %a "$S/out.csv")"
	[ "$(wc -c <"$S/out.csv")" -eq "$want" ] || die "export incomplete"
	# A file another user made, open to all: replaced by ours, 0600.
	: >"$S/other.csv"
	chown nobody "$S/other.csv"
	chmod 666 "$S/other.csv"
	"$BH" export --db "$S/h.db" -o "$S/other.csv"
	[ "$(stat -c '%a %U' "$S/other.csv")" = "600 $(id -un)" ] ||
	    die "other.csv: $(stat -c '%a %U' "$S/other.csv")"
fi

# A full disk: the old file stays whole, nothing is left beside it.
echo old >"$work/keep.csv"
set +e
sh -c "ulimit -f 100; trap '' XFSZ; exec \"\$0\" export --db \"\$1\" \
--status all -o \"\$2\"" "$BH" "$S/h.db" "$work/keep.csv" 2>"$work/err"
rc=$?
set -e
[ "$rc" -eq 5 ] || die "export over the file-size limit exited $rc"
[ "$(cat "$work/keep.csv")" = old ] || die "keep.csv was changed"
[ "$(ls -A "$work" | grep -c keep)" -eq 1 ] || die "left behind: $(ls -A "$work")"

# The database's own files, by any name.
n=$(sqlite3 "$S/h.db" 'SELECT count(*) FROM contacts')
ln "$S/h.db" "$work/hard.db"
for f in "$S/h.db" "$S/../common/h.db" "$S/h.db-wal" "$S/h.db-shm" \
    "$S/h.db.harvest.lock" "$work/hard.db"; do
	expect_exit 2 "$BH" export --db "$S/h.db" -o "$f" 2>"$work/err"
	grep -qF "is the database's own file" "$work/err" ||
	    die "-o $f: $(cat "$work/err")"
done
[ "$(sqlite3 "$S/h.db" 'PRAGMA integrity_check')" = ok ] &&
    [ "$(sqlite3 "$S/h.db" 'SELECT count(*) FROM contacts')" = "$n" ] ||
    die "the database was harmed"
rm "$work/hard.db"

# The database's and the configuration's modes.
chmod 666 "$S/h.db"
expect_exit 4 "$BH" list --db "$S/h.db" >/dev/null 2>"$work/err"
grep -qF "is writable by others (mode 0666): refused" "$work/err" ||
    die "0666 database: $(cat "$work/err")"
chmod 644 "$S/h.db"
"$BH" list --db "$S/h.db" >/dev/null 2>"$work/err"
grep -qF "is open to group or others (mode 0644)" "$work/err" ||
    die "0644 database: $(cat "$work/err")"
chmod 600 "$S/h.db"
printf '[account a]\nhost = 127.0.0.1\nusername = u\n%s\n' \
    'password_command = cat pw' >"$work/c.conf"
chmod 644 "$work/c.conf"
"$BH" list --db "$S/h.db" --config "$work/c.conf" >/dev/null 2>"$work/err"
grep -qF "is readable by group or others (mode 0644) and holds a password" \
    "$work/err" || die "0644 config: $(cat "$work/err")"
chmod 600 "$work/c.conf"
"$BH" list --db "$S/h.db" --config "$work/c.conf" >/dev/null 2>"$work/err"
[ ! -s "$work/err" ] || die "0600 files: $(cat "$work/err")"

# The harvest lock: a link planted at its name, a file of another user.
# Nothing listens on port 1: a harvest that got past the lock fails there.
{
	printf '[database]\npath = %s/h.db\n[account a]\n' "$S"
	printf 'host = 127.0.0.1\nport = 1\nusername = u\n'
	printf 'password_env = BH_TEST_PW\nallow_plaintext = true\ntls = none\n'
} >"$work/h.conf"
chmod 600 "$work/h.conf"
export BH_TEST_PW=x
ln -s "$work/made-by-lock" "$S/h.db.harvest.lock"
expect_exit 5 "$BH" harvest --config "$work/h.conf" 2>"$work/err"
[ ! -e "$work/made-by-lock" ] || die "the lock followed a link"
grep -qF "cannot open '$S/h.db.harvest.lock'" "$work/err" ||
    die "linked lock: $(cat "$work/err")"
rm "$S/h.db.harvest.lock"
if [ "$(id -u)" -eq 0 ]; then
	: >"$S/h.db.harvest.lock"
	chown nobody "$S/h.db.harvest.lock"
	expect_exit 5 "$BH" harvest --config "$work/h.conf" \
	    2>"$work/err"
	grep -qF "is not a file of this user: refused" "$work/err" ||
	    die "lock of another user: $(cat "$work/err")"
fi
finish
