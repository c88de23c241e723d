#!/usr/bin/env python3
"""Builds the providers' and MTA variants' notices of tests/corpus/providers.

usage: make.py [DIR]   (default: the directory of this script)

Writes maildir/<family>-NN.eml and truth.jsonl.  Each notice rebuilds the
frame a notice family is documented to have (the headers a parser keys on,
the body's markers, the recipient and diagnostic lines as the comments of
the Sisimai module for that family show them) around a documented
diagnostic, with made-up addresses.  Each truth line names its source; the
category is the documented meaning of the text (README.md).  Rerunning it
rewrites the same bytes.
"""
import os
import quopri
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                ".."))
from corpus_set import write_set  # noqa: E402

P425 = "libsisimai-perl 4.25.15 Sisimai/Lhost/%s.pm"
P5 = "sisimai/p5-sisimai lib/Sisimai/Lhost/%s.pm"
SRC = {
    "gmail": P425 % "Gmail",
    "gsuite": P425 % "GSuite",
    "gworkspace": P5 % "GoogleWorkspace",
    "ggroups": P425 % "GoogleGroups",
    "yandex": P425 % "Yandex",
    "aol": P425 % "Aol",
    "facebook": P425 % "Facebook",
    "sendgrid": P425 % "SendGrid",
    "einsundeins": P425 % "EinsUndEins",
    "franceptt": (P425 % "EinsUndEins") + ", Sisimai/Rhost/FrancePTT.pm "
                "(ofr_506: spamdetected)",
    "bigfoot": P425 % "Bigfoot",
    "ezweb": P425 % "EZweb",
    "postfix": P425 % "Postfix",
    "postfix5": P5 % "Postfix",
    "courier": P425 % "Courier",
    "opensmtpd": P425 % "OpenSMTPD",
    "qmail": P425 % "qmail",
    "exim": P425 % "Exim",
    "sendmail": P425 % "Sendmail",
    "sendmail5": P5 % "Sendmail",
}

ORIG_FROM = "sales@exporter.example.com"


def original(to, n):
    """The returned message's header block."""
    return ("Return-Path: <%s>\n"
            "Received: from [192.0.2.9] by mail.exporter.example.com\n"
            "\twith ESMTPSA; Tue, 1 Dec 2026 08:%02d:00 +0100\n"
            "From: Sales <%s>\n"
            "To: %s\n"
            "Subject: Quotation No.%03d\n"
            "Date: Tue, 1 Dec 2026 08:%02d:00 +0100\n"
            "Message-ID: <q%03d@exporter.example.com>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            "Please find our quotation attached.\n") % (
                ORIG_FROM, n % 60, ORIG_FROM, to, n, n % 60, n)


def dsn(reporting, rcpts, extra=""):
    """A message/delivery-status body: rcpts are lists of field lines."""
    out = "Reporting-MTA: dns; %s\n%s" % (reporting, extra)
    for fields in rcpts:
        out += "\n" + "".join(f + "\n" for f in fields)
    return out


def multipart(kind, parts, boundary):
    """parts: (content type line, body) pairs."""
    out = ("This is a MIME-encapsulated message.\n\n" if kind == "report"
           else "")
    for ctype, body in parts:
        out += "--%s\n%s\n\n%s\n" % (boundary, ctype, body.rstrip("\n"))
    return out + "--%s--\n" % boundary


# ---------------------------------------------------------------------
# Gmail's old plain-text notices (Gmail.pm): "Delivery to the following
# recipient failed permanently", "Technical details of permanent failure",
# "(state N)", the returned message after "----- Original message -----".
GMAIL_HEAD = [("From", "Mail Delivery Subsystem "
               "<mailer-daemon@googlemail.com>"),
              ("Received", "by 10.0.0.1 with SMTP id x1; Tue, 1 Dec 2026 "
               "00:00:00 -0800 (PST)")]
GOOGLE_TRIED = ("Google tried to deliver your message, but it was rejected "
                "by the recipient domain.\nWe recommend contacting the other "
                "email provider for further information about the\ncause of "
                "this error. The error that the other server returned was:\n")


ORIGINAL = "----- Original message -----"


def gmail_old(addrs, detail, n, delayed=False, marker=ORIGINAL):
    lst = "".join("     %s\n" % a for a in addrs)
    many = "s" if len(addrs) > 1 else ""
    if delayed:
        head = ("This is an automatically generated Delivery Status "
                "Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO "
                "NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the "
                "following recipient%s has been delayed:\n\n%s\nMessage will "
                "be retried for 2 more day(s)\n\nTechnical details of "
                "temporary failure:\n") % (many, lst)
    else:
        head = ("This is an automatically generated Delivery Status "
                "Notification\n\nDelivery to the following recipient%s "
                "failed permanently:\n\n%s\nTechnical details of permanent "
                "failure:\n") % (many, lst)
    return head + detail + "\n\n" + marker + "\n\n" + \
        original(", ".join(addrs), n)


# Gmail's and G Suite's newer notices (GSuite.pm, GoogleWorkspace.pm):
# "** Address not found **", "The response from the remote server was:",
# a delivery-status part that may lack a Diagnostic-Code.
GSUITE_HEAD = GMAIL_HEAD + [("X-Gm-Message-State", "AOJu0Yw0example")]


def gsuite(title, text, rcpts, n, to, response=None, with_dsn=True):
    body = "** %s **\n\n%s\n" % (title, text)
    if response:
        body += "\nThe response from the remote server was:\n%s\n" % response
    parts = [("Content-Type: text/plain; charset=\"UTF-8\"", body),
             ("Content-Type: text/html; charset=\"UTF-8\"",
              "<html><body><h2>%s</h2><p>%s</p></body></html>" % (
                  title, text.replace("\n", " ")))]
    if with_dsn:
        parts.append(("Content-Type: message/delivery-status",
                      dsn("googlemail.com",
                          rcpts,
                          "Received-From-MTA: dns; sales@exporter.example."
                          "com\nArrival-Date: Tue, 01 Dec 2026 00:00:00 "
                          "-0800\n")))
    parts.append(("Content-Type: message/rfc822", original(to, n)))
    return multipart("report", parts, "000000000000gsuite%03d" % n)


GROUPS_TEXT = (
    "Hello sales@exporter.example.com,\n\n"
    "We're writing to let you know that the group you tried to contact "
    "(%s) may not exist, or you may not have permission to post messages "
    "to the group. A few more details on why you weren't able to post:\n\n"
    " * You might have spelled or formatted the group name incorrectly.\n"
    " * The owner of the group may have removed this group.\n"
    " * You may need to join the group before receiving permission to "
    "post.\n"
    " * This group may not be open to posting.\n\n"
    "If you have questions related to this or any other Google Group, "
    "visit the Help Center at https://groups.google.com/support/.\n\n"
    "Thanks,\n\nGoogle Groups\n")


def groups(addrs, n):
    names = ", ".join(a.split("@")[0] for a in addrs)
    return GROUPS_TEXT % names + "\n----- Original message -----\n\n" + \
        original(", ".join(addrs), n)


# Postfix's frame (Postfix.pm, bounce(5)): "The mail system", "<rcpt>:
# host ... said: ... (in reply to RCPT TO command)", a delivery-status
# part; used as is by Yandex (Yandex.pm) and SendGrid (SendGrid.pm).
def postfix_text(intro, lines):
    return ("%s\n\nI'm sorry to have to inform you that your message could "
            "not\nbe delivered to one or more recipients. It's attached "
            "below.\n\nFor further assistance, please send mail to "
            "postmaster.\n\nIf you do so, please include this problem "
            "report. You can\ndelete your own text from the attached "
            "returned message.\n\n                   The mail system\n\n"
            "%s") % (intro, "".join(l + "\n\n" for l in lines))


def postfix_report(intro, lines, dsn_body, to, n, header_only=True):
    ctype = ("Content-Type: text/rfc822-headers" if header_only
             else "Content-Type: message/rfc822")
    parts = [("Content-Description: Notification\n"
              "Content-Type: text/plain; charset=us-ascii",
              postfix_text(intro, lines))]
    if dsn_body is not None:
        parts.append(("Content-Description: Delivery report\n"
                      "Content-Type: message/delivery-status", dsn_body))
    parts.append(("Content-Description: Undelivered Message Headers\n" +
                  ctype, original(to, n)))
    return multipart("report", parts, "B0UNCE%03d.1606806000/mx" % n)


# Postfix's notice to the postmaster of a session it refused
# (smtpd_chat.c, as Postfix.pm of Sisimai 5 quotes it): the transcript
# with In:/Out: lines.
SESSION_HEAD = [("From", "MAILER-DAEMON@mx.example.org (Mail Delivery "
                 "System)"),
                ("Subject", "Postfix SMTP server: errors from "
                 "mail.exporter.example.com[192.0.2.9]")]


def session_transcript(addr, reply):
    return ("Transcript of session follows.\n\n"
            " Out: 220 mx.example.org ESMTP Postfix\n"
            " In:  EHLO mail.exporter.example.com\n"
            " Out: 250-mx.example.org\n"
            " In:  MAIL FROM:<%s>\n"
            " Out: 250 2.1.0 Ok\n"
            " In:  RCPT TO:<%s>\n"
            " Out: %s\n"
            " In:  QUIT\n"
            " Out: 221 2.0.0 Bye\n\n"
            "For other details, see the local mail logfile\n") % (
                ORIG_FROM, addr, reply)


def pf_dsn(host, rcpts, sender=ORIG_FROM):
    return dsn(host, rcpts, "X-Postfix-Queue-ID: 4F0A1234ABC\n"
               "X-Postfix-Sender: rfc822; %s\nArrival-Date: Tue,  1 Dec "
               "2026 08:00:00 +0100 (CET)\n" % sender)


def rcpt(addr, status, diag=None, action="failed", mta=None, dtype="smtp"):
    f = ["Final-Recipient: rfc822; %s" % addr,
         "Original-Recipient: rfc822;%s" % addr,
         "Action: %s" % action, "Status: %s" % status]
    if mta:
        f.append("Remote-MTA: dns; %s" % mta)
    if diag:
        f.append("Diagnostic-Code: %s; %s" % (dtype, diag)
                 if dtype else "Diagnostic-Code: %s" % diag)
    return f


# 1&1's Exim-like plain text (EinsUndEins.pm).
def einsundeins(blocks, n, to):
    return ("This message was created automatically by mail delivery "
            "software.\n\nA message that you sent could not be delivered to "
            "one or more of\nits recipients. This is a permanent error. The "
            "following address(es)\nfailed:\n\n%s"
            "--- The header of the original message is following. ---\n\n"
            "%s") % ("".join(blocks), original(to, n))


# Bigfoot (Bigfoot.pm): a Sendmail-like transcript and a delivery-status
# part.
def bigfoot(addr, cmd, reply, status, n):
    text = ("The original message was received at Tue, 1 Dec 2026 08:00:00 "
            "-0500\nfrom mail.exporter.example.com [192.0.2.9]\n\n"
            "   ----- The following addresses had permanent fatal errors "
            "-----\n<%s>\n\n   ----- Transcript of session follows -----\n"
            ">>> %s\n<<< %s\n") % (addr, cmd, reply)
    d = dsn("mx.bigfoot.com", [rcpt(addr, status, reply, mta=
                                    "mx.example.net")])
    return multipart("report", [
        ("Content-Type: text/plain", text),
        ("Content-Type: message/delivery-status", d),
        ("Content-Type: message/partial", original(addr, n))],
        "bigfoot%03d" % n)


# au by EZweb (EZweb.pm): non-standard text, "The user(s) account is ...",
# "Each of the following recipients was rejected by a remote mail server."
def ezweb(text, n, to):
    return text + "\n" + "-" * 50 + "\n" + original(to, n)


# Courier (Courier.pm, courierdsn): "UNDELIVERABLE MAIL" / "DELAYS IN
# DELIVERING YOUR MESSAGE", ">>> RCPT TO" / "<<<" lines, a report.
def courier(title, blocks, dsn_body, n, to):
    text = ("This is a delivery status notification from mx.example.org,\n"
            "running the Courier mail server, version 0.65.2.\n\n"
            "The original message was received on Tue, 1 Dec 2026 08:00:00 "
            "+0100\nfrom [192.0.2.9] (mail.exporter.example.com "
            "[192.0.2.9])\n\n" + "-" * 75 + "\n\n" + " " * 26 + title +
            "\n\n" + "".join(blocks) + "-" * 75 + "\n")
    return multipart("report", [
        ("Content-Type: text/plain; charset=iso-8859-1", text),
        ("Content-Type: message/delivery-status", dsn_body),
        ("Content-Type: text/rfc822-headers", original(to, n))],
        "=_courier-%03d" % n)


# OpenSMTPD's old notices (OpenSMTPD.pm, bounce.c): no report, the text
# indented by four spaces, "rcpt: reason" lines.
def opensmtpd(lines, n, to, warning=None):
    if warning:
        intro = ("    A message is delayed for more than %s for the "
                 "following\n    list of recipients:\n\n") % warning
        tail = ("    Please note that this is only a temporary failure "
                "report.\n    The message is kept in the queue for up to 4 "
                "days.\n    You DO NOT NEED to re-send the message to these "
                "recipients.\n\n")
    else:
        intro = ("    An error has occurred while attempting to deliver a "
                 "message for\n    the following list of recipients:\n\n")
        tail = ""
    return ("    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY "
            "to this e-mail.\n\n" + intro + "".join(l + "\n" for l in lines)
            + "\n" + tail + "    Below is a copy of the original message:"
            "\n\n" + original(to, n))


# qmail (qmail.pm): "Hi. This is the qmail-send program", "<rcpt>:" then
# the text, "--- Below this line is a copy of the message."
def qmail(blocks, n, to):
    return ("Hi. This is the qmail-send program at mx.example.net.\n"
            "I'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given "
            "up. Sorry it didn't work out.\n\n" + "".join(blocks) +
            "--- Below this line is a copy of the message.\n\n" +
            original(to, n))


# Exim (Exim.pm, deliver.c): "This message was created automatically by
# mail delivery software.", the failed addresses indented by two spaces,
# the reason by four.
def exim(intro, blocks, n, to, delayed=False):
    if delayed:
        mid = ("This message was created automatically by mail delivery "
               "software.\nA message that you sent has not yet been "
               "delivered to one or more of its\nrecipients after more than "
               "24 hours on the queue on mx.example.org.\n\nThe message "
               "identifier is:     1kj4Wz-0003Ab-Cd\nThe subject of the "
               "message is: Quotation\nThe date of the message is:    Tue, "
               "1 Dec 2026 08:00:00 +0100\n\nThe address to which the "
               "message has not yet been delivered is:\n\n")
        end = ("\nNo action is required on your part. Delivery attempts "
               "will continue for\nsome time, and this warning may be "
               "repeated at intervals if the message\nremains undelivered. "
               "Eventually the mail delivery software will give up,\nand "
               "when that happens, the message will be returned to you.\n")
        return mid + "".join(blocks) + end
    return ("This message was created automatically by mail delivery "
            "software.\n\n" + intro + "\n\n" + "".join(blocks) +
            "\n------ This is a copy of the message, including all the "
            "headers. ------\n\n" + original(to, n))


EXIM_PERM = ("A message that you sent could not be delivered to one or more "
             "of its\nrecipients. This is a permanent error. The following "
             "address(es) failed:")


# Sendmail (Sendmail.pm): "----- Transcript of session follows -----",
# "... while talking to", ">>>"/"<<<" lines, and a report.
def sendmail(heading, transcript, rcpts, n, to, reporting="mx.example.org"):
    text = ("The original message was received at Tue, 1 Dec 2026 08:00:00 "
            "+0100\nfrom mail.exporter.example.com [192.0.2.9]\n\n"
            "   ----- %s -----\n%s\n\n   ----- Transcript of session "
            "follows -----\n%s\n") % (heading, "\n".join(
                "<%s>" % a for a in to.split(", ")), transcript)
    parts = [("Content-Type: text/plain", text)]
    if rcpts is not None:
        parts.append(("Content-Type: message/delivery-status",
                      dsn(reporting, rcpts)))
    parts.append(("Content-Type: text/rfc822-headers", original(to, n)))
    return multipart("report", parts, "wAB1234.1606806000/%s" % reporting)


QP = ("Content-Transfer-Encoding", "quoted-printable")
REPORT = "multipart/report; report-type=delivery-status; boundary=\"%s\""

# ---------------------------------------------------------------------
# Each notice: family, headers, body, truth rows of (recipient, category,
# reason, documented diagnostic, source), and the boundary of its
# multipart/report (None: the body is text/plain).


def notices():
    out = []

    def add(family, headers, body, truth, boundary=None):
        out.append((family, headers, body, truth, boundary))

    # Gmail, old frame: (recipients, diagnostic, category, reason, file
    # number, options).  Gmail.pm shows the one with "by mx.example.cn."
    # quoted-printable ("failure:=20", soft line breaks).
    a = "ana.souza@example.com.br"
    b = "mueller@example.de"
    c = "buyer@example.net"
    d = "zhao@example.cn"
    e = "tanaka@example.jp"
    for aa, diag, cat, reason, n, opt in (
            ([a], GOOGLE_TRIED + "550 550 5.1.1 <%s>... User Unknown "
             "(state 14)." % a, "invalid", "userunknown", 1, {}),
            ([b], GOOGLE_TRIED + "450 450 4.2.2 <%s>... Mailbox Full "
             "(state 14)." % b, "full", "mailboxfull", 2, {"delayed": 1}),
            (["li.wei@nonexistent.example.cn",
              "wang.fang@nonexistent.example.cn"],
             "DNS Error: Domain name not found", "invalid", "hostunknown",
             3, {}),
            (["compras@example.com.br"], GOOGLE_TRIED + "550 550 5.7.1 SPF "
             "unauthorized mail is prohibited. (state 15).", "blocked",
             "authfailure", 4, {}),
            (["einkauf@example.de"], "The recipient server did not accept "
             "our requests to connect. Learn more at\nhttps://support."
             "google.com/mail/answer/7720\n[mx.example.de. 192.0.2.61: "
             "timed out]", "retry-later", "expired", 5, {"delayed": 1}),
            ([c], GOOGLE_TRIED + "550 550 5.7.1 <%s>... Access denied "
             "(state 13)." % c, "blocked", "blocked", 6, {}),
            ([d], "Google tried to deliver your message, but it was "
             "rejected by the server for\nthe recipient domain example.cn "
             "by mx.example.cn. [192.0.2.59].\n\nThe error that the other "
             "server returned was:\n550 5.1.1 <%s>... User Unknown" % d,
             "invalid", "userunknown", 7, {"qp": 1}),
            (["info@example.org"], GOOGLE_TRIED + "500 Remote server does "
             "not support TLS (state 6).", "retry-later", "systemerror", 8,
             {}),
            ([e], GOOGLE_TRIED + "550 550 Unknown user %s (state 18)." % e,
             "invalid", "userunknown", 55,
             {"marker": "   ----- Message header follows -----"})):
        head = GMAIL_HEAD + [("Subject", "Delivery Status Notification (%s)"
                              % ("Delay" if "delayed" in opt else
                                 "Failure"))] + ([QP] if "qp" in opt else [])
        add("gmail", head, gmail_old(aa, diag, n, "delayed" in opt,
                                     opt.get("marker", ORIGINAL)),
            [(x, cat, reason, diag, "gmail") for x in aa])

    # Gmail and G Suite, newer frame.
    sub = [("Subject", "Delivery Status Notification (Failure)")]
    a = "karl.schmidt@example.de"
    t = ("Your message wasn't delivered to %s because the address "
         "couldn't be found. Check for typos or unnecessary spaces and try "
         "again." % a)
    add("gsuite", GSUITE_HEAD + sub,
        gsuite("Address not found", t, [rcpt(a, "5.0.0")], 9, a,
               "550 #5.1.0 Address rejected."),
        [(a, "invalid", "userunknown", "550 #5.1.0 Address rejected.",
          "gsuite")], "000000000000gsuite009")
    a = "vendas@example.com.br"
    t = ("Your message wasn't delivered to %s because the address "
         "couldn't be found. Check for typos or unnecessary spaces and try "
         "again." % a)
    add("gsuite", GSUITE_HEAD + sub,
        gsuite("Address not found", t, [rcpt(a, "5.0.0")], 10, a),
        [(a, "invalid", "userunknown", t, "gsuite")],
        "000000000000gsuite010")
    a = "chen.jing@example.cn"
    t = ("Your message wasn't delivered to %s because the address "
         "couldn't be found, or is unable to receive mail." % a)
    r = ("550 5.1.1 The email account that you tried to reach does not "
         "exist.")
    add("gsuite", GSUITE_HEAD + sub,
        gsuite("Address not found", t, [rcpt(a, "5.1.1", r, mta=
                                             "mx.example.cn")], 11, a, r),
        [(a, "invalid", "userunknown", r, "gsuite")],
        "000000000000gsuite011")
    a = "office@example.org"
    t = ("There was a problem delivering your message to %s. See the "
         "technical details below." % a)
    r = ("DNS Error: DNS type 'mx' lookup of example.org had no relevant "
         "answers.")
    add("gsuite", GSUITE_HEAD + sub,
        gsuite("Message not delivered", t, [rcpt(a, "4.0.0",
                                                 action="delayed")], 12, a,
               r),
        [(a, "retry-later", "networkerror", r, "gsuite")],
        "000000000000gsuite012")
    a = "petra@example.at"
    t = ("Your message wasn't delivered to %s because the address "
         "couldn't be found. Check for typos or unnecessary spaces and try "
         "again." % a)
    add("gsuite", GSUITE_HEAD + sub,
        gsuite("Address not found", t, [], 13, a, with_dsn=False),
        [(a, "invalid", "userunknown", t, "gworkspace")],
        "000000000000gsuite013")
    aa = ["rh@example.com", "ti@example.com"]
    t = ("There was a problem delivering your message to %s and %s. See "
         "the technical details below." % tuple(aa))
    d1 = "550 5.1.1 <rh@example.com>: Recipient address rejected: User unknown"
    d2 = "552 5.2.2 <ti@example.com>: Mailbox full"
    add("gsuite", GSUITE_HEAD + sub,
        gsuite("Message not delivered", t,
               [rcpt(aa[0], "5.1.1", d1, mta="mx.example.com"),
                rcpt(aa[1], "5.2.2", d2, mta="mx.example.com")], 14,
               ", ".join(aa)),
        [(aa[0], "invalid", "userunknown", d1, "gsuite"),
         (aa[1], "full", "mailboxfull", d2, "gsuite")],
        "000000000000gsuite014")

    a = "logistics@example.com"
    t = ("There was a problem delivering your message to %s. See the "
         "technical details below, or try resending in a few minutes." % a)
    r = ("The recipient server did not accept our requests to connect. "
         "Learn more at https://support.google.com/mail/answer/7720 "
         "[mx.example.com. 192.0.2.71: timed out]")
    add("gsuite", GSUITE_HEAD + sub,
        gsuite("Message not delivered", t, [rcpt(a, "4.4.1")], 61, a, r),
        [(a, "retry-later", "expired", r, "gsuite")],
        "000000000000gsuite061")

    # Google Groups.
    gh = GMAIL_HEAD + [("Subject", "Delivery Status Notification (Failure)"),
                       ("X-Google-Smtp-Source", "ABdhPJexample")]
    a = "export-team@example.com"
    add("googlegroups", gh + [("X-Failed-Recipients", a)], groups([a], 15),
        [(a, "blocked", "rejected", GROUPS_TEXT % "export-team",
          "ggroups")])
    aa = ["dealers@example.net", "partners@example.net"]
    add("googlegroups", gh + [("X-Failed-Recipients", ", ".join(aa))],
        groups(aa, 16),
        [(x, "blocked", "rejected", GROUPS_TEXT % "dealers, partners",
          "ggroups") for x in aa])

    # Yandex: Postfix's frame at host yandex.ru, X-Yandex-* headers.
    yh = [("From", "mailer-daemon@yandex.ru"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("X-Yandex-Front", "mxback1h.mail.yandex.net"),
          ("X-Yandex-TimeMark", "1606806000"),
          ("X-Yandex-Uniq", "92309766-f1c8-4bd4-92bc-657c75766587"),
          ("X-Yandex-Spam", "1"),
          ("X-Yandex-Queue-ID", "367D79E130D")]
    intro = "This is the mail system at host yandex.ru."
    a = "ivanov@example.ru"
    d = "550 5.1.1 <%s>... User Unknown" % a
    add("yandex", yh, postfix_report(
        intro, ["<%s>: host mx.example.ru[192.0.2.153] said: 550\n    5.1.1 "
                "<%s>... User Unknown (in reply to RCPT TO\n    command)" %
                (a, a)],
        pf_dsn("forward1h.mail.yandex.net", [rcpt(a, "5.1.1", d, mta=
                                                  "mx.example.ru")]),
        a, 17), [(a, "invalid", "userunknown", d, "yandex")],
        "B0UNCE017.1606806000/mx")
    aa = ["petrov@example.ru", "sidorov@example.ru"]
    d1 = "552 5.2.2 <petrov@example.ru>: Mailbox full"
    d2 = ("554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked "
          "using zen.spamhaus.org")
    add("yandex", yh, postfix_report(
        intro, ["<%s>: host mx.example.ru[192.0.2.153] said: %s (in reply "
                "to RCPT TO\n    command)" % (aa[0], d1),
                "<%s>: host mx.example.ru[192.0.2.153] said: %s (in reply "
                "to RCPT TO\n    command)" % (aa[1], d2)],
        pf_dsn("forward1h.mail.yandex.net",
               [rcpt(aa[0], "5.2.2", d1, mta="mx.example.ru"),
                rcpt(aa[1], "5.7.1", d2, mta="mx.example.ru")]),
        ", ".join(aa), 18),
        [(aa[0], "full", "mailboxfull", d1, "yandex"),
         (aa[1], "blocked", "blocked", d2, "yandex")],
        "B0UNCE018.1606806000/mx")
    a = "smirnova@example.ru"
    d = "connect to mx.example.ru[192.0.2.154]:25: Connection timed out"
    add("yandex", yh, postfix_report(
        intro, ["<%s>: %s" % (a, d)],
        pf_dsn("forward1h.mail.yandex.net",
               [rcpt(a, "4.4.1", d, action="delayed", dtype="X-Postfix")]),
        a, 19), [(a, "retry-later", "networkerror", d, "yandex")],
        "B0UNCE019.1606806000/mx")

    # SendGrid: Postfix-like, "This is an automatically generated message
    # from SendGrid.", a report with a Diagnostic-Code lacking its type
    # and an Arrival-Date written with dashes.
    sh = [("Return-Path", "<apps@sendgrid.net>"),
          ("From", "MAILER-DAEMON <apps@sendgrid.net>"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("X-Mailer", "MIME-tools 5.502 (Entity 5.502)")]

    def sendgrid(a, line, status, diag, action, n):
        text = ("This is an automatically generated message from SendGrid."
                "\n\nI'm sorry to have to tell you that your message was not "
                "able to be\ndelivered to one of its intended recipients.\n\n"
                "If you require assistance with this, please contact "
                "SendGrid support.\n\n%s\n") % line
        d = ("X-SendGrid-QueueID: 959479146\nX-SendGrid-Sender: <bounces+"
             "61689-10be-sales=exporter.example.com@sendgrid.info>\n"
             "Arrival-Date: 2026-12-01 08-00-00\n\nFinal-Recipient: rfc822; "
             "%s\nAction: %s\nStatus: %s\nDiagnostic-Code: %s\n") % (
                 a, action, status, diag)
        return multipart("report", [
            ("Content-Type: text/plain", text),
            ("Content-Type: message/delivery-status\nContent-Description: "
             "Delivery Report", d),
            ("Content-Type: message/rfc822", original(a, n))],
            "1606806000-30315-%d" % n)

    a = "maria@example.com.br"
    d = "550 5.1.1 <%s>... User Unknown" % a
    add("sendgrid", sh, sendgrid(
        a, "exporter:000000:<%s> : 192.0.2.250 : mx.example.com.br:"
        "[192.0.2.153] :\n  %s  in RCPT TO" % (a, d), "5.1.1", d, "failed",
        20), [(a, "invalid", "userunknown", d, "sendgrid")],
        "1606806000-30315-20")
    a = "joao@example.com.br"
    d = "552 5.2.2 <%s>... Mailbox Full" % a
    add("sendgrid", sh, sendgrid(
        a, "exporter:000000:<%s> : 192.0.2.250 : mx.example.com.br:"
        "[192.0.2.153] :\n  %s  in RCPT TO" % (a, d), "", d, "failed", 21),
        [(a, "full", "mailboxfull", d, "sendgrid")], "1606806000-30315-21")
    a = "kontakt@example.de"
    d = "421 4.4.2 mx.example.de Error: timeout exceeded"
    add("sendgrid", sh, sendgrid(
        a, "exporter:000000:<%s> : 192.0.2.250 : mx.example.de:"
        "[192.0.2.154] :\n  %s  in End of DATA" % (a, d), "4.4.2", d,
        "expired", 22), [(a, "retry-later", "expired", d, "sendgrid")],
        "1606806000-30315-22")

    # Aol: Postfix's frame with X-AOL-* headers (Aol.pm).
    ah = [("From", "Mail Delivery System <MAILER-DAEMON@aol.com>"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("X-AOL-IP", "192.0.2.135"),
          ("X-AOL-VSS-INFO", "5600.1067/98281"),
          ("X-AOL-VSS-CODE", "clean"),
          ("X-Outbound-Mail-Relay-Queue-ID", "07391702BF4DC"),
          ("X-Outbound-Mail-Relay-Sender", "rfc822; " + ORIG_FROM)]
    intro = "This is the mail system at host omr-m01.mx.aol.com."
    aa = ["ghost@nowhere.example.jp", "cliente@example.com.br"]
    d1 = ("Host or domain name not found. Name service error for "
          "name=nowhere.example.jp type=A: Host not found")
    d2 = "550 5.1.1 <%s>... User unknown" % aa[1]
    add("aol", ah, postfix_report(intro, [
        "<%s>: %s" % (aa[0], d1),
        "<%s>: host mx.example.com.br[192.0.2.160] said: %s (in reply to "
        "RCPT TO command)" % (aa[1], d2)],
        pf_dsn("omr-m01.mx.aol.com",
               [rcpt(aa[0], "5.4.4", d1, dtype="X-Postfix"),
                rcpt(aa[1], "5.1.1", d2, mta="mx.example.com.br")]),
        ", ".join(aa), 70),
        [(aa[0], "invalid", "hostunknown", d1, "aol"),
         (aa[1], "invalid", "userunknown", d2, "aol")],
        "B0UNCE070.1606806000/mx")
    a = "loja@example.com.br"
    d = ("Name service error for name=example.com.br type=MX: Malformed or "
         "unexpected name server reply")
    add("aol", ah, postfix_report(intro, ["<%s>: %s" % (a, d)],
                                  pf_dsn("omr-m01.mx.aol.com",
                                         [rcpt(a, "4.4.3", d,
                                               action="delayed",
                                               dtype="X-Postfix")]),
                                  a, 71),
        [(a, "retry-later", "networkerror", d, "aol")],
        "B0UNCE071.1606806000/mx")

    # Facebook (Facebook.pm): its start line and a report whose
    # Diagnostic-Code carries Facebook's response code.
    fh = [("From", "Facebook <mailer-daemon@mx.facebook.com>"),
          ("Subject", "Sorry, your message could not be delivered")]

    def facebook(a, status, diag, n):
        return multipart("report", [
            ("Content-Type: text/plain; charset=\"UTF-8\"",
             "This message was created automatically by Facebook.\n\n"
             "Your message could not be delivered to %s.\n" % a),
            ("Content-Type: message/delivery-status",
             dsn("mx.facebook.com", [rcpt(a, status, diag)])),
            ("Content-Disposition: inline\nContent-Type: message/rfc822",
             original(a, n))], "fb%03d" % n)

    for a, st, d, cat, reason, n in (
            ("fan@facebook.com", "5.1.1", "550 5.1.1 RCP-P2 Refused due to "
             "recipient preferences", "blocked", "filtered", 72),
            ("old.page@facebook.com", "5.1.1", "550 5.1.1 RCP-P1 The "
             "attempted recipient address does not exist.", "invalid",
             "userunknown", 73)):
        add("facebook", fh, facebook(a, st, d, n),
            [(a, cat, reason, d, "facebook")], "fb%03d" % n)

    # 1&1 (EinsUndEins).
    eh = [("From", "\"Mail Delivery System\" <mailer-daemon@kundenserver."
           "de>"),
          ("Subject", "Mail delivery failed: returning message to sender")]
    a = "general@example.eu"
    d = ("Mail size limit exceeded. For explanation visit\n"
         "http://postmaster.1and1.com/en/error-messages?ip=%1s")
    add("einsundeins", eh, einsundeins(
        ["%s\n\nFor the following reason:\n\n%s\n\n" % (a, d)], 23, a),
        [(a, "content", "mesgtoobig", d, "einsundeins")])
    a = "neko@example.fr"
    d = ("SMTP error from remote server for TEXT command, host: "
         "smtp-in.orange.fr (193.252.22.65) reason: 550 5.2.0 Mail rejete. "
         "Mail rejected. ofr_506 [506]")
    add("einsundeins", eh, einsundeins(
        ["%s:\nSMTP error from remote server for TEXT command,\nhost: "
         "smtp-in.orange.fr (193.252.22.65)\nreason: 550 5.2.0 Mail rejete. "
         "Mail rejected. ofr_506 [506]\n\n" % a], 24, a),
        [(a, "content", "spamdetected", d, "franceptt")])
    a = "vertrieb@example.de"
    d = ("SMTP error from remote server for RCPT TO command, host: "
         "mx.example.de (192.0.2.90) reason: 550 5.1.1 <%s>... User "
         "unknown" % a)
    add("einsundeins", eh, einsundeins(
        ["%s:\nSMTP error from remote server for RCPT TO command,\nhost: "
         "mx.example.de (192.0.2.90)\nreason: 550 5.1.1 <%s>... User "
         "unknown\n\n" % (a, a)], 58, a),
        [(a, "invalid", "userunknown", d, "einsundeins")])
    aa = ["anna@example.de", "bernd@example.de"]
    d = ("Requested action not taken: mailbox unavailable\n"
         "550 5.1.1 Mailbox does not exist")
    add("einsundeins", eh, einsundeins(
        ["%s\n\nFor the following reason:\n\n%s\n\n" % (x, d) for x in aa],
        25, ", ".join(aa)),
        [(x, "invalid", "userunknown", d, "einsundeins") for x in aa])

    # Bigfoot.
    bh = [("From", "Mail Delivery Subsystem <MAILER-DAEMON@bigfoot.com>"),
          ("Subject", "Returned mail: see transcript for details"),
          ("Received", "from mx.bigfoot.com (mx.bigfoot.com [192.0.2.200])"
           " by mail.exporter.example.com")]
    a = "destination@example.net"
    r = "553 Invalid recipient %s (Mode: normal)" % a
    add("bigfoot", bh, bigfoot(a, "RCPT TO:<%s>" % a, r, "5.0.0", 26),
        [(a, "invalid", "userunknown", r, "bigfoot")], "bigfoot026")
    a = "friend@example.org"
    r = "552 5.2.2 <%s>... Mailbox full" % a
    add("bigfoot", bh, bigfoot(a, "RCPT TO:<%s>" % a, r, "5.2.2", 27),
        [(a, "full", "mailboxfull", r, "bigfoot")], "bigfoot027")

    a = "pal@example.com"
    r = "554 5.7.1 Message rejected as spam"
    add("bigfoot", bh, bigfoot(a, "DATA", r, "5.7.1", 59),
        [(a, "content", "spamdetected", r, "bigfoot")], "bigfoot059")

    # au by EZweb.
    zh = [("From", "<Postmaster@ezweb.ne.jp>"),
          ("Subject", "Mail System Error - Returned Mail"),
          ("Received", "from ezweb.ne.jp (wmflb12na02.ezweb.ne.jp "
           "[222.15.69.197]) by mail.exporter.example.com")]
    a = "neko.tanaka@ezweb.ne.jp"
    t = ("The user(s) account is temporarily over quota.\n\n<%s>: 552 "
         "mailbox full (in reply to RCPT TO command)\n" % a)
    add("ezweb", zh, ezweb(t, 28, a),
        [(a, "full", "mailboxfull", "The user(s) account is temporarily "
          "over quota.", "ezweb")])
    aa = ["usagi.ito@ezweb.ne.jp", "kuma.kato@ezweb.ne.jp"]
    t = ("Each of the following recipients was rejected by a remote\n"
         "mail server.\n\n" + "".join(
             "   Recipient: <%s>\n   >>> RCPT TO:<%s>\n   <<< 550 <%s>: "
             "User unknown\n\n" % (x, x, x) for x in aa))
    add("ezweb", zh, ezweb(t, 62, ", ".join(aa)),
        [(x, "invalid", "userunknown", "550 <%s>: User unknown" % x,
          "ezweb") for x in aa])
    # The same frame with au's filter verdict on the notice: "X-SPASIGN:
    # NG" makes it filtered (EZweb.pm), the "User unknown" its filter's.
    a = "kitsune.abe@ezweb.ne.jp"
    add("ezweb", zh + [("X-SPASIGN", "NG")], ezweb(
        "Each of the following recipients was rejected by a remote\nmail "
        "server.\n\n   Recipient: <%s>\n   >>> RCPT TO:<%s>\n   <<< 550 "
        "<%s>: User unknown\n" % (a, a, a), 69, a),
        [(a, "blocked", "filtered", "550 <%s>: User unknown" % a, "ezweb")])
    a = "mike.sato@ezweb.ne.jp"
    t = ("The user(s) account is disabled.\n\n<%s>: 550 user unknown (in "
         "reply to RCPT TO command)\n" % a)
    add("ezweb", zh, ezweb(t, 29, a),
        [(a, "invalid", "suspend", "The user(s) account is disabled.",
          "ezweb")])
    a = "tora.suzuki@ezweb.ne.jp"
    t = ("Your message was not delivered within 0 days and 1 hours.\n"
         "Remote host is not responding.\n\n<%s>\n" % a)
    add("ezweb", zh, ezweb(t, 30, a),
        [(a, "retry-later", "expired", "Your message was not delivered "
          "within 0 days and 1 hours. Remote host is not responding.",
          "ezweb")])

    # Postfix variants: the old plain-text notice without a report, a
    # renamed program, "expanded from", an operating system's name.
    ph = [("From", "MAILER-DAEMON@mx.example.org (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender")]
    a = "olga@example.org"
    d = ("host mx.example.org[192.0.2.80] said: 550 <%s>: Recipient "
         "address rejected: User unknown in local recipient table (in reply "
         "to RCPT TO command)" % a)
    text = ("This is the Postfix program at host mail.example.org.\n\n"
            "I'm sorry to have to inform you that the message returned\n"
            "below could not be delivered to one or more destinations.\n\n"
            "For further assistance, please send mail to <postmaster>\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the message returned below.\n\n"
            "\t\t\tThe Postfix program\n\n<%s>: %s\n\n"
            "--- Returned message follows ---\n\n%s") % (a, d, original(a, 31))
    add("postfix", ph, text, [(a, "invalid", "userunknown", d, "postfix")])
    # Postfix names the address an alias expanded to first: that is the
    # recipient Postfix.pm reports (the alias is kept as its alias).
    aa = ["team-r@example.net", "team-p@example.net"]
    d1 = ("host mx.example.net[192.0.2.81] said: 552 5.2.2 <r@example.net>: "
          "Mailbox full (in reply to RCPT TO command)")
    d2 = ("host mx.example.net[192.0.2.81] said: 550 5.1.1 <p@example.net>:"
          " Recipient address rejected: User unknown (in reply to RCPT TO "
          "command)")
    add("postfix", ph, postfix_report(
        "This is the Acme Postfix program at host relay.example.net.",
        ["<r@example.net> (expanded from <%s>): %s" % (aa[0], d1),
         "<p@example.net> (expanded from <%s>): %s" % (aa[1], d2)],
        None, ", ".join(aa), 32),
        [("r@example.net", "full", "mailboxfull", d1, "postfix"),
         ("p@example.net", "invalid", "userunknown", d2, "postfix")],
        "B0UNCE032.1606806000/mx")
    # "--- Delivery report unavailable ---": the recipient only in the
    # returned message's To: (bounce_notify_util.c, as Postfix.pm quotes
    # it); nothing says why.
    a = "rosa@example.es"
    add("postfix", ph, postfix_report(
        "This is the mail system at host mx.example.es.",
        ["\t--- Delivery report unavailable ---"], None, a, 68,
        header_only=False),
        [(a, "unknown", "undefined", "--- Delivery report unavailable ---",
          "postfix")], "B0UNCE068.1606806000/mx")
    aa = ["x1@example.jp", "x2@example.jp"]
    d = ("host mx.example.jp[192.0.2.82] refused to talk to me: 554 5.7.1 "
         "Service unavailable; Client host [192.0.2.9] blocked using "
         "bl.spamcop.net")
    add("postfix", ph, postfix_report(
        "This is the Postfix on FreeBSD program at host mx.example.org.",
        ["<%s>: %s" % (x, d) for x in aa],
        pf_dsn("mx.example.org", [rcpt(x, "5.7.1", d, dtype="X-Postfix")
                                  for x in aa]), ", ".join(aa), 34),
        [(x, "blocked", "blocked", d, "postfix") for x in aa],
        "B0UNCE034.1606806000/mx")
    # Postfix's notice to the postmaster of a refused session: the
    # transcript with In:/Out: lines (Postfix.pm of Sisimai 5).
    for a, reply, cat, reason in (
            ("nobody@mx.example.org", "550 5.1.1 <%s>: Recipient address "
             "rejected: User unknown in local recipient table", "invalid",
             "userunknown"),
            ("outside@example.net", "554 5.7.1 <%s>: Relay access denied",
             "blocked", "norelaying")):
        add("postfix", SESSION_HEAD, session_transcript(a, reply % a),
            [(a, cat, reason, reply % a, "postfix5")])

    # Courier.
    ch = [("From", "Courier mail server at mx.example.org "
           "<@>"),
          ("Subject", "NOTICE: mail delivery status."),
          ("Message-ID", "<courier.4D025E3A.00001792@mx.example.org>")]
    a = "kijitora@example.co.jp"
    r = "550 5.1.1 <%s>... User Unknown" % a
    add("courier", ch, courier("UNDELIVERABLE MAIL", [
        "Your message to the following recipients cannot be delivered:\n\n"
        "<%s>:\n   mx.example.co.jp [192.0.2.95]:\n>>> RCPT TO:<%s>\n<<< "
        "%s\n\n" % (a, a, r)],
        dsn("mx.example.org", [rcpt(a, "5.0.0", r, mta="mx.example.co.jp")]),
        35, a), [(a, "invalid", "userunknown", r, "courier")],
        "=_courier-035")
    a = "shop@nodomain.example.com"
    add("courier", ch, courier("UNDELIVERABLE MAIL", [
        "Your message to the following recipients cannot be delivered:\n\n"
        "<%s>:\n    No such domain.\n\n" % a],
        dsn("mx.example.org", [rcpt(a, "5.0.0", "No such domain.",
                                    dtype="unix")]), 36, a),
        [(a, "invalid", "hostunknown", "No such domain.", "courier")],
        "=_courier-036")
    a = "late@example.com"
    add("courier", [ch[0], ("Subject", "WARNING: delayed mail."), ch[2]],
        courier("DELAYS IN DELIVERING YOUR MESSAGE", [
            "This is a warning message only.  Your message remains in the "
            "queue and\nthe mail system will keep trying to deliver it.\n\n"
            "<%s>:\n    DNS lookup failed.\n\n" % a],
            dsn("mx.example.org", [rcpt(a, "4.0.0", "DNS lookup failed.",
                                        action="delayed", dtype="unix")]),
            37, a),
        [(a, "retry-later", "networkerror", "DNS lookup failed.",
          "courier")], "=_courier-037")

    a = "buyer@example.co.uk"
    r = "550 5.7.1 <%s>... Relaying denied" % a
    add("courier", ch, courier("UNDELIVERABLE MAIL", [
        "Your message to the following recipients cannot be delivered:\n\n"
        "<%s>:\n   mx.example.co.uk [192.0.2.96]:\n>>> RCPT TO:<%s>\n<<< "
        "%s\n\n" % (a, a, r)],
        dsn("mx.example.org", [rcpt(a, "5.0.0", mta="mx.example.co.uk")]),
        63, a), [(a, "blocked", "norelaying", r, "courier")],
        "=_courier-063")

    # OpenSMTPD, old frame.
    oh = [("From", "Mailer Daemon <MAILER-DAEMON@mx.example.org>"),
          ("Subject", "Delivery status notification: error"),
          ("Received", "from mail.exporter.example.com (mail.exporter."
           "example.com [192.0.2.9]) by mx.example.org (OpenSMTPD) with "
           "ESMTP id 12345678")]
    aa = ["kijitora@example.jp", "sabineko@example.jp"]
    d1 = "550 5.2.2 <kijitora@example.jp>... Mailbox Full"
    d2 = "550 5.1.1 <sabineko@example.jp>... User Unknown"
    add("opensmtpd", oh, opensmtpd(["%s: %s" % (aa[0], d1),
                                    "%s: %s" % (aa[1], d2)], 38,
                                   ", ".join(aa)),
        [(aa[0], "full", "mailboxfull", d1, "opensmtpd"),
         (aa[1], "invalid", "userunknown", d2, "opensmtpd")])
    a = "nosuch@gone.example.net"
    add("opensmtpd", oh, opensmtpd(["%s: Domain does not exist" % a], 39, a),
        [(a, "invalid", "hostunknown", "Domain does not exist",
          "opensmtpd")])
    a = "slow@example.com"
    add("opensmtpd", oh, opensmtpd(["%s: Envelope expired" % a], 40, a),
        [(a, "retry-later", "expired", "Envelope expired", "opensmtpd")])
    a = "wait@example.com"
    add("opensmtpd", [oh[0], ("Subject", "Delivery status notification: "
                              "warning"), oh[2]],
        opensmtpd(["%s: Temporary failure in MX lookup" % a], 41, a,
                  warning="4 hours"),
        [(a, "retry-later", "networkerror", "Temporary failure in MX "
          "lookup", "opensmtpd")])

    # qmail and its patches.
    qh = [("From", "MAILER-DAEMON@mx.example.net"),
          ("Subject", "failure notice"),
          ("Received", "(qmail 12345 invoked for bounce); 1 Dec 2026 "
           "07:00:00 -0000")]
    aa = ["admin@example.net", "quota@example.net"]
    d1 = ("Mailaddress is administratively disabled. (#5.2.1)")
    d2 = "disk quota exceeded"
    add("qmail", qh, qmail(["<%s>:\n%s\n\n" % (aa[0], d1),
                            "<%s>:\n%s\n\n" % (aa[1], d2)], 42,
                           ", ".join(aa)),
        [(aa[0], "invalid", "suspend", d1, "qmail"),
         (aa[1], "full", "mailboxfull", d2, "qmail")])
    a = "sender-check@example.org"
    d = ("Connected to 192.0.2.135 but sender was rejected.\nRemote host "
         "said: 553 sorry, your envelope sender domain must exist (#5.7.1)")
    add("qmail", qh, qmail(["<%s>:\n%s\n\n" % (a, d)], 43, a),
        [(a, "blocked", "rejected", d, "qmail")])
    a = "nohost@example.org"
    d = ("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
         "I'm not going to try again; this message has been in the queue "
         "too long.")
    add("qmail", qh, qmail(["<%s>:\n%s\n\n" % (a, d)], 44, a),
        [(a, "retry-later", "expired", d, "qmail")])
    a = "big@example.org"
    d = "The message exeeded the maximum size the user accepts. (#5.2.3)"
    add("qmail", qh, qmail(["<%s>:\n%s\n\n" % (a, d)], 45, a),
        [(a, "content", "exceedlimit", d, "qmail")])

    aa = ["mxself@example.org", "nomx@example.org"]
    d1 = ("Sorry. Although I'm listed as a best-preference MX or A for that "
          "host,\nit isn't in my control/locals file, so I don't treat it "
          "as local. (#5.4.6)")
    d2 = "Sorry, I couldn't find a mail exchanger or IP address. (#4.4.1)"
    add("qmail", qh, qmail(["<%s>:\n%s\n\n" % (aa[0], d1),
                            "<%s>:\n%s\n\n" % (aa[1], d2)], 64,
                           ", ".join(aa)),
        [(aa[0], "retry-later", "networkerror", d1, "qmail"),
         (aa[1], "retry-later", "networkerror", d2, "qmail")])

    # Exim: old frames and the texts of its retry logic.
    xh = [("From", "Mail Delivery System <Mailer-Daemon@mx.example.org>"),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E1kj4Wz-0003Ab-Cd@mx.example.org>")]
    aa = ["late1@example.com", "late2@example.com"]
    d = "retry time not reached for any host after a long failure period"
    add("exim", xh, exim(EXIM_PERM, ["  %s\n    %s\n" % (x, d) for x in aa],
                         46, ", ".join(aa)),
        [(x, "retry-later", "expired", d, "exim") for x in aa])
    a = "old@example.net"
    d = ("all hosts have been failing for a long time and were last tried "
         "after this message arrived")
    add("exim", xh, exim(EXIM_PERM, ["  %s\n    %s\n" % (a, d)], 47, a),
        [(a, "retry-later", "expired", d, "exim")])
    aa = ["who@unroutable.example", "mx@badmx.example.net"]
    d1 = "Unrouteable address"
    d2 = "all relevant MX records point to non-existent hosts"
    add("exim", xh, exim(
        "A message that you sent could not be delivered to all of its "
        "recipients.\nThe following address(es) failed:",
        ["  %s\n    %s\n" % (aa[0], d1), "  %s\n    %s\n" % (aa[1], d2)],
        48, ", ".join(aa)),
        [(aa[0], "invalid", "hostunknown", d1, "exim"),
         (aa[1], "invalid", "hostunknown", d2, "exim")])
    a = "local@mx.example.org"
    d = ("mailbox is full (quota exceeded while writing to file "
         "/var/mail/local)")
    add("exim", xh, exim(EXIM_PERM, ["  %s\n    %s\n" % (a, d)], 49, a),
        [(a, "full", "mailboxfull", d, "exim")])
    a = "loop@example.org"
    d = 'Too many "Received" headers - suspected mail loop'
    add("exim", xh, exim(EXIM_PERM, ["  %s\n    %s\n" % (a, d)], 50, a),
        [(a, "retry-later", "contenterror", d, "exim")])
    a = "kijitora@example.jp"
    d = "Unrouteable address"
    add("exim", xh, exim(EXIM_PERM, ["  an undisclosed address\n    "
                                     "(generated from %s)\n    %s\n" % (a, d)],
                         56, a),
        [(a, "invalid", "hostunknown", d, "exim")])
    a = "info@nullmx.example.com"
    d = "an MX or SRV record indicated no SMTP service"
    add("exim", xh, exim(EXIM_PERM, ["  %s\n    %s\n" % (a, d)], 57, a),
        [(a, "invalid", "notaccept", d, "exim")])
    # A message sent by another sender (a list's): Exim names it first,
    # indented as the failed addresses are.
    a = "kijitora@example.jp"
    d = ("SMTP error from remote mail server after RCPT TO:<%s>:\n    host "
         "mx.example.jp [192.0.2.222]: 550 5.1.1 <%s>... User Unknown" %
         (a, a))
    add("exim", xh + [("X-Failed-Recipients", a)], exim(
        "A message sent by\n\n  <newsletter@exporter.example.com>\n\n"
        "could not be delivered to one or more of its recipients. The "
        "following\naddress(es) failed:", ["  %s\n    %s\n" % (a, d)], 65,
        a), [(a, "invalid", "userunknown", d, "exim")])
    # "child <address the message was sent to>: reason" (deliver.c's
    # print_address_information()), and a reason on the address's line.
    aa = ["sabineko@example.jp", "nekochan@example.org"]
    d1 = "forced freeze"
    d2 = "550 5.1.1 User unknown"
    add("exim", xh, exim(EXIM_PERM, ["  %s: %s\n" % (aa[0], d1),
                                     "  mikeneko@example.jp <%s>: %s\n" % (
                                         aa[1], d2)], 66, ", ".join(aa)),
        [(aa[0], "unknown", "onhold", d1, "exim"),
         (aa[1], "invalid", "userunknown", d2, "exim")])
    # A pipe a forwarding made: "generated by" names the address.
    a = "support@example.com"
    d = "local delivery failed"
    add("exim", xh, exim(EXIM_PERM, ["  pipe to |/usr/local/bin/ticket\n"
                                     "    generated by %s\n    %s\n" % (
                                         a, d)], 74, a),
        [(a, "retry-later", "systemerror", d, "exim")])
    a = "kijitora@example.jp"
    d = "malformed address: > may not follow kijitora@example.jp"
    add("exim", xh, "This message was created automatically by mail "
        "delivery software.\n\nA message that you sent contained one or "
        "more recipient addresses that were\nincorrectly constructed:\n\n"
        "  %s>: %s\n\nThis address has been ignored. There were no other "
        "addresses in your\nmessage, and so no attempt at delivery was "
        "possible.\n\n------ This is a copy of the message, including all "
        "the headers. ------\n\n%s" % (a, d, original(a + ">", 67)),
        [(a, "unknown", "syntaxerror", d, "exim")])
    a = "wait@example.org"
    d = "retry timeout exceeded"
    add("exim", [xh[0], ("Subject", "Warning: message 1kj4Wz-0003Ab-Cd "
                         "delayed 24 hours"), xh[2]],
        exim(None, ["  %s\n    Delay reason: %s\n" % (a, d)], 51, a,
             delayed=True),
        [(a, "retry-later", "expired", d, "exim")])

    # Sendmail, older frames.
    mh = [("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>"),
          ("Subject", "Returned mail: see transcript for details")]
    a = "recipient@example.jp"
    t = ("... while talking to mta.example.jp.:\n>>> DATA\n<<< 550 Unknown "
         "user %s\n554 5.0.0 Service unavailable" % a)
    add("sendmail", mh, sendmail("The following addresses had permanent "
                                 "fatal errors", t, None, 52, a),
        [(a, "invalid", "userunknown", "550 Unknown user %s" % a,
          "sendmail")], "wAB1234.1606806000/mx.example.org")
    a = "relay@example.com"
    t = ("... while talking to mx.example.com.:\n>>> RCPT To:<%s>\n<<< 550 "
         "5.7.1 <%s>... Relaying denied\n550 5.7.1 <%s>... Relaying denied" %
         (a, a, a))
    add("sendmail", mh, sendmail("The following addresses had permanent "
                                 "fatal errors", t,
                                 [rcpt(a, "5.7.1", "550 5.7.1 <%s>... "
                                       "Relaying denied" % a,
                                       mta="mx.example.com")], 60, a),
        [(a, "blocked", "norelaying", "550 5.7.1 <%s>... Relaying denied" %
          a, "sendmail")], "wAB1234.1606806000/mx.example.org")
    # A person forwards Sendmail's notice inline ("Fwd: Returned mail: see
    # transcript for details", which Sendmail.pm of Sisimai 5 reads too).
    a = "kaufmann@example.de"
    r = "550 5.1.1 <%s>... User unknown" % a
    add("sendmail", [("Return-Path", "<colleague@exporter.example.com>"),
                     ("From", "Colleague <colleague@exporter.example.com>"),
                     ("Subject", "Fwd: Returned mail: see transcript for "
                      "details")],
        "FYI, this one bounced.\n\n---------- Forwarded message "
        "---------\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@mx.example."
        "org>\nDate: Tue, 1 Dec 2026 09:00:00 +0100\nSubject: Returned "
        "mail: see transcript for details\nTo: colleague@exporter.example."
        "com\n\nThe original message was received at Tue, 1 Dec 2026 "
        "08:00:00 +0100\nfrom mail.exporter.example.com [192.0.2.9]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        "<%s>\n    (reason: %s)\n\n   ----- Transcript of session follows "
        "-----\n... while talking to mx.example.de.:\n>>> RCPT To:<%s>\n"
        "<<< %s\n%s\n" % (a, r, a, r, r),
        [(a, "invalid", "userunknown", r, "sendmail5")])
    a = "gone@example.co.jp"
    t = ("Message could not be delivered for too long\nMessage will be "
         "deleted from queue")
    add("sendmail", [mh[0], ("Subject", "Returned mail: Cannot send message "
                             "for 5 days")],
        sendmail("The following addresses had permanent fatal errors", t,
                 [rcpt(a, "4.4.7", action="failed")], 53, a),
        [(a, "retry-later", "expired", t, "sendmail")],
        "wAB1234.1606806000/mx.example.org")
    a = "dns@example.co.jp"
    t = ("... while talking to mx.example.co.jp.:\n<%s>... Deferred: Name "
         "server: example.co.jp.: host name lookup failure" % a)
    add("sendmail", [mh[0], ("Subject", "Warning: could not send message "
                             "for past 4 hours")],
        sendmail("The following addresses had transient non-fatal errors",
                 t, [rcpt(a, "4.4.3", action="delayed")], 54, a),
        [(a, "retry-later", "networkerror", "Deferred: Name server: "
          "example.co.jp.: host name lookup failure", "sendmail")],
        "wAB1234.1606806000/mx.example.org")
    return out


def build(n, notice):
    family, headers, body, truth, boundary = notice
    head = ("Return-Path: <>\nReceived: from mx.example.org (mx.example.org "
            "[192.0.2.1])\n\tby mail.exporter.example.com (Postfix) with "
            "ESMTPS;\n\tTue, 1 Dec 2026 09:%02d:00 +0100 (CET)\n") % (n % 60)
    qp = QP in headers
    headers = [h for h in headers if h != QP]
    names = [k.lower() for k, v in headers]
    for k, v in headers:
        if k == "Return-Path":
            head = head.replace("Return-Path: <>", "Return-Path: " + v)
        else:
            head += "%s: %s\n" % (k, v)
    head += "To: %s\nDate: Tue, 1 Dec 2026 09:%02d:00 +0100\n" % (
        ORIG_FROM, n % 60)
    if "message-id" not in names:
        head += "Message-ID: <%s.%03d@bounce.example.org>\n" % (family, n)
    head += "MIME-Version: 1.0\n"
    if boundary:
        head += "Content-Type: " + REPORT % boundary + "\n"
    else:
        head += "Content-Type: text/plain; charset=us-ascii\n"
    if qp:
        head += "Content-Transfer-Encoding: quoted-printable\n"
        return (head + "\n").encode() + quopri.encodestring(
            body.replace("failure:\n", "failure: \n").encode())
    return (head + "\n" + body).encode()


def status(diag):
    """The enhanced status code (RFC 3463) a diagnostic quotes, or ""."""
    m = re.search(r"(?<![0-9.])([245])\.([0-9]{1,3})\.([0-9]{1,3})"
                  r"(?![0-9.])", diag)
    return ".".join(m.groups()) if m else ""


def truth(rows):
    """The truth's recipients: the diagnostic squeezed, the status it
    quotes, the category's hard flag, the source named."""
    out = []
    for a, c, r, d, s in rows:
        d = " ".join(d.split())
        out.append({"addr": a, "category": c, "reason": r,
                    "status": status(d), "code": "",
                    "hard": c == "invalid", "diagnostic": d,
                    "src": SRC[s]})
    return out


def main():
    top = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(
        os.path.abspath(__file__))
    write_set(top, [(notice[0], build(n, notice), truth(notice[3]))
                    for n, notice in enumerate(notices(), 1)])


if __name__ == "__main__":
    main()
