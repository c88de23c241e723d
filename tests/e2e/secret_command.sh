#!/bin/sh
# A password command is bounded: one that prints without end (yes) is
# stopped at 8 KiB, in bounded memory; one that never ends (sleep) is
# killed with its children after command_timeout; the error shows its
# stderr, not the secret.  Nothing listens on port 1: a harvest that got
# a password would die there instead.
set -eu
. "$(dirname "$0")/lib.sh"

# conf NAME COMMAND [EXTRA LINE]: an account whose password comes from COMMAND.
conf() {
	{
		printf '[database]\npath = %s/h.db\n[account a]\n' "$work"
		printf 'host = 127.0.0.1\nport = 1\nusername = u\n'
		printf 'tls = none\nallow_plaintext = true\n'
		printf 'password_command = %s\n' "$2"
		[ $# -lt 3 ] || printf '%s\n' "$3"
	} >"$work/$1.conf"
	chmod 600 "$work/$1.conf"
}

# Address space and peak RSS (KB) of a run; the sanitized build lifts both.
vlimit=${BH_E2E_VLIMIT_KB:-400000}
max_rss=${BH_E2E_MAX_RSS_KB:-65536}

# harvest_run NAME: harvest with NAME.conf, bounded in address space and to 60 s.
harvest_run() {
	set +e
	([ "$vlimit" -eq 0 ] || ulimit -v "$vlimit"
	exec timeout 60 /usr/bin/time -f "%e %M" -o "$work/$1.time" "$BH" \
	    harvest --config "$work/$1.conf") >/dev/null 2>"$work/$1.err"
	rc=$?
	set -e
	[ "$rc" -ne 0 ] && [ "$rc" -lt 124 ] ||
	    die "$1: exited $rc: $(cat "$work/$1.err")"
	rss=$(tail -n 1 "$work/$1.time" | cut -d' ' -f2)
	[ "$rss" -lt "$max_rss" ] || die "$1: peak RSS $rss KB"
}

conf yes yes
harvest_run yes
grep -qF "password command printed more than 8192 bytes" "$work/yes.err" ||
    die "yes: $(cat "$work/yes.err")"
ok "endless output: stopped at 8192 bytes"

conf sleep "echo still thinking >&2; sleep 1000 & echo \$! >$work/pid; wait" \
    "command_timeout = 1"
harvest_run sleep
grep -qF "password command timed out after 1 s: still thinking" \
    "$work/sleep.err" || die "sleep: $(cat "$work/sleep.err")"
secs=$(tail -n 1 "$work/sleep.time" | cut -d' ' -f1)
python3 -c "import sys; sys.exit(0 if float('$secs') < 10 else 1)" ||
    die "sleep: took $secs s"
pid=$(cat "$work/pid")
i=0
while [ -d "/proc/$pid" ] && ! grep -q ') Z ' "/proc/$pid/stat" 2>/dev/null
do
	i=$((i + 1))
	[ $i -lt 100 ] || die "sleep: its child $pid is still running"
	sleep 0.05
done
ok "a command that hangs: timed out in $secs s, its child ended"

conf leak "echo s3cret-pw; echo 'cannot decrypt s3cret-pw' >&2; exit 1"
harvest_run leak
grep -q s3cret "$work/leak.err" && die "leak: the secret shown: $(cat \
"$work/leak.err")"
grep -qF "password command failed (status 256)" "$work/leak.err" ||
    die "leak: $(cat "$work/leak.err")"
ok "a failing command: its status shown, the secret it printed not"
finish
