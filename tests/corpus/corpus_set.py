"""Writes a corpus directory of this tree: maildir/<family>-NN.eml and
truth.jsonl, as the make.py of each set directory builds them."""
import hashlib
import json
import os
import sys


def part(ctype, text, extra=""):
    """One MIME part: its Content-Type, further fields, then text."""
    return "Content-Type: %s\n%s\n%s" % (ctype, extra, text)


def multipart(boundary, parts, report=False):
    """(Content-Type value, body) of a multipart/mixed, or of a
    multipart/report of delivery status, made of parts."""
    kind = ("multipart/report; report-type=delivery-status"
            if report else "multipart/mixed")
    ctype = '%s;\n\tboundary="%s"' % (kind, boundary)
    body = "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += "--%s\n%s\n" % (boundary, p)
    body += "--%s--\n" % boundary
    return ctype, body


def dsn_recipients(recs):
    """The per-recipient fields of an RFC 3464 report; recs: (addr,
    action, status, diagnostic, remote MTA or "")."""
    t = ""
    for a, act, st, d, rem in recs:
        t += "\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (
            a, act, st)
        if rem:
            t += "Remote-MTA: dns; %s\n" % rem
        if d:
            t += "Diagnostic-Code: smtp; %s\n" % d
    return t


def write_set(top, items):
    """items: (family, message bytes, truth recipients[, kind]) in order
    (kind "bounce" when left out); the files of a family are numbered
    from 01.  Rewrites the same bytes for the same items."""
    os.makedirs(os.path.join(top, "maildir"), exist_ok=True)
    count = {}
    with open(os.path.join(top, "truth.jsonl"), "w") as truth:
        for item in items:
            family, data, recipients = item[:3]
            kind = item[3] if len(item) > 3 else "bounce"
            count[family] = count.get(family, 0) + 1
            name = "maildir/%s-%02d.eml" % (family, count[family])
            with open(os.path.join(top, name), "wb") as f:
                f.write(data)
            truth.write(json.dumps({"file": name, "kind": kind,
                                    "recipients": recipients},
                                   ensure_ascii=False, sort_keys=True) +
                        "\n")


def write_notices(argv, script, notices, src, delayed=frozenset()):
    """Writes the set of a make.py into argv[1], else the script's own
    directory.  notices: (family, build(n) -> message text, [(addr,
    category, reason, status, code, diagnostic, key of src[, other
    categories that count as right])]) in order; the numbers (from 1) in
    delayed are delay warnings, of kind "delayed"."""
    top = argv[1] if len(argv) > 1 else os.path.dirname(
        os.path.abspath(script))
    write_set(top, [
        (family, build(n).encode("utf-8"), [truth_recipient(r, src)
                                            for r in rcpts],
         "delayed" if n in delayed else "bounce")
        for n, (family, build, rcpts) in enumerate(notices, 1)])


def truth_recipient(rcpt, src):
    a, c, r, st, code, d, s = rcpt[:7]
    t = {"addr": a, "category": c, "reason": r, "status": st,
         "code": code, "hard": c == "invalid", "diagnostic": d,
         "src": src[s]}
    if len(rcpt) > 7:
        t["category_ok"] = list(rcpt[7])
    return t


def repo_half(seed, repo, halves):
    """The half (halves[0] or halves[1]) a repository's notices go to:
    the parity of the SHA-1 of seed and the repository's name."""
    h = int(hashlib.sha1((seed + repo).encode("utf-8")).hexdigest(), 16)
    return halves[h % 2]


def repo_source(repo, path):
    """The address of a file in a repository, or of an issue or pull
    request thread ("issues/N", "pull/N"), as a README cites it."""
    if path.startswith("issues/") or path.startswith("pull/"):
        return "https://github.com/%s/%s" % (repo, path)
    return "https://github.com/%s/blob/HEAD/%s" % (repo, path)


def write_repo_set(argv, script, half, notices, half_of):
    """notices: (family, repository, path, message text, [truth
    recipients], kind) in order.  Writes them into argv[1], else the
    script's directory; refuses a notice whose repository half_of puts in
    the other half."""
    top = argv[1] if len(argv) > 1 else os.path.dirname(
        os.path.abspath(script))
    items = []
    for family, repo, path, text, rcpts, kind in notices:
        if half_of(repo) != half:
            sys.exit("%s: repository \"%s\" belongs to %s" % (
                script, repo, half_of(repo)))
        items.append((family, text.encode("utf-8"), rcpts, kind))
    write_set(top, items)
