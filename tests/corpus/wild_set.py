"""Writes the sets of bounce notices found in public pastes (the
tunable tests/corpus/wild and the held-out tests/corpus/heldout-wild):
the frame of a notice shown only as text, the split of sources between
the two halves, and the files.  Each make.py holds only its own half's
notices and refuses one whose source belongs to the other half."""
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_set import write_set  # noqa: E402


def half_of(url):
    """"wild" or "heldout-wild": the half a source's notices go to, by
    the parity of the SHA-1 of its URL."""
    h = int(hashlib.sha1(url.encode("utf-8")).hexdigest(), 16)
    return "wild" if h % 2 == 0 else "heldout-wild"


def text_notice(frm, subject, body, to="sender@example.com",
                date="Mon, 04 Mar 2019 10:00:00 +0000", charset="utf-8"):
    """A notice a source shows only as text (no headers, no MIME): the
    headers here are ours, the body is the source's."""
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=%s\n"
            "Content-Transfer-Encoding: 8bit\n\n%s" % (
                frm, to, subject, date, charset, body))


POSTFIX_INTRO = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix_intro(host):
    """The fixed opening of a Postfix bounce, as the sources show it."""
    return POSTFIX_INTRO % host


def rcpt(addr, category, reason, status, code, diagnostic, src,
         ok=()):
    """One truth recipient; ok lists further categories that count as
    right."""
    t = {"addr": addr, "category": category, "reason": reason,
         "status": status, "code": code, "hard": category == "invalid",
         "diagnostic": diagnostic, "src": src}
    if ok:
        t["category_ok"] = list(ok)
    return t


def write(argv, script, half, notices):
    """notices: (family, source URL, message text, [rcpt(...)], kind) in
    order.  Writes them into argv[1], else the script's directory."""
    top = argv[1] if len(argv) > 1 else os.path.dirname(
        os.path.abspath(script))
    items = []
    for family, url, text, rcpts, kind in notices:
        if half_of(url) != half:
            sys.exit("%s: source \"%s\" belongs to %s" % (
                script, url, half_of(url)))
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        items.append((family, data, rcpts, kind))
    write_set(top, items)
