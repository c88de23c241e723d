#!/bin/sh
# A password command is bounded: one that prints without end (yes) is
# stopped at 8 KiB, in bounded memory; one that never ends (sleep) is
# killed with its children after command_timeout; the error shows its
# stderr, not the secret.  Nothing listens on port 1: a harvest that got
# a password would fail there instead.
. "$(dirname "$0")/store_lib.sh"

# conf NAME COMMAND [EXTRA LINE]: an account whose password comes from COMMAND.
conf() {
	{
		printf '[database]\npath = %s/h.db\n[account a]\n' "$T"
		printf 'host = 127.0.0.1\nport = 1\nusername = u\n'
		printf 'tls = none\nallow_plaintext = true\n'
		printf 'password_command = %s\n' "$2"
		[ $# -lt 3 ] || printf '%s\n' "$3"
	} >"$T/$1.conf"
	chmod 600 "$T/$1.conf"
}

# Address space and peak RSS (KB) of a run; the sanitized build lifts both.
vlimit=${BH_E2E_VLIMIT_KB:-400000}
max_rss=${BH_E2E_MAX_RSS_KB:-65536}

# run NAME: harvest with NAME.conf, bounded in address space and to 60 s.
run() {
	set +e
	([ "$vlimit" -eq 0 ] || ulimit -v "$vlimit"
	exec timeout 60 /usr/bin/time -f "%e %M" -o "$T/$1.time" "$BH" \
	    harvest --config "$T/$1.conf") >/dev/null 2>"$T/$1.err"
	rc=$?
	set -e
	[ "$rc" -ne 0 ] && [ "$rc" -lt 124 ] ||
	    fail "$1: exited $rc: $(cat "$T/$1.err")"
	rss=$(tail -n 1 "$T/$1.time" | cut -d' ' -f2)
	[ "$rss" -lt "$max_rss" ] || fail "$1: peak RSS $rss KB"
}

conf yes yes
run yes
grep -qF "password command printed more than 8192 bytes" "$T/yes.err" ||
    fail "yes: $(cat "$T/yes.err")"

conf sleep "echo still thinking >&2; sleep 1000 & echo \$! >$T/pid; wait" \
    "command_timeout = 1"
run sleep
grep -qF "password command timed out after 1 s: still thinking" \
    "$T/sleep.err" || fail "sleep: $(cat "$T/sleep.err")"
secs=$(tail -n 1 "$T/sleep.time" | cut -d' ' -f1)
python3 -c "import sys; sys.exit(0 if float('$secs') < 10 else 1)" ||
    fail "sleep: took $secs s"
pid=$(cat "$T/pid")
i=0
while [ -d "/proc/$pid" ] && ! grep -q ') Z ' "/proc/$pid/stat" 2>/dev/null
do
	i=$((i + 1))
	[ $i -lt 100 ] || fail "sleep: its child $pid is still running"
	sleep 0.05
done

conf leak "echo s3cret-pw; echo 'cannot decrypt s3cret-pw' >&2; exit 1"
run leak
grep -q s3cret "$T/leak.err" && fail "leak: the secret shown: $(cat \
"$T/leak.err")"
grep -qF "password command failed (status 256)" "$T/leak.err" ||
    fail "leak: $(cat "$T/leak.err")"
echo ok
