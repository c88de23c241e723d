#!/bin/sh
# The time of a harvested notice is when the server received it (its
# INTERNALDATE), not what its Date: or Received: fields claim: anyone may
# write those, and a message APPENDed or moved into the folder carries no
# Received: of the server's (docs/imap.md, "Time").  Against the private
# Dovecot, whose INTERNALDATE of a maildir message is its file's mtime
# (scripts/dovecot-seed.sh -t).
#
#   harvest_arrival.sh BINARY DOVECOT_DIR
#
# bob's Sent folder (of this script's own) holds four offers sent 3 days
# ago; its bounce folder the bounces returning them, each verified:
#   kunde1  Date and Received: 2001, received 10 minutes ago: counted from
#           10 minutes ago (not unverified as "before the offer"), and
#           `status` says "dated 2001-..., arrived ...";
#   kunde2  Date and Received: 2100, received 10 minutes ago: counted from
#           10 minutes ago, held (dated after it arrived);
#   kunde3  Date and Received: 10 minutes ago, received (INTERNALDATE)
#           2100: clamped to the harvest, flagged (date_in_future), held;
#   kunde4  marked active by hand now; Date and Received: 5 minutes from
#           now, received an hour ago: the mark wins.
set -eu
. "$(dirname "$0")/lib.sh"
dv=$2
. "$dv/env"
export BOB_PASSWORD
T=$work
. "$HERE/forgeries.sh"

iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
at=$((now - 600))
folder=e2e_arrival_$$

# notice N DATE: the bounce of offer N to kunde N, whose Date: and only
# Received: say DATE (forgeries.sh's report, its Received: from $came).
notice() {
	came=$2 report '<>' "$2" "arrival-$1-$$@mx.customer.example" \
	    "From: sales@us.example
To: kunde$1@customer.example
Message-ID: <offer-$1@us.example>
Subject: Angebot $1" "kunde$1@customer.example"
}

# forgeries.sh wrote offers 1 to 3 (sent 3 days ago); a fourth alike.
sed 's/\([Kk]unde \{0,1\}\|offer-\|Angebot \)3/\14/g' "$work/sent-3.eml" \
    >"$work/sent-4.eml"
printf 'email\nkunde1@customer.example\nkunde2@customer.example\n' \
    >"$work/c.csv"
printf 'kunde3@customer.example\nkunde4@customer.example\n' >>"$work/c.csv"
notice 1 "$(rfc 978307200)" >"$work/1.eml"
notice 2 "$(rfc 4102444800)" >"$work/2.eml"
notice 3 "$(rfc $at)" >"$work/3.eml"
notice 4 "$(rfc $((now + 300)))" >"$work/4.eml"

seed() { "$TOP/scripts/dovecot-seed.sh" "$@"; }
seed "$dv" bob "${folder}_sent" "$work"/sent-*.eml
seed -t "@$at" "$dv" bob "$folder" "$work/1.eml" "$work/2.eml"
seed -t @4102444800 "$dv" bob "$folder" "$work/3.eml"
seed -t "@$((now - 3600))" "$dv" bob "$folder" "$work/4.eml"

db=$work/db
cat >"$work/conf" <<EOF
[database]
path = $db

$(dovecot_account bob)
folders = $folder
sent_folders = ${folder}_sent
after = none
EOF
"$BH" import -q --db "$db" "$work/c.csv"
"$BH" mark --db "$db" kunde4@customer.example active --note "checked" \
    >/dev/null || fail "mark kunde4"
# The harvest begins a second after the mark: a bounce counted from the
# harvest (its fields' claim, clamped) would come after the mark.
sleep 1
"$BH" harvest --config "$work/conf" 2>"$work/err" ||
    fail "harvest: exit $?: $(cat "$work/err")"
done_at=$(date +%s)

row() {	# row N COLUMNS: of kunde N's bounce
	sqlite3 -separator '|' "$db" "SELECT $2 FROM bounces WHERE \
	    recipient = 'kunde$1@customer.example'"
}
st() {
	sqlite3 "$db" "SELECT status FROM contacts WHERE address = \
	    'kunde$1@customer.example'"
}

# 1. Headers from 2001: counted from its arrival, so it answers our offer.
r=$(row 1 "date, evidence, coalesce(held, '-')")
[ "$r" = "$at|verified|-" ] && [ "$(st 1)" = invalid ] &&
    ok "fields of 2001: counted from the INTERNALDATE, verified" ||
    fail "kunde1 (dated 2001): $r, $(st 1); not $at|verified|-, invalid"
"$BH" status --db "$db" kunde1@customer.example >"$work/status1"
grep -q "dated 2001-01-01T00:00:00Z, arrived $(iso $at)" "$work/status1" &&
    ok "status says dated 2001, arrived $(iso $at)" ||
    fail "status kunde1: $(cat "$work/status1")"

# 2. Headers from 2100: counted from its arrival, held.
r=$(row 2 "date, held")
[ "$r" = "$at|dated after it arrived" ] && [ "$(st 2)" = active ] &&
    ok "fields of 2100: counted from the INTERNALDATE, held" ||
    fail "kunde2 (dated 2100): $r, $(st 2)"

# 3. Received in 2100, says the server: clamped to the harvest, flagged
# and held.
r=$(row 3 "date, date_known, held")
d=${r%%|*}
[ "$d" -ge "$now" ] && [ "$d" -le "$done_at" ] &&
    [ "${r#*|}" = "2|arrived in the future (the server's date)" ] &&
    [ "$(st 3)" = active ] &&
    ok "INTERNALDATE 2100: clamped to the harvest, flagged, held" ||
    fail "kunde3 (arrived 2100): $r, $(st 3); the harvest $now..$done_at"
"$BH" status --json --db "$db" kunde3@customer.example >"$work/status3"
grep -q '"date_in_future":true' "$work/status3" &&
    ok "status --json: date_in_future" ||
    fail "status kunde3: $(cat "$work/status3")"

# 4. The mark made before the harvest wins over a bounce received before
# it, whatever later time its fields claim.
r=$(row 4 "date, evidence")
[ "$r" = "$((now - 3600))|verified" ] && [ "$(st 4)" = active ] &&
    ok "a mark wins over a bounce that arrived before it" ||
    fail "kunde4: $r, $(st 4) after its mark"
finish
