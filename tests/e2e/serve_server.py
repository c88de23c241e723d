#!/usr/bin/python3
"""The review server without a browser: serve_server.py BOUNCE-HARVESTER.

Checks: requests run at once (a page answers while an action waits for
the database another process holds, and while a download is being read
slowly; many pages asked together all answer as they do alone); the
search finds contacts that another process imported while the server
runs, and finds what the scan finds; --listen takes [::1]:PORT and a name
that resolves to loopback without a token, refuses other addresses
without one and malformed ones.  Only 127.0.0.1 and ::1 are used.
"""
import http.client
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

TIMEOUT = 20


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def free_port(family=socket.AF_INET, host="127.0.0.1"):
    s = socket.socket(family)
    s.bind((host, 0))
    port = s.getsockname()[1]
    s.close()
    return port


def have_ipv6():
    try:
        free_port(socket.AF_INET6, "::1")
        return True
    except OSError:
        return False


class Server:
    def __init__(self, bh, db, tmp, listen, host, port, config=None):
        args = [bh, "serve", "--db", db, "--listen", listen]
        if config:
            args[2:2] = ["--config", config]
        self.host, self.port = host, port
        self.logname = os.path.join(tmp, "serve-%d.log" % port)
        self.log = open(self.logname, "w")
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=self.log)
        for _ in range(400):
            try:
                socket.create_connection((host, port)).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    fail("serve exited: %s" % open(self.logname).read())
                time.sleep(0.05)
        fail("serve did not listen on %s" % listen)

    def conn(self):
        return http.client.HTTPConnection(self.host, self.port,
                                          timeout=TIMEOUT)

    def request(self, method, path, body=None, headers=None):
        c = self.conn()
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            return r.status, r.read().decode()
        finally:
            c.close()

    def get(self, path):
        return self.request("GET", path)

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)
        self.log.close()


def fill(bh, tmp):
    """A list with German, Chinese and Portuguese names, and bounces."""
    db = os.path.join(tmp, "s.db")
    csv = os.path.join(tmp, "c.csv")
    names = ["Jonas Müller", "JÜRGEN GRÖßE", "张伟", "李娜", "João Conceição",
             "Maria Souza", "Straße", "100% Firma"]
    with open(csv, "w", encoding="utf-8") as f:
        f.write("email,name,company\n")
        for k in range(3000):
            f.write("user%d@domain%d.example,%s %d,Firma %d\n" % (
                k, k % 13, names[k % len(names)], k, k % 50))
    subprocess.run([bh, "import", "-q", "--db", db, csv], check=True)
    mbox = os.path.join(tmp, "b.mbox")
    here = os.path.dirname(os.path.abspath(__file__))
    subprocess.run([sys.executable, os.path.join(here, "gen_bounces.py"),
                    "200", mbox, "3", "100"], check=True)
    subprocess.run([bh, "ingest", "-q", "--db", db, mbox], check=True)
    return db


def csrf_of(srv):
    st, body = srv.get("/api")
    check(st == 200, "GET /api: %d" % st)
    return body.split('<code id="csrf">')[1].split("<")[0]


def check_action_waits(srv, db):
    """An action waiting for the database (another process holds its
    write lock) holds up no page: / answers before the action does."""
    tok = csrf_of(srv)
    holder = sqlite3.connect(db, timeout=1, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    done = {}

    def act():
        done["post"] = srv.request(
            "POST", "/api/action",
            urllib.parse.urlencode({"a": "user7@domain7.example",
                                    "do": "mark", "status": "invalid",
                                    "note": "while locked"}),
            {"X-CSRF-Token": tok,
             "Content-Type": "application/x-www-form-urlencoded"})

    t = threading.Thread(target=act)
    t.start()
    time.sleep(1)   # the action is in, waiting for the lock
    try:
        st, body = srv.get("/")
    except (socket.timeout, TimeoutError):
        fail("the overview waited for an action that waits for the lock")
    check(st == 200 and "post" not in done,
          "overview while an action waits: %d, action %s" % (
              st, done.get("post", ("pending",))[0]))
    st, _ = srv.get("/contacts?q=M%C3%BCller+1")
    check(st == 200 and "post" not in done,
          "a search while an action waits: %d" % st)
    holder.execute("ROLLBACK")
    holder.close()
    t.join(TIMEOUT + 10)
    check(done.get("post", (0,))[0] == 200,
          "the action after the lock: %s" % (done.get("post"),))


def check_slow_download(srv):
    """A download read slowly holds up no page."""
    c = srv.conn()
    c.request("GET", "/download.csv")
    r = c.getresponse()
    check(r.status == 200, "download: %d" % r.status)
    head = r.read(64)
    st, _ = srv.get("/")
    check(st == 200 and len(head) == 64, "overview during a download")
    rest = r.read()
    c.close()
    check(len(rest) > 100000, "download cut short: %d" % len(rest))


def check_together(srv):
    """Pages asked at once answer as they do one by one."""
    paths = ["/", "/api/overview", "/contacts?q=Firma+4", "/attention",
             "/api/contacts?q=%E5%BC%A0%E4%BC%9F", "/contacts?status=active",
             "/api/contacts?q=jo%C3%A3o", "/contact?a=user5%40domain5.example"]
    alone = {p: srv.get(p) for p in paths}
    got = {}

    def one(p):
        got[p] = srv.get(p)

    ts = [threading.Thread(target=one, args=(p,)) for p in paths * 2]
    for t in ts:
        t.start()
    for t in ts:
        t.join(TIMEOUT + 10)
    for p in paths:
        check(got.get(p, (0,))[0] == 200, "together %s: %s" % (p, got.get(p)))
        if p.startswith("/api/contacts"):
            check(got[p] == alone[p], "together %s differs" % p)


def api_addresses(srv, q):
    st, body = srv.get("/api/contacts?q=" + urllib.parse.quote(q))
    check(st == 200, "search %r: %d" % (q, st))
    return [c["address"] for c in json.loads(body)["contacts"]]


def check_search(bh, srv, db, tmp):
    """Another process's import is found; results are the scan's."""
    csv = os.path.join(tmp, "late.csv")
    with open(csv, "w", encoding="utf-8") as f:
        f.write("email,name,company\nlate@domain1.example,"
                "Quintão Weiß,Nachzügler GmbH\n")
    check(api_addresses(srv, "Nachzügler") == [], "found before import")
    subprocess.run([bh, "import", "-q", "--db", db, csv], check=True)
    check(api_addresses(srv, "Nachzügler") == ["late@domain1.example"],
          "another process's import not found")
    check(api_addresses(srv, "NACHZüGLER") == ["late@domain1.example"],
          "ASCII case")
    check(api_addresses(srv, "NACHZÜGLER") == [],
          "non-ASCII case folded (LIKE does not)")
    scan = sqlite3.connect(db)
    for q in ("Müller 1", "张伟 1", "ção 4", "ß", "Jo", "Firma 7", "100% F"):
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace(
            "_", "\\_") + "%"
        want = [r[0] for r in scan.execute(
            "SELECT address FROM contacts WHERE columns LIKE ? ESCAPE '\\' "
            "OR (columns IS NULL AND (address LIKE ?1 ESCAPE '\\' OR "
            "display LIKE ?1 ESCAPE '\\')) ORDER BY address LIMIT 50",
            (like,))]
        check(api_addresses(srv, q) == want, "search %r" % q)
    scan.close()


def refused(bh, db, listen, code, words):
    r = subprocess.run([bh, "serve", "--db", db, "--listen", listen],
                       capture_output=True, text=True, timeout=TIMEOUT)
    check(r.returncode == code and words in r.stderr,
          "--listen %s: %d %s" % (listen, r.returncode, r.stderr))


def token_conf(tmp):
    path = os.path.join(tmp, "view.token")
    with open(path, "w") as t:
        t.write("view-token-0123456789abcdef\n")
    os.chmod(path, 0o600)
    conf = os.path.join(tmp, "tok.conf")
    with open(conf, "w") as f:
        f.write("[serve]\nview_token_file = %s\n" % path)
    return conf


def check_listen(bh, db, tmp):
    port = free_port()
    srv = Server(bh, db, tmp, "localhost:%d" % port, "localhost", port)
    try:
        st, _ = srv.request("GET", "/", headers={
            "Host": "localhost:%d" % port})
        check(st == 200, "localhost without a token: %d" % st)
    finally:
        srv.stop()
    refused(bh, db, "0.0.0.0:%d" % free_port(), 3, "needs a token")
    refused(bh, db, "127.0.0.1:0", 2, "bad listen address")
    refused(bh, db, "127.0.0.1", 2, "bad listen address")
    refused(bh, db, "::1:8025", 2, "in brackets")
    refused(bh, db, "[::1]8025", 2, "bad listen address")
    if not have_ipv6():
        print("note: no IPv6 loopback here; [::1] not tried")
        return
    refused(bh, db, "[::]:%d" % free_port(), 3, "needs a token")
    refused(bh, db, "[2001:db8::1]:%d" % free_port(), 3, "needs a token")
    refused(bh, db, "[::ffff:10.0.0.1]:%d" % free_port(), 3, "needs a token")
    port = free_port(socket.AF_INET6, "::1")
    srv = Server(bh, db, tmp, "[::1]:%d" % port, "::1", port)
    try:
        st, _ = srv.get("/")
        check(st == 200, "[::1] without a token: %d" % st)
        st, _ = srv.request("GET", "/", headers={"Host": "evil.example"})
        check(st == 421, "[::1]: foreign Host header: %d" % st)
    finally:
        srv.stop()
    port = free_port(socket.AF_INET6, "::1")
    srv = Server(bh, db, tmp, "[::1]:%d" % port, "::1", port,
                 config=token_conf(tmp))
    try:
        st, _ = srv.get("/api/overview")
        check(st == 401, "[::1] with a token, none sent: %d" % st)
        st, _ = srv.request("GET", "/api/overview", headers={
            "Authorization": "Bearer view-token-0123456789abcdef"})
        check(st == 200, "[::1] with the token: %d" % st)
    finally:
        srv.stop()


def main():
    bh = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix="bh-serve-")
    os.environ["HOME"] = tmp
    os.environ["XDG_CONFIG_HOME"] = os.path.join(tmp, ".config")
    os.environ["XDG_DATA_HOME"] = os.path.join(tmp, ".local")
    db = fill(bh, tmp)
    port = free_port()
    srv = Server(bh, db, tmp, "127.0.0.1:%d" % port, "127.0.0.1", port)
    try:
        check_action_waits(srv, db)
        check_slow_download(srv)
        check_together(srv)
        check_search(bh, srv, db, tmp)
    finally:
        srv.stop()
    check_listen(bh, db, tmp)
    subprocess.run(["rm", "-rf", tmp])
    print("ok")


main()
