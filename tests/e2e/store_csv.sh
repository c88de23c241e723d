#!/bin/sh
# import and export: RFC 4180 details, e-mail column detection, malformed
# rows with line numbers, duplicates, syntax and typo checks, statuses kept
# on re-import, column order, formula neutralisation, 0600 output.
set -eu
. "$(dirname "$0")/lib.sh"

# BOM, CRLF, quoted comma/quote/newline, a malformed row (line 6), a
# duplicate in other case, a syntax error, a typo, a formula.
printf '\357\273\277Name,E-Mail,Note\r\n' >"$work/c.csv"
printf '"Doe, Jane",jane@example.com,"says ""hi"""\r\n' >>"$work/c.csv"
printf 'Bob,bob@example.com,"two\r\nlines"\r\n' >>"$work/c.csv"
printf 'Eve,eve@gmial.com,"=HYPERLINK(""http://x"")"\r\n' >>"$work/c.csv"
printf 'Bad,bad"row@example.com,x\r\n' >>"$work/c.csv"
printf 'Jane again,JANE@Example.COM,dup\r\n' >>"$work/c.csv"
printf 'Broken,not..an@example.com,x\r\n' >>"$work/c.csv"
printf 'Dead,dead@example.org,x\r\n' >>"$work/c.csv"

expect_exit 1 "$BH" import --db "$work/c.db" "$work/c.csv" >"$work/out" 2>"$work/err"
grep -q "c.csv:6: malformed row skipped" "$work/err" ||
    die "malformed row not reported with its line: $(cat "$work/err")"
grep -q "import: 7 rows, 5 new contacts, 1 updated or merged, 1 malformed" \
    "$work/out" || die "import counts: $(cat "$work/out")"
grep -q "1 invalid (syntax), 1 suspect (typo)" "$work/out" ||
    die "import checks: $(cat "$work/out")"

# A bounce marks dead@ invalid (the mailing tool's log shows we wrote to
# it the day before); re-importing keeps it.
dsn dead@example.org failed 5.1.1 "550 5.1.1 <dead@example.org>: User \
    unknown" "Mon, 1 Jan 2024 10:00:00 +0000" b1@mx.example.org >"$work/dead.eml"
printf 'email,date\ndead@example.org,2023-12-31T10:00:00Z\n' >"$work/sent.csv"
"$BH" ingest -q --db "$work/c.db" --sent-log "$work/sent.csv" "$work/dead.eml"
sed 's/,x\r$/,changed\r/' "$work/c.csv" >"$work/c2.csv"
expect_exit 1 "$BH" import -q --db "$work/c.db" "$work/c2.csv" 2>/dev/null
[ "$(sqlite3 "$work/c.db" "SELECT status FROM contacts WHERE \
    address = 'dead@example.org'")" = invalid ] || die "re-import lost status"

# Default export: no invalid contacts; email, the other original columns,
# then ours; rows in the list's order.
"$BH" export --db "$work/c.db" -o "$work/out.csv"
[ "$(stat -c %a "$work/out.csv")" = 600 ] || die "export not 0600"
python3 - "$work/out.csv" <<'PY' || die "export content"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
head = rows[0]
assert head == ["email", "Name", "Note", "status", "reason", "last_bounce",
                "suggestion", "source"], head
assert [r[0].lower() for r in rows[1:]] == ["jane@example.com",
    "bob@example.com", "eve@gmial.com"], rows
byaddr = {r[0].lower(): r for r in rows[1:]}
assert "dead@example.org" not in byaddr, byaddr
assert "not..an@example.com" not in byaddr
assert byaddr["jane@example.com"][1] == "Jane again", byaddr
assert byaddr["bob@example.com"][2] == "two\r\nlines"
eve = byaddr["eve@gmial.com"]
assert eve[2].startswith("'="), eve
assert eve[3] == "suspect" and eve[6] == "eve@gmail.com", eve
assert len(rows) == 4, rows
PY
# --status all brings back invalid ones; --formulas keeps cells as they are.
"$BH" export --db "$work/c.db" --status all --formulas >"$work/all.csv"
grep -q '^dead@example.org,Dead,changed,invalid,userunknown,2024-01-01.*,import' \
    "$work/all.csv" || die "export --status all: $(cat "$work/all.csv")"
grep -q ',"=HYPERLINK' "$work/all.csv" || die "--formulas"
expect_exit 2 "$BH" export --db "$work/c.db" --status nonsense

# The e-mail column found by content when the header does not say.
printf 'a,b\r\nx,one@example.net\r\ny,two@example.net\r\n' >"$work/h.csv"
"$BH" import -q --db "$work/h.db" "$work/h.csv"
[ "$(sqlite3 "$work/h.db" 'SELECT count(*) FROM contacts')" = 2 ] ||
    die "column by content"
"$BH" import -q --db "$work/h2.db" --email-column 2 "$work/h.csv"
[ "$(sqlite3 "$work/h2.db" "SELECT count(*) FROM contacts WHERE address \
    LIKE '%@example.net'")" = 2 ] || die "--email-column"
finish
