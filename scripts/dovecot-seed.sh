#!/bin/sh
# Seeds a mailbox of the private Dovecot by writing maildir files directly
# (far faster than APPEND for the large folders of the benchmarks).
#
#   scripts/dovecot-seed.sh DIR USER FOLDER FILE...
#
# FOLDER is INBOX or a folder name (created if missing).  Each FILE is one
# message, copied into new/ under a unique maildir name; LF line ends are
# fine.  Files belong to the mail user afterwards.
set -eu

[ $# -ge 3 ] || { echo "usage: $0 DIR USER FOLDER FILE..." >&2; exit 2; }
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
	mv "$box/tmp/seed.$$.$n.$host" "$box/new/$(date +%s).P$$Q$n.$host"
done
chown -R "$(stat -c %u:%g "$root")" "$box"
