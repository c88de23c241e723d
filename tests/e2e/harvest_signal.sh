#!/bin/sh
# SIGINT and SIGTERM during a harvest (here while it waits for a password
# command): one clear line saying what stays, the process ends by the
# signal, and the next run is not blocked (the lock goes with it).
# usage: harvest_signal.sh BINARY
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH

cat >"$work/conf" <<EOF2
[database]
path = $work/db

[account slow]
host = 127.0.0.1
port = 9
tls = none
allow_plaintext = true
username = u
password_command = sleep 30; echo pw
EOF2

for sig in INT TERM; do
	"$bin" harvest --config "$work/conf" 2>"$work/err" &
	pid=$!
	# Until the password command runs, then the signal.
	i=0
	while ! pgrep -P "$pid" >/dev/null 2>&1 && [ $i -lt 100 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	kids=$(pgrep -P "$pid" || true)
	kill -s "$sig" "$pid"
	rc=0
	wait "$pid" || rc=$?
	# The password command's shell and its sleep, by their ids.
	for k in $kids; do
		pkill -P "$k" 2>/dev/null || true
		kill "$k" 2>/dev/null || true
	done
	[ $rc -gt 128 ] || die "SIG$sig: exit $rc: $(cat "$work/err")"
	grep -q "harvest: interrupted; what was saved stays saved" \
	    "$work/err" || die "SIG$sig: no line: $(cat "$work/err")"
done
# The lock went with the process: a run now fails on the account, not
# on the lock (75).
rc=0
sed -i 's/^password_command = .*/password_command = echo pw/' "$work/conf"
"$bin" harvest --config "$work/conf" 2>"$work/err" || rc=$?
[ $rc -ne 75 ] || die "lock left behind: $(cat "$work/err")"
ok "SIGINT and SIGTERM say what stays, and free the lock"
finish
