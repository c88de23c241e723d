#!/usr/bin/env python3
"""Scripted remote peers and the notice collector behind
scripts/make-mta-corpus.sh.

A real MTA, installed from Debian and run as a private instance on
127.0.0.1, plays the sender's server.  This program plays everybody else:

  * the remote peers: one small SMTP server per destination domain, each on
    its own 127.0.0.1 port, answering every recipient with the documented
    reply of a real provider (the table RECIPIENTS, each row naming where
    the text is published), or refusing, never greeting, dropping;
  * the sender's mailbox: an SMTP sink for the sender's domain that keeps
    every notice the MTA sends back, as a mailbox delivery would (with a
    Return-Path header);
  * the sender: it submits one test message per scenario to the MTA.

It writes each notice to OUT/<mta>/NN-<scenario>[-delay].eml and the truth
of each (from what the peers were told to answer, never from a parser) to
OUT/truth.jsonl, replacing that MTA's earlier lines.  It never listens or
connects anywhere but 127.0.0.1.

  mta-corpus.py plan DIR          choose the ports; write DIR/plan.json and
                                  DIR/plan.env (shell variables)
  mta-corpus.py run DIR MTA OUT [--kick CMD] [--timeout S]
                                  serve, submit, wait for the notices (kept
                                  in DIR/inbox), write
  mta-corpus.py write DIR MTA OUT write again from DIR/inbox
"""
import argparse
import email
import json
import os
import re
import shlex
import socket
import socketserver
import subprocess
import sys
import threading
import time

SENDER = "sender@sender.example"
SENDER_DOMAIN = "sender.example"
NXDOMAIN = "no-such-domain.invalid"

GOOGLE = "Google, Gmail SMTP errors and codes, " \
    "https://support.google.com/a/answer/3726730"
GOOGLE_AUTH = "Google, Email sender guidelines, " \
    "https://support.google.com/mail/answer/81126"
MS_NDR = "Microsoft, Non-delivery reports in Exchange Online, " \
    "https://learn.microsoft.com/exchange/mail-flow-best-practices/" \
    "non-delivery-reports-in-exchange-online/" \
    "non-delivery-reports-in-exchange-online"
MS_OUTLOOK = "Microsoft, Outlook.com postmaster troubleshooting " \
    "(S3150), https://sendersupport.olc.protection.outlook.com/pm/"
YAHOO = "Yahoo, SMTP error codes, https://senders.yahooinc.com/smtp-error-codes"
POSTFIX = "Postfix, postconf(5) (default_rbl_reply, smtpd reject texts), " \
    "https://www.postfix.org/postconf.5.html"
SPAMHAUS = "Spamhaus, DNSBL usage, https://www.spamhaus.org/faqs/dnsbl-usage/"
POSTGREY = "Postgrey, postgrey(8) --greylist-text, " \
    "https://postgrey.schweikert.ch/"
MILTER_GREYLIST = "milter-greylist, greylist.conf(5) reply text, " \
    "http://hcpnet.free.fr/milter-greylist/"
DOVECOT = "Dovecot, quota_exceeded_message default, " \
    "https://doc.dovecot.org/settings/plugin/quota-plugin/"


def outcome(stage, reply, reason, category, source, ok=()):
    """One peer answer: where it is given (mail, rcpt, data), the reply
    lines (first line starts with the code), the Sisimai-style reason and
    our category the answer means, and where the text is published."""
    return {"stage": stage, "reply": reply, "reason": reason,
            "category": category, "ok": list(ok), "source": source}


def gmail(code, status, text):
    """Gmail's multi-line form: every line carries the status."""
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + len(w) > 60:
            lines.append(cur)
            cur = ""
        cur = (cur + " " + w).strip()
    lines.append(cur + " x12si1234567qkb.201 - gsmtp")
    return ["%s %s %s" % (code, status, l) for l in lines]


# Every recipient the peers know.  A recipient not listed is accepted.
RECIPIENTS = {
    "nosuchuser@gmail.com": outcome("rcpt", gmail("550", "5.1.1",
        "The email account that you tried to reach does not exist. "
        "Please try double-checking the recipient's email address for "
        "typos or unnecessary spaces. For more information, go to "
        "https://support.google.com/mail/?p=NoSuchUser"),
        "userunknown", "invalid", GOOGLE),
    "fulluser@gmail.com": outcome("data", gmail("552", "5.2.2",
        "The recipient's inbox is out of storage space and inactive. "
        "Please direct the recipient to "
        "https://support.google.com/mail/?p=OverQuotaPerm"),
        "mailboxfull", "full", GOOGLE),
    "tempfull@gmail.com": outcome("rcpt", gmail("452", "4.2.2",
        "The recipient's inbox is out of storage space. Please direct "
        "the recipient to https://support.google.com/mail/?p=OverQuotaTemp"),
        "mailboxfull", "full", GOOGLE),
    "bigmessage@gmail.com": outcome("data", gmail("552", "5.3.4",
        "Your message exceeded Google's message size limits. To view our "
        "message size guidelines, go to "
        "https://support.google.com/mail/?p=MaxSizeError"),
        "mesgtoobig", "content", GOOGLE),
    "dmarc@gmail.com": outcome("data", gmail("550", "5.7.26",
        "Unauthenticated email from sender.example is not accepted due to "
        "domain's DMARC policy. Please contact the administrator of "
        "sender.example domain if this was a legitimate mail. To learn "
        "about the DMARC initiative, go to "
        "https://support.google.com/mail/?p=DmarcRejection"),
        "authfailure", "blocked", GOOGLE),
    "unauth@gmail.com": outcome("data", gmail("550", "5.7.26",
        "This mail has been blocked because the sender is unauthenticated. "
        "Gmail requires all senders to authenticate with either SPF or "
        "DKIM. Authentication results: DKIM = did not pass SPF "
        "[sender.example] with ip: [127.0.0.1] = did not pass For "
        "instructions on setting up authentication, go to "
        "https://support.google.com/mail/answer/81126#authentication"),
        "authfailure", "blocked", GOOGLE_AUTH),
    "spf@gmail.com": outcome("data", gmail("550", "5.7.27",
        "This mail has been blocked because the sender is unauthenticated. "
        "Gmail requires all bulk senders to authenticate with SPF. "
        "Authentication results: SPF [sender.example] with ip: "
        "[127.0.0.1] = did not pass For instructions on setting up "
        "authentication, go to "
        "https://support.google.com/mail/answer/81126#authentication"),
        "authfailure", "blocked", GOOGLE_AUTH),
    "reputation@gmail.com": outcome("data", gmail("550", "5.7.1",
        "Our system has detected that this message is likely suspicious "
        "due to the very low reputation of the sending IP address. To "
        "best protect our users from spam, the message has been blocked. "
        "Please visit https://support.google.com/mail/answer/188131 for "
        "more information."),
        "badreputation", "blocked", GOOGLE),
    "busyuser@gmail.com": outcome("rcpt", gmail("450", "4.2.1",
        "The user you are trying to contact is receiving mail at a rate "
        "that prevents additional messages from being delivered. Please "
        "resend your message at a later time. If the user is able to "
        "receive mail at that time, your message will be delivered. For "
        "more information, go to "
        "https://support.google.com/mail/?p=ReceivingRatePerm"),
        "speeding", "retry-later", GOOGLE),
    "bulkcheck@gmail.com": outcome("data", gmail("421", "4.7.0",
        "Our system has detected an unusual rate of unsolicited mail "
        "originating from your IP address. To protect our users from "
        "spam, mail sent from your IP address has been temporarily "
        "blocked. For more information, go to "
        "https://support.google.com/mail/?p=UnsolicitedRateLimitError"),
        "blocked", "retry-later", GOOGLE, ok=["blocked"]),
    "nosuchuser@outlook.com": outcome("rcpt", [
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
        "nosuchuser@outlook.com not found by SMTP address lookup"],
        "userunknown", "invalid", MS_NDR),
    "fulluser@outlook.com": outcome("data", [
        "554 5.2.2 mailbox full; "
        "STOREDRV.Deliver.Exception:QuotaExceededException."
        "MapiExceptionShutoffQuotaExceeded; Failed to process message due "
        "to a permanent exception with message [BeginDiagnosticData]Cannot "
        "open mailbox.[EndDiagnosticData]"],
        "mailboxfull", "full", MS_NDR),
    "bannedip@outlook.com": outcome("rcpt", [
        "550 5.7.606 Access denied, banned sending IP [127.0.0.1]. To "
        "request removal from this list please visit "
        "https://sender.office.com/ and follow the directions. For more "
        "information please go to http://go.microsoft.com/fwlink/?LinkID="
        "526655 (AS16012607)"],
        "blocked", "blocked", MS_NDR),
    "nosuchuser@yahoo.com": outcome("data", [
        "554 delivery error: dd This user doesn't have a yahoo.com account "
        "(nosuchuser@yahoo.com) [0] - mta4321.mail.bf1.yahoo.com"],
        "userunknown", "invalid", YAHOO),
    "olduser@yahoo.com": outcome("data", [
        "554 30 Sorry, your message to olduser@yahoo.com cannot be "
        "delivered. This mailbox is disabled (554.30)"],
        "suspend", "invalid", YAHOO),
    "rbl@example.net": outcome("rcpt", [
        "554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked "
        "using zen.spamhaus.org; "
        "https://www.spamhaus.org/query/ip/127.0.0.1"],
        "blocked", "blocked", POSTFIX + "; " + SPAMHAUS),
    "nobody@example.net": outcome("rcpt", [
        "550 5.1.1 <nobody@example.net>: Recipient address rejected: User "
        "unknown in virtual mailbox table"],
        "userunknown", "invalid", POSTFIX),
    "big@example.net": outcome("data", [
        "552 5.3.4 Message size exceeds fixed limit"],
        "mesgtoobig", "content", POSTFIX),
    "full@example.net": outcome("data", [
        "552 5.2.2 <full@example.net> Quota exceeded (mailbox for user is "
        "full)"],
        "mailboxfull", "full", DOVECOT),
    "greylist@example.net": outcome("rcpt", [
        "450 4.2.0 <greylist@example.net>: Recipient address rejected: "
        "Greylisted, see http://postgrey.schweikert.ch/help/example.net.html"],
        "blocked", "retry-later", POSTGREY),
    "greylist@example.org": outcome("rcpt", [
        "451 4.7.1 Greylisting in action, please come back in 00:05:00"],
        "blocked", "retry-later", MILTER_GREYLIST),
}

# A port per destination domain: how it greets, what it answers to MAIL
# FROM (for every recipient), whether it drops.
DOMAINS = {
    "gmail.com": {"banner": "mx.google.com ESMTP x12si1234567qkb.201 - gsmtp"},
    "outlook.com": {"banner": "AM4PEPF00027A5F.mail.protection.outlook.com "
                    "Microsoft ESMTP MAIL Service ready"},
    "hotmail.com": {"banner": "DB3PEPF0000885A.mail.protection.outlook.com "
                    "Microsoft ESMTP MAIL Service ready",
                    "mail": outcome("mail", [
                        "550 5.7.1 Unfortunately, messages from [127.0.0.1] "
                        "weren't sent. Please contact your Internet service "
                        "provider since part of their network is on our "
                        "block list (S3150). You can also refer your "
                        "provider to "
                        "http://mail.live.com/mail/troubleshooting.aspx#"
                        "errors. [DB3PEPF0000885A.eurprd02.prod.outlook.com"
                        " 2026-01-01T00:00:00.000Z 08DC000000000000]"],
                        "blocked", "blocked", MS_OUTLOOK)},
    "yahoo.com": {"banner": "mta4321.mail.bf1.yahoo.com ESMTP ready"},
    "ymail.com": {"banner": "mta7654.mail.gq1.yahoo.com ESMTP ready",
                  "mail": outcome("mail", [
                      "421 4.7.0 [TSS04] Messages from 127.0.0.1 temporarily "
                      "deferred due to unexpected volume or user complaints "
                      "- 4.16.55.1; see "
                      "https://postmaster.yahooinc.com/error-codes"],
                      "blocked", "retry-later", YAHOO, ok=["blocked"])},
    "example.net": {"banner": "mx.example.net ESMTP Postfix (Debian/GNU)"},
    "example.org": {"banner": "mx.example.org ESMTP Sendmail 8.17.1.9"},
    "busy.example.com": {"greet": outcome("connect", [
        "421 4.7.0 mx.busy.example.com Error: too many connections from "
        "127.0.0.1"], "toomanyconn", "retry-later", POSTFIX)},
    "refused.example.com": {"refused": True},
    "silent.example.com": {"silent": True},
    "drops.example.com": {"banner": "mx.drops.example.com ESMTP",
                          "drop": True},
}

CONNECTION_FAULTS = {
    "refused.example.com": "a peer that refuses the connection",
    "silent.example.com": "a peer that accepts the connection and never "
                          "greets",
    "drops.example.com": "a peer that drops the connection after DATA",
    "busy.example.com": "a peer that greets with 421 (too many connections)",
}

# The test messages: a name and the recipients.  Recipients not in
# RECIPIENTS are accepted by their peer (a mixed message's good addresses).
SCENARIOS = [
    ("gmail-unknown", ["nosuchuser@gmail.com"]),
    ("microsoft-unknown", ["nosuchuser@outlook.com"]),
    ("yahoo-unknown", ["nosuchuser@yahoo.com"]),
    ("yahoo-disabled", ["olduser@yahoo.com"]),
    ("postfix-unknown", ["nobody@example.net"]),
    ("no-such-domain", ["someone@" + NXDOMAIN]),
    ("gmail-full", ["fulluser@gmail.com"]),
    ("microsoft-full", ["fulluser@outlook.com"]),
    ("dovecot-full", ["full@example.net"]),
    ("gmail-too-large", ["bigmessage@gmail.com"]),
    ("postfix-too-large", ["big@example.net"]),
    ("spamhaus-blocklist", ["rbl@example.net"]),
    ("microsoft-s3150", ["someone@hotmail.com"]),
    ("microsoft-banned-ip", ["bannedip@outlook.com"]),
    ("gmail-reputation", ["reputation@gmail.com"]),
    ("gmail-dmarc", ["dmarc@gmail.com"]),
    ("gmail-unauthenticated", ["unauth@gmail.com"]),
    ("gmail-spf", ["spf@gmail.com"]),
    ("postgrey-greylist", ["greylist@example.net"]),
    ("milter-greylist", ["greylist@example.org"]),
    ("gmail-rate-user", ["busyuser@gmail.com"]),
    ("gmail-rate-ip", ["bulkcheck@gmail.com"]),
    ("gmail-quota-temporary", ["tempfull@gmail.com"]),
    ("yahoo-tss04", ["someone@ymail.com"]),
    ("too-many-connections", ["someone@busy.example.com"]),
    ("connection-refused", ["someone@refused.example.com"]),
    ("never-greets", ["someone@silent.example.com"]),
    ("drops-after-data", ["someone@drops.example.com"]),
    ("mixed-permanent", ["friend@gmail.com", "nosuchuser@gmail.com",
                         "nosuchuser@outlook.com", "rbl@example.net"]),
    ("mixed-temporary", ["colleague@example.net", "nobody@example.net",
                         "busyuser@gmail.com", "greylist@example.org"]),
    ("mixed-domains", ["friend@yahoo.com", "someone@" + NXDOMAIN,
                       "someone@refused.example.com", "tempfull@gmail.com"]),
]

BIG = {"gmail-too-large", "postfix-too-large"}

# The smarthost of an MTA that relays everything to one server
# (nullmailer): it answers each recipient as the recipient's provider does.
SMARTHOST = {"banner": "relay.sender.example ESMTP Postfix (Debian/GNU)"}
RELAY_ONLY = False


def expected(addr):
    """What the scenario says about one recipient: None when it is
    delivered, else a dict with permanent (bool) and the truth fields."""
    dom = addr.split("@")[1]
    d = DOMAINS.get(dom, {})
    if RELAY_ONLY:
        # Every message goes to the one smarthost, which answers for each
        # recipient as the recipient's provider does; no domain is looked
        # up and no domain's connection faults apply.
        d, dom = {}, None
    if dom == NXDOMAIN:
        return {"permanent": True, "reason": "hostunknown",
                "category": "invalid", "ok": [], "status": "", "code": "",
                "source": "a domain under .invalid (RFC 6761): no DNS "
                          "answer"}
    if d.get("refused") or d.get("silent") or d.get("drop"):
        return {"permanent": False, "reason": "networkerror",
                "category": "retry-later", "ok": [], "status": "",
                "code": "", "source": CONNECTION_FAULTS[dom]}
    o = d.get("greet") or d.get("mail") or RECIPIENTS.get(addr)
    if o is None:
        return None
    m = re.match(r"(\d{3})[ -](?:([245]\.\d{1,3}\.\d{1,3}) )?", o["reply"][0])
    return {"permanent": m.group(1)[0] == "5", "reason": o["reason"],
            "category": o["category"], "ok": o["ok"],
            "status": m.group(2) or "", "code": m.group(1),
            "source": o["source"]}


# ---------------------------------------------------------------------------
# plan

def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def cmd_plan(a):
    """Chooses the ports.  With --hosts (an MTA that finds its peers in
    the DNS and connects to one port for all, run in a private network
    namespace) every domain gets its own loopback address and all share
    one port; else all are on 127.0.0.1, each on its own port."""
    os.makedirs(a.dir, exist_ok=True)
    plan = {"inject": free_port(), "sink": free_port(), "domains": {},
            "hosts": {}, "sink_host": "127.0.0.1"}
    # In a namespace of its own, the port is the standard one: an MTA
    # that looks up MX records connects to port 25.
    shared = 25
    for i, dom in enumerate(DOMAINS, 2):
        if a.hosts:
            plan["domains"][dom] = shared
            plan["hosts"][dom] = "127.0.1.%d" % i
        else:
            plan["domains"][dom] = free_port()
            plan["hosts"][dom] = "127.0.0.1"
    if a.hosts:
        plan["sink"], plan["sink_host"] = shared, "127.0.1.1"
    with open(os.path.join(a.dir, "plan.json"), "w") as fh:
        json.dump(plan, fh, indent=1)
    with open(os.path.join(a.dir, "plan.env"), "w") as fh:
        fh.write("INJECT_PORT=%d\nSINK_PORT=%d\nSENDER_DOMAIN=%s\n"
                 "NXDOMAIN=%s\nSENDER=%s\n" % (
                     plan["inject"], plan["sink"], SENDER_DOMAIN, NXDOMAIN,
                     SENDER))
        # "domain port" lines, sender's domain first.
        routes = ["%s %d" % (SENDER_DOMAIN, plan["sink"])]
        routes += ["%s %d" % (d, p) for d, p in plan["domains"].items()]
        fh.write("ROUTES=%s\n" % shlex.quote("\n".join(routes)))
    return 0


# ---------------------------------------------------------------------------
# peers

class Smtp(socketserver.StreamRequestHandler):
    """What the peers and the sink share: reading commands and DATA."""

    def commands(self):
        """Yields (VERB, command line) until the client closes."""
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode("latin-1").strip()
            yield cmd[:4].upper(), cmd

    def message(self):
        """The DATA lines up to the final dot, dot-unstuffed, LF ends."""
        body = []
        while True:
            l = self.rfile.readline()
            if not l or l in (b".\r\n", b".\n"):
                return body
            if l.startswith(b".."):
                l = l[1:]
            body.append(l.replace(b"\r\n", b"\n"))


class Peer(Smtp):
    """A remote SMTP server for one domain (server.domain)."""
    timeout = 600

    def send(self, lines):
        out = []
        for i, l in enumerate(lines):
            sep = " " if i == len(lines) - 1 else "-"
            out.append(l[:3] + sep + l[4:])
        self.wfile.write(("\r\n".join(out) + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        d = DOMAINS.get(self.server.domain, SMARTHOST)
        if d.get("silent"):
            # Read and ignore until the client gives up.
            while self.rfile.readline():
                pass
            return
        if d.get("greet"):
            self.send(d["greet"]["reply"])
            return
        self.send(["220 " + d["banner"]])
        rcpts = []
        for verb, cmd in self.commands():
            if verb in ("EHLO", "HELO"):
                host = d["banner"].split()[0]
                self.send(["250 " + host, "250 PIPELINING", "250 8BITMIME"]
                          if verb == "EHLO" else ["250 " + host])
            elif verb == "MAIL":
                rcpts = []
                if d.get("mail"):
                    self.send(d["mail"]["reply"])
                    if d["mail"]["reply"][0].startswith("421"):
                        return
                else:
                    self.send(["250 2.1.0 OK"])
            elif verb == "RCPT":
                m = re.search(r"<([^>]*)>", cmd)
                addr = (m.group(1) if m else "").lower()
                o = RECIPIENTS.get(addr)
                if o and o["stage"] == "rcpt":
                    self.send(o["reply"])
                else:
                    rcpts.append(addr)
                    self.send(["250 2.1.5 OK"])
            elif verb == "DATA":
                if not rcpts:
                    self.send(["554 5.5.1 No valid recipients"])
                    continue
                if d.get("drop"):
                    return
                self.send(["354 Go ahead"])
                body = self.message()
                if SENDER in rcpts and getattr(self.server, "keep", None):
                    # The smarthost delivers the notices to the sender.
                    self.server.keep(b"Return-Path: <>\nDelivered-To: "
                                     + SENDER.encode() + b"\n"
                                     + b"".join(body))
                reply = ["250 2.0.0 OK queued"]
                for r in rcpts:
                    o = RECIPIENTS.get(r)
                    if o and o["stage"] == "data":
                        reply = o["reply"]
                self.send(reply)
                if reply[0].startswith("421"):
                    return
            elif verb == "QUIT":
                self.send(["221 2.0.0 closing connection"])
                return
            elif verb in ("RSET", "NOOP"):
                self.send(["250 2.0.0 OK"])
            else:
                self.send(["502 5.5.2 Command not recognized"])


class Sink(Smtp):
    """The sender's mailbox: keeps every message, as a mailbox delivery
    would, with the envelope sender as Return-Path."""
    timeout = 120

    def send(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.send("220 mail.sender.example ESMTP")
        mail_from, rcpts = "", []
        for verb, cmd in self.commands():
            if verb in ("EHLO", "HELO"):
                self.send("250 mail.sender.example")
            elif verb == "MAIL":
                m = re.search(r"<([^>]*)>", cmd)
                mail_from, rcpts = (m.group(1) if m else ""), []
                self.send("250 2.1.0 OK")
            elif verb == "RCPT":
                m = re.search(r"<([^>]*)>", cmd)
                rcpts.append(m.group(1) if m else "")
                self.send("250 2.1.5 OK")
            elif verb == "DATA":
                self.send("354 go ahead")
                body = self.message()
                head = ("Return-Path: <%s>\nDelivered-To: %s\n" % (
                    mail_from, ",".join(rcpts))).encode()
                self.server.keep(head + b"".join(body))
                self.send("250 2.0.0 OK")
            elif verb == "QUIT":
                self.send("221 2.0.0 bye")
                return
            else:
                self.send("250 OK")


class Dns(socketserver.BaseRequestHandler):
    """The DNS of a private network namespace: each destination domain
    has one MX, mx.DOMAIN, at the domain's loopback address; every other
    name (no-such-domain.invalid among them) does not exist."""

    def handle(self):
        q, sock = self.request
        if len(q) < 17:
            return
        labels, i = [], 12
        while i < len(q) and q[i]:
            labels.append(q[i + 1:i + 1 + q[i]].decode("latin-1"))
            i += 1 + q[i]
        name = ".".join(labels).lower()
        qtype = int.from_bytes(q[i + 1:i + 3], "big")
        question = q[12:i + 5]
        hosts = self.server.hosts
        dom = name[3:] if name.startswith("mx.") else name
        answers = []
        if dom not in hosts:
            rcode = 3
        else:
            rcode = 0
            if qtype == 15 and dom == name:
                mx = b"".join(bytes([len(x)]) + x.encode()
                              for x in ("mx." + dom).split(".")) + b"\0"
                answers.append((15, b"\0\x0a" + mx))
            elif qtype == 1:
                answers.append((1, socket.inet_aton(hosts[dom])))
        head = q[:2] + (0x8180 | rcode).to_bytes(2, "big") + \
            b"\0\x01" + len(answers).to_bytes(2, "big") + b"\0\0\0\0"
        body = b"".join(b"\xc0\x0c" + t.to_bytes(2, "big") + b"\0\x01"
                        b"\0\0\x01\x2c" + len(r).to_bytes(2, "big") + r
                        for t, r in answers)
        sock.sendto(head + question + body, self.client_address)


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def serve(port, handler, host="127.0.0.1", **attrs):
    srv = Server((host, port), handler)
    for k, v in attrs.items():
        setattr(srv, k, v)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


# ---------------------------------------------------------------------------
# run

def message(mta, n, name, rcpts, stamp):
    mid = "<corpus.%s.%02d.%s.%d@sender.example>" % (mta, n, name, stamp)
    to = rcpts[0] if len(rcpts) == 1 else "undisclosed-recipients:;"
    body = ("Hello,\n\nplease find our price list for the next quarter "
            "below.\n\nBest regards\nSales\n")
    if name in BIG:
        body += "".join("%06d %s\n" % (i, "0123456789" * 7)
                        for i in range(1400))
    text = ("From: Sales <%s>\nTo: %s\nSubject: Price list %02d (%s)\n"
            "Date: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n\n%s" % (
                SENDER, to, n, name,
                time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime()),
                mid, body))
    return mid, text


def submit(port, rcpts, text, command=None):
    """Submits one message, by SMTP (waiting up to two minutes for the
    MTA to listen: Sendmail takes its time to start) or to COMMAND's
    standard input as to sendmail(8): COMMAND -f SENDER RECIPIENT..."""
    import smtplib
    if command:
        subprocess.run(shlex.split(command) + ["-f", SENDER] + rcpts,
                       input=text.encode(), check=True)
        return
    for _ in range(120):
        try:
            s = smtplib.SMTP("127.0.0.1", port, timeout=60)
            break
        except ConnectionRefusedError:
            time.sleep(1)
    else:
        sys.exit("nothing listens on 127.0.0.1:%d" % port)
    with s:
        s.ehlo("client.sender.example")
        s.sendmail(SENDER, rcpts, text.replace("\n", "\r\n").encode())


DELAY_SUBJECT = re.compile(r"(?im)^subject:.*(delay|warning|still being "
                           r"retried|not (yet )?been delivered)")


def classify(raw, mta):
    """Which test message a notice is about (by the Message-ID it quotes,
    quoted-printable soft breaks undone) and whether the MTA calls it a
    delay warning (by its subject)."""
    text = raw.decode("latin-1")
    head = text.split("\n\n", 1)[0]
    m = re.search(r"corpus\.%s\.(\d\d)\." % re.escape(mta),
                  re.sub(r"=\r?\n", "", text))
    n = int(m.group(1)) if m else None
    if n is not None and not 1 <= n <= len(SCENARIOS):
        n = None
    # nullmailer titles a notice "Returned mail" even when its report
    # calls every recipient delayed: what the report says counts.
    actions = set(a.lower() for a in re.findall(
        r"(?im)^action:\s*(\S+)", text))
    return n, bool(DELAY_SUBJECT.search(head)) or actions == {"delayed"}, \
        text


def dsn_listed(text, delay):
    """The recipients that the notice's own delivery-status part reports
    as failed (or, in a delay warning, delayed), each with its
    Diagnostic-Code (unfolded); None without such a part.  A transcript
    may name other recipients of the message (those still queued): this
    tells which ones the notice is about."""
    msg = email.message_from_string(text)
    listed = None
    for part in msg.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        listed = {} if listed is None else listed
        for block in part.get_payload():
            action = (block.get("Action") or "").strip().lower()
            if action != ("delayed" if delay else "failed"):
                continue
            diag = " ".join((block.get("Diagnostic-Code") or "").split())
            for f in ("Final-Recipient", "Original-Recipient"):
                v = (block.get(f) or "").split(";", 1)[-1]
                listed[v.strip().strip("<>").lower()] = diag
    return listed


def own_reply(addr, diag):
    """Whether a reported diagnostic is the reply the recipient's own
    provider gives (its first line's text).  An MTA that gives up on a
    whole message at the first refused recipient (nullmailer) reports
    every recipient with that one reply: the others were never asked."""
    o = RECIPIENTS.get(addr)
    if o is None:
        return False
    first = " ".join(o["reply"][0][4:].split())
    return first[:40].lower() in diag.lower()


def truth_for(text, rcpts, delay):
    """The failed recipients of one notice: those of its message whose
    scenario fails in this kind of notice and that the notice reports
    (in its delivery-status part, else anywhere in its text)."""
    out = []
    listed = dsn_listed(text, delay)
    for r in rcpts:
        e = expected(r)
        if e is None or r.lower() not in (
                listed if listed is not None else text.lower()):
            continue
        if RELAY_ONLY and listed is not None and \
                not own_reply(r, listed[r.lower()]):
            continue
        if delay and e["permanent"]:
            continue
        row = {"addr": r, "reason": e["reason"], "source": e["source"],
               "hard": e["permanent"] and e["category"] == "invalid"}
        if e["permanent"]:
            row.update(status=e["status"], code=e["code"],
                       category=e["category"])
        else:
            # A delay or an expiry: the status and code are the MTA's.
            row.update(status="", code="", category="retry-later")
            if e["category"] != "retry-later":
                row["category_ok"] = [e["category"]]
            elif e["ok"]:
                row["category_ok"] = e["ok"]
            row["reason"] = "delayed" if delay else "expired"
        out.append(row)
    return out


def waiting(sent, got, warns=True):
    """Test messages still owed a notice: a delay warning (when the MTA
    WARNS) for each with a temporary failure, and a failure notice that
    reports each recipient that fails (one notice may report a permanent
    failure with the expiry of the others)."""
    left = []
    for n, (mid, name, rcpts) in sent.items():
        es = {r: expected(r) for r in rcpts}
        temp = any(e and not e["permanent"] for e in es.values())
        kinds = got.get(n, [])
        if temp and warns and not any(k for k, _ in kinds):
            left.append((name, "delay"))
        # Without warnings, the one notice of a deferral is the last.
        covered = set()
        for k, addrs in kinds:
            if not k or not warns:
                covered |= addrs
        if any(e and r.lower() not in covered for r, e in es.items()):
            left.append((name, "failure"))
    return left


def reported(text, rcpts, delay):
    """The recipients of a message that a notice reports."""
    listed = dsn_listed(text, delay)
    return set(r.lower() for r in rcpts if r.lower() in (
        listed if listed is not None else text.lower()))


def pick_maildir(path, picked, keep):
    """Keeps each message newly delivered to the Maildir at PATH."""
    for sub in ("new", "cur"):
        d = os.path.join(path, sub)
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else ():
            if f not in picked:
                picked.add(f)
                with open(os.path.join(d, f), "rb") as fh:
                    keep(fh.read())


def cmd_run(a):
    plan = json.load(open(os.path.join(a.dir, "plan.json")))
    notices, lock = [], threading.Lock()
    inbox = os.path.join(a.dir, "inbox")
    os.makedirs(inbox, exist_ok=True)

    def keep(raw):
        with lock:
            notices.append(raw)
            with open(os.path.join(inbox, "%03d.eml" % len(notices)),
                      "wb") as fh:
                fh.write(raw)
    hosts = plan.get("hosts", {})
    servers = [serve(plan["sink"], Sink, plan.get("sink_host", "127.0.0.1"),
                     keep=keep)]
    if a.smarthost:
        servers.append(serve(a.smarthost, Peer, domain=None, keep=keep))
    for dom, port in plan["domains"].items():
        if not DOMAINS[dom].get("refused"):
            servers.append(serve(port, Peer, hosts.get(dom, "127.0.0.1"),
                                 domain=dom))
    if a.dns:
        names = dict(hosts, **{SENDER_DOMAIN: plan["sink_host"]})
        dns = socketserver.ThreadingUDPServer(("127.0.0.1", 53), Dns)
        dns.hosts = names
        threading.Thread(target=dns.serve_forever, daemon=True).start()
    stamp = int(time.time())
    sent = {}
    for n, (name, rcpts) in enumerate(SCENARIOS, 1):
        mid, text = message(a.mta, n, name, rcpts, stamp)
        submit(plan["inject"], rcpts, text, a.submit)
        sent[n] = (mid, name, rcpts)
    print("submitted %d messages to %s" % (len(sent), a.mta), flush=True)
    picked = set()
    start, got, last_kick = time.time(), {}, 0
    last_report = start
    seen = 0
    while True:
        if a.maildir:
            pick_maildir(a.maildir, picked, keep)
        with lock:
            new = notices[seen:]
            seen = len(notices)
        for raw in new:
            n, delay, text = classify(raw, a.mta)
            if n is not None:
                got.setdefault(n, []).append(
                    (delay, reported(text, sent[n][2], delay)))
        left = waiting(sent, got, not a.no_warnings)
        if not left or time.time() - start > a.timeout:
            break
        if time.time() - last_report > 60:
            print("%s: %d notices, waiting for %s" % (
                a.mta, seen, " ".join("%s(%s)" % x for x in left)),
                flush=True)
            last_report = time.time()
        if a.kick and time.time() - start >= a.kick_after and \
                time.time() - last_kick > 20:
            subprocess.run(a.kick, shell=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            last_kick = time.time()
        time.sleep(2)
    time.sleep(3)
    if left:
        print("%s: still waiting after %ds for %s" % (
            a.mta, a.timeout, left), file=sys.stderr)
    return write(a, notices)


def cmd_write(a):
    inbox = os.path.join(a.dir, "inbox")
    notices = [open(os.path.join(inbox, f), "rb").read()
               for f in sorted(os.listdir(inbox))]
    return write(a, notices)


def write(a, notices):
    outdir = os.path.join(a.out, a.mta)
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".eml"):
            os.unlink(os.path.join(outdir, f))
    rows, names, stray = [], {}, 0
    for raw in notices:
        n, delay, text = classify(raw, a.mta)
        if n is None:
            stray += 1
            continue
        name, rcpts = SCENARIOS[n - 1]
        truth = truth_for(text, rcpts, delay)
        expiry = not delay and any(not expected(r["addr"])["permanent"]
                                   for r in truth)
        base = "%02d-%s%s" % (n, name, "-delay" if delay else
                              "-expired" if expiry else "")
        names[base] = names.get(base, 0) + 1
        if names[base] > 1:
            base += "-%d" % names[base]
        path = "%s/%s.eml" % (a.mta, base)
        with open(os.path.join(a.out, path), "wb") as fh:
            fh.write(raw)
        rows.append({"file": path, "kind": "delayed" if delay else "bounce",
                     "mta": a.mta, "scenario": name,
                     "recipients": truth})
    tpath = os.path.join(a.out, "truth.jsonl")
    old = []
    if os.path.exists(tpath):
        old = [l for l in open(tpath) if l.strip() and
               not json.loads(l)["file"].startswith(a.mta + "/")]
    new = [json.dumps(r, sort_keys=True) + "\n" for r in rows]
    with open(tpath, "w") as fh:
        fh.writelines(sorted(old + new))
    print("%s: %d notices written to %s (%d not ours)" % (
        a.mta, len(rows), outdir, stray))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("plan")
    p.add_argument("dir")
    p.add_argument("--hosts", action="store_true",
                   help="a loopback address per domain, one port for all")
    r = sub.add_parser("run")
    r.add_argument("dir")
    r.add_argument("mta")
    r.add_argument("out")
    r.add_argument("--kick", help="shell command that runs the MTA's queue")
    r.add_argument("--timeout", type=int, default=900)
    r.add_argument("--maildir", help="the MTA delivers the notices here")
    r.add_argument("--kick-after", type=int, default=0,
                   help="run the kick command only after S seconds")
    r.add_argument("--submit", help="submit to this sendmail(8)-like "
                   "command instead of the MTA's SMTP port")
    r.add_argument("--dns", action="store_true",
                   help="answer the peers' MX and A records on "
                   "127.0.0.1:53 (in a private network namespace)")
    r.add_argument("--smarthost", type=int, help="serve the one smarthost "
                   "on this 127.0.0.1 port; implies --relay-only")
    r.add_argument("--no-warnings", action="store_true",
                   help="the MTA sends no delay warnings")
    r.add_argument("--relay-only", action="store_true",
                   help="the MTA relays everything to one smarthost")
    w = sub.add_parser("write")
    w.add_argument("dir")
    w.add_argument("mta")
    w.add_argument("out")
    w.add_argument("--relay-only", action="store_true")
    a = ap.parse_args()
    global RELAY_ONLY
    RELAY_ONLY = getattr(a, "relay_only", False) or \
        bool(getattr(a, "smarthost", None))
    return {"plan": cmd_plan, "run": cmd_run, "write": cmd_write}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
