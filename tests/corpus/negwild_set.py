#!/usr/bin/env python3
"""The pair of sets of real mail that must fail nobody, found in
projects' test data (the tunable tests/corpus/negwild and the held-out
tests/corpus/heldout-negwild): the split of source repositories between
the two halves, and the list of files with their sources.

    negwild_set.py STAGING_DIR

copies each file of STAGING_DIR (the files as read from their
repositories, under the names below) into maildir/ of its half and
writes that half's truth.jsonl.  The files are committed; the set is not
rebuilt by the tests."""
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_set import repo_half  # noqa: E402

# The split is random but fixed: the parity of the SHA-1 of SEED and the
# repository's name.  SEED is the first of "negwild-1", "negwild-2", ...
# that put between 40 % and 60 % of the files in each half; it was chosen
# before the reader was run on any file.
SEED = "negwild-2"

HALVES = ("negwild", "heldout-negwild")


def half_of(repo):
    """"negwild" or "heldout-negwild": the half a repository's files go
    to."""
    return repo_half(SEED, repo, HALVES)


GPL2P = "GPL-2.0-or-later"
NONE = "none stated (public repository)"

# (file name, repository, path, commit, licence, kind[, extra]): kind
# "autoreply" (an automatic answer of a person's mailbox), "delayed" (a
# delay warning: its recipient may be held as retry-later, nothing worse)
# or "notbounce" (anything else that is no notice of a failed delivery).
# Every file as the search index of public repositories stores it,
# unchanged unless extra's "changes" says otherwise; extra's "recipients"
# lists a delay warning's recipients.
FILES = [
    ("gitlab-auto-reply.eml", "gitlabhq/gitlabhq",
     "spec/fixtures/emails/auto_reply.eml",
     "905c1110b08f93a19661cf42a276c7ea90d0a0ff", "MIT", "autoreply"),
    ("gitlab-service-desk-verification.eml", "gitlabhq/gitlabhq",
     "spec/fixtures/emails/service_desk_custom_email_address_verification.eml",
     "ca386bfc0cf083e0ccb477995378061fc2a15b66", "MIT", "notbounce"),
    ("discourse-auto-generated-header.eml", "discourse/discourse",
     "spec/fixtures/emails/auto_generated_header.eml",
     "30836573587079c5e663d7b3122957fc8c70dafe", GPL2P, "notbounce"),
    ("discourse-auto-generated-subject.eml", "discourse/discourse",
     "spec/fixtures/emails/auto_generated_subject.eml",
     "6c0824165f2387f6f5e4bbf8aa8f5f992713a376", GPL2P, "notbounce"),
    ("discourse-auto-generated-precedence.eml", "discourse/discourse",
     "spec/fixtures/emails/auto_generated_precedence.eml",
     "01d0aeb5a92db340aaba044b2ab1dd2fc27a5964", GPL2P, "notbounce"),
    ("discourse-mailman-1.eml", "discourse/discourse",
     "spec/fixtures/emails/mailman_1.eml",
     "09eae9857f6084ddcc7a9dd9fcd7db057bd496fe", GPL2P, "notbounce"),
    ("discourse-mailinglist-unsubscribe.eml", "discourse/discourse",
     "spec/fixtures/emails/mailinglist_unsubscribe.eml",
     "c9e54aa2facd9edd21aefb1437c11cf629abb401", GPL2P, "notbounce"),
    ("talon-outlook.eml", "mailgun/talon",
     "tests/fixtures/standard_replies/outlook.eml",
     "2fbe70e9c5e1142675406256b6bec55481700789", "Apache-2.0", "notbounce"),
    ("talon-yahoo.eml", "mailgun/talon",
     "tests/fixtures/standard_replies/yahoo.eml",
     "2fbe70e9c5e1142675406256b6bec55481700789", "Apache-2.0", "notbounce"),
    ("talon-iphone.eml", "mailgun/talon",
     "tests/fixtures/standard_replies/iphone.eml",
     "08c9d7db03f735a5cce3fbe94a0e1be2db7c731a", "Apache-2.0", "notbounce"),
    ("redmine-ticket-reply.eml", "redmine/redmine",
     "test/fixtures/mail_handler/ticket_reply.eml",
     "40cb7435a0cee2ef1ae065e016b5d24b3b2593a1", "GPL-2.0", "notbounce"),
    ("redmine-subject-japanese-1.eml", "redmine/redmine",
     "test/fixtures/mail_handler/subject_japanese_1.eml",
     "e5a4e810888af2718d3de7020d74ae5ed195b25e", "GPL-2.0", "notbounce"),
    ("mimekit-japanese.eml", "jstedfast/MimeKit",
     "UnitTests/TestData/messages/japanese.txt",
     "c7e9a271410c82ac95d812c8260f78e110ef1f9b", "MIT", "notbounce"),
    ("enmime-qp-utf8-header.eml", "jhillyerd/enmime",
     "testdata/mail/qp-utf8-header.raw",
     "3d424813fa8fd2186bdcd8737d29ff3eae474be2", "MIT", "notbounce"),
    ("pmmp-m0001.eml", "php-mime-mail-parser/php-mime-mail-parser",
     "tests/mails/m0001",
     "e76a9a62842bf11dae95fe0737e30f49adbef723", "MIT", "notbounce"),
    ("sofimail-autoreply.eml", "Ronikari/sofi-mail",
     "tests/fixtures/autoreply.eml",
     "a4495b99d84f2e633ec72b6b43ed4a976b32d0a4", NONE, "autoreply"),
    ("sofimail-yandex-reply.eml", "Ronikari/sofi-mail",
     "tests/fixtures/yandex_reply.eml",
     "a4495b99d84f2e633ec72b6b43ed4a976b32d0a4", NONE, "notbounce"),
    ("sofimail-gmail-ru-reply.eml", "Ronikari/sofi-mail",
     "tests/fixtures/gmail_ru_reply.eml",
     "a4495b99d84f2e633ec72b6b43ed4a976b32d0a4", NONE, "notbounce"),
    ("mailtester-auto-reply.eml", "a2luca/mail-tester",
     "tests/fixtures/auto_reply.eml",
     "7d63a68dae7cd773341ed86f6459aced637ea607", "AGPL-3.0", "autoreply"),
    ("mailtester-list.eml", "a2luca/mail-tester",
     "tests/fixtures/list.eml",
     "7d63a68dae7cd773341ed86f6459aced637ea607", "AGPL-3.0", "notbounce"),
    ("outreach-ooo.eml", "owen-alderson/outreach-desk",
     "tests/fixtures/ooo.eml",
     "2a7138e209b6ff4ffac3afbaab946f89da5d14b3", NONE, "autoreply"),
    ("outreach-unsubscribe.eml", "owen-alderson/outreach-desk",
     "tests/fixtures/unsubscribe.eml",
     "2a7138e209b6ff4ffac3afbaab946f89da5d14b3", NONE, "notbounce"),
    ("outreach-reply.eml", "owen-alderson/outreach-desk",
     "tests/fixtures/reply.eml",
     "4ae7dab583ee35f7e5dcdd6950101fd2d6f338b4", NONE, "notbounce"),
    ("autoreplyai-auto-reply.eml", "rajkdas/auto-reply-email-ai",
     "tests/fixtures/auto_reply.eml",
     "9a75bfa1dc05b949fa440d88669ac969f98ce734", NONE, "autoreply"),
    # A second lot, added after the first reading of the first.
    ("mailbouncedetector-non-bounce.eml", "rgl/MailBounceDetector",
     "MailBounceDetector.Tests/Fixtures/non_bounce_postfix_hello_world.eml",
     "33830cc836463f844c788681084261b6ce650f6e", "MIT", "notbounce"),
    ("bounceparser-gmail-delay.eml", "osandum/bounce-parser",
     "src/test/resources/gmail-info-sample.eml",
     "36395b5bbb9adde32be5534cad444c8a0e6cd290", NONE, "delayed",
     {"changes": "the HTML alternative, the icon, the DKIM signatures and "
      "the relay's scanner headers dropped; the returned newsletter cut "
      "to its main headers and its HTML part's first tag",
      "recipients": [{"addr": "krzo@berlingske.dk",
                      "category": "retry-later", "reason": "delayed",
                      "status": "4.4.1", "code": "", "hard": False,
                      "diagnostic": "The recipient server did not accept "
                      "our requests to connect."}]}),
]


def source(repo, path, commit):
    return "https://github.com/%s/blob/%s/%s" % (repo, commit, path)


def contacts(data):
    """Every address in the message: a misreading could hurt any."""
    return sorted(set(a.lower() for a in re.findall(
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", data.decode("latin-1"))))


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: negwild_set.py STAGING_DIR")
    top = os.path.dirname(os.path.abspath(__file__))
    truth = {}
    for name, repo, path, commit, licence, kind, *extra in FILES:
        extra = extra[0] if extra else {}
        half = half_of(repo)
        os.makedirs(os.path.join(top, half, "maildir"), exist_ok=True)
        shutil.copyfile(os.path.join(argv[1], name),
                        os.path.join(top, half, "maildir", name))
        with open(os.path.join(argv[1], name), "rb") as f:
            data = f.read()
        row = {"file": "maildir/" + name, "kind": kind,
               "recipients": extra.get("recipients", []),
               "contacts": contacts(data),
               "source": source(repo, path, commit), "licence": licence}
        if "changes" in extra:
            row["changes"] = extra["changes"]
        truth.setdefault(half, []).append(row)
    for half, rows in truth.items():
        with open(os.path.join(top, half, "truth.jsonl"), "w") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) +
                        "\n")
        print("%s: %d files" % (half, len(rows)))


if __name__ == "__main__":
    main(sys.argv)
