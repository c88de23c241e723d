#!/bin/sh
# End to end: accept_unverified per account, against the private Dovecot
# of the ctest fixture.  Two accounts read two folders of bob's, neither
# with any mail we sent known; each folder holds the same forged report,
# for a contact never written to.  [account crm] sets accept_unverified =
# 1 (mail sent from a CRM, no Sent folder to prove it), [account sales]
# keeps the strict default.
#
#   harvest_accounts.sh BINARY DOVECOT_DIR
#
# Checks: only crm's report changes its contact; sales' is recorded as
# unverified, changes nothing, and the harvest says once, in plain words
# naming sales and not crm, that no sent mail proves its notices and what
# to do; `report` says the same; a [policy] accept_unverified = 1 does
# not relax sales, which sets 0; sent mail of crm's folders does not stop
# the words for sales, sent mail of its own does.
set -eu
. "$(dirname "$0")/lib.sh"
dv=$2
. "$dv/env"
export BOB_PASSWORD

forged() {	# forged RCPT ID: a report of a failure nobody asked for
	dsn "$1" failed 5.1.1 "550 5.1.1 <$1>: user unknown" \
	    "$(date -u -R)" "$2"
}
forged boss@kunde.example f1@mx.example.org >"$work/crm.eml"
forged chef@kunde.example f2@mx.example.org >"$work/sales.eml"
forged chefin@kunde.example f3@mx.example.org >"$work/sales2.eml"
crm=crm_$$ sales=sales_$$
"$TOP/scripts/dovecot-seed.sh" "$dv" bob "$crm" "$work/crm.eml"
"$TOP/scripts/dovecot-seed.sh" "$dv" bob "$sales" "$work/sales.eml"

# conf POLICY_LINE: both accounts, and the line in [policy].
conf() {
	printf '[database]\npath = %s\n\n[policy]\n%s\n\n' "$work/db" "$1"
	for a in crm sales; do
		printf '[account %s]\nhost = localhost\nport = %s\n' "$a" \
		    "$IMAPS_PORT"
		printf 'ca_file = %s\nusername = bob\n' "$CA_FILE"
		printf 'password_env = BOB_PASSWORD\nauth = login\n'
		[ "$a" = crm ] && printf 'folders = %s\n' "$crm" ||
		    printf 'folders = %s\n' "$sales"
		[ "$a" = crm ] && printf 'accept_unverified = 1\n' ||
		    printf 'accept_unverified = 0\n'
	done
}
status_of() {
	sqlite3 "$work/db" "SELECT coalesce(max(status), 'none') FROM \
	    contacts WHERE address = '$1'"
}

conf "" >"$work/conf"
run first harvest --config "$work/conf"
expect_rc first 0
[ "$(status_of boss@kunde.example)" = invalid ] ||
    fail "the relaxed account's report did not count"
[ "$(status_of chef@kunde.example)" = none ] ||
    fail "the strict account's forged report changed a contact"
[ "$(sqlite3 "$work/db" "SELECT evidence || accepted FROM bounces WHERE \
    account = 'sales'")" = unverified0 ] || fail "sales: not unverified"
[ "$(sqlite3 "$work/db" "SELECT evidence || accepted FROM bounces WHERE \
    account = 'crm'")" = unverified2 ] || fail "crm: not counted as relaxed"

# The plain words: once, for sales only, with what to do.
[ "$(grep -c "no mail sent from this account is known" \
    "$work/first.err")" = 1 ] || fail "not said once: $(cat "$work/first.err")"
grep -q "harvest: account 'sales': 1 notice(s) changed no status" \
    "$work/first.err" || fail "sales not named: $(cat "$work/first.err")"
grep -q "account 'crm'" "$work/first.err" &&
    fail "crm named, its notices count: $(cat "$work/first.err")"
for what in "Sent folder" "ingest --sent PATH" "ingest --sent-log FILE" \
    "accept_unverified = 1 in \[account sales\]" "make any contact invalid"; do
	grep -q "$what" "$work/first.err" ||
	    fail "the warning does not say '$what'"
done
run report report --config "$work/conf"
expect_rc report 0
grep -q "report: account 'sales': 1 notice(s)" "$work/report.err" ||
    fail "report does not say it: $(cat "$work/report.err")"
grep -q "account 'crm'" "$work/report.err" && fail "report names crm"

# [policy] relaxed: sales, which says 0, stays strict.
"$TOP/scripts/dovecot-seed.sh" "$dv" bob "$sales" "$work/sales2.eml"
conf "accept_unverified = 1" >"$work/relaxed.conf"
run second harvest --config "$work/relaxed.conf"
expect_rc second 0
[ "$(status_of chefin@kunde.example)" = none ] ||
    fail "[policy] relaxed the strict account"

# Sent mail of another account proves nothing for sales: still said.
# Once sales' own Sent folder has given a row (as its harvest records
# it), sales' notices are checked against it: no longer said.
sent_row() {
	sqlite3 "$work/db" "INSERT INTO sent_messages (message_id, recipient,
	    date, source, added) VALUES ('$1@shop.example',
	    'kunde@kunde.example', 1, '$2', 1)"
}
forged s3@kunde.example f4@mx.example.org >"$work/sales3.eml"
forged s4@kunde.example f5@mx.example.org >"$work/sales4.eml"
sent_row o1 crm/Sent
"$TOP/scripts/dovecot-seed.sh" "$dv" bob "$sales" "$work/sales3.eml"
run third harvest --config "$work/conf"
grep -q "harvest: account 'sales': 1 notice(s)" "$work/third.err" ||
    fail "another account's sent mail silenced sales: $(cat "$work/third.err")"
sent_row o2 sales/Sent
"$TOP/scripts/dovecot-seed.sh" "$dv" bob "$sales" "$work/sales4.eml"
run fourth harvest --config "$work/conf"
expect_rc fourth 0
grep -q "no mail sent from this account" "$work/fourth.err" &&
    fail "said with sales' own sent mail known: $(cat "$work/fourth.err")"
[ "$(status_of s4@kunde.example)" = none ] || fail "s4 changed"
finish
