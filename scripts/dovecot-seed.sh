#!/bin/sh
# Seeds a mailbox of the private Dovecot by writing maildir files directly
# (far faster than APPEND for the large folders of the benchmarks).
#
#   scripts/dovecot-seed.sh [-t TIME | -r] DIR USER FOLDER FILE...
#
# FOLDER is INBOX or a folder name (created if missing).  Each FILE is one
# message, copied into new/ under a unique maildir name; LF line ends are
# fine.  Files belong to the mail user afterwards.  -t sets the files'
# modification time (`touch -d TIME`, e.g. @SECONDS), which Dovecot gives
# as the message's INTERNALDATE (when the server received it); else now.
# -r sets each file's from its own topmost Received: field, else its
# Date:, as a server that received it then would have (samples from
# years ago, with the mail they answer dated by scripts/sent-for.py).
set -eu

# header_time FILE: the date of the topmost Received:, else of Date:.
header_time() {
	awk '/^\r?$/ { exit }
	/^[ \t]/ { if (cur != "") val[cur] = val[cur] " " $0; next }
	{ cur = ""; n = tolower($0); sub(/:.*/, "", n) }
	n == "received" && !("received" in val) { cur = n }
	n == "date" && !("date" in val) { cur = n }
	cur != "" { v = $0; sub(/^[^:]*:/, "", v); val[cur] = v }
	END {
		v = "received" in val ? val["received"] : val["date"]
		if ("received" in val)
			sub(/.*;/, "", v)
		print v
	}' "$1"
}

stamp= fromhead=
case ${1:-} in
-t)	stamp=$2; shift 2 ;;
-r)	fromhead=1; shift ;;
esac
[ $# -ge 3 ] || {
	echo "usage: $0 [-t TIME] DIR USER FOLDER FILE..." >&2
	exit 2
}
dir=$1 user=$2 folder=$3
shift 3
root=$dir/mail/$user/Maildir
[ -d "$root" ] || { echo "dovecot-seed: no mailbox '$root'" >&2; exit 1; }
if [ "$folder" = INBOX ]; then
	box=$root
else
	box=$root/.$folder
fi
mkdir -p "$box/cur" "$box/new" "$box/tmp"
host=$(hostname)
n=0
for f in "$@"; do
	n=$((n + 1))
	cp "$f" "$box/tmp/seed.$$.$n.$host"
	t=$stamp
	if [ -n "$fromhead" ]; then
		h=$(header_time "$f")
		t=$(date -d "${h:-none}" +@%s 2>/dev/null) || t=
	fi
	[ -z "$t" ] || touch -d "$t" "$box/tmp/seed.$$.$n.$host"
	mv "$box/tmp/seed.$$.$n.$host" "$box/new/$(date +%s).P$$Q$n.$host"
done
chown -R "$(stat -c %u:%g "$root")" "$box"
