"""Writes one corpus directory of this tree: maildir/<family>-NN.eml and
truth.jsonl, for the make.py beside each set (chinese, providers).
"""
import json
import os
import re
import sys


def top_dir(script):
    """The directory named on the command line, else the script's own."""
    return sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(
        os.path.abspath(script))


def status(diag):
    """The enhanced status code (RFC 3463) a diagnostic quotes, or ""."""
    m = re.search(r"(?<![0-9.])([245])\.([0-9]{1,3})\.([0-9]{1,3})"
                  r"(?![0-9.])", diag)
    return ".".join(m.groups()) if m else ""


def write_set(top, notices, with_status=False):
    """notices: (family, message bytes, [(addr, category, reason,
    diagnostic, source)]) in order; each file is numbered within its
    family, each truth line names its recipients, and with with_status
    the status its diagnostic quotes."""
    os.makedirs(os.path.join(top, "maildir"), exist_ok=True)
    count = {}
    with open(os.path.join(top, "truth.jsonl"), "w") as truth:
        for family, data, rcpts in notices:
            count[family] = count.get(family, 0) + 1
            name = "maildir/%s-%02d.eml" % (family, count[family])
            with open(os.path.join(top, name), "wb") as f:
                f.write(data)
            recipients = [{"addr": a, "category": c, "reason": r,
                           "status": status(d) if with_status else "",
                           "code": "", "hard": c == "invalid",
                           "diagnostic": d, "src": s}
                          for a, c, r, d, s in rcpts]
            truth.write(json.dumps({"file": name, "kind": "bounce",
                                    "recipients": recipients},
                                   ensure_ascii=False, sort_keys=True) +
                        "\n")
