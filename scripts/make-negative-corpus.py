#!/usr/bin/env python3
"""Regenerates the messages of tests/corpus/negative that real programs
from the Debian archive make: auto-replies of Dovecot Pigeonhole's Sieve
"vacation" action (package dovecot-sieve, run through sieve-test -e), of
vacation(1) (package vacation), of Exim's autoreply transport (package
exim4-daemon-light) and of Courier's mailbot(1) (package maildrop), plain
and as delivery status notifications, Postfix's success and delay
notices for mail submitted with sendmail -N success,delay (package
postfix), and a mailing list's notices, posts and digest made by GNU
Mailman 3 (package mailman3).

usage: scripts/make-negative-corpus.py [MAKER...]   (as root, on Debian 12)

MAKER is sieve (with vacation), postfix, exim, mailbot or mailman3; all
by default.

Each program answers a message we "sent" to a contact, as that contact's
server would, and the answer is written as the sender's mailbox would
keep it (with a Return-Path header) to
tests/corpus/negative/<program>/NN-name.eml.  Nothing leaves 127.0.0.1
and no system service is started: sieve-test runs as nobody in a
temporary directory and prints what it would send; vacation(1), whose
sendmail path is compiled in, runs in a private mount namespace where
/usr/sbin is a tmpfs holding only a catcher; Exim (exim4 -C) and Postfix
(postfix -c) run as private instances with their own spool, relaying to
scripted peers and a sink on 127.0.0.1.  Packages it installs it purges
again, with the accounts and files they leave.  The truth lines of these
directories in tests/corpus/negative/truth.jsonl are replaced.
"""
import base64
import email
import importlib.util
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "corpus", "negative")
SENDER = "offers@sender.example"
PIGEONHOLE = "Pigeonhole Sieve vacation extension (RFC 5230), " \
    "https://doc.dovecot.org/configuration_manual/sieve/extensions/vacation/"
VACATION = "vacation(1), Debian package vacation 3.3.3, " \
    "https://packages.debian.org/bookworm/vacation"


def b64(text, charset):
    return base64.encodebytes(text.encode(charset)).decode("ascii")


# name, contact, the subject we sent, the Sieve script (RFC 5230 / 5229).
SIEVE = [
    ("de-utf8", "hans.mueller@kunde.example", "Angebot Mai",
     'require ["vacation", "variables"];\n'
     'if header :matches "subject" "*" { set "s" "${1}"; }\n'
     'vacation :days 1 :subject "Abwesenheitsnotiz: ${s}" '
     '"Ich bin bis zum 15. Mai nicht im Büro und habe keinen Zugriff '
     'auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an '
     'Frau Schäfer.";\n'),
    ("pt-utf8", "joao.silva@cliente.example", "Proposta de preço",
     'require ["vacation"];\n'
     'vacation :subject "Resposta automática: Ausente" '
     '"Olá, estou ausente do escritório até 20/05 com acesso limitado '
     'ao e-mail. Responderei assim que possível.";\n'),
    ("zh-utf8", "wang.fang@kehu.example", "报价单",
     'require ["vacation"];\n'
     'vacation :subject "自动回复：我已休假" '
     '"您好，您的来信已收到。我正在休假，5月8日返回办公室，届时会尽快回复。";\n'),
    ("zh-gb2312-base64", "li.na@kehu.example", "新品目录",
     'require ["vacation"];\n'
     'vacation :mime :subject "自动回复" text:\n'
     'Content-Type: text/plain; charset=GB2312\n'
     'Content-Transfer-Encoding: base64\n\n'
     + b64("您好！这是一封自动回复邮件。我目前不在办公室，"
           "回来后会尽快处理您的邮件。谢谢！", "gb2312") + '.\n;\n'),
    ("es-utf8", "maria.garcia@cliente.example", "Catálogo",
     'require ["vacation"];\n'
     'vacation :subject "Respuesta automática: Fuera de la oficina" '
     '"Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes '
     'y responderé a mi regreso.";\n'),
    ("fr-latin1-qp", "claire.dubois@client.example", "Offre de mai",
     'require ["vacation"];\n'
     'vacation :mime :subject "Réponse automatique : absente" text:\n'
     'Content-Type: text/plain; charset=ISO-8859-1\n'
     'Content-Transfer-Encoding: quoted-printable\n\n'
     "Bonjour, je suis absente du bureau jusqu'=E0 la fin de la semaine.\n"
     'Pour toute demande urgente, contactez le secr=E9tariat.\n.\n;\n'),
    ("ja-iso2022jp", "tanaka@kokyaku.example", "お見積り",
     'require ["vacation"];\n'
     'vacation :mime :subject "自動応答: 不在のお知らせ" text:\n'
     'Content-Type: text/plain; charset=ISO-2022-JP\n'
     'Content-Transfer-Encoding: 7bit\n\n'
     + "ただいま出張中のため、メールを確認できません。"
     "5月10日以降に返信いたします。".encode("iso-2022-jp").decode("ascii")
     + '\n.\n;\n'),
    ("en-default-subject", "john.smith@customer.example", "Price list",
     'require ["vacation"];\n'
     'vacation "I am out of the office until Monday with no access to '
     'email.";\n'),
    ("de-from-handle", "petra.schulz@kunde.example", "Rechnung 4711",
     'require ["vacation"];\n'
     'vacation :days 7 :from "Petra Schulz <petra.schulz@kunde.example>" '
     ':handle "urlaub" :subject "Automatische Antwort: Urlaub" '
     '"Vielen Dank für Ihre Nachricht. Ich bin im Urlaub. Ihre E-Mail '
     'wird nicht weitergeleitet.";\n'),
    ("pt-latin1-base64", "ana.souza@cliente.example", "Novidades",
     'require ["vacation"];\n'
     'vacation :mime :subject "Ausente: Novidades" text:\n'
     'Content-Type: text/plain; charset=ISO-8859-1\n'
     'Content-Transfer-Encoding: base64\n\n'
     + b64("Estou de férias até 3 de junho. Em caso de urgência, "
           "ligue para a recepção.", "iso-8859-1") + '.\n;\n'),
    ("zh-gbk-qp", "zhao.lei@kehu.example", "发货通知",
     'require ["vacation"];\n'
     'vacation :mime :subject "自动回复: 出差中" text:\n'
     'Content-Type: text/plain; charset=GBK\n'
     'Content-Transfer-Encoding: quoted-printable\n\n'
     + "".join("=%02X" % c for c in
               "我出差了，邮件稍后回复。".encode("gbk")) + '\n.\n;\n'),
    ("en-mailbox-unattended", "support-desk@customer.example",
     "Delivery schedule",
     'require ["vacation"];\n'
     'vacation :subject "Out of office: mailbox not monitored" '
     '"This mailbox is not monitored on weekends. Your message was '
     'delivered and will be read on Monday. It was not returned and '
     'nothing failed.";\n'),
]

# name, contact, the subject we sent, ~/.vacation.msg (vacation(1) adds no
# Auto-Submitted header: what the user writes is what is sent).
CLASSIC = [
    ("en-default", "bob@customer.example", "Spring newsletter",
     "From: Bob <bob@customer.example>\n"
     "Subject: away from my mail\n\n"
     "I will not be reading my mail for a while.\n"
     "Your mail concerning \"$SUBJECT\" will be read when I'm back.\n"),
    ("de-latin1", "karl.weber@kunde.example", "Angebot",
     "From: Karl Weber <karl.weber@kunde.example>\n"
     "Subject: Abwesenheitsnotiz: $SUBJECT\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=ISO-8859-1\n"
     "Content-Transfer-Encoding: 8bit\n\n"
     "Ich bin bis zum 2. Juni nicht im Büro.\n"),
    ("pt-utf8", "carla.lima@cliente.example", "Promoção",
     "From: Carla Lima <carla.lima@cliente.example>\n"
     "Subject: =?UTF-8?Q?Resposta_autom=C3=A1tica:_Ausente?=\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=UTF-8\n"
     "Content-Transfer-Encoding: 8bit\n\n"
     "Estou ausente até segunda-feira.\n"),
    ("zh-gb2312", "chen.jie@kehu.example", "订单确认",
     "From: Chen Jie <chen.jie@kehu.example>\n"
     "Subject: =?GB2312?B?" + base64.b64encode(
         "自动回复：休假中".encode("gb2312")).decode() + "?=\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=GB2312\n"
     "Content-Transfer-Encoding: base64\n\n"
     + b64("我正在休假，回来后回复您。", "gb2312")),
    ("fr-precedence", "luc.martin@client.example", "Catalogue",
     "From: Luc Martin <luc.martin@client.example>\n"
     "Precedence: bulk\n"
     "Subject: =?ISO-8859-1?Q?R=E9ponse_automatique?=\n"
     "MIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=ISO-8859-1\n"
     "Content-Transfer-Encoding: quoted-printable\n\n"
     "Je suis en cong=E9s jusqu'au 12 mai.\n"),
]

CATCHER = """#!/bin/sh
# Keeps what would have been sent: the arguments, then the message.
printf '%s\\n' "$*" >"$CATCH"
cat >>"$CATCH"
"""


def sent(contact, subject, n):
    """The message we sent to the contact, as its server received it."""
    from email.header import Header
    subj = Header(subject, "utf-8").encode()
    return ("Return-Path: <%s>\n"
            "Delivered-To: %s\n"
            "From: Sender Newsletter <%s>\n"
            "To: <%s>\n"
            "Subject: %s\n"
            "Date: Tue, 05 May 2026 09:%02d:00 +0000\n"
            "Message-ID: <msg-%d@sender.example>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=UTF-8\n\n"
            "Hello, our May offer.\n" % (SENDER, contact, SENDER, contact,
                                         subj, n, n))


def caught(path):
    """The caught message with the envelope sender as Return-Path."""
    with open(path, "rb") as fh:
        args = fh.readline().decode().split()
        body = fh.read()
    frm = ""
    if "-f" in args:
        frm = args[args.index("-f") + 1]
    if body.startswith(b"Return-Path:"):
        return body
    return b"Return-Path: <" + frm.encode() + b">\n" + body


def run_sieve(work, n, name, contact, subject, script):
    d = tempfile.mkdtemp(dir=work)
    nobody = pwd.getpwnam("nobody")
    os.chown(d, nobody.pw_uid, nobody.pw_gid)
    with open(os.path.join(d, "v.sieve"), "w") as fh:
        fh.write(script)
    with open(os.path.join(d, "in.eml"), "w") as fh:
        fh.write(sent(contact, subject, n))
    for f in os.listdir(d):
        os.chown(os.path.join(d, f), nobody.pw_uid, nobody.pw_gid)
    env = dict(os.environ, HOME=d)
    r = subprocess.run(
        ["sieve-test", "-e", "-o", "mail_uid=nobody", "-o",
         "mail_gid=nogroup", "-o", "mail_location=maildir:" + d + "/mail",
         "-o", "postmaster_address=postmaster@" + contact.split("@")[1],
         "-f", SENDER, "-a", contact, "-r", contact,
         d + "/v.sieve", d + "/in.eml"], env=env, capture_output=True,
        text=True)
    # In its test mode sieve-test prints the message it would send, then
    # the envelope recipient; the envelope sender it logs.
    msg, sep, _ = r.stdout.partition("\nRECIPIENT: ")
    if not sep or "sending message from <>" not in r.stderr:
        sys.exit("sieve-test sent nothing for %s:\n%s%s" % (
            name, r.stdout, r.stderr))
    return b"Return-Path: <>\n" + msg.lstrip("\n").encode()


def run_classic(work, n, name, contact, subject, msg):
    d = tempfile.mkdtemp(dir=work)
    catch = os.path.join(d, "caught")
    with open(os.path.join(d, "msg"), "wb") as fh:
        fh.write(msg.encode("latin-1" if "latin1" in name else "utf-8"))
    with open(os.path.join(d, "in.eml"), "w") as fh:
        fh.write(sent(contact, subject, n))
    with open(os.path.join(d, "send.sh"), "w") as fh:
        fh.write(CATCHER.replace("$CATCH", catch))
    os.chmod(os.path.join(d, "send.sh"), 0o755)
    # vacation(1) runs as the user it answers for.
    nobody = pwd.getpwnam("nobody")
    for f in [""] + os.listdir(d):
        os.chown(os.path.join(d, f), nobody.pw_uid, nobody.pw_gid)
    inner = ("mount -t tmpfs none /usr/sbin && "
             "cp %s/send.sh /usr/sbin/sendmail && "
             "vacation -f %s/db -m %s/msg -j nobody <%s/in.eml"
             % (d, d, d, d))
    subprocess.run(["unshare", "-m", "sh", "-c", inner], check=True)
    # It may hand the reply over in the background: wait for it.
    for _ in range(50):
        if os.path.exists(catch) and os.path.getsize(catch) > 0:
            time.sleep(0.5)
            break
        time.sleep(0.1)
    if not os.path.exists(catch):
        sys.exit("vacation sent nothing for %s" % name)
    return caught(catch)

def write_maker(maker, entries, source):
    """Writes MAKER/NN-name.eml for each (name, kind, contacts,
    recipients, raw message) of ENTRIES, the folder emptied first;
    their truth lines."""
    outdir = os.path.join(OUT, maker)
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    truth = []
    for i, (name, kind, contacts, rcpts, raw) in enumerate(entries, 1):
        f = "%s/%02d-%s.eml" % (maker, i, name)
        with open(os.path.join(OUT, f), "wb") as fh:
            fh.write(raw)
        truth.append({"file": f, "kind": kind, "recipients": rcpts,
                      "contacts": contacts, "made_by": maker,
                      "source": source})
    return truth


# --- Courier mailbot: auto-replies and DSN-formatted auto-replies ----------
# mailbot(1) of the Debian package maildrop answers a message on its
# standard input and hands the answer to the program named last; -T
# replydsn wraps the answer in a delivery status notification whose
# recipient is the -M address, with "Action: delivered".  (Its -T
# feedback and -T replyfeedback reports carry no Feedback-Type field in
# 2.9.3, whatever -R says: not kept, they would say nothing true.)
MAILBOT_SRC = "Courier mailbot(1) of maildrop 2.9.3 (Debian 12 package " \
    "maildrop), https://www.courier-mta.org/maildrop/mailbot.html"
# name, contact, display name, the subject we sent, the reply text, the
# charset, mailbot options beyond -t/-m, -A From and the program.
MAILBOT = [
    ("en-reply", "k.wagner@kunde.example", "Klara Wagner", "May offer",
     "I am out of the office until 18 May and will answer then.\n",
     "utf-8", ["-T", "reply", "-N"]),
    ("de-reply-quoted", "f.koenig@kunde.example", "Felix König",
     "Angebot Mai",
     "Vielen Dank für Ihre Nachricht. Ich bin bis 20. Mai im Urlaub.\n",
     "utf-8", ["-T", "reply", "-S", "Am %d schrieb %F:"]),
    ("en-replydsn", "s.ito@customer.example", "Sora Ito", "Price list",
     "Your message was received. I am travelling this week.\n",
     "utf-8", ["-T", "replydsn", "-N", "-M", "s.ito@customer.example"]),
    ("zh-replydsn", "gao.min@kehu.example", "高敏", "报价单",
     "您的邮件已收到，我正在出差，回来后回复。\n",
     "utf-8", ["-T", "replydsn", "-N", "-M", "gao.min@kehu.example"]),
    ("pt-replyall", "r.nunes@cliente.example", "Rui Nunes", "Proposta",
     "Estou de férias até 25 de maio.\n", "iso-8859-1",
     ["-T", "replyall", "-N"]),
]


def run_mailbot(work, n, name, contact, display, subject, text, charset,
                opts):
    """mailbot's answer, as it would hand it to sendmail -f '' (the null
    sender)."""
    from email.header import Header
    d = tempfile.mkdtemp(dir=work)
    catch = os.path.join(d, "caught")
    with open(os.path.join(d, "in.eml"), "w") as fh:
        fh.write(sent(contact, subject, n))
    with open(os.path.join(d, "reply.txt"), "wb") as fh:
        fh.write(text.encode(charset))
    with open(os.path.join(d, "send.sh"), "w") as fh:
        fh.write(CATCHER.replace("$CATCH", catch))
    os.chmod(os.path.join(d, "send.sh"), 0o755)
    frm = "From: %s <%s>" % (Header(display, "utf-8").encode(), contact)
    with open(os.path.join(d, "in.eml"), "rb") as inp:
        subprocess.run(["mailbot", "-t", d + "/reply.txt", "-c", charset,
                        "-A", frm] + opts + [d + "/send.sh", "-f", ""],
                       stdin=inp, check=True, cwd=d)
    if not os.path.exists(catch):
        sys.exit("mailbot sent nothing for %s" % name)
    with open(catch, "rb") as fh:
        fh.readline()
        return b"Return-Path: <>\n" + fh.read()


def mailbot_truth(work):
    entries = []
    for i, (name, contact, display, subject, text, charset,
            opts) in enumerate(MAILBOT, 1):
        raw = run_mailbot(work, i, name, contact, display, subject, text,
                          charset, opts)
        dsn = "replydsn" in opts
        entries.append((name, "delivered" if dsn else "autoreply",
                        [contact],
                        [{"addr": contact, "status": "2.0.0", "code": "",
                          "reason": "delivered", "hard": False,
                          "category": "delivered"}] if dsn else [], raw))
    return write_maker("mailbot", entries, MAILBOT_SRC)

# --- GNU Mailman 3: a list's notices, posts and digests --------------------
# A private Mailman 3 instance (its own configuration, SQLite database and
# queues in a temporary directory, run as nobody) holds a post of ours,
# passes on a member's post full of bounce words, forwards an
# unrecognized bounce to its owner (us), welcomes us and sends us a digest;
# each runner is run once, in turn, and the outgoing runner delivers to a
# sink on 127.0.0.1.  Only what reaches an address of ours is kept.
MAILMAN_SRC = "GNU Mailman 3.3.8 (Debian 12 package mailman3): a private " \
    "instance run through its runners, https://docs.mailman3.org/"
MAILMAN_LIST = "news@lists.partner.example"
MAILMAN_CFG = """[mailman]
layout: here
site_owner: mailman@lists.partner.example
[paths.here]
var_dir: %(d)s/var
[database]
class: mailman.database.sqlite.SQLiteDatabase
url: sqlite:///%(d)s/var/data/mailman.db
[mta]
incoming: mailman.mta.null.NullMTA
smtp_host: 127.0.0.1
smtp_port: %(smtp)d
lmtp_host: 127.0.0.1
lmtp_port: %(lmtp)d
[webservice]
port: %(rest)d
[logging.root]
path: %(d)s/var/logs/mailman.log
"""
MAILMAN_POSTS = [
    # (queue, file name, message)
    ("in", "ours.eml",
     "From: Sender Sales <sales@sender.example>\nTo: %s\n"
     "Subject: May offer\nDate: Tue, 05 May 2026 09:00:00 +0000\n"
     "Message-ID: <msg-mm-1@sender.example>\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=UTF-8\n\n"
     "Hello, our May offer.\n" % MAILMAN_LIST),
    ("in", "member.eml",
     "From: Ann Li <ann@partner.example>\nTo: %s\n"
     "Subject: Undelivered Mail Returned to Sender\n"
     "Date: Tue, 05 May 2026 09:30:00 +0000\n"
     "Message-ID: <ann-2@partner.example>\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=UTF-8\n\n"
     "Since Monday every mail to purchasing@supplier.example comes back "
     "with\n\"550 5.1.1 <purchasing@supplier.example>: Recipient address "
     "rejected:\nUser unknown in local recipient table\". Anyone else?\n"
     "\nAnn\n" % MAILMAN_LIST),
    ("bounces", "bounce.eml",
     "Return-Path: <>\nFrom: postmaster@mx.member.example\n"
     "To: news-bounces@lists.partner.example\n"
     "Subject: Mail could not be delivered\n"
     "Date: Tue, 05 May 2026 22:00:00 +0000\n"
     "Message-ID: <b1@mx.member.example>\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=us-ascii\n\n"
     "Your mail to the list could not be delivered to a subscriber "
     "here.\nSorry.\n"),
]
# What each kept message is, by its subject: name and the contacts a
# misreading could hurt.
MAILMAN_KINDS = [
    ("awaits moderator approval", "held", [MAILMAN_LIST]),
    ("requires approval", "owner-approval", [MAILMAN_LIST]),
    ("uncaught bounce", "owner-uncaught-bounce", [MAILMAN_LIST]),
    ("welcome", "welcome", [MAILMAN_LIST]),
    ("digest", "digest", ["ann@partner.example",
                          "purchasing@supplier.example"]),
    ("undelivered mail", "post-bounce-words",
     ["ann@partner.example", "purchasing@supplier.example"]),
]


def mailman_run(d, *args, runner=False):
    prog = "/usr/lib/mailman3/bin/" + ("runner" if runner else "mailman")
    r = subprocess.run(["runuser", "-u", "nobody", "--", "env",
                        "HOME=" + d, prog, "-C", d + "/mailman.cfg"] +
                       list(args), capture_output=True, cwd=d)
    if r.returncode != 0:
        sys.exit("mailman3: %s %s failed:\n%s" % (
            prog, " ".join(args), r.stderr.decode("utf-8", "replace")))


def mailman_runners(d):
    """Each runner once, in turn, until their queues are empty (a runner
    run once may take only part of its queue)."""
    names = ("in", "pipeline", "bounces", "digest", "virgin", "out")
    for _ in range(20):
        if not any(os.listdir(os.path.join(d, "var", "queue", r))
                   for r in names
                   if os.path.isdir(os.path.join(d, "var", "queue", r))):
            return
        for r in names:
            mailman_run(d, "-r", r, "-o", runner=True)
    sys.exit("mailman3: its queues do not empty")


def run_mailman(work):
    mc, d, notices, sink = private_instance(work)
    with open(os.path.join(d, "mailman.cfg"), "w") as fh:
        fh.write(MAILMAN_CFG % {"d": d, "smtp": sink,
                                "lmtp": mc.free_port(),
                                "rest": mc.free_port()})
    with open(os.path.join(d, "digest.txt"), "w") as fh:
        fh.write(SENDER + "\n")
    with open(os.path.join(d, "regular.txt"), "w") as fh:
        fh.write("team@sender.example\nann@partner.example\n")
    for q, name, text in MAILMAN_POSTS:
        with open(os.path.join(d, name), "w") as fh:
            fh.write(text)
    nobody = pwd.getpwnam("nobody")
    for root, dirs, files in os.walk(d):
        for f in [root] + [os.path.join(root, x) for x in files]:
            os.chown(f, nobody.pw_uid, nobody.pw_gid)
    mailman_run(d, "create", "-o", "lists@sender.example", MAILMAN_LIST)
    mailman_run(d, "addmembers", "-d", "plain", d + "/digest.txt",
                MAILMAN_LIST)
    mailman_run(d, "addmembers", d + "/regular.txt", MAILMAN_LIST)
    for q, name, _ in MAILMAN_POSTS:
        mailman_run(d, "inject", "-q", q, "-f", d + "/" + name,
                    MAILMAN_LIST)
    mailman_runners(d)
    mailman_run(d, "digests", "-s", "-l", MAILMAN_LIST)
    mailman_runners(d)
    # Ours: to an address of ours, or to the list's owners (us; a real
    # MTA would expand news-owner@ to them).
    return [n for n in notices
            if re.search(rb"^Delivered-To: [^\n]*(@sender\.example|"
                         rb"news-owner@)", n, re.M)]


def mailman_truth(work):
    kept = []
    for raw in run_mailman(work):
        subj = " ".join(str(email.message_from_bytes(raw)["Subject"] or
                            "").split()).lower()
        for key, name, contacts in MAILMAN_KINDS:
            if key in subj:
                kept.append((name, contacts, raw))
                break
        else:
            sys.exit("mailman3: unexpected message %r" % subj)
    return write_maker("mailman3", [(name, "notbounce", contacts, [], raw)
                                    for name, contacts, raw in sorted(kept)],
                       MAILMAN_SRC)

# --- Postfix: success and delay notices ------------------------------------
# A private Postfix instance on 127.0.0.1 relays to a peer that takes
# "ok" recipients (announcing no DSN, so Postfix itself reports the relay)
# and greylists "later" ones; the message is submitted with
# sendmail -N success,delay and the notices go to a sink that keeps them.
POSTFIX_SRC = "Postfix 3.7 (Debian 12 package postfix), sendmail -N " \
    "success,delay, https://www.postfix.org/DSN_README.html"
# Recipients (and their answers) by scenario: one message each.
POSTFIX_SCENARIOS = [
    ("relayed", ["ok.anna@partner.example"]),
    ("relayed-two", ["ok.ben@partner.example", "ok.chen@partner.example"]),
    ("delayed", ["later.carla@partner.example"]),
    ("delayed-and-relayed", ["later.dario@partner.example",
                             "ok.eva@partner.example"]),
]


def mta_corpus():
    spec = importlib.util.spec_from_file_location(
        "mta_corpus", os.path.join(HERE, "mta-corpus.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def private_instance(work):
    """A directory for a private MTA instance and a sink on 127.0.0.1
    keeping what reaches it: (mta-corpus.py, dir, notices, sink port)."""
    mc = mta_corpus()
    d = tempfile.mkdtemp(dir=work)
    os.chmod(d, 0o755)
    notices = []
    sink = mc.free_port()
    mc.serve(sink, mc.Sink, keep=notices.append)
    return mc, d, notices, sink


def peer_class(base):
    class Peer(base):
        """Takes ok.* recipients, greylists later.* ones."""

        def send(self, line):
            self.wfile.write((line + "\r\n").encode())
            self.wfile.flush()

        def handle(self):
            self.send("220 mx.partner.example ESMTP")
            good = 0
            for verb, cmd in self.commands():
                if verb == "EHLO":
                    self.send("250-mx.partner.example\r\n250 8BITMIME")
                elif verb == "RCPT" and "<later." in cmd:
                    self.send("451 4.7.1 Greylisted, please try again "
                              "later")
                elif verb == "RCPT":
                    good += 1
                    self.send("250 2.1.5 OK")
                elif verb == "DATA" and good:
                    self.send("354 go ahead")
                    self.message()
                    self.send("250 2.0.0 Ok: queued as 4A1B2C3D4E")
                elif verb == "DATA":
                    self.send("554 5.5.1 no valid recipients")
                elif verb == "QUIT":
                    self.send("221 2.0.0 bye")
                    return
                else:
                    self.send("250 2.0.0 OK")
    return Peer


def run_postfix(work):
    """The notices of the scenarios, as (name, raw) in arrival order."""
    mc, d, notices, sink_port = private_instance(work)
    peer_port = mc.free_port()
    mc.serve(peer_port, peer_class(mc.Smtp))
    for sub in ("etc", "spool", "data"):
        os.makedirs(os.path.join(d, sub))
    shutil.chown(os.path.join(d, "data"), "postfix")
    with open(os.path.join(d, "etc", "transport"), "w") as fh:
        fh.write("partner.example smtp:[127.0.0.1]:%d\n"
                 "sender.example smtp:[127.0.0.1]:%d\n" % (peer_port,
                                                          sink_port))
    with open(os.path.join(d, "etc", "main.cf"), "w") as fh:
        fh.write(POSTFIX_MAIN % {"d": d})
    shutil.copy(os.path.join(HERE, "postfix-private-master.cf"),
                os.path.join(d, "etc", "master.cf"))
    pf = ["postfix", "-c", d + "/etc"]
    subprocess.run(pf + ["set-permissions", "create-missing"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(pf + ["start"], check=True)
    try:
        for i, (name, rcpts) in enumerate(POSTFIX_SCENARIOS, 1):
            text = ("From: Sales <%s>\nTo: %s\nSubject: Price list %02d\n"
                    "Message-ID: <negative.postfix.%02d@sender.example>\n"
                    "\nHello, our price list.\n" % (SENDER, rcpts[0], i, i))
            subprocess.run(["sendmail", "-C", d + "/etc", "-N",
                            "success,delay", "-f", SENDER] + rcpts,
                           input=text.encode(), check=True)
        # Two relay reports and two delay warnings; a minute of delay
        # before the warning, then the next queue run.
        for _ in range(240):
            if len(notices) >= 4:
                break
            time.sleep(1)
        time.sleep(2)
    finally:
        subprocess.run(pf + ["stop"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    out = []
    for raw in notices:
        m = re.search(rb"negative\.postfix\.(\d\d)@", raw)
        if m is None:
            continue
        n = int(m.group(1))
        delay = re.search(rb"(?m)^Subject: Delayed Mail", raw) is not None
        name, rcpts = POSTFIX_SCENARIOS[n - 1]
        out.append(("%s-%s" % (name, "delay" if delay else "success"),
                    rcpts, delay, raw))
    return sorted(out)


POSTFIX_MAIN = """compatibility_level = 3.6
queue_directory = %(d)s/spool
data_directory = %(d)s/data
meta_directory = /etc/postfix
myhostname = mta.sender.example
mydomain = sender.example
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
transport_maps = texthash:%(d)s/etc/transport
default_transport = error:5.1.2 no route to this domain here
relay_transport = $default_transport
local_transport = error:5.1.1 no local delivery here
alias_maps =
alias_database =
notify_classes =
biff = no
smtp_tls_security_level = none
smtpd_tls_security_level = none
maillog_file = %(d)s/maillog
maillog_file_prefixes = %(d)s
delay_warning_time = 1m
maximal_queue_lifetime = 1h
queue_run_delay = 15s
minimal_backoff_time = 15s
maximal_backoff_time = 30s
"""


def postfix_truth(work):
    """Writes postfix/NN-name.eml; their truth lines."""
    truth = []
    outdir = os.path.join(OUT, "postfix")
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    for i, (name, rcpts, delay, raw) in enumerate(run_postfix(work), 1):
        f = "postfix/%02d-%s.eml" % (i, name)
        with open(os.path.join(OUT, f), "wb") as fh:
            fh.write(raw)
        told = [r for r in rcpts if r.startswith("later.") == delay]
        truth.append({
            "file": f, "kind": "delayed" if delay else "delivered",
            "recipients": [{
                "addr": r, "status": "4.7.1" if delay else "2.0.0",
                "code": "451" if delay else "250", "hard": False,
                "reason": "delayed" if delay else "delivered",
                "category": "retry-later" if delay else "delivered"}
                for r in told],
            "contacts": told, "made_by": "postfix",
            "source": POSTFIX_SRC})
    return truth


# --- Exim: the autoreply transport ------------------------------------------
# A private Exim configuration answers each contact's mail with Exim's
# autoreply transport (subject, charset and body per contact); Exim hands
# the reply to itself and delivers it by SMTP to a sink on 127.0.0.1.
EXIM_SRC = "Exim 4.96 autoreply transport (Debian 12 package " \
    "exim4-daemon-light), https://www.exim.org/exim-html-current/doc/" \
    "html/spec_html/ch-the_autoreply_transport.html"
# name, contact, subject (expanded: $h_subject: is the subject we sent),
# charset, transfer encoding, body as the transport sends it.
EXIM = [
    ("en-ascii", "tom@customer.example", "Out of office: $h_subject:",
     "us-ascii", "7bit",
     "I am away this week and will read your mail on Monday.\n"),
    ("de-latin1-qp", "anna@kunde.example",
     "=?ISO-8859-1?Q?Abwesenheitsnotiz=3A_Angebot?=", "ISO-8859-1",
     "quoted-printable",
     "Ich bin im Urlaub und ab dem 18. Mai wieder erreichbar.\n"
     "Vertretung: Herr M=FCller.\n"),
    ("zh-gb2312-base64", "zhou@kehu.example",
     "=?GB2312?B?" + base64.b64encode("自动回复：休假".encode("gb2312"))
     .decode() + "?=", "GB2312", "base64",
     b64("您好，我正在休假，5月10日回来后回复您。", "gb2312")),
    ("pt-utf8", "beatriz@cliente.example",
     "=?UTF-8?Q?Resposta_autom=C3=A1tica=3A_Ausente?=", "UTF-8", "8bit",
     "Estou ausente até segunda-feira, com acesso limitado ao e-mail.\n"),
    ("es-utf8-qp", "jorge@cliente.example",
     "=?UTF-8?Q?Respuesta_autom=C3=A1tica?=", "UTF-8", "quoted-printable",
     "Estoy fuera de la oficina hasta el lunes. Gracias por su "
     "mensaje.\n"),
]

EXIM_CONF = """primary_hostname = mx.customer.example
qualify_domain = customer.example
spool_directory = %(d)s/spool
log_file_path = %(d)s/log/%%slog
exim_user = Debian-exim
exim_group = Debian-exim
daemon_smtp_ports =
host_lookup =
keep_environment =
begin routers
sender:
  driver = manualroute
  domains = sender.example
  route_list = * 127.0.0.1
  self = send
  transport = sink
  no_more
away:
  driver = accept
  condition = ${lookup{$local_part@$domain}lsearch{%(d)s/subject}{yes}{no}}
  transport = away_reply
  no_more
begin transports
sink:
  driver = smtp
  port = %(sink)d
  allow_localhost
away_reply:
  driver = autoreply
  from = $local_part@$domain
  to = $sender_address
  subject = ${expand:${lookup{$local_part@$domain}lsearch{%(d)s/subject}}}
  file = ${lookup{$local_part@$domain}lsearch{%(d)s/body}}
  headers = MIME-Version: 1.0\\nContent-Type: text/plain; \\
    charset=${lookup{$local_part@$domain}lsearch{%(d)s/charset}}\\n\\
    Content-Transfer-Encoding: \\
    ${lookup{$local_part@$domain}lsearch{%(d)s/cte}}
  user = Debian-exim
begin retry
*   *   F,4m,15s
"""


def run_exim(work):
    """The replies of EXIM, as (name, contact, raw) in table order."""
    _, d, notices, sink = private_instance(work)
    for sub in ("spool", "log", "bodies"):
        os.makedirs(os.path.join(d, sub))
        shutil.chown(os.path.join(d, sub), "Debian-exim", "Debian-exim")
    tables = {k: [] for k in ("subject", "charset", "cte", "body")}
    for name, contact, subject, charset, cte, body in EXIM:
        path = os.path.join(d, "bodies", name)
        with open(path, "wb") as fh:
            fh.write(body.encode("utf-8" if cte == "8bit" else "ascii"))
        for k, v in (("subject", subject), ("charset", charset),
                     ("cte", cte), ("body", path)):
            tables[k].append("%s: %s\n" % (contact, v))
    for k, lines in tables.items():
        with open(os.path.join(d, k), "w") as fh:
            fh.writelines(lines)
    conf = os.path.join(d, "exim.conf")
    with open(conf, "w") as fh:
        fh.write(EXIM_CONF % {"d": d, "sink": sink})
    for i, (name, contact, *_) in enumerate(EXIM, 1):
        text = ("From: Sales <%s>\nTo: %s\nSubject: Angebot %02d\n"
                "Message-ID: <negative.exim.%02d@sender.example>\n\n"
                "Hello, our May offer.\n" % (SENDER, contact, i, i))
        # Exim warns on every run that -C drops its privileges.
        subprocess.run(["exim4", "-C", conf, "-odi", "-f", SENDER,
                        contact], input=text.encode(), check=True,
                       stderr=subprocess.DEVNULL)
    for _ in range(60):
        if len(notices) >= len(EXIM):
            break
        time.sleep(1)
    time.sleep(1)
    out = []
    for raw in notices:
        m = re.search(rb"negative\.exim\.(\d\d)@", raw)
        if m is not None:
            name, contact = EXIM[int(m.group(1)) - 1][:2]
            out.append((int(m.group(1)), name, contact, raw))
    if len(out) != len(EXIM):
        with open(os.path.join(d, "log", "mainlog")) as fh:
            sys.exit("exim: %d replies of %d:\n%s" % (
                len(out), len(EXIM), fh.read()[-2000:]))
    return [x[1:] for x in sorted(out)]


def exim_truth(work):
    """Writes exim/NN-name.eml; their truth lines."""
    return write_maker("exim", [(name, "autoreply", [contact], [], raw)
                                for name, contact, raw in run_exim(work)],
                       EXIM_SRC)


# What Postfix's, Exim's and Mailman's packages (and cron, which Mailman
# brings) leave behind on purge.
LEFT = {"users": ("postfix", "Debian-exim"),
        "groups": ("postfix", "postdrop", "Debian-exim", "crontab"),
        "files": ("/etc/aliases", "/etc/aliases.db", "/etc/mailname",
                  "/var/lib/mailman3", "/var/log/mailman3",
                  "/etc/mailman3")}


def leftovers():
    with open("/etc/passwd") as fh:
        users = {ln.split(":")[0] for ln in fh}
    with open("/etc/group") as fh:
        groups = {ln.split(":")[0] for ln in fh}
    return users, groups, {f for f in LEFT["files"] if os.path.exists(f)}


def restore(before):
    users, groups, files = leftovers()
    for u in set(LEFT["users"]) & (users - before[0]):
        subprocess.run(["userdel", u])
    for g in set(LEFT["groups"]) & (groups - before[1]):
        subprocess.run(["groupdel", g], stderr=subprocess.DEVNULL)
    for f in files - before[2]:
        if os.path.isdir(f):
            shutil.rmtree(f, ignore_errors=True)
        else:
            os.remove(f)


def installed(pkg):
    r = subprocess.run(["dpkg-query", "-W", "-f", "${db:Status-Abbrev}",
                        pkg], capture_output=True, text=True)
    return r.stdout.startswith("ii")


def packages():
    r = subprocess.run(["dpkg-query", "-W", "-f",
                        "${db:Status-Abbrev} ${Package}\n"],
                       capture_output=True, text=True, check=True)
    return {ln.split()[1] for ln in r.stdout.splitlines()
            if ln.startswith("ii")}


ENV = dict(os.environ, DEBIAN_FRONTEND="noninteractive")


def with_packages(pkgs, run, work):
    """RUN(work) with PKGS installed; what was installed here is purged
    again, with the accounts and files it left."""
    was, accounts = packages(), leftovers()
    missing = [p for p in pkgs if p not in was]
    try:
        if missing:
            subprocess.run(["debconf-set-selections"], check=True,
                           input=b"postfix postfix/main_mailer_type "
                           b"select No configuration\n")
            subprocess.run(["apt-get", "install", "-y", "-q",
                            "--no-install-recommends"] + missing,
                           check=True, env=ENV, stdout=subprocess.DEVNULL)
        return run(work)
    finally:
        new = sorted(packages() - was)
        if new:
            subprocess.run(["apt-get", "purge", "-y", "-q"] + new,
                           env=ENV, stdout=subprocess.DEVNULL)
            restore(accounts)


def autoreplies(work):
    """Writes sieve/ and vacation/; their truth lines."""
    truth = []
    for prog, table, run, src in (
            ("sieve", SIEVE, run_sieve, PIGEONHOLE),
            ("vacation", CLASSIC, run_classic, VACATION)):
        outdir = os.path.join(OUT, prog)
        shutil.rmtree(outdir, ignore_errors=True)
        os.makedirs(outdir)
        for i, (name, contact, subject, text) in enumerate(table, 1):
            data = run(work, i, name, contact, subject, text)
            f = "%s/%02d-%s.eml" % (prog, i, name)
            with open(os.path.join(OUT, f), "wb") as fh:
                fh.write(data)
            truth.append({"file": f, "kind": "autoreply",
                          "recipients": [], "contacts": [contact],
                          "made_by": prog, "source": src})
    return truth


def main():
    if os.geteuid() != 0:
        sys.exit("make-negative-corpus: must run as root")
    # Postfix and Exim conflict: a system MTA of the one keeps the other
    # from being installed here (its notices are then left as they are).
    exim = installed("exim4-daemon-light") or \
        installed("exim4-daemon-heavy")
    steps = [({"sieve", "vacation"}, ["dovecot-sieve", "vacation"],
              autoreplies)]
    if installed("postfix") or not exim:
        steps.append(({"postfix"}, ["postfix"], postfix_truth))
    else:
        print("make-negative-corpus: Exim is installed; skipping postfix")
    if exim or not installed("postfix"):
        steps.append(({"exim"}, ["exim4-daemon-light"], exim_truth))
    else:
        print("make-negative-corpus: Postfix is installed; skipping exim")
    steps.append(({"mailbot"}, ["maildrop"], mailbot_truth))
    steps.append(({"mailman3"}, ["mailman3"], mailman_truth))
    if len(sys.argv) > 1:
        want = set(sys.argv[1:])
        known = {"sieve", "vacation", "postfix", "exim", "mailbot",
                 "mailman3"}
        if want - known:
            sys.exit("make-negative-corpus: unknown maker %s (known: %s)"
                     % (", ".join(sorted(want - known)),
                        ", ".join(sorted(known))))
        steps = [st for st in steps if st[0] & want]
    work = tempfile.mkdtemp(prefix="negative-corpus.")
    os.chmod(work, 0o755)
    truth, made = [], set()
    try:
        for makers, pkgs, run in steps:
            truth += with_packages(pkgs, run, work)
            made |= makers
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # The truth file's layout is make.py's (the hand-written half).
    spec = importlib.util.spec_from_file_location(
        "negative_make", os.path.join(OUT, "make.py"))
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    make.truth_replace(OUT, made, truth)
    print("make-negative-corpus: %d messages written" % len(truth))


if __name__ == "__main__":
    main()
