# The mail of the evidence scenario (sourced by the end-to-end scripts,
# after lib.sh, with T a folder to write to): what we sent, and the inbox
# an attacker with one e-mail to the bounce mailbox can make, beside the
# real bounce and the real "has left" reply.
#
#   $T/sent-1.eml .. sent-3.eml   offers to kunde1..3@customer.example,
#                                 sent 3 days ago (<offer-N@us.example>)
#   $T/1-real.eml                 the real bounce of offer 1 (verified)
#   $T/2-forged.eml, 3-arf.eml    a report and an ARF for boss@, vip@,
#                                 to whom we never wrote
#   $T/4-fwd.eml, 4b-fwd.eml      a person's forward of a report
#   $T/5-future.eml               a report dated 2100, for kunde2
#   $T/6-many.eml                 one report naming 5,000 recipients
#   $T/7-left.eml, 7b, 7c         a real and two forged "has left" replies
#
# Received 2 days ago (a Received: field says so); now, rfc and came are
# left for the caller.

now=$(date +%s)
rfc() {	# rfc SECONDS: an RFC 5322 date
	date -u -R -d "@$1"
}
sent_at=$(rfc $((now - 3 * 86400)))
came=$(rfc $((now - 2 * 86400)))

# Sent: two messages to two customers (and one to a third, whose real
# "has left" reply must still be believed), sent-N.eml.
for i in 1 2 3; do
	cat >"$T/sent-$i.eml" <<MSG
From: Vertrieb <sales@us.example>
To: "Kunde $i" <kunde$i@customer.example>
Date: $sent_at
Message-ID: <offer-$i@us.example>
Subject: Angebot $i

Guten Tag.
MSG
done

# report FROM RETURN-PATH DATE MSGID RCPT... ORIGINAL-HEADERS: a delivery
# report as an MTA writes it, received 2 days ago.
report() {
	rp=$1 date=$2 mid=$3 orig=$4
	shift 4
	cat <<MSG
Return-Path: $rp
Received: from mx.customer.example by mail.us.example; $came
From: Mail Delivery System <MAILER-DAEMON@mx.customer.example>
To: sales@us.example
Date: $date
Message-ID: <$mid>
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="R"

--R
Content-Type: text/plain

This is the mail system.  Your message could not be delivered.

--R
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.customer.example
MSG
	for r in "$@"; do
		printf '\nFinal-Recipient: rfc822; %s\nAction: failed\n' "$r"
		printf 'Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 '
		printf 'User unknown\n'
	done
	printf '\n--R\nContent-Type: text/rfc822-headers\n\n%s\n--R--\n' \
	    "$orig"
}

# 1. The real bounce: returns our Message-ID, for its recipient.
report '<>' "$came" real-1@mx "From: sales@us.example
To: kunde1@customer.example
Message-ID: <offer-1@us.example>
Subject: Angebot 1" kunde1@customer.example >"$T/1-real.eml"
# 2. A forged report for a contact we never wrote to.
report '<>' "$came" forged-2@mx "From: sales@us.example
Subject: Angebot" boss@customer.example >"$T/2-forged.eml"
# 3. A forged ARF complaint for another one.
cat >"$T/3-arf.eml" <<MSG
Return-Path: <>
Received: from fbl.example by mail.us.example; $came
From: Feedback Loop <fbl@isp.example>
To: sales@us.example
Date: $came
Message-ID: <arf-3@isp.example>
Subject: complaint about message from 192.0.2.1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="F"

--F
Content-Type: text/plain

This is an email abuse report.

--F
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: fbl/1.0
Version: 1
Original-Rcpt-To: vip@customer.example

--F
Content-Type: text/rfc822-headers

From: sales@us.example
To: vip@customer.example
Message-ID: <invented@us.example>
Subject: Angebot

--F--
MSG
# 4. A person forwarding a report about a colleague.
{
	cat <<MSG
Return-Path: <chef@us.example>
Received: from pc.us.example by mail.us.example; $came
From: Chef <chef@us.example>
To: sales@us.example
Date: $came
Message-ID: <fwd-4@us.example>
Subject: Fwd: Undeliverable: Angebot
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="W"

--W
Content-Type: text/plain

Bitte pruefen.

--W
Content-Type: message/rfc822

MSG
	report '<>' "$came" fwd-inner@mx "From: sales@us.example
Subject: Angebot" kollege@customer.example
	printf '\n--W--\n'
} >"$T/4-fwd.eml"
# 4b. The same saved to a file (no Return-Path), for a customer we did
# write to, returning our Message-ID: a person's forward all the same.
{
	cat <<MSG
From: Chef <chef@us.example>
To: sales@us.example
Date: $came
Message-ID: <fwd-4b@us.example>
Subject: Fwd: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="R"

--R
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.customer.example

Final-Recipient: rfc822; kunde2@customer.example
Action: failed
Status: 5.1.1

--R
Content-Type: text/rfc822-headers

Message-ID: <offer-2@us.example>

--R--
MSG
} >"$T/4b-fwd.eml"
# hasleft FROM RETURN-PATH IN-REPLY-TO: an auto-reply saying the person
# has left, naming a successor.
hasleft() {
	cat <<MSG
Return-Path: $2
Received: from mx.customer.example by mail.us.example; $came
From: <$1>
To: sales@us.example
Date: $came
Message-ID: <$(echo "$1$2" | md5sum | cut -c1-12)@customer.example>
${3:+In-Reply-To: $3
}Subject: Automatic reply: Angebot
Auto-Submitted: auto-replied

I have left the company and this mailbox is no longer monitored.
Please write to nachfolger@customer.example instead.
MSG
}
# 7. The real one: kunde3 answers our offer.
hasleft kunde3@customer.example '<>' '<offer-3@us.example>' >"$T/7-left.eml"
# 7b. Forged in kunde2's name, sent from the attacker's address.
hasleft kunde2@customer.example '<mallory@attacker.example>' \
    '<offer-2@us.example>' >"$T/7b-left.eml"
# 7c. Forged with kunde2 as envelope sender, answering nothing of ours.
hasleft kunde2@customer.example '<kunde2@customer.example>' '' \
    >"$T/7c-left.eml"
# 5. A report dated 2100 for a customer we did write to.
report '<>' "$(rfc 4102444800)" future-5@mx "From: sales@us.example
Subject: Angebot 2" kunde2@customer.example >"$T/5-future.eml"
# 6. One report naming 5,000 recipients, a customer we wrote to among
# them (past the first fifty).
many=$(seq 1 4999 | sed 's/.*/r&@customer.example/')
# shellcheck disable=SC2086
report '<>' "$came" many-6@mx "From: sales@us.example
Subject: Angebot" $(echo "$many" | head -99) kunde2@customer.example \
    $(echo "$many" | tail -n +100) >"$T/6-many.eml"
