#!/bin/sh
# Contact lists as people keep them: a German Excel CSV (semicolons,
# Umlauts) in UTF-8 and in Windows-1252, Excel's UTF-16 "Unicode text", a
# GB18030 file, a CRM export with BOM, CRLF and duplicates whose blank
# cells must not erase; a workbook given by mistake.  Out: the CSV keeps
# phone numbers byte for byte, the XLSX (read back with openpyxl) holds
# exact strings, and a re-import of our own export adds no columns.
set -eu
. "$(dirname "$0")/lib.sh"

# German, UTF-8, semicolons: the separator and the column found alone.
printf 'Name;E-Mail-Adresse;Telefon;Ort\r\n' >"$work/de.csv"
printf 'J\303\274rgen M\303\274ller;juergen@example.de;+49 711 123456;Stuttgart\r\n' \
    >>"$work/de.csv"
printf 'Bea Gro\303\237;bea@example.de;0711 98765;M\303\274nchen\r\n' >>"$work/de.csv"
"$BH" import --db "$work/de.db" "$work/de.csv" >"$work/out"
grep -q "separated by semicolons; addresses from column 2 'E-Mail-Adresse' (by its name)" \
    "$work/out" || die "separator or column not said: $(cat "$work/out")"
grep -q "import: 2 rows, 2 new contacts" "$work/out" || die "de: $(cat "$work/out")"

# The same file saved by Excel in Windows-1252: refused without a word of
# guessing, naming the line; imported with --encoding.
iconv -f UTF-8 -t WINDOWS-1252 "$work/de.csv" >"$work/de1252.csv"
expect_exit 5 "$BH" import --db "$work/w.db" "$work/de1252.csv" 2>"$work/err"
grep -q "de1252.csv:2: not UTF-8 text.*--encoding Windows-1252" "$work/err" ||
    die "1252 error: $(cat "$work/err")"
[ ! -e "$work/w.db" ] || die "a refused file created a database"
"$BH" import -q --db "$work/w.db" --encoding Windows-1252 "$work/de1252.csv"
[ "$(sqlite3 "$work/w.db" "SELECT columns FROM contacts WHERE address = \
    'juergen@example.de'")" = "J$(printf '\303\274')rgen M$(printf \
    '\303\274')ller,juergen@example.de,+49 711 123456,Stuttgart" ] ||
    die "1252 not converted: $(sqlite3 "$work/w.db" 'SELECT columns FROM contacts')"

# Excel's "Unicode text": UTF-16LE with a byte order mark, tabs.
printf 'Name\tEmail\tFirma\r\n\351\231\210\347\276\216\347\216\262\tchen@example.cn\t\346\265\267\345\260\224\r\n' |
    iconv -f UTF-8 -t UTF-16LE >"$work/u16.body"
{ printf '\377\376'; cat "$work/u16.body"; } >"$work/u16.txt"
"$BH" import --db "$work/u16.db" "$work/u16.txt" >"$work/out"
grep -q "as UTF-16 (little-endian), fields separated by tabs" "$work/out" ||
    die "utf-16: $(cat "$work/out")"
[ "$(sqlite3 "$work/u16.db" "SELECT columns FROM contacts")" = \
    "$(printf '\351\231\210\347\276\216\347\216\262,chen@example.cn,\346\265\267\345\260\224')" ] ||
    die "utf-16 text: $(sqlite3 "$work/u16.db" 'SELECT columns FROM contacts')"

# GB18030 with --encoding.
printf '\345\247\223\345\220\215,\351\202\256\347\256\261\r\n\345\274\240\344\274\237,zhang@example.cn\r\n' |
    iconv -f UTF-8 -t GB18030 >"$work/gb.csv"
expect_exit 5 "$BH" import --db "$work/gb.db" "$work/gb.csv" 2>/dev/null
"$BH" import -q --db "$work/gb.db" --encoding GB18030 "$work/gb.csv"
[ "$(sqlite3 "$work/gb.db" "SELECT columns FROM contacts")" = \
    "$(printf '\345\274\240\344\274\237,zhang@example.cn')" ] ||
    die "gb18030: $(sqlite3 "$work/gb.db" 'SELECT columns FROM contacts')"

# A CRM export: BOM, CRLF, a later duplicate (other case) with blank
# cells, a phone number with '+', a formula, text that is no address.
printf '\357\273\277Name,Email,Phone,Company,Note\r\n' >"$work/crm.csv"
printf 'Ana Souza,ana@example.com.br,+55 11 91234-5678,Acme,first\r\n' >>"$work/crm.csv"
printf '\351\231\210\347\276\216\347\216\262,mei@example.cn,+86 10 1234 5678,\346\265\267\345\260\224,"=HYPERLINK(""http://evil.example"",""x"")"\r\n' >>"$work/crm.csv"
printf 'Nobody,not-an-email,+1 555 0100,,\r\n' >>"$work/crm.csv"
printf 'Ana S.,ANA@Example.com.br,,Acme Ltda,\r\n' >>"$work/crm.csv"
"$BH" import --db "$work/crm.db" "$work/crm.csv" >"$work/out"
grep -q "1 rows repeated an address" "$work/out" ||
    die "duplicates not said: $(cat "$work/out")"
grep -q "1 invalid (syntax)" "$work/out" || die "syntax: $(cat "$work/out")"
[ "$(sqlite3 "$work/crm.db" "SELECT columns FROM contacts WHERE address = \
    'ana@example.com.br'")" = \
    "Ana S.,ANA@Example.com.br,+55 11 91234-5678,Acme Ltda,first" ] ||
    die "merge erased or kept wrong: $(sqlite3 "$work/crm.db" \
    'SELECT columns FROM contacts')"
[ "$(sqlite3 "$work/crm.db" "SELECT status || ' ' || reason FROM contacts \
    WHERE address = 'not-an-email'")" = "invalid syntax" ] ||
    die "unusable address not kept as invalid (syntax)"

# list: a header, name and company from the list, aligned (a Chinese
# name takes two cells a character), addresses in Unicode.
"$BH" list --db "$work/crm.db" >"$work/list"
head -n 1 "$work/list" | grep -q '^ADDRESS  *STATUS' || die "list head"
grep -q "^mei@example.cn  *active  *-  *[0-9-]*  *$(printf '\351\231\210\347\276\216\347\216\262')  *$(printf '\346\265\267\345\260\224')$" \
    "$work/list" || die "list name/company: $(cat "$work/list")"
python3 - "$work/list" <<'PY' || die "list not aligned: $(cat "$work/list")"
import sys, unicodedata
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
starts = {width(l[:l.index("  ")]) for l in lines}  # address column
cols = set()
for l in lines:
    i = l.index(" ")
    while l[i] == " ":
        i += 1
    cols.add(width(l[:i]))
assert len(cols) == 1, cols  # STATUS starts at one cell on every line
PY
"$BH" list --db "$work/crm.db" --json | python3 -c '
import json, sys
rows = {r["address"]: r for r in map(json.loads, sys.stdin)}
assert rows["mei@example.cn"]["name"] == "\u9648\u7f8e\u73b2", rows
assert rows["mei@example.cn"]["company"] == "\u6d77\u5c14", rows
assert rows["ana@example.com.br"]["name"] == "Ana S.", rows
' || die "list --json name/company"
printf 'email,Vorname,Nachname,Firma\r\nm\303\274ller@b\303\274cher.example,Hans,M\303\274ller,B\303\274cher GmbH\r\n' \
    >"$work/idn.csv"
"$BH" import -q --db "$work/idn.db" "$work/idn.csv"
"$BH" list --db "$work/idn.db" >"$work/list"
grep -q "^m$(printf '\303\274')ller@b$(printf '\303\274')cher.example .*Hans M$(printf '\303\274')ller  *B$(printf '\303\274')cher GmbH$" \
    "$work/list" || die "list unicode address: $(cat "$work/list")"
"$BH" status --db "$work/idn.db" "m$(printf '\303\274')ller@b$(printf \
    '\303\274')cher.example" >"$work/s"
grep -q "^m$(printf '\303\274')ller@b$(printf '\303\274')cher.example: active" \
    "$work/s" || die "status unicode: $(cat "$work/s")"
grep -q "^  stored as: m$(printf '\303\274')ller@xn--bcher-kva.example$" \
    "$work/s" || die "status stored form: $(cat "$work/s")"
grep -q "^  who: Hans M$(printf '\303\274')ller, B$(printf '\303\274')cher GmbH$" \
    "$work/s" || die "status who: $(cat "$work/s")"

# CSV out: email first, the list's order, phone numbers byte for byte.
"$BH" export --db "$work/crm.db" --status all -o "$work/crm-out.csv"
python3 - "$work/crm-out.csv" <<'PY' || die "csv export: $(cat "$work/crm-out.csv")"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[0] == ["email", "Name", "Phone", "Company", "Note", "status",
                   "reason", "last_bounce", "suggestion", "source"], rows[0]
assert [r[0] for r in rows[1:]] == ["ANA@Example.com.br", "mei@example.cn",
                                    "not-an-email"], rows
assert rows[1][2] == "+55 11 91234-5678" and rows[2][2] == "+86 10 1234 5678"
assert rows[3][2] == "+1 555 0100" and rows[3][5] == "invalid", rows[3]
assert rows[2][4].startswith("'=HYPERLINK"), rows[2]
PY
grep -q '+86 10 1234 5678' "$work/crm-out.csv" || die "phone changed"
# For Excel: BOM and semicolons on request.
"$BH" export --db "$work/crm.db" --bom --delimiter ';' >"$work/excel.csv"
head -c 3 "$work/excel.csv" | od -An -tx1 | grep -q 'ef bb bf' || die "no BOM"
grep -q "^$(printf '\357\273\277')email;Name;Phone;" "$work/excel.csv" || die "--delimiter"

# XLSX out, read back with a real reader: strings exact, nothing a formula.
"$BH" export --db "$work/crm.db" --status all -o "$work/crm.xlsx"
[ "$(stat -c %a "$work/crm.xlsx")" = 600 ] || die "xlsx not 0600"
# Debian's python3-openpyxl belongs to the system interpreter.
/usr/bin/python3 - "$work/crm.xlsx" <<'PY' || die "xlsx export"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["contacts"]
rows = [[c.value for c in r] for r in ws.iter_rows()]
assert rows[0][:3] == ["email", "Name", "Phone"], rows[0]
mei = [r for r in rows if r[0] == "mei@example.cn"][0]
assert mei[1] == "\u9648\u7f8e\u73b2" and mei[3] == "\u6d77\u5c14", mei
assert mei[2] == "+86 10 1234 5678", mei
assert mei[4] == '=HYPERLINK("http://evil.example","x")', mei
for r in ws.iter_rows():
    for c in r:
        assert c.data_type in ("s", "n") and (c.value is None or
            c.data_type == "s"), (c.coordinate, c.data_type, c.value)
assert ws.freeze_panes == "A2", ws.freeze_panes
assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1")
PY
expect_exit 2 "$BH" export --db "$work/crm.db" --format xlsx 2>/dev/null

# A workbook given to import: refused with the words to save it as CSV.
cp "$work/crm.xlsx" "$work/given.xlsx"
expect_exit 5 "$BH" import --db "$work/x.db" "$work/given.xlsx" 2>"$work/err"
grep -q 'is an Excel workbook (.xlsx).*save it as "CSV UTF-8"' "$work/err" ||
    die "xlsx import: $(cat "$work/err")"

# Our own export imported again: updates, adds no column.
"$BH" export --db "$work/crm.db" --status all --formulas -o "$work/again.csv"
"$BH" import -q --db "$work/crm.db" "$work/again.csv"
"$BH" export --db "$work/crm.db" --status all --formulas -o "$work/again2.csv"
[ "$(head -n 1 "$work/again2.csv")" = "$(printf \
    'email,Name,Phone,Company,Note,status,reason,last_bounce,suggestion,source\r')" ] ||
    die "re-import added columns: $(head -n 1 "$work/again2.csv")"
finish
