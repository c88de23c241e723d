#!/usr/bin/env python3
"""Builds the notices of tests/corpus/families: the frames of notice
families that no other corpus of this tree holds, rebuilt from what
Sisimai 5's parser of each family documents of it.

usage: make.py [DIR]   (default: the directory of this script)

Writes maildir/<family>-NN.eml and truth.jsonl.  Each notice rebuilds
the header fields its parser keys on, the marker lines it reads from
and the lines it takes recipients and texts from, around diagnostics
whose meaning a source documents; the addresses are made up and the
prose between the markers is ours (see README.md).  Rerunning it
rewrites the same bytes.
"""
import os
import quopri
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                ".."))
from corpus_set import (dsn_recipients, multipart, part,  # noqa: E402
                        truth_recipient, write_set)

GO = "go-sisimai v5 (BSD 2-Clause), lhost/via-"
P5 = "p5-sisimai 5.x (BSD 2-Clause), lib/Sisimai/Lhost/"
SRC = {
    "mimecast": P5 + "Mimecast.pm (the frame); Exchange Online's 5.4.1 "
                "directory-based edge blocking (Microsoft Learn, as "
                "traps.tsv records it)",
    "mimecast-codes": P5 + "Mimecast.pm (the frame); Mimecast's SMTP "
                      "error codes as p5-sisimai lib/Sisimai/Rhost/"
                      "Mimecast.pm records them",
    "exim-frozen": GO + "exim.go (deliver.c \"Message %s has been "
                   "frozen\", receive.c \"was frozen on arrival\"); "
                   "Exim's moan.c lists the addresses yet to be "
                   "delivered",
    "au": GO + "ezweb.go (From Postmaster@au.com, Message-Id .au.com, "
          "\"The user(s) account is disabled.\", \"temporarily over "
          "quota\")",
    "qmail": GO + "qmail.go (\"--- Below this line is a copy of the mail "
             "header.\"; qmail-local.c \"Sorry, no mailbox here by that "
             "name. (#5.1.1)\", qmail-remote.c \"Sorry, I couldn't find "
             "any host by that name. (#4.1.2)\")",
    "sendas": P5 + "GoogleWorkspace.pm (\"** Message not delivered **\", "
              "the 'Send mail as' text and \"The response was:\"; "
              "support.google.com/mail/?p=CustomFromDenied)",
    "domino": GO + "domino.go (the frame; \"non r\u00e9pertori\u00e9 dans "
              "l'annuaire Domino\" in ISO-8859-1 and \"\u30c7\u30a3"
              "\u30ec\u30af\u30c8\u30ea\u306b\u306f\u898b\u3064"
              "\u304b\u308a\u307e\u305b\u3093\" in ISO-2022-JP, as "
              "its table of texts not in UTF-8 gives them)",
    "kddi": GO + "kddi.go (\"Your mail sent on:\", \"Could not be "
            "delivered to: <...>\", \"As the remote domain doesnt "
            "exist\", \"Due to the following SMTP relay error\")",
    "ex2003": GO + "exchange2003.go (the MSEXCH:IMS lines and their "
              "codes: 000C05A6 Unknown Recipient, 000B0981 502 Server "
              "does not support AUTH)",
    "ex2007": GO + "exchange2007.go (SMTPSEND.DNS.MxLoopback, "
              "RESOLVER.ADR.RecipNotFound)",
    "qmail-ldap": GO + "qmail.go (the qmail-ldap patch's spellings of "
                  "\"Mailaddress is administratively disabled\", 5.2.1)",
    "smail": P5 + "DeutscheTelekom.pm (Smail 3 notify.c \" %s ... "
             "failed: %s\", models.c \"no valid recipients were found "
             "for this message\")",
}

SENDER = "sales@exporter.example.com"
DATE = "Tue, 1 Dec 2026 11:%02d:00 +0100"


def orig_headers(n, rcpts, subject):
    return ("From: Sales Team <%s>\n"
            "To: %s\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: <offer.%03d@exporter.example.com>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n") % (
                SENDER, ", ".join(rcpts), subject, DATE % n, n)


def headers(n, frm, subject, ctype, extra=(), to=SENDER):
    h = ("Return-Path: <>\n"
         "Received: from gw.example.net (gw.example.net [192.0.2.%d])\n"
         "\tby mail.exporter.example.com (Postfix) with ESMTP;\n"
         "\t%s\n" % (30 + n, DATE % n))
    for k, v in extra:
        h += "%s: %s\n" % (k, v)
    h += "From: %s\nTo: %s\nSubject: %s\nDate: %s\n" % (
        frm, to, subject, DATE % n)
    if not any(k.lower() == "message-id" for k, v in extra):
        h += "Message-ID: <ndr.%03d@gw.example.net>\n" % n
    return h + "MIME-Version: 1.0\nContent-Type: %s\n\n" % ctype


ITEMS = []


def notice(family, data, rcpts, kind="bounce"):
    """rcpts: (addr, category, reason, status, code, diagnostic, src)"""
    ITEMS.append((family, data.encode("utf-8"),
                  [truth_recipient(r, SRC) for r in rcpts], kind))


# ---------------------------------------------------------------------
# Mimecast: Subject "[Postmaster] Email Delivery Failure", a Message-Id
# at .mimecast.lan; each recipient on a line "-- address", each of its
# texts on a line "-- text"; an RFC 3464 part may follow.
def mimecast(n, blocks, report=None):
    text = ""
    for a, problem, info in blocks:
        text += ("An email that you attempted to send to the following "
                 "address could not be delivered:\n-- %s\n\n"
                 "The problem appears to be :\n-- %s\n\n"
                 "Additional information follows :\n-- %s\n\n") % (
                     a, problem, info)
    extra = [("Message-ID", "<%010d-1102117314000@us-mta-25.us."
              "mimecast.lan>" % n)]
    subject = "[Postmaster] Email Delivery Failure"
    frm = "Postmaster <postmaster@exporter.example.com>"
    if report is None:
        return headers(n, frm, subject, "text/plain; charset=us-ascii",
                       extra) + text
    ctype, body = multipart("MC%03d" % n, [
        part("text/plain; charset=us-ascii", text),
        part("message/delivery-status",
             "Reporting-MTA: dns; us-smtp-25.mimecast.example\n" +
             dsn_recipients(report)),
        part("text/rfc822-headers", orig_headers(
            n, [r[0] for r in report], "Offer %03d" % n))], report=True)
    return headers(n, frm, subject, ctype, extra) + body


notice("mimecast", mimecast(1, [
    ("anna.keller@example.de", "Recipient email address is possibly "
     "incorrect", "5.4.1 Recipient address rejected: Access denied.")]), [
    ("anna.keller@example.de", "invalid", "userunknown", "5.4.1", "",
     "5.4.1 Recipient address rejected: Access denied.", "mimecast")])
MIMECAST_REPLIES = [
    # (address, reply, status, category, reason)
    ("einkauf@example.at", "550 DMARC Sender Invalid - envelope rejected",
     "5.7.1", "blocked", "authfailure"),
    ("lager@example.at", "554 Maximum email size exceeded", "5.3.4",
     "content", "mesgtoobig"),
]
notice("mimecast", mimecast(2, [
    (a, "The remote server rejected the message", d)
    for a, d, st, c, r in MIMECAST_REPLIES], [
    (a, "failed", st, d, "") for a, d, st, c, r in MIMECAST_REPLIES]), [
    (a, c, r, st, d[:3], d, "mimecast-codes")
    for a, d, st, c, r in MIMECAST_REPLIES])


# ---------------------------------------------------------------------
# Exim's frozen messages: Subject "Message frozen" with the addresses
# yet to be delivered ("  address: why"), or "Message frozen on
# arrival" with none (the sender named is ours, and nobody failed).
def exim_frozen(n, subject, text):
    return headers(n, "Mail Delivery System <Mailer-Daemon@mx.example.net>",
                   subject, "text/plain; charset=us-ascii",
                   [("Message-ID", "<E1kj4W%c-0003A%c-Cd@mx.example.net>" %
                     (chr(96 + n), chr(96 + n)))],
                   to="postmaster@exporter.example.com") + text


notice("exim-frozen", exim_frozen(3, "Message frozen",
    "Message 1kj4Wz-0003Ab-Cd has been frozen by the system filter.\n"
    "The sender is <%s>.\n\n"
    "The following address(es) have yet to be delivered:\n"
    "  buyer@example.org: forced freeze\n" % SENDER), [
    ("buyer@example.org", "retry-later", "expired", "", "",
     "Message 1kj4Wz-0003Ab-Cd has been frozen by the system filter. "
     "The sender is <%s>. forced freeze" % SENDER, "exim-frozen")],
    kind="delayed")
notice("exim-frozen", exim_frozen(4, "Message frozen on arrival",
    "Message 1kj4X0-0003Ac-Ef was frozen on arrival by ACL.\n"
    "The sender is <%s>.\n" % SENDER), [], kind="notbounce")


# ---------------------------------------------------------------------
# au by KDDI after the move to au.com: the EZweb frame from
# Postmaster@au.com, a Message-Id at .au.com, a Received ".au.com (".
def au(n, reason_line, rcpt_line):
    text = ("%s\n\n%s\n\n"
            "--------------------------------------------------\n"
            "%s") % (reason_line, rcpt_line, orig_headers(
                n, [rcpt_line[1:rcpt_line.index(">")]], "Offer %03d" % n))
    return headers(n, "<Postmaster@au.com>",
                   "Mail System Error - Returned Mail",
                   "text/plain; charset=us-ascii",
                   [("Received", "from mx.au.com (lsean.ezweb.ne.jp "
                     "[203.0.113.%d])\n\tby mx01.au.com (au) with ESMTP;"
                     "\n\t%s" % (n, DATE % n)),
                    ("Message-ID", "<2026120111%04d.F%06d@mx01.au.com>" %
                     (n, n))]) + text


notice("au", au(5, "The user(s) account is disabled.",
                "<kenta.sato@au.com>: 550 user unknown (in reply to RCPT "
                "TO command)"), [
    ("kenta.sato@au.com", "invalid", "suspend", "", "550",
     "The user(s) account is disabled. <kenta.sato@au.com>: 550 user "
     "unknown (in reply to RCPT TO command)", "au")])
notice("au", au(6, "The user(s) account is temporarily over quota.",
                "<yui.tanaka@au.com>: 552 mailbox full (in reply to RCPT "
                "TO command)"), [
    ("yui.tanaka@au.com", "full", "mailboxfull", "", "552",
     "The user(s) account is temporarily over quota. <yui.tanaka@au.com>: "
     "552 mailbox full (in reply to RCPT TO command)", "au")])


# ---------------------------------------------------------------------
# qmail that returns the header only ("--- Below this line is a copy of
# the mail header."), one dead address and one name server that did
# not answer.
notice("qmail", headers(7, "MAILER-DAEMON@mail.example.net",
                        "failure notice", "text/plain; charset=us-ascii",
                        [("Received", "(qmail 2222 invoked for bounce); "
                          "1 Dec 2026 10:07:00 -0000")]) +
       "Hi. This is the qmail-send program at mail.example.net.\n"
       "I'm afraid I wasn't able to deliver your message to the following "
       "addresses.\nThis is a permanent error; I've given up. Sorry it "
       "didn't work out.\n\n"
       "<p.silva@example.net>:\n"
       "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
       "<compras@example.com.br>:\n"
       "Sorry, I couldn't find any host by that name. (#4.1.2)\n\n"
       "--- Below this line is a copy of the mail header.\n\n" +
       orig_headers(7, ["p.silva@example.net", "compras@example.com.br"],
                    "Offer 007"), [
    ("p.silva@example.net", "invalid", "userunknown", "5.1.1", "",
     "Sorry, no mailbox here by that name. (#5.1.1)", "qmail"),
    ("compras@example.com.br", "retry-later", "networkerror", "4.1.2", "",
     "Sorry, I couldn't find any host by that name. (#4.1.2)", "qmail")])


# ---------------------------------------------------------------------
# Google Workspace: the sender's 'Send mail as' address is set up wrong;
# the recipient named in the original's To: did nothing wrong.
def sendas(n, rcpt):
    text = ("** Message not delivered **\n\n"
            "You're sending this from a different address or alias using "
            "the 'Send mail as' feature.\n"
            "The settings for your 'Send mail as' account are "
            "misconfigured or out of date. Check those settings and try "
            "resending.\n"
            "Learn more here: https://support.google.com/mail/?p="
            "CustomFromDenied\n"
            "The response was:\n"
            "Unspecified Error (SENT_SECOND_EHLO): Smtp server does not "
            "advertise AUTH capability\n")
    ctype, body = multipart("000000000000%04d" % n, [
        part("text/plain; charset=\"UTF-8\"", text),
        part("message/rfc822", orig_headers(n, [rcpt], "Offer %03d" % n) +
             "\nPlease find our offer attached.\n")])
    return headers(n, "Mail Delivery Subsystem "
                   "<mailer-daemon@googlemail.com>",
                   "Delivery Status Notification (Failure)", ctype) + body


notice("sendas", sendas(8, "buyer@example.co.uk"), [
    ("buyer@example.co.uk", "blocked", "securityerror", "", "",
     "You're sending this from a different address or alias using the "
     "'Send mail as' feature. Unspecified Error (SENT_SECOND_EHLO): Smtp "
     "server does not advertise AUTH capability", "sendas")])


# ---------------------------------------------------------------------
# Smail 3 with its message log above the failed addresses.
notice("smail", headers(9, "Mail Delivery Subsystem "
                        "<MAILER-DAEMON@mail.example.de>",
                        "mail failed, returning to sender",
                        "text/plain; charset=us-ascii") +
       "|------------------------- Message log follows: "
       "-------------------------|\n"
       " no valid recipients were found for this message\n"
       "|------------------------- Failed addresses follow: "
       "---------------------|\n"
       " j.weber@gone-firma.example ... unknown host\n"
       "|------------------------- Message text follows: "
       "------------------------|\n" +
       orig_headers(9, ["j.weber@gone-firma.example"], "Offer 009"), [
    ("j.weber@gone-firma.example", "invalid", "hostunknown", "", "",
     "no valid recipients were found for this message "
     "j.weber@gone-firma.example ... unknown host", "smail")])


# ---------------------------------------------------------------------
# Domino in French (ISO-8859-1, quoted-printable) and Japanese
# (ISO-2022-JP): the parser's markers, the reason in the language.
def domino(n, rcpt, why, charset, cte):
    subject = "Offer %03d" % n
    text = ("Your message\n\n  Subject: %s\n\nwas not delivered to:\n\n"
            "  %s\n\nbecause:\n\n  %s\n\n") % (subject, rcpt, why)
    raw = text.encode(charset)
    if cte == "quoted-printable":
        raw = quopri.encodestring(raw)
    ctype, body = multipart("0__=DOMINO%03d" % n, [
        part("text/plain; charset=\"%s\"" % charset, raw.decode("ascii"),
             "Content-Transfer-Encoding: %s\n" % cte),
        part("message/rfc822", orig_headers(n, [rcpt], subject) +
             "\nPlease find our offer attached.\n")])
    return headers(n, "Postmaster <postmaster@example.fr>",
                   "DELIVERY FAILURE: %s" % rcpt, ctype) + body


notice("domino", domino(10, "c.martin@example.fr", "Utilisateur c.martin "
                        "(c.martin@example.fr) non r\u00e9pertori\u00e9 "
                        "dans l'annuaire Domino", "iso-8859-1",
                        "quoted-printable"), [
    ("c.martin@example.fr", "invalid", "userunknown", "", "",
     "Utilisateur c.martin (c.martin@example.fr) non r\u00e9pertori\u00e9 "
     "dans l'annuaire Domino", "domino")])
notice("domino", domino(11, "h.suzuki@example.co.jp", "\u30e6\u30fc"
                        "\u30b6\u30fc h.suzuki (h.suzuki@example.co.jp) "
                        "\u306f Domino \u30c7\u30a3\u30ec\u30af\u30c8"
                        "\u30ea\u306b\u306f\u898b\u3064\u304b\u308a"
                        "\u307e\u305b\u3093\u3002", "iso-2022-jp",
                        "7bit"), [
    ("h.suzuki@example.co.jp", "invalid", "userunknown", "", "",
     "\u30e6\u30fc\u30b6\u30fc h.suzuki (h.suzuki@example.co.jp) \u306f "
     "Domino \u30c7\u30a3\u30ec\u30af\u30c8\u30ea\u306b\u306f\u898b"
     "\u3064\u304b\u308a\u307e\u305b\u3093\u3002", "domino")])


# ---------------------------------------------------------------------
# au by KDDI's own notice: "Your mail sent on:", then per recipient
# "Could not be delivered to: <...>" and the reason indented.
def kddi(n, rcpt, why, category, reason):
    notice("kddi", headers(n, "no-reply@app.auone-net.jp",
                           "Undelivered Mail", "text/plain; charset=us-ascii",
                           [("Reply-To", "no-reply@app.auone-net.jp")]) +
           "Your mail sent on: %s\n"
           "    Could not be delivered to: <%s>\n"
           "    %s\n\n"
           "--------------------------------------------------\n" % (
               DATE % n, rcpt, why) +
           orig_headers(n, [rcpt], "Offer %03d" % n), [
        (rcpt, category, reason, "", "", why, "kddi")])


kddi(12, "t.ito@old-shop.example.jp", "As the remote domain doesnt exist.",
     "invalid", "hostunknown")
kddi(13, "m.kato@example.ne.jp", "Due to the following SMTP relay error",
     "blocked", "norelaying")


# ---------------------------------------------------------------------
# Exchange 5.5 to 2003: "did not reach the following recipient(s):",
# each recipient "address on date", then its MSEXCH:IMS line and code.
notice("exchange2003", headers(14, "System Administrator "
                               "<postmaster@example.co.uk>",
                               "Undeliverable: Offer 014",
                               "text/plain; charset=us-ascii",
                               [("X-Mailer", "Internet Mail Service "
                                 "(5.5.2653.19)")]) +
       "Your message\n\n"
       "  To:      r.jones@example.co.uk; p.smith@example.co.uk\n"
       "  Subject: Offer 014\n"
       "  Sent:    Tue, 1 Dec 2026 11:14:00 +0100\n\n"
       "did not reach the following recipient(s):\n\n"
       "r.jones@example.co.uk on Tue, 1 Dec 2026 11:14:30 +0100\n"
       "    The recipient name is not recognized\n"
       "    MSEXCH:IMS:EXAMPLE:UK:MAIL1 0 (000C05A6) Unknown Recipient\n"
       "p.smith@example.co.uk on Tue, 1 Dec 2026 11:14:30 +0100\n"
       "    MSEXCH:IMS:EXAMPLE:UK:MAIL1 0 (000B0981) 502 Server does not "
       "support AUTH\n", [
    ("r.jones@example.co.uk", "invalid", "userunknown", "", "",
     "MSEXCH:IMS:EXAMPLE:UK:MAIL1 0 (000C05A6) Unknown Recipient",
     "ex2003"),
    ("p.smith@example.co.uk", "blocked", "securityerror", "", "502",
     "MSEXCH:IMS:EXAMPLE:UK:MAIL1 0 (000B0981) 502 Server does not "
     "support AUTH", "ex2003")])


# ---------------------------------------------------------------------
# Exchange 2007 and later: a domain whose MX points back at the sender's
# server (a loop of its DNS records, not a dead address) beside a dead
# one.
notice("exchange2007", headers(15, "postmaster@example.com",
                               "Undeliverable: Offer 015",
                               "text/plain; charset=us-ascii",
                               [("Content-Language", "en-US")]) +
       "Delivery has failed to these recipients or distribution lists:\n\n"
       "einkauf@loop.example.com\n"
       "ops@example.com\n\n"
       "Diagnostic information for administrators:\n\n"
       "Generating server: exch01.example.com\n\n"
       "einkauf@loop.example.com\n"
       "#554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS records for the "
       "destination domain are configured in a loop ##\n\n"
       "ops@example.com\n"
       "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n\n"
       "Original message headers:\n\n" +
       orig_headers(15, ["einkauf@loop.example.com", "ops@example.com"],
                    "Offer 015"), [
    ("einkauf@loop.example.com", "retry-later", "networkerror", "5.4.4",
     "554", "554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS records for the "
     "destination domain are configured in a loop", "ex2007"),
    ("ops@example.com", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "ex2007")])


# ---------------------------------------------------------------------
# qmail with the qmail-ldap patch, one of its spellings.
notice("qmail", headers(16, "MAILER-DAEMON@ldap.example.net",
                        "failure notice", "text/plain; charset=us-ascii",
                        [("Received", "(qmail 3333 invoked for bounce); "
                          "1 Dec 2026 10:16:00 -0000")]) +
       "Hi. This is the qmail-send program at ldap.example.net.\n"
       "I'm afraid I wasn't able to deliver your message to the following "
       "addresses.\nThis is a permanent error; I've given up. Sorry it "
       "didn't work out.\n\n"
       "<former.staff@ldap.example.net>:\n"
       "Mailaddress is administrativly disabled. (#5.2.1)\n\n"
       "--- Below this line is a copy of the message.\n\n" +
       orig_headers(16, ["former.staff@ldap.example.net"], "Offer 016") +
       "\nPlease find our offer attached.\n", [
    ("former.staff@ldap.example.net", "invalid", "suspend", "5.2.1", "",
     "Mailaddress is administrativly disabled. (#5.2.1)", "qmail-ldap")])


def main():
    top = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(
        os.path.abspath(__file__))
    write_set(top, ITEMS)


if __name__ == "__main__":
    main()
