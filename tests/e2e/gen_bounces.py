#!/usr/bin/env python3
"""Writes an mbox of synthetic RFC 3464 bounces for the store's tests and
benchmark: gen_bounces.py N OUT.mbox [SEED] [CONTACTS] [T0] [SENT.mbox].

Recipients come from a pool (CONTACTS, default N/3) so contacts collect
several bounces; categories mix hard, full, delayed (and the final failure
of the same original message), blocked and content failures; dates spread
over 60 days; one message in ten has no Message-ID.  SENT.mbox, when
given, receives the message each bounce returns, as we sent it an hour
before (headers only), for `ingest --sent`: with it, every bounce is
verified.
"""
import random
import sys
from email.utils import formatdate

KINDS = [
    # action, status, diagnostic, weight
    ("failed", "5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: "
     "User unknown in local recipient table", 30),
    ("failed", "5.2.2", "552 5.2.2 <{r}>: Mailbox full, quota exceeded", 15),
    ("delayed", "4.4.7", "451 4.4.1 connection timed out, will retry", 20),
    ("failed", "4.4.7", "421 4.4.2 connection timed out: message expired",
     10),
    ("failed", "5.7.1", "550 5.7.1 Service unavailable; client host "
     "[192.0.2.7] blocked using zen.spamhaus.org", 10),
    ("failed", "5.3.4", "552 5.3.4 Message size exceeds fixed limit", 5),
    ("failed", "5.7.26", "550 5.7.26 Unauthenticated email is not accepted "
     "due to domain's DMARC policy", 5),
]


def sent(rcpt, orig, when):
    """The message a bounce returns, as we sent it an hour before."""
    return ("From sales@sender.example %s\n"
            "Date: %s\nFrom: sales@sender.example\nTo: %s\n"
            "Subject: Offer\nMessage-ID: %s\n\nOffer.\n\n") % (
        formatdate(when - 3600, usegmt=True), formatdate(when - 3600), rcpt,
        orig)


def message(i, rng, pool, t0, out_sent):
    action, status, diag, _ = rng.choices(KINDS, [k[3] for k in KINDS])[0]
    rcpt = rng.choice(pool)
    orig = "<orig-%d@sender.example>" % rng.randrange(len(pool) * 2)
    when = t0 + rng.randrange(60 * 86400)
    date = formatdate(when)
    if out_sent is not None:
        out_sent.write(sent(rcpt, orig, when))
    mid = "" if i % 10 == 0 else "Message-ID: <dsn-%d@mx.example.net>\n" % i
    boundary = "B%d" % i
    return ("From MAILER-DAEMON %s\n"
            "Date: %s\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
            "To: sales@sender.example\n%s"
            "Subject: Undelivered Mail Returned to Sender\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;"
            " boundary=\"%s\"\n\n"
            "--%s\nContent-Type: text/plain\n\n"
            "This is the mail system at host mx.example.net.\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n"
            "Serial %d\n\n"
            "--%s\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.net\nArrival-Date: %s\n\n"
            "Final-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n"
            "Remote-MTA: dns; mx.%s\nDiagnostic-Code: smtp; %s\n\n"
            "--%s\nContent-Type: text/rfc822-headers\n\n"
            "From: sales@sender.example\nTo: %s\nSubject: Offer %d\n"
            "Message-ID: %s\n\n--%s--\n\n") % (
        formatdate(when, usegmt=True), date, mid, boundary, boundary, i,
        boundary, date, rcpt, action, status, rcpt.split("@")[1],
        diag.format(r=rcpt), boundary, rcpt, i, orig, boundary)


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    ncontacts = int(sys.argv[4]) if len(sys.argv) > 4 else max(1, n // 3)
    pool = ["user%d@domain%d.example" % (k, k % 97) for k in range(ncontacts)]
    # Dates from T0 (seconds), default a fixed day in 2023.
    t0 = int(sys.argv[5]) if len(sys.argv) > 5 else 1700000000
    out_sent = open(sys.argv[6], "w") if len(sys.argv) > 6 else None
    with open(out, "w") as f:
        for i in range(n):
            f.write(message(i, rng, pool, t0, out_sent))
    if out_sent is not None:
        out_sent.close()


main()
