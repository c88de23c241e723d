#!/bin/sh
# Installs the Debian package in a clean Debian 12 chroot and checks it:
# dependencies from the archive, then `dpkg -i` of the package, the
# service user and directories, `man bounce-harvester`, the installed
# binary on a fixture, then `dpkg -r` and `dpkg -P`.  Not a test (it
# needs the Debian mirror); run as root.
#
#   scripts/check-package.sh PACKAGE.deb [CHROOT]
#
# CHROOT (default /var/tmp/bh-chroot) is made with debootstrap
# (minbase, bookworm, the mirror of /etc/apt) when it does not exist and
# is left in place for the next run; each run installs into a copy of it,
# removed at the end.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
deb=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
base=${2:-/var/tmp/bh-chroot}
mirror=${BH_MIRROR:-http://deb.debian.org/debian}
if [ ! -x "$base/usr/bin/apt-get" ]; then
	debootstrap --variant=minbase bookworm "$base" "$mirror" >/dev/null
fi
root=$(mktemp -d /var/tmp/bh-check-package.XXXXXX)
cleanup() {
	umount "$root/proc" 2>/dev/null || true
	rm -rf "$root"
}
trap cleanup EXIT INT TERM
cp -a "$base/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"
cp "$top/tests/fixtures/bounces/lhost-sendmail-01.eml" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    LC_ALL=C.UTF-8 "$@"; }

fails=0
check() {	# check WHAT COMMAND...: runs it in the chroot, says ok or FAIL
	what=$1
	shift
	if in_root sh -c "$*" >"$root/tmp/out" 2>&1; then
		echo "ok - $what"
	else
		echo "FAIL - $what"
		sed 's/^/    /' "$root/tmp/out" | tail -15
		fails=$((fails + 1))
	fi
}

deps=$(dpkg-deb -f "$deb" Depends | sed 's/ *([^)]*)//g; s/,/ /g')
check "dependencies from the archive: $deps" \
    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install \
    -y -qq --no-install-recommends $deps man-db"
check "dpkg -i $(basename "$deb")" "dpkg -i /tmp/$(basename "$deb")"
check "the service user exists" "getent passwd bounce-harvester"
check "/etc/bounce-harvester root:bounce-harvester 0750" \
    "[ \"\$(stat -c '%U:%G %a' /etc/bounce-harvester)\" = \
    'root:bounce-harvester 750' ]"
check "/var/lib/bounce-harvester bounce-harvester 0700" \
    "[ \"\$(stat -c '%U:%G %a' /var/lib/bounce-harvester)\" = \
    'bounce-harvester:bounce-harvester 700' ]"
check "man bounce-harvester shows the page" \
    "MANWIDTH=80 man -P cat bounce-harvester | grep -q 'read bounce mails'"
check "man 5 bounce-harvester.conf shows the page" \
    "MANWIDTH=80 man -P cat 5 bounce-harvester.conf | grep -q scan_connections"
check "the installed binary parses a bounce" \
    "bounce-harvester parse --json /tmp/lhost-sendmail-01.eml | \
    grep -q '\"category\":\"invalid\"'"
check "the service user keeps a database in /var/lib/bounce-harvester" \
    "runuser -u bounce-harvester -- bounce-harvester ingest \
    --db /var/lib/bounce-harvester/bounces.db /tmp/lhost-sendmail-01.eml && \
    [ \"\$(stat -c %U /var/lib/bounce-harvester/bounces.db)\" = \
    bounce-harvester ]"
check "the units of the harvest and of doctor are installed" \
    "for u in bounce-harvester bounce-harvester-doctor; do \
    [ -f /usr/lib/systemd/system/\$u.service ] && \
    [ -f /usr/lib/systemd/system/\$u.timer ] || exit 1; done"
check "the cron file is a conffile" \
    "dpkg-query -W -f='\${Conffiles}' bounce-harvester | \
    grep -q /etc/cron.d/bounce-harvester"
check "dpkg -r" "dpkg -r bounce-harvester && [ ! -e /usr/bin/bounce-harvester ]"
check "dpkg -P keeps the database" "dpkg -P bounce-harvester && \
    [ -f /var/lib/bounce-harvester/bounces.db ]"
[ "$fails" -eq 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "all passed"
