#!/usr/bin/python3
"""The review pages in a real browser (Debian's chromium, chromedriver and
python3-selenium): review.py BOUNCE-HARVESTER [--screenshots DIR].

Fills a database by a real import and ingest of generated bounces (dated
in the last weeks, so the chart has bars) plus hostile ones, starts
`serve` on a free 127.0.0.1 port, and checks: every page loads with no
console error and no CSP violation; the chart is drawn; search and
filters return the right rows; mark, clear and accept work and show in
the history; hostile text runs nothing and is shown; a POST without the
CSRF token, with the view role or to a read-only server is refused; the
Host header is checked; the overview shows the latest `doctor` check (a
real run against a private unbound on 127.0.0.1, one of its blocklist
zones hostile) and /api/doctor returns it; `report --html` opened from a
file with the network off draws its chart.  Each bounce shows its
evidence in words (sent mail read with `ingest --sent`, unverified
notices not counted): the unverified ones are listed for attention and
counted on the overview, a forged notice's markup is shown as text, and
accepting one changes the status and shows in the history.  Exits 77
when the browser is missing.
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
HOSTILE = "x\u202egnp.exe'onmouseover=alert@evil.example"
EVIL_ZONE = "<img src=x onerror=alert(1)>.evil.example"
EVIL_IMPORT = ('<script>alert(1)</script>"onmouseover=alert(1) '
               'javascript:alert(1)')

try:
    from selenium import webdriver
    from selenium.common.exceptions import (NoAlertPresentException,
        StaleElementReferenceException, WebDriverException)
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print("skip: python3-selenium is not installed")
    sys.exit(77)
if not shutil.which("chromedriver") or not shutil.which("chromium"):
    print("skip: chromium or chromedriver is not installed")
    sys.exit(77)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def run(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    def __init__(self, bh, db, tmp, *extra, config=None):
        self.port = free_port()
        args = [bh, "serve", "--db", db, "--listen",
                "127.0.0.1:%d" % self.port] + list(extra)
        if config:
            args[2:2] = ["--config", config]
        self.log = open(os.path.join(tmp, "serve-%d.log" % self.port), "w")
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=self.log)
        self.base = "http://127.0.0.1:%d" % self.port
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port)).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    fail("serve exited: %s" % open(self.log.name).read())
                time.sleep(0.05)
        fail("serve did not listen")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.log.close()


def fill(bh, tmp):
    db = os.path.join(tmp, "r.db")
    now = int(time.time())
    run(sys.executable, os.path.join(TOP, "tests/e2e/gen_bounces.py"), "400",
        os.path.join(tmp, "recent.mbox"), "5", "120", str(now - 55 * 86400),
        os.path.join(tmp, "recent-sent.mbox"))
    run(sys.executable, os.path.join(HERE, "gen_review.py"), tmp)
    run(bh, "import", "-q", "--db", db, os.path.join(tmp, "contacts.csv"))
    # The bounces answer mail we sent: under the strict default they count.
    run(bh, "ingest", "-q", "--db", db,
        "--sent", os.path.join(tmp, "recent-sent.mbox"),
        "--sent", os.path.join(tmp, "sent.mbox"),
        os.path.join(tmp, "recent.mbox"),
        os.path.join(tmp, "hostile.eml"), os.path.join(tmp, "left.eml"))
    # What we sent, then notices answering it or not, under the policy
    # that counts only the notices shown to answer our mail.
    conf = os.path.join(tmp, "strict.conf")
    with open(conf, "w") as f:
        f.write("[policy]\naccept_unverified = 0\n")
    run(bh, "ingest", "-q", "--config", conf, "--db", db, "--sent",
        os.path.join(tmp, "sent.eml"), *[os.path.join(tmp, n) for n in (
            "verified.eml", "plausible.eml", "forged.eml", "mass.eml",
            "personal.eml")])
    doctor(bh, db, tmp)
    return db


def doctor(bh, db, tmp):
    """A real checkup recorded: the private unbound of the doctor tests
    (scripts/dns-test-server.sh, 127.0.0.1 only), stopped by its pid."""
    server = os.path.join(TOP, "scripts/dns-test-server.sh")
    dns = os.path.join(tmp, "dns")
    run(server, "start", dns, os.path.join(TOP,
                                           "tests/fixtures/doctor/zones.conf"))
    try:
        port = open(os.path.join(dns, "port")).read().strip()
        r = subprocess.run([bh, "doctor", "--db", db, "--dns",
                            "127.0.0.1:" + port, "--domain", "broken.test",
                            "--ip", "203.0.113.77", "--dnsbl",
                            "zen.spamhaus.org", "--dnsbl", EVIL_ZONE],
                           stdout=subprocess.DEVNULL, timeout=60)
        check(r.returncode == 1, "doctor: exit %d" % r.returncode)
    finally:
        run(server, "stop", dns)


def browser(tmp):
    o = webdriver.ChromeOptions()
    for a in ("--headless", "--no-sandbox", "--disable-gpu",
              "--disable-quic", "--no-first-run",
              "--disable-background-networking",
              "--disable-component-update", "--disable-sync",
              "--window-size=1280,1000",
              "--user-data-dir=" + tempfile.mkdtemp(dir=tmp)):
        o.add_argument(a)
    o.binary_location = shutil.which("chromium")
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    svc = webdriver.ChromeService(executable_path=shutil.which(
        "chromedriver")) if hasattr(webdriver, "ChromeService") else None
    if svc:
        return webdriver.Chrome(options=o, service=svc)
    return webdriver.Chrome(options=o)


class Pages:
    def __init__(self, d, base, shots):
        self.d, self.base, self.shots = d, base, shots

    def get(self, path, shot=None):
        self.d.get(self.base + path)
        self.clean(path)
        if shot and self.shots:
            self.d.save_screenshot(os.path.join(self.shots, shot + ".png"))

    def clean(self, what):
        """No console error and no CSP violation since the last call."""
        bad = [e for e in self.d.get_log("browser")
               if e["level"] in ("SEVERE", "WARNING")]
        check(not bad, "%s: console: %s" % (what, bad))
        try:
            self.d.switch_to.alert
            fail("%s: an alert ran" % what)
        except NoAlertPresentException:
            pass
        check(not self.d.find_elements(By.TAG_NAME, "script"),
              "%s: a script element" % what)

    def rows(self, table="contacts"):
        return [r.find_elements(By.TAG_NAME, "td")[0].text
                for r in self.d.find_elements(By.CSS_SELECTOR,
                                              "#%s tr" % table)[1:]]

    def contacts(self, **q):
        self.get("/contacts?" + urllib.parse.urlencode(q))
        return self.rows()

    def post_button(self, label):
        btn = [b for b in self.d.find_elements(By.TAG_NAME, "button")
               if b.text == label]
        check(btn, "no button '%s' on %s" % (label, self.d.current_url))
        self.submit(btn[0], label)

    def submit(self, el, what):
        """Clicks and waits for the next page (the POST's redirect)."""
        old = self.d.find_element(By.TAG_NAME, "html")
        el.click()
        WebDriverWait(self.d, 10).until(lambda d: gone(old))
        self.clean("after " + what)

    def text(self, css):
        return self.d.find_element(By.CSS_SELECTOR, css).text


def gone(el):
    """True once el left the document.  Chromium says so either as a stale
    element or, when it asks while the new page replaces the old, as an
    inspector error that the node does not belong to the document."""
    try:
        el.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as e:
        if "does not belong to the document" in str(e):
            return True
        raise


def chart_bars(d):
    svg = d.find_elements(By.CSS_SELECTOR, "svg.chart")
    check(svg, "no chart")
    return len(svg[0].find_elements(By.TAG_NAME, "rect"))


def check_pages(p):
    p.get("/", "review-overview")
    check(chart_bars(p.d) > 10, "chart has %d bars" % chart_bars(p.d))
    check(p.d.title == "Overview: bounce-harvester", p.d.title)
    p.get("/attention", "review-attention")
    check("maria@gmial.com" in p.d.page_source, "typo not in attention")
    check("anna.new@acme.example" in p.d.page_source,
          "replacement not in attention")
    p.get("/api", "review-api")
    p.get("/contacts", "review-contacts")
    check(len(p.rows()) == 50, "first page: %d rows" % len(p.rows()))
    first = p.rows()
    p.submit(p.d.find_element(By.ID, "next"), "next page")
    second = p.rows()
    check(second and second[0] > first[-1], "keyset: %s after %s" % (
        second[:1], first[-1:]))


def check_doctor(p, base):
    """The overview's "Latest doctor check": failures with their advice,
    what could not be told (a hostile zone name, shown as text), the
    count of passes; and its JSON twin."""
    p.get("/#doctor", "review-doctor")
    block = p.text("#doctor")
    check("Latest doctor check" in block, "no doctor block")
    check("checked, problems found" in block, "doctor outcome: " + block)
    rows = [[td.text for td in r.find_elements(By.TAG_NAME, "td")]
            for r in p.d.find_elements(By.CSS_SELECTOR,
                                       "#doctor table.doctor-findings tr")[1:]]
    spf = [r for r in rows if r[2] == "spf" and r[1] == "failed" and
           r[3] == "203.0.113.77"]
    check(spf and spf[0][0].startswith("Add ip4:203.0.113.77"),
          "SPF failure and its advice first: %s" % rows)
    results = [r[1] for r in rows]
    check(results == sorted(results, key=lambda x: x != "failed"),
          "failures before 'could not tell': %s" % results)
    evil = [r for r in rows if EVIL_ZONE in r[4]]
    check(evil and evil[0][1] == "could not tell",
          "hostile zone not shown as text: %s" % rows)
    check(not p.d.find_elements(By.CSS_SELECTOR, ".doctor-stale, "
                                ".doctor-never"), "fresh run called stale")
    check_inert(p, "doctor block", "Overview: bounce-harvester")
    st, body = http(base + "/api/doctor")
    check(st == 200, "GET /api/doctor: %d" % st)
    j = json.loads(body)
    snd = j["sender"]
    check(snd["outcome"] == "problems" and not snd["stale"] and
          snd["failed"] == len([r for r in rows if r[1] == "failed"]),
          "/api/doctor sender: %s" % snd)
    check(any(f["subject"] == "203.0.113.77" and f["verdict"] == "fail"
              and f["check"] == "dnsbl" for f in snd["findings"]),
          "/api/doctor findings: %s" % snd["findings"])
    passes = "%d check%s passed." % (snd["passed"], "s" * (snd["passed"]
                                                          != 1))
    check(snd["passed"] > 0 and passes in block, "passes: %s" % block)
    check(j["recipients"] is None, "/api/doctor recipients: %s" %
          j["recipients"])


def check_filters(p, db):
    check(p.contacts(q="张伟") == ["zhang.wei@domain1.example"], "q=张伟")
    check(p.contacts(q="Handels") == ["jonas@domain2.example"], "company")
    check(p.contacts(status="suspect") == ["maria@gmial.com"], "status")
    got = p.contacts(domain="domain3.example")
    check(got and all(a.endswith("@domain3.example") for a in got), "domain")
    want = subprocess.run(["sqlite3", db, "SELECT address FROM contacts "
                           "WHERE source = 'import' ORDER BY address"],
                          capture_output=True, text=True).stdout.splitlines()
    got = p.contacts(source="import")
    check(got == want, "source import: %s != %s" % (got, want))
    got = p.contacts(status="invalid", sort="changed")
    check(len(got) > 1, "sort changed")
    check(p.contacts(since="2999-01-01") == [], "since")


def check_inert(p, what, title="Contact: bounce-harvester"):
    """Nothing hostile became markup, and hovering runs nothing."""
    check(p.d.title == title, what + ": title " + p.d.title)
    for css in ("[onmouseover]", "[onerror]", "a[href^='javascript']",
                "main img", "main iframe"):
        check(not p.d.find_elements(By.CSS_SELECTOR, css), what + ": " + css)
    for cell in p.d.find_elements(By.CSS_SELECTOR, "td"):
        ActionChains(p.d).move_to_element(cell).perform()
    check(p.d.title == title, what + ": title after hover")
    p.clean(what)


def check_hostile(p):
    p.get("/contact?" + urllib.parse.urlencode({"a": HOSTILE}),
          "review-contact-hostile")
    check_inert(p, "hostile bounce")
    body = p.text("main")
    check("<script>document.title=\"pwned\"</script>" in body,
          "diagnostic not shown as text")
    check("javascript:document.title" in body, "link text not shown")
    check("[U+202E]gnp.exe'onmouseover=alert@evil.example" in body,
          "right-to-left override not shown")
    check("<img src=x onerror=alert(1)>" in body, "subject not shown")
    check("<script>mx</script>.evil.example" in body, "remote server")
    p.get("/contact?" + urllib.parse.urlencode({"a": EVIL_IMPORT.lower()}))
    check_inert(p, "hostile import")
    check(EVIL_IMPORT.lower() in p.text("main"), "imported text not shown")
    check("<b onmouseover=alert(1)>Evil</b>" in p.text("#summary"),
          "imported row not shown")
    p.get("/contacts?" + urllib.parse.urlencode({"q": "onmouseover"}))
    check_inert(p, "hostile list", "Contacts: bounce-harvester")
    check(len(p.rows()) == 2, "search onmouseover: %s" % p.rows())


def history(p):
    return p.text("#history")


def evidence(p):
    return p.text("#bounces td.evidence, #bounces td.bad")


def doubt_rows(p):
    """The attention list's notices, by each contact they show."""
    return {a.text: r
            for r in p.d.find_elements(By.CSS_SELECTOR, "#doubts tr")[1:]
            for a in r.find_elements(By.CSS_SELECTOR,
                                     "td:nth-child(4) a[href^='/contact']")}


def notice_rows(p):
    """The notice page's failures, by contact."""
    return {r.find_elements(By.TAG_NAME, "td")[0].text.split(" ")[0]: r
            for r in p.d.find_elements(By.CSS_SELECTOR,
                                       "#notice-failures tr")[1:]}


def sql(db, q):
    return subprocess.run(["sqlite3", db, q], capture_output=True,
                          text=True, check=True).stdout.strip()


def check_evidence_words(p):
    """Each bounce says in words how far it answers our mail."""
    p.get("/contact?a=ana.lima@domain4.example")
    words = evidence(p)
    check(words.startswith("answers our message of 20") and
          'subject "Angebot Frühjahr <b>2026</b>"' in words,
          "verified: " + words)
    check(p.text("#status") == "invalid", "verified counts")
    p.get("/contact?a=carlos@domain6.example")
    check(evidence(p).startswith("we wrote to this address on 20"),
          "plausible: " + evidence(p))
    p.get("/contact?a=pedro@domain8.example")
    check(evidence(p).startswith("held: sent from a person's address"),
          "held: " + evidence(p))
    check(p.text("#status") == "active", "held counted")
    p.get("/contact?a=li.na@domain5.example", "review-contact-evidence")
    check_inert(p, "forged notice")
    check(evidence(p).startswith("unverified: answers no mail we sent (it "
                                 "returns a message we never sent)"),
          "unverified: " + evidence(p))
    check(p.text("#status") == "active", "unverified counted")
    check("notice from MAILER-DAEMON@mx.example" in evidence(p),
          "contact page: the notice's sender: " + evidence(p))
    check('<img src=x onerror="document.title=\'pwned\'">' in
          p.text("#bounces"), "forged diagnostic not shown as text")


def check_evidence_lists(p, db):
    """The overview counts them; the attention list shows who sent them."""
    since = int(time.time()) - 90 * 86400
    p.get("/")
    want = [sql(db, "SELECT count(*) FROM bounces WHERE date >= %d AND %s"
                % (since, w)) for w in (
        "held IS NULL AND evidence = 'unverified' AND accepted = 0",
        "held IS NOT NULL AND accepted <> 1",
        "held IS NULL AND evidence = 'unverified' AND accepted = 2")]
    got = [r.find_elements(By.TAG_NAME, "td")[1].text for r in
           p.d.find_elements(By.CSS_SELECTOR, "#doubt-counts tr")[1:]]
    check(got == want and int(want[0]) >= 1 and int(want[1]) >= 1,
          "overview counts %s, want %s" % (got, want))
    check(p.text("#doubt-advice"), "no advice")
    p.get("/#doubt-overview", "review-overview-evidence")
    p.get("/attention")
    check_inert(p, "unverified list", "Needs attention: bounce-harvester")
    rows = doubt_rows(p)
    check("li.na@domain5.example" in rows and "pedro@domain8.example" in
          rows, "unverified list: %s" % list(rows))
    forged = rows["li.na@domain5.example"].text
    check("<script>document.title='pwned'</script>mx[U+202E]live.example"
          in forged, "forged server: " + forged)
    check("forged.eml" in forged and "unverified: answers no mail" in
          forged, "forged row: " + forged)
    check("sent from a person's address" in
          rows["pedro@domain8.example"].text, "held row")
    check("from MAILER-DAEMON@mx.example\n<script>document.title='pwned'"
          "</script>Returned" in forged, "forged notice's sender: " + forged)
    # One row per notice: 60 recipients of one forged report are one row,
    # with its count, its first five and a link to all of them; of the
    # five only the contact links to a page (the report added no others).
    mass = [r for r in p.d.find_elements(By.CSS_SELECTOR, "#doubts tr")
            if "mass.example" in r.text]
    check(len(mass) == 1, "mass notice rows: %d" % len(mass))
    check("from postmaster@mass-forger.example" in mass[0].text and
          "60 failures invalid" in mass[0].text and "and 55 more" in
          mass[0].text and "mx.mass-forger.example" in mass[0].text,
          "mass row: " + mass[0].text)
    first = [a.text for a in mass[0].find_elements(By.CSS_SELECTOR,
                                                    "a[href^='/contact']")]
    check(first == ["m02@mass.example"] and all(
        "m%02d@mass.example" % i in mass[0].text for i in range(5)),
          "mass row: its first five not shown, or a stranger linked to a "
          "contact page: %s" % first)
    check(not p.d.find_elements(By.CSS_SELECTOR, "#doubts button, "
                                "#doubts form"),
          "the notice list accepts without a look at each recipient")
    p.get("/attention#unverified", "review-unverified")
    link = [a for a in p.d.find_elements(By.CSS_SELECTOR,
                                         "#doubts a.notice-link")
            if a.text == "see all of them"]
    check(link, "no link to the mass notice's recipients")
    p.get(link[0].get_attribute("href").replace(p.base, ""),
          "review-notice")
    check(p.d.title == "Notice: bounce-harvester" and
          not p.d.find_elements(By.CSS_SELECTOR, "main i") and
          "Undelivered <i>mail</i>" in p.text("#notice"),
          "notice page: its subject not shown as text")
    rows = notice_rows(p)
    check(len(rows) == 60 and "m00@mass.example" in rows and
          "m59@mass.example" in rows, "notice page: %d rows" % len(rows))
    check("60 failures not counted" in p.text("#notice-count") and
          "postmaster@mass-forger.example" in p.text("#notice"),
          "notice head: " + p.text("#notice"))
    btns = p.d.find_elements(By.CSS_SELECTOR, "#notice-failures button")
    check(len(btns) == 60 and all(b.text == "Accept this bounce"
                                  for b in btns),
          "notice page: %d accept buttons, one per recipient" % len(btns))
    check(not [b for b in p.d.find_elements(By.TAG_NAME, "button")
               if "all" in b.text.lower()], "an accept-all button")


def check_evidence_accept(p):
    """Accepting a forged notice counts it, as mark --accept-bounce."""
    st, _ = http(p.base + "/action", form(a="li.na@domain5.example",
                                           do="accept-bounce"))
    check(st == 403, "accept without CSRF token: %d" % st)
    p.get("/attention")
    row = doubt_rows(p)["li.na@domain5.example"]
    link = row.find_elements(By.CSS_SELECTOR, "a.notice-link")
    check(link and link[0].text == "see the notice", "no notice link")
    p.get(link[0].get_attribute("href").replace(p.base, ""))
    btn = notice_rows(p)["li.na@domain5.example"].find_elements(
        By.TAG_NAME, "button")
    check(btn and btn[0].text == "Accept this bounce", "no accept button")
    p.submit(btn[0], "accept bounce")
    check(p.d.current_url.endswith("/contact?a=li.na%40domain5.example"),
          "accept went to " + p.d.current_url)
    check(p.text("#status") == "invalid", "accepted: " + p.text("#status"))
    check("Accepted by hand" in evidence(p), "accepted: " + evidence(p))
    check("active invalid userunknown" in history(p),
          "accept not in history: " + history(p))
    check(not p.d.find_elements(By.CSS_SELECTOR, "#bounces button"),
          "accept button still shown")
    p.get("/attention")
    check("li.na@domain5.example" not in doubt_rows(p), "still listed")
    st, body = http(p.base + "/api/contact?a=li.na@domain5.example")
    b = json.loads(body)["bounces"][0]
    check(b["evidence"] == "unverified" and b["accepted"] == 1 and
          b["counts"] and "Accepted by hand" in b["evidence_words"],
          "API bounce: %s" % b)
    st, body = http(p.base + "/api/attention")
    items = {i["address"]: i for i in json.loads(body)["unverified"]["items"]}
    check("li.na@domain5.example" not in items and
          items["pedro@domain8.example"]["held"].startswith("sent from a "
                                                           "person's"),
          "API unverified: %s" % list(items))
    check(items["pedro@domain8.example"]["notice_from"] ==
          "MAILER-DAEMON@mx.example", "API notice_from: %s" %
          items["pedro@domain8.example"])
    notices = {n["msg_key"]: n
               for n in json.loads(body)["notices"]["items"]}
    mass = notices.get("mid:mass-1@mass-forger.example", {})
    check(mass.get("recipients") == 60 and len(mass.get("first", [])) == 5
          and mass.get("notice_from") == "postmaster@mass-forger.example"
          and mass.get("notice_subject") == "Undelivered <i>mail</i>",
          "API notices: %s" % mass)
    st, body = http(p.base + "/api/attention?notice="
                    "mid:mass-1@mass-forger.example")
    check(json.loads(body)["unverified"]["total"] == 60,
          "API unverified of one notice: %s" % body[:200])


def check_evidence(p, db):
    check_evidence_words(p)
    check_evidence_lists(p, db)
    check_evidence_accept(p)


def check_actions(p):
    p.get("/contact?a=jonas@domain2.example")
    p.d.find_element(By.CSS_SELECTOR, "#mark select").send_keys("invalid")
    p.d.find_element(By.CSS_SELECTOR, "#mark input[name=note]").send_keys(
        "Kunde hat gekündigt")
    p.submit(p.d.find_element(By.CSS_SELECTOR, "#mark button"), "mark")
    check(p.text("#status") == "invalid", "mark: " + p.text("#status"))
    check("Kunde hat gekündigt" in history(p), "mark not in history")
    p.post_button("clear marks")
    check(p.text("#status") == "active", "clear: " + p.text("#status"))
    check("mark cleared" in history(p), "clear not in history")
    p.get("/contact?a=maria@gmial.com")
    check(p.text("#suggestion") == "maria@gmail.com", "suggestion")
    p.post_button("accept")
    check(p.text("#status") == "invalid", "accept: old not invalid")
    check("replaced by maria@gmail.com" in history(p), "accept history")
    p.get("/contact?a=maria@gmail.com")
    check(p.text("#status") == "active", "accepted contact")
    check("replaces maria@gmial.com" in history(p), "new contact history")
    p.get("/contact?a=old.person@acme.example")
    p.post_button("accept")
    p.get("/contact?a=anna.new@acme.example", "review-contact")
    check("replaces old.person@acme.example" in history(p),
          "replacement: " + history(p))


def http(url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def form(**kw):
    return urllib.parse.urlencode(kw).encode()


def csrf_of(base, token=None):
    h = {"Authorization": "Bearer " + token} if token else {}
    st, body = http(base + "/api", headers=h)
    check(st == 200, "GET /api: %d" % st)
    return body.split('<code id="csrf">')[1].split("<")[0]


def check_downloads(bh, db, tmp, srv):
    """The filter as CSV and XLSX, with the columns `export` writes."""
    import csv
    import io
    q = urllib.parse.urlencode({"q": "Müller"})
    st, body = http(srv.base + "/download.csv?" + q)
    check(st == 200, "download.csv: %d" % st)
    rows = list(csv.reader(io.StringIO(body)))
    check([r[0] for r in rows[1:]] == ["jonas@domain2.example"],
          "download.csv rows: %s" % rows)
    out = subprocess.run([bh, "export", "--db", db, "--status", "all"],
                         capture_output=True, text=True, check=True).stdout
    check(rows[0] == next(csv.reader(io.StringIO(out))),
          "download.csv header: %s" % rows[0])
    req = urllib.request.Request(srv.base + "/download.xlsx?status=invalid")
    with urllib.request.urlopen(req) as r:
        data = r.read()
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    got = [c[0] for c in wb.active.iter_rows(min_row=2, values_only=True)]
    want = subprocess.run(["sqlite3", db, "SELECT address FROM contacts "
                           "WHERE status = 'invalid' ORDER BY address"],
                          capture_output=True, text=True).stdout.splitlines()
    check(len(got) == len(want) > 50, "download.xlsx: %d of %d rows" % (
        len(got), len(want)))


def check_refusals(bh, db, tmp, srv):
    a = "zhang.wei@domain1.example"
    st, _ = http(srv.base + "/action", form(a=a, do="forget"))
    check(st == 403, "POST without CSRF token: %d" % st)
    st, _ = http(srv.base + "/api/action", form(a=a, do="forget",
                                                csrf="0" * 64))
    check(st == 403, "POST with a wrong CSRF token: %d" % st)
    st, _ = http(srv.base + "/", headers={"Host": "evil.example"})
    check(st == 421, "foreign Host header: %d" % st)
    st, _ = http(srv.base + "/../../etc/passwd")
    check(st == 404, "path outside: %d" % st)
    st, _ = http(srv.base + "/api/action", b"x" * 100000)
    check(st == 413, "large body: %d" % st)
    ro = Server(bh, db, tmp, "--read-only")
    try:
        tok = csrf_of(ro.base)
        check(tok.startswith("(view"), "read-only offers a token")
        st, _ = http(ro.base + "/api/action", form(a=a, do="forget"))
        check(st == 403, "read-only POST: %d" % st)
    finally:
        ro.stop()
    check_roles(bh, db, tmp, a)


def check_roles(bh, db, tmp, a):
    toks = {}
    conf = os.path.join(tmp, "serve.conf")
    with open(conf, "w") as f:
        f.write("[serve]\n")
        for role in ("view", "edit"):
            toks[role] = role + "-token-0123456789abcdef"
            path = os.path.join(tmp, role + ".token")
            with open(path, "w") as t:
                t.write(toks[role] + "\n")
            os.chmod(path, 0o600)
            f.write("%s_token_file = %s\n" % (role, path))
    srv = Server(bh, db, tmp, config=conf)
    try:
        st, _ = http(srv.base + "/api/overview")
        check(st == 403 or st == 401, "no token: %d" % st)
        st, _ = http(srv.base + "/api/overview",
                     headers={"Authorization": "Bearer wrong"})
        check(st in (401, 403), "wrong token: %d" % st)
        view = {"Authorization": "Bearer " + toks["view"]}
        st, _ = http(srv.base + "/api/overview", headers=view)
        check(st == 200, "view token GET: %d" % st)
        st, _ = http(srv.base + "/api/overview",
                     headers=dict(view, Host="review.example:8025"))
        check(st == 200, "a server name with a token: %d" % st)
        st, _ = http(srv.base + "/api/action", form(a=a, do="clear"),
                     headers=view)
        check(st == 403, "view token POST: %d" % st)
        edit = {"Authorization": "Bearer " + toks["edit"]}
        tok = csrf_of(srv.base, toks["edit"])
        edit["X-CSRF-Token"] = tok
        st, body = http(srv.base + "/api/action",
                        form(a=a, do="mark", status="active", note="ok"),
                        headers=edit)
        check(st == 200, "edit token POST: %d %s" % (st, body))
        check_login(srv, toks["view"])
    finally:
        srv.stop()
    check_rate(bh, db, tmp)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def check_login(srv, token):
    """Signing in sets the token as an HttpOnly, SameSite cookie."""
    op = urllib.request.build_opener(NoRedirect)
    try:
        op.open(srv.base + "/login", form(token="wrong-token-0123456789"))
        fail("a wrong token signed in")
    except urllib.error.HTTPError as e:
        check(e.code == 403, "wrong token at /login: %d" % e.code)
    try:
        op.open(srv.base + "/login", form(token=token))
        fail("/login did not redirect")
    except urllib.error.HTTPError as e:
        check(e.code == 303, "/login: %d" % e.code)
        cookie = e.headers["Set-Cookie"]
    check("HttpOnly" in cookie and "SameSite=Strict" in cookie, cookie)
    st, _ = http(srv.base + "/", headers={"Cookie": cookie.split(";")[0]})
    check(st == 200, "signed in: %d" % st)
    st, _ = http(srv.base + "/")
    check(st == 401, "not signed in: %d" % st)


def check_rate(bh, db, tmp):
    """requests_per_minute: past it, 429; and a foreign address needs a
    token."""
    conf = os.path.join(tmp, "rate.conf")
    with open(conf, "w") as f:
        f.write("[serve]\nrequests_per_minute = 3\n")
    srv = Server(bh, db, tmp, config=conf)
    try:
        got = [http(srv.base + "/api/overview")[0] for _ in range(4)]
        check(got == [200, 200, 200, 429], "rate limit: %s" % got)
    finally:
        srv.stop()
    r = subprocess.run([bh, "serve", "--db", db, "--listen",
                        "0.0.0.0:%d" % free_port()], capture_output=True,
                       text=True, timeout=10)
    check(r.returncode == 3 and "needs a token" in r.stderr,
          "0.0.0.0 without a token: %d %s" % (r.returncode, r.stderr))


def check_report(bh, db, tmp, d, shots):
    path = os.path.join(tmp, "report.html")
    run(bh, "report", "--db", db, "--html", path)
    d.get_log("browser")
    d.set_network_conditions(offline=True, latency=0,
                             download_throughput=0, upload_throughput=0)
    d.get("file://" + path)
    p = Pages(d, "", shots)
    p.clean("report.html")
    check(chart_bars(d) > 10, "report chart")
    check("maria@gmial.com" in d.page_source or "Typo" in d.page_source,
          "report attention list")
    doubts = d.find_elements(By.ID, "doubts")
    check(d.find_elements(By.ID, "doubt-counts") and doubts and
          "pedro@domain8.example" in doubts[0].text,
          "report: unverified notices: %s" % (doubts and doubts[0].text))
    mass = [r.text for r in d.find_elements(By.CSS_SELECTOR, "#doubts tr")
            if "mass.example" in r.text]
    check(len(mass) == 1 and "60 failures" in mass[0] and
          "from postmaster@mass-forger.example" in mass[0] and
          not d.find_elements(By.CSS_SELECTOR, "#doubts a, #doubts form"),
          "report: the mass notice, one row, no link: %s" % mass)
    check("Add ip4:203.0.113.77" in p.text("#doctor"), "report doctor")
    if shots:
        d.save_screenshot(os.path.join(shots, "report-html.png"))


def main():
    bh = os.path.abspath(sys.argv[1])
    shots = None
    if len(sys.argv) > 3 and sys.argv[2] == "--screenshots":
        shots = os.path.abspath(sys.argv[3])
    tmp = tempfile.mkdtemp(prefix="bh-review-")
    srv = d = None
    try:
        db = fill(bh, tmp)
        run(bh, "report", "--db", db, "--html", os.path.join(tmp, "pre.html"))
        srv = Server(bh, db, tmp)
        d = browser(tmp)
        p = Pages(d, srv.base, shots)
        check_pages(p)
        check_doctor(p, srv.base)
        check_filters(p, db)
        check_hostile(p)
        check_evidence(p, db)
        check_actions(p)
        check_downloads(bh, db, tmp, srv)
        check_refusals(bh, db, tmp, srv)
        check_report(bh, db, tmp, d, shots)
    finally:
        if d:
            d.quit()
        if srv:
            srv.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print("ok")


main()
