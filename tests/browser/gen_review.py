#!/usr/bin/env python3
"""Writes the review test's inputs into DIR: gen_review.py DIR.

contacts.csv: a list with names, companies and a typo'd address;
hostile.eml: a bounce whose address, diagnostic and original subject
carry markup, event handlers, javascript: links and right-to-left
overrides; left.eml: an auto-reply naming a replacement address;
sent.mbox: the two messages of ours they answer (so that they count);
recent bounces come from tests/e2e/gen_bounces.py with today's dates.

For the evidence of each notice: sent.eml, a message we sent to two
customers; verified.eml, a bounce returning it for one; plausible.eml, a
bounce returning nothing for the other; forged.eml, a report from a
stranger returning a Message-ID we never sent, its server, diagnostic
and subject carrying markup and a right-to-left override; personal.eml,
a report sent from a person's address (held); mass.eml, a forged
report naming 60 addresses, one of them a contact's (one notice, one
row of the attention list).
"""
import os
import sys
from email.utils import formatdate

HOSTILE_RCPT = "x\u202egnp.exe'onmouseover=alert@evil.example"
HOSTILE_DIAG = ('550 5.1.1 <script>document.title="pwned"</script> '
                '"onmouseover="document.title=\'pwned\'" '
                '<a href="javascript:document.title=\'pwned\'">click</a> '
                '\u202eusv.exe')
HOSTILE_SUBJECT = ('Offer "onmouseover=alert(1) <img src=x '
                   'onerror=alert(1)> javascript:alert(1) \u202etxt.exe')


def dsn(rcpt, diag, subject, mid, when):
    return ("From: MAILER-DAEMON@mx.evil.example\n"
            "To: sales@sender.example\nDate: %s\nMessage-ID: <%s>\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;"
            " boundary=\"XX\"\n\n--XX\nContent-Type: text/plain\n\n"
            "Delivery failed.\n\n--XX\n"
            "Content-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.evil.example\n\n"
            "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
            "Remote-MTA: dns; <script>mx</script>.evil.example\n"
            "Diagnostic-Code: smtp; %s\n\n--XX\n"
            "Content-Type: text/rfc822-headers; charset=utf-8\n\n"
            "From: sales@sender.example\nTo: %s\nSubject: %s\n"
            "Message-ID: <orig-h@sender.example>\n\n--XX--\n") % (
        formatdate(when), mid, rcpt, diag, rcpt, subject)


def sent(rcpt, mid, when):
    return ("From sales@sender.example %s\n"
            "From: sales@sender.example\nTo: %s\nDate: %s\n"
            "Message-ID: <%s>\nSubject: Offer\n\nOffer.\n\n") % (
        formatdate(when, usegmt=True), rcpt, formatdate(when), mid)


FORGED_SUBJECT = "<script>document.title='pwned'</script>Returned"
FORGED_MTA = "<script>document.title='pwned'</script>mx\u202elive.example"
FORGED_DIAG = ('550 5.1.1 <img src=x onerror="document.title=\'pwned\'"> '
               'no such user \u202egnp.exe')
OFFER_SUBJECT = "Angebot Frühjahr <b>2026</b>"


def evidence_dsn(rcpt, mid, when, mta="mx.domain4.example",
                 diag="550 5.1.1 user unknown", returned=None,
                 return_path="<>", subject="Returned mail"):
    """A delivery report; returned: (Message-ID, Subject) or None."""
    orig = ""
    if returned:
        orig = ("--XX\nContent-Type: text/rfc822-headers; charset=utf-8\n\n"
                "From: sales@sender.example\nTo: %s\nSubject: %s\n"
                "Message-ID: <%s>\n\n") % (rcpt, returned[1], returned[0])
    return ("Return-Path: %s\nFrom: Mail Delivery System "
            "<MAILER-DAEMON@%s>\nTo: sales@sender.example\nDate: %s\n"
            "Message-ID: <%s>\nSubject: %s\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;"
            " boundary=\"XX\"\n\n--XX\nContent-Type: text/plain\n\n"
            "Delivery failed.\n\n--XX\n"
            "Content-Type: message/delivery-status; charset=utf-8\n\n"
            "Reporting-MTA: dns; %s\n\n"
            "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
            "Diagnostic-Code: smtp; %s\n\n%s--XX--\n") % (
        return_path, "mx.example", formatdate(when), mid, subject, mta,
        rcpt, diag, orig)


MASS_COUNT = 60


def mass_dsn(when):
    """A forged report naming MASS_COUNT addresses, m02 a contact's: one
    notice."""
    rcpts = "".join("Final-Recipient: rfc822; m%02d@mass.example\n"
                    "Action: failed\nStatus: 5.1.1\n\n" % i
                    for i in range(MASS_COUNT))
    return ("Return-Path: <>\nFrom: Mail Delivery System "
            "<postmaster@mass-forger.example>\nTo: sales@sender.example\n"
            "Date: %s\nMessage-ID: <mass-1@mass-forger.example>\n"
            "Subject: Undelivered <i>mail</i>\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status;"
            " boundary=\"XX\"\n\n--XX\nContent-Type: text/plain\n\n"
            "Delivery failed.\n\n--XX\n"
            "Content-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.mass-forger.example\n\n%s--XX--\n") % (
        formatdate(when), rcpts)


def offer_sent(when):
    return ("From: Sales <sales@sender.example>\n"
            "To: Ana Lima <ana.lima@domain4.example>\n"
            "Cc: carlos@domain6.example\nDate: %s\n"
            "Message-ID: <offer-1@sender.example>\n"
            "Subject: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\nOffer.\n") % (
        formatdate(when), OFFER_SUBJECT)


def write_evidence(out, when):
    """The notices not believed are the newest, so that the attention
    list (the newest 50) shows them whatever else is unverified."""
    files = {
        "sent.eml": offer_sent(when - 3 * 86400),
        "verified.eml": evidence_dsn(
            "ana.lima@domain4.example", "v-1@mx.domain4.example",
            when - 2 * 86400,
            returned=("offer-1@sender.example", OFFER_SUBJECT)),
        "plausible.eml": evidence_dsn(
            "carlos@domain6.example", "p-1@mx.domain6.example",
            when - 2 * 86400, mta="mx.domain6.example"),
        "forged.eml": evidence_dsn(
            "li.na@domain5.example", "f-1@live.example", when,
            mta=FORGED_MTA, diag=FORGED_DIAG,
            returned=("never-sent@sender.example",
                      '<script>alert(1)</script>\u202etxt.exe'),
            subject=FORGED_SUBJECT),
        "mass.eml": mass_dsn(when - 60),
        "personal.eml": evidence_dsn(
            "pedro@domain8.example", "h-1@mx.domain8.example",
            when, return_path="<john.doe@partner.example>",
            mta="mx.domain8.example"),
    }
    for name, text in files.items():
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)


def left(when):
    return ("From: Old Person <old.person@acme.example>\n"
            "To: sales@sender.example\nDate: %s\n"
            "Message-ID: <left-1@acme.example>\n"
            "In-Reply-To: <offer-left@sender.example>\n"
            "Subject: Automatic reply: Offer\nAuto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\nContent-Type: text/plain\n\n"
            "I have left the company. This mailbox is no longer in use.\n"
            "Please contact anna.new@acme.example instead.\n") % (
        formatdate(when))


def main():
    out = sys.argv[1]
    now = int(sys.argv[2]) if len(sys.argv) > 2 else None
    import time
    when = now or int(time.time())
    with open(os.path.join(out, "hostile.eml"), "w", encoding="utf-8") as f:
        f.write(dsn(HOSTILE_RCPT, HOSTILE_DIAG, HOSTILE_SUBJECT,
                    "hostile-1@mx.evil.example", when - 3600))
    with open(os.path.join(out, "left.eml"), "w") as f:
        f.write(left(when - 7200))
    with open(os.path.join(out, "sent.mbox"), "w", encoding="utf-8") as f:
        f.write(sent(HOSTILE_RCPT, "orig-h@sender.example", when - 7200))
        f.write(sent("old.person@acme.example", "offer-left@sender.example",
                     when - 3 * 3600))
    write_evidence(out, when)
    with open(os.path.join(out, "contacts.csv"), "w", encoding="utf-8") as f:
        f.write("email,name,company\r\n"
                "zhang.wei@domain1.example,张伟,上海贸易有限公司\r\n"
                "jonas@domain2.example,Jonas Müller,Müller Handels GmbH\r\n"
                "maria@gmial.com,Maria Souza,Comércio Souza Ltda\r\n"
                "old.person@acme.example,Old Person,ACME\r\n"
                "ana.lima@domain4.example,Ana Lima,Lima Importação\r\n"
                "carlos@domain6.example,Carlos Souza,Souza Têxtil\r\n"
                "li.na@domain5.example,李娜,北京进出口公司\r\n"
                "pedro@domain8.example,Pedro Alves,Alves Ltda\r\n"
                "m02@mass.example,Marta Duarte,Duarte Ltda\r\n"
                "\"<script>alert(1)</script>\"\"onmouseover=alert(1) "
                "javascript:alert(1)\",Mallory \u202eredro,"
                "<b onmouseover=alert(1)>Evil</b>\r\n")


main()
