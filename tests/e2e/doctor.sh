#!/bin/sh
# doctor end to end: the real binary against the private unbound (port in
# $2), over the test zones and the bounce fixtures in $3; output and exit
# codes compared.  Usage: doctor.sh BINARY PORTFILE FIXTURES
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH
dns=127.0.0.1:$(cat "$2")
fix=$3
lists="--dnsbl zen.spamhaus.org --dnsbl bl.test --dbl dbl.test"

# Checks are collected, then verify() evaluates them all over out.json in
# one interpreter (starting Python per check is slow on a busy machine).
py=/usr/bin/python3
[ -x "$py" ] || py=python3
: >"$work/checks"

check() {	# check NAME PYTHON-EXPRESSION (j: the JSON, f: its findings)
	printf '%s\t%s\n' "$1" "$2" | tr -s ' ' >>"$work/checks"
}

verify() {
	n=0
	"$py" -c "import json,sys
j = json.load(open(sys.argv[1]))
f = j.get('findings', [])
def find(check, subject, words=''):
    return [x for x in f if x['check'] == check and
            x['subject'] == subject and words in x['summary']]
bad = 0
for line in open(sys.argv[2]):
    name, expr = line.rstrip('\\n').split('\\t', 1)
    try:
        ok = eval(expr)
    except Exception as e:
        ok = False
        name += ' (' + repr(e) + ')'
    print(('ok - ' if ok else 'FAIL - ') + name)
    bad += not ok
sys.exit(min(bad, 100))" "$work/out.json" "$work/checks" || n=$?
	failures=$((failures + n))
	: >"$work/checks"
}

# 1. Everything right: no problem at all.
expect_exit 0 $bin doctor --dns "$dns" $lists --domain good.test --ip 203.0.113.5 \
    --ip 198.51.100.20 --selector sel1 --json >"$work/out.json"
check "good: no problems" "j['problems'] == 0 and j['domain'] == 'good.test'"
check "good: SPF passes both IPs" \
    "[i['result'] for i in j['checks']['spf']['ips']] == ['pass', 'pass']"
check "good: include named as the reason" \
    "j['checks']['spf']['ips'][1]['matched_in'] == '_spf.provider.test'"
check "good: DKIM 2048 bits" "j['checks']['dkim'][0]['key_bits'] == 2048"
check "good: DMARC reject with rua" "j['checks']['dmarc']['p'] == 'reject' \
    and j['checks']['dmarc']['rua'] == 'mailto:dmarc@good.test'"
check "good: PTR forward-confirmed" \
    "all(p['forward_confirmed'] for p in j['checks']['ptr'])"
check "good: not listed" \
    "not any(b['listed'] for b in j['checks']['blocklists'])"
verify

# IPv6 sending addresses: SPF ip6:, PTR in ip6.arpa, nibble DNSBL query.
expect_exit 1 $bin doctor --dns "$dns" $lists --domain good.test --ip 2001:db8:5:0::5 \
    --ip 2001:db8:6::77 --json >"$work/out.json"
check "ipv6: canonical form" "[i['ip'] for i in j['ips']] == \
    ['2001:db8:5::5', '2001:db8:6::77']"
check "ipv6: SPF ip6 passes, outside fails" "[i['result'] for i in \
    j['checks']['spf']['ips']] == ['pass', 'fail'] and find('spf', \
    '2001:db8:6::77')[0]['advice'].startswith('Add ip6:2001:db8:6::77')"
check "ipv6: PTR forward-confirmed, missing" "[p['forward_confirmed'] \
    for p in j['checks']['ptr']] == [True, False] and find('ptr', \
    '2001:db8:6::77', 'no PTR')"
check "ipv6: listed on zen (CSS)" "find('dnsbl', '2001:db8:6::77', \
    'SBL CSS') and not find('dnsbl', '2001:db8:5::5', 'listed')"
verify

# 2. The bounces: IPs, selector and list come from them; findings tied.
expect_exit 1 $bin doctor --dns "$dns" $lists --json "$fix/bounces" >"$work/out.json"
check "bounces: domain guessed from the returned From" \
    "j['domain'] == 'broken.test'"
check "bounces: IP from the blocked texts" "any(i['ip'] == '203.0.113.77' \
    and i['from_diagnostics'] and i['seen'] == 3 for i in j['ips'])"
check "bounces: IP from Received, not the ESMTPSA client" \
    "sorted(i['ip'] for i in j['ips']) == ['203.0.113.66', '203.0.113.77']"
check "bounces: selector from DKIM-Signature" \
    "j['selectors'] == [{'domain': 'broken.test', 'selector': 's3'}]"
check "bounces: list named" "j['blocklists_named'] == ['zen.spamhaus.org']"
check "bounces: listing first, tied to 2 bounces" "f[0]['check'] == 'dnsbl' \
    and 'zen.spamhaus.org' in f[0]['summary'] and f[0]['bounces'] == 2 \
    and 'XBL' in f[0]['summary'] and 'SBL123' in f[0]['summary']"
check "bounces: domain listed" "find('dbl', 'broken.test', 'dbl.test')[0] \
    ['level'] == 'fail'"
check "bounces: SPF leaves the IP out" "find('spf', '203.0.113.77', \
    'does not authorise')[0]['level'] == 'fail'"
check "bounces: short DKIM key" "find('dkim', 's3._domainkey.broken.test', \
    '512 bits')[0]['level'] == 'fail'"
check "bounces: no DMARC" "find('dmarc', '_dmarc.broken.test', \
    'no DMARC')[0]['level'] == 'fail'"
check "bounces: no PTR, tied to the PTR bounce" "find('ptr', \
    '203.0.113.77', 'no PTR')[0]['bounces'] == 1"
check "bounces: PTR not confirmed" "find('ptr', '203.0.113.66', \
    'does not resolve back')[0]['level'] == 'fail'"
check "bounces: fails before oks" "[x['level'] for x in f] == \
    sorted([x['level'] for x in f], key=['fail', 'warn', 'unknown', \
    'info', 'ok'].index)"
verify

# 3. Broken records, one fault each.
for d in twospf:'2 SPF records' badspf:'bad mechanism' plusall:'+all' \
    manylookups:'11 DNS lookups' nospf:'no SPF record' \
    nxdomain:'does not exist'; do
	expect_exit 1 $bin doctor --dns "$dns" $lists --domain "${d%%:*}.test" --json \
	    >"$work/out.json"
	check "spf ${d%%:*}" "find('spf', '${d%%:*}.test', '${d#*:}')[0] \
	    ['level'] == 'fail'"
	verify
done
expect_exit 1 $bin doctor --dns "$dns" $lists --domain baddmarc.test --json \
    >"$work/out.json"
check "dmarc broken" "find('dmarc', '_dmarc.baddmarc.test', \
    'broken')[0]['level'] == 'fail'"
verify
expect_exit 0 $bin doctor --dns "$dns" $lists --domain mail.org.test --json \
    >"$work/out.json"
check "dmarc inherited from the parent, sp applies" "find('dmarc', \
    '_dmarc.org.test', 'policy reject (pct 100) for subdomains, inherited')\
    [0]['level'] == 'ok' and j['checks']['dmarc']['name'] == \
    '_dmarc.org.test'"
verify
expect_exit 1 $bin doctor --dns "$dns" $lists --domain broken.test --selector s1 \
    --selector s2 --selector nope --ip 198.51.100.7 --json >"$work/out.json"
check "dkim revoked, malformed, missing" "find('dkim', \
    's1._domainkey.broken.test', 'revoked') and find('dkim', \
    's2._domainkey.broken.test', 'base64') and find('dkim', \
    'nope._domainkey.broken.test', 'no DKIM key')"
check "ptr looks dynamic" "find('ptr', '198.51.100.7', 'dynamic')[0] \
    ['level'] == 'warn'"
verify

# No DNS answer at all: the canaries fail, nothing is claimed (exit 6).
expect_exit 6 $bin doctor --dns 127.0.0.1:1 \
    --timeout 50 --tries 1 $lists --domain good.test --ip 203.0.113.5 \
    --selector sel1 --json \
    >"$work/out" 2>"$work/err"
if [ ! -s "$work/out" ] && grep -q "could not check" "$work/err"; then
	ok "no DNS: nothing printed as a finding, says why"
else
	echo "FAIL - no DNS output"; cat "$work/out" "$work/err"
	failures=$((failures + 1))
fi

# 4. The terminal report says why and what to do.
expect_exit 1 $bin doctor --dns "$dns" $lists "$fix/bounces" >"$work/out.txt"
if grep -q "why it matters: 2 bounces in 7 days (2026-11-02 to 2026-11-08) \
name zen.spamhaus.org" "$work/out.txt" && grep -q "what to do:" \
    "$work/out.txt"; then
	ok "text report"
else
	echo "FAIL - text report"; cat "$work/out.txt"
	failures=$((failures + 1))
fi

# 5. Recipient domains (3 of 5 dead: allowed by max_dead_percent here).
printf '[doctor]\nmax_dead_percent = 60\n' >"$work/share.conf"
printf 'mx.test\naonly.test\nnullmx.test\nnomail.test\nnope.test\n# x\n\n' \
    >"$work/domains"
echo "Bob@MX.test" >>"$work/domains"
expect_exit 1 $bin doctor --recipients --dns "$dns" --domains "$work/domains" \
    --config "$work/share.conf" --json >"$work/out.json"
check "recipients: states" "[(d['domain'], d['state']) for d in \
    j['domains']] == [('mx.test', 'mx'), ('aonly.test', 'address-only'), \
    ('nullmx.test', 'null-mx'), ('nomail.test', 'no-mail-host'), \
    ('nope.test', 'nxdomain'), ('mx.test', 'mx')]"
check "recipients: 3 cannot receive" "j['cannot_receive'] == 3"
verify

# 6. With the contact database: a dead answer is evidence only when a run
# at least 24 hours later sees it again; then the contacts of dead domains
# become invalid (hostunknown), as domain evidence, not a manual mark.
printf 'email,name\nann@mx.test,Ann\nbob@nullmx.test,Bob\ncat@nope.test,Cat\n' \
    >"$work/c.csv"
printf 'dan@aonly.test,Dan\neve@nomail.test,Eve\nfay@NOPE.test,Fay\n' \
    >>"$work/c.csv"
$bin import --db "$work/c.db" "$work/c.csv" >/dev/null
expect_exit 6 \
    $bin doctor --recipients --dns "$dns" --db "$work/c.db" --json \
    >"$work/out" 2>"$work/err"
if grep -q "3 of 5 domains look dead at once" "$work/err" &&
    [ "$(sqlite3 "$work/c.db" "SELECT count(*) FROM domain_evidence")" = 0 ]
then
	ok "db: outage refused, nothing recorded"
else
	echo "FAIL - db: outage"; cat "$work/err"; failures=$((failures + 1))
fi
share="--config $work/share.conf"
expect_exit 1 $bin doctor --recipients --dns "$dns" --db "$work/c.db" $share \
    --no-mark --json >"$work/out.json"
check "db --no-mark: 5 domains, 3 dead, none marked" "j['checked'] == 5 \
    and j['cannot_receive'] == 3 and j['marked_invalid'] == 0"
verify
expect_exit 1 $bin doctor --recipients --dns "$dns" --db "$work/c.db" $share --json \
    >"$work/out.json"
check "db: first run records, marks nobody" "j['marked_invalid'] == 0 and \
    sorted(d['evidence'] or '' for d in j['domains']) == ['', '', \
    'first-seen', 'first-seen', 'first-seen']"
verify
expect_exit 1 faketime -f +23h $bin doctor --recipients --dns "$dns" \
    --db "$work/c.db" $share --json >"$work/out.json"
check "db: 23 hours later, still nobody" "j['marked_invalid'] == 0"
verify
expect_exit 1 faketime -f +25h $bin doctor --recipients --dns "$dns" \
    --db "$work/c.db" $share --json >"$work/out.json"
check "db: 25 hours later, 4 contacts marked" "j['marked_invalid'] == 4"
verify
$bin status --db "$work/c.db" --json bob@nullmx.test cat@nope.test \
    fay@nope.test eve@nomail.test ann@mx.test dan@aonly.test |
    "$py" -c 'import json, sys
rows = [json.loads(l) for l in sys.stdin]
print(json.dumps({"findings": [], "rows": rows}))' >"$work/out.json"
check "db: dead domains invalid, hostunknown" "[(r['status'], r['reason']) \
    for r in j['rows']] == [('invalid', 'hostunknown')] * 4 + \
    [('active', None)] * 2"
check "db: shown as domain evidence" "j['rows'][0]['domain_evidence'] \
    ['state'] == 'null-mx' and j['rows'][4]['domain_evidence'] is None"
verify
[ "$(sqlite3 "$work/c.db" "SELECT count(*) FROM status_history WHERE \
    manual = 1")" = 0 ] && ok "db: no manual mark recorded" ||
    { echo "FAIL - db: manual marks"; failures=$((failures + 1)); }
faketime -f +91800 $bin mark --db "$work/c.db" cat@nope.test active \
    --note "moved, works" >/dev/null
expect_exit 1 faketime -f +26h $bin doctor --recipients --dns "$dns" \
    --db "$work/c.db" $share --json >"$work/out.json"
check "db: third run marks nobody again, the mark wins" \
    "j['marked_invalid'] == 0 and j['checked'] == 5"
verify
[ "$(sqlite3 "$work/c.db" "SELECT status FROM contacts WHERE address = \
    'cat@nope.test'")" = active ] && ok "db: manual mark kept" ||
    { echo "FAIL - db: mark lost"; failures=$((failures + 1)); }
$bin ingest --db "$work/c.db" "$fix/bounces" >/dev/null 2>&1
expect_exit 1 $bin doctor --db "$work/c.db" --dns "$dns" $lists --domain broken.test \
    --json >"$work/out.json"
check "db: bounces read from the database" "j['bounces_sender_side'] == 3 \
    and f[0]['bounces'] == 2 and 'zen.spamhaus.org' in f[0]['summary'] \
    and j['ips'][0]['ip'] == '203.0.113.77' and j['ips'][0]['seen'] == 3"
verify
$bin report --db "$work/c.db" --json >"$work/out.json"
check "report: sender section, no DNS" "j['sender']['ips'][0]['ip'] == \
    '203.0.113.77' and j['sender']['blocklists_named'] == \
    ['zen.spamhaus.org'] and j['sender']['bounces_sender_side'] == 3"
verify
expect_exit 1 $bin doctor --db "$work/c.db" --dns "$dns" $lists --domain broken.test \
    --since 2026-11-05 --json >"$work/out.json"
check "db: --since" "j['bounces_sender_side'] == 1 and f[0]['evidence'] == \
    '1 bounce on 2026-11-08 name zen.spamhaus.org'"
verify

# 7. The [doctor] section of the configuration; options win over it.
printf '[doctor]\ndomain = good.test\nips = 203.0.113.5;198.51.100.20\n' \
    >"$work/doctor.conf"
printf 'selectors = sel1\ndnsbls = bl.test\ndbls = dbl.test\n' \
    >>"$work/doctor.conf"
printf 'dns = %s\ntimeout_ms = 500\n' "$dns" >>"$work/doctor.conf"
expect_exit 0 $bin doctor --config "$work/doctor.conf" --json >"$work/out.json"
check "config: everything from [doctor]" "j['problems'] == 0 and \
    j['domain'] == 'good.test' and len(j['ips']) == 2 and \
    sorted(set(b['zone'] for b in j['checks']['blocklists'])) == \
    ['bl.test', 'dbl.test'] and j['checks']['dkim'][0]['key_bits'] == 2048"
verify
expect_exit 1 $bin doctor --config "$work/doctor.conf" --domain broken.test --json \
    >"$work/out.json"
check "config: --domain wins" "j['domain'] == 'broken.test'"
verify
printf 'tries = many\nselector = s1\n' >>"$work/doctor.conf"
expect_exit 3 $bin doctor \
    --config "$work/doctor.conf" \
    >"$work/out" 2>"$work/err"
if grep -q "doctor.conf:9: 'tries' must be a whole number" "$work/err" &&
    grep -q "doctor.conf:10: unknown key 'selector'" "$work/err"; then
	ok "config errors as file:line"
else
	echo "FAIL - config errors as file:line"; cat "$work/err"
	failures=$((failures + 1))
fi

# 8. Usage errors.
expect_exit 2 $bin doctor \
    --recipients --dns "$dns" \
    >"$work/out" 2>"$work/err"
expect_exit 2 $bin doctor --db "$work/c.db" --since yesterday \
    >"$work/out" 2>"$work/err"
expect_exit 2 $bin doctor --dns "$dns" --ip 999.1.1.1 \
    >"$work/out" 2>"$work/err"
expect_exit 2 $bin doctor --dns "$dns" \
    --selector s1 \
    >"$work/out" 2>"$work/err"
expect_exit 2 $bin doctor --dns "not a server" --domain x.test \
    >"$work/out" 2>"$work/err"
expect_exit 2 $bin doctor --frobnicate \
    >"$work/out" 2>"$work/err"

finish
