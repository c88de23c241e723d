#!/bin/sh
# Bad configuration: a missing key, a wrong type, a
# password file readable by others, a CA file that does not exist.  Each is
# reported clearly (what and where), harvest fails, and nothing connects:
# a listener on 127.0.0.1 counts the connections it accepts.
# usage: harvest_badconfig.sh BINARY
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH
lpid=""
at_exit '[ -z "$lpid" ] || kill "$lpid" 2>/dev/null'

python3 - "$work" <<'PY' &
import os, socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(8)
with open(os.path.join(sys.argv[1], "port.tmp"), "w") as f:
    f.write(str(s.getsockname()[1]))
os.rename(os.path.join(sys.argv[1], "port.tmp"),
          os.path.join(sys.argv[1], "port"))
while True:
    c, _ = s.accept()
    with open(os.path.join(sys.argv[1], "connections"), "a") as f:
        f.write("x\n")
    c.close()
PY
lpid=$!
while [ ! -s "$work/port" ]; do
	kill -0 "$lpid" 2>/dev/null || die "listener did not start"
	sleep 0.05
done
port=$(cat "$work/port")
printf 'secret\n' >"$work/pw"
chmod 600 "$work/pw"
printf 'secret\n' >"$work/pw-open"
chmod 644 "$work/pw-open"

# case NAME WANT_TEXT ACCOUNT_LINES...: one config, one harvest.
case_() {
	name=$1 want=$2
	shift 2
	{
		printf '[database]\npath = %s/db\n\n[account a]\n' "$work"
		printf 'host = 127.0.0.1\nport = %s\n' "$port"
		for l in "$@"; do
			printf '%s\n' "$l"
		done
	} >"$work/$name.conf"
	set +e
	"$bin" harvest --config "$work/$name.conf" >"$work/$name.out" 2>&1
	rc=$?
	set -e
	[ "$rc" -ne 0 ] || die "$name: exit 0"
	grep -q -- "$want" "$work/$name.out" ||
	    die "$name: want '$want' in: $(cat "$work/$name.out")"
	[ ! -s "$work/connections" ] ||
	    die "$name: connected to the server: $(cat "$work/$name.out")"
	grep -q secret "$work/$name.out" && die "$name: secret in the output"
	ok "$name: $(head -n 1 "$work/$name.out")"
}

# A good config reaches the listener: the counter works.
printf '[database]\npath = %s/db\n\n[account a]\nhost = 127.0.0.1\nport = %s\ntls = implicit\nusername = u\npassword_file = %s/pw\ntimeout = 2\n' \
    "$work" "$port" "$work" >"$work/good.conf"
"$bin" harvest --config "$work/good.conf" >/dev/null 2>&1 || true
[ -s "$work/connections" ] || die "the listener saw no connection"
rm -f "$work/connections"

case_ missing-key "missing key 'username'" "password_file = $work/pw"
case_ wrong-type "port" "port = many" "username = u" \
    "password_file = $work/pw"
case_ open-password-file "pw-open" "username = u" \
    "password_file = $work/pw-open"
case_ missing-ca "nonexistent.pem" "username = u" \
    "password_file = $work/pw" "ca_file = $work/nonexistent.pem"
finish
