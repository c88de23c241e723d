#!/bin/sh
# A private unbound for the doctor tests and benchmark: serves only the
# test zones given, on 127.0.0.1 and a free high port, never recursing to
# the internet (local-zone "." static answers NXDOMAIN for everything
# else).  Started and stopped by its own pid.
#
#   dns-test-server.sh start DIR ZONEFILE...   writes DIR/port, DIR/pid
#   dns-test-server.sh stop DIR
set -eu
py=/usr/bin/python3
[ -x "$py" ] || py=python3

free_port() {
	"$py" -c 'import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# 0 when a DNS query to 127.0.0.1:$1 gets any answer.
answers() {
	"$py" - "$1" <<'PY'
import socket, sys
q = bytes.fromhex("abcd01000001000000000000") + b"\x04ping\x04test\x00\x00\x01\x00\x01"
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.2)
try:
    s.sendto(q, ("127.0.0.1", int(sys.argv[1])))
    sys.exit(0 if s.recv(512)[:2] == q[:2] else 1)
except OSError:
    sys.exit(1)
PY
}

write_conf() {
	dir=$1 port=$2
	shift 2
	{
		cat <<CONF
server:
	interface: 127.0.0.1
	port: $port
	do-ip6: no
	do-daemonize: no
	username: ""
	chroot: ""
	directory: "$dir"
	pidfile: ""
	logfile: "$dir/unbound.log"
	use-syslog: no
	verbosity: 0
	num-threads: 1
	module-config: "iterator"
	access-control: 127.0.0.0/8 allow
	local-zone: "." static
	rrset-roundrobin: no
	minimal-responses: yes
	# bursts of queries from the benchmark: room for them (root may
	# exceed rmem_max with SO_RCVBUFFORCE)
	so-rcvbuf: 4m
	so-sndbuf: 4m
CONF
		for z in "$@"; do
			echo "	include: \"$z\""
		done
		printf 'remote-control:\n\tcontrol-enable: no\n'
	} >"$dir/unbound.conf"
}

start() {
	dir=$1
	shift
	mkdir -p "$dir"
	chmod 0755 "$dir"
	for try in 1 2 3 4 5; do
		port=$(free_port)
		write_conf "$dir" "$port" "$@"
		unbound-checkconf "$dir/unbound.conf" >"$dir/checkconf.log" 2>&1 ||
		    { cat "$dir/checkconf.log" >&2; exit 1; }
		# stdio redirected: a daemon holding ctest's pipes hangs it.
		unbound -d -c "$dir/unbound.conf" </dev/null \
		    >"$dir/stdout.log" 2>&1 &
		echo $! >"$dir/pid"
		i=0
		while [ $i -lt 100 ]; do
			if answers "$port"; then
				echo "$port" >"$dir/port"
				echo "dns-test-server: unbound pid $(cat "$dir/pid")" \
				    "on 127.0.0.1:$port"
				return 0
			fi
			kill -0 "$(cat "$dir/pid")" 2>/dev/null || break
			sleep 0.05
			i=$((i + 1))
		done
		stop "$dir" 2>/dev/null || true
	done
	echo "dns-test-server: unbound did not start; see $dir/*.log" >&2
	cat "$dir/stdout.log" "$dir/unbound.log" >&2 2>/dev/null || true
	exit 1
}

stop() {
	dir=$1
	[ -f "$dir/pid" ] || return 0
	pid=$(cat "$dir/pid")
	kill "$pid" 2>/dev/null || true
	i=0
	while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
	rm -f "$dir/pid" "$dir/port"
}

case "${1:-}" in
start)	[ $# -ge 3 ] || { echo "usage: $0 start DIR ZONEFILE..." >&2; exit 2; }
	shift; start "$@" ;;
stop)	[ $# -eq 2 ] || { echo "usage: $0 stop DIR" >&2; exit 2; }
	stop "$2" ;;
*)	echo "usage: $0 start DIR ZONEFILE... | stop DIR" >&2; exit 2 ;;
esac
