#!/usr/bin/env python3
"""Builds tests/corpus/negative/services: the reports, list notices,
quarantine and recall notices, delay notices and automatic replies of
services that are no bounce of a contact, rebuilt from their published
documentation and samples (each truth line names its source).

usage: make-services.py [DIR]   (default: the directory of this script)

Writes services/NN-name.eml and replaces the "services" lines of
truth.jsonl (the other makers' lines are kept).  The helpers are those of
make.py beside it; rerunning it rewrites the same bytes (archives carry a
fixed time).
"""
import base64
import gzip
import importlib.util
import io
import os
import sys
import zipfile

_here = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "negmake", os.path.join(_here, "make.py"))
mk = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mk)

msg, text_part, html_part, multipart, hdr = (mk.msg, mk.text_part,
                                             mk.html_part, mk.multipart,
                                             mk.hdr)
SENDER = mk.SENDER

SRC = {
    "rfc6591": "RFC 6591, Authentication Failure Reporting Using the ARF, "
               "section 3.1 (Feedback-Type: auth-failure, Auth-Failure, "
               "Delivery-Result) and appendix B (example)",
    "rfc7489": "RFC 7489 (DMARC), 7.3 failure reports (ruf) in the format "
               "of RFC 6591, and 7.2.1.1 aggregate report delivery by mail "
               "(subject 'Report Domain: ... Submitter: ... Report-ID:', "
               "zip or gzip attachment); appendix C (XML schema)",
    "googledmarc": "Google Workspace Admin Help, DMARC aggregate reports "
                   "from noreply-dmarc-support@google.com (.zip), "
                   "https://support.google.com/a/answer/10032472",
    "msdmarc": "Microsoft, DMARC aggregate reports from "
               "dmarcreport@microsoft.com (.xml.gz), "
               "https://learn.microsoft.com/defender-office-365/"
               "email-authentication-dmarc-configure",
    "yahoodmarc": "Yahoo Sender Hub, DMARC aggregate reports "
                  "(noreply@dmarc.yahoo.com), https://senders.yahooinc.com/",
    "rfc8460": "RFC 8460, SMTP TLS Reporting, 5.3 (Subject 'Report Domain: "
               "... Submitter: ... Report-ID:', TLS-Report-Domain and "
               "TLS-Report-Submitter fields, multipart/report; "
               "report-type=tlsrpt, application/tlsrpt+gzip)",
    "rfc5965": "RFC 5965, An Extensible Format for Email Feedback Reports, "
               "7.3 (Feedback-Type: abuse, fraud, other, virus); RFC 6650 "
               "4 (abuse reports come from a recipient's complaint); "
               "RFC 6430 (Feedback-Type: not-spam)",
    "mm2held": "GNU Mailman 2.1, templates/en/postheld.txt ('Your message "
               "to ... awaits moderator approval', 'Is being held until "
               "the list moderator can review it for approval')",
    "mm3held": "GNU Mailman 3, template list:user:notice:hold ('Your "
               "message to $listname awaits moderator approval'), "
               "https://docs.mailman3.org/",
    "mm2bounce": "GNU Mailman 2.1, Bouncer.py and templates/en/"
                 "bounce_action notices to list owners ('Uncaught bounce "
                 "notification', 'Bounce action notification')",
    "mm3probe": "GNU Mailman 3, templates list:user:notice:probe ('The "
                "$listname mailing list has received a number of bounces "
                "from you') and list:admin:notice:disable, "
                "https://docs.mailman3.org/",
    "mm2digest": "GNU Mailman 2.1, MIME and plain digests (masthead.txt: "
                 "'Send ... mailing list submissions to', \"Today's "
                 "Topics\")",
    "ggroups": "Google Groups Help, Moderate messages (messages held for "
               "moderation, the poster is told the message awaits "
               "approval), https://support.google.com/groups/answer/2466386",
    "sympa": "Sympa, mail template message_report.tt2 ('Your message for "
             "list ... has been forwarded to editor(s)'), "
             "https://www.sympa.community/manual/",
    "listserv": "L-Soft LISTSERV, List Owner's Manual, moderated lists "
                "('Your message ... has been submitted to the moderator "
                "of the ... list'), https://www.lsoft.com/manuals/",
    "mimecast": "Mimecast, Held Messages and sender notifications "
                "('Your message has been held'), "
                "https://community.mimecast.com/",
    "proofpoint": "Proofpoint Essentials, quarantine and sender "
                  "notifications ('has been quarantined'), "
                  "https://help.proofpoint.com/",
    "m365quar": "Microsoft 365, mail flow rules that hold a message for "
                "approval and notify the sender (Exchange Online "
                "'Notify the sender' action), https://learn.microsoft.com/"
                "exchange/security-and-compliance/mail-flow-rules/"
                "mail-flow-rule-actions",
    "recall": "Microsoft, Recall or replace an email message that you "
              "sent ('Message Recall Report', 'Recall Failure:', 'Recall "
              "Success:'), https://support.microsoft.com/office/"
              "35027f88-d655-4554-b4f8-6c0729a723a0",
    "exchdelay": "Microsoft, Exchange Online NDRs ('Delivery has been "
                 "delayed to these recipients', 4.4.7, "
                 "X-MS-Exchange-Message-Is-Ndr), https://learn.microsoft."
                 "com/exchange/mail-flow-best-practices/"
                 "non-delivery-reports-in-exchange-online/"
                 "non-delivery-reports-in-exchange-online",
    "gmaildelay": "Google, Gmail delay notice ('Delivery Status "
                  "Notification (Delay)', 'Delivery incomplete', 'There "
                  "was a temporary problem delivering your message', "
                  "'Gmail will retry for ... more hours'), "
                  "https://support.google.com/mail/answer/7720",
    "exchmod": "Microsoft, Manage message approval (moderated recipients: "
               "a rejected message is returned to the sender as an NDR; "
               "SendModerationNotifications), https://learn.microsoft.com/"
               "exchange/recipients/distribution-groups; the NDR's words "
               "and its 5.7.1 are written here after that description, "
               "not copied from a real one",
    "outlookcom": "Microsoft, Send automatic replies in Outlook.com "
                  "(\"Automatic reply:\"), https://support.microsoft.com/"
                  "office/8fcc3c84-9f79-4f88-8ac8-85c99b1fe0ad",
    "yahoo": "Yahoo Mail Help, Set up a vacation response, "
             "https://help.yahoo.com/kb/SLN3551.html",
    "icloud": "Apple, Set up an automatic reply in Mail on iCloud.com "
              "(vacation reply), https://support.apple.com/guide/icloud/"
              "mm6b1a490a/icloud",
    "zoho": "Zoho Mail Help, Auto Reply / Vacation Reply ('Auto-Reply'), "
            "https://www.zoho.com/mail/help/auto-reply.html",
    "kerio": "Kerio Connect, Setting automatic reply (Out of Office), "
             "https://manuals.gfi.com/en/kerio/connect/content/",
    "mdaemon": "MDaemon, Auto Responders (X-Autorespond, 'Auto "
               "Response'), https://docs.mdaemon.com/MDaemon/en/",
    "notes": "HCL Notes/Domino, Out of Office agent and service (subject "
             "'... is out of the office.'), https://help.hcltechsw.com/",
    "sogo": "SOGo, vacation (Sieve vacation of the SOGo web preferences),"
            " https://www.sogo.nu/support/faq.html",
    "roundcube": "Roundcube managesieve plugin, Out of Office (vacation) "
                 "form: a Sieve vacation rule run by Dovecot Pigeonhole; "
                 "RFC 5230",
    "freshdesk": "Freshdesk, 'New ticket created' email notification to "
                 "the requester, https://support.freshdesk.com/",
    "helpscout": "Help Scout, Auto Reply for mailboxes, "
                 "https://docs.helpscout.com/article/"
                 "47-set-up-an-auto-reply",
    "jsm": "Atlassian, Jira Service Management customer notifications "
           "('Request received'), https://support.atlassian.com/"
           "jira-service-management-cloud/docs/"
           "what-are-customer-notifications/",
    "imip": "RFC 6047 (iMIP) and RFC 5546 (iTIP) METHOD:REPLY with "
            "PARTSTAT ACCEPTED / DECLINED; Outlook's 'Accepted:' and "
            "'Declined:' subjects",
    "voting": "Microsoft, Use voting buttons in Outlook (the vote comes "
              "back as a reply whose subject starts with the chosen "
              "button), https://support.microsoft.com/office/"
              "6c7e2d7e-8f2a-4e65-bd1e-58e0c1a9b3f1",
    "person": "ordinary mail from a person (written here)",
    "oxcmail": mk.SRC["oxcmail"],
    "rfc3464": mk.SRC["rfc3464"],
    "spamarrest": "Spam Arrest, how the verification request works (the "
                  "sender is asked to click a link; the message waits), "
                  "https://www.spamarrest.com/",
    "sendmailrr": "Sendmail, Return receipts for NOTIFY=SUCCESS ('had "
                  "successful deliveries', 'relayed; expect no further "
                  "notifications') as plain text when SendMimeErrors is "
                  "off, https://www.sendmail.org/~ca/email/doc8.12/"
                  "op-sh-5.html",
    "gmail": mk.SRC["gmail"],
}

MTIME = (2026, 5, 6, 0, 0, 0)


def zipped(name, data):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(name, MTIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, data)
    return buf.getvalue()


def gzipped(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(data)
    return buf.getvalue()


def attach(ctype, name, data, disp="attachment"):
    return ("Content-Type: %s; name=\"%s\"\n"
            "Content-Disposition: %s; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s" % (
                ctype, name, disp, name,
                base64.encodebytes(data).decode("ascii")))


def rfc822(text):
    return "Content-Type: message/rfc822\n\n" + text


def aggregate_xml(org, email, rid, rows):
    """A DMARC aggregate report (RFC 7489 appendix C) for our domain."""
    recs = "".join(
        "  <record>\n    <row>\n      <source_ip>%s</source_ip>\n"
        "      <count>%d</count>\n      <policy_evaluated>\n"
        "        <disposition>%s</disposition>\n        <dkim>%s</dkim>\n"
        "        <spf>%s</spf>\n      </policy_evaluated>\n    </row>\n"
        "    <identifiers>\n      <envelope_to>%s</envelope_to>\n"
        "      <header_from>sender.example</header_from>\n"
        "    </identifiers>\n    <auth_results>\n      <dkim>\n"
        "        <domain>sender.example</domain>\n"
        "        <result>%s</result>\n      </dkim>\n      <spf>\n"
        "        <domain>sender.example</domain>\n"
        "        <result>%s</result>\n      </spf>\n    </auth_results>\n"
        "  </record>\n" % (ip, n, disp, dk, sp, to, dk, sp)
        for ip, n, disp, dk, sp, to in rows)
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n"
            "  <report_metadata>\n    <org_name>%s</org_name>\n"
            "    <email>%s</email>\n    <report_id>%s</report_id>\n"
            "    <date_range>\n      <begin>1777939200</begin>\n"
            "      <end>1778025599</end>\n    </date_range>\n"
            "  </report_metadata>\n  <policy_published>\n"
            "    <domain>sender.example</domain>\n    <adkim>r</adkim>\n"
            "    <aspf>r</aspf>\n    <p>quarantine</p>\n    <sp>none</sp>\n"
            "    <pct>100</pct>\n  </policy_published>\n%s</feedback>\n" % (
                org, email, rid, recs)).encode("utf-8")


def tlsrpt_json(org, rid, failures):
    """An RFC 8460 report (section 4.4's fields) for our domain."""
    import json
    details = [{"result-type": t, "sending-mta-ip": "192.0.2.25",
                "receiving-mx-hostname": "mx.sender.example",
                "failed-session-count": n} for t, n in failures]
    rep = {"organization-name": org,
           "date-range": {"start-datetime": "2026-05-05T00:00:00Z",
                          "end-datetime": "2026-05-05T23:59:59Z"},
           "contact-info": "smtp-tls-reporting@%s" % org.split()[0].lower()
           + ".example", "report-id": rid,
           "policies": [{"policy": {"policy-type": "sts",
                                    "policy-string": ["version: STSv1",
                                                      "mode: testing",
                                                      "mx: mx.sender.example",
                                                      "max_age: 86400"],
                                    "policy-domain": "sender.example"},
                         "summary": {"total-successful-session-count": 812,
                                     "total-failure-session-count":
                                     sum(n for _, n in failures)},
                         "failure-details": details}]}
    return json.dumps(rep, indent=1, sort_keys=True).encode("utf-8")


def arf(frm, subject, human, fields, rcpt, extra="", orig_extra=""):
    """An ARF report (RFC 5965) about a message we sent to RCPT."""
    parts = [text_part(human, "us-ascii", "7bit"),
             "Content-Type: message/feedback-report\n\n" + fields,
             "Content-Type: text/rfc822-headers\n\n"
             "Received: from mta.sender.example (mta.sender.example "
             "[192.0.2.25])\n\tby mx.%s; Wed, 6 May 2026 08:00:00 +0000\n"
             "From: Sender Newsletter <%s>\nTo: <%s>\nSubject: May offer\n"
             "Date: Wed, 6 May 2026 08:00:00 +0000\n"
             "Message-ID: <msg-61@sender.example>\n%s" % (
                 rcpt.split("@")[1], SENDER, rcpt, orig_extra)]
    return msg(frm, subject, multipart(
        parts, "report; report-type=feedback-report",
        "=_arf_boundary"), extra, to="<dmarc-reports@sender.example>")


def authfail(frm, rcpt, method, result, ua, extra_fields=""):
    fields = ("Feedback-Type: auth-failure\nUser-Agent: %s\nVersion: 1\n"
              "Original-Mail-From: <bounces@sender.example>\n"
              "Original-Rcpt-To: <%s>\n"
              "Arrival-Date: Wed, 06 May 2026 08:00:01 +0000\n"
              "Source-IP: 203.0.113.77\nReported-Domain: sender.example\n"
              "Auth-Failure: %s\n%s"
              "Authentication-Results: mx.%s; dkim=fail header.d="
              "sender.example; spf=fail smtp.mailfrom=sender.example; "
              "dmarc=fail header.from=sender.example\n" % (
                  ua, rcpt, method, extra_fields, rcpt.split("@")[1]))
    if result:
        fields += "Delivery-Result: %s\n" % result
    return fields


def bounce_of(member, listaddr):
    """The member's bounce of a list post, as Mailman attaches it."""
    return ("Return-Path: <>\nFrom: MAILER-DAEMON@mx.member.example "
            "(Mail Delivery System)\nTo: %s\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "Date: Tue, 05 May 2026 22:00:00 +0000\n"
            "Message-ID: <20260505220000.1A2B3C@mx.member.example>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii"
            "\n\nThis is the mail system at host mx.member.example.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n"
            "<%s>: host mx.member.example[198.51.100.9] said: 550 5.1.1 "
            "<%s>:\n    Recipient address rejected: User unknown in local "
            "recipient table\n" % (
                listaddr.replace("@", "-bounces@"), member, member))


def dsn_bounce_of(member, listaddr):
    """The member's bounce of a list post as an RFC 3464 report."""
    return ("Return-Path: <>\nFrom: MAILER-DAEMON@mx.member.example "
            "(Mail Delivery System)\nTo: %s\n"
            "Subject: Undelivered Mail Returned to Sender\n"
            "Date: Tue, 05 May 2026 22:00:00 +0000\n"
            "Message-ID: <20260505220000.4D5E6F@mx.member.example>\n"
            "MIME-Version: 1.0\nContent-Type: multipart/report; "
            "report-type=delivery-status;\n\tboundary=\"4D5E6F.1778018400/"
            "mx.member.example\"\n\n"
            "--4D5E6F.1778018400/mx.member.example\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            "This is the mail system at host mx.member.example.\n\n"
            "<%s>: host mx.member.example[198.51.100.9] said: 550 5.1.1\n"
            "    <%s>: Recipient address rejected: User unknown\n\n"
            "--4D5E6F.1778018400/mx.member.example\n"
            "Content-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.member.example\n\n"
            "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
            "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address "
            "rejected: User unknown\n\n"
            "--4D5E6F.1778018400/mx.member.example--\n" % (
                listaddr.replace("@", "-bounces@"), member, member, member,
                member))


def mm2_owner(subject, text, bounce, boundary):
    """A Mailman 2.1 notice to the owners of news@lists.sender.example
    with the member's bounce attached."""
    return msg("news-bounces@lists.sender.example", subject,
               multipart([text_part(text, "us-ascii", "7bit"),
                          rfc822(bounce)], "mixed", boundary),
               "X-BeenThere: news@lists.sender.example\nX-Mailman-Version: "
               "2.1.39\nPrecedence: list\nX-List-Administrivia: yes\n",
               to="<news-owner@lists.sender.example>")


UNCAUGHT = ("The attached message was received as a bounce, but either the "
            "bounce format was not\nrecognized, or no member addresses "
            "could be extracted from it.  This\nmailing list has been "
            "configured to send all unrecognized bounce\nmessages to the "
            "list administrator(s).\n\nFor more information see:\n"
            "https://lists.sender.example/mailman/admin/news/bounce\n")
ACTION = ("This is a Mailman mailing list bounce action notice:\n\n"
          "    List:       News\n    Member:     %s\n    Action:     "
          "Subscription disabled.\n    Reason:     Excessive or fatal "
          "bounces.\n\n\nThe triggering bounce notice is attached below."
          "\n\nQuestions?  Contact the Mailman site administrator at\n"
          "mailman@lists.sender.example.\n")


def autoreply(frm, subject, body, extra, charset="utf-8", cte="8bit"):
    return msg(frm, subject, text_part(body, charset, cte), extra)


def build():
    out = []
    mk.SEQ[0] = 100     # Message-IDs apart from those of make.py

    def add(name, kind, contacts, src, text, recipients=None):
        out.append((name, kind, contacts, src, text, recipients or []))

    def owner(name, member, text, bouncer, boundary):
        """Mailman 2's notice to the list's owners about MEMBER."""
        subject = "Uncaught bounce notification" if text == UNCAUGHT \
            else "Bounce action notification"
        add(name, "notbounce", [member], "mm2bounce",
            mm2_owner(subject, text.replace("%s", member),
                      bouncer(member, "news@lists.sender.example"),
                      boundary))

    # --- authentication-failure reports (RFC 6591, DMARC ruf) ------------
    # Each names the recipient of our message; what failed is our
    # authentication, so the report is a sender alert (blocked), never a
    # complaint or a dead address.
    for name, rcpt, method, res, ua, frm in (
            ("ruf-dmarc-delivered", "k.meyer@kunde.example", "dmarc",
             "delivered", "OpenDMARC-Filter/1.4.2",
             "opendmarc@mx.kunde.example"),
            ("ruf-dkim-spam", "l.souza@cliente.example", "dkim", "spam",
             "Mimecast DMARC Reporter/1.0",
             "dmarc-noreply@mimecast.example"),
            ("ruf-spf-reject", "wang.fang@kehu.example", "spf", "reject",
             "NtesDmarcReporter/1.0", "dmarc_report@163.example"),
            ("ruf-dmarc-no-result", "a.rossi@cliente.example", "dmarc", "",
             "dmarc-reporter/2.1", "noreply-dmarc@mx.cliente.example")):
        add(name, "feedback", [rcpt], "rfc6591",
            arf(frm, "FW: May offer (DMARC failure report for "
                     "sender.example)",
                "This is an authentication failure report for an email "
                "message received from IP 203.0.113.77 on Wed, 06 May "
                "2026 08:00:01 +0000.\nThe message below did not meet "
                "the sending domain's %s policy.\n" % method.upper(),
                authfail(frm, rcpt, method, res, ua,
                         "Identity-Alignment: none\n" if method == "dmarc"
                         else ""),
                rcpt),
            [{"addr": rcpt, "status": "", "code": "",
              "reason": "authfailure", "hard": False,
              "category": "blocked"}])
    # --- feedback reports that are no complaint (RFC 5965, 6430) ---------
    for name, rcpt, ftype, human in (
            ("arf-not-spam", "t.nguyen@customer.example", "not-spam",
             "The recipient marked this message as not spam."),
            ("arf-virus", "j.silva@cliente.example", "virus",
             "A virus scanner reported this message (Eicar-Test-"
             "Signature)."),
            ("arf-fraud", "p.muller@kunde.example", "fraud",
             "This report concerns a message that forges the domain "
             "sender.example (phishing)."),
            ("arf-other", "chen.jie@kehu.example", "other",
             "Feedback about a message from your network.")):
        add(name, "notbounce", [rcpt], "rfc5965",
            arf("feedback@fbl.provider.example",
                "Email Feedback Report for IP 192.0.2.25",
                "This is an email feedback report (RFC 5965). %s\n" % human,
                "Feedback-Type: %s\nUser-Agent: ProviderFBL/2.0\n"
                "Version: 1\nOriginal-Mail-From: <bounces@sender.example>\n"
                "Original-Rcpt-To: <%s>\n"
                "Arrival-Date: Wed, 06 May 2026 08:00:01 +0000\n"
                "Source-IP: 192.0.2.25\nReported-Domain: sender.example\n"
                % (ftype, rcpt), rcpt))
    # --- DMARC aggregate reports (rua) ---------------------------------
    add("rua-google-zip", "notbounce", [], "googledmarc",
        msg("noreply-dmarc-support@google.com",
            "Report domain: sender.example Submitter: google.com "
            "Report-ID: 1234567890123456789",
            multipart([text_part("", "us-ascii", "7bit"),
                       attach("application/zip",
                              "google.com!sender.example!1777939200!"
                              "1778025599.zip",
                              zipped("google.com!sender.example!1777939200"
                                     "!1778025599.xml",
                                     aggregate_xml(
                                         "google.com",
                                         "noreply-dmarc-support@google.com",
                                         "1234567890123456789",
                                         [("192.0.2.25", 412, "none",
                                           "pass", "pass", "gmail.com"),
                                          ("203.0.113.77", 3, "quarantine",
                                           "fail", "fail", "gmail.com")])))],
                      "mixed", "000000000000f1e2d3c4b5a69788"),
            to="<dmarc-reports@sender.example>"))
    add("rua-microsoft-gzip", "notbounce", [], "msdmarc",
        msg("DMARC Aggregate Report <dmarcreport@microsoft.com>",
            "Report Domain: sender.example Submitter: "
            "enterprise.protection.outlook.com Report-ID: "
            "6f1c2b3a4d5e46f7a8b9c0d1e2f3a4b5",
            multipart([text_part("This is a DMARC aggregate report from "
                                 "Microsoft Corporation. For Emails "
                                 "received between 2026-05-05 00:00:00 "
                                 "UTC to 2026-05-06 00:00:00 UTC.\n",
                                 "us-ascii", "7bit"),
                       attach("application/gzip",
                              "enterprise.protection.outlook.com!sender."
                              "example!1777939200!1778025600.xml.gz",
                              gzipped(aggregate_xml(
                                  "Enterprise Outlook",
                                  "dmarcreport@microsoft.com",
                                  "6f1c2b3a4d5e46f7a8b9c0d1e2f3a4b5",
                                  [("192.0.2.25", 97, "none", "pass",
                                    "pass", "customer.example")])))],
                      "mixed", "_rua_ms_boundary_"),
            to="<dmarc-reports@sender.example>"))
    add("rua-yahoo-gzip", "notbounce", [], "yahoodmarc",
        msg("noreply@dmarc.yahoo.com",
            "Report Domain: sender.example Submitter: Yahoo Report-ID: "
            "<1778025600.918273>",
            multipart([text_part("", "us-ascii", "7bit"),
                       attach("application/gzip",
                              "yahoo.com!sender.example!1777939200!"
                              "1778025599.xml.gz",
                              gzipped(aggregate_xml(
                                  "Yahoo", "dmarchelp@yahooinc.com",
                                  "1778025600.918273",
                                  [("192.0.2.25", 55, "none", "pass",
                                    "pass", "yahoo.com")])))],
                      "mixed", "----=_Part_rua_yahoo"),
            to="<dmarc-reports@sender.example>"))
    # --- SMTP TLS reports (RFC 8460) -----------------------------------
    for name, frm, org, rid, fails in (
            ("tlsrpt-google", "noreply-smtp-tls-reporting@google.com",
             "Google Inc.", "2026-05-05T00:00:00Z_sender.example", []),
            ("tlsrpt-microsoft", "tlsrpt-noreply@microsoft.com",
             "Microsoft Corporation", "133593984000000000+sender.example",
             [("certificate-expired", 4)])):
        sub = org.split()[0].lower() + ".com"
        add(name, "notbounce", [], "rfc8460",
            msg(frm, "Report Domain: sender.example Submitter: %s "
                     "Report-ID: <%s>" % (sub, rid),
                multipart([text_part("This is an aggregate TLS report "
                                     "from %s\n" % org, "us-ascii",
                                     "7bit"),
                           attach("application/tlsrpt+gzip",
                                  "%s!sender.example!1777939200!"
                                  "1778025599.json.gz" % sub,
                                  gzipped(tlsrpt_json(org, rid, fails)))],
                          "report; report-type=tlsrpt", "_tlsrpt_b_"),
                "TLS-Report-Domain: sender.example\n"
                "TLS-Report-Submitter: %s\n" % sub,
                to="<tls-reports@sender.example>"))
    # --- list moderation, probes, owner notices, digests ----------------
    add("mailman2-held", "notbounce", ["news@lists.partner.example"],
        "mm2held",
        msg("news-bounces@lists.partner.example",
            "Your message to News awaits moderator approval",
            text_part("Your mail to 'News' with the subject\n\n    May "
                      "offer\n\nIs being held until the list moderator "
                      "can review it for approval.\n\nThe reason it is "
                      "being held:\n\n    Post by non-member to a "
                      "members-only list\n\nEither the message will get "
                      "posted to the list, or you will receive\n"
                      "notification of the moderator's decision.  If you "
                      "would like to cancel\nthis posting, please visit "
                      "the following URL:\n\n    https://lists.partner."
                      "example/mailman/confirm/news/0f1e2d3c4b5a\n",
                      "us-ascii", "7bit"),
            "Precedence: bulk\nX-BeenThere: news@lists.partner.example\n"
            "X-Mailman-Version: 2.1.39\nList-Id: <news.lists.partner."
            "example>\nX-List-Administrivia: yes\n"))
    add("mailman3-held", "notbounce", ["handel@lists.messe.example"],
        "mm3held",
        msg("handel-owner@lists.messe.example",
            "Your message to handel@lists.messe.example awaits moderator "
            "approval",
            text_part("Your mail to 'handel@lists.messe.example' with the "
                      "subject\n\n    Angebot Mai\n\nIs being held until "
                      "the list moderator can review it for approval.\n\n"
                      "The message is being held because:\n\n    The "
                      "message is not from a list member\n\nEither the "
                      "message will get posted to the list, or you will "
                      "receive\nnotification of the moderator's decision.\n",
                      "utf-8", "7bit"),
            "Precedence: bulk\nList-Id: <handel.lists.messe.example>\n"
            "Auto-Submitted: auto-generated\n"))
    add("google-groups-held", "notbounce", ["buyers@partner.example"],
        "ggroups",
        msg("Google Groups <noreply@googlegroups.com>",
            "Your message to buyers awaits moderator approval",
            multipart([text_part("Your message to buyers@partner.example "
                                 "has been received and is awaiting "
                                 "approval by a moderator. You will not "
                                 "receive a notification when it is "
                                 "approved or rejected.\n"),
                       html_part("<p>Your message to <b>buyers@partner."
                                 "example</b> has been received and is "
                                 "awaiting approval by a moderator.</p>")]),
            "Auto-Submitted: auto-replied\nPrecedence: bulk\n"))
    add("sympa-moderation", "notbounce", ["achats@listes.client.example"],
        "sympa",
        msg("SYMPA <sympa@listes.client.example>",
            hdr("Message pour la liste achats transmis aux modérateurs",
                "utf-8", "Q"),
            text_part("Votre message pour la liste achats a été transmis "
                      "aux modérateurs.\nYour message for list achats has "
                      "been forwarded to editor(s).\n",
                      "utf-8", "quoted-printable"),
            "Auto-Submitted: auto-replied\nX-Loop: sympa@listes.client."
            "example\nPrecedence: list\n"))
    add("listserv-moderator", "notbounce", ["TRADE-L@LISTSERV.UNI.EXAMPLE"],
        "listserv",
        msg("\"L-Soft list server at UNI.EXAMPLE (16.5)\" "
            "<LISTSERV@LISTSERV.UNI.EXAMPLE>",
            "Message \"May offer\" submitted to TRADE-L moderator",
            text_part("Your message dated Wed, 6 May 2026 08:00:00 +0000 "
                      "with subject \"May offer\"\nhas been submitted to "
                      "the moderator of the TRADE-L list:\n"
                      "TRADE-L-request@LISTSERV.UNI.EXAMPLE.\n",
                      "us-ascii", "7bit")))
    owner("mailman2-uncaught-bounce", "k.lee@member.example", UNCAUGHT,
          bounce_of, "===============0123456789==")
    owner("mailman2-bounce-action", "r.alves@member.example", ACTION,
          bounce_of, "===============9876543210==")
    add("mailman3-probe", "notbounce", ["events@lists.partner.example"],
        "mm3probe",
        msg("events-bounces+probe-8d7c6b@lists.partner.example",
            "events mailing list probe message",
            multipart([text_part("This is a probe message.  You can ignore "
                                 "this message.\n\nThe events@lists.partner"
                                 ".example mailing list has received a "
                                 "number of bounces\nfrom you, indicating "
                                 "that there may be a problem delivering "
                                 "messages\nto offers@sender.example.  A "
                                 "sample is attached below.  Please\n"
                                 "examine this message to make sure there "
                                 "are no problems with your email\n"
                                 "address.\n", "utf-8", "7bit"),
                       rfc822("From: events@lists.partner.example\n"
                              "To: offers@sender.example\nSubject: "
                              "Events May\n\nEvents of May.\n")],
                      "mixed", "===============5551212=="),
            "List-Id: <events.lists.partner.example>\nPrecedence: bulk\n"
            "Auto-Submitted: auto-generated\n"))
    member3 = "d.ferreira@member.example"
    add("mailman3-disabled-owner", "notbounce", [member3], "mm3probe",
        msg("news-bounces@lists.sender.example",
            "%s's subscription disabled on news@lists.sender.example"
            % member3,
            text_part("%s's subscription has been disabled on\n"
                      "news@lists.sender.example due to their bounce score "
                      "exceeding the mailing\nlist's "
                      "bounce_score_threshold.\n" % member3,
                      "utf-8", "7bit"),
            "List-Id: <news.lists.sender.example>\n"
            "Auto-Submitted: auto-generated\n",
            to="<news-owner@lists.sender.example>"))
    add("mailman2-digest", "notbounce", ["tech@lists.partner.example"],
        "mm2digest",
        msg("tech-request@lists.partner.example",
            "Tech Digest, Vol 42, Issue 7",
            text_part("Send Tech mailing list submissions to\n\t"
                      "tech@lists.partner.example\n\nToday's Topics:\n\n"
                      "   1. Undelivered Mail Returned to Sender (Ann Li)\n"
                      "   2. Re: 550 5.1.1 user unknown from one provider "
                      "(Bo Zhang)\n\n"
                      "------------------------------------------------------"
                      "----------------\n\nMessage: 1\nDate: Tue, 5 May "
                      "2026 09:00:00 +0000\nFrom: Ann Li <ann@partner."
                      "example>\nSubject: Undelivered Mail Returned to "
                      "Sender\n\nSince Monday every mail to "
                      "purchasing@supplier.example comes back with\n"
                      "\"550 5.1.1 <purchasing@supplier.example>: "
                      "Recipient address rejected:\nUser unknown\". Anyone "
                      "else?\n\n------------------------------\n\n"
                      "Message: 2\nFrom: Bo Zhang <bo@partner.example>\n"
                      "Subject: Re: 550 5.1.1 user unknown\n\nThey moved "
                      "to a new server; it works again today.\n\n"
                      "End of Tech Digest, Vol 42, Issue 7\n",
                      "us-ascii", "7bit"),
            "Precedence: list\nList-Id: <tech.lists.partner.example>\n"
            "X-Mailman-Version: 2.1.39\n"))
    # --- quarantine, recall, delays, moderation ------------------------
    add("mimecast-held", "notbounce", ["h.koch@kunde.example"], "mimecast",
        msg("Mimecast Postmaster <postmaster@kunde.example>",
            "Your message has been held: May offer",
            multipart([text_part("Your message to h.koch@kunde.example "
                                 "has been held.\n\nThe message was held "
                                 "by the recipient organisation's policy "
                                 "and is awaiting review by an "
                                 "administrator. No action is needed; you "
                                 "will be told if it is rejected.\n\n"
                                 "Subject: May offer\n"),
                       html_part("<table><tr><td>Your message has been "
                                 "held</td></tr><tr><td>To:</td><td>"
                                 "h.koch@kunde.example</td></tr></table>")]),
            "X-MC-Unique: 4tK2bN9sQ3e5hD8aJ1wZ7g-1\n"
            "Auto-Submitted: auto-generated\n"))
    add("proofpoint-quarantined", "notbounce", ["m.lima@cliente.example"],
        "proofpoint",
        msg("Proofpoint Essentials <quarantine@cliente.example>",
            "Message Quarantined: May offer",
            text_part("The message you sent to m.lima@cliente.example "
                      "has been quarantined by the recipient's email "
                      "security gateway because of its content. It was not "
                      "delivered yet; the recipient or an administrator "
                      "may release it.\n", "us-ascii", "7bit"),
            "Auto-Submitted: auto-generated\nX-Proofpoint-Notification: "
            "sender\n"))
    add("m365-held-for-approval", "notbounce", ["einkauf@kunde.example"],
        "m365quar",
        msg("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6"
            "ce41109e@kunde.example>",
            "Your message is awaiting approval: Angebot Mai",
            multipart([text_part("Your message to einkauf@kunde.example "
                                 "was held by an organization policy and "
                                 "sent to an approver. It will be "
                                 "delivered if it is approved.\n"),
                       html_part("<p>Your message to einkauf@kunde.example "
                                 "was held by an organization policy and "
                                 "sent to an approver.</p>")]),
            "X-MS-Exchange-Organization-SCL: -1\n"
            "Auto-Submitted: auto-generated\n"
            "X-Auto-Response-Suppress: All\n"))
    add("recall-failure", "notbounce", ["g.weber@kunde.example"], "recall",
        msg("Microsoft Outlook <postmaster@kunde.example>",
            "Recall Failure: May offer",
            multipart([text_part("Your message\n\n   To: g.weber@kunde."
                                 "example\n   Subject: May offer\n   Sent: "
                                 "5/6/2026 8:00 AM\n\ncould not be "
                                 "recalled on 5/6/2026 8:30 AM because the "
                                 "message has already been read.\n"),
                       html_part("<p>Recall Failure: the message to "
                                 "g.weber@kunde.example could not be "
                                 "recalled.</p>")]),
            "Thread-Topic: May offer\nX-MS-Exchange-Recall: True\n"
            "Auto-Submitted: auto-generated\n"))
    add("recall-report", "notbounce",
        ["ana@cliente.example", "bea@cliente.example"], "recall",
        msg("Microsoft Outlook <postmaster@outlook.example>",
            "Message Recall Report for message: Proposta",
            html_part("<html><body><h2>Message Recall Report</h2>"
                      "<p>Message recall was initiated for the message "
                      "&quot;Proposta&quot;.</p><table>"
                      "<tr><th>Recipient</th><th>Recall status</th></tr>"
                      "<tr><td>ana@cliente.example</td><td>Success</td></tr>"
                      "<tr><td>bea@cliente.example</td><td>Failed: "
                      "The message was already read</td></tr></table>"
                      "</body></html>"),
            "X-MS-Exchange-Recall-Report: True\n"
            "Auto-Submitted: auto-generated\n"))
    add("exchange-delay-ndr-header", "delayed", ["s.park@customer.example"],
        "exchdelay",
        mk.dsn("Microsoft Outlook <postmaster@outlook.example>",
               "Delivery delayed:May offer",
               "Delivery is delayed to these recipients or groups:\n\n"
               "s.park@customer.example (s.park@customer.example)\n\n"
               "Subject: May offer\n\nThis message hasn't been delivered "
               "yet. Delivery will continue to be attempted.\n\nThe "
               "server will keep trying to deliver this message for the "
               "next 1 days, 23 hours and 57 minutes. You'll be notified "
               "if the message can't be delivered by that time.\n",
               "Reporting-MTA: dns;PA4PR08MB7000.eurprd08.prod.outlook."
               "example\n\nFinal-recipient: RFC822; s.park@customer.example"
               "\nAction: delayed\nStatus: 4.4.7\n"
               "Diagnostic-Code: smtp;400 4.4.7 Message delayed\n"
               "Will-Retry-Until: Fri, 8 May 2026 08:00:00 +0000\n",
               "X-MS-Exchange-Message-Is-Ndr: \n"
               "Auto-Submitted: auto-replied\n"
               "X-MS-Exchange-Organization-SCL: -1\n"),
        [{"addr": "s.park@customer.example", "status": "4.4.7",
          "code": "400", "reason": "delayed", "hard": False}])
    add("gmail-delay-incomplete", "delayed", ["f.ramos@cliente.example"],
        "gmaildelay",
        msg("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "Delivery Status Notification (Delay)",
            multipart([
                multipart([text_part(
                    "\n** Delivery incomplete **\n\nThere was a temporary "
                    "problem delivering your message to "
                    "f.ramos@cliente.example. Gmail will retry for 46 more "
                    "hours. You'll be notified if the delivery fails "
                    "permanently.\n\nThe response was:\n\nThe recipient "
                    "server did not accept our requests to connect. "
                    "Learn more at https://support.google.com/mail/answer/"
                    "7720 [mx.cliente.example. 198.51.100.30: timed out]\n"),
                    html_part("<h2>Message not delivered</h2><p>There was "
                              "a temporary problem delivering your message "
                              "to <b>f.ramos@cliente.example</b>. Gmail "
                              "will retry for 46 more hours.</p>")],
                    "alternative", "000000000000delayalt"),
                "Content-Type: message/delivery-status\n\n"
                "Reporting-MTA: dns; googlemail.com\n"
                "Arrival-Date: Wed, 06 May 2026 06:00:00 -0700 (PDT)\n\n"
                "Final-Recipient: rfc822; f.ramos@cliente.example\n"
                "Action: delayed\nStatus: 4.4.1\n"
                "Diagnostic-Code: smtp; The recipient server did not "
                "accept our requests to connect.\n"
                "Last-Attempt-Date: Wed, 06 May 2026 08:00:00 -0700 (PDT)\n"
                "Will-Retry-Until: Fri, 08 May 2026 06:00:00 -0700 (PDT)\n"],
                "report; report-type=delivery-status",
                "000000000000delayreport"),
            "Auto-Submitted: auto-replied\n", rp=""),
        [{"addr": "f.ramos@cliente.example", "status": "4.4.1",
          "code": "", "reason": "delayed", "hard": False}])
    add("exchange-moderation-rejected", "bounce", ["vertrieb@kunde.example"],
        "exchmod",
        mk.dsn("Microsoft Outlook <postmaster@kunde.example>",
               "Undeliverable: Angebot Mai",
               "Your message to vertrieb@kunde.example couldn't be "
               "delivered.\n\nThe moderator of this group rejected your "
               "message.\n\nvertrieb\nOffice 365\nAction Required\n"
               "Recipient\n\nMessage rejected by moderator\n\nHow to Fix "
               "It\nThe group is moderated: a moderator reviews each "
               "message before it is sent to the group.\n",
               "Reporting-MTA: dns;AM9PR04MB8000.eurprd04.prod.outlook."
               "example\n\nFinal-recipient: RFC822; vertrieb@kunde.example"
               "\nAction: failed\nStatus: 5.7.1\n"
               "Diagnostic-Code: smtp;550 5.7.1 Moderation: message "
               "rejected by the moderator\n",
               "X-MS-Exchange-Message-Is-Ndr: \n"),
        [{"addr": "vertrieb@kunde.example", "status": "5.7.1",
          "code": "550", "reason": "filtered", "hard": False,
          "category": "blocked"}])
    # --- automatic replies of more systems -------------------------------
    add("outlookcom-autoreply", "autoreply", ["r.dias@hotmail.com"],
        "outlookcom",
        mk.exch("Rita Dias <r.dias@hotmail.com>", "Automatic reply: ",
                "May offer", "Thank you for your message. I am travelling "
                "until 20 May and will reply when I return."))
    add("yahoo-vacation", "autoreply", ["bob_hunt@yahoo.com"], "yahoo",
        autoreply("Bob Hunt <bob_hunt@yahoo.com>", "Re: May offer",
                  "I am on vacation until May 18 and will respond to your "
                  "email when I return.\n",
                  "Auto-Submitted: auto-replied\n"
                  "X-Yahoo-Newman-Property: vacation-responder\n"))
    add("icloud-vacation", "autoreply", ["mia.tanaka@icloud.com"], "icloud",
        autoreply("Mia Tanaka <mia.tanaka@icloud.com>", "Re: May offer",
                  "I'm away until 22 May with no access to email.\n",
                  "Auto-Submitted: auto-replied (vacation)\n"
                  "Precedence: bulk\n"))
    add("zoho-autoreply", "autoreply", ["arjun@zohocustomer.example"],
        "zoho",
        autoreply("Arjun Rao <arjun@zohocustomer.example>",
                  "Auto-Reply: May offer",
                  "Thanks for your mail. I am out of office until Monday.\n",
                  "Auto-Submitted: auto-replied\nX-ZohoMail-AutoReply: "
                  "true\n"))
    add("kerio-autoreply", "autoreply", ["p.novotny@firma.example"], "kerio",
        autoreply("Petr Novotny <p.novotny@firma.example>",
                  "Auto: May offer",
                  "Jsem mimo kancelář do 15. 5. / I am out of the office "
                  "until 15 May.\n",
                  "Auto-Submitted: auto-replied\nX-Mailer: Kerio Connect "
                  "10.0.2\n", "utf-8", "quoted-printable"))
    add("mdaemon-autoresponder", "autoreply", ["info@handel.example"],
        "mdaemon",
        autoreply("info@handel.example", "Auto Response: May offer",
                  "Thank you for your message. We will reply within two "
                  "working days.\n",
                  "X-Autorespond: May offer\nX-MDaemon-Deliver-To: "
                  "info@handel.example\nPrecedence: bulk\n"))
    add("notes-out-of-office", "autoreply", ["karl.frank@werk.example"],
        "notes",
        autoreply("Karl Frank <karl.frank@werk.example>",
                  hdr("Karl Frank ist außer Haus. / is out of the office.",
                      "iso-8859-1", "Q"),
                  "Ich werde ab 06.05.2026 nicht im Büro sein. Ich kehre "
                  "zurück am 20.05.2026.\n\nI will be out of the office "
                  "starting 05/06/2026 and will not return until "
                  "05/20/2026.\n",
                  "Auto-Submitted: auto-generated\nX-Mailer: Lotus Domino "
                  "Release 9.0.1FP10\n", "iso-8859-1",
                  "quoted-printable"))
    add("sogo-vacation", "autoreply", ["c.lopez@cliente.example"], "sogo",
        autoreply("Carla Lopez <c.lopez@cliente.example>",
                  hdr("Ausência: May offer", "utf-8", "Q"),
                  "Estou de férias até 25/05. Resposta automática.\n",
                  "Auto-Submitted: auto-replied (vacation)\n"
                  "X-Sieve: Pigeonhole Sieve 0.5.19\n"))
    add("roundcube-vacation", "autoreply", ["o.schulz@kunde.example"],
        "roundcube",
        autoreply("o.schulz@kunde.example",
                  hdr("Urlaub: Angebot Mai", "utf-8", "Q"),
                  "Ich bin bis 19. Mai im Urlaub. In dringenden Fällen "
                  "schreiben Sie an info@kunde.example.\n",
                  "Auto-Submitted: auto-replied (vacation)\n"
                  "Precedence: bulk\n", "utf-8", "quoted-printable"))
    add("freshdesk-ack", "notbounce", ["support@partner.example"],
        "freshdesk",
        msg("Partner Support <support@partner.example>",
            "Ticket Received - May offer",
            multipart([text_part("Dear Sender,\n\nWe would like to "
                                 "acknowledge that we have received your "
                                 "request and a ticket has been created. "
                                 "A support representative will be "
                                 "reviewing your request and will send you "
                                 "a personal response (usually within 24 "
                                 "hours).\n\nTicket #4471\n"),
                       html_part("<p>We would like to acknowledge that we "
                                 "have received your request and a ticket "
                                 "has been created.</p>")]),
            "X-Freshdesk-Ticket: 4471\nAuto-Submitted: auto-generated\n"))
    add("helpscout-ack", "notbounce", ["hello@shop2.example"], "helpscout",
        msg("Shop Team <hello@shop2.example>", "Re: May offer",
            text_part("Thanks for getting in touch! We've received your "
                      "message and will get back to you within one "
                      "business day.\n", "utf-8", "7bit"),
            "X-HelpScout-AutoReply: true\nAuto-Submitted: auto-replied\n"))
    add("jsm-ack", "notbounce", ["servicedesk@vendor2.example"], "jsm",
        msg("Vendor Service Desk <servicedesk@vendor2.example>",
            "SUP-1182 May offer",
            html_part("<p>Your request SUP-1182 has been received. We'll "
                      "update you when our team responds.</p><p>Reply "
                      "above this line to add a comment.</p>"),
            "Auto-Submitted: auto-generated\nX-JIRA-FingerPrint: "
            "4c3e2a1b0f9e8d7c\n"))
    # --- people, calendars, votes --------------------------------------
    add("person-new-address-en", "notbounce",
        ["tom.baker@oldco.example", "tom.baker@newco.example"], "person",
        msg("Tom Baker <tom.baker@oldco.example>",
            "I have a new email address",
            text_part("Hi all,\n\nI have a new email address: "
                      "tom.baker@newco.example. My old address "
                      "tom.baker@oldco.example will be closed at the end "
                      "of the month, so please update your address book."
                      "\n\nTom\n", "us-ascii", "7bit")))
    add("calendar-accepted", "notbounce", ["i.costa@cliente.example"],
        "imip",
        msg("Ines Costa <i.costa@cliente.example>",
            "Accepted: Product call",
            multipart([text_part("Ines Costa has accepted this meeting.\n"),
                       "Content-Type: text/calendar; charset=utf-8; "
                       "method=REPLY\nContent-Transfer-Encoding: 7bit\n\n"
                       "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft "
                       "Exchange Server 2010\r\nVERSION:2.0\r\n"
                       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED;"
                       "CN=Ines Costa:mailto:i.costa@cliente.example\r\n"
                       "ORGANIZER:mailto:offers@sender.example\r\n"
                       "UID:040000008200E00074C5B7101A82E008\r\n"
                       "SUMMARY:Accepted: Product call\r\n"
                       "DTSTART:20260512T130000Z\r\nDTSTAMP:20260506T08000"
                       "0Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"]),
            "Thread-Topic: Product call\n"))
    add("calendar-declined", "notbounce", ["huang.lei@kehu.example"],
        "imip",
        msg("黄磊 <huang.lei@kehu.example>", hdr("已谢绝: 产品电话会议"),
            multipart([text_part("黄磊 谢绝了此会议。Declined: I am "
                                 "travelling that week.\n"),
                       "Content-Type: text/calendar; charset=utf-8; "
                       "method=REPLY\nContent-Transfer-Encoding: 8bit\n\n"
                       "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nVERSION:2.0\r\n"
                       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=DECLINED:mailto:"
                       "huang.lei@kehu.example\r\nORGANIZER:mailto:offers@"
                       "sender.example\r\nUID:7a1b2c3d-call@sender.example"
                       "\r\nDTSTAMP:20260506T080000Z\r\nEND:VEVENT\r\n"
                       "END:VCALENDAR\r\n"])))
    add("voting-reply", "notbounce", ["n.fischer@kunde.example"], "voting",
        msg("Nora Fischer <n.fischer@kunde.example>",
            "Approve: Price list 2026",
            text_part("", "us-ascii", "7bit"),
            "Thread-Topic: Price list 2026\nX-MS-Has-Attach:\n"
            "In-Reply-To: <msg-88@sender.example>\n"))
    add("person-forwards-undelivered", "notbounce",
        ["julia@kunde.example", "einkauf@kunde.example"], "person",
        msg("Julia Roth <julia@kunde.example>",
            "Fwd: Undelivered Mail Returned to Sender",
            multipart([text_part("Hello,\n\nI got the message below when I "
                                 "wrote to our purchasing team yesterday. "
                                 "Was this from your side? Our address "
                                 "einkauf@kunde.example works, colleagues "
                                 "write to it every day. Should I worry?\n"
                                 "\nJulia\n", "utf-8", "7bit"),
                       rfc822(bounce_of("einkauf@kunde.example",
                                        "julia@kunde.example")
                              .replace("To: julia-bounces@kunde.example",
                                       "To: julia@kunde.example"))],
                      "mixed", "------------fwd0123456789"),
            "In-Reply-To: <msg-90@sender.example>\n"
            "User-Agent: Mozilla Thunderbird\n"))
    # --- owner notices carrying an RFC 3464 report, HTML-only delays ----
    owner("mailman2-uncaught-dsn", "m.costa@member.example", UNCAUGHT,
          dsn_bounce_of, "===============1357924680==")
    owner("mailman2-bounce-action-dsn", "j.pereira@member.example", ACTION,
          dsn_bounce_of, "===============2468013579==")
    add("gmail-delay-html-only", "delayed", ["t.moreira@cliente.example"],
        "gmaildelay",
        msg("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "Delivery Status Notification (Delay)",
            html_part("<html><body><h2>Message not delivered</h2>"
                      "<p>** Delivery incomplete **</p><p>There was a "
                      "temporary problem delivering your message to <b>"
                      "t.moreira@cliente.example</b>. Gmail will retry for "
                      "44 more hours. You'll be notified if the delivery "
                      "fails permanently.</p><p>The response was:</p><p>"
                      "451 4.3.0 Mail server temporarily rejected message."
                      "</p></body></html>"),
            "Auto-Submitted: auto-replied\n", rp=""),
        [{"addr": "t.moreira@cliente.example", "status": "4.3.0",
          "code": "451", "reason": "delayed", "hard": False}])
    add("exchange-delay-html-only", "delayed", ["h.sato@customer.example"],
        "exchdelay",
        msg("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6"
            "ce41109e@customer.example>", "Delivery delayed:May offer",
            html_part("<html><body><p><b>Delivery is delayed to these "
                      "recipients or groups:</b></p><p>h.sato@customer."
                      "example</p><p>Subject: May offer</p><p>This message "
                      "hasn't been delivered yet. Delivery will continue to "
                      "be attempted.</p><p>The server will keep trying to "
                      "deliver this message for the next 1 days, 19 hours "
                      "and 54 minutes. You'll be notified if the message "
                      "can't be delivered by that time.</p></body></html>"),
            "X-MS-Exchange-Message-Is-Ndr: \n", rp=""),
        [{"addr": "h.sato@customer.example", "status": "", "code": "",
          "reason": "delayed", "hard": False}])
    # --- away for a time, and saying someone else has gone -------------
    add("ooo-colleague-left", "autoreply", ["l.meier@kunde.example"],
        "outlookcom",
        mk.exch("Lena Meier <l.meier@kunde.example>", "Automatic reply: ",
                "May offer", "Thank you for your message. I am out of the "
                "office until 20 May. Please note that my colleague Peter "
                "Braun no longer works for the company; for his customers "
                "please write to sales@kunde.example."))
    add("ooo-old-address-de", "autoreply", ["t.schmid@kunde.example"],
        "oxcmail",
        mk.exch("Tobias Schmid <t.schmid@kunde.example>",
                "Automatische Antwort: ", "Angebot Mai",
                "Ich bin bis 22.05. im Urlaub. Herr Braun ist nicht mehr "
                "im Unternehmen tätig; seine alte Adresse "
                "p.braun@kunde.example ist nicht mehr in Benutzung, bitte "
                "schreiben Sie an vertrieb@kunde.example.", lang="de-DE"))
    add("ooo-colleague-left-zh", "autoreply", ["liu.fang@kehu.example"],
        "oxcmail",
        mk.exch("刘芳 <liu.fang@kehu.example>", "自动答复: ", "报价",
                "您好，我正在休假，5月20日返回。王经理已离职，相关业务请联系 "
                "sales@kehu.example。", charset="gb2312", lang="zh-CN"))
    add("vacation-old-domain-pt", "autoreply", ["c.rocha@cliente.example"],
        "gmail",
        msg("Clara Rocha <c.rocha@cliente.example>", "Re: Proposta",
            text_part("Estou de férias até 25/05. Atenção: o endereço "
                      "antigo clara@cliente-antigo.example is no longer in "
                      "use; escreva sempre para este.\n", "utf-8",
                      "quoted-printable"),
            "Auto-Submitted: auto-replied\n"))
    # --- success notices in words, and an expanded group ----------------
    add("sendmail-return-receipt-text", "delivered", ["a.berg@kunde.example"],
        "sendmailrr",
        msg("Mail Delivery Subsystem <MAILER-DAEMON@mta.sender.example>",
            "Return receipt",
            text_part("The original message was received at Wed, 6 May "
                      "2026 07:59:58 GMT\nfrom localhost [127.0.0.1]\n\n"
                      "   ----- The following addresses had successful "
                      "deliveries -----\n<a.berg@kunde.example>  (relayed "
                      "to non-DSN-aware mailer)\n\n   ----- Transcript of "
                      "session follows -----\n<a.berg@kunde.example>... "
                      "relayed; expect no further notifications\n",
                      "us-ascii", "7bit"),
            "Auto-Submitted: auto-generated (return-receipt)\n", rp=""),
        [{"addr": "a.berg@kunde.example", "status": "", "code": "",
          "reason": "delivered", "hard": False}])
    add("exchange-expanded-de", "delivered", ["b.vogel@kunde.example"],
        "rfc3464",
        msg("postmaster@kunde.example", hdr("Zugestellt: Angebot Mai"),
            multipart([text_part("Ihre Nachricht wurde an die folgenden "
                                 "Empfänger übermittelt:\n\nb.vogel@kunde."
                                 "example\n\nBetreff: Angebot Mai\n",
                                 "utf-8", "quoted-printable"),
                       "Content-Type: message/delivery-status\n\n"
                       "Reporting-MTA: dns;EX01.kunde.example\n\n"
                       "Final-recipient: RFC822; b.vogel@kunde.example\n"
                       "Action: expanded\nStatus: 2.0.0\n"],
                      "report; report-type=delivery-status",
                      "=_dsn_boundary"), rp=""),
        [{"addr": "b.vogel@kunde.example", "status": "2.0.0", "code": "",
          "reason": "delivered", "hard": False}])
    # --- a challenge, a list's refusal of our post ---------------------
    add("spamarrest-challenge", "notbounce", ["m.green@customer.example"],
        "spamarrest",
        msg("\"Spam Arrest\" <noreply@spamarrest.example>",
            "Re: May offer [Verification Required]",
            text_part("Hello,\n\nYour message to m.green@customer.example "
                      "has not been delivered yet.\nm.green@customer.example "
                      "is using Spam Arrest to protect against spam.\nPlease "
                      "click the link below to verify that you are a "
                      "person, and your\nmessage will be delivered:\n\n"
                      "https://www.spamarrest.example/v/abc123\n\nYour "
                      "message was not delivered because we need to verify "
                      "you.\n", "us-ascii", "7bit"),
            "Reply-To: verify@spamarrest.example\n"))
    add("mailman2-post-rejected", "notbounce", ["news@lists.partner.example"],
        "mm2held",
        msg("news-owner@lists.partner.example",
            "Your message to News was rejected",
            text_part("Your request to the News mailing list\n\n    "
                      "Posting of your message titled \"May offer\"\n\n"
                      "has been rejected by the list moderator.  The "
                      "moderator gave the\nfollowing reason for rejecting "
                      "your request:\n\n\"Non-members are not allowed to "
                      "post to this list.\"\n\nAny questions or comments "
                      "should be directed to the list administrator\nat:"
                      "\n\n    news-owner@lists.partner.example\n",
                      "us-ascii", "7bit"),
            "X-BeenThere: news@lists.partner.example\nX-Mailman-Version: "
            "2.1.39\nX-List-Administrivia: yes\nPrecedence: bulk\n",
            rp="news-bounces@lists.partner.example"))
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else _here
    print("make-services.py: %d messages written" % mk.write_set(
        root, "services", build(), SRC))


if __name__ == "__main__":
    main()
