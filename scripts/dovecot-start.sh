#!/bin/sh
# Starts a private Dovecot for the tests and the demo: 127.0.0.1 only, two
# free high ports (IMAPS, and IMAP with STARTTLS), its own CA made here with
# openssl, passwd-file users alice, bob, carol and dave, maildir under
# DIR/mail; a folder named Sent is marked \Sent (SPECIAL-USE).
#
#   scripts/dovecot-start.sh [--fresh] DIR
#
# The server always starts with empty mailboxes (--fresh, which the
# callers pass, is accepted for that reason).  Writes DIR/env (shell
# syntax) with IMAPS_PORT, IMAP_PORT, CA_FILE, OTHER_CA_FILE (a CA that
# signed nothing here), MAIL_DIR and the users' passwords.  Never touches
# the system Dovecot or its ports; stopped by scripts/dovecot-stop.sh DIR
# through its own pid file.
#
# Dovecot's unprivileged processes (auth and login as dovenull, mail as
# nobody) must traverse every folder above their files, which a checkout
# under /root (mode 0700) does not allow.  So the server lives in a 0755
# folder of its own under /tmp and DIR is a symbolic link to it;
# dovecot-stop.sh removes both.
set -eu

[ "${1:-}" != --fresh ] || shift
[ $# -eq 1 ] || { echo "usage: $0 [--fresh] DIR" >&2; exit 2; }
dir=$1
case $dir in
/*) ;;
*) dir=$PWD/$dir ;;
esac

# An earlier instance at DIR: stopped by its pid, its folder removed.
"$(dirname "$0")/dovecot-stop.sh" "$dir" >/dev/null
if [ -d "$dir" ] && [ ! -L "$dir" ]; then
	# A folder left by an older version of this script, or an empty one.
	if [ -f "$dir/dovecot.conf" ]; then
		rm -rf "$dir"
	else
		rmdir "$dir" 2>/dev/null || {
			echo "dovecot-start: '$dir' is not a test server's" \
			    "folder" >&2
			exit 1
		}
	fi
fi
mkdir -p "$(dirname "$dir")"
real=$(mktemp -d /tmp/bh-dovecot.XXXXXX)
chmod 0755 "$real"
ln -s "$real" "$dir"
link=$dir
dir=$real

# Two ports the kernel says are free now.
free_ports() {
	python3 - <<'EOF'
import socket
socks = []
for _ in range(2):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
EOF
}

make_ca() {
	openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$2" \
	    -keyout "$dir/tls/$1.key" -out "$dir/tls/$1.pem" 2>/dev/null
}

make_certs() {
	mkdir -p "$dir/tls"
	make_ca ca "bounce-harvester test CA"
	make_ca other-ca "bounce-harvester other CA"
	# Valid for "localhost" only: connecting as 127.0.0.1 must fail.
	openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
	    -keyout "$dir/tls/server.key" -out "$dir/tls/server.csr" \
	    2>/dev/null
	printf 'subjectAltName=DNS:localhost\n' >"$dir/tls/server.ext"
	openssl x509 -req -in "$dir/tls/server.csr" -days 30 \
	    -CA "$dir/tls/ca.pem" -CAkey "$dir/tls/ca.key" -CAcreateserial \
	    -extfile "$dir/tls/server.ext" -out "$dir/tls/server.pem" \
	    2>/dev/null
	chmod 0644 "$dir/tls/server.key"
	make_expired
}

# A certificate from the test CA for localhost that expired in 2020, for
# the scripted server's "certificate expired" test.
make_expired() {
	mkdir -p "$dir/tls/ca-db"
	: >"$dir/tls/ca-db/index"
	echo 01 >"$dir/tls/ca-db/serial"
	cat >"$dir/tls/ca.cnf" <<EOF
[ca]
default_ca = test
[test]
database = $dir/tls/ca-db/index
new_certs_dir = $dir/tls/ca-db
serial = $dir/tls/ca-db/serial
default_md = sha256
policy = any
x509_extensions = ext
[any]
commonName = supplied
[ext]
subjectAltName = DNS:localhost
EOF
	openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
	    -keyout "$dir/tls/expired.key" -out "$dir/tls/expired.csr" \
	    2>/dev/null
	openssl ca -batch -config "$dir/tls/ca.cnf" -cert "$dir/tls/ca.pem" \
	    -keyfile "$dir/tls/ca.key" -startdate 20200101000000Z \
	    -enddate 20200201000000Z -in "$dir/tls/expired.csr" \
	    -out "$dir/tls/expired.pem" 2>/dev/null
}

# uid:gid the mail belongs to.  As root, "nobody" (Dovecot refuses uid 0);
# otherwise whoever runs the tests.
mail_ids() {
	if [ "$(id -u)" -eq 0 ]; then
		echo "$(id -u nobody) $(id -g nobody)"
	else
		echo "$(id -u) $(id -g)"
	fi
}

write_users() {
	set -- $(mail_ids)
	: >"$dir/passwd"
	for u in alice bob carol dave; do
		printf '%s:{PLAIN}%s-secret:%s:%s::%s/mail/%s\n' "$u" "$u" \
		    "$1" "$2" "$dir" "$u" >>"$dir/passwd"
		mkdir -p "$dir/mail/$u/Maildir/cur" "$dir/mail/$u/Maildir/new" \
		    "$dir/mail/$u/Maildir/tmp"
	done
	chown -R "$1:$2" "$dir/mail"
}

write_config() {
	if [ "$(id -u)" -eq 0 ]; then
		login_user=dovenull internal_user=dovecot
	else
		login_user=$(id -un) internal_user=$(id -un)
	fi
	cat >"$dir/dovecot.conf" <<EOF
base_dir = $dir/run
state_dir = $dir/state
instance_name = bh-test-$$
listen = 127.0.0.1
protocols = imap
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
default_login_user = $login_user
default_internal_user = $internal_user
ssl = yes
ssl_cert = <$dir/tls/server.pem
ssl_key = <$dir/tls/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2
auth_failure_delay = 0
mail_location = maildir:~/Maildir
first_valid_uid = 1
# A folder named Sent is the user's sent mail (RFC 6154 SPECIAL-USE).
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
  }
}
passdb {
  driver = passwd-file
  args = $dir/passwd
}
userdb {
  driver = passwd-file
  args = $dir/passwd
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAPS_PORT
    ssl = yes
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
EOF
}

write_env() {
	cat >"$dir/env" <<EOF
IMAPS_PORT=$IMAPS_PORT
IMAP_PORT=$IMAP_PORT
CA_FILE=$dir/tls/ca.pem
OTHER_CA_FILE=$dir/tls/other-ca.pem
MAIL_DIR=$dir/mail
ALICE_PASSWORD=alice-secret
BOB_PASSWORD=bob-secret
CAROL_PASSWORD=carol-secret
DAVE_PASSWORD=dave-secret
EOF
}

wait_port() {
	i=0
	while ! python3 -c "import socket; socket.create_connection(('127.0.0.1', $1), 1).close()" 2>/dev/null; do
		i=$((i + 1))
		if [ $i -gt 100 ]; then
			echo "dovecot-start: port $1 not open; see $dir/dovecot.log" >&2
			exit 1
		fi
		sleep 0.05
	done
}

set -- $(free_ports)
IMAPS_PORT=$1 IMAP_PORT=$2
mkdir -p "$dir/run" "$dir/state"
make_certs
write_users
write_config
write_env
# The daemon keeps inherited stdio open, which would hang ctest.
/usr/sbin/dovecot -c "$dir/dovecot.conf" </dev/null >"$dir/dovecot.out" 2>&1
wait_port "$IMAPS_PORT"
wait_port "$IMAP_PORT"
echo "dovecot-start: imaps 127.0.0.1:$IMAPS_PORT, imap" \
    "127.0.0.1:$IMAP_PORT ($link -> $dir)"
