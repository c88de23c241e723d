#!/bin/sh
# Secrets stay out of the process list, the environment of children,
# standard error under --verbose and syslog under --syslog: a
# harvest against the private Dovecot with the password from
# password_env, password_file, password_command, an XOAUTH2 token from
# oauth2_token_command, a wrong password (refused, exit 5), and two
# accounts (one's password_env kept from the other's command).  The scan
# itself is tests/e2e/secrets_scan.py, run in a private mount namespace
# (unshare -m, root) where /dev/log is its own socket.
#
#   harvest_secrets.sh BINARY DOVECOT_DIR
#
# Exit 77 (skipped) when a mount namespace cannot be made (not root).
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH dv=$2 top=$TOP
. "$dv/env"

unshare -m true 2>/dev/null ||
    skip "cannot make a mount namespace (unshare -m)"

folder=e2e_secrets
"$top/scripts/dovecot-seed.sh" "$dv" alice "$folder" \
    "$top/tests/fixtures/bounces/lhost-sendmail-01.eml" \
    "$top/tests/fixtures/bounces/lhost-qmail-01.eml"

# case NAME STATUS SECRET KEY=VALUE...: a configuration and what to expect.
case_() {
	name=$1 status=$2 secret=$3
	shift 3
	{
		printf '[database]\npath = %s/%s.db\n\n' "$work" "$name"
		printf '[account alice]\nhost = localhost\nport = %s\n' \
		    "$IMAPS_PORT"
		printf 'ca_file = %s\nusername = alice\nfolders = %s\n' \
		    "$CA_FILE" "$folder"
		printf 'after = none\ntimeout = 10\n'
		for kv in "$@"; do
			printf '%s\n' "$kv"
		done
	} >"$work/$name.conf"
	printf '%s\n%s\n' "$secret" "$status" >"$work/$name.want"
	cases="${cases:-} $name"
}

printf '%s\n' "$ALICE_PASSWORD" >"$work/pw"
printf 'alice-wrong-Zq8\n' >"$work/pw-wrong"
chmod 600 "$work/pw" "$work/pw-wrong"
# The commands sleep so that the scan sees them run; their command lines
# name the file, never the secret.
case_ env 0 "$ALICE_PASSWORD" password_env=HARVEST_SECRET auth=login
echo env >>"$work/env.want"
case_ file 0 "$ALICE_PASSWORD" "password_file = $work/pw" auth=plain
case_ command 0 "$ALICE_PASSWORD" \
    "password_command = sleep 0.3; cat $work/pw" auth=login
case_ xoauth2 0 "$ALICE_PASSWORD" \
    "oauth2_token_command = sleep 0.3; cat $work/pw" auth=xoauth2
case_ wrong 5 alice-wrong-Zq8 "password_file = $work/pw-wrong" auth=login
# Two accounts: alice's password, from the environment, must not reach
# the environment of bob's password command.
printf '%s\n' "$BOB_PASSWORD" >"$work/pw-bob"
chmod 600 "$work/pw-bob"
case_ two 0 "$ALICE_PASSWORD" password_env=HARVEST_SECRET auth=login \
    "[account bob]" "host = localhost" "port = $IMAPS_PORT" \
    "ca_file = $CA_FILE" "username = bob" "folders = INBOX" "after = none" \
    "password_command = sleep 0.3; cat $work/pw-bob" auth=login
echo env >>"$work/two.want"

# shellcheck disable=SC2086
unshare -m python3 "$top/tests/e2e/secrets_scan.py" \
    "$(readlink /proc/$$/ns/mnt)" "$work" "$bin" $cases ||
    die "a secret was found, or a check could not be made (above)"
ok "no secret in the process list, environment or output"
finish
