#!/usr/bin/env python3
"""Writes the bad inputs of bad_input.sh into DIR, generated (deterministic)
rather than committed: some are megabytes.  GOOD is a real bounce the
damaged variants start from.

usage: gen_bad_inputs.py GOOD DIR"""
import os
import random
import re
import sys

good_path, out = sys.argv[1], sys.argv[2]
good = open(good_path, "rb").read()
os.makedirs(out, exist_ok=True)
rnd = random.Random(20261126)
DEPTH = 10000


def put(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


def headers_body(msg):
    i = msg.find(b"\n\n")
    return msg[:i + 1], msg[i + 1:]


put("empty.eml", b"")
put("garbage.bin", bytes(rnd.getrandbits(8) for _ in range(256 * 1024)))
put("nul-only.eml", b"\0" * 65536)
# Truncated MIME: cut inside the delivery-status part, and right after a
# boundary line, and in the middle of the header block.
ds = good.find(b"message/delivery-status")
put("truncated-ds.eml", good[:ds + 200])
bnd = good.find(b"\n--", ds - 200 if ds > 200 else 0)
put("truncated-boundary.eml", good[:good.find(b"\n", bnd + 3) + 1])
put("truncated-headers.eml", good[:good.find(b"\n", 300) + 1].rstrip(b"\n"))
# NUL bytes sprinkled through a real bounce.
b = bytearray(good)
for i in range(10, len(b), 97):
    b[i] = 0
put("nul-bytes.eml", bytes(b))
# 1 MB header lines: unbroken, folded every 70 bytes, and a Diagnostic-Code
# of 1 MB folded (an unfolding loop that copies per line is quadratic).
h, body = headers_body(good)
put("long-header.eml", b"X-Long: " + b"a" * (1 << 20) + b"\n" + good)
put("long-folded.eml", b"X-Folded: " +
    b"\n ".join([b"word " * 14] * ((1 << 20) // 70)) + b"\n" + good)
put("long-nonl.eml", b"Subject: " + b"x" * (1 << 20))
i = good.find(b"Diagnostic-Code:")
if i < 0:
    sys.exit("gen_bad_inputs: no Diagnostic-Code in " + good_path)
put("long-diagnostic.eml", good[:i] + b"Diagnostic-Code: smtp; 550 " +
    b"\n ".join([b"user unknown " * 5] * ((1 << 20) // 66)) + b"\n" +
    good[i:])
# 10,000-deep multiparts and message/rfc822, alone and inside a report.
deep = [b"From: x@example.org\nSubject: deep\nMIME-Version: 1.0\n"]
for d in range(DEPTH):
    deep.append(b'Content-Type: multipart/mixed; boundary="b%d"\n\n'
                b"--b%d\n" % (d, d))
deep.append(b"Content-Type: text/plain\n\nbottom\n")
for d in reversed(range(DEPTH)):
    deep.append(b"--b%d--\n" % d)
put("deep-multipart.eml", b"".join(deep))
put("deep-rfc822.eml", b"From: x@example.org\nSubject: deep\n" +
    b"MIME-Version: 1.0\nContent-Type: message/rfc822\n\n" +
    b"Content-Type: message/rfc822\n\n" * DEPTH +
    b"Subject: bottom\n\nbody\n")
put("deep-report.eml",
    b"From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\n"
    b"MIME-Version: 1.0\nContent-Type: multipart/report; "
    b'report-type=delivery-status; boundary="r"\n\n--r\n'
    b"Content-Type: text/plain\n\nfailed\n--r\n"
    b"Content-Type: message/rfc822\n\n" +
    b"Content-Type: message/rfc822\n\n" * DEPTH +
    b"Subject: bottom\n\nbody\n--r--\n")
# Boundaries that never close and a part header with no end.
put("unclosed.eml", b'MIME-Version: 1.0\nContent-Type: multipart/mixed; '
    b'boundary="u"\n\n' + b"--u\nContent-Type: text/plain\n\nx\n" * 5000)
# Unknown charsets: in the body, in RFC 2047 words, in the report part.
uc = re.sub(rb'charset="?[\w.:-]+"?', b'charset="x-no-such-charset"', good)
uc = uc.replace(b"Subject: ", b"Subject: =?x-unknown-cs?B?zqPOsc+C?= ", 1)
uc = uc.replace(b"Content-Type: message/delivery-status",
                b"Content-Type: message/delivery-status; charset=x-bogus-8")
put("unknown-charset.eml", uc)
