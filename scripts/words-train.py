#!/usr/bin/env python3
"""Trains the reader's word evidence (config/bounce-words.tsv) and
cross-validates it.

The word evidence is a naive Bayes model over the words and word pairs
of a diagnostic text, its status and its reply code: for each category, the log-probability of each
word given the category, learnt from the tuned tables of diagnostic
lines (tests/corpus/diagnostics/lines.tsv, traps.tsv, lhost.tsv) and
the diagnostics of the tuned message corpora (messages.tsv), or the
tables given.  The reader consults it where its rules found nothing
(see docs/parse.md), and where they read invalid from a text's words
alone, to veto that; it may answer blocked, content, full or
retry-later, never invalid.

The threshold (how far the best category must be ahead of the next,
per square root of the number of words the model knows) is chosen by
cross-validation by source: the rows of one source are never both in
the training and the test part, so that the model is judged on
wordings it has not seen.  So is the veto's lead: the least at which
the vetoes of the cross-validation turn away at most VETO_LOSS true
invalids.

usage:
  words-train.py train [-o FILE] [-d DIAG_SCORE] [TABLE...]
      learn from the tables, choose the thresholds and the veto's lead
      (DIAG_SCORE gives the rules' answers; default the build's),
      write the model
  words-train.py cv [-l LIMITS] [-d DIAG_SCORE] [TABLE...]
      cross-validate and print the figures; with DIAG_SCORE (the
      build's tests/corpus/diag_score) also score the rows the rules
      leave unknown, and check that the reader, with the model of
      config/bounce-words.tsv, answers every row as this script does;
      with LIMITS (lines "floor precision P", "floor answered N",
      "floor unknown_right N", "ceiling turned N", "ceiling differ N",
      "ceiling veto_lost N": true invalids the model's veto turns away
      in the cross-validation) exit 1 past them
  words-train.py harvest [-b BINARY] [-o FILE]
      write tests/corpus/diagnostics/messages.tsv, the diagnostics of
      the tuned message corpora with their truth (run it when those
      corpora change, then train)
The tokenizer here and dsn_words.c's must agree: the check above
compares them.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import zlib

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIAG = os.path.join(TOP, "tests", "corpus", "diagnostics")
TABLES = [os.path.join(DIAG, t) for t in ("lines.tsv", "traps.tsv",
                                            "lhost.tsv", "messages.tsv")]
CORPUS = os.path.join(TOP, "tests", "corpus")
# The tuned message corpora whose recipients' diagnostics and truth
# make messages.tsv: (directory, truth file, paths parsed), relative to
# the corpus directory.  Never a held-out set.
MESSAGE_SETS = [("dev/sisimai", "../sisimai-truth.jsonl", ["maildir"])] + \
    [(d, "truth.jsonl", ["maildir"]) for d in (
        "wild", "wild2", "chinese", "localized", "servers", "providers",
        "smbservers", "legacy", "families")] + \
    [("mta", "truth.jsonl", ["courier", "dma", "exim", "nullmailer",
                             "opensmtpd", "postfix", "sendmail"])]
CLASSES = ["invalid", "full", "retry-later", "blocked", "content",
           "unknown"]
# What the reader may conclude from words; never invalid, never unknown.
SPEAK = {"full", "retry-later", "blocked", "content"}
# Words that say nothing of the cause, and the example names the
# tables' sources fill their gaps with.
STOP = set("""
a an the of to in on at by for from with as is are was were be been being
this that these those it its and or if then than so such there here
i we you he she they our your their my me us his her them
has have had do does did will would can could may might shall should
please com org net www http https html htm mx jp de cn uk fr br ru
example kijitora neko localhost invalid
""".split())
# Sending host and date words of the tables' placeholders.
FOLDS = 5
ALPHA = 0.5
MIN_COUNT = 2


def is_cjk(ch):
    o = ord(ch)
    return (0x3040 <= o <= 0x30ff or 0x3400 <= o <= 0x4dbf or
            0x4e00 <= o <= 0x9fff or 0xf900 <= o <= 0xfaff)


# A status (class.subject.detail) and a reply code as the reader has
# them; anything else gives no feature.
STATUS = re.compile(r"[0-9]\.[0-9]{1,3}\.[0-9]{1,3}")
CODE = re.compile(r"[0-9]{3}")


def tokens(text, status="", code=""):
    """The set of lower-cased words and word pairs of a text, and of its
    status and reply code.  A word is a run of letters and digits; one
    with a digit (a number, a code, an IP address), one letter alone and
    stop words are left out, and a chunk with an '@' (an address) is a
    gap no pair spans.  Chinese and Japanese characters give pairs of
    neighbours instead of words.  The status gives "st:5.7.1" and its
    class and subject "st:5.7", the reply code "rc:550": words have no
    colon."""
    out = set()
    if STATUS.fullmatch(status):
        out.add("st:" + status)
        out.add("st:" + status[:status.rindex(".")])
    if CODE.fullmatch(code):
        out.add("rc:" + code)
    prev = ""	# the last word, for pairs
    cjk = ""	# the last CJK character, for pairs
    for chunk in text.lower().split():
        if "@" in chunk:
            prev = cjk = ""
            continue
        run = []
        for ch in chunk + " ":
            if is_cjk(ch):
                if cjk:
                    out.add(cjk + ch)
                cjk = ch
            else:
                cjk = ""
            if ch.isalnum() and not is_cjk(ch):
                run.append(ch)
                continue
            if run:
                w = "".join(run)
                run = []
                if len(w) < 2 or w in STOP or \
                        any("0" <= c <= "9" for c in w):
                    continue
                out.add(w)
                if prev:
                    out.add(prev + " " + w)
                prev = w
        cjk = ""
    return out


def read_tables(paths):
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                col = line.split("\t")
                if len(col) != 5:
                    sys.exit(f"words-train: {p}:{n}: want 5 columns")
                # A category the model has no class for (complaint) is
                # not learnt; a row left with none is not read.
                truth = [c for c in col[3].split("|") if c in CLASSES]
                if not truth:
                    continue
                rows.append({"table": os.path.basename(p), "line": n,
                             "status": col[0], "code": col[1],
                             "text": col[2], "truth": truth,
                             "source": col[4],
                             "tok": tokens(col[2], col[0], col[1])})
    return rows


def eligible(row):
    """A permanent or status-less failure: the fallback's gate."""
    st, code = row["status"], row["code"]
    if st:
        return st[0] == "5"
    if code:
        return code[0] == "5"
    return True


def fold_of(source):
    return zlib.crc32(source.encode("utf-8")) % FOLDS


def train(rows):
    count = {c: {} for c in CLASSES}
    total = {c: 0.0 for c in CLASSES}
    docs = {}
    for r in rows:
        wt = 1.0 / len(r["truth"])
        for c in r["truth"]:
            for t in r["tok"]:
                count[c][t] = count[c].get(t, 0.0) + wt
                total[c] += wt
        for t in r["tok"]:
            docs[t] = docs.get(t, 0) + 1
    vocab = sorted(t for t, n in docs.items() if n >= MIN_COUNT)
    model = {}
    v = len(vocab)
    for t in vocab:
        model[t] = [math.log((count[c].get(t, 0.0) + ALPHA) /
                             (total[c] + ALPHA * v)) for c in CLASSES]
    return model


def score(model, tok):
    """Sum of the words' log-probabilities per class (a uniform prior),
    the best class, its lead over the next per square root of the words
    the model knows (a long text's words are not each new evidence) and
    the words that count."""
    s = [0.0] * len(CLASSES)
    known = [t for t in tok if t in model]
    for t in known:
        for i, lp in enumerate(model[t]):
            s[i] += lp
    if not known:
        return None, 0.0, known
    order = sorted(range(len(CLASSES)), key=lambda i: -s[i])
    return CLASSES[order[0]], (s[order[0]] - s[order[1]]) / \
        math.sqrt(len(known)), known


def answer(model, tok, threshold):
    """The category the words name clearly, or None.  threshold: the
    lead each category needs, None for those never named."""
    best, lead, _ = score(model, tok)
    if best not in SPEAK or threshold[best] is None or \
            lead < threshold[best]:
        return None
    return best


def cv_leads(rows):
    """For each eligible row: (truth, best class, lead), each scored by
    a model learnt from the folds its source is not in."""
    out = []
    for k in range(FOLDS):
        model = train([r for r in rows if fold_of(r["source"]) != k])
        for r in rows:
            if fold_of(r["source"]) == k and eligible(r):
                best, lead, _ = score(model, r["tok"])
                out.append((r, best, lead))
    return out


def speaks(best, lead, threshold):
    return best in SPEAK and threshold[best] is not None and \
        lead >= threshold[best]


def tally(scored, threshold):
    ans = right = 0
    for r, best, lead in scored:
        if speaks(best, lead, threshold):
            ans += 1
            right += best in r["truth"]
    return ans, right


# The least lead (per square root of the words known) a category needs,
# whatever the cross-validation says: the least at which the answers of
# the cross-validation are right as often as they were with a lead of
# 1.5 not divided by the words, and more of them.
LEAST = 0.6
GRID = [round(LEAST + x / 20, 2) for x in range(0, 201)]
# Each category's threshold: the least lead at which the answers of the
# cross-validation naming it are right at least this often.
WANT_PRECISION = 0.90


def choose(scored):
    th = {c: None for c in CLASSES}
    for c in SPEAK:
        for t in GRID:
            mine = [r for r, best, lead in scored
                    if best == c and lead >= t]
            if mine and sum(c in r["truth"] for r in mine) / len(mine) \
                    >= WANT_PRECISION:
                th[c] = t
                break
    return th


def uniform(t):
    return {c: (t if c in SPEAK else None) for c in CLASSES}


def write_model(path, model, threshold, veto, nrows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# The reader's word evidence: written by "
                "scripts/words-train.py from the\n"
                "# tuned tables of diagnostic lines and of the tuned "
                f"messages' diagnostics\n# ({nrows} rows); "
                "do not edit, retrain.\n"
                "# Each line: a word or word pair, then its "
                "log-probability under each\n"
                "# category of the classes line (naive Bayes, "
                f"smoothing {ALPHA}).  threshold: how\n"
                "# far each category must lead the next to be named "
                "(natural log, divided\n# by the square root of the "
                "number of words the model knows; - never),\n"
                f"# chosen by {FOLDS}-fold cross-validation by source "
                f"for precision {WANT_PRECISION:.2f}.\n"
                "# veto: how far a category must lead invalid to veto "
                "an invalid the rules\n"
                "# read from words alone (- none): the least lead at "
                "which the cross-\n"
                f"# validation turns away at most {VETO_LOSS} true "
                "invalids.\n")
        f.write(":classes\t" + "\t".join(CLASSES) + "\n")
        f.write(":threshold\t" + "\t".join(
            "-" if threshold[c] is None else f"{threshold[c]:.2f}"
            for c in CLASSES) + "\n")
        f.write(":veto\t" + ("-" if veto is None else f"{veto:.2f}") +
                "\n")
        for t in sorted(model):
            f.write(t + "\t" + "\t".join(f"{x:.3f}" for x in model[t]) +
                    "\n")


def reader_answers(diag_score, tables, rules_only):
    """diag_score -a on each table: (table, line) -> (answer, may the
    words read it, may they veto its invalid)."""
    ans = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "answers.tsv")
        for t in tables:
            cmd = [diag_score, "-a", out, t]
            if rules_only:
                cmd.insert(1, "-n")
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            with open(out, encoding="utf-8") as f:
                for line in f:
                    col = line.rstrip("\n").split("\t")
                    ans[(col[0], int(col[1]))] = (col[2], col[4] == "1",
                                                  col[5] == "1")
    return ans


def read_model(path):
    """The model, its thresholds and its veto lead (None: no veto)."""
    model, threshold, veto = {}, None, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            col = line.rstrip("\n").split("\t")
            if line.startswith("#") or col[0] == ":classes":
                continue
            if col[0] == ":veto":
                veto = None if col[1] == "-" else float(col[1])
                continue
            if col[0] == ":threshold":
                threshold = {c: None if v == "-" else float(v)
                             for c, v in zip(CLASSES, col[1:])}
            else:
                model[col[0]] = [float(x) for x in col[1:]]
    return model, threshold, veto


def unknown_rows(scored, rules, t):
    """The rows the rules leave unknown (and let the words read)."""
    n = a = ok = turned = 0
    for r, best, lead in scored:
        if not rules[(r["table"], r["line"])][1]:
            continue
        n += 1
        if speaks(best, lead, t):
            a += 1
            ok += best in r["truth"]
            turned += "unknown" in r["truth"]
    print(f"rules unknown: {n} rows; the words answer {a}, right {ok}, "
          f"turned from right to wrong (truth unknown) {turned}")
    return ok, turned


def differ(rows, rules, words, path):
    """Rows where the reader with the words answers otherwise than the
    rules' answer followed by this script's reading of the model."""
    model, threshold, veto = read_model(path)
    n = 0
    for r in rows:
        key = (r["table"], r["line"])
        want = rules[key][0]
        if rules[key][1]:
            want = answer(model, r["tok"], threshold) or want
        elif want == "invalid" and rules[key][2] and veto is not None:
            cat, lead = veto_lead(model, r["tok"])
            want = cat if lead >= veto else want
        if words[key][0] != want:
            n += 1
            print(f"differ: {key[0]}:{key[1]}: reader {words[key][0]}, "
                  f"script {want}")
    print(f"reader and script differ on {n} rows")
    return n


def veto_lead(model, tok):
    """The category the words may name that scores best, and its lead
    over invalid."""
    s = [0.0] * len(CLASSES)
    for t in tok:
        for i, lp in enumerate(model.get(t, ())):
            s[i] += lp
    best = max((i for i, c in enumerate(CLASSES) if c in SPEAK),
               key=lambda i: s[i])
    return CLASSES[best], s[best] - s[CLASSES.index("invalid")]


def cv_veto(rows, rules, extra=()):
    """For each row whose invalid the rules conclude from its words alone:
    (row, category, lead over invalid), by a model learnt from the folds
    its source is not in.  The extra rows (the concept matrix) are
    scored, never learnt from."""
    out = []
    for k in range(FOLDS):
        mine = [r for r in list(rows) + list(extra)
                if fold_of(r["source"]) == k and
                rules[(r["table"], r["line"])][0] == "invalid" and
                rules[(r["table"], r["line"])][2]]
        if not mine:
            continue
        model = train([r for r in rows if fold_of(r["source"]) != k])
        out += [(r,) + veto_lead(model, r["tok"]) for r in mine]
    return out


def concept_rows(diag_score, rules):
    """The concept matrix (tests/corpus/diagnostics/concepts.py), each
    family a source, with the rules' answers added to rules."""
    sys.path.insert(0, DIAG)
    import concepts
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "concepts.tsv")
        concepts.write_table(path)
        rules.update(reader_answers(diag_score, [path], True))
        return read_tables([path])


def veto_tally(vetoed, v):
    """At lead v: true invalids turned away, others rescued, and rescued
    to their right category."""
    lost = saved = right = 0
    for r, cat, lead in vetoed:
        if lead < v:
            continue
        if "invalid" in r["truth"]:
            lost += 1
        else:
            saved += 1
            right += cat in r["truth"]
    return lost, saved, right


# The veto's lead: the least on the grid at which the cross-validation
# turns away at most VETO_LOSS true invalids of the tuned rows.
VETO_GRID = [x / 2 for x in range(8, 81)]
VETO_LOSS = 2


def choose_veto(vetoed):
    for v in VETO_GRID:
        if veto_tally(vetoed, v)[0] <= VETO_LOSS:
            return v
    return None


def cmd_cv(args):
    rows = read_tables(args.tables or TABLES)
    scored = cv_leads(rows)
    t = choose(scored)
    print(f"rows {len(rows)}, eligible (5xx or no status) "
          f"{len(scored)}, folds {FOLDS} by source")
    for th in (0, 0.4, 0.6, 0.8, 1, 1.25, 1.5, 2, 3):
        ans, right = tally(scored, uniform(th))
        print(f"  every lead >= {th:5.2f}: answers {ans:5d} right "
              f"{right:5d} precision {right / ans if ans else 0:.3f}")
    for c in sorted(SPEAK):
        mine = [r for r, best, lead in scored if speaks(best, lead, t)
                and best == c]
        ok = sum(c in r["truth"] for r in mine)
        print(f"  {c} (lead >= {t[c]}): answers {len(mine)} right {ok}")
    print("  chosen: answers %d right %d precision %.3f" % (
        tally(scored, t) + (tally(scored, t)[1] /
                            max(1, tally(scored, t)[0]),)))
    ans, right = tally(scored, t)
    res = {"precision": right / ans if ans else 0.0, "answered": ans}
    if args.diag_score:
        tables = args.tables or TABLES
        rules = reader_answers(args.diag_score, tables, True)
        res["unknown_right"], res["turned"] = unknown_rows(scored, rules,
                                                           t)
        crules = dict(rules)
        vetoed = cv_veto(rows, crules, concept_rows(args.diag_score,
                                                    crules))
        v = choose_veto(vetoed)
        print(f"veto: the rules read {len(vetoed)} rows invalid from "
              "words alone (the concept matrix's among them); by lead "
              "over invalid:")
        for x in (2, 4, 6, 8, 10, 12, 15, 20):
            lost, saved, right = veto_tally(vetoed, x)
            print(f"  lead >= {x:5.2f}: true invalids turned away {lost}, "
                  f"others rescued {saved} ({right} to their category)")
        mv = read_model(args.model)[2]
        res["veto_lost"], res["veto_saved"], _ = \
            veto_tally(vetoed, mv) if mv is not None else (0, 0, 0)
        print(f"  the model's lead {mv} (this cross-validation chooses "
              f"{v}): turned away {res['veto_lost']}, rescued "
              f"{res['veto_saved']}")
        res["differ"] = differ(rows, rules, reader_answers(
            args.diag_score, tables, False), args.model)
    fail = 0
    if args.limits:
        with open(args.limits, encoding="utf-8") as f:
            for line in f:
                w = line.split()
                if len(w) == 3 and w[0] in ("floor", "ceiling"):
                    if w[1] not in res:
                        sys.exit(f"words-train: {w[1]} not measured")
                    v = res[w[1]]
                    bad = v < float(w[2]) if w[0] == "floor" else \
                        v > float(w[2])
                    if bad:
                        print(f"FAIL: {w[1]} {v} past the {w[0]} {w[2]}")
                        fail = 1
    return fail


def family(path):
    """A message file's family: its name without numbers ("lhost-
    amazonses-03.eml", "01-gmail-unknown.eml" under each MTA): the
    files of one family share their wording, so they are one source."""
    stem = os.path.splitext(os.path.basename(path))[0]
    return re.sub(r"(^|-)[0-9]+(?=-|$)", "", stem).strip("-") or stem


def truth_category(e):
    sys.path.insert(0, os.path.join(CORPUS, "dev"))
    import score
    return e.get("category") or score.category_of(
        e["reason"], e.get("status", ""), e.get("code", ""))


def message_rows(binary):
    """(status, code, text, truth, source) of each recipient of the
    tuned message corpora that has a diagnostic and a failure's truth,
    each text once, in a stable order.

    The text is the diagnostic parse --json shows, tidied for people
    (its address, the reporter's advice and frames dropped; see "The
    diagnostic shown" in docs/parse.md), while the reader weighs the
    words of the text before tidying: the rows of messages.tsv were
    harvested before the tidying came, and harvesting again changes
    them (fewer rows, shorter texts); retrain and cross-validate after
    it."""
    out, seen = [], set()
    for d, truth, paths in MESSAGE_SETS:
        root = os.path.join(CORPUS, d)
        want = {}
        with open(os.path.join(root, truth), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    t = json.loads(line)
                    for e in t.get("recipients", []):
                        for a in [e["addr"]] + e.get("alt", []):
                            want[(t["file"], a.strip("<> ").lower())] = e
        got = subprocess.run([binary, "parse", "--json"] + paths,
                             cwd=root, check=True, capture_output=True,
                             text=True).stdout
        for line in got.splitlines():
            r = json.loads(line)
            e = want.get((r["file"], (r["recipient"] or "").lower()))
            text = " ".join((r.get("diagnostic") or "").split())
            if e is None or not text:
                continue
            cat = truth_category(e)
            if cat not in CLASSES:
                continue
            # The other categories the truth accepts (category_ok) are
            # part of it: a sender's temporary deferral is both.
            cat = "|".join([cat] + [c for c in e.get("category_ok", [])
                                    if c != cat and c in CLASSES])
            key = text.lower()
            if key in seen:
                continue
            seen.add(key)
            out.append((r.get("status") or "", r.get("code") or "", text,
                        cat, "message " + family(r["file"])))
    return sorted(out, key=lambda x: (x[4], x[2]))


def cmd_harvest(args):
    """Writes messages.tsv from the tuned message corpora, leaving out
    texts the tuned tables or a held-out table hold."""
    known = {" ".join(r["text"].split()).lower()
             for r in read_tables([t for t in TABLES
                                   if not t.endswith("messages.tsv")])}
    rows = [x for x in message_rows(args.binary)
            if x[2].lower() not in known]
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("# The diagnostics of the tuned message corpora "
                "(tests/corpus/dev, mta, wild...)\n"
                "# with their truth's category, one row per text: "
                "written by\n"
                "# scripts/words-train.py harvest; do not edit, "
                "harvest again.\n")
        for x in rows:
            f.write("\t".join(x) + "\n")
    print(f"words-train: {len(rows)} message rows, wrote {args.output}")
    # A text a held-out table holds is no training text (counts only).
    return subprocess.run([sys.executable, os.path.join(DIAG, "overlap.py"),
                           DIAG, "--drop"]).returncode


def cmd_train(args):
    tables = args.tables or TABLES
    rows = read_tables(tables)
    t = choose(cv_leads(rows))
    if not os.access(args.diag_score, os.X_OK):
        sys.exit(f"words-train: cannot run '{args.diag_score}': build "
                 "first (scripts/build.sh)")
    rules = reader_answers(args.diag_score, tables, True)
    veto = choose_veto(cv_veto(rows, rules,
                               concept_rows(args.diag_score, rules)))
    model = train(rows)
    write_model(args.output, model, t, veto, len(rows))
    print(f"words-train: {len(model)} words, thresholds " +
          ", ".join(f"{c} {t[c]}" for c in CLASSES if t[c] is not None) +
          f", veto {veto}, wrote {args.output}")
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    diag = os.path.join(os.environ.get("BUILD_DIR", os.path.join(
        TOP, "build")), "tests", "corpus", "diag_score")
    t = sub.add_parser("train")
    t.add_argument("-d", "--diag-score", default=diag)
    t.add_argument("-o", "--output",
                   default=os.path.join(TOP, "config", "bounce-words.tsv"))
    t.add_argument("tables", nargs="*")
    h = sub.add_parser("harvest")
    h.add_argument("-b", "--binary", default=os.path.join(
        os.environ.get("BUILD_DIR", os.path.join(TOP, "build")),
        "bounce-harvester"))
    h.add_argument("-o", "--output",
                   default=os.path.join(DIAG, "messages.tsv"))
    c = sub.add_parser("cv")
    c.add_argument("-l", "--limits")
    c.add_argument("-d", "--diag-score")
    c.add_argument("-m", "--model",
                   default=os.path.join(TOP, "config", "bounce-words.tsv"))
    c.add_argument("tables", nargs="*")
    args = p.parse_args()
    return {"train": cmd_train, "cv": cmd_cv,
            "harvest": cmd_harvest}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
