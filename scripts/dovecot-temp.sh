# Sourced by scripts that need a throw-away private Dovecot (demo, bench):
#   top=... ; temp_name=NAME ; . "$top/scripts/dovecot-temp.sh"
# Makes $work (a temporary folder), starts the server in $work/dovecot,
# reads its env file (IMAPS_PORT, CA_FILE, MAIL_DIR, ALICE_PASSWORD, ...)
# and stops it and removes $work when the script exits.
work=$(mktemp -d "/tmp/bh-${temp_name:-run}.XXXXXX")
dovecot_temp_cleanup() {
	"$top/scripts/dovecot-stop.sh" "$work/dovecot" >/dev/null || true
	rm -rf "$work"
}
trap dovecot_temp_cleanup EXIT INT TERM
"$top/scripts/dovecot-start.sh" --fresh "$work/dovecot" >/dev/null
. "$work/dovecot/env"
