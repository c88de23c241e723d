#!/bin/sh
# What the paths that mark, create or export a contact guarantee (see
# docs/guarantees.md), each case on the real binary and real SQLite files:
# reading commands never create a database and work on read-only media;
# two commands on a brand-new database serialise; option values in any
# script under C and C.UTF-8; mark refuses unknown addresses; a manual
# mark wins over a bounce dated in the future; two messages sharing a
# Message-ID count the same in either order; the default export holds
# only the user's own contacts.  Every case runs; the failures are listed.
set -eu
. "$(dirname "$0")/lib.sh"
bad=0

no() {	# no CASE WHY: records a failed case
	echo "FAIL - $1: $2" >&2
	bad=$((bad + 1))
}

rc_of() {	# rc_of CMD...: its exit code in $rc, output in $work/out, $work/err
	set +e
	"$@" >"$work/out" 2>"$work/err"
	rc=$?
	set -e
}

printf 'email,name\nann@example.com,Ann\nbob@example.com,Bob\n' >"$work/c.csv"
"$BH" import -q --db "$work/c.db" "$work/c.csv"

# 1. A reading command (or forget) on a missing database: an error, and
# no file.
for cmd in list report export "status ann@example.com" \
    "forget ann@example.com" "doctor --dns 127.0.0.1:9 --domain x.example"; do
	rc_of "$BH" $cmd --db "$work/typo.db"
	if [ "$rc" -ne 0 ] && [ ! -e "$work/typo.db" ] &&
	    grep -q "no database at '$work/typo.db'" "$work/err"; then
		ok "$cmd on a missing database: exit $rc, none created"
	else
		no "$cmd on a missing database" "exit $rc, $(cat "$work/err")"
	fi
	rm -f "$work/typo.db"
done
rc_of "$BH" mark --db "$work/typo.db" ann@example.com active --note x
[ "$rc" -ne 0 ] && [ ! -e "$work/typo.db" ] &&
    ok "mark on a missing database" ||
    no "mark on a missing database" "exit $rc"

# 2. Read-only media: a tmpfs remounted read-only (needs root and mount).
mkdir -p "$work/ro"
if mount -t tmpfs -o size=4m tmpfs "$work/ro" 2>/dev/null; then
	at_exit 'umount "$work/ro" 2>/dev/null || :'
	cp "$work/c.db" "$work/ro/c.db"
	mount -o remount,ro "$work/ro"
	rc_of "$BH" list --db "$work/ro/c.db"
	if [ "$rc" -eq 0 ] && grep -q "bob@example.com" "$work/out"; then
		ok "list on read-only media"
	else
		no "list on read-only media" "exit $rc: $(cat "$work/err")"
	fi
	rc_of "$BH" export --db "$work/ro/c.db"
	[ "$rc" -eq 0 ] && grep -q "^ann@example.com,Ann" "$work/out" &&
	    ok "export from read-only media" ||
	    no "export from read-only media" "exit $rc: $(cat "$work/err")"
	rc_of "$BH" mark --db "$work/ro/c.db" ann@example.com invalid --note x
	[ "$rc" -eq 4 ] && grep -q "read-only" "$work/err" &&
	    ok "mark on read-only media: refused, says read-only" ||
	    no "mark on read-only media" "exit $rc: $(cat "$work/err")"
	umount "$work/ro"
else
	echo "skipped: read-only media (cannot mount a tmpfs)"
fi

# 3. A folder this user cannot write (another user's, read-only for us).
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
	mkdir -p "$work/shared"
	cp "$work/c.db" "$work/shared/c.db"
	chmod 0755 "$work" "$work/shared"
	chmod 0644 "$work/shared/c.db"
	# A copy nobody can run: the build may sit under a folder only root
	# may enter (a checkout in /root).
	cp "$BH" "$work/bounce-harvester"
	set +e
	setpriv --reuid=nobody --regid=nogroup --clear-groups env \
	    HOME=/nonexistent "$work/bounce-harvester" list \
	    --db "$work/shared/c.db" >"$work/out" 2>"$work/err"
	rc=$?
	set -e
	if [ "$rc" -eq 0 ] && grep -q "ann@example.com" "$work/out"; then
		ok "list in a read-only folder"
	else
		no "list in a read-only folder" "exit $rc: $(cat "$work/err")"
	fi
	ls "$work/shared" | grep -q -- "-wal\|-shm" &&
	    no "read-only folder" "files created beside the database" || :
else
	echo "skipped: read-only folder (needs root to switch user)"
fi

# 4. A brand-new database held by another process while it is being
# created: the command waits for it (not an instant 'waited' failure).
hold() {	# hold DB SECONDS: a writer holding a new rollback-mode file
	python3 - "$1" "$2" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("CREATE TABLE holder (x)")
open(sys.argv[1] + ".held", "w").close()
time.sleep(float(sys.argv[2]))
c.execute("ROLLBACK")
PY
	while [ ! -e "$1.held" ]; do sleep 0.02; done
}
printf '[database]\nbusy_timeout = 5000\n' >"$work/wait.conf"
hold "$work/new1.db" 1
rc_of "$BH" import --config "$work/wait.conf" --db "$work/new1.db" "$work/c.csv"
wait
n=$(sqlite3 "$work/new1.db" "SELECT count(*) FROM contacts" 2>/dev/null ||
    echo none)
[ "$rc" -eq 0 ] && [ "$n" = 2 ] &&
    ok "new database held 1 s: import waited and worked" ||
    no "new database held 1 s" "exit $rc, contacts $n: $(cat "$work/err")"
printf '[database]\nbusy_timeout = 400\n' >"$work/short.conf"
hold "$work/new2.db" 2
t0=$(date +%s%N)
rc_of "$BH" list --config "$work/short.conf" --db "$work/new2.db"
ms=$((($(date +%s%N) - t0) / 1000000))
wait
said=$(sed -n 's/.*waited \([0-9]*\) ms.*/\1/p' "$work/err")
if [ "$rc" -eq 4 ] && [ -n "$said" ] && [ "$said" -ge 400 ] &&
    [ "$said" -le "$ms" ]; then
	ok "busy past the timeout: 'waited $said ms' after $ms ms"
else
	no "busy message" "exit $rc after $ms ms: $(cat "$work/err")"
fi
# Six commands started together on a new database: all succeed.
pids=
for i in 1 2 3 4 5 6; do
	"$BH" import -q --db "$work/race.db" "$work/c.csv" 2>"$work/err-race.$i" &
	pids="$pids $!"
done
fails=0
for p in $pids; do wait "$p" || fails=$((fails + 1)); done
[ "$fails" -eq 0 ] && ! grep -q . "$work"/err-race.* &&
    ok "six imports at once on a new database" ||
    no "six imports at once" "$fails failed: $(cat "$work"/err-race.*)"

# 5. Option values in other scripts, under C.UTF-8 and plain C.
printf '邮箱,名字\nwang@例子.中国,王\n' >"$work/u.csv"
for loc in C.UTF-8 C; do
	db=$work/u-$loc.db
	rc_of env LC_ALL=$loc "$BH" import --db "$db" --email-column 邮箱 \
	    "$work/u.csv"
	r1=$rc
	rc_of env LC_ALL=$loc "$BH" mark --db "$db" wang@例子.中国 active \
	    --note "Adresse bestätigt"
	r2=$rc
	rc_of env LC_ALL=$loc "$BH" list --db "$db" --domain 例子.中国
	# list prints the address in Unicode, older versions as IDNA
	if [ "$r1$r2$rc" = 000 ] &&
	    grep -q "wang@\(例子.中国\|xn--fsqu00a.xn--fiqs8s\)" "$work/out" &&
	    [ "$(sqlite3 "$db" "SELECT note FROM status_history \
	    WHERE manual = 1")" = "Adresse bestätigt" ]; then
		ok "non-ASCII options under LC_ALL=$loc"
	else
		no "non-ASCII options under LC_ALL=$loc" \
		    "exits $r1 $r2 $rc: $(cat "$work/err")"
	fi
done
rc_of "$BH" list --db "$work/c.db" --domain "$(printf 'x\377y')"
[ "$rc" -eq 2 ] && grep -q "not valid UTF-8" "$work/err" &&
    ok "invalid UTF-8 in an option: refused" ||
    no "invalid UTF-8 in an option" "exit $rc: $(cat "$work/err")"

# 6. mark on an unknown address: refused, nothing created; --create adds.
rc_of "$BH" mark --db "$work/c.db" ann@exmaple.com invalid --note typo
n=$(sqlite3 "$work/c.db" "SELECT count(*) FROM contacts WHERE address = \
    'ann@exmaple.com'")
[ "$rc" -eq 2 ] && [ "$n" = 0 ] && grep -q -- "--create" "$work/err" &&
    ok "mark on an unknown address refused" ||
    no "mark on an unknown address" "exit $rc, rows $n"
rc_of "$BH" mark --db "$work/c.db" new@example.com invalid --note x --create
n=$(sqlite3 "$work/c.db" "SELECT status FROM contacts WHERE address = \
    'new@example.com'")
[ "$rc" -eq 0 ] && [ "$n" = invalid ] && ok "mark --create" ||
    no "mark --create" "exit $rc, status $n"

# 7. A bounce dated 2100 for ann; a later mark active wins.
dsn ann@example.com failed 5.1.1 "550 5.1.1 user unknown" \
    "Fri, 1 Jan 2100 10:00:00 +0000" future@mx.example.org >"$work/f.eml"
"$BH" ingest -q --db "$work/c.db" "$work/f.eml"
rc_of "$BH" mark --db "$work/c.db" ann@example.com active --note "confirmed"
s=$(sqlite3 "$work/c.db" "SELECT status FROM contacts WHERE address = \
    'ann@example.com'")
[ "$rc" -eq 0 ] && [ "$s" = active ] &&
    ok "mark active after a bounce dated 2100" ||
    no "mark after a future bounce" "exit $rc, status $s"
"$BH" ingest -q --db "$work/c.db" "$work/f.eml"
s=$(sqlite3 "$work/c.db" "SELECT status FROM contacts WHERE address = \
    'ann@example.com'")
[ "$s" = active ] && ok "rereading the future bounce keeps the mark" ||
    no "rereading the future bounce" "status $s"

# 8. Two different messages sharing a Message-ID, read in both orders.
# Both answer the mail we sent cat@ the day before (a mailing tool's log).
printf 'email,date\ncat@example.com,2023-12-31\n' >"$work/cat.csv"
"$BH" ingest -q --db "$work/ab.db" --sent-log "$work/cat.csv"
"$BH" ingest -q --db "$work/ba.db" --sent-log "$work/cat.csv"
dsn cat@example.com failed 5.2.2 "552 5.2.2 mailbox full" \
    "Mon, 1 Jan 2024 10:00:00 +0000" same@mx.example.org >"$work/a.eml"
dsn cat@example.com failed 5.1.1 "550 5.1.1 no such user" \
    "Tue, 2 Jan 2024 10:00:00 +0000" same@mx.example.org >"$work/b.eml"
"$BH" ingest -q --db "$work/ab.db" "$work/a.eml"
"$BH" ingest -q --db "$work/ab.db" "$work/b.eml"
"$BH" ingest -q --db "$work/ba.db" "$work/b.eml"
"$BH" ingest -q --db "$work/ba.db" "$work/a.eml"
q="SELECT status, reason, bounces, soft_bounces, full_bounces, \
    first_bounce, last_bounce FROM contacts"
if [ "$(sqlite3 "$work/ab.db" "$q")" = "$(sqlite3 "$work/ba.db" "$q")" ] &&
    [ "$(sqlite3 "$work/ab.db" "SELECT bounces FROM contacts")" = 2 ]; then
	ok "shared Message-ID: same counters in both orders (2 bounces)"
else
	no "shared Message-ID" "$(sqlite3 "$work/ab.db" "$q") vs \
$(sqlite3 "$work/ba.db" "$q")"
fi
"$BH" ingest -q --db "$work/ab.db" "$work/a.eml" "$work/b.eml"
[ "$(sqlite3 "$work/ab.db" "SELECT count(*) FROM bounces")" = 2 ] &&
    ok "shared Message-ID: rereading adds nothing" ||
    no "shared Message-ID reread" "$(sqlite3 "$work/ab.db" \
    "SELECT count(*) FROM bounces") bounce rows"

# 9. The default export is the user's list: a stranger only a bounce
# named (we wrote to it from outside the list, as the log shows) is left
# out; --with-bounced brings it, marked by source.
dsn stranger@qq.example.cn delayed 4.2.2 "452 4.2.2 mailbox full" \
    "Mon, 1 Jan 2024 10:00:00 +0000" s1@mx.example.org >"$work/s.eml"
printf 'email,date\nstranger@qq.example.cn,2023-12-31\n' >"$work/s.csv"
"$BH" ingest -q --db "$work/c.db" --sent-log "$work/s.csv" "$work/s.eml"
rc_of "$BH" export --db "$work/c.db" --status all
if [ "$rc" -eq 0 ] && ! grep -q stranger "$work/out" &&
    head -1 "$work/out" | grep -q ",source" &&
    grep -q "^bob@example.com,Bob,.*,import" "$work/out"; then
	ok "default export: only imported contacts, source column"
else
	no "default export" "exit $rc: $(cat "$work/out")"
fi
rc_of "$BH" export --db "$work/c.db" --status all --with-bounced
grep -q "^stranger@qq.example.cn,.*,bounce" "$work/out" &&
    ok "export --with-bounced: the stranger, source bounce" ||
    no "export --with-bounced" "$(cat "$work/out")"

[ "$bad" -eq 0 ] || { echo "$bad failed" >&2; exit 1; }
finish
