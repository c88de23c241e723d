#!/bin/sh
# doctor on a machine whose DNS is broken: a resolver that answers NXDOMAIN
# for everything, one that refuses everything, one that never answers.
# Each ends with nothing marked, no "[ok]" or "[fail]" printed, a clear
# message and exit 6 ("could not check").  Then: one overall deadline; a
# domain found alive again gives its contacts back.  Private unbounds on
# 127.0.0.1 (scripts/dns-test-server.sh) and a silent socket, each
# stopped by its own pid.
# Usage: doctor_broken_dns.sh BINARY PORTFILE FIXTURES SCRIPTS
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH
good=127.0.0.1:$(cat "$2")
fix=$3
server=$4/dns-test-server.sh
silent_pid=
at_exit 'for d in nx refuse revive; do
	[ -d "$work/$d" ] && "$server" stop "$work/$d" >/dev/null 2>&1
done
[ -z "$silent_pid" ] || kill "$silent_pid" 2>/dev/null'

no() { fail "$1: $2"; }

# The resolvers: NXDOMAIN for every name; REFUSED for every name.
echo '# no data: every name is NXDOMAIN' >"$work/empty.conf"
echo 'local-zone: "." refuse' >"$work/refuse.conf"
"$server" start "$work/nx" "$work/empty.conf" >/dev/null
"$server" start "$work/refuse" "$work/refuse.conf" >/dev/null 2>&1
nx=127.0.0.1:$(cat "$work/nx/port")
refuse=127.0.0.1:$(cat "$work/refuse/port")
# A server that never answers: a bound UDP socket nobody reads.
python3 -c 'import socket, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
time.sleep(600)' "$work/silent.port" &
silent_pid=$!
wait_file "$work/silent.port" "the silent resolver did not start"
silent=127.0.0.1:$(cat "$work/silent.port")

# Contacts at large providers and at test domains, all active.
printf 'email,name\nann@gmail.com,Ann\nbob@outlook.com,Bob\n' >"$work/c.csv"
printf 'cat@mx.test,Cat\ndan@aonly.test,Dan\neve@yahoo.com,Eve\n' \
    >>"$work/c.csv"
"$bin" import -q --db "$work/c.db" "$work/c.csv"
before=$(sqlite3 "$work/c.db" "SELECT address, status FROM contacts")

untouched() {	# untouched NAME: statuses and history as imported
	after=$(sqlite3 "$work/c.db" "SELECT address, status FROM contacts")
	hist=$(sqlite3 "$work/c.db" "SELECT count(*) FROM status_history")
	if [ "$after" = "$before" ] && [ "$hist" = 0 ]; then
		ok "$1: nothing marked"
	else
		no "$1: contacts changed" "$after (history rows: $hist)"
	fi
}

expect_unchecked() {	# expect_unchecked NAME: exit 6, said why, no verdict
	if [ "$rc" -eq 6 ] && grep -q "could not check" "$work/err" &&
	    ! grep -q "\[ok\]\|\[fail\]\|marked invalid" "$work/out"; then
		ok "$1: exit 6, '$(sed -n 's/.*\(could not check[^(]*\).*/\1/p' \
		    "$work/err" | head -1)'"
	else
		no "$1" "exit $rc: $(cat "$work/out" "$work/err")"
	fi
}

doc() {	# doc ARGS...: doctor, exit code in $rc
	rc=0
	"$bin" doctor "$@" >"$work/out" 2>"$work/err" || rc=$?
}

for r in nx:"$nx" refuse:"$refuse" silent:"$silent"; do
	name=${r%%:*} dns=${r#*:}
	doc --recipients --db "$work/c.db" --dns "$dns" --timeout 300 \
	    --tries 1
	expect_unchecked "$name: --recipients"
	untouched "$name: --recipients"
	# A day later, the same broken answers again: still nothing.
	rc=0
	faketime -f +25h "$bin" doctor --recipients --db "$work/c.db" \
	    --dns "$dns" --timeout 300 --tries 1 >"$work/out" 2>"$work/err" ||
	    rc=$?
	expect_unchecked "$name: --recipients a day later"
	untouched "$name: --recipients a day later"
	doc --dns "$dns" --timeout 300 --tries 1 --domain good.test \
	    --ip 203.0.113.5 --dnsbl zen.spamhaus.org
	expect_unchecked "$name: sender checkup"
done

# One deadline for all DNS work, the canaries included: a silent server,
# 5 s a try and 3 tries (35 s a query); --deadline 2 ends it in ~2 s.
for i in $(seq 1 40); do echo "d$i.test"; done >"$work/domains"
t0=$(date +%s%N)
doc --recipients --domains "$work/domains" --dns "$silent" --timeout 5000 \
    --tries 3 --inflight 1 --deadline 2
ms=$((($(date +%s%N) - t0) / 1000000))
[ "$rc" -eq 6 ] && [ "$ms" -lt 8000 ] &&
    ok "deadline 2 s: over in $ms ms, exit 6" ||
    no "deadline" "exit $rc after $ms ms: $(cat "$work/err")"

# A progress line on a terminal (script(1) gives one), none in a file.
if command -v script >/dev/null; then
	script -qc "'$bin' doctor --recipients --domains '$work/domains' \
	    --dns '$good' 2>&1 >/dev/null" /dev/null >"$work/tty" || :
	grep -q "doctor: DNS answers [0-9]* of [0-9]*" "$work/tty" &&
	    ok "progress line on a terminal" ||
	    no "progress line" "$(od -c "$work/tty" | head -5)"
fi
doc --recipients --domains "$work/domains" --dns "$good"
grep -q "DNS answers" "$work/err" && no "progress line in a file" \
    "$(cat "$work/err")" || ok "no progress line when not a terminal"

# A domain confirmed dead gives its contacts back once it answers again.
printf 'email\nfay@nope.test\ngus@nope.test\n' >"$work/n.csv"
for i in $(seq 1 30); do echo "u$i@mx.test"; done >>"$work/n.csv"
"$bin" import -q --db "$work/n.db" "$work/n.csv"
doc --recipients --db "$work/n.db" --dns "$good"
rc=0
faketime -f +25h "$bin" doctor --recipients --db "$work/n.db" --dns "$good" \
    >"$work/out" 2>"$work/err" || rc=$?
n=$(sqlite3 "$work/n.db" "SELECT count(*) FROM contacts WHERE status = \
    'invalid' AND reason = 'hostunknown'")
[ "$rc" -eq 1 ] && [ "$n" = 2 ] && ok "nope.test confirmed dead: 2 invalid" ||
    no "confirmed dead" "exit $rc, $n invalid: $(cat "$work/out" "$work/err")"
"$bin" report --db "$work/n.db" >"$work/report"
grep -q "2  nope.test: nxdomain, seen since .*, confirmed" "$work/report" &&
    ok "report names the dead domain as evidence" ||
    no "report" "$(cat "$work/report")"
echo "local-data: 'nope.test. MX 10 mx1.mx.test.'" >"$work/revive.conf"
"$server" start "$work/revive" "$fix/zones.conf" "$work/revive.conf" \
    >/dev/null 2>&1
revive=127.0.0.1:$(cat "$work/revive/port")
rc=0
faketime -f +48h "$bin" doctor --recipients --db "$work/n.db" \
    --dns "$revive" >"$work/out" 2>"$work/err" || rc=$?
n=$(sqlite3 "$work/n.db" "SELECT count(*) FROM contacts WHERE status = \
    'active'")
e=$(sqlite3 "$work/n.db" "SELECT count(*) FROM domain_evidence")
[ "$rc" -eq 0 ] && [ "$n" = 32 ] && [ "$e" = 0 ] &&
    grep -q "2 back to their status" "$work/out" &&
    ok "nope.test alive again: its 2 contacts back, evidence gone" ||
    no "alive again" "exit $rc, $n active, $e evidence: $(cat "$work/out")"

# A zone that only a bounce names is reported, never asked: a forged
# bounce would otherwise learn our IPs and have us advise asking it.
sed -e 's/203\.0\.113\.77/203.0.113.5/g' \
    -e 's/zen\.spamhaus\.org/attacker-bl.example/g' \
    "$fix/bounces/blocked-zen.eml" >"$work/forged.eml"
doc --dns "$good" --domain good.test --ip 203.0.113.5 \
    --dnsbl zen.spamhaus.org --json "$work/forged.eml"
if python3 -c 'import json, sys
j = json.load(open(sys.argv[1]))
f = j["findings"]
asked = [b for b in j["checks"]["blocklists"]
         if b["zone"] == "attacker-bl.example"]
told = [x for x in f if x["subject"] == "attacker-bl.example" and
        x["level"] == "info" and "was not asked" in x["summary"]]
sys.exit(0 if not asked and told and
         j["blocklists_named"] == ["attacker-bl.example"] else 1)' \
    "$work/out"; then
	ok "zone named by a bounce: named in the report, not asked"
else
	no "zone named by a bounce" "exit $rc: $(cat "$work/out")"
fi

finish
