#!/bin/sh
# Proves the bad-input harness can fail: a fake binary that crashes, hangs
# or grows past the memory bound on one input must make bad_input.sh fail
# and name that input.  Runs with the default memory limits, whatever
# the build.
set -u
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fake=$tmp/fake-bounce-harvester
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
fail=0
for t in "crash:deep-multipart.eml: died by signal 11" \
    "hang:deep-rfc822.eml: killed after 2s" \
    "mem:long-header.eml: peak RSS"; do
	mode=${t%%:*}
	want=${t#*:}
	# Only the hang waits for the limit; the others get time to start
	# python3 on a loaded machine.
	limit=20
	[ "$mode" = hang ] && limit=2
	out=$(FAKE=$mode BH_E2E_TIMEOUT=$limit sh "$here/bad_input.sh" \
	    "$fake" 2>&1)
	rc=$?
	if [ $rc -eq 0 ]; then
		echo "FAIL: harness passed a fake that does '$mode'"
		fail=1
	elif ! echo "$out" | grep -qF "$want"; then
		echo "FAIL: '$mode': no '$want' in:"
		echo "$out" | head -20
		fail=1
	fi
done
[ $fail -eq 0 ] && echo "harness selftest: ok"
exit $fail
