#!/bin/sh
# Proves the harness can fail.  The bad-input harness: a fake binary that
# crashes, hangs or grows past the memory bound on one input must make
# bad_input.sh fail and name that input (with the default memory limits,
# whatever the build).  The runner (run.sh with lib.sh): an empty script,
# one that never sources lib.sh, one that stops early with exit 0, one
# that checks nothing and one that exits 77 without skip must fail; a
# script that checks and finishes, and one that skips, pass as such.
set -u
unset BH_E2E_TIMEOUT BH_E2E_VLIMIT_KB BH_E2E_MAX_RSS_KB
. "$(dirname "$0")/lib.sh"

fake=$work/fake-bounce-harvester
cat >"$fake" <<'SH'
#!/bin/sh
for a; do last=$a; done
case "$FAKE:$last" in
crash:*deep-multipart.eml) kill -SEGV $$ ;;
hang:*deep-rfc822.eml) exec sleep 600 ;;
mem:*long-header.eml)
	exec python3 -c 'b = bytearray(120 << 20)
b[::4096] = b"x" * len(b[::4096])' ;;
esac
exit 0
SH
chmod +x "$fake"
for t in "crash:deep-multipart.eml: died by signal 11" \
    "hang:deep-rfc822.eml: killed after 2s" \
    "mem:long-header.eml: peak RSS"; do
	mode=${t%%:*}
	want=${t#*:}
	# Only the hang waits for the limit; the others get time to start
	# python3 on a loaded machine.
	limit=20
	[ "$mode" = hang ] && limit=2
	rc=0
	out=$(FAKE=$mode BH_E2E_TIMEOUT=$limit sh "$HERE/bad_input.sh" \
	    "$fake" 2>&1) || rc=$?
	if [ $rc -eq 0 ]; then
		fail "harness passed a fake that does '$mode'"
	elif ! echo "$out" | grep -qF "$want"; then
		fail "'$mode': no '$want' in: $(echo "$out" | head -20)"
	else
		ok "bad_input.sh fails a fake that does '$mode'"
	fi
done

# runner NAME WANT-RC WANT-WORDS: runs $work/NAME.sh (written by the
# caller, lib.sh sourced from here) through run.sh; a failed check unless
# it exits WANT-RC and says WANT-WORDS.
runner() {
	rc=0
	out=$(sh "$HERE/run.sh" "$work/$1.sh" "$BH" 2>&1) || rc=$?
	if [ "$rc" -ne "$2" ]; then
		fail "run.sh: '$1': exit $rc, want $2: $out"
	elif ! echo "$out" | grep -qF "$3"; then
		fail "run.sh: '$1': no '$3' in: $out"
	else
		ok "run.sh: '$1': exit $rc, says '$3'"
	fi
}
lib=". '$HERE/lib.sh'"
: >"$work/empty.sh"
runner empty 1 "without reaching lib.sh's finish"
printf 'echo checking\n[ 1 -eq 1 ] || exit 1\n' >"$work/nolib.sh"
runner nolib 1 "without reaching lib.sh's finish"
printf '%s\nexpect_exit 0 true\nexit 0\nexpect_exit 0 false\nfinish\n' \
    "$lib" >"$work/early.sh"
runner early 1 "stopped before finish"
printf 'set -e\n%s\nexpect_exit 0 true\nfalse\nfinish\n' "$lib" \
    >"$work/errexit.sh"
runner errexit 1 ""
printf '%s\n[ 1 -eq 1 ] || fail one\nfinish\n' "$lib" >"$work/nothing.sh"
runner nothing 1 "checked nothing"
printf '%s\nexpect_exit 0 true\nexit 77\n' "$lib" >"$work/exit77.sh"
runner exit77 1 "stopped before finish (exit 77)"
printf '%s\nexpect_exit 0 true\nfail wrong\nfinish\n' "$lib" >"$work/failed.sh"
runner failed 1 "FAIL: wrong"
# A script run by another finishes for itself, not for its caller.
printf '%s\nexpect_exit 0 true\nfinish\n' "$lib" >"$work/inner.sh"
printf 'sh "%s" "$1"\n' "$work/inner.sh" >"$work/outer.sh"
runner outer 1 "without reaching lib.sh's finish"
printf '%s\nsh "%s" "$BH"\n' "$lib" "$work/inner.sh" >"$work/outer2.sh"
runner outer2 1 "stopped before finish"
printf '%s\nskip "no root"\n' "$lib" >"$work/skips.sh"
runner skips 77 "skipped: no root"
printf '%s\nexpect_exit 0 true\nok "by hand"\nfinish\n' "$lib" \
    >"$work/good.sh"
runner good 0 "all passed (2 checks)"
finish
