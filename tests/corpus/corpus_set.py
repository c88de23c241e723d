"""Writes a corpus directory of this tree: maildir/<family>-NN.eml and
truth.jsonl, as the make.py of each set directory builds them."""
import json
import os


def write_set(top, items):
    """items: (family, message bytes, truth recipients) in order; the
    files of a family are numbered from 01.  Rewrites the same bytes
    for the same items."""
    os.makedirs(os.path.join(top, "maildir"), exist_ok=True)
    count = {}
    with open(os.path.join(top, "truth.jsonl"), "w") as truth:
        for family, data, recipients in items:
            count[family] = count.get(family, 0) + 1
            name = "maildir/%s-%02d.eml" % (family, count[family])
            with open(os.path.join(top, name), "wb") as f:
                f.write(data)
            truth.write(json.dumps({"file": name, "kind": "bounce",
                                    "recipients": recipients},
                                   ensure_ascii=False, sort_keys=True) +
                        "\n")
