#!/bin/sh
# A server that takes only US-ASCII in SEARCH (RFC 3501 6.4.4 requires no
# more): it answers the UTF-8 UID SEARCH with `NO [BADCHARSET (US-ASCII)]`
# (RFC 3501 7.1) or with a BAD naming the charset.  The harvest must then
# apply the criteria itself and find every bounce: exit 0, the same
# bounces, contact counters, cursor, moves and summary as a harvest of a
# server that takes UTF-8; one refused SEARCH per connection (the second
# folder is searched here without asking again); said once at --verbose,
# not at all without it (nothing for the admin to do).  A refusal for
# another reason is covered by test_imap_fake.  The scripted server is
# tests/unit/imap/fake_imap.py (scenario "faults", `charset no|bad`),
# with six real bounces from tests/fixtures/bounces.
#
#   harvest_badcharset.sh BINARY DOVECOT_DIR
#
# DOVECOT_DIR gives the test CA and the server certificate only.
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH dv=$2
fpid=""
at_exit '[ -z "$fpid" ] || kill "$fpid" 2>/dev/null'
. "$dv/env"

fake_bounces
fake_imap_start faults "$dv/tls/server.pem" "$dv/tls/server.key"

# conf NAME: an account on the fake server, two folders (the same
# mailbox), each message moved once read; its database $work/NAME.db.
conf() {
	{
		fake_account "$work/$1.db"
		printf 'timeout = 5\nfolders = INBOX;Second\n'
		printf 'after = move:Done\n'
	} >"$work/$1.conf"
	"$bin" ingest -q --db "$work/$1.db" --sent "$work/sent"
}

# What must come out of a harvest of the six messages, and the cursors.
state() {
	bounce_state "$1"
	sqlite3 "$1" "SELECT folder, last_uid FROM mailbox_cursors ORDER BY 1"
}

# harvest NAME CTL [OPTION...]: a harvest of a fresh mailbox of the fake
# (control lines CTL); the fake's log of this run in $work/NAME.log.
harvest() {
	_n=$1 _ctl=$2
	shift 2
	printf 'mailbox %s\n%s' "$_n" "$_ctl" >"$work/fake.log.ctl"
	conf "$_n"
	_from=$(($(wc -l <"$work/fake.log") + 1))
	# errexit off inside, so that $rc is set whatever the exit.
	run "$_n" harvest --config "$work/$_n.conf" "$@" || true
	tail -n "+$_from" "$work/fake.log" >"$work/$_n.log"
	cp "$work/fake.log.state" "$work/$_n.server"
}

# The reference: a server that takes UTF-8.
: >"$work/fake.log"
harvest ref ""
expect_rc ref 0 || die "reference run failed"
state "$work/ref.db" >"$work/ref.state"
[ "$(sqlite3 "$work/ref.db" 'SELECT count(*) FROM bounces')" -eq 6 ] ||
    die "reference run: not 6 bounces: $(cat "$work/ref.state")"
grep -q "^harvest: fake: 2 folder(s), 6 candidates, 6 read, 6 bounces" \
    "$work/ref.err" || die "reference summary: $(cat "$work/ref.err")"
[ "$(grep -c 'SEARCH CHARSET UTF-8' "$work/ref.log")" -eq 2 ] ||
    die "reference run: not one UTF-8 SEARCH per folder"

for how in no bad; do
	for v in "" -v; do
		name=$how${v:+-verbose}
		harvest "$name" "charset $how
" $v
		expect_rc "$name" 0 || continue
		if state "$work/$name.db" | cmp -s - "$work/ref.state"; then
			ok "$name: the reference's bounces, counters, cursors"
		else
			fail "$name: differs from the reference: $(state \
			    "$work/$name.db" | diff "$work/ref.state" - |
			    head -5)"
		fi
		if cmp -s "$work/ref.server" "$work/$name.server"; then
			ok "$name: every message moved once, as the reference"
		else
			fail "$name: server $(tr '\n' '|' <"$work/$name.server")"
		fi
		want=$(grep "^harvest: fake: " "$work/ref.err")
		if grep -qxF "$want" "$work/$name.err"; then
			ok "$name: the reference's summary"
		else
			fail "$name: summary: $(grep '^harvest: fake: ' \
			    "$work/$name.err")"
		fi
		n=$(grep -c 'SEARCH CHARSET UTF-8' "$work/$name.log" || true)
		m=$(grep -c 'HEADER.FIELDS (From' "$work/$name.log" || true)
		if [ "$n" -eq 1 ] && [ "$m" -eq 2 ]; then
			ok "$name: one refused SEARCH, both folders searched here"
		else
			fail "$name: $n UTF-8 SEARCH, $m header-field FETCH" \
			    "(want 1 and 2)"
		fi
		said=$(grep -c "cannot search in UTF-8" "$work/$name.err" ||
		    true)
		if [ -n "$v" ] && [ "$said" -eq 1 ] && grep -q \
		    "^fake/INBOX: the server cannot search" \
		    "$work/$name.err"; then
			ok "$name: said once, naming the folder"
		elif [ -z "$v" ] && [ "$said" -eq 0 ]; then
			ok "$name: nothing said without --verbose"
		else
			fail "$name: said $said time(s): $(cat "$work/$name.err")"
		fi
	done
done
finish
