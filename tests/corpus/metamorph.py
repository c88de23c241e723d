#!/usr/bin/env python3
"""Metamorphic check of the reader: every notice of the tree's corpora is
rewritten the way mail systems rewrite mail without changing what it says
(transfer encodings, charsets, line ends, header edits, MIME structure,
whitespace) and the way Chinese mail systems lay out the same notice
(full-width punctuation, Chinese and Traditional labels, table cells,
<br> lines, text wrapped between characters, a sentence of their own
around the quoted reply), and the reader must read the same recipients
with the same categories from the rewritten message as from the
original.  The reading of the original is the oracle; no truth file is
used.  The negative set (mail that fails nobody) is among them: a
rewritten non-bounce must not name anyone either.

Only the notice's own parts are rewritten, never the parts of a returned
message (a gateway re-encodes what it carries, not what is quoted inside
a message/rfc822).  The held-out sets (tests/corpus/heldout-*) are never
read.

usage: metamorph.py [-l LIMITS] [-s EVERY] [-v] BINARY CORPUS_TOP
  -l LIMITS  per-transformation allowance (name lost changed new);
             fails when a transformation exceeds its line, or a
             transformation has no line
  -s EVERY   reads one notice in EVERY (deterministic by file name)
  -v         names each recipient whose reading changed
"""
import base64
import concurrent.futures
import email
import email.errors
import email.generator
import email.policy
import hashlib
import io
import json
import multiprocessing
import os
import quopri
import re
import subprocess
import sys
import tempfile
import zlib

SETS = ("dev", "mta", "chinese", "servers", "providers", "legacy",
        "localized", "smbservers", "wild", "negative")
POLICY = email.policy.compat32.clone(max_line_length=0)
COLLEAGUE = "li.wei@trading.example"
HARVESTED = "bounces@trading.example"
JOBS = 2


def notices(top):
    """(set name, path) of every notice of the sets, sorted."""
    out = []
    for s in SETS:
        for d, _, names in os.walk(os.path.join(top, s)):
            for n in names:
                if n.endswith(".eml"):
                    out.append((s, os.path.join(d, n)))
    return sorted(out)


def own_parts(msg):
    """The leaf parts of the notice itself: not below a message/*."""
    if msg.get_content_maintype() == "message":
        return
    if msg.is_multipart():
        for p in msg.get_payload():
            yield from own_parts(p)
    else:
        yield msg


def is_text(part):
    """A part a gateway would treat as text: text/* and the status
    reports."""
    return part.get_content_maintype() == "text"


def decoded(part):
    return part.get_payload(decode=True) or b""


def set_body(part, raw, cte):
    """Sets the part's body to raw bytes sent with transfer encoding
    cte."""
    if cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    else:
        body = raw.decode("ascii", "surrogateescape")
    del part["Content-Transfer-Encoding"]
    part["Content-Transfer-Encoding"] = cte
    if part.get("MIME-Version") is None and part.get("From") is not None:
        part["MIME-Version"] = "1.0"
    part.set_payload(body)


def charset_of(part):
    cs = part.get_content_charset() or "us-ascii"
    try:
        "".encode(cs)
    except LookupError:
        return None
    return cs


def text_of(part):
    """The part's text, or None when its charset is unknown or wrong."""
    cs = charset_of(part)
    if cs is None:
        return None
    try:
        return decoded(part).decode(cs)
    except (UnicodeDecodeError, LookupError):
        return None


def set_text(part, text, charset, cte=None):
    """Writes text in charset, in cte (or the part's own)."""
    raw = text.encode(charset)
    if cte is None:
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
        if cte in ("7bit", "8bit", "binary") and max(raw, default=0) > 127:
            cte = "8bit"
    if part.get("Content-Type") is None:
        part["Content-Type"] = "text/plain"
    part.set_param("charset", charset)
    set_body(part, raw, cte)


def each_text(msg, fn):
    """Applies fn(part) to each own text part; True when one changed."""
    hit = False
    for p in list(own_parts(msg)):
        if is_text(p) and fn(p):
            hit = True
    return hit


def recode(cte):
    """Re-encodes each own text part in cte; base64 carries text in its
    canonical form, lines ended by CRLF (RFC 2045, 6.8)."""
    def t(msg):
        def f(p):
            raw = decoded(p)
            if cte == "base64":
                raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            set_body(p, raw, cte)
            return True
        return each_text(msg, f)
    return t


def edit_text(fn):
    """A transformation that edits the decoded text of each own text
    part (and of a message/delivery-status body) with fn(str)."""
    def t(msg):
        def f(p):
            s = text_of(p)
            if s is None:
                return False
            n = fn(s)
            if n == s:
                return False
            set_text(p, n, charset_of(p))
            return True
        return each_text(msg, f) | each_status(msg, fn)
    return t


def status_text(part):
    """The text of a delivery-status body (Python parses it into
    blocks of fields)."""
    body = part.get_payload()
    if isinstance(body, list):
        body = "".join(b.as_string(policy=POLICY) for b in body)
    return body


def each_status(msg, fn):
    """Applies fn to the text of each message/delivery-status body."""
    hit = False
    for p in msg.walk():
        if p.get_content_type() != "message/delivery-status":
            continue
        body = status_text(p)
        n = fn(body)
        if n != body:
            p.set_payload(n)
            hit = True
    return hit


def legacy_to(charsets):
    """Re-encodes a UTF-8 or ASCII text part in the first of charsets
    that can hold it."""
    def t(msg):
        def f(p):
            cs = charset_of(p)
            if cs not in ("us-ascii", "utf-8"):
                return False
            s = text_of(p)
            if s is None:
                return False
            for c in charsets:
                try:
                    s.encode(c)
                except UnicodeEncodeError:
                    continue
                set_text(p, s, c)
                return True
            return False
        return each_text(msg, f)
    return t


def to_utf8(msg):
    def f(p):
        cs = charset_of(p)
        if cs in (None, "us-ascii", "utf-8"):
            return False
        s = text_of(p)
        if s is None:
            return False
        set_text(p, s, "utf-8")
        return True
    return each_text(msg, f)


def fold(width):
    """Hard-wraps lines longer than width at a space, as a sending
    client does with format=fixed text."""
    def line(ln):
        out = []
        while len(ln) > width:
            cut = ln.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(ln[:cut])
            ln = ln[cut + 1:]
        out.append(ln)
        return "\n".join(out)

    def t(msg):
        def f(p):
            if p.get_content_subtype() != "plain":
                return False
            s = text_of(p)
            if s is None:
                return False
            n = "\n".join(line(x) for x in s.split("\n"))
            if n == s:
                return False
            set_text(p, n, charset_of(p))
            return True
        return each_text(msg, f)
    return t


def header_edit(name, fn):
    """Edits the field's raw value (8-bit bytes kept as they came)."""
    def t(msg):
        for i, (k, v) in enumerate(msg._headers):
            if k.lower() != name.lower():
                continue
            n = fn(v.strip())
            if n is None:
                return False
            msg._headers[i] = (k, " " + n if v.startswith(" ") else n)
            return True
        return False
    return t


def rfc2047(s):
    return "=?UTF-8?B?%s?=" % base64.b64encode(s.encode()).decode()


# The titles of notices as the mail systems that translate them give
# them in German (Exchange's and Outlook's "Unzustellbar:",
# "Übermittlungsstatusbenachrichtigung", "Automatische Antwort:").
GERMAN = [
    ("undeliverable", "Unzustellbar"),
    ("delivery status notification (failure)",
     "Übermittlungsstatusbenachrichtigung (Fehler)"),
    ("delivery status notification (delay)",
     "Übermittlungsstatusbenachrichtigung (Verzögerung)"),
    ("automatic reply", "Automatische Antwort"),
    ("out of office", "Abwesenheitsnotiz"),
]


def subject_local(v):
    """The Subject in German where it holds a known English title, as
    RFC 2047 words; None (not applied) otherwise."""
    try:
        v = v.encode("ascii", "surrogateescape").decode("utf-8")
        s = str(email.header.make_header(email.header.decode_header(v)))
    except (UnicodeError, LookupError, email.errors.HeaderParseError):
        return None
    n = s
    for en, de in GERMAN:
        n = re.sub(re.escape(en), de, n, flags=re.I)
    return None if n == s else rfc2047(n)


def from_name(v):
    m = re.search(r"<([^>]*)>", v)
    addr = m.group(1) if m else v.split("(")[0].strip()
    return "%s <%s>" % (rfc2047("Zustellsystem Poststelle"), addr)


def received(msg):
    hs = msg._headers
    extra = [("Received", "from mx%d.relay.example (mx%d.relay.example "
              "[192.0.2.%d])\n\tby mail.trading.example (Postfix) with "
              "ESMTPS id 4Xy%dQz\n\tfor <%s>; Mon, 7 Dec 2026 08:0%d:00 "
              "+0000" % (i, i, i, i, HARVESTED, i)) for i in (1, 2, 3)]
    msg._headers = extra + hs
    return True


def refold(msg):
    """Folds every header at each space after the field's first word."""
    hit = False
    for i, (k, v) in enumerate(msg._headers):
        v = str(v)
        if " " not in v.strip() or "=?" in v:
            continue
        n = re.sub(r"(?<=\S) (?=\S)", "\n ", v.strip(), count=3)
        msg._headers[i] = (k, n)
        hit = True
    return hit


def report_as_mixed(msg):
    if msg.get_content_type() != "multipart/report":
        return False
    params = [(k, v) for k, v in msg.get_params()[1:]
              if k.lower() != "report-type"]
    msg.set_type("multipart/mixed")
    msg.del_param("report-type")
    return bool(params) or True


def status_as_text(msg):
    hit = False
    for p in msg.walk():
        if p.get_content_type() == "message/delivery-status":
            body = status_text(p)
            p.set_type("text/plain")
            p.set_payload(body)
            hit = True
    return hit


def status_base64(msg):
    """Each delivery-status body sent in base64, as some gateways send
    every part."""
    hit = False
    for p in msg.walk():
        if p.get_content_type() != "message/delivery-status":
            continue
        body = status_text(p)
        raw = body.encode("ascii", "surrogateescape")
        raw = raw.replace(b"\n", b"\r\n")
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
        hit = True
    return hit


def text_attached(msg):
    """The notice's text parts (of a multipart) marked as attachments,
    as "details.txt" of some servers."""
    if not msg.is_multipart():
        return False
    hit = False
    for i, p in enumerate(own_parts(msg)):
        if p is msg or p.get_content_type() != "text/plain":
            continue
        del p["Content-Disposition"]
        p["Content-Disposition"] = 'attachment; filename="details%d.txt"' % i
        hit = True
    return hit


def status_edit(fn):
    """A transformation of each delivery-status body's text by fn."""
    return lambda msg: each_status(msg, fn)


def fold_field(m):
    """A field's value folded at its spaces past 40 columns."""
    name, value = m.group(1), m.group(2)
    out, line = [], name
    for word in value.split(" "):
        if len(line) > 40 and line.strip():
            out.append(line)
            line = "    "
        line += (" " if line and not line.endswith(" ") else "") + word
    out.append(line)
    return "\n".join(out)


BANNER = ("CAUTION: This email originated from outside of the "
          "organization. Do not click links or open attachments unless "
          "you recognize the sender.\n\n")
DISCLAIMER = ("-- \nTrading Example GmbH, Hafenstrasse 1, 20457 Hamburg\n"
              "Questions: info@trading.example\n"
              "This message was scanned by the mail gateway.\n")


def first_text_edit(fn):
    """A transformation of the text of the notice's first text/plain
    part (the message itself when it is one) by fn."""
    def t(msg):
        p = first_plain(msg)
        if p is None:
            p = msg if not msg.is_multipart() and \
                msg.get_content_type() == "text/plain" else None
        s = text_of(p) if p is not None else None
        if s is None:
            return False
        set_text(p, fn(s), charset_of(p))
        return True
    return t


def disclaimer(msg):
    """A gateway's disclaimer, with an address of its company, added to
    a multipart notice as a part of its own after the notice's content
    (the notice and the part wrapped in a multipart/mixed)."""
    if not msg.is_multipart():
        return False
    inner = email.message.Message(policy=POLICY)
    for k, v in msg._headers:
        if k.lower().startswith("content-"):
            inner._headers.append((k, v))
    if not inner._headers:
        inner["Content-Type"] = "text/plain"
    inner.set_payload(msg._payload)
    foot = email.message.Message(policy=POLICY)
    foot["Content-Type"] = "text/plain; charset=us-ascii"
    foot.set_payload(DISCLAIMER)
    msg._headers = [(k, v) for k, v in msg._headers
                    if not k.lower().startswith("content-")]
    msg["Content-Type"] = 'multipart/mixed; boundary="=_disclaimer"'
    if msg.get("MIME-Version") is None:
        msg["MIME-Version"] = "1.0"
    msg.set_payload([inner, foot])
    return True


def returned(msg):
    """(parent, index) of each returned message part of the notice."""
    if not msg.is_multipart():
        return []
    out = []
    for i, p in enumerate(msg.get_payload()):
        if p.get_content_type() in ("message/rfc822", "text/rfc822-headers",
                                    "message/rfc822-headers"):
            out.append((msg, i))
        elif p.is_multipart():
            out += returned(p)
    return out


def drop_original(msg):
    r = returned(msg)
    for parent, i in reversed(r):
        del parent.get_payload()[i]
    return bool(r)


def truncate_original(msg):
    """Keeps the returned message's header and two lines of its body."""
    r = returned(msg)
    for parent, i in r:
        p = parent.get_payload()[i]
        if p.get_content_type() != "message/rfc822" or \
                not p.is_multipart():
            continue
        inner = p.get_payload()[0]
        text = inner.as_bytes(policy=POLICY) if hasattr(inner, "as_bytes") \
            else b""
        head, _, body = text.partition(b"\n\n")
        cut = head + b"\n\n" + b"\n".join(body.split(b"\n")[:2]) + b"\n"
        new = email.message_from_bytes(cut, policy=POLICY)
        p.set_payload([new])
    return bool(r)


def first_plain(msg):
    for p in own_parts(msg):
        if p.get_content_type() == "text/plain":
            return p
    return None


def html_of(text):
    """The text as an HTML mail client writes it: one <p> per paragraph,
    <br> per line, key/value lines as a table."""
    esc = (text.replace("&", "&amp;").replace("<", "&lt;")
           .replace(">", "&gt;").replace("\t", "    "))
    # Runs of spaces kept as mail programs keep them: "&nbsp; &nbsp;".
    esc = re.sub(r"  +", lambda m: "&nbsp; " * (len(m.group(0)) // 2) +
                 " " * (len(m.group(0)) % 2), esc)
    out = ["<html><body>"]
    for para in re.split(r"\n\s*\n", esc):
        lines = para.split("\n")
        if len(lines) > 1 and all(re.match(r"^[\w-]+: ", x) for x in lines):
            out.append("<table>")
            for x in lines:
                k, v = x.split(": ", 1)
                out.append("<tr><td>%s:</td><td>%s</td></tr>" % (k, v))
            out.append("</table>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def html_only(msg):
    p = first_plain(msg)
    if p is None and not msg.is_multipart() and \
            msg.get_content_maintype() == "text" and \
            msg.get_content_subtype() == "plain":
        p = msg
    if p is None:
        return False
    s = text_of(p)
    if s is None:
        return False
    cs = charset_of(p)
    p.set_type("text/html")
    set_text(p, html_of(s), cs)
    return True


def html_alternative(msg):
    """The first text/plain part becomes multipart/alternative of itself
    and its HTML twin."""
    p = first_plain(msg)
    if p is None:
        return False
    s = text_of(p)
    if s is None:
        return False
    cs = charset_of(p)
    plain = email.message.Message(policy=POLICY)
    plain["Content-Type"] = "text/plain"
    set_text(plain, s, cs)
    html = email.message.Message(policy=POLICY)
    html["Content-Type"] = "text/html"
    set_text(html, html_of(s), cs)
    if p is msg:
        for k in ("Content-Type", "Content-Transfer-Encoding"):
            del msg[k]
        msg["MIME-Version"] = msg.get("MIME-Version", "1.0")
    else:
        for k in ("Content-Type", "Content-Transfer-Encoding",
                  "Content-Disposition"):
            del p[k]
    p["Content-Type"] = "multipart/alternative"
    p.set_boundary("=_alt_%s" % hashlib.md5(s.encode()).hexdigest()[:12])
    p.set_payload([plain, html])
    return True


def forward(msg):
    """A colleague forwards the notice, attached, to the harvested
    mailbox."""
    inner = msg_bytes(msg)
    subj = str(msg.get("Subject", ""))
    head = ("From: Li Wei <%s>\nTo: %s\nSubject: FW: %s\n"
            "Date: Mon, 7 Dec 2026 09:00:00 +0800\n"
            "Message-ID: <fw.%08x@trading.example>\nMIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=\"=_fw\"\n\n"
            "--=_fw\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            "Bitte prüfen, diese Nachricht kam zurück.\n"
            "请查看退信。\n\nLi Wei\n\n"
            "--=_fw\nContent-Type: message/rfc822\n"
            "Content-Disposition: attachment; filename=\"notice.eml\"\n\n"
            % (COLLEAGUE, HARVESTED, subj.replace("\n", " "),
               zlib.crc32(inner))).encode("utf-8", "surrogateescape")
    return head + inner + b"\n--=_fw--\n"


# Chinese layouts.  The tuned Chinese set's frames come from the
# providers' own pages (tests/corpus/chinese/make.py, SRC); the rewritings
# below give the same notices the layouts other Chinese systems write.
HAN = re.compile(r"[\u4e00-\u9fff]")


def han_parts(msg):
    """The notice's own text parts that hold Chinese text, with their
    text."""
    out = []
    for p in own_parts(msg):
        if not is_text(p):
            continue
        s = text_of(p)
        if s is not None and HAN.search(s):
            out.append((p, s))
    return out


def writable(s, cs):
    """cs when it holds s, else UTF-8 (a gateway that adds characters
    its charset lacks sends the part in UTF-8)."""
    try:
        s.encode(cs)
        return cs
    except (UnicodeEncodeError, LookupError):
        return "utf-8"


def edit_han(fn):
    """fn(text, is_html) applied to each own text part holding Chinese
    text."""
    def t(msg):
        hit = False
        for p, s in han_parts(msg):
            n = fn(s, p.get_content_subtype() == "html")
            if n != s:
                set_text(p, n, writable(n, charset_of(p)))
                hit = True
        return hit
    return t


def fullwidth(s, html):
    """Full-width punctuation after Chinese words, as a Chinese input
    method types it into a template: Coremail's "收件人(Recipient)："
    (icoremail.vip's support pages), QQ Mail's "请联系您的收件人（x）"
    (midoks/imail conf/tpl/return_to_sender_html.tpl, a copy of QQ
    Mail's template), 263's and Sina's "："; the ideographic space
    U+3000 after the colon as those templates align their fields."""
    s = re.sub(r"(?<=[\u4e00-\u9fff])\(([^()<>\n]{1,40})\)", r"（\1）", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff）]) ?: ?", "：\u3000", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff]), ?", "，", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff]); ?", "；", s)
    return re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\w<])", "\u3000", s)


def angle_fullwidth(s, html):
    """An address a Chinese sentence, label or cell names put in
    full-width brackets: "无法发送到＜x＞", "收件人：＜x＞", as QQ Mail's
    "收件人（x）" (midoks/imail's copy of its template) brackets it and as
    a Chinese input method types "<" and ">"."""
    return re.sub(r"(?<=[\u4e00-\u9fff：>])((?:[ \t]|&nbsp;)*)"
                  r"(?:<|&lt;)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:>|&gt;)?",
                  r"\1＜\2＞", s)


# English labels of a recipient and its reason, and the Chinese ones
# Chinese systems print: 收件人 (QQ Mail, Tencent Exmail, Coremail),
# 收信人 (Sina), 收件地址 and 邮件地址 (263, 21cn), 退信原因 (QQ, NetEase,
# Aliyun), 错误原因 (Winmail's "退信的错误原因", winmail.cn/ndr), 失败原因
# (NetEase enterprise mail), 建议解决方案 (QQ Mail's template).  The
# fields of RFC 3464 ("Diagnostic-Code:", "Final-Recipient:") are no
# labels for people: no system translates them.
RCPT_LABEL = re.compile(
    r"(?im)^([ \t]*|<[^>\n]*>)((?:final |original |failed )?recipient"
    r"(?: address)?(?:\(s\))?|e-?mail address|address)([ \t]*):[ \t]*")
REASON_LABEL = re.compile(
    r"(?im)^([ \t]*|<[^>\n]*>)(reason|error|diagnostic(?: code)?|"
    r"remote server said|details)([ \t]*):[ \t]*")
ZH_RCPT = ("收件人", "收信人", "收件地址", "邮件地址")
ZH_REASON = ("退信原因", "错误原因", "失败原因")


def pick(names, s):
    return names[zlib.crc32(s.encode("utf-8", "surrogatepass")) %
                 len(names)]


def zh_labels(beside):
    """The English labels of the text's recipient and reason lines in
    Chinese (in place of them, or beside them as Coremail's bilingual
    "收件人(Recipient)：" does); the part in UTF-8 where its charset has
    no Chinese."""
    def lab(s, names):
        def r(m):
            zh = pick(names, s)
            if beside:
                return "%s%s(%s)：" % (m.group(1), zh, m.group(2))
            return "%s%s：" % (m.group(1), zh)
        return r

    def t(msg):
        hit = False
        for p in own_parts(msg):
            if not is_text(p):
                continue
            s = text_of(p)
            if s is None:
                continue
            n = RCPT_LABEL.sub(lab(s, ZH_RCPT), s)
            n = REASON_LABEL.sub(lab(s, ZH_REASON), n)
            if n != s:
                set_text(p, n, writable(n, charset_of(p)))
                hit = True
        return hit
    return t


LABEL_LINE = re.compile(r"^[ \t]*([^\s:：<>][^:：<>\n]{0,30}?)[ \t]*[:：]"
                        r"[ \t\u3000]*(\S.*)$")


def table_html(text):
    """A plain notice as an HTML table of label and value cells (QQ Mail
    and Tencent Exmail: "<td>收件人</td><td>x</td>", midoks/imail's copy
    of QQ's template; Aliyun's table of recipients and reasons), other
    lines as paragraphs."""
    out = ["<html><body>"]
    rows = []
    for ln in text.split("\n"):
        e = (ln.replace("&", "&amp;").replace("<", "&lt;")
             .replace(">", "&gt;"))
        m = LABEL_LINE.match(e)
        if m and not m.group(1).lower().startswith("http"):
            rows.append("<tr><td>%s</td><td>%s</td></tr>" % m.groups())
            continue
        if rows:
            out.append("<table>" + "\n".join(rows) + "</table>")
            rows = []
        if e.strip():
            out.append("<p>%s</p>" % e)
    if rows:
        out.append("<table>" + "\n".join(rows) + "</table>")
    out.append("</body></html>")
    return "\n".join(out)


def zh_table(charset, cte):
    """The notice's first plain text, with labelled lines, sent HTML only
    as a table of cells, in charset and cte (QQ Mail's notices come in
    GB18030 base64, NetEase's and Aliyun's in UTF-8 quoted-printable as
    the Chinese set's copies of them do)."""
    def t(msg):
        p = first_plain(msg)
        if p is None and not msg.is_multipart() and \
                msg.get_content_type() == "text/plain":
            p = msg
        s = text_of(p) if p is not None else None
        if s is None or not (RCPT_LABEL.search(s) or
                             re.search(r"(?m)^[^\n:：]{0,12}收件人[^\n]{0,12}"
                                       r"[:：]", s)):
            return False
        p.set_type("text/html")
        set_text(p, table_html(s), charset, cte)
        return True
    return t


def br_lines(msg):
    """The notice's text as one HTML line whose lines are <br>-separated,
    as QQ Mail's template breaks a cell's lines with <br /> (midoks/
    imail's copy of it) and Exchange's Chinese report a recipient's
    paragraph with <br> (exchangecn.com's sections of an NDR): a plain
    text becomes such HTML; an HTML part of Chinese text loses its line
    ends, its paragraphs and blocks becoming <br>."""
    hit = False
    for p, s in han_parts(msg):
        if p.get_content_subtype() == "plain":
            e = (s.replace("&", "&amp;").replace("<", "&lt;")
                 .replace(">", "&gt;"))
            n = "<html><body>%s</body></html>" % "<br>".join(
                e.rstrip("\n").split("\n"))
            p.set_type("text/html")
        else:
            n = re.sub(r"(?i)</?(?:p|div)(?:\s[^>]*)?>", "<br>", s)
            n = n.replace("\r", "").replace("\n", "")
        set_text(p, n, charset_of(p))
        hit = True
    return hit


def zh_fold(width):
    """Hard-wraps Chinese lines at width characters, between any two
    Chinese characters or at a space: Chinese mail clients wrap text
    with no spaces anywhere (Coremail's plain notice carries a reason
    over two lines, its explanation then the server's reply)."""
    def line(ln):
        out = []
        while len(ln) > width:
            cut = -1
            for i in range(width, width // 2, -1):
                if ln[i - 1] == " " or (HAN.match(ln[i - 1]) and
                                        HAN.match(ln[i])):
                    cut = i
                    break
            if cut < 0:
                break
            out.append(ln[:cut].rstrip(" "))
            ln = ln[cut:]
        out.append(ln)
        return "\n".join(out)

    def f(s, html):
        if html:
            return s
        return "\n".join(line(x) for x in s.split("\n"))
    return edit_han(f)


# The SMTP reply a Chinese notice quotes, and a sentence of the notice's
# own around it that says nothing of the reason: QQ Mail puts its
# summary above the server's words ("{e}<br />{d}", midoks/imail's copy
# of the template), Winmail its explanation after them ("退信的错误原因(
# ... )", winmail.cn/ndr).
REPLY = re.compile(r"(?m)^(.*?)(\b[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}\b)?"
                   r"[^\n]{8,})$")
ZH_BEFORE = "对方服务器返回的信息如下："
ZH_AFTER = "（以上为收件方服务器的原始回复）"


def zh_reason(before):
    def f(s, html):
        sep = "<br>" if html else "\n"

        def r(m):
            if before:
                return m.group(1) + ZH_BEFORE + sep + m.group(2)
            return m.group(0) + sep + ZH_AFTER
        return REPLY.sub(r, s, count=1)
    return edit_han(f)


# A reason's line, Chinese or English: its label, then its value.
REASON_LINE = re.compile(
    r"(?im)^([ \t]*(?:<[^>\n]*>)*(?:[^\n:：<>]{0,12}(?:原因|reason|error)"
    r"[^\n:：<>]{0,12})[:：](?:</[^>\n]*>)*[ \t\u3000]*)([^\n]{20,})$")


# A reason's label cell and the cell after it (QQ Mail's "<td>退信原因</td>
# <td>...</td>", Aliyun's and Coremail's tables with a header row are
# left as they are).
REASON_CELL = re.compile(
    r"(?i)(<td[^>]*>[^<\n]{0,12}(?:原因|reason|error)[^<\n]{0,12}</td>"
    r"\s*<td[^>]*>)([^\n]{20,}?)(</td>)")


def middle_cut(v):
    """Where a value is cut in two: the space or the place between two
    Chinese characters nearest its middle, outside markup and entities;
    -1 where there is none."""
    mid = len(v) // 2
    for d in range(mid):
        for i in (mid - d, mid + d):
            if i <= 0 or i >= len(v):
                continue
            if v.rfind("<", 0, i) > v.rfind(">", 0, i) or \
                    v.rfind("&", 0, i) > v.rfind(";", 0, i):
                continue
            if v[i - 1] == " " or (HAN.match(v[i - 1]) and HAN.match(v[i])):
                return i
    return -1


def reason_split(s, html):
    """A reason carried over two lines, as Coremail's plain notice puts
    its explanation on the label's line and the server's reply on the
    next, indented, and QQ Mail's reason cell breaks its lines with
    <br /> (midoks/imail's copy of its template)."""
    def r(m):
        v = m.group(2)
        i = middle_cut(v)
        if i < 0:
            return m.group(0)
        sep = "<br />\n" if html else "\n  "
        return m.group(1) + v[:i].rstrip(" ") + sep + v[i:] + \
            (m.group(3) if m.re is REASON_CELL else "")
    s = REASON_LINE.sub(r, s)
    return REASON_CELL.sub(r, s) if html else s


# Simplified labels and their Traditional forms as Taiwanese and Hong
# Kong systems print them (help.url.com.tw's notices: 收件者, 錯誤訊息,
# 退信原因).
TRAD = [("收件人", "收件者"), ("收信人", "收信者"), ("邮件地址", "郵件地址"),
        ("错误原因", "錯誤原因"), ("失败原因", "失敗原因"),
        ("错误信息", "錯誤訊息"), ("建议解决方案", "建議解決方案"),
        ("解决方案", "解決方案"), ("详细信息", "詳細資訊")]


def big5_labels(msg):
    """The Chinese labels in their Traditional forms, the part in Big5:
    an HTML part writes the characters Big5 lacks as character
    references (&#x90ae;), as a browser and Outlook write a Big5 page's
    characters outside its charset (HTML 4.01, 5.3.1); a plain part
    that Big5 cannot hold stays in UTF-8."""
    hit = False
    for p, s in han_parts(msg):
        n = s
        for a, b in TRAD:
            n = n.replace(a, b)
        if n == s:
            continue
        if p.get_content_subtype() == "html":
            n = n.encode("big5", "xmlcharrefreplace").decode("big5")
        set_text(p, n, writable(n, "big5"))
        hit = True
    return hit


def crlf(msg):
    return True


def prefix(p):
    return header_edit("Subject", lambda v: p + v)


# name, transformation(msg) -> True (rewritten), False (does not apply)
# or the new bytes.
TRANSFORMS = [
    ("identity", lambda m: True),
    ("cte-qp", recode("quoted-printable")),
    ("cte-base64", recode("base64")),
    ("cte-8bit", recode("8bit")),
    ("eol-swap", crlf),
    ("fold-76", fold(76)),
    ("fold-78", fold(78)),
    ("charset-latin1", legacy_to(("iso-8859-1",))),
    ("charset-cp1252", legacy_to(("windows-1252",))),
    ("charset-utf8", to_utf8),
    ("subject-fw", prefix("FW: ")),
    ("subject-aw", prefix("AW: ")),
    ("subject-spam", prefix("[SPAM] ")),
    ("subject-local", header_edit("Subject", subject_local)),
    ("from-name", header_edit("From", from_name)),
    ("received-extra", received),
    ("header-fold", refold),
    ("report-as-mixed", report_as_mixed),
    ("status-as-text", status_as_text),
    ("status-base64", status_base64),
    ("text-attached", text_attached),
    ("status-lower", status_edit(lambda t: re.sub(
        r"(?m)^([A-Za-z-]+):", lambda m: m.group(1).lower() + ":", t))),
    ("status-upper", status_edit(lambda t: re.sub(
        r"(?m)^([A-Za-z-]+):", lambda m: m.group(1).upper() + ":", t))),
    ("status-folded", status_edit(lambda t: re.sub(
        r"(?m)^(Diagnostic-Code:|Final-Recipient:)(.*)$", fold_field, t,
        flags=re.I))),
    ("status-angle", status_edit(lambda t: re.sub(
        r"(?mi)^((?:final|original)-recipient:\s*rfc822;\s*)([^<\s]+)$",
        r"\1<\2>", t))),
    # The external-sender warning a gateway puts before the text; the
    # disclaimer it appends to a plain text.
    ("banner-external", first_text_edit(lambda s: BANNER + s)),
    ("disclaimer-inline", first_text_edit(lambda s: s + "\n" +
                                          DISCLAIMER)),
    ("disclaimer-bare", first_text_edit(lambda s: s + "\n" +
                                        DISCLAIMER.replace("-- \n", ""))),
    ("disclaimer-part", disclaimer),
    ("report-flattened", lambda m: report_as_mixed(m) and status_as_text(m)),
    ("original-dropped", drop_original),
    ("original-truncated", truncate_original),
    ("html-alternative", html_alternative),
    ("html-only", html_only),
    ("forward-attached", forward),
    ("ws-tabs", edit_text(lambda s: re.sub(r"(?m)(?<=\S)  +", "\t", s))),
    ("ws-spaces", edit_text(lambda s: s.expandtabs(8))),
    ("ws-trailing", edit_text(lambda s: re.sub(r"(?m)$", "  ", s))),
    ("ws-blank-doubled", edit_text(lambda s: re.sub(r"\n\n", "\n\n\n", s))),
    ("zh-fullwidth", edit_han(fullwidth)),
    ("zh-angle", edit_han(angle_fullwidth)),
    ("zh-labels", zh_labels(False)),
    ("zh-labels-beside", zh_labels(True)),
    ("zh-table-gb18030", zh_table("gb18030", "base64")),
    ("zh-table-utf8qp", zh_table("utf-8", "quoted-printable")),
    ("zh-br", br_lines),
    ("zh-fold", zh_fold(38)),
    ("zh-reason-split", edit_han(reason_split)),
    ("zh-reason-before", zh_reason(True)),
    ("zh-reason-after", zh_reason(False)),
    ("zh-big5", big5_labels),
]


class Generator(email.generator.BytesGenerator):
    """Writes a delivery-status body edited as text as it is."""

    def _handle_message_delivery_status(self, msg):
        if isinstance(msg.get_payload(), str):
            return self._handle_text(msg)
        return super()._handle_message_delivery_status(msg)


def msg_bytes(msg, linesep="\n"):
    out = io.BytesIO()
    g = Generator(out, mangle_from_=False,
                                       policy=POLICY.clone(linesep=linesep))
    g.flatten(msg)
    return out.getvalue()


def rewrite(name, fn, data):
    """The rewritten bytes, or None when the transformation does not
    apply."""
    eol = "\r\n" if b"\r\n" in data else "\r" if b"\n" not in data \
        else "\n"
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    msg = email.message_from_bytes(data, policy=POLICY)
    r = fn(msg)
    if r is False:
        return None
    if isinstance(r, bytes):
        return r
    if name == "eol-swap":
        eol = "\r\n" if eol == "\n" else "\n"
    return msg_bytes(msg, eol)


def rewrite_all(job):
    """(the file's bytes, [rewritten bytes or None for each name])."""
    path, names = job
    with open(path, "rb") as f:
        data = f.read()
    fns = dict(TRANSFORMS)
    return data, [rewrite(n, fns[n], data) for n in names]


def put(top, sub, key, data):
    d = os.path.join(top, sub)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, key), "wb") as o:
        o.write(data)


def readings(binary, top):
    """{file: {recipient: categories}} as the reader reads the files
    under top."""
    p = subprocess.run([binary, "parse", "--json", top],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       check=False)
    out = {}
    for line in p.stdout.decode("utf-8", "replace").split("\n"):
        if not line:
            continue
        r = json.loads(line)
        rc = (r.get("recipient") or "").lower()
        f = os.path.relpath(r["file"], top)
        out.setdefault(f, {}).setdefault(rc, set()).add(r["category"])
    return out


def compare(old, new):
    """(lost, changed, new) recipient lists between two readings."""
    lost = [r for r in old if r not in new]
    changed = [r for r in old if r in new and new[r] != old[r]]
    added = [r for r in new if r not in old]
    return lost, changed, added


def load_limits(path):
    lim = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#")[0].split()
            if not line:
                continue
            if len(line) != 4:
                sys.exit("%s:%d: want NAME LOST CHANGED NEW" % (path, n))
            lim[line[0]] = tuple(int(x) for x in line[1:])
    return lim


def main(argv):
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("-l")
    ap.add_argument("-s", type=int, default=1)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("-t", help="only these transformations (comma list)")
    ap.add_argument("binary")
    ap.add_argument("top")
    a = ap.parse_args(argv[1:])
    files = [(s, f) for s, f in notices(a.top)
             if zlib.crc32(os.path.relpath(f, a.top).encode()) % a.s == 0]
    only = set(a.t.split(",")) if a.t else None
    todo = [t for t in TRANSFORMS if only is None or t[0] in only]
    limits = load_limits(a.l) if a.l else None
    with tempfile.TemporaryDirectory(prefix="metamorph.") as tmp:
        applied = {}
        names = [t[0] for t in todo]
        work = [(f, names) for _, f in files]
        with multiprocessing.Pool(JOBS) as pool:
            for i, (data, news) in enumerate(pool.imap(rewrite_all, work,
                                                       chunksize=8)):
                key = "%04d.eml" % i
                put(tmp, "orig", key, data)
                for name, new in zip(names, news):
                    if new is not None:
                        put(tmp, name, key, new)
                        applied.setdefault(name, []).append(key)
        with concurrent.futures.ThreadPoolExecutor(JOBS) as ex:
            read = dict(zip(["orig"] + names, ex.map(
                lambda n: readings(a.binary, os.path.join(tmp, n)),
                ["orig"] + names)))
        base = read["orig"]
        nrec = sum(len(v) for v in base.values())
        print("%d notices, %d recipients read from the originals"
              % (len(files), nrec))
        print("%-20s %7s %7s %5s %7s %5s" % ("transformation", "notices",
                                             "rcpts", "lost", "changed",
                                             "new"))
        bad = []
        for name, _ in todo:
            keys = applied.get(name, [])
            got = read[name]
            tot = [0, 0, 0]
            n = 0
            for k in keys:
                old = base.get(k, {})
                n += len(old)
                diff = compare(old, got.get(k, {}))
                for j in range(3):
                    tot[j] += len(diff[j])
                if a.v and any(diff):
                    src = os.path.relpath(files[int(k[:4])][1], a.top)
                    for what, rs in zip(("lost", "changed", "new"), diff):
                        for r in rs:
                            print("  %s %s %s %s %s -> %s" % (
                                name, src, what, r,
                                sorted(old.get(r, [])),
                                sorted(got.get(k, {}).get(r, []))))
            print("%-20s %7d %7d %5d %7d %5d" % (name, len(keys), n, *tot))
            if limits is not None:
                lim = limits.get(name)
                if lim is None:
                    bad.append("%s: no allowance in the limits" % name)
                elif any(t > m for t, m in zip(tot, lim)):
                    bad.append("%s: lost %d changed %d new %d, allowed "
                               "%d %d %d" % (name, *tot, *lim))
        for b in bad:
            print("FAIL: " + b, file=sys.stderr)
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
