#!/usr/bin/env python3
"""Builds the legacy and odd mail systems' notices of tests/corpus/legacy.

usage: make.py [DIR]   (default: the directory of this script)

Writes maildir/<family>-NN.eml and truth.jsonl.  Each notice is a minimal
frame of a format that two other bounce libraries recognise in their code
(Mail::DeliveryStatus::BounceParser 1.543 and flufl.bounce 4.0): the intro
line, the place of the recipient and the end marker their patterns look
for, with a diagnostic text their reason patterns name.  The truth's
category is the documented meaning of that text.  README.md names, for
each family, the library file and the pattern it reconstructs.  Rerunning
it rewrites the same bytes.
"""
import base64
import json
import os
import sys

BP = "BounceParser.pm"
FL = "flufl/bounce/_detectors/"
SENDER = "sales@exporter.example.com"
BOUNDARY = "----=_NextPart_000_0001"


def original(rcpts, n):
    return ("Return-Path: <%s>\n"
            "Message-ID: <offer.%03d@exporter.example.com>\n"
            "Date: Tue, 1 Dec 2026 08:%02d:00 +0100\n"
            "From: Sales <%s>\n"
            "To: %s\n"
            "Subject: Offer %03d, spring catalogue\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            "Dear customer,\nplease find our new prices below.\n") % (
                SENDER, n, n % 60, SENDER,
                ", ".join(a for a, *_ in rcpts), n)


def plain(head, body):
    return head + ("MIME-Version: 1.0\nContent-Type: text/plain; "
                   "charset=us-ascii\n\n") + body


def mixed(head, body, orig, first_typed=True, desc=None):
    part = ""
    if first_typed:
        part = "Content-Type: text/plain; charset=us-ascii\n"
        if desc:
            part += "Content-Description: %s\n" % desc
    return head + ("MIME-Version: 1.0\nContent-Type: multipart/mixed; "
                   "boundary=\"%s\"\n\nThis is a multi-part message in "
                   "MIME format.\n\n--%s\n%s\n%s\n--%s\n"
                   "Content-Type: message/rfc822\n\n%s\n--%s--\n") % (
                       BOUNDARY, BOUNDARY, part, body, BOUNDARY, orig,
                       BOUNDARY)


def report(head, body, status, orig, desc=None):
    d = "Content-Description: %s\n" % desc if desc else ""
    return head + ("MIME-Version: 1.0\nContent-Type: multipart/report; "
                   "report-type=delivery-status; boundary=\"%s\"\n\n"
                   "--%s\nContent-Type: text/plain; charset=us-ascii\n%s\n"
                   "%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n"
                   "--%s\nContent-Type: text/rfc822-headers\n\n%s--%s--\n"
                   ) % (BOUNDARY, BOUNDARY, d, body, BOUNDARY, status,
                        BOUNDARY, orig.split("\n\n")[0] + "\n\n", BOUNDARY)


def copy_below(orig):
    return orig


# ---------------------------------------------------------------------
# Frames: each returns the body text for its recipients [(addr, diag)].

def qmail(intro):
    def f(rc, host):
        paras = "".join("<%s>:\n%s\n\n" % (a, d) for a, d in rc)
        return ("%s\n\n%s--- Below this line is a copy of the message.\n\n"
                % (intro.format(host=host), paras))
    return f


QSBMF = ("Hi. This is the qmail-send program at {host}.\n"
         "I'm afraid I wasn't able to deliver your message to the following "
         "addresses.\nThis is a permanent error; I've given up. Sorry it "
         "didn't work out.")


def postfix_old(signature):
    def f(rc, host):
        lines = "".join("<%s>: %s\n" % (a, d) for a, d in rc)
        return ("This is the %s at host %s.\n\n"
                "I'm sorry to have to inform you that the message returned\n"
                "below could not be delivered to one or more destinations.\n\n"
                "For further assistance, please send mail to <postmaster>\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the message returned below.\n\n"
                "\t\t\tThe %s\n\n%s") % (signature, host, signature, lines)
    return f


def failure_reason(rc, host):
    return "".join("failure reason:\n<%s>: %s\n\n" % (a, d) for a, d in rc)


def ims(rc, host):
    out = ("Your message\n\n  To:      %s\n  Subject: Offer\n"
           "  Sent:    Tue, 1 Dec 2026 08:00:00 +0100\n\n"
           "did not reach the following recipient(s):\n\n") % rc[0][0]
    for a, d in rc:
        out += ("c=US;a= ;p=Example;o=Mail;dda:SMTP=%s; on Tue, 1 Dec 2026 "
                "08:01:10 +0100\n    %s\n\tThe MTS-ID of the original "
                "message is: c=US;a= ;p=Example;l=MAIL1-261201070110Z-42\n"
                "    MSEXCH:IMS:Example:Site:MAIL1 0 (000C05A6) %s\n") % (
                    a, d[0], d[1])
    return out


def exchange2000(rc, host):
    out = ("Your message did not reach some or all of the intended "
           "recipients.\n\n      Subject:\tOffer\n      Sent:\t12/1/2026 "
           "8:00 AM\n\nThe following recipient(s) could not be reached:\n\n")
    for a, d in rc:
        out += ("      %s on 12/1/2026 8:01 AM\n            %s\n"
                "            <%s #%s>\n\n") % (a, d[0], host, d[1])
    return out


def groupwise(rc, host):
    # GroupWise often names only the local part (BounceParser's
    # p_novell_groupwise); the returned message's To: has the address.
    lines = "".join("     %s (%s)\n" % (a.split("@")[0], d) for a, d in rc)
    return ("The message that you sent was undeliverable to the following:"
            "\n%s\nPossible causes:\nThe e-mail address was mistyped or the "
            "recipient does not exist.\n") % lines


def ntmail(rc, host):
    lines = "".join("<%s> %s\n" % (a, d) for a, d in rc)
    return ("Your message could not be delivered to the following "
            "address(es):\n\n%s\nNTMail message follows.\n") % lines


def smtpsvc_transcript(rc, host):
    lines = "".join("%s\n" % a for a, d in rc)
    diag = "".join("%s\n" % d for a, d in rc)
    return ("Your message could not be delivered: %s"
            "--- transcript of session follows ---\n%s") % (diag, lines)


def aol_block(rc, host):
    names = "".join("\t%s\n" % a.split("@")[0] for a, d in rc)
    return ("Sorry %s. Your mail to the following recipients could not be "
            "delivered because they are not accepting mail from %s:\n%s\n"
            ) % (SENDER, SENDER, names)


def caiwireless(rc, host):
    return ("The following recipients did not receive this message:\n\n%s"
            "\nPlease reply to postmaster@%s if you feel this message to be "
            "in error.\n") % ("".join("<%s>\n   %s\n" % (a, d)
                                     for a, d in rc), host)


def llnl(rc, host):
    return "".join("Your message could not be delivered to the recipient, "
                   "%s, %s\n" % (a, d) for a, d in rc)


def netscape(rc, host):
    return ("This Message was undeliverable due to the following reason:"
            "\n\n%s\n\n%s\nPlease reply to <Postmaster@%s>\nif you feel this "
            "message to be in error.\n") % (
                rc[0][1], "".join("<%s>\n" % a for a, d in rc), host)


def sina(rc, host):
    return ("This is the mail system at host %s.\n\n"
            "Your message could not be delivered to the following "
            "recipients:\n\n%s") % (host, "".join(
                "<%s>: %s\n" % (a, d) for a, d in rc))


def smtp32(rc, host):
    return ("%s\nOriginal message follows.\n") % "".join(
        "%s: %s\n" % (d, a) for a, d in rc)


def yahoo(rc, host):
    return ("Message from yahoo.com.\nUnable to deliver message to the "
            "following address(es).\n\n%s--- Original message follows.\n"
            ) % "".join("<%s>:\n%s\n\n" % (a, d) for a, d in rc)


def yahoo_sorry(rc, host):
    return ("Sorry, we were unable to deliver your message to the following "
            "address.\n\n%s--- Below this line is a copy of the message.\n"
            ) % "".join("<%s>:\nRemote host said: %s\n\n" % (a, d)
                        for a, d in rc)


def smail(rc, host):
    return ("|------------------------- Failed addresses follow: "
            "---------------------|\n%s|------------------------- Message "
            "text follows: ------------------------|\n") % "".join(
                " <%s> ... %s\n" % (a, d) for a, d in rc)


def sendmail_transcript(rc, host):
    out = ("The original message was received at Tue, 1 Dec 2026 08:00:00 "
           "+0100\nfrom exporter.example.com [192.0.2.10]\n\n"
           "   ----- The following addresses had permanent fatal errors "
           "-----\n%s\n   ----- Transcript of session follows -----\n") % (
               "".join("<%s>\n" % a for a, d in rc))
    for a, d in rc:
        out += ("... while talking to %s.:\n>>> RCPT To:<%s>\n<<< %s\n"
                "550 <%s>... User unknown\n") % (host, a, d, a)
    return out + "   ----- Message header follows -----\n"


def exim_old(rc, host):
    return ("This message was created automatically by mail delivery "
            "software.\n\nA message that you sent could not be delivered to "
            "one or more of its\nrecipients. This is a permanent error. The "
            "following address(es) failed:\n\n%s------ This is a copy of "
            "the message, including all the headers. ------\n") % "".join(
                "  %s\n    SMTP error from remote mailer after RCPT TO:<%s>:\n"
                "    host %s [192.0.2.40]: %s\n\n" % (a, a, host, d)
                for a, d in rc)


def exim_local(rc, host):
    return ("This message was created automatically by mail delivery "
            "software.\n\nA message that you sent could not be delivered to "
            "one or more of its\nrecipients. This is a permanent error. The "
            "following address(es) failed:\n\n%s------ This is a copy of "
            "the message, including all the headers. ------\n") % "".join(
                "  %s\n    %s\n" % (a, d) for a, d in rc)


def demon(rc, host):
    return ("This message was created automatically by mail delivery "
            "software.\n\n%s\n---- START OF RETURNED MESSAGE ----\n") % "".join(
                "A message that you sent, addressed to '%s', could not be "
                "delivered:\n    %s\n" % (a, d) for a, d in rc)


def interscan(rc, host):
    return ("Message from InterScan E-Mail VirusWall NT\n\n"
            "** Message not delivered **\n\n%s\n*** End of message ***\n"
            ) % "".join("Sent >>> RCPT TO:<%s>\nReceived <<< %s\n" % (a, d)
                        for a, d in rc)


def interscan_nt(rc, host):
    return "".join("Unable to deliver message to <%s>.\n%s\n" % (a, d)
                   for a, d in rc) + "\n********** End of message **********\n"


def sdm(rc, host):
    return ("Here is your list of failed recipients:\n%s\n"
            "Here is your returned mail.\n") % "".join(
                "<%s> %s\n" % (a, d) for a, d in rc)


def newmail(rc, host):
    return ("This is the machine generated message from mail service.\n"
            "Unable to deliver message to the following recipients:\n%s\n"
            "--- Below the next line is a copy of the message.\n") % "".join(
                "<%s>: %s\n" % (a, d) for a, d in rc)


def mdaemon(rc, host):
    return ("The following addresses did NOT receive a copy of your message:"
            "\n\n%s\n--- Session Transcript ---\n%s") % (
                "".join("> %s\n" % a for a, d in rc),
                "".join(" RCPT To:<%s>\n %s\n" % (a, d) for a, d in rc))


def usanet(rc, host):
    return "".join("Intended recipient: %s\nReason: %s\n\n" % (a, d)
                   for a, d in rc) + "--------RETURNED MAIL FOLLOWS--------\n"


def hotpop(rc, host):
    return "".join("Undeliverable Address: %s\nReason: %s\n\n" % (a, d)
                   for a, d in rc) + "Original message attached.\n"


def prodigy(rc, host):
    return "".join("User's mailbox is full: <%s>\n" % a for a, d in rc) + \
        "Unable to deliver mail.\n"


def smtpsvc_simple(rc, host):
    return ("The email below could not be delivered to the following user:"
            "\n\n%s\nOld message:\n") % "".join(
                "<%s>\n%s\n" % (a, d) for a, d in rc)


def googlemail(rc, host):
    return ("This is an automatically generated Delivery Status Notification"
            "\n\nDelivery to the following recipient failed permanently:\n\n"
            "%s\nTechnical details of permanent failure:\n%s\n\n"
            "----- Original message -----\n") % (
                "".join("     %s\n" % a for a, d in rc), rc[0][1])


def kundenserver(rc, host):
    return ("A message that you sent could not be delivered to one or more "
            "of its\nrecipients. This is a permanent error. The following "
            "address(es) failed:\n\n%s--- The header of the original message "
            "is following. ---\n") % "".join(
                "%s:\n%s\n\n" % (a, d) for a, d in rc)


def ms_dsn_text(rc, host):
    return ("This is an automatically generated Delivery Status Notification."
            "\n\nDelivery to the following recipients failed.\n\n%s\n") % (
                "".join("       %s\n" % a for a, d in rc))


def domino(rc, host):
    out = "Your message\n\n  Subject: Offer\n\n"
    for a, d in rc:
        out += "was not delivered to:\n\n  %s\n\nbecause:\n\n  %s\n\n" % (a, d)
    return out


def earthlink(rc, host):
    return "".join("Sorry, unable to deliver your message to %s for the "
                   "following reason:\n\n%s\n\n" % (a, d) for a, d in rc) + \
        "A copy of the original message below this line:\n"


def ademe(rc, host):
    return "".join("A message could not be delivered to:\n  %s\n%s\n" % (a, d)
                   for a, d in rc) + "Subject: Offer\n"


def andrew(rc, host):
    return "".join("Invalid final delivery userid: %s\n" % a
                   for a, d in rc) + "Original message follows.\n"


def e500(rc, host):
    return ("------ Failed Recipients ------\n%s\n-------- Returned Mail "
            "--------\n") % "".join("<%s>: %s\n" % (a, d) for a, d in rc)


def lsmtp(rc, host):
    return "".join("--> Error description:\nError-For:  %s\nError-Code: 5\n"
                   "Error-Text: %s\nError-End: One error reported.\n" % (a, d)
                   for a, d in rc)


def trilingual(rc, host):
    return ("Su mensaje no pudo ser entregado.\nLa sua mensagem nao pode ser "
            "entregue.\nYour message could not be delivered.\n\n%s"
            "--- Below this line is a copy of the message.\n") % "".join(
                "<%s>:\n%s\n\n" % (a, d) for a, d in rc)


def dado(rc, host):
    return "".join("Your message has encountered delivery problems\nto the "
                   "local mailbox addressed to %s.\n%s\n\n" % (a, d)
                   for a, d in rc) + "Your message reads (in part):\n"


def eyou(rc, host):
    return ("This is the deliver program at %s.\nI'm sorry to inform you "
            "that your message could not be delivered.\n\n%s\n"
            "-----Original Message-----\n") % (host, "".join(
                "%s %s\n" % (a, d) for a, d in rc))


def mdaemon_pro(rc, host):
    return "".join("%s - no such user here.\n" % a for a, d in rc) + \
        "\nThere is no user by that name at this server.\n"


def mxlogic(rc, host):
    return ("The following address failed:\n\n%s\nIncluded is a copy of the "
            "message header:\n") % "".join("<%s>: %s\n" % (a, d)
                                          for a, d in rc)


def hmail(rc, host):
    return ("Your message did not reach some or all of the intended "
            "recipients.\n\n   Sent: Tue, 1 Dec 2026 08:00:00 +0100\n"
            "   Subject: Offer\n\nThe following recipient(s) could not be "
            "reached:\n\n%s") % "".join(
                "%s\n   Error Type: SMTP\n   Remote server (192.0.2.50) "
                "issued an error.\n   hMailServer sent: RCPT TO:<%s>\n"
                "   Remote server replied: %s\n\n" % (a, a, d) for a, d in rc)


def failed_recipient(rc, host):
    return ("Could not deliver message to the following recipient(s):\n\n%s"
            "\n   -- The header and top 20 lines of the message follows --\n"
            ) % "".join("Failed Recipient: %s\nReason: Remote host said: %s\n"
                        % (a, d) for a, d in rc)


def uci(rc, host):
    return ("Message not delivered to the following addresses:\n\n%s\n"
            "Error detail:\n%s\n") % ("".join("  %s\n" % a for a, d in rc),
                                      rc[0][1])


def mailru(rc, host):
    return ("A message that you sent was rejected by the mail system at %s."
            "\n\n%s\nThis is a copy of your message, including all the "
            "headers.\n") % (host, "".join(" %s: %s\n" % (a, d)
                                           for a, d in rc))


def mailenable(rc, host):
    return ("Message could not be delivered to some recipients.\n%s"
            "Message headers follow:\n") % "".join(
                "Recipient: [SMTP:%s]\nReason: %s\n\n" % (a, d)
                for a, d in rc)


def unknown_mta(rc, host):
    return ("This is a delivery failure notification message indicating "
            "that\nan email you addressed to email address :\n\n%s\ncould "
            "not be delivered.\n\nThe problem appears to be :\n\n  -- %s\n"
            ) % ("".join("  -- %s\n" % a for a, d in rc), rc[0][1])


def abort_ms(rc, host):
    return ("This is an automatically generated Delivery Status Notification."
            "\n\nDelivery to the following recipients was aborted after 2 "
            "hour(s):\n\n%s\n%s\n") % ("".join("       %s\n" % a
                                               for a, d in rc), rc[0][1])


def yale(rc, host):
    # Yale's server names the user, not the domain (flufl's yale.py).
    return ("Message not delivered to the following:\n\n%s\n"
            "Error Detail:\n%s\n") % ("".join(
                "    %s    %s\n" % (a.split("@")[0], d) for a, d in rc),
                rc[0][1])


def delivered_notes(rc, host):
    return ("Your message\n\n  To:      %s\n  Subject: Offer\n\n"
            "was delivered to the following recipient(s):\n\n%s") % (
                rc[0][0], "".join("  %s on Tue, 1 Dec 2026 09:00:00 +0100\n"
                                  % a for a, d in rc))


def ims_plain(rc, host):
    # IMS in one text/plain body, the returned headers after it
    # (BounceParser p_ims, the branch for a message that is not multipart).
    return ims(rc, host)


def sendmail_expired(rc, host):
    # A final notice after warnings: "permanent fatal errors" outweighs the
    # "Deferred" of the reason (BounceParser's $Really_An_Error).
    return ("The original message was received at Tue, 1 Dec 2026 08:00:00 "
            "+0100\nfrom exporter.example.com [192.0.2.10]\n\n"
            "   ----- The following addresses had permanent fatal errors "
            "-----\n%s\n   ----- Transcript of session follows -----\n"
            "Message could not be delivered for 5 days\nMessage will be "
            "deleted from queue\n") % "".join(
                "<%s>\n    (reason: %s)\n" % (a, d) for a, d in rc)


def warn_exim_old(rc, host):
    return ("This message was created automatically by mail delivery "
            "software.\nA message that you sent has not yet been delivered "
            "to one or more of its\nrecipients after more than 24 hours on "
            "the queue on %s.\n\nThe address to which the message has not "
            "yet been delivered is:\n\n%s\n%s\n\nNo action is required on "
            "your part. Delivery attempts will continue for\nsome time, and "
            "this warning may be repeated at intervals if the message\n"
            "remains undelivered. Eventually the mail delivery software will "
            "give up,\nand when that happens, the message will be returned "
            "to you.\n") % (host, "".join("  %s\n" % a for a, d in rc),
                            rc[0][1])


def warn_messageswitch(rc, host):
    return ("Your message to: %s\nhas not been delivered yet: %s\n\n"
            "This is just a warning, you do not need to take any action.\n"
            ) % (rc[0][0], rc[0][1])


def warn_symantec(rc, host):
    return ("Your message with Subject: Offer\ncould not be delivered to the "
            "following recipients:\n\n%s\n%s\n\nDelivery attempts will "
            "continue to be made for 5 day(s).\n") % (
                "".join("%s\n" % a for a, d in rc), rc[0][1])


def warn_google(rc, host):
    return ("This is an automatically generated Delivery Status Notification"
            "\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND "
            "YOUR MESSAGE.\n\nDelivery to the following recipient has been "
            "delayed:\n\n%s\n%s\n\nMessage will be retried for 2 more "
            "day(s)\n") % ("".join("     %s\n" % a for a, d in rc), rc[0][1])


def warn_exchange(rc, host):
    return ("This is an advisory-only email. Please do not reply to it.\n\n"
            "Delivery of the message to \"%s\" has been postponed: %s\n"
            "The server will keep trying to deliver this message for the "
            "next 1 days, 19 hours and 52 minutes.\n") % (rc[0][0], rc[0][1])


def warn_kundenserver(rc, host):
    return ("This message was created automatically by mail delivery "
            "software.\nA message that you sent has not yet been delivered "
            "to one or more of its\nrecipients after more than 4 hours on "
            "the queue.\n\n%s\nNo action is required on your part.\n") % (
                "".join("<%s>\n%s\n" % (a, d) for a, d in rc))


# ---------------------------------------------------------------------
# Structural quirks of status reports that the libraries' code works
# around: each returns (text part, status part body); the envelope
# (status part type, line ends, returned part) is given per notice.

def dsn_text(rc):
    return ("This is an automatically generated Delivery Status "
            "Notification.\n\nDelivery to the following recipients "
            "failed.\n\n%s\n") % "".join("       %s\n" % a for a, *_ in rc)


def fields(addr, action, status, diag, extra=""):
    out = "Final-Recipient: rfc822;%s\n%sAction: %s\nStatus: %s\n" % (
        addr, extra, action, status)
    if diag:
        out += "Diagnostic-Code: smtp;%s\n" % diag
    return out


def per_message(host, gap="\n"):
    return ("Reporting-MTA: dns;%s\nArrival-Date: Tue, 1 Dec 2026 08:00:00 "
            "+0100\n%s") % (host, gap)


def quirk_report(head, text, status, orig, status_type, orig_type):
    if orig_type == "text/rfc822-headers":
        orig = orig.split("\n\n")[0] + "\n"
    return head + ("MIME-Version: 1.0\nContent-Type: multipart/report; "
                   "report-type=delivery-status; boundary=\"%s\"\n\n"
                   "--%s\nContent-Type: text/plain; charset=us-ascii\n\n%s"
                   "\n--%s\nContent-Type: %s\n\n%s\n--%s\nContent-Type: %s"
                   "\n\n%s\n--%s--\n") % (BOUNDARY, BOUNDARY, text, BOUNDARY,
                                          status_type, status, BOUNDARY,
                                          orig_type, orig, BOUNDARY)


def q_xwall(rc, host):
    # XWall's message/xdelivery-status (BounceParser p_xdelivery_status).
    a, d = rc[0]
    return dsn_text(rc), per_message(host) + fields(a, "failed", "5.1.1", d)


def q_iis(rc, host):
    # IIS SMTP: more than one blank line between the groups (BounceParser,
    # "stupid bug with the IIS SMTP service").
    return dsn_text(rc), per_message(host, "\n\n\n") + "\n\n\n".join(
        fields(a, "failed", d[0], d[1]) for a, d in rc)


def q_surfcontrol(rc, host):
    # Groups that start with blank lines, "(permanent failure)" after the
    # status (BounceParser, bug #21249 and its Status clean-up).
    a, d = rc[0]
    return dsn_text(rc), "\n\n" + per_message(host, "\n\n\n") + fields(
        a, "failed", "5.0.0 (permanent failure)", d)


def q_expanded(rc, host):
    # An alias expanded, then one member failed (BounceParser's
    # $seen_action_expanded; RFC 3464 Action: expanded).
    a, d = rc[0]
    return dsn_text(rc[:1]), per_message(host) + fields(
        rc[1][0], "expanded", "2.0.0", "") + "\n" + fields(
        a, "failed", "5.1.1", d, "Original-Recipient: rfc822;%s\n" %
        rc[1][0])


def q_expanded_only(rc, host):
    a, d = rc[0]
    return ("Your message was expanded to the members of the list.\n",
            per_message(host) + fields(a, "expanded", "2.0.0", ""))


def q_bare_final(rc, host):
    # Final-Recipient with no address type, in angle brackets (flufl's
    # dsn.py, SMTP-GATEWAY01).
    a, d = rc[0]
    return dsn_text(rc), per_message(host) + (
        "Final-Recipient: <%s>\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp;%s\n") % (a, d)


def q_action_error(rc, host):
    # "Action: error" for failed (flufl's dsn.py: OpenSMTPD).
    a, d = rc[0]
    return dsn_text(rc), per_message(host) + fields(a, "error", "5.0.0", d)


def q_action_comment(rc, host):
    # A comment after the action (flufl's dsn.py).
    a, d = rc[0]
    return ("This is a delivery status notification: delivery to the "
            "following recipient has been delayed.\n\n       %s\n" % a,
            per_message(host) + fields(a, "delayed (will retry)", "4.4.1", d))


def q_actual(rc, host):
    # X-Actual-Recipient beside Final-Recipient (flufl's dsn.py: some use
    # it for the local user an alias delivered to).
    a, d = rc[0]
    return dsn_text(rc), per_message(host) + fields(
        a, "failed", "5.2.2", d, "X-Actual-Recipient: rfc822;"
        "mbox17@mail.example.org\n")


def q_no_status(rc, host):
    # A multipart/report without its status part (BounceParser: "Some MTAs
    # generate malformed multipart/report messages").
    return ("Your message could not be delivered to the following "
            "recipients:\n\n%s" % "".join("<%s>: %s\n" % (a, d)
                                           for a, d in rc), None)


# ---------------------------------------------------------------------
# The notices: family, frame, envelope (plain, mixed, nomime, report,
# report-notification), From, extra header lines, kind, recipients
# [(addr, diag, category, reason, source)].  The source names the library
# file whose pattern gives the frame or the text (README.md).

Q = FL + "qmail.py"
NOTICES = [
    ("qmail", qmail(QSBMF), "plain", "MAILER-DAEMON@mail.example.com", "",
     "bounce", [
         ("anna@example.com", "Sorry, no mailbox here by that name. "
          "(#5.1.1)", "invalid", "userunknown", Q + " / " + BP),
         ("bruno@example.net", "Sorry, I couldn't find any host named "
          "example.net. (#5.1.2)", "invalid", "hostunknown", Q + " / " + BP),
         ("carla@example.org", "The users mailfolder is over the allowed "
          "quota (size). (#5.2.2)", "full", "mailboxfull", Q + " / " + BP)]),
    ("qmail", qmail(QSBMF), "plain", "MAILER-DAEMON@mx.example.net", "",
     "bounce", [
         ("dario@example.net", "Sorry, that domain isn't in my list of "
          "allowed rcpthosts. (#5.7.1)", "blocked", "norelaying", BP),
         ("elena@example.net", "Sorry, I wasn't able to establish an SMTP "
          "connection. (#4.4.1)\nI'm not going to try again; this message "
          "has been in the queue too long.", "retry-later", "expired",
          Q)]),
    ("qmail", qmail("Hi. The MTA program at {host} was unable to deliver "
                    "your message to the following addresses."), "plain",
     "MAILER-DAEMON@mx.example.com", "", "bounce", [
         ("fabio@example.com", "192.0.2.21 does not like recipient.\n"
          "Remote host said: 550 5.1.1 <fabio@example.com>: Recipient "
          "address rejected: User unknown in virtual mailbox table",
          "invalid", "userunknown", Q)]),
    ("qmail", qmail("This is the mail delivery agent at {host}.\nI was "
                    "unable to deliver your message to the following "
                    "addresses."), "plain", "MAILER-DAEMON@mx.example.org",
     "", "bounce", [
         ("gina@example.org", "This mailbox has exceeded its disk space "
          "limit", "full", "mailboxfull", Q + " / " + BP)]),
    ("qmail", qmail("We're sorry. There's a problem delivering your mail "
                    "to the following address(es)."), "plain",
     "MAILER-DAEMON@mail.example.net", "", "bounce", [
         ("hugo@example.net", "Connected to 192.0.2.22 but sender was "
          "rejected.\nRemote host said: 554 5.7.1 Client host [192.0.2.10] "
          "blocked using zen.spamhaus.org", "blocked", "blocked",
          Q + " / " + BP)]),
    ("qmail", qmail("Unfortunately, your mail was not delivered to the "
                    "following address:"), "plain",
     "MAILER-DAEMON@mail.example.org", "", "bounce", [
         ("ines@example.org", "This address no longer accepts mail: user "
          "account has been disabled or discontinued", "invalid", "suspend",
          Q + " / " + BP)]),
    ("qmail", qmail("Your mail message to the following address(es) could "
                    "not be delivered."), "plain",
     "MAILER-DAEMON@mail.example.com", "", "bounce", [
         ("jonas@example.com", "Connected to 192.0.2.23 but connection "
          "died. (#4.4.2)\nI'm not going to try again; this message has "
          "been in the queue too long.", "retry-later", "expired", Q)]),
    ("postfix", postfix_old("Postfix program"), "mixed-notification",
     "MAILER-DAEMON@mail.example.com", "", "bounce", [
         ("karl@example.com", "host mx.example.com[192.0.2.24] said: 550 "
          "Mailbox size limit exceeded (in reply to RCPT TO command)",
          "full", "mailboxfull", FL + "postfix.py / " + BP)]),
    ("postfix", postfix_old("Keftamail program"), "mixed-notification",
     "MAILER-DAEMON@keftamail.example.net", "", "bounce", [
         ("lena@example.net", "host mx.example.net[192.0.2.25] said: 550 "
          "<lena@example.net>: Recipient no longer on server (in reply to "
          "RCPT TO command)", "invalid", "userunknown",
          FL + "postfix.py / " + BP)]),
    ("postfix", postfix_old("BNS Postfix program"), "report-notification",
     "MAILER-DAEMON@bns.example.org", "", "bounce", [
         ("marco@example.org", "host mx.example.org[192.0.2.26] said: 552 "
          "Message Rejected Class=size (in reply to end of DATA command)",
          "content", "mesgtoobig", FL + "postfix.py / " + BP),
         ("nora@example.org", "host mx.example.org[192.0.2.26] said: 550 "
          "Blocked by SpamAssassin (in reply to end of DATA command)",
          "content", "spamdetected", FL + "postfix.py / " + BP)]),
    ("postfix", postfix_old("SMTP_Gateway program"), "mixed-notification",
     "MAILER-DAEMON@gw.example.com", "", "bounce", [
         ("oscar@example.com", "connect to mx.example.com[192.0.2.27]: "
          "Connection timed out", "retry-later", "networkerror",
          FL + "postfix.py / " + BP)]),
    ("postfix", failure_reason, "mixed-notification",
     "MAILER-DAEMON@relay.example.net", "", "bounce", [
         ("paula@example.net", "host mx.example.net[192.0.2.28] said: 554 "
          "Relay access denied (in reply to RCPT TO command)", "blocked",
          "norelaying", FL + "postfix.py / " + BP)]),
    ("exchange", ims, "mixed", "postmaster@example.com",
     "X-Mailer: Internet Mail Service (5.5.2653.19)\n", "bounce", [
         ("quentin@example.com", ("The recipient name is not recognized",
                                  "Unknown Recipient"), "invalid",
          "userunknown", FL + "exchange.py / " + BP + " p_ims")]),
    ("exchange", exchange2000, "mixed", "postmaster@example.net", "",
     "bounce", [
         ("rita@example.net", ("The e-mail account does not exist at the "
                               "organization this message was sent to.  "
                               "Check the e-mail address, or contact the "
                               "recipient directly to find out the correct "
                               "address.", "5.1.1"), "invalid",
          "userunknown", FL + "exchange.py"),
         ("stefan@example.net", ("The recipient's mailbox is full and can't "
                                 "accept messages now.  Microsoft Exchange "
                                 "will not try to redeliver this message for "
                                 "you.", "5.2.2"), "full", "mailboxfull",
          FL + "exchange.py")]),
    ("exchange", exchange2000, "mixed", "postmaster@example.org", "",
     "bounce", [
         ("tanja@example.org", ("#550 5.2.3 RESOLVER.RST.RecipSizeLimit; "
                                "message too large for this recipient ##",
                                "5.2.3"), "content", "mesgtoobig", BP)]),
    ("groupwise", groupwise, "mixed", "postmaster@example.com",
     "X-Mailer: Novell GroupWise Internet Agent 5.5.3.1\n", "bounce", [
         ("ulrich@example.com", "user not found", "invalid", "userunknown",
          FL + "groupwise.py / " + BP + " p_novell_groupwise")]),
    ("groupwise", ntmail, "mixed", "postmaster@example.net",
     "X-Mailer: NTMail v4.30.0012\n", "bounce", [
         ("vera@example.net", "550 Mailbox quota exceeded", "full",
          "mailboxfull", FL + "groupwise.py / " + BP)]),
    ("microsoft", smtpsvc_transcript, "nomime", "postmaster@example.org",
     "", "bounce", [
         ("walter@example.org", "550 5.1.1 No mailbox found", "invalid",
          "userunknown", FL + "microsoft.py / " + BP)]),
    ("microsoft", ms_dsn_text, "report", "postmaster@example.com", "",
     "bounce", [
         ("xenia@example.com", "smtp;550 5.7.1 Message rejected as spam by "
          "Content Filtering.", "content", "spamdetected",
          FL + "simplematch.py (songbird) / " + BP)]),
    ("microsoft", smtpsvc_simple, "plain", "postmaster@example.net", "",
     "bounce", [
         ("yusuf@example.net", "550 User [yusuf@example.net] does not exist",
          "invalid", "userunknown",
          FL + "simplematch.py (SMTPSVC) / " + BP)]),
    ("aol", aol_block, "plain", "MAILER-DAEMON@aol.example.com",
     "Mailer: AirMail\n", "bounce", [
         ("zoe.screen@aol.example.com", "", "blocked", "rejected",
          FL + "aol.py / " + BP + " p_aol_senderblock")]),
    ("caiwireless", caiwireless, "mixed", "postmaster@example.com", "",
     "bounce", [
         ("adam@example.com", "550 Invalid recipient <adam@example.com>",
          "invalid", "userunknown", FL + "caiwireless.py / " + BP)]),
    ("llnl", llnl, "plain", "MAILER-DAEMON@example.gov", "", "bounce", [
         ("berta@example.gov", "because the user is unknown", "invalid",
          "userunknown", FL + "llnl.py / " + BP)]),
    ("netscape", netscape, "report-nofields", "postmaster@example.com", "",
     "bounce", [
         ("conrad@example.com", "The user(s) account is temporarily over "
          "quota.", "full", "mailboxfull", FL + "netscape.py / " + BP)]),
    ("netscape", netscape, "mixed", "postmaster@example.net", "",
     "bounce", [
         ("doris@example.net", "The user(s) account is disabled.", "invalid",
          "suspend", FL + "netscape.py / " + BP)]),
    ("sina", sina, "mixed", "mailer-daemon@sina.example.com", "", "bounce", [
         ("emil@sina.example.com", "550 User mail-box not found", "invalid",
          "userunknown", FL + "sina.py / " + BP)]),
    ("smtp32", smtp32, "plain", "postmaster@example.com",
     "X-Mailer: <SMTP32 v8.15>\n", "bounce", [
         ("frida@example.com", "User mailbox exceeds allowed size", "full",
          "mailboxfull", FL + "smtp32.py / " + BP),
         ("gustav@example.com", "Unknown user", "invalid", "userunknown",
          FL + "smtp32.py / " + BP)]),
    ("yahoo", yahoo, "plain", "MAILER-DAEMON@yahoo.example.com", "",
     "bounce", [
         ("hanna@example.com", "Remote host said: 550 5.1.1 unknown or "
          "illegal alias: hanna@example.com [RCPT_TO]", "invalid",
          "userunknown", FL + "simplematch.py (sbcglobal) / " + BP)]),
    ("yahoo", yahoo_sorry, "plain", "MAILER-DAEMON@yahoo.example.com", "",
     "bounce", [
         ("igor@yahoo.example.com", "554 delivery error: dd This user "
          "doesn't have a yahoo.example.com account "
          "(igor@yahoo.example.com) [0] - mta1.example.com",
          "invalid", "userunknown", FL + "yahoo.py / " + BP),
         ("julia@yahoo.example.com", "554 delivery error: dd Sorry your "
          "message to julia@yahoo.example.com cannot be delivered. This "
          "account has been disabled or discontinued [#102]. - "
          "mta1.example.com", "invalid", "suspend",
          FL + "yahoo.py / " + BP)]),
    ("smail", smail, "plain", "MAILER-DAEMON@example.org", "", "bounce", [
         ("kurt@example.org", "unknown user", "invalid", "userunknown",
          FL + "simplematch.py (Smail) / " + BP)]),
    ("sendmail", sendmail_transcript, "plain", "MAILER-DAEMON@example.net",
     "", "bounce", [
         ("lisa@example.net", "550 <lisa@example.net>... User unknown",
          "invalid", "userunknown",
          FL + "simplematch.py / " + BP + " p_plain_smtp_transcript")]),
    ("exim", exim_old, "plain", "Mail Delivery System "
     "<Mailer-Daemon@mail.example.com>", "X-Failed-Recipients: "
     "mario@example.com\n", "bounce", [
         ("mario@example.com", "550 unrouteable address", "invalid",
          "userunknown", FL + "exim.py / " + FL + "simplematch.py / " + BP)]),
    ("exim", exim_local, "plain", "Mail Delivery System "
     "<Mailer-Daemon@mail.example.net>", "X-Failed-Recipients: "
     "nina@example.net, otto@example.net\n", "bounce", [
         ("nina@example.net", "Unknown local part nina in <nina@example.net>",
          "invalid", "userunknown", FL + "exim.py / " + BP),
         ("otto@example.net", "mailbox is full: retry timeout exceeded",
          "full", "mailboxfull", FL + "exim.py / " + BP)]),
    ("demon", demon, "plain", "MAILER-DAEMON@demon.example.com", "",
     "bounce", [
         ("petra@example.com", "550 Mail appears to be unsolicited - "
          "report to postmaster", "content", "spamdetected",
          FL + "simplematch.py (demon) / " + BP)]),
    ("interscan", interscan, "plain", "postmaster@example.com", "",
     "bounce", [
         ("rainer@example.com", "550 5.7.1 Your email had spam-like header "
          "contents", "content", "spamdetected",
          FL + "simplematch.py (InterScan) / " + BP)]),
    ("interscan", interscan_nt, "plain", "postmaster@example.org", "",
     "bounce", [
         ("sabine@example.org", "550 Rcpt <sabine@example.org> does not "
          "exist", "invalid", "userunknown",
          FL + "simplematch.py (kviv.be) / " + BP)]),
    ("sdm", sdm, "plain", "MAILER-DAEMON@example.de", "", "bounce", [
         ("thomas@example.de", "550 Benutzer hat zuviele Mails auf dem "
          "Server", "full", "mailboxfull",
          FL + "simplematch.py (sdm.de) / " + BP)]),
    ("newmail", newmail, "plain", "mailer-daemon@example.ru", "", "bounce", [
         ("uwe@example.ru", "552 Message too big for this mailbox", "content",
          "mesgtoobig", FL + "simplematch.py (newmail.ru) / " + BP)]),
    ("mdaemon", mdaemon, "plain", "MDaemon@example.com", "", "bounce", [
         ("viktor@example.com", "550 5.7.1 Message refused by MailMarshal "
          "SpamProfiler", "content", "spamdetected",
          FL + "simplematch.py (MDaemon) / " + BP)]),
    ("usanet", usanet, "plain", "postmaster@usa.example.net", "",
     "bounce", [
         ("wanda@usa.example.net", "account not activated", "invalid",
          "userunknown", FL + "simplematch.py (usa.net) / " + BP)]),
    ("hotpop", hotpop, "plain", "postmaster@example.com", "", "bounce", [
         ("xaver@example.com", "The email account that you tried to reach "
          "is disabled.", "invalid", "suspend",
          FL + "simplematch.py (hotpop) / " + BP)]),
    ("prodigy", prodigy, "plain", "postmaster@example.net", "", "bounce", [
         ("yvonne@example.net", "", "full", "mailboxfull",
          FL + "simplematch.py (Prodigy)")]),
    ("googlemail", googlemail, "plain", "mailer-daemon@example.com", "",
     "bounce", [
         ("zeno@example.com", "The email account that you tried to reach "
          "does not exist. Please try double-checking the recipient's "
          "email address for typos or unnecessary spaces.", "invalid",
          "userunknown", FL + "simplematch.py (googlemail) / " + BP)]),
    ("kundenserver", kundenserver, "plain", "mailer-daemon@example.de", "",
     "bounce", [
         ("alma@example.de", "SMTP error from remote server after RCPT "
          "command:\nhost mx.example.de[192.0.2.29]:\n550 5.1.1 "
          "<alma@example.de>: not an active address at this host",
          "invalid", "userunknown",
          FL + "simplematch.py (kundenserver.de) / " + BP)]),
    ("domino", domino, "plain", "Postmaster@example.com", "", "bounce", [
         ("bernd@example.com", "User bernd (bernd@example.com) not listed in "
          "Domino Directory", "invalid", "userunknown",
          FL + "simplematch.py (hartford) / " + BP)]),
    ("earthlink", earthlink, "plain", "MAILER-DAEMON@example.net", "",
     "bounce", [
         ("cora@example.net", "552 Quota violation for cora@example.net",
          "full", "mailboxfull",
          FL + "simplematch.py (earthlink) / " + BP)]),
    ("ademe", ademe, "plain", "postmaster@example.fr", "", "bounce", [
         ("denis@example.fr", "550 5.1.1 Recipient does not exist on this "
          "system", "invalid", "userunknown",
          FL + "simplematch.py (ademe.fr) / " + BP)]),
    ("andrew", andrew, "plain", "postmaster@example.jp", "", "bounce", [
         ("emi@example.jp", "", "invalid", "userunknown",
          FL + "simplematch.py (andrew.ac.jp)")]),
    ("e500", e500, "plain", "E500_SMTP_Mail_Service@example.org", "",
     "bounce", [
         ("felix@example.org", "550 This message scored 15.2 spam points "
          "and has been rejected", "content", "spamdetected",
          FL + "simplematch.py (E500) / " + BP)]),
    ("lsmtp", lsmtp, "plain", "postmaster@example.com", "", "bounce", [
         ("greta@example.com", "550 No such user here", "invalid",
          "userunknown", FL + "simplematch.py (LSMTP) / " + BP)]),
    ("qmail", trilingual, "plain", "MAILER-DAEMON@example.es", "",
     "bounce", [
         ("hector@example.es", "Sorry, no mailbox here by that name. "
          "(#5.1.1)", "invalid", "userunknown",
          FL + "simplematch.py (tri-language qmail) / " + BP)]),
    ("dado", dado, "plain", "postmaster@example.it", "", "bounce", [
         ("ilaria@example.it", "Reason: mailbox is full", "full",
          "mailboxfull", FL + "simplematch.py (dadoservice.it) / " + BP)]),
    ("eyou", eyou, "plain", "MAILER-DAEMON@example.cn", "", "bounce", [
         ("jun@example.cn", "550 Mailbox not available", "invalid",
          "userunknown", FL + "simplematch.py (EYOU) / " + BP)]),
    ("mdaemon", mdaemon_pro, "plain", "MDaemon@example.com.py", "",
     "bounce", [
         ("kevin@example.com.py", "", "invalid", "userunknown",
          FL + "simplematch.py (pla.net.py) / " + BP)]),
    ("mxlogic", mxlogic, "plain", "postmaster@example.com", "", "bounce", [
         ("laura@example.com", "550 5.7.1 Spam score (9.8) too high",
          "content", "spamdetected",
          FL + "simplematch.py (mxlogic) / " + BP)]),
    ("hmailserver", hmail, "plain", "postmaster@example.net", "", "bounce", [
         ("moritz@example.net", "550 5.7.1 Message content rejected, UBE, "
          "id=12345-01", "content", "spamdetected",
          FL + "simplematch.py (fastdnsservers) / " + BP)]),
    ("smartermail", failed_recipient, "plain", "postmaster@example.org", "",
     "bounce", [
         ("nadia@example.org", "550 5.1.1 <nadia@example.org> No such "
          "mailbox", "invalid", "userunknown",
          FL + "simplematch.py (Could not deliver message to the following recipient) / " + BP)]),
    ("uci", uci, "plain", "MAILER-DAEMON@example.edu", "", "bounce", [
         ("olaf@example.edu", "Local delivery failed: mailbox is full",
          "full", "mailboxfull", FL + "simplematch.py (uci.edu) / " + BP)]),
    ("mailru", mailru, "plain", "mailer-daemon@example.ru", "", "bounce", [
         ("pavel@example.ru", "message rejected as spam", "content",
          "spamdetected", FL + "simplematch.py (mail.ru) / " + BP)]),
    ("mailenable", mailenable, "plain", "postmaster@example.com", "",
     "bounce", [
         ("rosa@example.com", "Remote SMTP Server Returned: 550 5.1.1 "
          "<rosa@example.com> is a deactivated mailbox", "invalid",
          "userunknown", FL + "simplematch.py (MailEnable) / " + BP)]),
    ("unknownmta", unknown_mta, "plain", "postmaster@example.net", "",
     "bounce", [
         ("sven@example.net", "Recipient email address is possibly "
          "incorrect: 550 no mail box available for this user", "invalid",
          "userunknown", FL + "simplematch.py (unknown MTA) / " + BP)]),
    ("microsoft", abort_ms, "plain", "postmaster@example.org", "",
     "bounce", [
         ("tilo@example.org", "The destination server could not be reached: "
          "No route to host", "retry-later", "networkerror",
          FL + "simplematch.py (songbird, aborted) / " + BP)]),
    ("dovecot", None, "mdn", "postmaster@example.com", "", "bounce", [
         ("ute@example.com", "Quota exceeded (mailbox for user is full)",
          "full", "mailboxfull", FL + "simplematch.py (Dovecot LDA) / "
          + BP)]),
    ("yale", yale, "plain", "MAILER-DAEMON@example.edu", "", "bounce", [
         ("vincent@example.edu", "Mailbox unknown", "invalid",
          "userunknown", FL + "yale.py / " + BP)]),
    ("postfix", postfix_old("Postfix program"), "mixed-notification",
     "MAILER-DAEMON@mail.example.org", "", "bounce", [
         ("walid@example.org", "connect to mx.example.org[192.0.2.32]: "
          "Connection refused", "retry-later", "networkerror", BP),
         ("ximena@example.org", "host mx.example.org[192.0.2.33] said: 550 "
          "5.7.1 Blocked using spam pattern, your message looks like spam "
          "(in reply to end of DATA command)", "content", "spamdetected",
          BP)]),
    ("sendmail", sendmail_transcript, "plain", "MAILER-DAEMON@example.com",
     "", "bounce", [
         ("yannick@example.com", "550 5.1.1 <yannick@example.com>... "
          "Account expired", "invalid", "suspend", BP)]),
    ("qmail", qmail(QSBMF), "plain", "MAILER-DAEMON@mail.example.com", "",
     "bounce", [
         ("zora@example.com", "192.0.2.34 does not like recipient.\nRemote "
          "host said: 550 Customer not found\nGiving up on 192.0.2.34.",
          "invalid", "userunknown", Q + " / " + BP),
         ("arne@example.com", "192.0.2.34 does not like recipient.\nRemote "
          "host said: 550 No user here by that name\nGiving up on "
          "192.0.2.34.", "invalid", "userunknown", Q + " / " + BP)]),
    ("exim", exim_old, "plain", "Mail Delivery System "
     "<Mailer-Daemon@mail.example.org>", "X-Failed-Recipients: "
     "birgit@example.org\n", "bounce", [
         ("birgit@example.org", "550 This server doesn't handle mail for "
          "that user", "invalid", "userunknown",
          FL + "exim.py / " + BP + " (mailfoundry)")]),
    ("exchange", exchange2000, "mixed", "postmaster@example.com", "",
     "bounce", [
         ("cem@example.com", ("#550 5.2.3 RESOLVER.RST.SendSizeLimit; "
                              "message too large for this sender ##",
                              "5.2.3"), "content", "mesgtoobig", BP)]),
    # Status reports with the quirks the libraries work around.
    ("quirk", q_xwall, "quirk:message/xdelivery-status:text/rfc822-headers",
     "postmaster@example.com", "X-Mailer: XWall v3.31\n", "bounce", [
         ("aaron@example.com", "550 5.1.1 User unknown", "invalid",
          "userunknown", BP + " p_xdelivery_status")]),
    ("quirk", q_iis, "quirk:message/delivery-status:message/rfc822:crlf",
     "postmaster@example.net", "", "bounce", [
         ("bella@example.net", ("5.2.2", "552 5.2.2 Mailbox quota exceeded"),
          "full", "mailboxfull", BP + " (IIS SMTP blank lines)"),
         ("cyrus@example.net", ("5.1.1", "550 5.1.1 Requested action not "
                                "taken: mailbox unavailable (user not "
                                "found)"), "invalid", "userunknown",
          BP + " (IIS SMTP blank lines)")]),
    ("quirk", q_surfcontrol,
     "quirk:message/delivery-status:text/rfc822-headers",
     "postmaster@example.org", "", "bounce", [
         ("delia@example.org", "554 5.7.1 Probable Spam", "content",
          "spamdetected", BP + " (bug #21249, (permanent failure))")]),
    ("quirk", q_expanded, "quirk:message/delivery-status:text/rfc822-headers",
     "MAILER-DAEMON@lists.example.com", "", "bounce", [
         ("member7@example.com", "550 5.1.1 <member7@example.com>... User "
          "unknown", "invalid", "userunknown",
          BP + " $seen_action_expanded"),
         ("team@example.com", "", "delivered", "delivered",
          BP + " $seen_action_expanded")]),
    ("quirk", q_expanded_only,
     "quirk:message/delivery-status:text/rfc822-headers",
     "MAILER-DAEMON@lists.example.net", "", "delivered", [
         ("team@example.net", "", "delivered", "delivered",
          BP + " (Action: expanded alone is no bounce)")]),
    ("quirk", q_bare_final, "quirk:message/delivery-status:message/rfc822",
     "postmaster@example.com", "", "bounce", [
         ("elias@example.com", "550 5.1.1 Recipient does not exist",
          "invalid", "userunknown", FL + "dsn.py (SMTP-GATEWAY01)")]),
    ("quirk", q_action_error,
     "quirk:message/delivery-status:text/rfc822-headers",
     "MAILER-DAEMON@smtpd.example.org", "", "bounce", [
         ("fiona@example.org", "550 Invalid recipient", "invalid",
          "userunknown", FL + "dsn.py (Action: error)")]),
    ("quirk", q_action_comment,
     "quirk:message/delivery-status:text/rfc822-headers",
     "MAILER-DAEMON@example.com", "", "delayed", [
         ("gerd@example.com", "421 4.4.1 Connection timed out",
          "retry-later", "delayed", FL + "dsn.py (comments on Action)")]),
    ("quirk", q_actual, "quirk:message/delivery-status:message/rfc822",
     "MAILER-DAEMON@mail.example.org", "", "bounce", [
         ("helga@example.org", "552 5.2.2 Mailbox full", "full",
          "mailboxfull", FL + "dsn.py (X-Actual-Recipient)")]),
    ("quirk", q_no_status, "quirk::message/rfc822",
     "MAILER-DAEMON@example.net", "", "bounce", [
         ("ivo@example.net", "550 5.1.1 Mailbox does not exist", "invalid",
          "userunknown", BP + " (multipart/report without a status part)")]),
    ("exchange", ims_plain, "plain-ims", "postmaster@example.net",
     "X-Mailer: Internet Mail Service (5.5.2653.19)\n", "bounce", [
         ("jana@example.net", ("Host unknown", "Host unknown"), "invalid",
          "hostunknown", BP + " p_ims (not multipart)")]),
    ("exchange", exchange2000, "mixed-tnef", "postmaster@example.org", "",
     "bounce", [
         ("kai@example.org", ("The e-mail account does not exist at the "
                              "organization this message was sent to.",
                              "5.1.1"), "invalid", "userunknown",
          BP + " (application/ms-tnef instead of message/rfc822)")]),
    ("sendmail", sendmail_expired, "plain", "MAILER-DAEMON@example.com", "",
     "bounce", [
         ("lutz@example.com", "Deferred: Connection timed out with "
          "mx.example.com.", "retry-later", "expired",
          BP + " $Really_An_Error (permanent fatal errors)")]),
    # The same without the returned message: only the local part is named.
    ("aol", aol_block, "plain-bare", "MAILER-DAEMON@aol.example.com",
     "Mailer: AirMail\n", "bounce", [
         ("max.screen@aol.example.com", "", "blocked", "rejected",
          FL + "aol.py / " + BP + " p_aol_senderblock")]),
    ("groupwise", groupwise, "mixed-bare", "postmaster@example.org",
     "X-Mailer: Novell GroupWise Internet Agent 6.5.4\n", "bounce", [
         ("nele@example.org", "user not found", "invalid", "userunknown",
          FL + "groupwise.py / " + BP + " p_novell_groupwise"),
         ("olga@example.org", "mailbox is full", "full", "mailboxfull",
          FL + "groupwise.py / " + BP + " p_novell_groupwise")]),
    ("yale", yale, "plain-bare", "MAILER-DAEMON@example.edu", "", "bounce", [
         ("pia@example.edu", "Mailbox unknown", "invalid", "userunknown",
          FL + "yale.py")]),
    # Warnings: a delay is no failure; the recipient is at most held for
    # retry-later.
    ("warning", warn_exim_old, "plain", "Mail Delivery System "
     "<Mailer-Daemon@mail.example.com>", "", "delayed", [
         ("valerie@example.com", "SMTP error from remote mail server after "
          "RCPT TO:<valerie@example.com>: host mx.example.com "
          "[192.0.2.30]: 451 Temporary local problem - please try later",
          "retry-later", "delayed", FL + "simplewarning.py (lia.net) / "
          + BP + " $Not_An_Error")]),
    ("warning", warn_messageswitch, "plain", "postmaster@example.net", "",
     "delayed", [
         ("wolf@example.net", "421 4.4.2 Connection timed out; will retry",
          "retry-later", "delayed",
          FL + "simplewarning.py (MessageSwitch)")]),
    ("warning", warn_symantec, "plain", "postmaster@example.org", "",
     "delayed", [
         ("xandra@example.org", "452 4.2.2 Mailbox full, try again later",
          "retry-later", "delayed", FL + "simplewarning.py (Symantec)")]),
    ("warning", warn_google, "plain", "mailer-daemon@example.com", "",
     "delayed", [
         ("yara@example.com", "The recipient server did not accept our "
          "requests to connect.", "retry-later", "delayed",
          FL + "simplewarning.py (googlemail)")]),
    ("warning", warn_exchange, "plain", "postmaster@example.net", "",
     "delayed", [
         ("zack@example.net", "the destination is temporarily unreachable",
          "retry-later", "delayed", FL + "simplewarning.py (Exchange)")]),
    ("warning", warn_kundenserver, "plain", "mailer-daemon@example.de", "",
     "delayed", [
         ("anke@example.de", "host mx.example.de [192.0.2.31]: 450 4.2.0 "
          "transient error, mailbox busy", "retry-later", "delayed",
          FL + "simplewarning.py (kundenserver.de) / " + BP)]),
    ("delivered", delivered_notes, "plain", "postmaster@example.com", "",
     "delivered", [
         ("dana@example.com", "", "delivered", "delivered",
          BP + " $Not_An_Error (was delivered to the following recipient)")]),
]

# A delay that names its cause may take that cause's category (as in
# ../negative).
CATEGORY_OK = {"xandra@example.org": {"category_ok": ["full"]}}

# Mail that fails nobody, as BounceParser tells it apart from bounces.
NONBOUNCES = [
    ("nonbounce", "challenge", "TMDA challenge",
     "X-Delivery-Agent: TMDA/1.1.12 (Macallan)\n",
     "Hello,\n\nI'm sorry, but I don't accept mail from unknown senders.\n"
     "To confirm that your message to ida@example.com is legitimate, just "
     "reply to this message.\nYour original message will then be "
     "delivered.\n", BP + " (TMDA)"),
    ("nonbounce", "moved", "Address change notice", "",
     "Please note: the address ida.alt@example.com has changed to "
     "ida@example.net.\nYour message has been forwarded to the new address."
     "\n", BP + " (address-change autoreply)"),
    ("nonbounce", "notes-ooo", "AUTO: Ida Berg is out of the office "
     "(returning 14.12.2026)", "",
     "I am out of the office until 14.12.2026.\n\nI will respond to your "
     "message when I return.\n", BP + " (subject AUTO ... is out of the "
     "office: Lotus Notes)"),
    ("nonbounce", "polish", "Automatyczna odpowiedź: Offer", "",
     "Dziękuję za wiadomość. Jestem na urlopie do 14 grudnia.\n",
     BP + " (Polish autoreply)"),
    ("nonbounce", "confirm", "Please confirm your message", "",
     "Your server requires confirmation of this message before it is "
     "delivered to ida@example.com.\nReply to this message to confirm.\n",
     BP + " (Your server requires confirmation)"),
    ("nonbounce", "bluebottle", "Verify your email", "X-Bluebottle-Request: "
     "sender-verify\n",
     "This account is protected by Bluebottle, the solution to spam.\n"
     "Please click the link below to verify that you are a real person.\n",
     BP + " (Bluebottle)"),
    ("nonbounce", "receipt", "Return Receipt: Offer", "",
     "Return receipt\n\nYour document: Offer\nwas received by: Ida Berg "
     "<ida@example.com>\nat: 01.12.2026 10:15:00\n",
     BP + " (return receipt)"),
    ("nonbounce", "boxbe", "Please add yourself to my Boxbe Guest List", "",
     "Hello,\n\nkai@example.com uses Boxbe to keep the inbox clean.\n"
     "Please add yourself to my Boxbe Guest List so that your messages are "
     "delivered directly.\n", BP + " (Boxbe)"),
]


def mdn(head, rc, orig):
    a, d = rc[0][0], rc[0][1]
    return head + ("MIME-Version: 1.0\nContent-Type: multipart/report; "
                   "report-type=disposition-notification; boundary=\"%s\"\n\n"
                   "--%s\nContent-Type: text/plain; charset=utf-8\n\n"
                   "Your message to <%s> was automatically rejected:\n%s\n\n"
                   "--%s\nContent-Type: message/disposition-notification\n\n"
                   "Reporting-UA: mail.example.com; Dovecot Mail Delivery "
                   "Agent\nFinal-Recipient: rfc822; %s\nOriginal-Message-ID: "
                   "<offer.000@exporter.example.com>\nDisposition: "
                   "automatic-action/MDN-sent-automatically; deleted\n\n"
                   "--%s\nContent-Type: message/rfc822\n\n%s\n--%s--\n") % (
                       BOUNDARY, BOUNDARY, a, d, BOUNDARY, a, BOUNDARY, orig,
                       BOUNDARY)


# The subjects these systems give their notices, where known; the odd
# ones keep the returned message's own subject (BounceParser: "Some
# bizarre MTAs construct bounce messages using the original headers of
# the original message"), so that only the text tells a notice.
SUBJECTS = {
    "qmail": "failure notice",
    "postfix": "Undelivered Mail Returned to Sender",
    "exchange": "Undeliverable: Offer",
    "groupwise": "Message status - undeliverable",
    "microsoft": "Delivery Status Notification (Failure)",
    "sendmail": "Returned mail: see transcript for details",
    "exim": "Mail delivery failed: returning message to sender",
    "domino": "DELIVERY FAILURE: User bernd (bernd@example.com) not listed "
              "in Domino Directory",
    "yahoo": "Failure Notice",
}
OWN_SUBJECT = {"caiwireless", "llnl", "netscape", "interscan", "sdm",
               "newmail", "usanet", "hotpop", "prodigy", "ademe", "andrew",
               "e500", "lsmtp", "dado", "eyou", "mxlogic", "hmailserver",
               "smartermail", "uci", "mailru", "mailenable", "unknownmta",
               "yale", "smail", "earthlink", "kundenserver", "demon",
               "googlemail"}


def build(n, notice):
    family, frame, env, sender, extra, kind, rcpts = notice
    host = sender.split("@")[1].rstrip(">")
    rc = [(a, d) for a, d, *_ in rcpts]
    orig = original(rcpts, n)
    subj = SUBJECTS.get(family, "Undeliverable mail")
    if kind == "delayed":
        subj = "Warning: message delayed"
    elif family in OWN_SUBJECT:
        subj = "Offer %03d, spring catalogue" % n
    head = ("Return-Path: <>\n"
            "Received: from %s (%s [192.0.2.%d])\n"
            "\tby mail.exporter.example.com with ESMTP;\n"
            "\tTue, 1 Dec 2026 09:%02d:00 +0100\n"
            "From: %s\nTo: %s\nSubject: %s\n"
            "Date: Tue, 1 Dec 2026 09:%02d:00 +0100\n"
            "Message-ID: <ndr.%03d@%s>\n%s") % (
                host, host, 100 + n % 100, n % 60, sender, SENDER, subj,
                n % 60, n, host, extra)
    if env == "mdn":
        return mdn(head, rc, orig)
    if env.startswith("quirk:"):
        _, stype, otype, *crlf = env.split(":")
        text, status = frame(rc, host)
        if status is None:
            msg = head + ("MIME-Version: 1.0\nContent-Type: multipart/report;"
                          " report-type=delivery-status; boundary=\"%s\"\n\n"
                          "--%s\nContent-Type: text/plain; charset=us-ascii"
                          "\n\n%s\n--%s\nContent-Type: %s\n\n%s\n--%s--\n"
                          ) % (BOUNDARY, BOUNDARY, text, BOUNDARY, otype,
                               orig, BOUNDARY)
        else:
            msg = quirk_report(head, text, status, orig, stype, otype)
        return msg.replace("\n", "\r\n") if crlf else msg
    if env == "plain-ims":
        return plain(head, frame(rc, host) + "\n" + orig)
    if env == "mixed-tnef":
        return head + ("MIME-Version: 1.0\nContent-Type: multipart/mixed; "
                       "boundary=\"%s\"\n\n--%s\nContent-Type: text/plain; "
                       "charset=us-ascii\n\n%s\n--%s\nContent-Type: "
                       "application/ms-tnef; name=\"winmail.dat\"\n"
                       "Content-Transfer-Encoding: base64\n\n"
                       "eJ8+IgEAAQaQCAAEAAAAAAABAAEAAQeQBgAIAAAA5AQAAAAAAADo\n"
                       "\n--%s--\n") % (BOUNDARY, BOUNDARY, frame(rc, host),
                                        BOUNDARY,
                                        BOUNDARY)
    body = frame(rc, host)
    if env == "plain":
        return plain(head, body + "\n" + orig)
    if env == "plain-bare":
        return plain(head, body)
    if env == "mixed-bare":
        return head + ("MIME-Version: 1.0\nContent-Type: multipart/mixed; "
                       "boundary=\"%s\"\n\n--%s\nContent-Type: text/plain; "
                       "charset=us-ascii\n\n%s\n--%s--\n") % (
                           BOUNDARY, BOUNDARY, body, BOUNDARY)
    if env == "mixed":
        return mixed(head, body, orig)
    if env == "mixed-notification":
        return mixed(head, body, orig, desc="Notification")
    if env == "nomime":
        return mixed(head, body, orig, first_typed=False)
    if env == "report-notification":
        status = "".join("Final-Recipient: rfc822; %s\nAction: failed\n"
                         "Status: 5.0.0\n\n" % a for a, d in rc)
        return report(head, body, "Reporting-MTA: dns; %s\n\n%s" % (
            host, status), orig, desc="Notification")
    if env == "report-nofields":
        # Netscape Messaging Server: a report with no -Recipient: fields.
        return report(head, body, "Reporting-MTA: dns; %s\n" % host, orig)
    if env == "report":
        status = "".join("Final-Recipient: rfc822;%s\nAction: failed\n"
                         "Status: 5.0.0\nDiagnostic-Code: %s\n\n" % (a, d)
                         for a, d in rc)
        return report(head, body, "Reporting-MTA: dns;%s\n\n%s" % (
            host, status), orig)
    raise ValueError(env)


def build_nonbounce(n, nb):
    family, tag, subject, extra, body, src = nb
    if not subject.isascii():
        subject = "=?UTF-8?B?%s?=" % base64.b64encode(
            subject.encode()).decode()
    return ("Return-Path: <ida@example.com>\n"
            "From: Ida <ida@example.com>\nTo: %s\nSubject: %s\n"
            "Date: Tue, 1 Dec 2026 10:%02d:00 +0100\n"
            "Message-ID: <%s.%03d@example.com>\n%sMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n%s") % (
                SENDER, subject, n, tag, n, extra, body)


def main():
    top = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(
        os.path.abspath(__file__))
    os.makedirs(os.path.join(top, "maildir"), exist_ok=True)
    count = {}

    def name_for(family):
        count[family] = count.get(family, 0) + 1
        return "maildir/%s-%02d.eml" % (family, count[family])

    with open(os.path.join(top, "truth.jsonl"), "w") as truth:
        for n, notice in enumerate(NOTICES, 1):
            name = name_for(notice[0])
            with open(os.path.join(top, name), "w", newline="") as f:
                f.write(build(n, notice))
            recipients = [dict({"addr": a, "category": c, "reason": r,
                           "status": "", "code": "", "hard": c == "invalid",
                           "diagnostic": d if isinstance(d, str) else
                           d[0] if len(d[0]) > 5 else d[1],
                           "src": s}, **CATEGORY_OK.get(a, {}))
                          for a, d, c, r, s in notice[6]]
            truth.write(json.dumps({"file": name, "kind": notice[5],
                                    "recipients": recipients},
                                   sort_keys=True) + "\n")
        for n, nb in enumerate(NONBOUNCES, 1):
            name = name_for(nb[0])
            with open(os.path.join(top, name), "w") as f:
                f.write(build_nonbounce(n, nb))
            truth.write(json.dumps({"file": name, "kind": "notbounce",
                                    "recipients": [], "src": nb[5]},
                                   sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
