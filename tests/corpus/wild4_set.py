"""Writes the fourth pair of sets of real whole notices found in
projects' test data (the tunable tests/corpus/wild4 and the held-out
tests/corpus/heldout-wild4): the split of source repositories between
the two halves, and the files.  Each make.py holds only its own half's
notices and refuses one whose repository belongs to the other half."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_set import repo_half, repo_source, write_repo_set  # noqa: E402
from wild_set import rcpt  # noqa: E402,F401

# The split is random but fixed: the parity of the SHA-1 of SEED and the
# repository's name.  SEED is the first of "wild4-1", "wild4-2", ...
# that put between 40 % and 60 % of the files in each half when the
# sets were made; it was chosen before the reader was run on any file.
SEED = "wild4-2"

source = repo_source


def half_of(repo):
    """"wild4" or "heldout-wild4": the half a repository's notices go
    to."""
    return repo_half(SEED, repo, ("wild4", "heldout-wild4"))


def write(argv, script, half, notices):
    """notices: (family, repository, path, message text, [rcpt(...)],
    kind) in order.  Writes them into argv[1], else the script's
    directory."""
    write_repo_set(argv, script, half, notices, half_of)
