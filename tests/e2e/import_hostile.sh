#!/bin/sh
# Import refuses what no contact list should hold, naming the row: an
# address with an escape sequence, a line break or a bidi override
# (quoted local parts), a field over 64 KiB; the other rows are imported.
# A file with bytes that are not UTF-8 or a NUL byte is refused whole,
# naming its line, and nothing is imported.  /dev/zero and an endless
# standard input stop with an error in bounded memory and time, and the
# database keeps what it had.
set -eu
. "$(dirname "$0")/lib.sh"

{
	printf 'Name,E-Mail\nB,"""evil\033[2J""@example.com"\n'
	printf 'C,"""two\nlines""@example.com"\n'
	printf 'D,"""rtl\342\200\256moc""@example.com"\n'
	printf 'E,"%s@example.com"\n' "$(head -c 70000 /dev/zero | tr '\0' x)"
	printf 'F,ok@example.com\n'
} >"$work/bad.csv"
expect_exit 1 "$BH" import --db "$work/h.db" "$work/bad.csv" >"$work/out" 2>"$work/err"
for want in \
    "bad.csv:2: malformed row skipped: the address holds a control character" \
    "bad.csv:3: malformed row skipped: the address holds a control character" \
    "bad.csv:5: malformed row skipped: the address holds a control character" \
    "bad.csv:6: malformed row skipped: field longer than 64 KiB"; do
	grep -qF "$want" "$work/err" || die "no '$want' in: $(cat -v "$work/err")"
done
[ "$(sqlite3 "$work/h.db" 'SELECT group_concat(address) FROM contacts')" = \
    ok@example.com ] || die "contacts: $(sqlite3 "$work/h.db" \
    'SELECT address FROM contacts' | cat -v)"

# Not UTF-8, a NUL byte: the file is refused, its line named.
printf 'Name,E-Mail\nA,a@example.com\nB,bad\377x@example.com\n' >"$work/u.csv"
printf 'Name,E-Mail\nA,a@example.com\nB,nul\000cut@example.com\n' >"$work/z.csv"
for f in u z; do
	set +e
	"$BH" import --db "$work/h.db" "$work/$f.csv" >/dev/null 2>"$work/err"
	rc=$?
	set -e
	[ "$rc" -ne 0 ] || die "$f.csv imported"
	grep -qF "$f.csv:3: not UTF-8 text" "$work/err" ||
	    die "$f.csv: $(cat -v "$work/err")"
done
[ "$(sqlite3 "$work/h.db" 'SELECT count(*) FROM contacts')" = 1 ] ||
    die "a refused file changed the database"

# Address space and peak RSS (KB) of a run; the sanitized build lifts both.
vlimit=${BH_E2E_VLIMIT_KB:-400000}
max_rss=${BH_E2E_MAX_RSS_KB:-65536}

# endless NAME WANT MAX_KB CMD...: CMD, an import of an endless input
# that writes its peak RSS to $work/rss, must die saying WANT, within
# MAX_KB, and harm nothing.
endless() {
	name=$1 want=$2 max=$3
	shift 3
	set +e
	([ "$vlimit" -eq 0 ] || ulimit -v "$vlimit"; "$@") >/dev/null \
	    2>"$work/err"
	set -e
	[ -s "$work/rss" ] || die "$name: no measure: $(cat "$work/err")"
	grep -qF "$want" "$work/err" || die "$name: $(cat "$work/err")"
	[ "$(tail -n 1 "$work/rss")" -lt "$max" ] ||
	    die "$name: peak RSS $(cat "$work/rss") KB"
	[ "$(sqlite3 "$work/h.db" 'SELECT count(*) FROM contacts')" = 1 ] ||
	    die "$name: the database changed"
	rm -f "$work/rss"
}
# imp SOURCE: an import of SOURCE under a time limit, measured.
imp() {
	timeout 20 /usr/bin/time -f "%M" -o "$work/rss" "$BH" import \
	    --db "$work/h.db" "$1"
}
endless /dev/zero "/dev/zero:1: not UTF-8 text (a NUL byte)" "$max_rss" \
    imp /dev/zero
zeros() { head -c 300000000 /dev/zero | imp -; }
endless "zeros on standard input" "standard input:1: not UTF-8 text" \
    "$max_rss" zeros
lines() { yes | imp -; }
endless "yes on standard input" "standard input: more than 64 MiB" \
    $((max_rss * 2)) lines
finish
