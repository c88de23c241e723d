#!/bin/sh
# Regenerates tests/corpus/mta: real delivery-status notices made by real
# MTAs from the Debian archive, each run as a private instance on
# 127.0.0.1 as the sender's server, relaying to scripted peers that answer
# with the published replies of real providers (scripts/mta-corpus.py holds
# the peers, the scenarios and where each reply text comes from).
#
#   scripts/make-mta-corpus.sh [postfix|exim|sendmail|opensmtpd|courier|dma|
#       nullmailer ...]
#
# Run as root on Debian 12.  For each MTA in turn (the archive's MTA
# packages conflict with one another): install it unless it is installed,
# configure a private instance in a temporary directory (its own queue,
# listener on a free 127.0.0.1 port, every destination routed to a peer
# on 127.0.0.1, anything else refused), submit the test messages, wait for
# the notices, stop the instance by its pid, and purge what was installed
# here (with the accounts and files its packages leave).  A system MTA
# that was installed before is left installed and its configuration,
# queue and ports untouched; then only Postfix and Exim, which take a
# private configuration directory, can run beside it.  Courier, dma and
# nullmailer, whose paths are compiled in, run in private namespaces
# instead (see isolated below), where a system instance is never touched.
# No mail leaves 127.0.0.1 (or a namespace's own loopback).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/.." && pwd)/tests/corpus/mta
helper=$here/mta-corpus.py
[ "$(id -u)" -eq 0 ] || { echo "make-mta-corpus: must run as root" >&2; exit 2; }
[ $# -gt 0 ] || set -- postfix exim sendmail opensmtpd courier dma nullmailer

work=$(mktemp -d /tmp/mta-corpus.XXXXXX)
chmod 0755 "$work"
pidfile=
installed=

# What the MTA packages create and leave behind on purge: their system
# users and groups, /etc/aliases, /etc/mailname, Courier's run directory.
mta_accounts='postfix postdrop Debian-exim smmta smmsp _smtpd _smtpq opensmtpd
    courier'
mta_files='/etc/aliases /etc/aliases.db /etc/mailname /run/courier'

snapshot() {
	cut -d: -f1 /etc/passwd | sort >"$work/users"
	cut -d: -f1 /etc/group | sort >"$work/groups"
	for f in $mta_files; do
		[ ! -e "$f" ] || echo "$f"
	done >"$work/files"
}

# Removes the MTA accounts and files that were not there before install.
restore() {
	for u in $(cut -d: -f1 /etc/passwd | sort | comm -13 "$work/users" -); do
		case " $mta_accounts " in *" $u "*) userdel "$u" || true ;; esac
	done
	for g in $(cut -d: -f1 /etc/group | sort | comm -13 "$work/groups" -); do
		case " $mta_accounts " in *" $g "*) groupdel "$g" || true ;; esac
	done
	for f in $mta_files; do
		[ ! -e "$f" ] || grep -qx "$f" "$work/files" || rm -rf "$f"
	done
}

# Stop the instance started here (by its pid), purge what was installed.
cleanup() {
	if [ -n "$pidfile" ] && [ -s "$pidfile" ]; then
		pid=$(head -n 1 "$pidfile" | tr -dc 0-9)
		if [ -n "$pid" ] && kill "-${killsig:-TERM}" "$pid" 2>/dev/null
		then
			i=0
			while kill -0 "$pid" 2>/dev/null && [ $i -lt 30 ]; do
				sleep 1
				i=$((i + 1))
			done
		fi
	fi
	pidfile=
	killsig=
	if [ -n "$installed" ]; then
		# shellcheck disable=SC2086
		DEBIAN_FRONTEND=noninteractive apt-get purge -y -q $installed \
		    >>"$work/apt.log" 2>&1 ||
		    echo "make-mta-corpus: could not purge: $installed" >&2
		restore
	fi
	installed=
}
trap 'cleanup; rm -rf "$work"' EXIT
trap 'exit 1' INT TERM

packages() {
	dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' |
	    awk '$1 == "ii" { print $2 }' | sort
}

# install PACKAGE...: installs what is missing and remembers what was new.
install() {
	packages >"$work/before"
	missing=
	for p in "$@"; do
		grep -qx "$p" "$work/before" || missing="$missing $p"
	done
	[ -n "$missing" ] || return 0
	snapshot
	echo "installing$missing"
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	    --no-install-recommends $missing >>"$work/apt.log" 2>&1 || {
		tail -n 20 "$work/apt.log" >&2
		return 1
	}
	packages >"$work/after"
	installed=$(comm -13 "$work/before" "$work/after" | tr '\n' ' ')
}

# An MTA listening on the standard ports means a system MTA is running:
# one whose queue and ports are not ours cannot be borrowed.
system_mta() {
	dpkg-query -W -f '${db:Status-Abbrev}\n' "$1" 2>/dev/null |
	    grep -q '^ii'
}

# plan MTA [--hosts]
plan() {
	d=$work/$1
	mkdir -p "$d"
	chmod 0755 "$d"
	python3 "$helper" plan "$d" ${2:+"$2"}
	# shellcheck disable=SC1091
	. "$d/plan.env"
}

# collect MTA PIDFILE [KICK [TIMEOUT [MAILDIR]]]: the instance is up;
# submit, wait for the notices (sent to the sink, or delivered by the MTA
# to MAILDIR), write them, stop the instance.
collect() {
	pidfile=$2
	sleep 1
	python3 "$helper" run "$d" "$1" "$out" ${3:+--kick "$3"} \
	    --timeout "${4:-900}" ${5:+--maildir "$5"}
	cleanup
}

# --- Postfix ----------------------------------------------------------------
run_postfix() {
	if ! system_mta postfix; then
		echo 'postfix postfix/main_mailer_type select No configuration' |
		    debconf-set-selections
		install postfix
	fi
	plan postfix
	mkdir -p "$d/etc" "$d/spool" "$d/data"
	chown postfix "$d/data"
	echo "$ROUTES" | while read -r dom port; do
		if [ "$dom" = "$NXDOMAIN" ]; then
			echo "$dom smtp:"
		else
			echo "$dom smtp:[127.0.0.1]:$port"
		fi
	done >"$d/etc/transport"
	echo "$NXDOMAIN smtp:" >>"$d/etc/transport"
	cat >"$d/etc/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $d/spool
data_directory = $d/data
meta_directory = /etc/postfix
myhostname = mta.$SENDER_DOMAIN
mydomain = $SENDER_DOMAIN
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
smtpd_relay_restrictions = permit_mynetworks, reject
transport_maps = texthash:$d/etc/transport
default_transport = error:5.1.2 no route to this domain here
relay_transport = \$default_transport
local_transport = error:5.1.1 no local delivery here
alias_maps =
alias_database =
notify_classes =
biff = no
smtp_tls_security_level = none
smtpd_tls_security_level = none
maillog_file_prefixes = $d
maillog_file = $d/maillog
delay_warning_time = 1m
maximal_queue_lifetime = 4m
bounce_queue_lifetime = 4m
queue_run_delay = 15s
minimal_backoff_time = 15s
maximal_backoff_time = 30s
smtp_connect_timeout = 10s
smtp_helo_timeout = 20s
EOF
	{
		echo "127.0.0.1:$INJECT_PORT inet n - n - - smtpd"
		grep -v '^#' "$here/postfix-private-master.cf"
	} >"$d/etc/master.cf"
	postfix -c "$d/etc" set-permissions create-missing >/dev/null 2>&1 ||
	    true
	postfix -c "$d/etc" start
	collect postfix "$d/spool/pid/master.pid" "" 600
}

# --- Exim 4 -----------------------------------------------------------------
run_exim() {
	system_mta exim4-daemon-light || system_mta exim4-daemon-heavy ||
	    install exim4-daemon-light
	plan exim
	mkdir -p "$d/spool" "$d/log"
	chown Debian-exim:Debian-exim "$d/spool" "$d/log"
	echo "$ROUTES" | sed 's/ /: /' >"$d/routes"
	# All peers are 127.0.0.1: Exim must neither pass a connection made
	# for one domain (port) to another nor batch domains together.
	cat >"$d/exim.conf" <<EOF
primary_hostname = mta.$SENDER_DOMAIN
qualify_domain = $SENDER_DOMAIN
spool_directory = $d/spool
log_file_path = $d/log/%slog
pid_file_path = $d/exim.pid
exim_user = Debian-exim
exim_group = Debian-exim
local_interfaces = <; 127.0.0.1.$INJECT_PORT
daemon_smtp_ports = $INJECT_PORT
acl_smtp_rcpt = acl_check_rcpt
host_lookup =
rfc1413_hosts =
tls_advertise_hosts =
keep_environment =
delay_warning = 1m:24h
ignore_bounce_errors_after = 10m
timeout_frozen_after = 10m

begin acl
acl_check_rcpt:
  accept hosts = 127.0.0.1
  deny

begin routers
nxdomain:
  driver = dnslookup
  domains = $NXDOMAIN
  transport = remote_smtp
  no_more
peers:
  driver = manualroute
  domains = lsearch;$d/routes
  route_list = * 127.0.0.1
  self = send
  transport = remote_smtp
  no_more

begin transports
remote_smtp:
  driver = smtp
  port = \${lookup{\$domain}lsearch{$d/routes}{\$value}{25}}
  multi_domain = false
  connection_max_messages = 1
  allow_localhost
  connect_timeout = 10s
  command_timeout = 20s
  data_timeout = 30s

begin retry
*   *   F,4m,15s

begin rewrite
EOF
	exim4 -C "$d/exim.conf" -bd -q15s
	collect exim "$d/exim.pid" "" 600
}

# --- Sendmail ---------------------------------------------------------------
# One mailer per peer port (sendmail's mailertable names a mailer and a
# host, not a port).
run_sendmail() {
	system_mta sendmail-bin && {
		echo "make-mta-corpus: a system Sendmail is installed;" \
		    "skipping sendmail" >&2
		return 0
	}
	install sendmail-bin sendmail-cf
	plan sendmail
	mkdir -p "$d/queue"
	chmod 0700 "$d/queue"
	{
		echo "$ROUTES" | while read -r dom port; do
			echo "$dom p$port:[127.0.0.1]"
		done
		echo "$NXDOMAIN esmtp:$NXDOMAIN"
		echo ". error:5.1.2:550 no route to this domain here"
	} >"$d/mailertable.in"
	makemap hash "$d/mailertable" <"$d/mailertable.in"
	printf 'hosts files dns\naliases files\n' >"$d/service.switch"
	{
		cat <<EOF
divert(-1)
include(\`/usr/share/sendmail/cf/m4/cf.m4')
divert(0)dnl
OSTYPE(\`linux')dnl
define(\`confDOMAIN_NAME', \`mta.$SENDER_DOMAIN')dnl
define(\`QUEUE_DIR', \`$d/queue')dnl
define(\`STATUS_FILE', \`$d/statistics')dnl
define(\`confPID_FILE', \`$d/sendmail.pid')dnl
define(\`confTO_QUEUEWARN', \`1m')dnl
define(\`confTO_QUEUERETURN', \`4m')dnl
define(\`confTO_CONNECT', \`10s')dnl
define(\`confTO_ICONNECT', \`10s')dnl
define(\`confTO_INITIAL', \`20s')dnl
define(\`confMIN_QUEUE_AGE', \`0')dnl
define(\`confDONT_PROBE_INTERFACES', \`True')dnl
define(\`confDELIVERY_MODE', \`background')dnl
define(\`confFORWARD_PATH', \`')dnl
define(\`confSERVICE_SWITCH_FILE', \`$d/service.switch')dnl
define(\`confDONT_BLAME_SENDMAIL', \`MapInUnsafeDirPath')dnl
FEATURE(\`accept_unresolvable_domains')dnl
undefine(\`ALIAS_FILE')dnl
FEATURE(\`mailertable', \`hash $d/mailertable')dnl
DAEMON_OPTIONS(\`Port=$INJECT_PORT, Addr=127.0.0.1, Name=MTA')dnl
MAILER(\`smtp')dnl
MAILER_DEFINITIONS
EOF
		echo "$ROUTES" | while read -r dom port; do
			printf 'Mp%s, P=[IPC], F=mDFMuXa, ' "$port"
			printf 'S=EnvFromSMTP/HdrFromSMTP, R=EnvToSMTP, E=\\r\\n, '
			# shellcheck disable=SC2016
			printf 'L=990, T=DNS/RFC822/SMTP, A=TCP $h %s\n' "$port"
		done
	} >"$d/sendmail.mc"
	m4 "$d/sendmail.mc" >"$d/sendmail.cf"
	sendmail -C "$d/sendmail.cf" -bd -q15s
	collect sendmail "$d/sendmail.pid" "sendmail -C $d/sendmail.cf -q" 600
}

# --- OpenSMTPD --------------------------------------------------------------
# Its queue (/var/spool/smtpd) and control socket are compiled in: it runs
# only when no system OpenSMTPD is installed, in the foreground, by pid.
# It delivers the notices itself, to a Maildir: relayed to the sink, they
# wait behind the refused and silent peers, which share 127.0.0.1 and put
# its route there in quarantine.
run_opensmtpd() {
	system_mta opensmtpd && {
		echo "make-mta-corpus: a system OpenSMTPD is installed;" \
		    "skipping opensmtpd" >&2
		return 0
	}
	install opensmtpd
	plan opensmtpd
	mkdir -p "$d/Maildir"
	chown nobody "$d/Maildir"
	{
		cat <<EOF
queue ttl 4m
bounce warn-interval 1m
smtp max-message-size 50M
listen on 127.0.0.1 port $INJECT_PORT hostname mta.$SENDER_DOMAIN
table corpususers { "sender@$SENDER_DOMAIN" = "nobody" }
action "mailbox" maildir "$d/Maildir" virtual <corpususers>
match from any for domain "$SENDER_DOMAIN" action "mailbox"
action "mx" relay helo mta.$SENDER_DOMAIN
match from any for domain "$NXDOMAIN" action "mx"
EOF
		echo "$ROUTES" | grep -v "^$SENDER_DOMAIN " |
		    while read -r dom port; do
			echo "action \"p$port\" relay host" \
			    "smtp://127.0.0.1:$port helo mta.$SENDER_DOMAIN"
			echo "match from any for domain \"$dom\" action \"p$port\""
		done
		echo "match from any for any reject"
	} >"$d/smtpd.conf"
	smtpd -n -f "$d/smtpd.conf" >/dev/null
	smtpd -d -f "$d/smtpd.conf" >"$d/smtpd.log" 2>&1 &
	echo $! >"$d/smtpd.pid"
	collect opensmtpd "$d/smtpd.pid" "smtpctl schedule all" 900 \
	    "$d/Maildir"
}

# --- In a private namespace ------------------------------------------------
# isolated MTA-ARGS... -- HELPER-ARGS...: for MTAs whose configuration and
# queue paths are compiled in and that look their peers up in the DNS.
# Runs the helper (and so the MTA, which it starts by submitting) in new
# PID, mount and network namespaces: $d/bind holds "SOURCE TARGET" lines,
# each SOURCE from $d mounted over TARGET there and only there; $d/start,
# if there, starts the MTA's daemons there; loopback is
# the namespace's own, where the helper answers the DNS on 127.0.0.1:53
# (through $d/resolv.conf) and the peers listen each on its own loopback
# address.  Nothing of the machine's configuration, queue or ports is
# touched.  The namespace ends, every process in it with it, when the
# helper exits or when unshare (our pid file) is killed: it passes on no
# other signal, and its child, the namespace's init, then gets SIGKILL.
isolated() {
	echo 'nameserver 127.0.0.1' >"$d/resolv.conf"
	echo "$d/resolv.conf /etc/resolv.conf" >>"$d/bind"
	# shellcheck disable=SC2016
	unshare --pid --fork --kill-child --mount --net \
	    --mount-proc sh -c '
		set -e
		ip link set lo up
		while read -r src dst; do
			mount --bind "$src" "$dst"
		done <"$1/bind"
		[ ! -x "$1/start" ] || "$1/start"
		shift
		exec python3 "$@"' isolated "$d" "$helper" run "$d" "$@" &
	pidfile=$d/ns.pid
	killsig=KILL
	echo $! >"$pidfile"
	wait "$!" || echo "make-mta-corpus: $1 run failed" >&2
	cleanup
}

# --- DragonFly Mail Agent ---------------------------------------------------
# No daemon: each submission forks a delivery process per recipient, which
# retries a deferral on its own (a backoff of minutes) and gives up after a
# compiled-in five days, counted from the queue file's modification time.
# To get that expiry notice in minutes, the kick makes the queue files six
# days old and flushes the queue (dma -q, in the background: it waits for
# the deliveries it starts): dma then retries and gives up exactly as it
# does on the fifth day.  It writes no delay warning.
run_dma() {
	system_mta dma ||
	    install dma
	plan dma --hosts
	mkdir -p "$d/etc" "$d/spool"
	chgrp mail "$d/spool"
	chmod 2770 "$d/spool"
	cat >"$d/etc/dma.conf" <<EOF
SPOOLDIR $d/spool
MAILNAME mta.$SENDER_DOMAIN
EOF
	echo "$d/etc /etc/dma" >"$d/bind"
	# The kick ages the test messages, not the notices (sender "").
	cat >"$d/kick" <<EOF
#!/bin/sh
old=@\$((\$(date +%s) - 518400))
for q in $d/spool/Q*; do
	! grep -q '^Sender: .' "\$q" || touch -d "\$old" "\$q"
done
/usr/sbin/dma -q </dev/null >/dev/null 2>&1 &
EOF
	chmod 0755 "$d/kick"
	isolated dma "$out" --submit /usr/sbin/dma --dns --no-warnings \
	    --kick-after 100 --kick "$d/kick" --timeout 1200
}

# --- nullmailer -------------------------------------------------------------
# A relay-only MTA: every message goes to its one smarthost, which answers
# each recipient as the recipient's provider does (and takes the notices,
# which nullmailer sends the same way, for the sender).  It never looks up
# a domain, so the scenarios of domains and connections do not apply.  It
# writes no delay warning: a message deferred past queuelifetime fails.
run_nullmailer() {
	system_mta nullmailer ||
	    install nullmailer
	plan nullmailer
	relay=$INJECT_PORT
	mkdir -p "$d/etc" "$d/spool/queue" "$d/spool/tmp" "$d/spool/failed"
	mkfifo "$d/spool/trigger"
	chown -R mail:mail "$d/spool"
	chmod -R go-rwx "$d/spool"
	echo "127.0.0.1 smtp port=$relay" >"$d/etc/remotes"
	echo "mta.$SENDER_DOMAIN" >"$d/mailname"
	echo "$SENDER_DOMAIN" >"$d/etc/defaultdomain"
	echo 240 >"$d/etc/queuelifetime"
	echo 15 >"$d/etc/pausetime"
	echo 30 >"$d/etc/maxpause"
	echo 20 >"$d/etc/bouncelines"
	chown -R mail:mail "$d/etc"
	# Debian's nullmailer names itself by /etc/mailname.
	printf '%s /etc/nullmailer\n%s /var/spool/nullmailer\n%s %s\n' \
	    "$d/etc" "$d/spool" "$d/mailname" /etc/mailname >"$d/bind"
	cat >"$d/start" <<EOF
#!/bin/sh
setpriv --reuid=mail --regid=mail --init-groups /usr/sbin/nullmailer-send \
    >$d/send.log 2>&1 &
EOF
	chmod 0755 "$d/start"
	isolated nullmailer "$out" --submit /usr/sbin/sendmail --smarthost \
	    "$relay" --no-warnings --timeout 600
}

# --- Courier ----------------------------------------------------------------
# Its configuration (/etc/courier), queue (/var/lib/courier) and run
# directory are compiled in: copies of the installed ones, changed here,
# are mounted over them in the namespace.  It finds the peers by MX.
run_courier() {
	system_mta courier-mta ||
	    install courier-mta
	plan courier --hosts
	cp -a /etc/courier "$d/etc"
	cp -a /var/lib/courier "$d/lib"
	mkdir -p "$d/run"
	chown root:courier "$d/run"
	chmod 0775 "$d/run"
	echo "mta.$SENDER_DOMAIN" >"$d/etc/me"
	echo localhost >"$d/etc/locals"
	echo "$SENDER_DOMAIN" >"$d/etc/defaultdomain"
	echo "mailer-daemon@mta.$SENDER_DOMAIN" >"$d/etc/dsnfrom"
	echo 1m >"$d/etc/warntime"
	echo 4m >"$d/etc/queuetime"
	echo 15s >"$d/etc/retryalpha"
	echo 2 >"$d/etc/retrybeta"
	echo 30s >"$d/etc/retrygamma"
	echo 1 >"$d/etc/retrymaxdelta"
	echo 10s >"$d/etc/esmtptimeoutconnect"
	echo 20s >"$d/etc/esmtptimeouthelo"
	echo 30s >"$d/etc/esmtptimeout"
	printf '%s /etc/courier\n%s /var/lib/courier\n%s /run/courier\n' \
	    "$d/etc" "$d/lib" "$d/run" >"$d/bind"
	printf '#!/bin/sh\n/usr/sbin/courier start\n' >"$d/start"
	chmod 0755 "$d/start"
	isolated courier "$out" --submit /usr/sbin/sendmail --dns \
	    --timeout 900
}

for mta in "$@"; do
	case $mta in
	postfix | exim | sendmail | opensmtpd | dma | nullmailer | courier)
		"run_$mta" ;;
	*) echo "make-mta-corpus: unknown MTA '$mta'" >&2; exit 2 ;;
	esac
done
