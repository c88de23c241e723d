# Shared by the store's end-to-end scripts: sourced, not run.
# $1 of the script: the bounce-harvester binary.
set -eu
BH=$1
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d /tmp/bh-e2e-store.XXXXXX)
trap 'rm -rf "$T"' EXIT
# Keep the user's own config and data out of the tests.
export HOME="$T/home" XDG_CONFIG_HOME="$T/home/.config" \
    XDG_DATA_HOME="$T/home/.local/share"
mkdir -p "$HOME"

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# expect_rc WANT CMD...: runs CMD, fails unless it exits WANT.
expect_rc() {
	want=$1
	shift
	set +e
	"$@"
	got=$?
	set -e
	[ "$got" -eq "$want" ] || fail "'$*' exited $got, want $want"
}

# The contacts' statuses, one "address status reason" line each.
statuses() {
	sqlite3 -separator " " "$1" "SELECT address, status, coalesce(reason, '-') FROM \
	    contacts ORDER BY address"
}

# dsn RCPT ACTION STATUS DIAGNOSTIC DATE MSGID: one RFC 3464 report.
dsn() {
	cat <<MSG
From: MAILER-DAEMON@mx.example.org
To: sales@sender.example
Date: $5
Message-ID: <$6>
Subject: Delivery Status Notification
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="XX"

--XX
Content-Type: text/plain

Delivery report.

--XX
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; $1
Action: $2
Status: $3
Diagnostic-Code: smtp; $4

--XX--
MSG
}
