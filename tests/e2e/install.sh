#!/bin/sh
# `cmake --install` into a staging root (DESTDIR), then the installed files
# are checked where a system looks for them and the installed binary runs:
# the fixtures parsed as the build's binary parses them, the installed
# example configuration read, the demo (scripts/demo.sh, a private Dovecot
# on 127.0.0.1) end to end, the man pages shown by man(1), the systemd
# units checked by systemd-analyze when it is there.
# usage: install.sh PATH/TO/build/bounce-harvester BUILD_DIR
# Environment (set by CMake): BH_BINDIR, BH_MANDIR, BH_DOCDIR, BH_UNITDIR,
# BH_CRONDIR, the configured install directories.
set -u
. "$(dirname "$0")/lib.sh"
build=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
root=$work/root

DESTDIR=$root cmake --install "$build" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log"; fail "cmake --install failed"; finish; }
bin=$root$BH_BINDIR/bounce-harvester
for f in "$bin" "$root$BH_MANDIR/man1/bounce-harvester.1" \
    "$root$BH_MANDIR/man5/bounce-harvester.conf.5" \
    "$root$BH_DOCDIR/examples/bounce-harvester.conf.example" \
    "$root$BH_DOCDIR/examples/bounce-rules.conf" \
    "$root$BH_UNITDIR/bounce-harvester.service" \
    "$root$BH_UNITDIR/bounce-harvester.timer" \
    "$root$BH_UNITDIR/bounce-harvester-doctor.service" \
    "$root$BH_UNITDIR/bounce-harvester-doctor.timer" \
    "$root$BH_CRONDIR/bounce-harvester"; do
	[ -f "$f" ] || fail "not installed: ${f#"$root"}"
done
[ -x "$bin" ] || fail "the installed binary is not executable"
# Nothing of the build tree beside it: no test program, library, header.
find "$root" -type f | sed "s|^$root||" >"$work/files"
grep -E '/test_|\.a$|\.h$|/fuzz_|/bench_' "$work/files" &&
    fail "installed a file for developers only"

# The job files name the installed binary, and nothing else: the harvest
# every night and doctor every day after it (the overview warns when
# doctor has not run for two days), each with a deadline.
for job in harvest:bounce-harvester doctor:bounce-harvester-doctor; do
	cmd=${job%%:*}
	unit=$root$BH_UNITDIR/${job#*:}.service
	grep -q "^ExecStart=$BH_BINDIR/bounce-harvester $cmd " "$unit" ||
	    fail "${job#*:}.service: ExecStart does not run $cmd"
	grep -q "^TimeoutStartSec=" "$unit" ||
	    fail "${job#*:}.service: no TimeoutStartSec (a stuck run" \
	    "would block the timer)"
	grep -q "^[0-9].*&& $BH_BINDIR/bounce-harvester $cmd " \
	    "$root$BH_CRONDIR/bounce-harvester" ||
	    fail "cron: does not run $BH_BINDIR/bounce-harvester $cmd"
done
# The same hardening for both: doctor's unit differs from the harvest's
# only in what it says, runs, waits for and how long it may take.
strip='/^#/d;/^Description=/d;/^ExecStart=/d;/^After=/d;/^TimeoutStartSec=/d'
sed "$strip" "$root$BH_UNITDIR/bounce-harvester.service" >"$work/h.unit"
sed "$strip" "$root$BH_UNITDIR/bounce-harvester-doctor.service" \
    >"$work/d.unit"
diff -u "$work/h.unit" "$work/d.unit" >"$work/unit.diff" ||
    fail "doctor's unit is not hardened as the harvest's: $(cat \
    "$work/unit.diff")"
grep -q "^After=.*bounce-harvester.service" \
    "$root$BH_UNITDIR/bounce-harvester-doctor.service" ||
    fail "doctor's unit does not run after the harvest"
when() { sed -n 's/^OnCalendar=\*-\*-\* //p' "$1" | tr -d :; }
[ "$(when "$root$BH_UNITDIR/bounce-harvester-doctor.timer")" -gt \
    "$(when "$root$BH_UNITDIR/bounce-harvester.timer")" ] ||
    fail "doctor's timer does not fire after the harvest's"
if command -v systemd-analyze >/dev/null; then
	mkdir "$work/units"
	for u in bounce-harvester bounce-harvester-doctor; do
		sed "s|^ExecStart=$BH_BINDIR|ExecStart=$root$BH_BINDIR|" \
		    "$root$BH_UNITDIR/$u.service" >"$work/units/$u.service"
		cp "$root$BH_UNITDIR/$u.timer" "$work/units/"
	done
	systemd-analyze verify --man=no "$work"/units/*.service \
	    "$work"/units/*.timer >"$work/verify" 2>&1 ||
	    fail "systemd-analyze verify: $(cat "$work/verify")"
	[ -s "$work/verify" ] && fail "systemd-analyze: $(cat "$work/verify")"
fi

# man shows both pages from the staged tree, without a roff warning.
for p in 1:bounce-harvester 5:bounce-harvester.conf; do
	expect_exit 0 env MANPATH="$root$BH_MANDIR" MANWIDTH=80 \
	    LC_ALL=C.UTF-8 man --warnings -P cat "${p%%:*}" "${p#*:}" \
	    >"$work/man.out" 2>"$work/man.err"
	[ -s "$work/man.err" ] && fail "man ${p#*:}: $(head -3 "$work/man.err")"
	grep -q "^NAME" "$work/man.out" || fail "man ${p#*:}: no NAME section"
done

# The installed binary reads as the built one does.
[ "$("$bin" --version)" = "$("$BH" --version)" ] || fail "--version differs"
"$bin" parse --json "$FIXTURES" >"$work/installed.json" 2>/dev/null
"$BH" parse --json "$FIXTURES" >"$work/built.json" 2>/dev/null
[ -s "$work/installed.json" ] || fail "installed parse printed nothing"
cmp -s "$work/installed.json" "$work/built.json" ||
    fail "installed and built binaries parse the fixtures differently"
conf=$root$BH_DOCDIR/examples/bounce-harvester.conf.example
"$bin" ingest -q --config "$conf" --db "$work/example.db" \
    "$FIXTURES"/*.eml >"$work/example.out" 2>&1 &&
    "$bin" report --config "$conf" --db "$work/example.db" \
    >>"$work/example.out" 2>&1 ||
    fail "the installed example configuration: $(cat "$work/example.out")"

# The demo, with the installed binary.
BUILD_DIR=$root$BH_BINDIR "$top/scripts/demo.sh" >"$work/demo.out" 2>&1 ||
    fail "demo with the installed binary: $(tail -5 "$work/demo.out")"
grep -q '^buyer1@customer.example,Buyer One,Customer GmbH,active,' \
    "$work/demo.out" ||
    fail "demo: no cleaned list: $(tail -5 "$work/demo.out")"
grep -q '^kijitora@example.jp,' "$work/demo.out" &&
    fail "demo: the cleaned list keeps an invalid contact"
grep -Eq '^kijitora@example.jp +invalid +userunknown' "$work/demo.out" ||
    fail "demo: the invalid contact is not listed as left out"
finish
