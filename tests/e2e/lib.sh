# The one helper library of the end-to-end scripts (sourced, not run).
# $1 of every script is the bounce-harvester binary ($BH); the script may
# take more arguments after it.  Everything a script writes goes to $work,
# a temporary directory removed on exit, and HOME and the XDG directories
# point into it, so that the user's own configuration and data stay out.
#
# A failed check is counted by fail and the script goes on (die stops
# it); however the script ends, it exits 1 if any check failed.  Scripts
# that stop at the first failure use set -e and die.
#
# Every script ends by calling finish, and must have made a check by then
# (expect_rc, expect_exit and the other expect_ helpers, or ok for a case
# that held): one that stops before finish, even with exit 0, or reaches
# it having checked nothing, fails.  skip WHY ends a script that cannot
# run here (exit 77).  Under ctest, run.sh also fails a script that never
# got here (an empty file, lib.sh never sourced).
#
# Running the binary: run NAME ARGS... then expect_rc NAME CODE...,
# under a time limit, a virtual-memory limit and, when GNU time is there,
# a peak-RSS check; or expect_exit CODE COMMAND... for any command.
#
# Environment: BH_E2E_TIMEOUT (seconds per run, default 20),
# BH_E2E_VLIMIT_KB (ulimit -v, default 262144; 0 = none, as under ASan),
# BH_E2E_MAX_RSS_KB (default 65536, 64 MB).

BH=${1:?usage: $0 PATH/TO/bounce-harvester [ARG...]}
HERE=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$HERE/../.." && pwd)
FIXTURES=$TOP/tests/fixtures/bounces
tlimit=${BH_E2E_TIMEOUT:-20}
vlimit=${BH_E2E_VLIMIT_KB:-262144}
max_rss=${BH_E2E_MAX_RSS_KB:-65536}
work=$(mktemp -d /tmp/bh-e2e.XXXXXX)
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
failures=0
e2e_cleanup=""
e2e_checks=0
e2e_end=""
# Where run.sh wants to hear that its script finished: not a script that
# one runs in turn.
e2e_result=
[ "$0" != "${BH_E2E_SCRIPT:-}" ] || e2e_result=${BH_E2E_RESULT:-}
unset BH_E2E_RESULT BH_E2E_SCRIPT

# at_exit COMMAND: shell text run on exit, before $work is removed (stop
# a server started by the script, unmount, ...).
at_exit() {
	e2e_cleanup="$e2e_cleanup
$1"
}

e2e_exit() {
	_rc=$?
	(eval "$e2e_cleanup") || true
	rm -rf "$work"
	case $_rc:$e2e_end in
	0:finish|77:skip) ;;
	0:*|77:*) fail "$0 stopped before finish (exit $_rc)" ;;
	esac
	if [ "$failures" -gt 0 ]; then
		echo "$failures failure(s)"
		exit 1
	fi
	if [ "$_rc" -eq 0 ] && [ -n "$e2e_result" ]; then
		echo "finished $e2e_checks" >"$e2e_result"
	fi
	exit "$_rc"
}
trap e2e_exit EXIT
trap 'exit 143' INT TERM

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

# ok WHAT...: a case that held, said and counted as a check made.
ok() {
	echo "ok - $*"
	e2e_checks=$((e2e_checks + 1))
}

# skip WHY: this script cannot run here (no root, no mount): exit 77.
skip() {
	echo "skipped: $1"
	e2e_end=skip
	exit 77
}

die() {
	fail "$@"
	exit 1
}

# run NAME ARGS...: runs the binary; sets $rc, leaves $work/NAME.out,
# .err and .rss (peak RSS in KB, empty without GNU time).  Standard
# input comes from $stdin (default /dev/null).
run() {
	_name=$1
	shift
	: >"$work/$_name.rss"
	(
		[ "$vlimit" = 0 ] || ulimit -v "$vlimit"
		if [ -x /usr/bin/time ]; then
			exec /usr/bin/time -f %M -o "$work/$_name.rss" \
			    timeout -k 2 "$tlimit" "$BH" "$@"
		fi
		exec timeout -k 2 "$tlimit" "$BH" "$@"
	) <"${stdin:-/dev/null}" >"$work/$_name.out" 2>"$work/$_name.err"
	rc=$?
}

# Fails unless the last run ended by itself with an exit code in $2...
expect_rc() {
	_name=$1
	shift
	e2e_checks=$((e2e_checks + 1))
	for _ok in "$@"; do
		[ "$rc" -eq "$_ok" ] && return 0
	done
	case $rc in
	124|137) fail "$_name: killed after ${tlimit}s (hang?)" ;;
	13[0-9]|1[4-9][0-9]) fail "$_name: died by signal $((rc - 128))" ;;
	*) fail "$_name: exit $rc, expected $*" ;;
	esac
	sed 's/^/    stderr: /' "$work/$_name.err" | head -5
	return 1
}

# expect_exit WANT COMMAND...: runs any command, its output left as it
# goes; a failed check unless it exits WANT.
expect_exit() {
	_want=$1
	shift
	e2e_checks=$((e2e_checks + 1))
	_got=0
	"$@" || _got=$?
	[ "$_got" -eq "$_want" ] || fail "'$*' exited $_got, want $_want"
}

# Fails if the run's peak RSS went over the bound.
expect_rss() {
	e2e_checks=$((e2e_checks + 1))
	_kb=$(tail -n 1 "$work/$1.rss" 2>/dev/null || true)
	case $_kb in
	''|*[!0-9]*) return 0 ;;	# no GNU time
	esac
	[ "$_kb" -le "$max_rss" ] ||
	    fail "$1: peak RSS ${_kb} KB over ${max_rss} KB"
}

# Fails unless stderr names the file (the run reported it, and which one).
expect_named() {
	e2e_checks=$((e2e_checks + 1))
	grep -qF "$2" "$work/$1.err" ||
	    fail "$1: '$2' not named on stderr: $(head -c 300 "$work/$1.err")"
}

# The JSON checks are queued and run by one python3 at finish (its start-up
# costs half a second here).
# expect_json NAME: every stdout line is a JSON object with every field.
expect_json() {
	e2e_checks=$((e2e_checks + 1))
	printf 'json\t%s\n' "$1" >>"$work/checks"
}

# expect_rcpt NAME ADDR [CATEGORY]: a JSON line has this recipient (and
# category, if given).
expect_rcpt() {
	e2e_checks=$((e2e_checks + 1))
	printf 'rcpt\t%s\t%s\t%s\n' "$1" "$2" "${3:-}" >>"$work/checks"
}

run_checks() {
	[ -f "$work/checks" ] || return 0
	python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
keys = ("file message kind recipient category reason status code action "
        "hard diagnostic remote_mta reporting_mta date original_message_id "
        "original_subject replacement feedback_type rule").split()
cats = {"invalid", "full", "retry-later", "blocked", "content",
        "complaint", "autoreply", "delivered", "unknown"}
bad = 0

def lines(name):
    with open("%s/%s.out" % (work, name), encoding="utf-8",
              errors="replace") as f:
        return f.read().splitlines()

def fail(msg):
    global bad
    print("FAIL: " + msg)
    bad += 1

for check in open(work + "/checks").read().splitlines():
    kind, name, *arg = check.split("\t")
    if kind == "json":
        for n, line in enumerate(lines(name), 1):
            try:
                o = json.loads(line)
            except ValueError as e:
                fail("%s: line %d: %s: %r" % (name, n, e, line[:200]))
                continue
            miss = [k for k in keys if k not in o]
            if miss:
                fail("%s: line %d: missing %s" % (name, n, miss))
            if o.get("category") not in cats:
                fail("%s: line %d: category %r" % (name, n, o.get("category")))
            if not isinstance(o.get("hard"), bool) or \
                    not isinstance(o.get("message"), int):
                fail("%s: line %d: hard/message types" % (name, n))
    else:
        want, cat = arg[0].lower(), arg[1]
        found = False
        for line in lines(name):
            try:
                o = json.loads(line)
            except ValueError:
                continue
            if (o.get("recipient") or "").lower() == want and \
                    cat in ("", o.get("category")):
                found = True
        if not found:
            fail("%s: no line for %s %s: %s" % (name, want, cat,
                 " | ".join(lines(name))[:300]))
sys.exit(min(bad, 100))
PY
	_bad=$?
	failures=$((failures + _bad))
}

# fake_imap_start SCENARIO [ARG...]: starts the scripted IMAP server
# (tests/unit/imap/fake_imap.py) with the log $work/fake.log; its pid in
# $fpid, its port in $port.  A server started before must have been
# stopped; the script stops this one (at_exit 'kill "$fpid"').
fake_imap_start() {
	_scenario=$1
	shift
	rm -f "$work/fake.port"
	python3 "$TOP/tests/unit/imap/fake_imap.py" "$_scenario" \
	    "$work/fake.log" "$@" >"$work/fake.port" 2>"$work/fake.err" &
	fpid=$!
	wait_file "$work/fake.port" "the fake server did not start"
	port=$(cat "$work/fake.port")
}

# wait_file FILE WHAT: waits until FILE holds something (a port, a first
# answer), at most 10 s; dies saying WHAT if it never does.
wait_file() {
	_n=0
	while [ ! -s "$1" ]; do
		[ $_n -lt 500 ] || die "$2"
		sleep 0.02
		_n=$((_n + 1))
	done
}

# Ends every script: the queued JSON checks, then "all passed" or the
# count (exit 1); a script that made no check fails.
finish() {
	run_checks
	[ "$e2e_checks" -gt 0 ] || fail "$0 checked nothing"
	[ "$failures" -gt 0 ] || echo "all passed ($e2e_checks checks)"
	e2e_end=finish
	exit 0
}

# dovecot_account USER: the [account USER] lines of USER on the private
# Dovecot (its env sourced: IMAPS_PORT, CA_FILE, USER's password exported
# as USER_PASSWORD), LOGIN over TLS; the caller adds folders and after.
dovecot_account() {
	printf '[account %s]\nhost = localhost\nport = %s\nca_file = %s\n' \
	    "$1" "$IMAPS_PORT" "$CA_FILE"
	printf 'username = %s\npassword_env = %s_PASSWORD\nauth = login\n' \
	    "$1" "$(echo "$1" | tr a-z A-Z)"
}

# fake_bounces: six real bounces (tests/fixtures/bounces) in $work/msgs,
# UID 1 to 6 of fake_imap.py's "faults" scenario (FAKE_IMAP_MESSAGES
# exported), and what they answer in $work/sent (`ingest --sent`: the
# scripted server has no Sent folder).
fake_bounces() {
	mkdir "$work/msgs"
	_i=1
	for _f in lhost-domino-01 lhost-exim-07 lhost-mailru-01 \
	    lhost-office365-01 lhost-qmail-01 lhost-yahoo-01; do
		cp "$TOP/tests/fixtures/bounces/$_f.eml" "$work/msgs/$_i.eml"
		_i=$((_i + 1))
	done
	python3 "$TOP/scripts/sent-for.py" "$BH" "$work/sent" \
	    "$work"/msgs/*.eml >/dev/null
	FAKE_IMAP_MESSAGES=$work/msgs
	export FAKE_IMAP_MESSAGES
}

# fake_account DB: a database and the [account fake] lines of the
# "faults" scenario (STARTTLS, LOGIN as alice, its password in
# $FAKE_PASSWORD, exported here, no Sent folder); the caller adds the rest.
fake_account() {
	FAKE_PASSWORD=fake-secret-6Yq
	export FAKE_PASSWORD
	printf '[database]\npath = %s\n\n[account fake]\n' "$1"
	printf 'host = localhost\nport = %s\ntls = starttls\nca_file = %s\n' \
	    "$port" "$CA_FILE"
	printf 'username = alice\npassword_env = FAKE_PASSWORD\n'
	printf 'auth = login\nsent_folders = none\n'
}

# bounce_state DB: what a harvest must leave whatever the way: the
# bounces, and the contacts with their counters.
bounce_state() {
	sqlite3 "$1" "SELECT msg_key, recipient, category, uid FROM bounces
	    ORDER BY 1, 2; SELECT address, status, bounces, soft_bounces,
	    full_bounces FROM contacts ORDER BY 1"
}

# --- helpers of the database scripts ------------------------------------

# The contacts' statuses, one "address status reason" line each.
statuses() {
	sqlite3 -separator " " "$1" "SELECT address, status, coalesce(reason, \
	    '-') FROM contacts ORDER BY address"
}

# dsn RCPT ACTION STATUS DIAGNOSTIC DATE MSGID: one RFC 3464 report.
dsn() {
	cat <<MSG
From: MAILER-DAEMON@mx.example.org
To: sales@sender.example
Date: $5
Message-ID: <$6>
Subject: Delivery Status Notification
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="XX"

--XX
Content-Type: text/plain

Delivery report.

--XX
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; $1
Action: $2
Status: $3
Diagnostic-Code: smtp; $4

--XX--
MSG
}
