#!/bin/sh
# Exit codes and output contract of `parse` (README "Exit codes"):
# 0 all read, 1 some input unreadable, 2 usage, 3 bad rules file; JSON
# lines carry every field; ordinary mail prints nothing; "-" is stdin.
# usage: exit_codes.sh PATH/TO/bounce-harvester
set -u
. "$(dirname "$0")/lib.sh"

good=$FIXTURES/lhost-sendmail-01.eml
good_rcpt=userunknown@bouncehammer.jp

# Usage errors.
run noargs
expect_rc noargs 2
run nopath parse
expect_rc nopath 2 && expect_named nopath "PATH"
run badopt parse --no-such-option "$good"
expect_rc badopt 2
run badcmd no-such-command
expect_rc badcmd 2 && expect_named badcmd "no-such-command"
run help --help
expect_rc help 0
grep -q parse "$work/help.out" || fail "help: 'parse' not listed"
# A command's own help names the program once, then the command.
run cmdhelp harvest --help
expect_rc cmdhelp 0
grep -q "^  bounce-harvester \[OPTION.*\] harvest" "$work/cmdhelp.out" ||
    fail "harvest --help: usage line: $(sed -n 2p "$work/cmdhelp.out")"

# All read.
run ok parse --json "$good"
expect_rc ok 0 && expect_json ok && expect_rcpt ok "$good_rcpt" invalid
[ -s "$work/ok.err" ] && fail "ok: unexpected stderr: $(cat "$work/ok.err")"

# Table output (not a terminal here, still the readable form).
run table parse "$good"
expect_rc table 0
grep -qF "$good_rcpt" "$work/table.out" || fail "table: recipient missing"

# Some unreadable: a missing path, the run goes on past it.
run partial parse --json "$work/missing.eml" "$good"
expect_rc partial 1 && expect_named partial "missing.eml" &&
    expect_rcpt partial "$good_rcpt"

# Standard input.
stdin=$good run stdin parse --json -
expect_rc stdin 0 && expect_rcpt stdin "$good_rcpt"
grep -q '"file":"-"' "$work/stdin.out" || fail 'stdin: file is not "-"'

# Ordinary mail: read, nothing to say.
printf 'From: a@example.org\nTo: b@example.org\nSubject: hello\n\nhi\n' \
    >"$work/plain.eml"
run plain parse --json "$work/plain.eml"
expect_rc plain 0
[ -s "$work/plain.out" ] && fail "plain: output for ordinary mail"

# A rules file that does not exist is a configuration error.
run norules parse --rules "$work/no-such.rules" "$good"
expect_rc norules 3 && expect_named norules "no-such.rules"

# An auto-reply marks nobody as failed.
run auto parse --json "$FIXTURES/rfc3834-01.eml"
expect_rc auto 0
grep -v '"category":"autoreply"' "$work/auto.out" | grep -q . &&
    fail "auto: non-autoreply line: $(cat "$work/auto.out")"

# A forged mass bounce: 1,000 recipients reported, the rest counted on
# standard error (file and count) and in --explain; still read (rc 0).
{
	printf 'From: MAILER-DAEMON@mx.example.org\nTo: s@example.com\n'
	printf 'Subject: Undelivered Mail Returned to Sender\n\n'
	i=0
	while [ $i -lt 1200 ]; do
		printf 'recipient <u%d@d.example>: 550 5.1.1 user unknown\n' $i
		i=$((i + 1))
	done
} >"$work/mass.eml"
run mass parse --json "$work/mass.eml"
expect_rc mass 0
[ "$(wc -l <"$work/mass.out")" -eq 1000 ] ||
    fail "mass: $(wc -l <"$work/mass.out") lines, want 1000"
grep -q "mass.eml': 200 recipients past the first 1000 not read" \
    "$work/mass.err" || fail "mass: stderr: $(cat "$work/mass.err")"
run massx parse --explain "$work/mass.eml"
grep -q "200 more not read" "$work/massx.out" ||
    fail "mass: --explain does not say it"

finish
