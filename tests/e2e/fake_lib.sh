# The scripted IMAP server for end-to-end scripts: sourced, not run.
# Needs $top (the source tree), $work (a temporary folder) and fail().

# fake_imap_start SCENARIO [ARG...]: starts tests/unit/imap/fake_imap.py
# with the log $work/fake.log; its pid in $fpid, its port in $port.  A
# server started before must have been stopped.
fake_imap_start() {
	_scenario=$1
	shift
	rm -f "$work/fake.port"
	python3 "$top/tests/unit/imap/fake_imap.py" "$_scenario" \
	    "$work/fake.log" "$@" >"$work/fake.port" 2>"$work/fake.err" &
	fpid=$!
	n=0
	while [ ! -s "$work/fake.port" ]; do
		[ $n -lt 200 ] || fail "the fake server did not start"
		sleep 0.02
		n=$((n + 1))
	done
	port=$(cat "$work/fake.port")
}
