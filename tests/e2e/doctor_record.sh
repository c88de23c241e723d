#!/bin/sh
# doctor records each run's findings where serve and report --html read
# them: the sender checkup and --recipients against the private unbound
# (port in $2, zones in $3), then a resolver that answers NXDOMAIN for
# everything (started here, scripts in $4): that run is recorded as
# "could not check", and report --html shows it rather than the older
# run's findings.  --no-mark records nothing; doctor never creates a
# database.
# Usage: doctor_record.sh BINARY PORTFILE FIXTURES SCRIPTS
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH
good=127.0.0.1:$(cat "$2")
fix=$3
server=$4/dns-test-server.sh
at_exit '[ -d "$work/nx" ] && "$server" stop "$work/nx" >/dev/null 2>&1'

db=$work/c.db
q() { sqlite3 "$db" "$1"; }
sender="--domain broken.test --ip 203.0.113.77 --dnsbl zen.spamhaus.org"

printf 'email,name\nann@gmail.com,Ann\ncat@mx.test,Cat\nfay@nope.test,Fay\n' \
    >"$work/c.csv"
"$bin" import -q --db "$db" "$work/c.csv"

# 1. A checkup that finds problems: its run and every finding recorded.
rc=0
"$bin" doctor --db "$db" --dns "$good" $sender --json >"$work/out.json" ||
    rc=$?
[ "$rc" = 1 ] || fail "checkup: exit $rc"
n=$(python3 -c 'import json, sys
print(len(json.load(open(sys.argv[1]))["findings"]))' "$work/out.json")
[ "$(q "SELECT kind, outcome, note IS NULL, passed + failed + unchecked \
    FROM doctor_runs")" = "sender|problems|1|$n" ] &&
    ok "checkup: one run, problems, $n checks" ||
    fail "checkup run: $(q 'SELECT * FROM doctor_runs')"
[ "$(q "SELECT count(*) FROM doctor_findings")" = "$n" ] &&
    [ "$(q "SELECT verdict, level FROM doctor_findings WHERE \
    check_name = 'dnsbl' AND subject = '203.0.113.77'")" = "fail|fail" ] &&
    [ "$(q "SELECT count(*) FROM doctor_findings WHERE check_name = 'spf' \
    AND verdict = 'fail' AND advice LIKE 'Add ip4:203.0.113.77%'")" = 1 ] &&
    ok "checkup: findings with verdicts and advice" ||
    fail "checkup findings: $(q 'SELECT * FROM doctor_findings')"

# 2. --recipients: the dead domain is a finding, the others are counted.
rc=0
"$bin" doctor --recipients --db "$db" --dns "$good" >"$work/out" || rc=$?
[ "$rc" = 1 ] || fail "recipients: exit $rc: $(cat "$work/out")"
[ "$(q "SELECT outcome, passed, failed, unchecked FROM doctor_runs \
    WHERE kind = 'recipients'")" = "problems|2|1|0" ] &&
    [ "$(q "SELECT subject, verdict FROM doctor_findings f JOIN \
    doctor_runs r ON r.id = f.run_id WHERE r.kind = 'recipients'")" = \
    "nope.test|fail" ] &&
    ok "recipients: nope.test failed, 2 domains passed" ||
    fail "recipients run: $(q 'SELECT * FROM doctor_runs')"

# 3. The report shows the latest checkup: failures with their advice.
"$bin" report --db "$db" --html "$work/r.html"
grep -q 'Latest doctor check' "$work/r.html" &&
    grep -q 'Add ip4:203.0.113.77' "$work/r.html" &&
    grep -q 'checked, problems found' "$work/r.html" &&
    ! grep -q 'doctor-stale\|doctor-never' "$work/r.html" &&
    ok "report --html: the checkup's failures and advice" ||
    fail "report --html: $(grep -o '<section id="doctor">.*</section>' \
    "$work/r.html")"

# 4. DNS that answers NXDOMAIN for every name: recorded as could not
# check, no finding, and the report no longer shows the older advice.
echo '# no data: every name is NXDOMAIN' >"$work/empty.conf"
"$server" start "$work/nx" "$work/empty.conf" >/dev/null
nx=127.0.0.1:$(cat "$work/nx/port")
for args in "$sender" "--recipients"; do
	rc=0
	# shellcheck disable=SC2086
	"$bin" doctor --db "$db" --dns "$nx" --timeout 300 --tries 1 $args \
	    >/dev/null 2>&1 || rc=$?
	[ "$rc" = 6 ] || fail "nx $args: exit $rc"
done
[ "$(q "SELECT kind, outcome, passed + failed + unchecked, \
    (SELECT count(*) FROM doctor_findings WHERE run_id = r.id) FROM \
    doctor_runs r WHERE id > 2 ORDER BY id")" = \
    "sender|could-not-check|0|0
recipients|could-not-check|0|0" ] &&
    [ "$(q "SELECT count(*) FROM doctor_runs WHERE id > 2 AND \
    note LIKE '%does not resolve what every working resolver does%'")" = 2 ] &&
    ok "NXDOMAIN resolver: both runs 'could-not-check' with why" ||
    fail "nx runs: $(q 'SELECT * FROM doctor_runs')"
"$bin" report --db "$db" --html "$work/r.html"
grep -q 'It could not check: DNS does not resolve' "$work/r.html" &&
    ! grep -q 'checks\? passed' "$work/r.html" &&
    ! grep -q 'Add ip4:203.0.113.77' "$work/r.html" &&
    ! grep -q 'checked, problems found\|checked, no problem' \
    "$work/r.html" &&
    ok "report --html: 'could not check', not the older findings" ||
    fail "report after nx: $(grep -o '<section id="doctor">.*</section>' \
    "$work/r.html")"

# 5. Three days later with no new run: the report warns, naming the command.
faketime -f +3d "$bin" report --db "$db" --html "$work/r.html"
stale='doctor-stale">This check is 3 days old.*<code>bounce-harvester doctor<'
grep -q "$stale" "$work/r.html" &&
    ok "report --html three days later: stale, says what to run" ||
    fail "stale: $(grep -o '<section id="doctor">.*</section>' \
    "$work/r.html")"

# 6. --no-mark records nothing; a run never creates a database.
before=$(q "SELECT count(*) FROM doctor_runs")
"$bin" doctor --db "$db" --dns "$good" $sender --no-mark >/dev/null || :
[ "$(q "SELECT count(*) FROM doctor_runs")" = "$before" ] &&
    ok "--no-mark: nothing recorded" || fail "--no-mark recorded a run"
"$bin" doctor --db "$work/none.db" --dns "$good" $sender >/dev/null \
    2>&1 || :
[ ! -e "$work/none.db" ] && ok "no database created" ||
    fail "doctor created $work/none.db"

# 7. A fresh database (no doctor run): the report says to run it.
"$bin" import -q --db "$work/fresh.db" "$work/c.csv"
"$bin" report --db "$work/fresh.db" --html "$work/r.html"
grep -q 'doctor-never">Never checked.*<code>bounce-harvester doctor</code>' \
    "$work/r.html" && ok "never run: says so, and what to run" ||
    fail "never: $(grep -o '<section id="doctor">.*</section>' \
    "$work/r.html")"

finish
