#!/bin/sh
# Installs the Debian 12 packages bounce-harvester needs to build, test,
# package and run its demo.  Idempotent and non-interactive; run as root.
set -eu

PKGS="build-essential cmake pkg-config git python3 \
libetpan-dev libsasl2-modules libgmime-3.0-dev libxml2-dev libsqlite3-dev \
libssl-dev libcmocka-dev libxlsxwriter-dev python3-openpyxl \
sqlite3 openssl dovecot-imapd dovecot-lmtpd libsisimai-perl clang \
libclang-rt-14-dev time cppcheck clang-format \
libc-ares-dev unbound python3-flufl.bounce faketime valgrind \
man-db dpkg-dev debootstrap \
libmicrohttpd-dev chromium chromium-driver python3-selenium"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
	    missing="$missing $p"
done
if [ -z "$missing" ]; then
	echo "install-deps: all packages present"
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "install-deps: missing packages:$missing (run as root)" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# No service may start during the install (a user's host with systemd would
# otherwise start the system Dovecot; the tests use their own instance).
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "install-deps: installed$missing"
