#!/bin/sh
# Contact lists as people keep them: a German Excel CSV (semicolons,
# Umlauts) in UTF-8 and in Windows-1252, Excel's UTF-16 "Unicode text", a
# GB18030 file, a CRM export with BOM, CRLF and duplicates whose blank
# cells must not erase; a workbook given by mistake.  Out: the CSV keeps
# phone numbers byte for byte, the XLSX (read back with openpyxl) holds
# exact strings, and a re-import of our own export adds no columns.
. "$(dirname "$0")/store_lib.sh"

# German, UTF-8, semicolons: the separator and the column found alone.
printf 'Name;E-Mail-Adresse;Telefon;Ort\r\n' >"$T/de.csv"
printf 'J\303\274rgen M\303\274ller;juergen@example.de;+49 711 123456;Stuttgart\r\n' \
    >>"$T/de.csv"
printf 'Bea Gro\303\237;bea@example.de;0711 98765;M\303\274nchen\r\n' >>"$T/de.csv"
"$BH" import --db "$T/de.db" "$T/de.csv" >"$T/out"
grep -q "separated by semicolons; addresses from column 2 'E-Mail-Adresse' (by its name)" \
    "$T/out" || fail "separator or column not said: $(cat "$T/out")"
grep -q "import: 2 rows, 2 new contacts" "$T/out" || fail "de: $(cat "$T/out")"

# The same file saved by Excel in Windows-1252: refused without a word of
# guessing, naming the line; imported with --encoding.
iconv -f UTF-8 -t WINDOWS-1252 "$T/de.csv" >"$T/de1252.csv"
expect_rc 5 "$BH" import --db "$T/w.db" "$T/de1252.csv" 2>"$T/err"
grep -q "de1252.csv:2: not UTF-8 text.*--encoding Windows-1252" "$T/err" ||
    fail "1252 error: $(cat "$T/err")"
[ ! -e "$T/w.db" ] || fail "a refused file created a database"
"$BH" import -q --db "$T/w.db" --encoding Windows-1252 "$T/de1252.csv"
[ "$(sqlite3 "$T/w.db" "SELECT columns FROM contacts WHERE address = \
    'juergen@example.de'")" = "J$(printf '\303\274')rgen M$(printf \
    '\303\274')ller,juergen@example.de,+49 711 123456,Stuttgart" ] ||
    fail "1252 not converted: $(sqlite3 "$T/w.db" 'SELECT columns FROM contacts')"

# Excel's "Unicode text": UTF-16LE with a byte order mark, tabs.
printf 'Name\tEmail\tFirma\r\n\351\231\210\347\276\216\347\216\262\tchen@example.cn\t\346\265\267\345\260\224\r\n' |
    iconv -f UTF-8 -t UTF-16LE >"$T/u16.body"
{ printf '\377\376'; cat "$T/u16.body"; } >"$T/u16.txt"
"$BH" import --db "$T/u16.db" "$T/u16.txt" >"$T/out"
grep -q "as UTF-16 (little-endian), fields separated by tabs" "$T/out" ||
    fail "utf-16: $(cat "$T/out")"
[ "$(sqlite3 "$T/u16.db" "SELECT columns FROM contacts")" = \
    "$(printf '\351\231\210\347\276\216\347\216\262,chen@example.cn,\346\265\267\345\260\224')" ] ||
    fail "utf-16 text: $(sqlite3 "$T/u16.db" 'SELECT columns FROM contacts')"

# GB18030 with --encoding.
printf '\345\247\223\345\220\215,\351\202\256\347\256\261\r\n\345\274\240\344\274\237,zhang@example.cn\r\n' |
    iconv -f UTF-8 -t GB18030 >"$T/gb.csv"
expect_rc 5 "$BH" import --db "$T/gb.db" "$T/gb.csv" 2>/dev/null
"$BH" import -q --db "$T/gb.db" --encoding GB18030 "$T/gb.csv"
[ "$(sqlite3 "$T/gb.db" "SELECT columns FROM contacts")" = \
    "$(printf '\345\274\240\344\274\237,zhang@example.cn')" ] ||
    fail "gb18030: $(sqlite3 "$T/gb.db" 'SELECT columns FROM contacts')"

# A CRM export: BOM, CRLF, a later duplicate (other case) with blank
# cells, a phone number with '+', a formula, text that is no address.
printf '\357\273\277Name,Email,Phone,Company,Note\r\n' >"$T/crm.csv"
printf 'Ana Souza,ana@example.com.br,+55 11 91234-5678,Acme,first\r\n' >>"$T/crm.csv"
printf '\351\231\210\347\276\216\347\216\262,mei@example.cn,+86 10 1234 5678,\346\265\267\345\260\224,"=HYPERLINK(""http://evil.example"",""x"")"\r\n' >>"$T/crm.csv"
printf 'Nobody,not-an-email,+1 555 0100,,\r\n' >>"$T/crm.csv"
printf 'Ana S.,ANA@Example.com.br,,Acme Ltda,\r\n' >>"$T/crm.csv"
"$BH" import --db "$T/crm.db" "$T/crm.csv" >"$T/out"
grep -q "1 rows repeated an address" "$T/out" ||
    fail "duplicates not said: $(cat "$T/out")"
grep -q "1 invalid (syntax)" "$T/out" || fail "syntax: $(cat "$T/out")"
[ "$(sqlite3 "$T/crm.db" "SELECT columns FROM contacts WHERE address = \
    'ana@example.com.br'")" = \
    "Ana S.,ANA@Example.com.br,+55 11 91234-5678,Acme Ltda,first" ] ||
    fail "merge erased or kept wrong: $(sqlite3 "$T/crm.db" \
    'SELECT columns FROM contacts')"
[ "$(sqlite3 "$T/crm.db" "SELECT status || ' ' || reason FROM contacts \
    WHERE address = 'not-an-email'")" = "invalid syntax" ] ||
    fail "unusable address not kept as invalid (syntax)"

# list: a header, name and company from the list, aligned (a Chinese
# name takes two cells a character), addresses in Unicode.
"$BH" list --db "$T/crm.db" >"$T/list"
head -n 1 "$T/list" | grep -q '^ADDRESS  *STATUS' || fail "list head"
grep -q "^mei@example.cn  *active  *-  *[0-9-]*  *$(printf '\351\231\210\347\276\216\347\216\262')  *$(printf '\346\265\267\345\260\224')$" \
    "$T/list" || fail "list name/company: $(cat "$T/list")"
python3 - "$T/list" <<'PY' || fail "list not aligned: $(cat "$T/list")"
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
"$BH" list --db "$T/crm.db" --json | python3 -c '
import json, sys
rows = {r["address"]: r for r in map(json.loads, sys.stdin)}
assert rows["mei@example.cn"]["name"] == "\u9648\u7f8e\u73b2", rows
assert rows["mei@example.cn"]["company"] == "\u6d77\u5c14", rows
assert rows["ana@example.com.br"]["name"] == "Ana S.", rows
' || fail "list --json name/company"
printf 'email,Vorname,Nachname,Firma\r\nm\303\274ller@b\303\274cher.example,Hans,M\303\274ller,B\303\274cher GmbH\r\n' \
    >"$T/idn.csv"
"$BH" import -q --db "$T/idn.db" "$T/idn.csv"
"$BH" list --db "$T/idn.db" >"$T/list"
grep -q "^m$(printf '\303\274')ller@b$(printf '\303\274')cher.example .*Hans M$(printf '\303\274')ller  *B$(printf '\303\274')cher GmbH$" \
    "$T/list" || fail "list unicode address: $(cat "$T/list")"
"$BH" status --db "$T/idn.db" "m$(printf '\303\274')ller@b$(printf \
    '\303\274')cher.example" >"$T/s"
grep -q "^m$(printf '\303\274')ller@b$(printf '\303\274')cher.example: active" \
    "$T/s" || fail "status unicode: $(cat "$T/s")"
grep -q "^  stored as: m$(printf '\303\274')ller@xn--bcher-kva.example$" \
    "$T/s" || fail "status stored form: $(cat "$T/s")"
grep -q "^  who: Hans M$(printf '\303\274')ller, B$(printf '\303\274')cher GmbH$" \
    "$T/s" || fail "status who: $(cat "$T/s")"

# CSV out: email first, the list's order, phone numbers byte for byte.
"$BH" export --db "$T/crm.db" --status all -o "$T/crm-out.csv"
python3 - "$T/crm-out.csv" <<'PY' || fail "csv export: $(cat "$T/crm-out.csv")"
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
grep -q '+86 10 1234 5678' "$T/crm-out.csv" || fail "phone changed"
# For Excel: BOM and semicolons on request.
"$BH" export --db "$T/crm.db" --bom --delimiter ';' >"$T/excel.csv"
head -c 3 "$T/excel.csv" | od -An -tx1 | grep -q 'ef bb bf' || fail "no BOM"
grep -q "^$(printf '\357\273\277')email;Name;Phone;" "$T/excel.csv" || fail "--delimiter"

# XLSX out, read back with a real reader: strings exact, nothing a formula.
"$BH" export --db "$T/crm.db" --status all -o "$T/crm.xlsx"
[ "$(stat -c %a "$T/crm.xlsx")" = 600 ] || fail "xlsx not 0600"
# Debian's python3-openpyxl belongs to the system interpreter.
/usr/bin/python3 - "$T/crm.xlsx" <<'PY' || fail "xlsx export"
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
expect_rc 2 "$BH" export --db "$T/crm.db" --format xlsx 2>/dev/null

# A workbook given to import: refused with the words to save it as CSV.
cp "$T/crm.xlsx" "$T/given.xlsx"
expect_rc 5 "$BH" import --db "$T/x.db" "$T/given.xlsx" 2>"$T/err"
grep -q 'is an Excel workbook (.xlsx).*save it as "CSV UTF-8"' "$T/err" ||
    fail "xlsx import: $(cat "$T/err")"

# Our own export imported again: updates, adds no column.
"$BH" export --db "$T/crm.db" --status all --formulas -o "$T/again.csv"
"$BH" import -q --db "$T/crm.db" "$T/again.csv"
"$BH" export --db "$T/crm.db" --status all --formulas -o "$T/again2.csv"
[ "$(head -n 1 "$T/again2.csv")" = "$(printf \
    'email,Name,Phone,Company,Note,status,reason,last_bounce,suggestion,source\r')" ] ||
    fail "re-import added columns: $(head -n 1 "$T/again2.csv")"
echo ok
