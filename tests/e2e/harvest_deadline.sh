#!/bin/sh
# Deadlines on what a server controls: a server that answers SELECT one
# byte at a time (each read well within the timeout) is left when the
# account's deadline passes, and the run ends; a server that answers
# every line of a login with "+" is sent a few lines, not the credentials
# without end.  The scripted server is tests/unit/imap/fake_imap.py.
#
#   harvest_deadline.sh BINARY
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH
fpid=""
at_exit '[ -z "$fpid" ] || kill "$fpid" 2>/dev/null'
FAKE_PASSWORD=fake-secret-Zr8
export FAKE_PASSWORD

# fake SCENARIO: (re)starts the scripted server, an empty log.
fake() {
	[ -z "$fpid" ] || kill "$fpid"
	: >"$work/fake.log"
	fake_imap_start "$1"
}

# harvest_run NAME AUTH [LINE]: one harvest (at most 60 s); $rc, $secs, NAME.err.
harvest_run() {
	{
		printf '[database]\npath = %s/db\n[account fake]\n' "$work"
		printf 'host = 127.0.0.1\nport = %s\ntls = none\n' "$port"
		printf 'allow_plaintext = true\nusername = alice\n'
		printf 'password_env = FAKE_PASSWORD\nauth = %s\n' "$2"
		printf 'timeout = 2\n%s\n' "${3:-}"
	} >"$work/$1.conf"
	chmod 600 "$work/$1.conf"
	set +e
	/usr/bin/time -f %e -o "$work/$1.time" timeout 60 "$bin" harvest \
	    --config "$work/$1.conf" >/dev/null 2>"$work/$1.err"
	rc=$?
	set -e
	secs=$(tail -n 1 "$work/$1.time")
	grep -q "$FAKE_PASSWORD" "$work/$1.err" && die "$1: password shown"
	return 0
}

fake trickle
harvest_run trickle login "deadline = 3"
[ "$rc" -eq 5 ] || die "trickle: exit $rc after $secs s: $(cat \
"$work/trickle.err")"
grep -qF "the account's deadline (3 s) passed talking to '127.0.0.1:$port'" \
    "$work/trickle.err" || die "trickle: $(cat "$work/trickle.err")"
python3 -c "import sys; sys.exit(0 if 2.5 < float('$secs') < 8 else 1)" ||
    die "trickle: the run took $secs s, not its 3 s deadline"
ok "trickle: exit 5 after $secs s, the deadline named"

for auth in plain login xoauth2; do
	fake auth-loop
	if [ $auth = xoauth2 ]; then
		line="oauth2_token_command = echo $FAKE_PASSWORD"
	else
		line=""
	fi
	harvest_run "loop-$auth" $auth "$line"
	[ "$rc" -eq 5 ] || die "$auth loop: exit $rc after $secs s: $(cat \
"$work/loop-$auth.err")"
	# LOGIN and XOAUTH2 take one "+" and then wait for the answer (the
	# timeout ends them); libetpan's SASL PLAIN answers every "+".
	[ $auth != plain ] ||
	    grep -qF "kept asking for more (over 8 lines sent): stopped" \
	    "$work/loop-$auth.err" || die "$auth loop: $(cat \
"$work/loop-$auth.err")"
	n=$(wc -l <"$work/fake.log")
	[ "$n" -le 8 ] || die "$auth loop: $n lines sent"
	ok "$auth loop: exit 5 after $secs s, $n lines sent"
done
finish
