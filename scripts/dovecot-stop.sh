#!/bin/sh
# Stops the private Dovecot started by scripts/dovecot-start.sh DIR, by its
# own pid file only; waits for it to exit.  Succeeds when none is running.
set -eu

[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
pidfile=$1/run/master.pid
[ -f "$pidfile" ] || exit 0
pid=$(cat "$pidfile")
if ! kill -0 "$pid" 2>/dev/null; then
	rm -f "$pidfile"
	exit 0
fi
kill -TERM "$pid"
# Dovecot takes a few seconds to stop.
i=0
while kill -0 "$pid" 2>/dev/null; do
	i=$((i + 1))
	if [ $i -gt 200 ]; then
		echo "dovecot-stop: pid $pid still running after 20 s" >&2
		exit 1
	fi
	sleep 0.1
done
rm -f "$pidfile"
echo "dovecot-stop: stopped ($1)"
