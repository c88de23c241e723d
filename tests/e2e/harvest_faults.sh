#!/bin/sh
# Fault drill: the server closes the connection, stalls, sends a
# malformed or an oversized answer at each stage of a harvest: greeting,
# STARTTLS, LOGIN, STATUS, SELECT, SEARCH, FETCH (sizes and bodies), and
# after the commit MOVE (after = move) and STORE (after = flag).  The
# scripted server is tests/unit/imap/fake_imap.py (scenario "faults"),
# with six real bounces from tests/fixtures/bounces.
#
#   harvest_faults.sh BINARY DOVECOT_DIR [KIND...]
#
# DOVECOT_DIR gives the test CA and the server certificate only.  KIND is
# close, stall, malformed or oversized (default: all four);
# BH_FAULT_STAGES="select fetch" runs only those stages (for debugging).
#
# Every case starts where a good run that read UIDs 1-2 left off (its
# database copied, UIDs 1-2 moved); UIDs 3-6 arrive and the fault is
# switched on.  That run must die with exit 5 (its only account failed)
# and a message naming the stage and the cause; the fake must have played
# the fault and heard nothing more from the client; the run's peak RSS
# and address space stay bounded; the database cursor must be what was
# committed, no further, and the flags or moves recorded as due those of
# the committed messages the server did not act on.  Then the fault is
# switched off and the next run must complete (exit 0, cursor 6) with the
# same bounces and contact counters as a harvest that never saw a fault,
# having first done the flag or move left due (each message moved or
# flagged exactly once, nothing left due); and the failed run may have
# taken no longer than its timeouts plus twice the complete run's time
# plus 1 s.  Then, after a failed MOVE: a due message moved by hand in
# between, all of them so moved, and a UIDVALIDITY change.
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH dv=$2
shift 2
kinds=${*:-close stall malformed oversized}
fpid=""
at_exit '[ -z "$fpid" ] || kill "$fpid" 2>/dev/null'
. "$dv/env"
# Peak RSS bound of a failed run, and the address-space limit of every
# run (ulimit -v; 0: none): an endless reply, or a literal announced at
# 4 GB, must be refused before memory is taken for it.  The sanitized
# build lifts both (ASan reserves terabytes of address space).
max_rss=${BH_E2E_MAX_RSS_KB:-65536}
vlimit=${BH_E2E_VLIMIT_KB:-524288}
# BH_FAULT_RECOVERY=0 leaves out the run after each fault (an ordinary
# harvest, which e2e_harvest covers): the sanitized build does, for time.
recovery=${BH_FAULT_RECOVERY:-1}
# measure FILE CMD...: runs CMD, its peak RSS in KB into FILE if it can.
measure() {
	_f=$1
	shift
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f %M -o "$_f" "$@"
	else
		"$@"
	fi
}

# What was sent, which these bounces answer: the scripted server has no
# Sent folder (sent_folders = none), so each database gets it from files
# (`ingest --sent`) and the bounces count whatever accept_unverified says.
fake_bounces
sent_into() {
	"$bin" ingest -q --db "$1" --sent "$work/sent"
}

# The scripted server, one for every case: each case has a mailbox of
# its own (`mailbox NAME` in the control file).  Its log: $work/fake.log.
fake_start() {
	fake_imap_start faults "$dv/tls/server.pem" "$dv/tls/server.key"
}

# conf DB AFTER: the configuration of one account on the fake server.
conf() {
	fake_account "$1"
	printf 'timeout = 1\nbatch = 2\nafter = %s\n' "$2"
}

cursor() {
	sqlite3 "$1" "SELECT last_uid FROM mailbox_cursors WHERE
	    account = 'fake' AND folder = 'INBOX'" 2>/dev/null || true
}

# The UIDs whose flag or move is recorded as due.
due() {
	sqlite3 "$1" "SELECT group_concat(uid, ' ') FROM (SELECT uid FROM
	    mailbox_pending ORDER BY uid)" 2>/dev/null || true
}

# The server's folders (and the flags set) as one line.
server() {
	tr '\n' '|' <"$work/fake.log.state"
}

# What must come out of any harvest of the six messages, fault or not.
state() {
	bounce_state "$1"
}

# harvest NAME CONF: one run; $rc, $secs, $work/NAME.err, and $rss (peak
# RSS in KB, 0 without GNU time).
harvest() {
	t0=$(date +%s.%N)
	rc=0
	: >"$work/$1.rss"
	(
		[ "$vlimit" = 0 ] || ulimit -v "$vlimit"
		measure "$work/$1.rss" timeout -k 2 60 "$bin" harvest \
		    --config "$work/$2.conf"
	) >"$work/$1.out" 2>"$work/$1.err" || rc=$?
	rss=$(tail -n 1 "$work/$1.rss")
	rss=${rss:-0}
	secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" \
	    'BEGIN { printf "%.2f", b - a }')
}

# The reference: one harvest of all six, no fault.
fake_start
echo "mailbox ref" >"$work/fake.log.ctl"
conf "$work/ref.db" move:Done >"$work/ref.conf"
sent_into "$work/ref.db"
harvest ref ref
[ $rc -eq 0 ] || die "reference run: exit $rc: $(cat "$work/ref.err")"
state "$work/ref.db" >"$work/ref.state"
[ "$(sqlite3 "$work/ref.db" 'SELECT count(*) FROM bounces')" -eq 6 ] ||
    die "reference run: not 6 bounces: $(cat "$work/ref.state")"
grep -qx "Done 1 2 3 4 5 6" "$work/fake.log.state" ||
    die "reference run: not all moved: $(cat "$work/fake.log.state")"

# Where every case starts: UIDs 1-2 harvested.
printf 'mailbox pre\nvisible 2\n' >"$work/fake.log.ctl"
conf "$work/pre.db" move:Done >"$work/pre.conf"
sent_into "$work/pre.db"
harvest pre pre
[ $rc -eq 0 ] || die "first run: exit $rc: $(cat "$work/pre.err")"
[ "$(cursor "$work/pre.db")" = 2 ] ||
    die "first run: cursor $(cursor "$work/pre.db")"
[ ! -e "$work/pre.db-wal" ] || die "first run left a -wal file"

# recover: the run after the fault of case $name (fault off): complete,
# cursor 6, the reference's bounces and counters, the flag or move left
# due done first, each message moved (or flagged) once, nothing left due;
# and the failed run's time against this one's.
recover() {
	printf 'mailbox %s\nmoved 2\n' "$name" >"$work/fake.log.ctl"
	harvest "$name-2" "$name"
	[ $rc -eq 0 ] || die "$name: run after the fault: exit $rc: $(cat \
	    "$work/$name-2.err")"
	# A stall costs the 1 s timeout once per attempt (two with the
	# reconnect after login), the others nothing: the failed run may
	# take that, plus twice the time of this complete run (the yardstick
	# of the machine's speed and load), plus 1 s.
	case $kind-$stage in
	stall-greeting|stall-starttls|stall-login) waits=1 ;;
	stall-*) waits=2 ;;
	*) waits=0 ;;
	esac
	awk -v s="$fsecs" -v w="$waits" -v g="$secs" \
	    'BEGIN { exit !(s <= w + 2 * g + 1) }' ||
	    die "$name: failed after $fsecs s: more than $waits s of" \
	    "timeouts, twice $secs s of a run and 1 s"
	[ "$(cursor "$db")" = 6 ] ||
	    die "$name: cursor $(cursor "$db") after the good run, not 6"
	state "$db" >"$work/$name.state"
	cmp -s "$work/ref.state" "$work/$name.state" || {
		diff "$work/ref.state" "$work/$name.state" >&2
		die "$name: bounces or counters differ from the reference"
	}
	[ -z "$(due "$db")" ] ||
	    die "$name: still due after the good run: $(due "$db")"
	if [ "$stage" = store ]; then
		want="INBOX 3 4 5 6|Done 1 2|Hand|Flagged 3 4 5 6|"
	else
		want="INBOX|Done 1 2 3 4 5 6|Hand|Flagged|"
	fi
	[ "$(server)" = "$want" ] ||
	    die "$name: server after the good run: $(server), not $want"
	case $stage in
	move|store)
		retried="(moved|flagged) 2 message\(s\) left by an earlier run"
		grep -Eq "fake/INBOX: $retried, 0 no longer in the folder" \
		    "$work/$name-2.err" ||
		    die "$name: no retry: $(cat "$work/$name-2.err")"
		grep -q "2 candidates, 2 read, 2 bounces, 0 too large, 4 fl" \
		    "$work/$name-2.err" ||
		    die "$name: good run: $(cat "$work/$name-2.err")"
		;;
	esac
}

# The stages: name, what the error says, the cursor after a failed run
# when the fault breaks the connection (close, stall: one reconnect and a
# second try) and when it does not (malformed, oversized: no retry).
# Batches of 2 from cursor 2: 3-4 are committed before the body FETCH of
# 5-6 fails, and when MOVE or STORE of 3-4 fails; after the reconnect, the
# retry of that MOVE or STORE comes first and fails again.
stages="greeting|greeting|2|2
starttls|STARTTLS|2|2
login|LOGIN login as 'alice'|2|2
status|STATUS|2|2
select|cannot select 'INBOX'|2|2
search|UID SEARCH|2|2
fetch-size|UID FETCH (RFC822.SIZE)|2|2
fetch|UID FETCH (INTERNALDATE BODY.PEEK[])|4|4
move|moving messages|4|4
store|UID STORE|4|4"

why() {
	case $1 in
	close) echo "connection to 'localhost:$port' lost" ;;
	stall) echo "no reply from 'localhost:$port' within 1 s" ;;
	malformed) echo "unexpected reply from 'localhost:$port'" ;;
	oversized) echo "reply from 'localhost:$port' larger than" ;;
	esac
}

for kind in $kinds; do
while IFS='|' read -r stage what cur_net cur_proto; do
	case " ${BH_FAULT_STAGES:-$stage} " in
	*" $stage "*) ;;
	*) continue ;;
	esac
	name="$stage-$kind"
	after=move:Done
	[ "$stage" != store ] || after=flag
	db="$work/$name.db"
	conf "$db" "$after" >"$work/$name.conf"
	cp "$work/pre.db" "$db"
	: >"$work/fake.log"

	printf 'mailbox %s\nmoved 2\nfault %s %s\n' "$name" "$stage" \
	    "$kind" >"$work/fake.log.ctl"
	harvest "$name-1" "$name"
	grep -q "^FAULT $stage $kind" "$work/fake.log" ||
	    die "$name: the fault was not played: $(cat "$work/$name-1.err")"
	[ $rc -eq 5 ] ||
	    die "$name: exit $rc, not 5: $(cat "$work/$name-1.err")"
	fsecs=$secs frss=$rss
	grep -qF "account 'fake': " "$work/$name-1.err" ||
	    die "$name: the account is not named: $(cat "$work/$name-1.err")"
	grep -qF "$what" "$work/$name-1.err" ||
	    die "$name: '$what' not in: $(cat "$work/$name-1.err")"
	grep -qF "$(why "$kind")" "$work/$name-1.err" ||
	    die "$name: '$(why "$kind")' not in: $(cat "$work/$name-1.err")"
	grep -q "$FAKE_PASSWORD" "$work/$name-1.err" &&
	    die "$name: the password is in the output"
	# A dead connection gets no further command (a LOGOUT would only
	# wait for the timeout).
	grep "^AFTER-FAULT" "$work/fake.log" &&
	    die "$name: the client went on talking after the fault"
	[ "$frss" -le "$max_rss" ] ||
	    die "$name: peak RSS $frss KB, more than $max_rss KB"
	want=$cur_proto
	case $kind in close|stall) want=$cur_net ;; esac
	[ "$(cursor "$db")" = "$want" ] ||
	    die "$name: cursor $(cursor "$db") after the fault, not $want"
	want=
	case $stage in move|store) want="3 4" ;; esac
	[ "$(due "$db")" = "$want" ] ||
	    die "$name: due after the fault: '$(due "$db")', not '$want'"

	[ "$recovery" = 0 ] || recover
	ok "$name ($fsecs s, $frss KB): $(grep -o "account 'fake': .*" \
	    "$work/$name-1.err" | head -n 1)"
done <<EOF
$stages
EOF
done
# Two folders: garbage in the first one's SELECT answer leaves the rest
# of it on the wire; the second folder gets a new connection and is
# harvested in full, the first keeps its cursor.
case " $kinds " in
*" malformed "*)
	name=two-folders
	cp "$work/pre.db" "$work/$name.db"
	{ conf "$work/$name.db" move:Done; echo "folders = INBOX;Other"; } \
	    >"$work/$name.conf"
	: >"$work/fake.log"
	printf 'mailbox %s\nmoved 2\nfault select malformed INBOX\n' "$name" \
	    >"$work/fake.log.ctl"
	harvest "$name" "$name"
	[ $rc -eq 5 ] || die "$name: exit $rc, not 5: $(cat "$work/$name.err")"
	grep -qF "cannot select 'INBOX': $(why malformed)" "$work/$name.err" ||
	    die "$name: no SELECT error: $(cat "$work/$name.err")"
	grep "^AFTER-FAULT" "$work/fake.log" &&
	    die "$name: the client went on talking after the fault"
	[ "$(cursor "$work/$name.db")" = 2 ] ||
	    die "$name: INBOX cursor $(cursor "$work/$name.db")"
	other=$(sqlite3 "$work/$name.db" "SELECT last_uid FROM mailbox_cursors
	    WHERE account = 'fake' AND folder = 'Other'")
	[ "$other" = 6 ] || die "$name: Other's cursor '$other', not 6"
	grep -q "1 folder(s), 4 candidates, 4 read, 4 bounces" \
	    "$work/$name.err" || die "$name: Other: $(cat "$work/$name.err")"
	ok "$name"
	;;
esac
# After a MOVE of UIDs 3-4 failed (garbage: cursor 4, 3-4 due), the next
# run (fault off) with: UID 3 moved by hand in between (the rest is
# moved, and only that); both moved so (no MOVE of them at all); the
# folder's UIDVALIDITY changed (nothing due is done: the rescan reads 3-6
# again, counts nothing twice, and moves them).  Then a run without new
# mail costs one STATUS: nothing is due any more.
# retry NAME CTL-LINE: the failed run of case NAME, then the good one
# ($work/NAME-2.err) with CTL-LINE in the control file.
retry() {
	name=$1 db=$work/$1.db
	cp "$work/pre.db" "$db"
	conf "$db" move:Done >"$work/$name.conf"
	printf 'mailbox %s\nmoved 2\nfault move malformed\n' "$name" \
	    >"$work/fake.log.ctl"
	harvest "$name-1" "$name"
	[ $rc -eq 5 ] ||
	    die "$name: exit $rc, not 5: $(cat "$work/$name-1.err")"
	[ "$(cursor "$db")" = 4 ] && [ "$(due "$db")" = "3 4" ] ||
	    die "$name: after the fault: cursor $(cursor "$db"), due" \
	    "'$(due "$db")'"
	: >"$work/fake.log"
	printf 'mailbox %s\n%s\n' "$name" "$2" >"$work/fake.log.ctl"
	harvest "$name-2" "$name"
	[ $rc -eq 0 ] || die "$name: exit $rc: $(cat "$work/$name-2.err")"
	[ "$(cursor "$db")" = 6 ] && [ -z "$(due "$db")" ] ||
	    die "$name: cursor $(cursor "$db"), due '$(due "$db")' at the end"
	state "$db" >"$work/$name.state"
	cmp -s "$work/ref.state" "$work/$name.state" || {
		diff "$work/ref.state" "$work/$name.state" >&2
		die "$name: bounces or counters differ from the reference"
	}
}
# The UIDs of every MOVE the client sent, in order.
moves() {
	sed -n 's/^[^ ]* UID MOVE \([^ ]*\) .*/\1/p' "$work/fake.log" |
	    tr '\n' ' '
}
case " $kinds " in
*" malformed "*)
	retry gone "gone 3"
	[ "$(server)" = "INBOX|Done 1 2 4 5 6|Hand 3|Flagged|" ] ||
	    die "gone: server: $(server)"
	[ "$(moves)" = "4 5,6 " ] || die "gone: moves: $(moves)"
	grep -q "fake/INBOX: moved 1 message(s) left by an earlier run, 1 no \
longer in the folder" "$work/gone-2.err" ||
	    die "gone: $(cat "$work/gone-2.err")"
	: >"$work/fake.log"
	harvest gone-3 gone
	[ $rc -eq 0 ] || die "gone: third run: exit $rc"
	grep -q "0 candidates" "$work/gone-3.err" ||
	    die "gone: third run: $(cat "$work/gone-3.err")"
	[ "$(grep -c ' STATUS ' "$work/fake.log")" = 1 ] &&
	    ! grep -Eq ' (SELECT|EXAMINE|UID) ' "$work/fake.log" ||
	    die "gone: no new mail, yet: $(cat "$work/fake.log")"
	ok "gone (a due UID moved by hand)"

	retry allgone "gone 3 4"
	[ "$(server)" = "INBOX|Done 1 2 5 6|Hand 3 4|Flagged|" ] ||
	    die "allgone: server: $(server)"
	[ "$(moves)" = "5,6 " ] || die "allgone: moves: $(moves)"
	ok "allgone (every due UID moved by hand)"

	retry uidvalidity "uidvalidity 43"
	[ "$(server)" = "INBOX|Done 1 2 3 4 5 6|Hand|Flagged|" ] ||
	    die "uidvalidity: server: $(server)"
	[ "$(moves)" = "3,4 5,6 " ] || die "uidvalidity: moves: $(moves)"
	grep -q "UIDVALIDITY changed: 2 flag(s) or move(s) left by an \
earlier run dropped" "$work/uidvalidity-2.err" ||
	    die "uidvalidity: $(cat "$work/uidvalidity-2.err")"
	grep -q "4 candidates, 4 read, 4 bounces, 0 too large, 4 flagged" \
	    "$work/uidvalidity-2.err" ||
	    die "uidvalidity: $(cat "$work/uidvalidity-2.err")"
	ok "uidvalidity (what was due dropped, the rescan moves)"
	;;
esac
finish
