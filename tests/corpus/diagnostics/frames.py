#!/usr/bin/env python3
"""Metamorphic check of the reader on lines: every row of the tuned tables
(lines.tsv, traps.tsv, lhost.tsv; never a held-out table) is read again
with its reason inside a frame a real mail system writes around the
remote server's reply, and with the recipient's address the frame names
(as a notice's reader knows it from the report: diag_score -r), and the answer must not turn into a false kill
(truth not invalid, answer invalid) or lose a dead address the untouched
row was read as (truth and untouched answer invalid, framed answer not).

A frame's own words ("Recipient address rejected", "RCPT TO", "does not
like recipient", "failed permanently") say where the reply came from,
not why: the reason inside decides.  Each frame names its public source
and whether the report around it carries the row's status and reply code
as fields ("row") or gives the reader the text alone ("none"), from
which the reader takes them as it does for a recipient without a Status
field (diag_score -t).

usage: frames.py [-pv] [-l LIMITS] [-f FRAME,...] DIAG_SCORE DIAG_DIR
  -l LIMITS  per-frame allowance (FRAME CHANGED FK LOST): fails when a
             frame exceeds its line, or a frame has no line
  -f         reads only the frames named
  -p         plants a false kill (a dead address's words with the truth
             blocked) among the rows: the gate test's proof that the
             check fails
  -v         prints each row whose answer a frame changed
"""
import getopt
import os
import re
import subprocess
import sys
import tempfile

TABLES = ("lines.tsv", "traps.tsv", "lhost.tsv")
ADDR = "kijitora@example.jp"
ADDR_RE = re.compile(r"[A-Za-z0-9._%+=-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
HOST = "mx.example.jp[192.0.2.1]"
DOMAIN_RE = re.compile(r"\b(?:host|domain)\s+((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})"
                       r"\b(?!\.?[A-Za-z0-9-]| ?\[)", re.I)

# name, fields, template ({a} address, {r} the reply: code, status and
# text as the row gives them), source
FRAMES = [
    ("postfix-rcpt", "row", "<{a}>: Recipient address rejected: {t}",
     "Postfix smtpd_check.c, check_rcpt_maps / reject_rcpt texts "
     "(\"%s: Recipient address rejected: %s\")"),
    ("postfix-said", "row",
     "host {h} said: {r} (in reply to RCPT TO command)",
     "Postfix smtp_proto.c and bounce(8) (\"host %s said: %s (in reply "
     "to %s command)\")"),
    ("postfix-data", "row",
     "host {h} said: {r} (in reply to end of DATA command)",
     "Postfix smtp_proto.c (\"in reply to end of DATA command\")"),
    ("exim-rcpt", "row",
     "SMTP error from remote mail server after RCPT TO:<{a}>: {r}",
     "Exim transports/smtp.c and the Exim specification, bounce text "
     "(\"SMTP error from remote mail server after RCPT TO:\")"),
    ("exim-rcpt-text", "none",
     "{a} host {h} SMTP error from remote mail server after RCPT "
     "TO:<{a}>: {r}",
     "Exim deliver.c, message to the sender (address, host, SMTP error)"),
    ("exim-data", "row",
     "SMTP error from remote mail server after end of data: {r}",
     "Exim transports/smtp.c (\"after end of data\")"),
    ("sendmail", "row", "{c}<{a}>... {t}",
     "Sendmail usrerr()/transcript (\"550 5.1.1 <addr>... reason\")"),
    ("sendmail-xscript", "none",
     "----- Transcript of session follows ----- ... while talking to "
     "mx.example.jp.: >>> RCPT To:<{a}> <<< {r} {c}<{a}>... {t}",
     "Sendmail deliver.c transcript (\"... while talking to\", \">>> "
     "RCPT To\")"),
    ("qmail", "none",
     "<{a}>: 192.0.2.1 does not like recipient. Remote host said: {r} "
     "Giving up on 192.0.2.1.",
     "qmail-remote.c (\"does not like recipient.\", \"Remote host "
     "said:\", \"Giving up on\")"),
    ("exchange", "row", "{a} Remote Server returned '{r}'",
     "Exchange 2007/2010 NDR, as parsed by p5-sisimai "
     "lib/Sisimai/Lhost/Exchange2007.pm (\"Remote Server returned\")"),
    ("exchange-diag", "none",
     "Diagnostic information for administrators: Generating server: "
     "mail.example.org {a} #{r} ##",
     "Exchange 2007 NDR (\"#550 5.1.1 RESOLVER.ADR.RecipNotFound; not "
     "found ##\"), p5-sisimai lib/Sisimai/Lhost/Exchange2007.pm"),
    ("exchange-fr", "none",
     "{a} Le serveur distant a retourné '{r}'",
     "Exchange NDR in French (\"Le serveur distant a retourné\"), "
     "p5-sisimai lib/Sisimai/Lhost/Exchange2007.pm"),
    ("exchange-de", "none",
     "{a} Der Remoteserver hat '{r}' zurückgegeben",
     "Exchange NDR in German (\"Der Remoteserver hat ... "
     "zurückgegeben\"), Microsoft's localized NDR texts"),
    ("gmail", "none",
     "Delivery to the following recipient failed permanently: {a} "
     "Technical details of permanent failure: Google tried to deliver "
     "your message, but it was rejected by the server for the recipient "
     "domain example.jp by mx.example.jp. [192.0.2.1]. The error that "
     "the other server returned was: {r}",
     "Gmail bounce, p5-sisimai lib/Sisimai/Lhost/Gmail.pm "
     "(\"Delivery to the following recipient failed permanently\")"),
    ("gmail-new", "none",
     "Message not delivered There was a problem delivering your message "
     "to {a}. See the technical details below. The response from the "
     "remote server was: {r}",
     "Gmail bounce, p5-sisimai lib/Sisimai/Lhost/Gmail.pm (\"The "
     "response from the remote server was:\")"),
    ("phpmailer", "none",
     "SMTP Error: The following recipients failed: {a}: {r}",
     "PHPMailer language/phpmailer.lang (\"The following recipients "
     "failed: \")"),
    ("courier", "none",
     "<{a}>: >>> RCPT TO:<{a}> <<< {r}",
     "Courier courieresmtp transcript, p5-sisimai "
     "lib/Sisimai/Lhost/Courier.pm (\">>> RCPT TO:\", \"<<<\")"),
    # More mail systems' frames (the second reading).
    ("o365", "none",
     "Delivery has failed to these recipients or groups: {a} Diagnostic "
     "information for administrators: Generating server: "
     "TYAPR01MB2990.jpnprd01.prod.outlook.com {a} Remote Server returned "
     "'{r}' Original message headers:",
     "Microsoft 365 NDR, p5-sisimai lib/Sisimai/Lhost/Office365.pm "
     "(\"Delivery has failed to these recipients or groups:\", "
     "\"Diagnostic information for administrators:\", \"Generating "
     "server:\", \"Remote Server returned '550 5.1.10 "
     "RESOLVER.ADR.RecipientNotFound; ...'\", \"Original message "
     "headers\"); learn.microsoft.com, non-delivery reports in Exchange "
     "Online (the NDR's \"Diagnostic information for administrators\" "
     "section)"),
    ("exchange-diag-fr", "none",
     "Informations de diagnostic pour les administrateurs : Serveur de "
     "génération : mail.example.org {a} #{r} ##",
     "Exchange 2007/2010 NDR in French, p5-sisimai "
     "lib/Sisimai/Lhost/Exchange2007.pm (fr-FR: \"Informations de "
     "diagnostic pour les administrateurs\", \"Serveur de génération\"; "
     "the \"#550 5.1.1 ... ##\" line)"),
    ("exchange-diag-it", "none",
     "Informazioni di diagnostica per gli amministratori: Server di "
     "generazione: mail.example.org {a} #{r} ##",
     "Exchange 2007/2010 NDR in Italian, p5-sisimai "
     "lib/Sisimai/Lhost/Exchange2007.pm (it-CH: \"Informazioni di "
     "diagnostica per gli amministratori\", \"Server di generazione\")"),
    ("exchange-diag-de", "none",
     "Diagnoseinformationen für Administratoren: Generierender Server: "
     "mail.example.org {a} #{r} ##",
     "Exchange NDR in German: Microsoft's German Exchange 2013 article on "
     "NDRs (learn.microsoft.com/de-de, \"Diagnoseinformationen für "
     "Administratoren\", \"Generierender Server\"); the \"#550 5.1.1 "
     "... ##\" line of p5-sisimai lib/Sisimai/Lhost/Exchange2007.pm"),
    ("exchange-diag-es", "none",
     "Información de diagnóstico para administradores: Servidor de "
     "generación: mail.example.org {a} #{r} ##",
     "Exchange NDR in Spanish: Microsoft's Spanish Exchange 2013 article "
     "on NDRs (learn.microsoft.com/es-es, \"Información de diagnóstico "
     "para administradores\", \"Servidor de generación\")"),
    ("exchange2003", "none",
     "Your message Subject: Nyaan Sent: Thu, 29 Apr 2007 16:51:51 -0500 "
     "did not reach the following recipient(s): {a} on Thu, 29 Apr 2007 "
     "16:51:51 -0500 {r}",
     "Exchange 2003 NDR, p5-sisimai lib/Sisimai/Lhost/Exchange2003.pm "
     "(\"Your message\", \"did not reach the following "
     "recipient(s):\", \"ADDRESS on DATE\")"),
    ("domino", "none",
     "Your message Subject: Test Bounce was not delivered to: {a} "
     "because: {r}",
     "IBM Domino, p5-sisimai lib/Sisimai/Lhost/Domino.pm (\"Your "
     "message\", \"was not delivered to:\", \"because:\")"),
    ("notes", "none",
     "------- Failure Reasons -------- {r} {a} ------- Returned Message "
     "--------",
     "Lotus Notes, p5-sisimai lib/Sisimai/Lhost/Notes.pm (\"------- "
     "Failure Reasons --------\", the reason, then the address)"),
    ("imail", "none",
     "undeliverable to {a} Additional RCPT TO generated following "
     "response: {r}",
     "Ipswitch IMail, p5-sisimai lib/Sisimai/Lhost/IMailServer.pm "
     "(\"undeliverable to\", \"Additional RCPT TO generated following "
     "response:\")"),
    ("mailmarshal", "none",
     "Your message: From: neko@example.org Subject: Nyaan Could not be "
     "delivered because of {r} The following recipients were affected: "
     "{a}",
     "MailMarshal SMTP, p5-sisimai lib/Sisimai/Lhost/MailMarshalSMTP.pm "
     "(\"Your message:\", \"Could not be delivered because of\", "
     "\"The following recipients were affected:\")"),
    ("interscan", "none",
     "Sent <<< RCPT TO:<{a}> Received >>> {r} Unable to deliver message "
     "to <{a}>",
     "Trend Micro InterScan MSS, p5-sisimai "
     "lib/Sisimai/Lhost/InterScanMSS.pm (\"Sent <<< RCPT TO:\", "
     "\"Received >>>\", \"Unable to deliver message to\")"),
    ("james", "none",
     "Error message below: {r} Message details: Subject: Nyaan Sent "
     "date: Thu Apr 29 01:20:50 JST 2015 MAIL FROM: shironeko@example.org "
     "RCPT TO: {a} From: Neko <shironeko@example.org> To: {a}",
     "Apache James AbstractNotify.java (\"Error message below:\", "
     "\"Message details:\", \"MAIL FROM:\", \"RCPT TO:\"), as p5-sisimai "
     "lib/Sisimai/Lhost/ApacheJames.pm quotes it"),
    ("gmx", "none",
     "This message was created automatically by mail delivery software. "
     "A message that you sent could not be delivered to one or more of "
     "its recipients. This is a permanent error. The following address "
     "failed: \"{a}\": SMTP error from remote server after RCPT "
     "command: host: mx.example.jp {r}",
     "GMX and mail.com, p5-sisimai lib/Sisimai/Lhost/GMX.pm (\"SMTP "
     "error from remote server after RCPT command:\", \"host:\")"),
    ("mailru", "none",
     "This message was created automatically by mail delivery software. "
     "A message that you sent could not be delivered to one or more of "
     "its recipients. This is a permanent error. The following "
     "address(es) failed: {a} SMTP error from remote mail server after "
     "RCPT TO:<{a}>: host {h}: {r}",
     "Mail.Ru (Exim), p5-sisimai lib/Sisimai/Lhost/MailRu.pm (\"This "
     "message was created automatically by mail delivery software.\", "
     "\"SMTP error from remote mail server after RCPT TO\")"),
    ("yandex", "none",
     "This is the mail system at host yandex.ru. I'm sorry to have to "
     "inform you that your message could not be delivered to one or "
     "more recipients. It's attached below. <{a}>: host {h} said: {r} "
     "(in reply to RCPT TO command)",
     "Yandex.Mail (Postfix), p5-sisimai lib/Sisimai/Lhost/Yandex.pm "
     "(\"This is the mail system at host yandex.ru.\"), Postfix's "
     "bounce(5) template (\"I'm sorry to have to inform you ...\")"),
    ("mox", "none",
     "Delivery has failed permanently for your email to: {a} No further "
     "deliveries will be attempted. Error during the last delivery "
     "attempt: {r}",
     "mox queue/dsn.go deliverDSNFailure() (github.com/mjl-/mox: "
     "\"Delivery has failed permanently for your email to:\", \"Error "
     "during the last delivery attempt:\")"),
    ("hmailserver", "none",
     "{a} Error Type: SMTP Remote server (192.0.2.1) issued an error. "
     "hMailServer sent: RCPT TO:<{a}> Remote server replied: {r}",
     "hMailServer SMTPClientConnection.cpp (\"Error Type: SMTP\", "
     "\"Remote server (%s) issued an error.\", \"hMailServer sent: %s\", "
     "\"Remote server replied: %s\")"),
    ("ses", "row", "smtp; {r}",
     "Amazon SES bounce notification's diagnosticCode (docs.aws.amazon."
     "com/ses/latest/dg/notification-contents.html; an example at "
     "https://pastebin.com/E3zEbMNp: \"smtp; 550 5.1.1 user unknown\"), "
     "the text src/dsn/dsn_ses.c takes from the JSON for a recipient"),
]


# The command the frame says the reply answered (None: the frame does
# not say).
FRAME_COMMAND = {
    "postfix-rcpt": "rcpt", "postfix-said": "rcpt", "postfix-data": "data",
    "exim-rcpt": "rcpt", "exim-rcpt-text": "rcpt", "exim-data": "data",
    "sendmail": "rcpt", "sendmail-xscript": "rcpt", "qmail": "rcpt",
    "phpmailer": "rcpt", "courier": "rcpt",
    "imail": "rcpt", "interscan": "rcpt", "gmx": "rcpt", "mailru": "rcpt",
    "yandex": "rcpt", "hmailserver": "rcpt",
}

# Rows whose truth rests on the command they answered: a frame that
# names another command contradicts the row, and the row is left out of
# that frame (reported as "excluded"), never read against its truth.
# (command, test of (status, code, text, truth, source), reason)
ROW_COMMAND = [
    ("data", lambda r: r[3] == "blocked" and re.fullmatch(
        r"<[^>]+>: User unknown \(in reply to end of DATA command\)", r[2]),
     "SoftBank's filter answers \"User unknown\" after DATA (traps.tsv): "
     "at RCPT TO the same words are a dead address"),
    ("data", lambda r: r[0] == "5.2.0" and r[3] == "blocked" and
     re.match(r"550 Unknown user ", r[2]),
     "NTT DoCoMo's filter answers \"550 Unknown user\" with 5.2.0 after "
     "DATA (p5-sisimai lib/Sisimai/Rhost/NTTDOCOMO.pm)"),
    ("rcpt", lambda r: r[0] == "5.1.1" and "at RCPT TO" in r[4] and
     re.match(r"5\.1\.1 Unknown user ", r[2]),
     "NTT DoCoMo's \"Unknown user\" is a dead address at RCPT TO only "
     "(p5-sisimai lib/Sisimai/Rhost/NTTDOCOMO.pm): after DATA the same "
     "words are its filter"),
    ("auth", lambda r: r[1] == "525",
     "RFC 4954 section 6: 525 5.7.13 \"User account disabled\" answers "
     "AUTH, the sender's login; said of a recipient it is another reply"),
    ("helo", lambda r: r[1] == "501" and re.fullmatch(
        r"(?i)invalid domain name", r[2]),
     "\"501 Invalid domain name\" answers the client's HELO or EHLO: "
     "Exchange's 501 5.5.4 to an EHLO name it cannot take (p5-sisimai "
     "lib/Sisimai/Rhost/ExchangeOnline.pm), qmail-remote's \"Connected "
     "to 192.0.2.112 but my name was rejected. Remote host said: 501 "
     "5.0.0 Invalid domain name\" (p5-sisimai lib/Sisimai/Reason/"
     "Blocked.pm); said of a recipient the same words are its domain's "
     "(OpenSMTPD smtpd/mta.c mta_on_mx(), DNS_EINVAL: a permanent "
     "failure of the recipient's domain, Sisimai: hostunknown)"),
    ("mail", lambda r: "badmx.m4" in r[4] and "check_mail" in r[4],
     "Sendmail's FEATURE(badmx) refuses the sender's domain at MAIL FROM "
     "(\"Illegal MX record for host\"): at RCPT TO it would be the "
     "recipient's domain"),
]


def row_command(row):
    """The command a row's truth rests on, or None."""
    for cmd, test, _ in ROW_COMMAND:
        if test(row):
            return cmd
    return None


def rows(path):
    """(status, code, text, truth, source) of every data row of a
    table."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            col = line.split("\t")
            if len(col) < 5:
                continue
            out.append(col[:4] + [col[4] if len(col) > 4 else ""])
    return out


def first_addr(text):
    """The address a row's text names first (the recipient the reader
    takes for a bare line), or "frames.py": none."""
    m = ADDR_RE.search(text)
    return m.group(0) if m else "frames.py"


def framed(frame, row):
    _, fields, tmpl, _ = frame
    status, code, text, truth = row[:4]
    lead = " ".join(x for x in (code, status) if x)
    reply = (lead + " " + text) if lead else text
    # The frame names the recipient the reply names, if it names one.
    # A reply that names no address but a domain by name ("host
    # example.com not found", "Domain example.com does not accept mail")
    # speaks of the recipient's domain: the frame's address is there.
    m = ADDR_RE.search(text)
    d = DOMAIN_RE.search(text)
    addr = (m.group(0) if m else
            ADDR.split("@")[0] + "@" + d.group(1).lower() if d else ADDR)
    line = (tmpl.replace("{a}", addr).replace("{h}", HOST)
            .replace("{r}", reply).replace("{t}", text)
            .replace("{c}", lead + " " if lead else ""))
    if fields == "row":
        return [status, code, line, truth, addr]
    return ["", "", line, truth, addr]


def answers(diag_score, table, tmp, from_text=False):
    """The category diag_score answers for each row of a table, in order;
    from_text: a row without fields takes them from its text, as a
    notice's reader does for a recipient without a Status field."""
    out = os.path.join(tmp, "answers")
    flags = ["-r"] + (["-t"] if from_text else [])
    subprocess.run([diag_score] + flags + ["-a", out, table], check=False,
                   stdout=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as f:
        return [line.split("\t")[2] for line in f]


def write(path, body):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# status\tcode\ttext\tcategory\tsource\n")
        for r in body:
            f.write("\t".join(r[:4]) + "\t" + (r[4] if len(r) > 4
                                              else "frames.py") + "\n")


def read_limits(path):
    lim = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.split()
            if w and not w[0].startswith("#"):
                lim[w[0]] = tuple(int(x) for x in w[1:4])
    return lim


def main():
    opts, args = getopt.getopt(sys.argv[1:], "pvl:f:")
    opt = dict(opts)
    if len(args) != 2:
        sys.exit(__doc__)
    diag_score, top = args
    frames = FRAMES
    if "-f" in opt:
        names = opt["-f"].split(",")
        frames = [f for f in FRAMES if f[0] in names]
    base = []
    for t in TABLES:
        base += [(t, r) for r in rows(os.path.join(top, t))]
    if "-p" in opt:
        base.append(("planted", ["5.1.1", "550", "User unknown", "blocked",
                                 "planted"]))
    lim = read_limits(opt["-l"]) if "-l" in opt else None
    fail = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "t.tsv")
        write(path, [r[:4] + [first_addr(r[2])] for _, r in base])
        plain = answers(diag_score, path, tmp)
        tot = [0, 0, 0]
        for fr in frames:
            write(path, [framed(fr, r) for _, r in base])
            got = answers(diag_score, path, tmp, fr[1] == "none")
            n = [0, 0, 0]
            skip = 0
            fc = FRAME_COMMAND.get(fr[0])
            for (t, r), p, g in zip(base, plain, got):
                rc = row_command(r)
                if fc is not None and rc is not None and rc != fc:
                    skip += 1
                    continue
                truth = r[3].split("|")
                fk = g == "invalid" and "invalid" not in truth
                lost = (r[3] == "invalid" and p == "invalid" and
                        g != "invalid")
                n[0] += p != g
                n[1] += fk
                n[2] += lost
                if "-v" in opt and (p != g):
                    print("  %s %s %s->%s%s %s" % (
                        fr[0], r[3], p, g, " FALSE-KILL" if fk else
                        (" LOST" if lost else ""), r[2][:150]))
            tot = [a + b for a, b in zip(tot, n)]
            verdict = ""
            if lim is not None:
                allow = lim.get(fr[0])
                if allow is None or any(a > b for a, b in zip(n, allow)):
                    verdict = "  FAIL: %s: changed %d FK %d lost %d" % (
                        fr[0], n[0], n[1], n[2])
                    fail = 1
            print("%-16s rows %d excluded %d changed %d FK %d lost %d%s" % (
                fr[0], len(base), skip, n[0], n[1], n[2], verdict))
        print("total %d frames changed %d FK %d lost %d" % (
            len(frames), tot[0], tot[1], tot[2]))
    sys.exit(fail)


if __name__ == "__main__":
    main()
