#!/usr/bin/env python3
"""Builds the mail servers' and gateways' bounce notices of
tests/corpus/servers.

usage: make.py [DIR]   (default: the directory of this script)

Writes maildir/<family>-NN.eml and truth.jsonl.  Each notice rebuilds the
frame its server or gateway writes, as the parser that reads that family
documents it (the headers it keys on, the markers, the recipient and
diagnostic lines; see README.md), around a diagnostic of documented
meaning; the addresses are made up.  Each truth line names its source.
Rerunning it rewrites the same bytes.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                ".."))
from corpus_set import (dsn_recipients, multipart, part,  # noqa: E402
                        write_notices)

LH = "libsisimai-perl 4.25.15 (BSD 2-Clause), Sisimai/Lhost/"
SRC = {
    "ex2007": LH + "Exchange2007.pm; go-sisimai lhost/via-exchange2007.go",
    "ex2003": LH + "Exchange2003.pm; go-sisimai lhost/via-exchange2003.go",
    "kb284204": "Microsoft KB 284204, Delivery status notifications in "
                "Exchange Server (Exchange 2000 and 2003)",
    "kb251152": "Microsoft KB 251152 (Exchange NDR, Ambiguous Recipient)",
    "imail": LH + "IMailServer.pm",
    "messaging": LH + "MessagingServer.pm",
    "mailfoundry": LH + "MailFoundry.pm",
    "mcafee": LH + "McAfee.pm",
    "messagelabs": LH + "MessageLabs.pm",
    "activehunter": LH + "Activehunter.pm",
    "amavis": LH + "Amavis.pm (amavisd-new 2.11.1 smtp_reason_by_ccat)",
    "barracuda": LH + "Barracuda.pm",
    "barracudablocked": LH + "Barracuda.pm; Sisimai/Reason/Blocked.pm "
                        "(\"(ADDR:blocked)\")",
    "powermta": LH + "PowerMTA.pm",
    "x1": LH + "X1.pm",
    "x2": LH + "X2.pm",
    "interscan": LH + "InterScanMSS.pm",
    "surfcontrol": LH + "SurfControl.pm",
    "mailmarshal": LH + "MailMarshalSMTP.pm",
    "domino": LH + "Domino.pm",
    "notes": LH + "Notes.pm",
    "mfilter": LH + "mFILTER.pm",
    "james": LH + "ApacheJames.pm",
    "v5sendmail": LH + "V5sendmail.pm",
    "fml": LH + "FML.pm",
    "rfc5321": "RFC 5321 section 4.2 (reply texts); RFC 3463 (status codes)",
}

SENDER = "sales@exporter.example.com"
DATE = "Tue, 1 Dec 2026 10:%02d:00 +0100"


def orig_headers(n, rcpts, subject):
    return ("Received: from [192.0.2.10] (helo=ws12)\n"
            "\tby mail.exporter.example.com with ESMTPSA;\n"
            "\t%s\n"
            "From: Sales Team <%s>\n"
            "To: %s\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: <offer.%03d@exporter.example.com>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n") % (
                DATE % (n % 60), SENDER, ", ".join(rcpts), subject,
                DATE % (n % 60), n)


def orig_message(n, rcpts, subject):
    return orig_headers(n, rcpts, subject) + \
        "\nPlease find our offer for the next quarter attached.\n"


def dsn(mta, recs, extra=""):
    """recs: (addr, action, status, diagnostic, remote)"""
    return "Reporting-MTA: dns; %s\n%sArrival-Date: %s\n" % (
        mta, extra, DATE % 0) + dsn_recipients(recs)


def headers(n, frm, subject, ctype, extra=(), cte="7bit"):
    h = ("Return-Path: <>\n"
         "Received: from gw.example.net (gw.example.net [192.0.2.%d])\n"
         "\tby mail.exporter.example.com (Postfix) with ESMTP;\n"
         "\t%s\n" % (20 + n % 200, DATE % (n % 60)))
    for k, v in extra:
        h += "%s: %s\n" % (k, v)
    h += ("From: %s\nTo: %s\nSubject: %s\nDate: %s\n" % (
        frm, SENDER, subject, DATE % (n % 60)))
    if not any(k.lower() == "message-id" for k, v in extra):
        h += "Message-ID: <ndr.%03d@gw.example.net>\n" % n
    h += "MIME-Version: 1.0\nContent-Type: %s\n" % ctype
    h += "Content-Transfer-Encoding: %s\n\n" % cte
    return h


NOTICES = []


def notice(family, build, rcpts):
    """rcpts: (addr, category, reason, status, code, diagnostic, src)"""
    NOTICES.append((family, build, rcpts))


# ---------------------------------------------------------------------
# Microsoft Exchange 2007 and later: "Diagnostic information for
# administrators", "Generating server", then each recipient on its own
# line and "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", then
# "Original message headers"; in the language of Content-Language.
EX2007 = {
    "en-US": ("Undeliverable: ",
              "Delivery has failed to these recipients or distribution "
              "lists:",
              "Microsoft Exchange will not try to redeliver this message "
              "for you.",
              "Diagnostic information for administrators:",
              "Generating server: ", "Original message headers:"),
    "fr-FR": ("Non remis : ",
              "La remise aux destinataires ou groupes suivants a "
              "\u00e9chou\u00e9 :",
              "Microsoft Exchange ne tentera pas de remettre ce message "
              "\u00e0 nouveau.",
              "Informations de diagnostic pour les administrateurs :",
              "Serveur de g\u00e9n\u00e9ration : ",
              "En-t\u00eates de message d'origine :"),
    "it-CH": ("Non recapitabile: ",
              "Recapito non riuscito per i seguenti destinatari o liste "
              "di distribuzione:",
              "Microsoft Exchange non tenter\u00e0 di recapitare di nuovo "
              "il messaggio.",
              "Informazioni di diagnostica per gli amministratori:",
              "Server di generazione: ",
              "Intestazioni originali del messaggio:"),
    "sv-SE": ("Olevererbart: ",
              "Leveransen misslyckades till f\u00f6ljande mottagare eller "
              "distributionslistor:",
              "Microsoft Exchange f\u00f6rs\u00f6ker inte leverera "
              "meddelandet igen.",
              "Diagnostisk information f\u00f6r administrat\u00f6rer:",
              "Genererande server: ", "Ursprungshuvuden:"),
}


def ex2007(lang, host, recs, remote_form=False, report=True):
    """report: a multipart/report with an RFC 3464 part; else the text
    alone, as Sisimai's parser reads it."""
    subj_pre, intro, note, diag, gen, orighead = EX2007[lang]

    def build(n):
        subject = "Offer %03d" % n
        text = intro + "\n\n"
        for a, line in recs:
            text += "%s\n%s\n\n" % (a, note)
        text += "%s\n\n%s%s\n\n" % (diag, gen, host)
        for a, line in recs:
            if remote_form:
                text += "%s\n%s\n\n" % (a, line)
            else:
                text += "%s\n#%s ##\n\n" % (a, line)
        text += "%s\n\n%s" % (orighead, orig_headers(
            n, [a for a, l in recs], subject))
        if report:
            ctype, body = multipart(
                "_000_NDR%03d_" % n,
                [part("text/plain; charset=\"utf-8\"", text,
                      "Content-Transfer-Encoding: 8bit\n"),
                 part("message/delivery-status",
                      dsn(host, [(a, "failed", l.split()[1], l, None)
                                 for a, l in recs]))],
                report=True)
        else:
            ctype, body = "text/plain; charset=\"utf-8\"", text
        return headers(n, "postmaster@%s" % host.split(".", 1)[1],
                       subj_pre + subject, ctype,
                       [("Content-Language", lang),
                        ("X-MS-Exchange-Message-Is-Ndr", "")],
                       "8bit") + body
    return build


notice("exchange2007", ex2007("en-US", "mta2.example.jp", [
    ("kijitora@example.jp", "550 5.1.1 RESOLVER.ADR.RecipNotFound; "
     "not found"),
    ("mikeneko@example.jp", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; "
     "message too large for this recipient")]), [
    ("kijitora@example.jp", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "ex2007"),
    ("mikeneko@example.jp", "content", "mesgtoobig", "5.2.3", "550",
     "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this "
     "recipient", "ex2007")])
notice("exchange2007", ex2007("fr-FR", "mx1.example.fr", [
    ("j.dupont@example.fr", "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; "
     "not found")], report=False), [
    ("j.dupont@example.fr", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", "ex2007")])
notice("exchange2007", ex2007("it-CH", "posta.example.ch", [
    ("m.rossi@example.ch", "550 5.7.1 RESOLVER.RST.NotAuthorized; not "
     "authorized"),
    ("l.bianchi@example.ch", "550 5.1.1 RESOLVER.ADR.RecipNotFound; "
     "not found")]), [
    ("m.rossi@example.ch", "blocked", "rejected", "5.7.1", "550",
     "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", "ex2007"),
    ("l.bianchi@example.ch", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "ex2007")])
notice("exchange2007", ex2007("sv-SE", "smtp.example.se", [
    ("anna.berg@example.se", "550 4.4.7 QUEUE.Expired; message "
     "expired")], report=False), [
    ("anna.berg@example.se", "retry-later", "expired", "4.4.7", "550",
     "550 4.4.7 QUEUE.Expired; message expired", "ex2007")])
notice("exchange2007", ex2007("en-US", "exch01.example.com", [
    ("buyer@example.com", "Remote Server returned '550 5.7.1 "
     "RESOLVER.RST.AuthRequired; authentication required'"),
    ("ops@example.org", "Remote Server returned '554 5.4.4 "
     "SMTPSEND.DNS.NonExistentDomain; nonexistent domain'"),
    ("team@example.net", "Remote Server returned '550 5.5.3 "
     "RESOLVER.ADR.RecipLimit; too many recipients'")], True, False), [
    ("buyer@example.com", "blocked", "securityerror", "5.7.1", "550",
     "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
     "ex2007"),
    ("ops@example.org", "invalid", "hostunknown", "5.4.4", "554",
     "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
     "ex2007"),
    ("team@example.net", "retry-later", "toomanyconn", "5.5.3", "550",
     "550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients",
     "ex2007")])


def ex2016(a, reported, host):
    """Exchange 2016 and later: "Error Details", "DSN generated by:",
    "Original Message Details" with "Recipient Address:" (go-sisimai's
    Exchange2007 parser reads the recipient from there)."""
    def build(n):
        subject = "Offer %03d" % n
        user, dom = a.split("@")
        text = ("Your message to %s couldn't be delivered.\n\n%s wasn't "
                "found at %s.\n\nsales    Office 365    %s\nAction "
                "Required\n\nUnknown To address\n\nHow to Fix It\nThe "
                "address may be misspelled or may not exist. Try one or "
                "more of the following:\n\nError Details\nReported "
                "error: %s\nDSN generated by: %s\n\nOriginal Message "
                "Details\nCreated Date: 12/1/2026 9:%02d:00 AM\nSender "
                "Address: %s\nRecipient Address: %s\nSubject: %s\n\n"
                "Original Message Headers\n\n") % (
                    a, user, dom, user, reported, host, n % 60, SENDER, a,
                    subject) + orig_headers(n, [a], subject)
        return headers(n, "postmaster@exporter.example.com",
                       "Undeliverable: " + subject,
                       "text/plain; charset=\"us-ascii\"",
                       [("Content-Language", "en-US")]) + text
    return build


notice("exchange2007", ex2016("kijitora@example.jp", "550 5.1.10 "
                              "RESOLVER.ADR.RecipientNotFound; Recipient "
                              "not found by SMTP address lookup",
                              "EXCH22.example.com"), [
    ("kijitora@example.jp", "invalid", "userunknown", "5.1.10", "550",
     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
     "SMTP address lookup", "ex2007")])


# ---------------------------------------------------------------------
# Exchange 5.5 to 2003: "Your message ... did not reach the following
# recipient(s):", "ADDR on DATE", the reason and an MSEXCH: line or a
# "<server #5.x.x>" line.
def plain(shown):
    """The address in a recipient as a notice shows it."""
    return re.search(r"[^\s'(=<]+@[^\s')>]+", shown).group(0)


def ex2003_ims(marker_header, recs):
    def build(n):
        subject = "Offer %03d" % n
        text = ("Your message\n\n  To:      %s\n  Subject: %s\n"
                "  Sent:    %s\n\ndid not reach the following "
                "recipient(s):\n\n") % (", ".join(plain(a)
                                                    for a, r, m in recs),
                                         subject, DATE % (n % 60))
        for a, reason, msexch in recs:
            text += ("%s on %s\n    %s\n    The MTS-ID of the original "
                     "message is: c=jp;a= ;p=example\n;l=EXCH01-%03d\n"
                     "    %s\n") % (a, DATE % (n % 60), reason, n, msexch)
        ctype, body = multipart("----_=_NextPart_000_%03d" % n, [
            part("text/plain; charset=\"iso-8859-1\"", text),
            part("message/rfc822", orig_message(
                n, [plain(a) for a, r, m in recs], subject))])
        return headers(n, "System Administrator <postmaster@example.co.jp>",
                       "Undeliverable: " + subject, ctype,
                       [marker_header]) + body
    return build


def ex2003_outlook(recs):
    def build(n):
        subject = "Offer %03d" % n
        text = ("Your message did not reach some or all of the intended "
                "recipients.\n\n      Subject:\t%s\n      Sent:\t"
                "12/1/2026 10:%02d AM\n\nThe following recipient(s) "
                "cannot be reached:\n\n") % (subject, n % 60)
        for a, reason in recs:
            text += "      %s on 12/1/2026 10:%02d AM\n" % (a, n % 60)
            for line in reason:
                text += "            %s\n" % line
            text += "\n"
        ctype, body = multipart("----_=_NextPart_001_%03d" % n, [
            part("text/plain; charset=\"us-ascii\"", text),
            part("message/rfc822", orig_message(
                n, [a for a, r in recs], subject))])
        return headers(n, "System Administrator <postmaster@example.com>",
                       "Undeliverable: " + subject, ctype,
                       [("X-MimeOLE", "Produced By Microsoft Exchange "
                         "V6.5")]) + body
    return build


notice("exchange2003", ex2003_ims(
    ("X-Mailer", "Internet Mail Service (5.5.2653.19)"), [
        ("kijitora@example.co.jp", "The recipient name is not recognized",
         "MSEXCH:IMS:EXAMPLE CAT:EXAMPLE:EXCH01 0 (000C05A6) Unknown "
         "Recipient"),
        ("mikeneko@example.co.jp", "The recipient name is not recognized",
         "MSEXCH:IMS:EXAMPLE CAT:EXAMPLE:EXCH01 0 (000C05A6) Unknown "
         "Recipient")]), [
    ("kijitora@example.co.jp", "invalid", "userunknown", "", "",
     "The recipient name is not recognized; (000C05A6) Unknown Recipient",
     "ex2003"),
    ("mikeneko@example.co.jp", "invalid", "userunknown", "", "",
     "The recipient name is not recognized; (000C05A6) Unknown Recipient",
     "ex2003")])
notice("exchange2003", ex2003_ims(
    ("X-MS-Embedded-Report", ""), [
        ("sato@example.co.jp", "Too many recipients.",
         "MSEXCH:IMS:EXAMPLE CAT:EXAMPLE:EXCH01 0 (00010256) Too many "
         "recipients.")]), [
    ("sato@example.co.jp", "retry-later", "systemerror", "", "",
     "(00010256) Too many recipients.", "ex2003")])
notice("exchange2003", ex2003_ims(
    ("Received", "by exch01.example.co.jp with Internet Mail Service "
     "(5.5.2657.72)"), [
        ("'kobayashi@example.org'", "The recipient name is not recognized",
         "MSEXCH:IMS:EXAMPLE CAT:EXAMPLE:EXCH01 0 (000B099C) Host Unknown"),
        ("Hayashi Ken (SMTP=hayashi@example.co.jp)", "The recipient name is "
         "ambiguous.", "MSEXCH:IMS:EXAMPLE CAT:EXAMPLE:EXCH01 0 (000C0595) "
         "Ambiguous Recipient")]), [
    ("kobayashi@example.org", "invalid", "hostunknown", "", "",
     "(000B099C) Host Unknown", "ex2003"),
    ("hayashi@example.co.jp", "retry-later", "systemerror", "", "",
     "The recipient name is ambiguous. (000C0595) Ambiguous Recipient",
     "kb251152")])
notice("exchange2003", ex2003_outlook([
    ("user@example.com", [
        "The e-mail account does not exist at the organization this "
        "message was sent to.",
        "Check the e-mail address, or contact the recipient directly to "
        "find out the correct address.",
        "<mx.example.com #5.1.1>"]),
    ("buyer@example.com", [
        "The recipient's mailbox is full and can't accept messages now.",
        "Please try resending this message later, or contact the "
        "recipient directly.",
        "<mx.example.com #5.2.2>"])]), [
    ("user@example.com", "invalid", "userunknown", "5.1.1", "",
     "The e-mail account does not exist at the organization this message "
     "was sent to. <mx.example.com #5.1.1>", "kb284204"),
    ("buyer@example.com", "full", "mailboxfull", "5.2.2", "",
     "The recipient's mailbox is full and can't accept messages now. "
     "<mx.example.com #5.2.2>", "kb284204")])
notice("exchange2003", ex2003_outlook([
    ("orders@example.net", [
        "Could not deliver the message in the time limit specified.  "
        "Please retry or contact your administrator.",
        "<exch01.example.com #4.4.7>"]),
    ("info@example.org", [
        "Remote Server at example.org (192.0.2.3) returned '550 4.4.7 "
        "QUEUE.Expired; message expired'"])]), [
    ("orders@example.net", "retry-later", "expired", "4.4.7", "",
     "Could not deliver the message in the time limit specified. "
     "<exch01.example.com #4.4.7>", "kb284204"),
    ("info@example.org", "retry-later", "expired", "4.4.7", "550",
     "Remote Server at example.org (192.0.2.3) returned '550 4.4.7 "
     "QUEUE.Expired; message expired'", "ex2007")])


# ---------------------------------------------------------------------
# Ipswitch IMail Server: "REASON: ADDR" lines, "undeliverable to ADDR",
# "Original message follows."
def imail(lines):
    def build(n):
        subject = "Offer %03d" % n
        text = "\n".join(lines) + "\n\nOriginal message follows.\n\n" + \
            orig_message(n, ["customer@example.com"], subject)
        return headers(n, "Postmaster <postmaster@example.com>",
                       "Undeliverable Mail", "text/plain; charset=us-ascii",
                       [("X-Mailer", "<SMTP32 v8.22>")]) + text
    return build


notice("imailserver", imail(["Unknown user: kijitora@example.com"]), [
    ("kijitora@example.com", "invalid", "userunknown", "", "",
     "Unknown user: kijitora@example.com", "imail")])
notice("imailserver", imail([
    "User mailbox exceeds allowed size: boss@example.com",
    "Unknown user: intern@example.com"]), [
    ("boss@example.com", "full", "mailboxfull", "", "",
     "User mailbox exceeds allowed size: boss@example.com", "imail"),
    ("intern@example.com", "invalid", "userunknown", "", "",
     "Unknown user: intern@example.com", "imail")])
notice("imailserver", imail([
    "Delivery failed 20 attempts: purchasing@example.net"]), [
    ("purchasing@example.net", "retry-later", "expired", "", "",
     "Delivery failed 20 attempts", "imail")])
notice("imailserver", imail([
    "undeliverable to logistics@example.org",
    "",
    "Body of message generated response:",
    "554 Requested action not taken: virus detected"]), [
    ("logistics@example.org", "content", "virusdetected", "", "554",
     "Requested action not taken: virus detected", "imail")])


# ---------------------------------------------------------------------
# Oracle (Sun) Communications Messaging Server.
def messaging(recs):
    def build(n):
        subject = "Offer %03d" % n
        text = ("This report relates to a message you sent with the "
                "following header fields:\n\n"
                "  Message-id: <offer.%03d@exporter.example.com>\n"
                "  Date: %s\n  From: Sales Team <%s>\n  To: %s\n"
                "  Subject: %s\n\nYour message cannot be delivered to the "
                "following recipients:\n\n") % (
                    n, DATE % (n % 60), SENDER,
                    ", ".join(r[0] for r in recs), subject)
        for a, reason, st, d, remote in recs:
            text += "  Recipient address: %s\n  Reason: %s\n" % (a, reason)
            if d:
                text += "  Diagnostic code: smtp;%s\n" % d
            if remote:
                text += ("  Remote system: dns;%s (TCP|192.0.2.10|47323|"
                         "192.0.2.225|25) (%s ESMTP)\n") % (remote, remote)
            text += "\n"
        ctype, body = multipart("Boundary_(ID_%022d)" % n, [
            part("text/plain; charset=us-ascii", text,
                 "Content-language: en-US\n"),
            part("message/delivery-status", dsn(
                "mr21.example.com (tcp-daemon)",
                [(a, "failed", "%s (%s)" % (st, reason), d,
                  remote) for a, reason, st, d, remote in recs])),
            part("text/rfc822-headers", orig_headers(
                n, [r[0] for r in recs], subject))], report=True)
        return headers(n, "Internet Mail Delivery <postmaster@example.com>",
                       "Delivery Notification: Delivery has failed",
                       ctype) + body
    return build


notice("messagingserver", messaging([
    ("kijitora@example.jp", "Remote SMTP server has rejected address",
     "5.1.1", "550 5.1.1 <kijitora@example.jp>... User Unknown",
     "mx.example.jp")]), [
    ("kijitora@example.jp", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 <kijitora@example.jp>... User Unknown", "messaging")])
notice("messagingserver", messaging([
    ("director@example.net", "Remote SMTP server has rejected address",
     "5.2.2", "552 5.2.2 <director@example.net>... Mailbox full",
     "mx.example.net"),
    ("sales@nohost.example", "Illegal host/domain name found", "5.1.2",
     "", None)]), [
    ("director@example.net", "full", "mailboxfull", "5.2.2", "552",
     "552 5.2.2 <director@example.net>... Mailbox full", "messaging"),
    ("sales@nohost.example", "invalid", "hostunknown", "5.1.2", "",
     "Illegal host/domain name found", "messaging")])
notice("messagingserver", messaging([
    ("import@example.org", "Remote SMTP server has rejected address",
     "5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.10] "
     "blocked using bl.spamcop.net", "mx.example.org")]), [
    ("import@example.org", "blocked", "blocked", "5.7.1", "554",
     "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked "
     "using bl.spamcop.net", "messaging")])


# ---------------------------------------------------------------------
# MailFoundry.
def mailfoundry(recs):
    def build(n):
        subject = "Offer %03d" % n
        text = "This is a MIME-encapsulated message.\n\n"
        for a, line, perm in recs:
            text += ("Unable to deliver message to: <%s>\nDelivery failed "
                     "for the following reason:\n%s\n\n%s\n\n") % (
                         a, line, perm)
        ctype, body = multipart("MFD%03d" % n, [
            part("text/plain; charset=us-ascii", text),
            part("message/rfc822", orig_message(
                n, [a for a, l, p in recs], subject))])
        return headers(n, "MAILER-DAEMON <mailer-daemon@gw.example.org>",
                       "Message delivery has failed", ctype,
                       [("Received", "from localhost (127.0.0.1) by "
                         "gw.example.org (MAILFOUNDRY) id 0123456789; "
                         + DATE % (n % 60))]) + body
    return build


PERM = ("This has been a permanent failure.  No further delivery attempts "
        "will be made.")
notice("mailfoundry", mailfoundry([
    ("kijitora@example.org", "Server mx22.example.org[192.0.2.222] failed "
     "with: 550 <kijitora@example.org> No such user here", PERM)]), [
    ("kijitora@example.org", "invalid", "userunknown", "", "550",
     "550 <kijitora@example.org> No such user here", "mailfoundry")])
notice("mailfoundry", mailfoundry([
    ("chief@example.org", "Server mx22.example.org[192.0.2.222] failed "
     "with: 552 5.2.2 <chief@example.org> Mailbox full", PERM),
    ("clerk@example.org", "Server mx22.example.org[192.0.2.222] failed "
     "with: 550 5.1.1 <clerk@example.org> User unknown", PERM)]), [
    ("chief@example.org", "full", "mailboxfull", "5.2.2", "552",
     "552 5.2.2 <chief@example.org> Mailbox full", "mailfoundry"),
    ("clerk@example.org", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 <clerk@example.org> User unknown", "mailfoundry")])


# ---------------------------------------------------------------------
# McAfee Email and Web Security.
def mcafee(recs):
    def build(n):
        subject = "Offer %03d" % n
        text = "\n   --- The following addresses had delivery problems ---\n\n"
        for a, short, st, d in recs:
            text += "<%s>   (%s)\n\n" % (a, short)
        status = ""
        for a, short, st, d in recs:
            status += ("Original-Recipient: <%s>\nAction: failed\n"
                       "Final-Recipient: rfc822; %s\nStatus: %s\n"
                       "Diagnostic-Code: SMTP; %s\n\n") % (a, a, st, d)
        ctype, body = multipart("--------------Boundary-00=_%03d" % n, [
            part("text/plain; name=\"deliveryproblems.txt\"", text),
            part("message/delivery-status; name=\"deliverystatus.txt\"",
                 status),
            part("message/rfc822", orig_message(
                n, [r[0] for r in recs], subject))])
        return headers(n, "Mail Delivery Subsystem <postmaster@example.co.jp>",
                       "Delivery Status", ctype,
                       [("X-NAI-Header", "Modified by McAfee Email and Web "
                         "Security Virtual Appliance")]) + body
    return build


notice("mcafee", mcafee([
    ("kijitora@example.co.jp", "User unknown kijitora@example.co.jp",
     "5.0.0", "550 Unknown user kijitora@example.co.jp")]), [
    ("kijitora@example.co.jp", "invalid", "userunknown", "", "550",
     "550 Unknown user kijitora@example.co.jp", "mcafee")])
notice("mcafee", mcafee([
    ("tanaka@example.co.jp", "550 <tanaka@example.co.jp>... User not exist",
     "5.0.0", "550 <tanaka@example.co.jp>... User not exist"),
    ("suzuki@example.co.jp", "552 5.2.2 Mailbox full", "5.2.2",
     "552 5.2.2 <suzuki@example.co.jp>... Mailbox full")]), [
    ("tanaka@example.co.jp", "invalid", "userunknown", "", "550",
     "550 <tanaka@example.co.jp>... User not exist", "mcafee"),
    ("suzuki@example.co.jp", "full", "mailboxfull", "5.2.2", "552",
     "552 5.2.2 <suzuki@example.co.jp>... Mailbox full", "mcafee")])


# ---------------------------------------------------------------------
# MessageLabs (Symantec.cloud): an RFC 3464 report from
# MAILER-DAEMON@messagelabs.com with X-Msg-Ref.
def messagelabs(recs):
    def build(n):
        subject = "Offer %03d" % n
        text = ("This is an automatically generated Delivery Status "
                "Notification.\n\nDelivery to the following recipients "
                "failed.\n\n" + "".join("       %s\n" % r[0] for r in recs))
        ctype, body = multipart("=_mlabs_%03d" % n, [
            part("text/plain; charset=us-ascii", text),
            part("message/delivery-status", dsn(
                "server-11.tower-143.messagelabs.com",
                [(a, "failed", st, d, None) for a, st, d in recs])),
            part("text/rfc822-headers", orig_headers(
                n, [r[0] for r in recs], subject))], report=True)
        return headers(n, "MAILER-DAEMON@messagelabs.com",
                       "Mail Delivery Failure", ctype,
                       [("X-Msg-Ref", "server-11.tower-143.messagelabs.com"
                         "!1419367175!36473369!%d" % n),
                        ("X-VirusChecked", "Checked")]) + body
    return build


notice("messagelabs", messagelabs([
    ("kijitora@example.jp", "5.0.0",
     "550 5.1.1 <kijitora@example.jp>... No such user")]), [
    ("kijitora@example.jp", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 <kijitora@example.jp>... No such user", "messagelabs")])
notice("messagelabs", messagelabs([
    ("partner@example.net", "5.0.0",
     "553-you are trying to use me [server-3.tower-1.messagelabs.com] as "
     "a relay, but I have not been configured to let you [192.0.2.10, "
     "exporter.example.com] do this. (#5.7.1) 553 Please turn on SMTP "
     "Authentication in your mail client.")]), [
    ("partner@example.net", "blocked", "securityerror", "5.7.1", "553",
     "553 Please turn on SMTP Authentication in your mail client.",
     "messagelabs")])


# ---------------------------------------------------------------------
# TransWARE Active!hunter.
def activehunter(recs):
    def build(n):
        subject = "Offer %03d" % n
        text = ""
        for a, line in recs:
            text += ("  ----- The following addresses had permanent fatal "
                     "errors -----\n\n>>> %s <%s>\n\n  ----- Transcript of "
                     "session follows -----\n%s\n\n") % (a, a, line)
        ctype, body = multipart("AH%03d" % n, [
            part("text/plain; charset=us-ascii", text),
            part("message/rfc822", orig_message(
                n, [a for a, l in recs], subject))])
        return headers(n, "\"MAILER-DAEMON\" <postmaster@example.org>",
                       "FAILURE NOTICE : " + subject, ctype,
                       [("X-AHMAILID", "20261201100000A%03d" % n)]) + body
    return build


notice("activehunter", activehunter([
    ("kijitora@example.org", "550 sorry, no mailbox here by that name "
     "(#5.1.1 - chkusr)")]), [
    ("kijitora@example.org", "invalid", "userunknown", "5.1.1", "550",
     "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)",
     "activehunter")])
notice("activehunter", activehunter([
    ("keiri@example.org", "552 sorry, mailbox is over quota (#5.2.2)"),
    ("somu@example.org", "550 sorry, no mailbox here by that name "
     "(#5.1.1 - chkusr)")]), [
    ("keiri@example.org", "full", "mailboxfull", "5.2.2", "552",
     "552 sorry, mailbox is over quota (#5.2.2)", "activehunter"),
    ("somu@example.org", "invalid", "userunknown", "5.1.1", "550",
     "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)",
     "activehunter")])


# ---------------------------------------------------------------------
# amavisd-new: the content filter's own report.
def amavis(host, recs, subj):
    def build(n):
        subject = "Offer %03d" % n
        text = ("This nondelivery report was generated by the program "
                "amavisd-new at host %s.\nOur internal reference code for "
                "your message is 11912-04/%03d\n\nThe message WAS NOT "
                "delivered to:\n") % (host, n)
        for a, st, d in recs:
            text += "<%s>:\n   %s\n" % (a, d)
        ctype, body = multipart("----------=_%03d" % n, [
            part("text/plain; charset=us-ascii", text),
            part("message/delivery-status", dsn(
                host, [(a, "failed", st, d, None) for a, st, d in recs])),
            part("text/rfc822-headers", orig_headers(
                n, [r[0] for r in recs], subject))], report=True)
        return headers(n, "\"Content-filter at %s\" <postmaster@%s>" % (
            host, host), "Undeliverable mail, " + subj, ctype) + body
    return build


notice("amavis", amavis("neko1.example.jp", [
    ("kijitora@example.jp", "5.7.0", "554 5.7.0 Reject, id=11912-04 - "
     "spam")], "MTA-BLOCKED"), [
    ("kijitora@example.jp", "content", "spamdetected", "5.7.0", "554",
     "554 5.7.0 Reject, id=11912-04 - spam", "amavis")])
notice("amavis", amavis("filter.example.net", [
    ("qa@example.net", "5.7.0", "554 5.7.0 Reject, id=20431-01 - "
     "INFECTED: Eicar-Test-Signature"),
    ("docs@example.net", "5.3.4", "552 5.3.4 Reject, id=20431-01 - "
     "Message size exceeds recipient's size limit")], "MTA-BLOCKED"), [
    ("qa@example.net", "content", "virusdetected", "5.7.0", "554",
     "554 5.7.0 Reject, id=20431-01 - INFECTED: Eicar-Test-Signature",
     "amavis"),
    ("docs@example.net", "content", "exceedlimit", "5.3.4", "552",
     "552 5.3.4 Reject, id=20431-01 - Message size exceeds recipient's "
     "size limit", "amavis")])
notice("amavis", amavis("av.example.org", [
    ("edi@example.org", "5.6.3", "554 5.6.3 Reject, id=30777-02 - BAD "
     "HEADER: nonencoded 8-bit character")],
    "invalid characters in header"), [
    ("edi@example.org", "content", "contenterror", "5.6.3", "554",
     "554 5.6.3 Reject, id=30777-02 - BAD HEADER: nonencoded 8-bit "
     "character", "amavis")])


# ---------------------------------------------------------------------
# Barracuda Spam Firewall.
def barracuda(recs):
    def build(n):
        subject = "Offer %03d" % n
        text = ""
        for a, st, d in recs:
            text += ("Your message to: %s\nwas blocked by our Spam "
                     "Firewall. The email you sent with the following "
                     "subject has NOT BEEN DELIVERED:\n\nSubject: %s\n\n"
                     ) % (a, subject)
        ctype, body = multipart("barracuda_%03d" % n, [
            part("text/plain; charset=us-ascii", text),
            part("message/delivery-status", dsn(
                "spam.example.jp",
                [(a, "failed", st, d, None) for a, st, d in recs])),
            part("text/rfc822-headers", orig_headers(
                n, [r[0] for r in recs], subject))], report=True)
        return headers(n, "\"Barracuda Spam Firewall\" "
                       "<mailer-daemon@spam.example.jp>",
                       "**Message you sent blocked by our bulk email "
                       "filter**", ctype) + body
    return build


notice("barracuda", barracuda([
    ("kijitora@example.jp", "5.0.0", "550 permanent failure for one or "
     "more recipients (kijitora@example.jp:blocked)")]), [
    ("kijitora@example.jp", "blocked", "blocked", "5.0.0", "550",
     "550 permanent failure for one or more recipients "
     "(kijitora@example.jp:blocked)", "barracudablocked")])
notice("barracuda", barracuda([
    ("hr@example.com", "5.7.1", "554 5.7.1 Message rejected as spam by "
     "Content Filtering"),
    ("pr@example.com", "5.7.1", "554 5.7.1 Message rejected as spam by "
     "Content Filtering")]), [
    ("hr@example.com", "content", "spamdetected", "5.7.1", "554",
     "554 5.7.1 Message rejected as spam by Content Filtering",
     "barracuda"),
    ("pr@example.com", "content", "spamdetected", "5.7.1", "554",
     "554 5.7.1 Message rejected as spam by Content Filtering",
     "barracuda")])


# ---------------------------------------------------------------------
# PowerMTA: "Hello, this is the mail server on ...", an RFC 3464 report
# with X-PowerMTA-BounceCategory.
def powermta(recs):
    def build(n):
        subject = "Offer %03d" % n
        text = ("Hello, this is the mail server on pmta.example.org.\n\n"
                "I am sending you this message to inform you on the "
                "delivery status of a\nmessage you previously sent.  "
                "Immediately below you will find a list of\nthe affected "
                "recipients;  also attached is a Delivery Status "
                "Notification\n(DSN) report in standard format, as well as "
                "the headers of the original\nmessage.\n\n")
        for a, act, st, d, cat in recs:
            text += "  <%s>  %s\n" % (
                a, "delivery failed; will not continue trying"
                if act == "failed" else "delivery delayed; will retry")
        status = "Reporting-MTA: dns; pmta.example.org\n"
        for a, act, st, d, cat in recs:
            status += ("\nFinal-Recipient: rfc822;%s\nAction: %s\n"
                       "Status: %s\nRemote-MTA: dns; mx.%s\n"
                       "Diagnostic-Code: smtp;%s\n"
                       "X-PowerMTA-BounceCategory: %s\n") % (
                           a, act, st, a.split("@")[1], d, cat)
        ctype, body = multipart("pmta-%03d" % n, [
            part("text/plain", text),
            part("message/delivery-status", status),
            part("text/rfc822-headers", orig_headers(
                n, [r[0] for r in recs], subject))], report=True)
        return headers(n, "Mail Delivery Subsystem "
                       "<mailer-daemon@pmta.example.org>",
                       "Delivery report", ctype) + body
    return build


notice("powermta", powermta([
    ("kijitora@example.jp", "failed", "5.1.1",
     "550 5.1.1 <kijitora@example.jp>... User Unknown", "bad-mailbox")]), [
    ("kijitora@example.jp", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 <kijitora@example.jp>... User Unknown", "powermta")])
notice("powermta", powermta([
    ("holiday@example.com", "failed", "5.2.2",
     "552 5.2.2 Mailbox full", "quota-issues"),
    ("promo@example.com", "failed", "5.7.1",
     "550 5.7.1 Message rejected as spam", "spam-related")]), [
    ("holiday@example.com", "full", "mailboxfull", "5.2.2", "552",
     "552 5.2.2 Mailbox full", "powermta"),
    ("promo@example.com", "content", "spamdetected", "5.7.1", "550",
     "550 5.7.1 Message rejected as spam", "powermta")])
notice("powermta", powermta([
    ("night@example.net", "failed", "4.4.7",
     "421 4.4.2 mx.example.net: connection timed out",
     "message-expired"),
    ("former@example.net", "failed", "5.2.1",
     "550 5.2.1 <former@example.net>: mailbox disabled, not accepting "
     "messages", "inactive-mailbox")]), [
    ("night@example.net", "retry-later", "expired", "4.4.7", "421",
     "421 4.4.2 mx.example.net: connection timed out", "powermta"),
    ("former@example.net", "invalid", "suspend", "5.2.1", "550",
     "550 5.2.1 <former@example.net>: mailbox disabled, not accepting "
     "messages", "powermta")])


# ---------------------------------------------------------------------
# Sisimai's "unknown MTA" formats X1 and X2.
def x1(recs):
    def build(n):
        subject = "Offer %03d" % n
        text = ("The original message was received at %s\nfrom %s\n\n"
                "---The following addresses had delivery errors---\n\n"
                ) % (DATE % (n % 60), SENDER)
        for a, d in recs:
            text += "%s [%s]\n" % (a, d)
        text += "\n" + orig_message(n, [a for a, d in recs], subject)
        return headers(n, "\"Mail Deliver System\" "
                       "<MAILER-DAEMON@mail.example.co.jp>",
                       "Returned Mail: Error During Delivery",
                       "text/plain; charset=us-ascii") + text
    return build


notice("x1", x1([("kijitora@example.co.jp", "User unknown")]), [
    ("kijitora@example.co.jp", "invalid", "userunknown", "", "",
     "User unknown", "x1")])
notice("x1", x1([("eigyo@example.co.jp", "User unknown"),
                 ("shacho@example.co.jp", "Mailbox full")]), [
    ("eigyo@example.co.jp", "invalid", "userunknown", "", "",
     "User unknown", "x1"),
    ("shacho@example.co.jp", "full", "mailboxfull", "", "",
     "Mailbox full", "x1")])


def x2(subject_line, recs):
    def build(n):
        subject = "Offer %03d" % n
        text = ("Message from example.com.\nUnable to deliver message to "
                "the following address(es).\n\n")
        for a, d in recs:
            text += "<%s>:\n%s\n\n" % (a, d)
        text += "--- Original message follows.\n\n" + orig_message(
            n, [a for a, d in recs], subject)
        return headers(n, "MAILER-DAEMON@example.com", subject_line,
                       "text/plain; charset=us-ascii") + text
    return build


notice("x2", x2("Delivery failure", [
    ("kijitora@example.com", "This user doesn't have a example.com "
     "account (kijitora@example.com) [0]")]), [
    ("kijitora@example.com", "invalid", "userunknown", "", "",
     "This user doesn't have a example.com account (kijitora@example.com)"
     " [0]", "x2")])
notice("x2", x2("failure delivery", [
    ("tora@example.com", "This user doesn't have a example.com "
     "account (tora@example.com) [0]"),
    ("neko@example.com", "552 5.2.2 Mailbox quota exceeded")]), [
    ("tora@example.com", "invalid", "userunknown", "", "",
     "This user doesn't have a example.com account (tora@example.com) [0]",
     "x2"),
    ("neko@example.com", "full", "mailboxfull", "5.2.2", "552",
     "552 5.2.2 Mailbox quota exceeded", "x2")])


# ---------------------------------------------------------------------
# Trend Micro InterScan Messaging Security Suite: the SMTP exchange,
# "Sent <<< RCPT TO:<...>", "Received >>> 550 ..."; in Japanese the
# arrows point the other way.
def interscan(subject_line, frm, lines, charset="us-ascii"):
    def build(n):
        subject = "Offer %03d" % n
        text = "\n".join(lines) + "\n"
        ctype, body = multipart("IMSS%03d" % n, [
            part("text/plain; charset=%s" % charset, text,
                 "Content-Transfer-Encoding: 8bit\n"),
            "Content-type: message/rfc822\n\n" + orig_message(
                n, ["x@example.co.jp"], subject)])
        return headers(n, frm, subject_line, ctype, cte="8bit") + body
    return build


notice("interscanmss", interscan(
    "Mail could not be delivered", "\"InterScan MSS\" "
    "<postmaster@imss.example.co.jp>", [
        "Mail could not be delivered to the following recipient:",
        "",
        "Sent <<< RCPT TO:<kijitora@example.co.jp>",
        "Received >>> 550 5.1.1 <kijitora@example.co.jp>... user unknown"]), [
    ("kijitora@example.co.jp", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 <kijitora@example.co.jp>... user unknown", "interscan")])
notice("interscanmss", interscan(
    "\u30e1\u30c3\u30bb\u30fc\u30b8\u3092\u914d\u4fe1\u3067\u304d\u307e"
    "\u305b\u3093\u3002", "\"InterScan MSS\" <postmaster@imss.example.jp>",
    ["\u4ee5\u4e0b\u306e\u53d7\u4fe1\u8005\u306b\u30e1\u30c3\u30bb\u30fc"
     "\u30b8\u3092\u914d\u4fe1\u3067\u304d\u307e\u305b\u3093\u3067\u3057"
     "\u305f\u3002",
     "",
     "\u9001\u4fe1 >>> RCPT TO:<yamada@example.jp>",
     "\u53d7\u4fe1 <<< 550 5.1.1 <yamada@example.jp>... User unknown",
     "",
     "\u9001\u4fe1 >>> RCPT TO:<kato@example.jp>",
     "\u53d7\u4fe1 <<< 452 4.2.2 <kato@example.jp>... Mailbox full"],
    "utf-8"), [
    ("yamada@example.jp", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 <yamada@example.jp>... User unknown", "interscan"),
    ("kato@example.jp", "full", "mailboxfull", "4.2.2", "452",
     "452 4.2.2 <kato@example.jp>... Mailbox full", "interscan")])


# ---------------------------------------------------------------------
# SurfControl E-mail Filter.
def surfcontrol(recs):
    def build(n):
        subject = "Offer %03d" % n
        text = ""
        for a, ip, d in recs:
            text += ("Your message could not be sent.\nA transcript of the "
                     "attempts to send the message follows.\nThe number of "
                     "attempts made: 1\nAddressed To: %s\n\n"
                     "Tue 1 Dec 2026 10:%02d:00 +0100\nFailed to send to "
                     "identified host,\n%s: [%s], %s\n--- Message "
                     "non-deliverable.\n\n") % (a, n % 60, a, ip, d)
        ctype, body = multipart("SEF%03d" % n, [
            part("text/plain; charset=us-ascii", text),
            part("message/rfc822", orig_message(
                n, [r[0] for r in recs], subject))])
        return headers(n, "Postmaster <postmaster@filter.example.com>",
                       "Message could not be delivered", ctype, [
                           ("X-SEF-Processed",
                            "7_3_0_01181__2026_12_01_10_%02d_00" % (n % 60)),
                           ("X-Mailer", "SurfControl E-mail Filter")]) + body
    return build


notice("surfcontrol", surfcontrol([
    ("kijitora@example.com", "192.0.2.5",
     "550 kijitora@example.com... No such user")]), [
    ("kijitora@example.com", "invalid", "userunknown", "", "550",
     "550 kijitora@example.com... No such user", "surfcontrol")])
notice("surfcontrol", surfcontrol([
    ("export@example.com", "192.0.2.6",
     "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked "
     "using zen.spamhaus.org"),
    ("old@example.com", "192.0.2.6",
     "550 5.1.1 old@example.com... User unknown")]), [
    ("export@example.com", "blocked", "blocked", "5.7.1", "554",
     "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked "
     "using zen.spamhaus.org", "surfcontrol"),
    ("old@example.com", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 old@example.com... User unknown", "surfcontrol")])


# ---------------------------------------------------------------------
# MailMarshal SMTP.
def mailmarshal(diag, rcpts):
    def build(n):
        subject = "Offer %03d" % n
        text = ("Your message:\n   From:    %s\n   Subject: %s\n\n"
                "Could not be delivered because of\n\n%s\n\n"
                "The following recipients were affected:\n%s\n"
                "Additional Information\n======================\n"
                "Original Sender:    <%s>\nSender-MTA:         "
                "<192.0.2.10>\nRemote-MTA:         <192.0.2.44>\n"
                "Reporting-MTA:      <relay.example.com>\nMessageName:"
                "        <B549996730000.000000000001.0003.mml>\n"
                "Last-Attempt-Date:  <10:%02d:00 Tue, 01 Dec 2026>\n") % (
                    SENDER, subject, diag,
                    "".join("    %s\n" % a for a in rcpts), SENDER, n % 60)
        boundary = "MM%03d" % n
        ctype, body = multipart(boundary, [
            part("text/plain; charset=us-ascii", text),
            part("message/rfc822", orig_message(n, rcpts, subject))])
        return headers(n, "MailMarshal <mailmarshal@relay.example.com>",
                       "Undeliverable Mail: \"%s\"" % subject, ctype) + body
    return build


notice("mailmarshal", mailmarshal("550 5.1.1 User unknown", [
    "dummyuser@example.com", "nobody@example.com"]), [
    ("dummyuser@example.com", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 User unknown", "mailmarshal"),
    ("nobody@example.com", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 User unknown", "mailmarshal")])
notice("mailmarshal", mailmarshal("452 4.2.2 Mailbox over quota", [
    "ceo@example.com"]), [
    ("ceo@example.com", "full", "mailboxfull", "4.2.2", "452",
     "452 4.2.2 Mailbox over quota", "mailmarshal")])


# ---------------------------------------------------------------------
# IBM (Lotus) Domino.
def domino(recs, status=None):
    def build(n):
        subject = "Offer %03d" % n
        text = ""
        for a, why in recs:
            text += ("Your message\n\n  Subject: %s\n\nwas not delivered "
                     "to:\n\n  %s\n\nbecause:\n\n  %s\n\n") % (
                         subject, a, why)
        parts = [part("text/plain; charset=\"US-ASCII\"", text)]
        if status:
            parts.append(part("message/delivery-status", dsn(
                "domino.example.net",
                [(a, "failed", status, None, None) for a, w in recs])))
        parts.append(part("message/rfc822", orig_message(
            n, [a for a, w in recs], subject)))
        ctype, body = multipart("0__=DOMINO%03d" % n, parts,
                                report=bool(status))
        return headers(n, "Postmaster <postmaster@example.net>",
                       "DELIVERY FAILURE: " + recs[0][1], ctype) + body
    return build


notice("domino", domino([
    ("kijitora@example.net", "User some.name (kijitora@example.net) not "
     "listed in Domino Directory")], "5.0.0"), [
    ("kijitora@example.net", "invalid", "userunknown", "5.0.0", "",
     "User some.name (kijitora@example.net) not listed in Domino "
     "Directory", "domino")])
notice("domino", domino([
    ("h.meyer@example.de", "User h.meyer (h.meyer@example.de) not listed "
     "in public Name & Address Book"),
    ("k.schulz@example.de", "552 5.2.2 <k.schulz@example.de>... Mailbox "
     "full")]), [
    ("h.meyer@example.de", "invalid", "userunknown", "", "",
     "User h.meyer (h.meyer@example.de) not listed in public Name & "
     "Address Book", "domino"),
    ("k.schulz@example.de", "full", "mailboxfull", "5.2.2", "552",
     "552 5.2.2 <k.schulz@example.de>... Mailbox full", "domino")])
notice("domino", domino([
    ("info@example.net", "Several matches found in Domino Directory: "
     "info@example.net")]), [
    ("info@example.net", "retry-later", "systemerror", "", "",
     "Several matches found in Domino Directory", "domino")])


# ---------------------------------------------------------------------
# Lotus Notes: "------- Failure Reasons --------", the reason, then the
# address, then "------- Returned Message --------".
def notes(recs, charset="us-ascii"):
    def build(n):
        subject = "Offer %03d" % n
        text = "------- Failure Reasons  --------\n\n"
        for a, why in recs:
            text += "%s\n%s\n\n" % (why, a)
        text += "------- Returned Message --------\n" + orig_message(
            n, [a for a, w in recs], subject)
        if charset == "iso-2022-jp":
            data = text.encode("iso2022_jp").decode("ascii")
        else:
            data = text
        return headers(n, "Postmaster <postmaster@notes.example.jp>",
                       "Undeliverable message",
                       "text/plain; charset=%s" % charset.upper()) + data
    return build


notice("notes", notes([
    ("kijitora@notes.example.jp", "User not listed in public Name & "
     "Address Book")]), [
    ("kijitora@notes.example.jp", "invalid", "userunknown", "", "",
     "User not listed in public Name & Address Book", "notes")])
notice("notes", notes([
    ("loop@notes.example.jp", "Message has exceeded maximum hop count")]), [
    ("loop@notes.example.jp", "retry-later", "networkerror", "", "",
     "Message has exceeded maximum hop count", "notes")])
notice("notes", notes([
    ("honda@notes.example.jp", "\u30c7\u30a3\u30ec\u30af\u30c8\u30ea"
     "\u306e\u30ea\u30b9\u30c8\u306b\u3042\u308a\u307e\u305b\u3093")],
    "iso-2022-jp"), [
    ("honda@notes.example.jp", "invalid", "userunknown", "", "",
     "\u30c7\u30a3\u30ec\u30af\u30c8\u30ea\u306e\u30ea\u30b9\u30c8\u306b"
     "\u3042\u308a\u307e\u305b\u3093", "notes")])


# ---------------------------------------------------------------------
# DigitalArts m-FILTER (Japanese, ISO-2022-JP).
def mfilter(a, server, command):
    def build(n):
        subject = "Offer %03d" % n
        text = ("\u3053\u306e\u30e1\u30fc\u30eb\u306f\u300cm-FILTER\u300d"
                "\u304c\u81ea\u52d5\u7684\u306b\u751f\u6210\u3057\u3066"
                "\u9001\u4fe1\u3057\u3066\u3044\u307e\u3059\u3002\n"
                "\u30e1\u30fc\u30eb\u30b5\u30fc\u30d0\u30fc\u3068\u306e"
                "\u901a\u4fe1\u4e2d\u3001\u4e0b\u8a18\u306e\u7406\u7531"
                "\u306b\u3088\u308a\n\u3053\u306e\u30e1\u30fc\u30eb\u306f"
                "\u9001\u4fe1\u3067\u304d\u307e\u305b\u3093\u3067\u3057"
                "\u305f\u3002\n\n\u4ee5\u4e0b\u306e\u30e1\u30fc\u30eb"
                "\u30a2\u30c9\u30ec\u30b9\u3078\u306e\u9001\u4fe1\u306b"
                "\u5931\u6557\u3057\u307e\u3057\u305f\u3002\n%s\n\n\n"
                "-------server message\n%s\n\n-------SMTP command\n%s\n\n"
                "-------original message\n\n") % (a, server, command)
        text = text.encode("iso2022_jp").decode("ascii") + orig_message(
            n, [a], subject)
        return headers(n, "MAILER-DAEMON <mailer-daemon@mf.example.jp>",
                       "failure notice",
                       "text/plain; charset=\"ISO-2022-JP\"",
                       [("X-Mailer", "m-FILTER")]) + text
    return build


notice("mfilter", mfilter("kijitora@example.jp",
                          "550 5.1.1 unknown user <kijitora@example.jp>",
                          "RCPT TO"), [
    ("kijitora@example.jp", "invalid", "userunknown", "5.1.1", "550",
     "550 5.1.1 unknown user <kijitora@example.jp>", "mfilter")])
notice("mfilter", mfilter("design@example.jp",
                          "552 5.3.4 Message size exceeds fixed limit",
                          "DATA"), [
    ("design@example.jp", "content", "mesgtoobig", "5.3.4", "552",
     "552 5.3.4 Message size exceeds fixed limit", "mfilter")])


# ---------------------------------------------------------------------
# Apache James: "Error message below:", then "Message details:" with
# "RCPT TO: ADDR".
def james(a, error):
    def build(n):
        subject = "Offer %03d" % n
        text = ("Hi. This is the James mail server at mail.example.org.\n"
                "I'm afraid I wasn't able to deliver your message to the "
                "following addresses.\nThis is a permanent error; I've "
                "given up. Sorry it didn't work out.  Below\nI include the "
                "list of recipients and the reason why I was unable to "
                "deliver\nyour message.\n\nError message below:\n%s\n\n"
                "Message details:\n  Subject: %s\n  Sent date: Tue Dec 01 "
                "10:%02d:00 CET 2026\n  MAIL FROM: %s\n  RCPT TO: %s\n"
                "  From: Sales Team <%s>\n  To: %s\n  Size (in bytes): "
                "1024\n  Number of lines: 12\n") % (
                    error, subject, n % 60, SENDER, a, SENDER, a)
        ctype, body = multipart("----=_Part_%03d" % n, [
            part("text/plain; charset=us-ascii", text),
            part("message/rfc822", orig_message(n, [a], subject))])
        return headers(n, "postmaster@mail.example.org", "[BOUNCE]", ctype,
                       [("Message-ID", "<1234567.%d.JavaMail.james@"
                         "mail.example.org>" % n)]) + body
    return build


notice("apachejames", james("kijitora@example.org",
                            "550 - Requested action not taken: no such "
                            "user here"), [
    ("kijitora@example.org", "invalid", "userunknown", "", "550",
     "550 - Requested action not taken: no such user here", "james")])
notice("apachejames", james("archive@example.org",
                            "552 - Requested mail action aborted: exceeded "
                            "storage allocation"), [
    ("archive@example.org", "full", "mailboxfull", "", "552",
     "552 - Requested mail action aborted: exceeded storage allocation",
     "rfc5321")])


# ---------------------------------------------------------------------
# Sendmail V5: "----- Transcript of session follows -----", the
# exchange, "550 <ADDR>... REASON", "----- Unsent message follows -----".
def v5sendmail(subject_line, lines, to):
    def build(n):
        subject = "Offer %03d" % n
        text = ("   ----- Transcript of session follows -----\n" +
                "\n".join(lines) +
                "\n\n   ----- Unsent message follows -----\n" +
                orig_message(n, to, subject))
        return headers(n, "Mail Delivery Subsystem "
                       "<MAILER-DAEMON@mail.example.org>", subject_line,
                       "text/plain; charset=us-ascii") + text
    return build


notice("v5sendmail", v5sendmail("Returned mail: User unknown", [
    "While talking to mx.example.org:",
    ">>> RCPT To:<kijitora@example.org>",
    "<<< 550 <kijitora@example.org>, User Unknown",
    "550 <kijitora@example.org>... User unknown"],
    ["kijitora@example.org"]), [
    ("kijitora@example.org", "invalid", "userunknown", "", "550",
     "550 <kijitora@example.org>... User unknown", "v5sendmail")])
notice("v5sendmail", v5sendmail("Returned mail: Host unknown", [
    "550 <acct@example.org>... User unknown",
    "550 <office@nonexistent.example>... Host unknown (Name server: "
    "nonexistent.example: host not found)"],
    ["acct@example.org", "office@nonexistent.example"]), [
    ("acct@example.org", "invalid", "userunknown", "", "550",
     "550 <acct@example.org>... User unknown", "v5sendmail"),
    ("office@nonexistent.example", "invalid", "hostunknown", "", "550",
     "550 <office@nonexistent.example>... Host unknown (Name server: "
     "nonexistent.example: host not found)", "v5sendmail")])
notice("v5sendmail", v5sendmail("Returned mail: Deferred: Connection timed "
                                "out", [
    "421 example.net (smtp)... Deferred: Connection timed out during user "
    "open with example.net",
    "554 <trade@example.net>... Cannot send message for 5 days"],
    ["trade@example.net"]), [
    ("trade@example.net", "retry-later", "expired", "", "421",
     "421 example.net (smtp)... Deferred: Connection timed out during "
     "user open with example.net", "v5sendmail")])


# ---------------------------------------------------------------------
# fml mailing list manager: the list address refuses the message.
def fml(subject_line, lines, ml):
    def build(n):
        subject = "Offer %03d" % n
        text = "\n".join(lines) + "\n\nOriginal mail as follows:\n\n" + \
            orig_message(n, [ml], subject)
        return headers(n, "%s-admin@%s" % tuple(ml.split("@")),
                       subject_line, "text/plain; charset=us-ascii", [
                           ("X-MLServer", "fml [fml 4.0.3 release "
                            "(20011202/4.0.3)]"),
                           ("Message-ID", "<20261201100%03d.FML12345."
                            "%s>" % (n, ml))]) + text
    return build


notice("fml", fml("NOT MEMBER article from sales@exporter.example.com "
                  "(2ndml ML)", [
    "You are not a member of this mailing list <2ndml@ml.example.com>.",
    "",
    "If you know the general guide of this list, please send mail with",
    "the mail body",
    "",
    "guide",
    "",
    "to the address",
    "",
    "   2ndml-ctl@ml.example.com",
    "",
    "where 2ndml-ctl@ml.example.com is the address for command."],
    "2ndml@ml.example.com"), [
    ("2ndml@ml.example.com", "blocked", "rejected", "", "",
     "You are not a member of this mailing list <2ndml@ml.example.com>.",
     "fml")])
notice("fml", fml("fml system error message", [
    "Duplicated Message-ID in <buyers@ml.example.net>.",
    "",
    "fml has detected a loop condition so that this message is not "
    "distributed."], "buyers@ml.example.net"), [
    ("buyers@ml.example.net", "retry-later", "systemerror", "", "",
     "Duplicated Message-ID in <buyers@ml.example.net>.", "fml")])


def main():
    write_notices(sys.argv, __file__, NOTICES, SRC)


if __name__ == "__main__":
    main()
