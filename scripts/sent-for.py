#!/usr/bin/env python3
"""Writes the sent mail that sample bounces answer, for a Sent folder.

    scripts/sent-for.py BINARY OUTDIR FILE...

A bounce counts only when it answers mail we sent (docs/store.md,
"Evidence"): the demo and the harvest tests put these messages in the
Sent folder beside the samples, so that the samples count with
accept_unverified = 0 as with 1.  Each FILE is read with `BINARY parse
--json`; for each Message-ID the bounces return (an auto-reply's
In-Reply-To), one message to the recipients they name, with that
Message-ID (their notices are then verified); one to the recipients of
each bounce returning none (plausible).  A complaint or a "has left"
reply that returns nothing of ours stays unverified, as it should.  Each
is dated an hour before the earliest notice answering it arrived (its
topmost Received:, else its Date).  Writes OUTDIR/sent-N.eml and prints
how many.
"""
import datetime
import email
import email.policy
import email.utils
import json
import os
import subprocess
import sys
import time


def headers(path):
    with open(path, "rb") as f:
        return email.message_from_binary_file(f,
                                              policy=email.policy.compat32)


def in_reply_to(path):
    """The Message-ID an auto-reply answers (as the store takes it)."""
    value = str(headers(path).get("In-Reply-To") or "")
    start, end = value.find("<"), value.find(">")
    return value[start + 1:end] if 0 <= start < end - 1 else None


def arrival(path):
    """When the notice arrived, as the harvest will see it; None if unknown."""
    msg = headers(path)
    times = []
    received = msg.get_all("Received") or []
    for value in (received[:1] if received else []) + [msg.get("Date")]:
        if value is None:
            continue
        try:
            when = email.utils.parsedate_to_datetime(
                str(value).rsplit(";", 1)[-1].strip())
        except (TypeError, ValueError, IndexError):
            continue
        if when is None:
            continue
        if when.tzinfo is None:     # "-0000": UTC, the zone unknown
            when = when.replace(tzinfo=datetime.timezone.utc)
        times.append(int(when.timestamp()))
    return min(times) if times else None


def answered(binary, files):
    """{Message-ID or (None, file): [recipients, earliest arrival]}."""
    groups = {}
    came = {}
    now = int(time.time())
    out = subprocess.run([binary, "parse", "--json"] + files,
                         capture_output=True, check=False).stdout
    for line in out.decode("utf-8", "replace").splitlines():
        rec = json.loads(line)
        rcpt = rec.get("recipient")
        if not rcpt or "@" not in rcpt:
            continue
        path = rec["file"]
        if path not in came:
            came[path] = arrival(path) or now
        mid = rec.get("original_message_id")
        if mid is None and rec.get("kind") == "autoreply":
            mid = in_reply_to(path)
        # None: a message of its own, within the window of this notice.
        key = mid or (None, path)
        g = groups.setdefault(key, [[], came[path]])
        if rcpt not in g[0]:
            g[0].append(rcpt)
        g[1] = min(g[1], came[path])
    return groups


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: sent-for.py BINARY OUTDIR FILE...")
    binary, outdir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(outdir, exist_ok=True)
    n = 0
    for mid, (rcpts, came) in answered(binary, files).items():
        n += 1
        with open(os.path.join(outdir, "sent-%d.eml" % n), "w",
                  encoding="utf-8") as f:
            f.write("From: Sales <sales@example.com>\n")
            f.write("To: %s\n" % ", ".join("<%s>" % r for r in rcpts))
            f.write("Date: %s\n" % email.utils.formatdate(came - 3600))
            if isinstance(mid, tuple):
                mid = "sent-%d@example.com" % n
            f.write("Message-ID: <%s>\n" % mid)
            f.write("Subject: Our offer\n\nGood morning.\n")
    print(n)


if __name__ == "__main__":
    main()
