#!/usr/bin/env python3
"""make_mbox: writes an mbox of at least MIN messages by repeating the
corpus messages under MAILDIR (bsd/, dos/, not/, tmp/; mac/ is left out:
bare-CR lines cannot live in an LF mbox).  Body lines starting with
"From " are quoted ">From " (mboxrd), so every reader splits the same
way; a file that starts with its own "From " line keeps it.  Prints the
number of messages written.  A benchmark helper, not a test.

usage: make_mbox.py MAILDIR OUT MIN"""
import os
import re
import sys

maildir, out, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
SEP = b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n"
QUOTE = re.compile(rb"(?m)^(>*From )")

msgs = []
for sub in ("bsd", "dos", "not", "tmp"):
    d = os.path.join(maildir, sub)
    for name in sorted(os.listdir(d)):
        if name.startswith("."):
            continue
        data = open(os.path.join(d, name), "rb").read()
        sep = SEP
        if data.startswith(b"From "):
            i = data.find(b"\n") + 1
            sep, data = data[:i], data[i:]
        data = QUOTE.sub(rb">\1", data)
        if not data.endswith(b"\n"):
            data += b"\n"
        msgs.append(sep + data + b"\n")
if not msgs:
    sys.exit("make_mbox: no messages under " + maildir)
n = 0
with open(out, "wb") as f:
    while n < want:
        for m in msgs:
            f.write(m)
        n += len(msgs)
print(n)
