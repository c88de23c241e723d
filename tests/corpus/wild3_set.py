"""Writes the third pair of sets of real whole notices found in
projects' test data (the tunable tests/corpus/wild3 and the held-out
tests/corpus/heldout-wild3): the split of source repositories between
the two halves, and the files.  Each make.py holds only its own half's
notices and refuses one whose repository belongs to the other half."""
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_set import write_set  # noqa: E402
from wild_set import rcpt  # noqa: E402,F401

# The split is random but fixed: the parity of the SHA-1 of SEED and the
# repository's name.  SEED is the first of "wild3-1", "wild3-2", ...
# that put between 40 % and 60 % of the files in each half when the
# sets were made; it was chosen before the reader was run on any file.
SEED = "wild3-1"


def half_of(repo):
    """"wild3" or "heldout-wild3": the half a repository's notices go
    to."""
    h = int(hashlib.sha1((SEED + repo).encode("utf-8")).hexdigest(), 16)
    return "wild3" if h % 2 == 0 else "heldout-wild3"


def source(repo, path):
    """The address of a file in a repository, or of an issue or pull
    request thread ("issues/N", "pull/N"), as README.md cites it."""
    if path.startswith("issues/") or path.startswith("pull/"):
        return "https://github.com/%s/%s" % (repo, path)
    return "https://github.com/%s/blob/HEAD/%s" % (repo, path)


def write(argv, script, half, notices):
    """notices: (family, repository, path, message text, [rcpt(...)],
    kind) in order.  Writes them into argv[1], else the script's
    directory."""
    top = argv[1] if len(argv) > 1 else os.path.dirname(
        os.path.abspath(script))
    items = []
    for family, repo, path, text, rcpts, kind in notices:
        if half_of(repo) != half:
            sys.exit("%s: repository \"%s\" belongs to %s" % (
                script, repo, half_of(repo)))
        items.append((family, text.encode("utf-8"), rcpts, kind))
    write_set(top, items)
