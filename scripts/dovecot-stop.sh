#!/bin/sh
# Stops the private Dovecot started by scripts/dovecot-start.sh DIR, by its
# own pid file only; waits for it to exit, then removes the server's
# folder under /tmp and the link DIR to it.  Succeeds when none is running.
set -eu

[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
dir=$1

# Removes the link and its target, if dovecot-start.sh made them.
remove() {
	[ -L "$dir" ] || return 0
	target=$(readlink "$dir")
	case $target in
	/tmp/bh-dovecot.*) rm -rf "$target" ;;
	esac
	rm -f "$dir"
}

pidfile=$dir/run/master.pid
if [ ! -f "$pidfile" ] || ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
	remove
	exit 0
fi
pid=$(cat "$pidfile")
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
remove
echo "dovecot-stop: stopped ($1)"
