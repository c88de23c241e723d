#!/bin/sh
# End to end: which messages `bounce-harvester harvest` fetches from the
# private Dovecot of the ctest fixture, with the server's UID SEARCH
# (CHARSET UTF-8, the non-ASCII keys sent as they are) and with the header
# fields matched here.
#
#   harvest_candidates.sh BINARY DOVECOT_DIR CORPUS_DIR
#
# alice's folder e2e_cand_notices holds notices whose sender is no
# daemon's and whose subject is in a language the IMAP module's own lists
# lacked: people's auto-replies in Polish, Russian, Turkish, Korean and
# Japanese (tests/corpus/negative/written), and translated bounces
# (Turkish, Korean in EUC-KR, Italian, Chinese) as a gateway would relay
# them, under its own sender, with Return-Path, X-Failed-Recipients and
# Auto-Submitted gone, so that only the subject can find them; and one
# ordinary message.  Each must be fetched and read, both ways.  Her folder
# e2e_cand_ordinary holds the synthetic business mail of
# tests/corpus/ordinary: both searches must fetch the 12 messages that
# the client-side criteria give offline (candidates.c), no more.
set -eu
. "$(dirname "$0")/lib.sh"
dv=$2 corpus=$3
. "$dv/env"
export ALICE_PASSWORD

# relay FILE OUT: FILE as a gateway relays it (see above).
relay() {
	python3 - "$1" "$2" <<'EOF'
import re, sys
data = open(sys.argv[1], "rb").read()
head, sep, body = data.partition(b"\n\n")
lines = re.split(rb"\n(?![ \t])", head)
keep = [l for l in lines if not re.match(
    rb"(?i)(return-path|x-failed-recipients|auto-submitted|from):", l)]
keep.insert(1, b"From: Relay <relay@gateway.example.net>")
open(sys.argv[2], "wb").write(b"\n".join(keep) + sep + body)
EOF
}

mkdir -p "$work/n"
for f in 56-exchange-pl 57-exchange-ru 58-exchange-tr 59-exchange-ko \
    63-noheader-ja; do
	cp "$corpus/negative/written/$f.eml" "$work/n/"
done
relay "$corpus/localized/maildir/tr-exim-01.eml" "$work/n/tr-exim.eml"
relay "$corpus/localized/maildir/ko-plain-01.eml" "$work/n/ko-plain.eml"
relay "$corpus/localized/maildir/it-plain-01.eml" "$work/n/it-plain.eml"
relay "$corpus/chinese/maildir/aliyun-01.eml" "$work/n/aliyun.eml"
cat >"$work/ordinary.eml" <<EOF
From: Carol <carol@customer.example>
To: alice@example.com
Subject: Quote for the third quarter
Message-ID: <quote-cand@customer.example>

Please send the quote.
EOF
notices=$(find "$work/n" -name "*.eml" | wc -l)

# Offline, the reader calls the auto-replies and the Italian and Chinese
# relayed bounces notices (their subjects are its rules'); the Turkish
# and Korean ones it knows by their sender, here gone: fetched all the
# same (the search may match more than the reader), read as nothing.
"$BH" parse --json "$work/n" >"$work/parsed" 2>/dev/null || true
for f in 56-exchange-pl 57-exchange-ru 58-exchange-tr 59-exchange-ko \
    63-noheader-ja it-plain aliyun; do
	grep -q "/$f.eml\",.*\"kind\":\"\(bounce\|autoreply\)\"" \
	    "$work/parsed" || fail "not a notice offline: $f"
done
bounces=$(grep '"kind":"bounce"' "$work/parsed" |
    sed 's/^{"file":"\([^"]*\)".*/\1/' | sort -u | wc -l)

"$TOP/scripts/dovecot-seed.sh" "$dv" alice e2e_cand_notices \
    "$work"/n/*.eml "$work/ordinary.eml"
"$TOP/scripts/dovecot-seed.sh" "$dv" alice e2e_cand_ordinary \
    "$corpus"/ordinary/maildir/*.eml

# conf SEARCH FOLDER: alice's account reading FOLDER, search = SEARCH.
conf() {
	printf '[database]\npath = %s/db-%s-%s\n\n' "$work" "$1" "$2"
	printf '[account alice]\nhost = localhost\nport = %s\n' "$IMAPS_PORT"
	printf 'ca_file = %s\nusername = alice\n' "$CA_FILE"
	printf 'password_env = ALICE_PASSWORD\nauth = login\n'
	printf 'folders = %s\nsearch = %s\n' "$2" "$1"
}

# harvest SEARCH FOLDER: a dry run; its summary line in $line.
harvest() {
	conf "$1" "$2" >"$work/conf-$1-$2"
	"$BH" harvest --config "$work/conf-$1-$2" --dry-run >/dev/null \
	    2>"$work/out-$1-$2" || fail "$1 $2: exit $?: $(cat \
	    "$work/out-$1-$2")"
	line=$(grep "alice: 1 folder" "$work/out-$1-$2" || true)
	case $line in
	*FAILED*|"") fail "$1 $2: $(cat "$work/out-$1-$2")" ;;
	esac
}

# count LINE: the candidates and read counts of a summary line, or "x x".
count() {
	_c=$(echo "$1" |
	    sed -n 's/.* \([0-9]*\) candidates, \([0-9]*\) read.*/\1 \2/p')
	echo "${_c:-x x}"
}

# fetched SEARCH FOLDER N: a dry run fetched and read N messages.
fetched() {
	harvest "$1" "$2"
	echo "$2, search = $1: $line"
	if [ "$(count "$line")" = "$3 $3" ]; then
		ok "search = $1 fetched and read $3 of $2"
	else
		fail "search = $1: want $3 of $2 fetched and read: $line"
	fi
}

# The ordinary folder: 8 fetched for nothing and 4 the reader reads as
# auto-replies (tests/corpus/ordinary/README.md), of 246.
for how in server client; do
	fetched $how e2e_cand_notices "$notices"
	echo "$line" | grep -q ", $bounces bounces" ||
	    fail "search = $how: want the $bounces bounces read offline: $line"
	fetched $how e2e_cand_ordinary 12
done
finish
