#!/usr/bin/env python3
"""A scripted IMAP server for faults a real one will not produce.

    fake_imap.py SCENARIO LOGFILE [CERT KEY]

Listens on 127.0.0.1 (a free port, printed on the first line of stdout)
and serves each connection on a thread of its own until killed.  Every command line it
receives is appended to LOGFILE (literal payloads left out), so a test can
check what the client sent, e.g. that no LOGIN followed a failed STARTTLS.

Scenarios:
  stall           accepts, never sends a byte
  garbage         sends a line that is not IMAP
  bye             greets with "* BYE ..."
  bye-spaced      the same with blanks after the star and "bye" in
                  lower case (libetpan takes it as BYE)
  bye-split       "*  B" then, 0.2 s later, "yE ..." (two reads)
  no-starttls     plain server that does not offer STARTTLS
  starttls-inject answers STARTTLS and appends an untagged response in
                  the same packet, then does the TLS handshake (CERT KEY)
  starttls-caps   offers AUTH=PLAIN before STARTTLS, only AUTH=LOGIN after
                  it (a client must read the capabilities again)
  uidplus         like mailbox, never drops, offers UIDPLUS but not MOVE:
                  after = move must use UID COPY, UID STORE \Deleted and
                  UID EXPUNGE; a plain EXPUNGE is logged as PLAIN-EXPUNGE
  tls             implicit TLS with CERT KEY, then a greeting
  literal-lf      answers the first command with a FETCH that announces a
                  literal of 4294967280 bytes, its line ended by a bare LF
  literal-long    the same with a 30-digit size (2^32 - 16 modulo 2^32,
                  what a 32-bit parser makes of it) and CRLF; both then
                  send nothing more (fuzz_imap found the OOM)
  bad-section     answers the first command with a FETCH whose section
                  is malformed (`BODY[HEADER.FF`), then a tagged OK
  mailbox         plain server with three messages (UID 1 to 3) that
                  drops the connection in the middle of the first FETCH
                  of UID 2's body; later connections are served in full.
                  UID SEARCH always adds the highest UID, as real servers
                  do for `UID n:*` when n is above it.  FETCH of
                  BODY.PEEK[HEADER.FIELDS (...)] answers those fields.
  mailbox-limit   like mailbox, never drops, but greets a connection
                  opened while another is served with BYE (a server's
                  limit of one connection per user), logged as REFUSED
  mailbox-limit-stall  the same, but that connection is never greeted
  mailbox-scan    like mailbox, but drops in the middle of the first
                  FETCH of UID 2's header fields (the client-side search)
  mailbox-scan-tail  like mailbox, never drops, but the answer to the
                  header-field FETCH ends, in the packet of its tagged OK,
                  with a FETCH whose section is malformed
  badcharset      like mailbox, never drops, but answers a UID SEARCH
                  with CHARSET with `NO [BADCHARSET (US-ASCII)]` (RFC 3501
                  7.1: a server need only take US-ASCII); without CHARSET
                  it searches
  badcharset-bad  the same with `BAD Unknown charset UTF-8`
  search-no       the same with `NO [SERVERBUG] search failed`: a refusal
                  that is not about the charset
  mailbox-big     like mailbox, never drops; UIDs 2 and 3 are ordinary
                  mail with a 2.5 MB Subject each (header fields too
                  large to match; 5 MB in all, over the 4 MB a reply may
                  take, which the client-side search counts by response)
  trickle         plain server; logs in, then answers SELECT, EXAMINE
                  and STATUS one byte every 0.25 s, without end (each
                  read comes well within any timeout)
  auth-loop       plain server offering AUTH=PLAIN and XOAUTH2 that
                  answers every line after the greeting with "+ ", for
                  ever (each line is logged: what the client sent again)
  faults          STARTTLS (CERT KEY), MOVE and UIDPLUS; the messages are
                  the files of $FAKE_IMAP_MESSAGES (sorted, UID 1 to n).
                  Before each connection it reads LOGFILE.ctl, whose lines
                  may be `mailbox NAME` (each name a fresh mailbox, kept
                  while the server runs), `moved N` (a new mailbox starts
                  with UIDs 1 to N in Done), `visible N` (only UIDs 1 to
                  N exist yet), `gone UID...` (those UIDs are moved by
                  hand from INBOX to Hand), `uidvalidity N` (42 unless
                  given), `charset no` or `charset bad` (a UID SEARCH
                  with CHARSET is refused as by badcharset or
                  badcharset-bad) and `fault STAGE KIND [FOLDER]`.  The
                  server's answer at STAGE (greeting, starttls, login,
                  status, select (SELECT or EXAMINE), examine (EXAMINE
                  only), search, fetch-size, fetch: a body FETCH of a UID
                  above 4, move, store) is replaced by KIND:
                  close (half the answer, then the connection is closed),
                  stall (nothing until the client hangs up), malformed (a
                  line that is not IMAP, then the tagged OK), oversized (a
                  line or a literal without end: up to 64 MiB, until the
                  client hangs up); with FOLDER, only while that folder is
                  selected (every folder name opens the same mailbox).
                  Nothing is moved or flagged by a faulty answer.  What
                  the client sends after a fault is logged as
                  `AFTER-FAULT line`.  After every change LOGFILE.state
                  holds `INBOX uid...`, `Done uid...`, `Hand uid...` and
                  `Flagged uid...`: each UID once per UID STORE that set
                  $BounceHarvested on it.  `UID SEARCH UID set` (no
                  other criterion) answers which UIDs of set exist.
"""
import os
import re
import socket
import ssl
import sys
import threading
import time

MESSAGES = {
    1: b"From: MAILER-DAEMON@fake.test\r\nSubject: Undelivered Mail\r\n"
       b"X-Test-Id: one\r\n\r\nbody one\r\n",
    2: b"From: MAILER-DAEMON@fake.test\r\nSubject: Undelivered Mail\r\n"
       b"X-Test-Id: two\r\n\r\n" + b"body two, long enough to be cut\r\n" * 40,
    3: b"From: postmaster@fake.test\r\nSubject: failure notice\r\n"
       b"X-Test-Id: three\r\n\r\nbody three\r\n",
}


class Conn:
    def __init__(self, sock, log):
        self.sock = sock
        self.buf = b""
        self.log = log

    def send(self, data):
        self.sock.sendall(data)

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise EOFError
        self.buf += chunk

    def line(self):
        while b"\r\n" not in self.buf:
            self._fill()
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line

    def exact(self, n):
        while len(self.buf) < n:
            self._fill()
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def command(self):
        """A whole command, literals included (both {n} and {n+})."""
        parts = []
        line = self.line()
        while True:
            m = re.search(rb"\{(\d+)(\+?)\}$", line)
            if not m:
                parts.append(line)
                break
            parts.append(line[:m.start()] + b'"<literal>"')
            if not m.group(2):
                self.send(b"+ go ahead\r\n")
            self.exact(int(m.group(1)))
            line = self.line()
        cmd = b"".join(parts)
        with open(self.log, "ab") as f:
            f.write(cmd + b"\n")
        return cmd


def parse_set(text):
    """UIDs of a set; `n:*` with n above the highest UID gives that UID."""
    uids = []
    for part in text.split(","):
        if ":" in part:
            a, b = part.split(":")
            b = max(MESSAGES) if b == "*" else int(b)
            uids.extend(range(min(int(a), b), b + 1))
        else:
            uids.append(int(part))
    return [u for u in uids if u in MESSAGES]


def header_fields(data, names):
    """The fields of data's header named in names, as a server sends them."""
    head = re.split(rb"\r?\n\r?\n", data, 1)[0]
    keep, kept = [], False
    for line in re.split(rb"\r?\n", head):
        if line[:1] not in (b" ", b"\t"):
            kept = line.split(b":", 1)[0].strip().upper() in names
        if kept:
            keep.append(line)
    return b"".join(line + b"\r\n" for line in keep) + b"\r\n"


def fetch_fields(conn, u, items, state):
    names = re.search(r"HEADER\.FIELDS \(([^)]*)\)", items).group(1)
    data = header_fields(MESSAGES[u], names.encode().split())
    head = b"* %d FETCH (UID %d BODY[HEADER.FIELDS (%s)] {%d}\r\n" % (
        u, u, names.encode(), len(data))
    if u == 2 and state["drop_scan"] and not state["dropped"]:
        state["dropped"] = True
        conn.send(head + data[:len(data) // 2])
        raise EOFError
    conn.send(head + data + b")\r\n")


def fetch(conn, tag, args, state):
    m = re.match(r"(\S+) \(?(.*?)\)?$", args)
    uids, items = parse_set(m.group(1)), m.group(2).upper()
    for u in uids:
        data = MESSAGES[u]
        if "HEADER.FIELDS" in items:
            fetch_fields(conn, u, items, state)
        elif "BODY" in items:
            if u == 2 and not state["dropped"]:
                state["dropped"] = True
                conn.send(b"* %d FETCH (UID %d BODY[] {%d}\r\n" %
                          (u, u, len(data)) + data[:len(data) // 2])
                raise EOFError
            conn.send(b"* %d FETCH (UID %d BODY[] {%d}\r\n" %
                      (u, u, len(data)) + data + b")\r\n")
        else:
            conn.send(b"* %d FETCH (UID %d RFC822.SIZE %d)\r\n" %
                      (u, u, len(data)))
    tail = b""
    if "HEADER.FIELDS" in items and state["scan_tail"]:
        tail = b"* 3 FETCH (UID 3 BODY[HEADER.FF\r\n"
    conn.send(tag + b" OK UID FETCH done\r\n" + tail)


# The answers to a SEARCH with CHARSET of a server that takes only
# US-ASCII, or that fails for another reason.
CHARSET_REFUSED = {
    "no": b" NO [BADCHARSET (US-ASCII)] not supported\r\n",
    "bad": b" BAD Unknown charset UTF-8\r\n",
    "other": b" NO [SERVERBUG] search failed\r\n",
}


def charset_refused(conn, tag, args, how):
    """Refuses the SEARCH as how says, if it names a charset: 1 if so."""
    if how is None or not re.match(r"SEARCH CHARSET ", args, re.I):
        return False
    conn.send(tag + CHARSET_REFUSED[how])
    return True


def search(conn, tag, args, state):
    if charset_refused(conn, tag, args, state["charset"]):
        return
    m = re.search(r"UID (\d+):\*", args)
    first = int(m.group(1)) if m else 1
    found = [u for u in MESSAGES if u >= first] + [max(MESSAGES)]
    conn.send(b"* SEARCH " + " ".join(map(str, found)).encode() + b"\r\n")
    conn.send(tag + b" OK SEARCH done\r\n")


def uid_command(conn, tag, args, state):
    sub = args.split(" ", 1)[0].upper()
    if sub == "SEARCH":
        search(conn, tag, args, state)
    elif sub == "FETCH":
        fetch(conn, tag, args[6:], state)
    elif sub in ("COPY", "STORE", "EXPUNGE"):
        conn.send(tag + b" OK " + sub.encode() + b" done\r\n")
    else:
        conn.send(tag + b" BAD unknown\r\n")


def serve_mailbox(conn, state):
    conn.send(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN" +
              (b" UIDPLUS" if state["uidplus"] else b"") +
              b"] fake ready\r\n")
    while True:
        cmd = conn.command().decode("utf-8", "replace")
        tag, verb, args = (cmd.split(" ", 2) + ["", ""])[:3]
        tag, verb = tag.encode(), verb.upper()
        if verb == "CAPABILITY":
            conn.send(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag +
                      b" OK done\r\n")
        elif verb in ("LOGIN", "AUTHENTICATE"):
            conn.send(tag + b" OK logged in\r\n")
        elif verb in ("SELECT", "EXAMINE"):
            conn.send(b"* 3 EXISTS\r\n* OK [UIDVALIDITY 42] ok\r\n"
                      b"* OK [UIDNEXT 5] ok\r\n" + tag +
                      b" OK [READ-ONLY] done\r\n")
        elif verb == "STATUS":
            # UID 4 was given out and expunged: UIDNEXT is 5.
            conn.send(b"* STATUS INBOX (UIDNEXT 5 UIDVALIDITY 42)\r\n" +
                      tag + b" OK done\r\n")
        elif verb == "UID":
            uid_command(conn, tag, args, state)
        elif verb == "EXPUNGE":
            with open(conn.log, "ab") as f:
                f.write(b"PLAIN-EXPUNGE\n")
            conn.send(tag + b" OK done\r\n")
        elif verb == "LOGOUT":
            conn.send(b"* BYE bye\r\n" + tag + b" OK done\r\n")
            return
        else:
            conn.send(tag + b" BAD unknown\r\n")


def serve_no_starttls(conn):
    conn.send(b"* OK fake ready\r\n")
    while True:
        tag = conn.command().split(b" ")[0]
        conn.send(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN\r\n" + tag +
                  b" OK done\r\n")


def serve_starttls(conn, cert, key, inject):
    conn.send(b"* OK fake ready\r\n")
    while True:
        cmd = conn.command()
        tag, verb = (cmd.split(b" ") + [b""])[:2]
        if verb.upper() == b"STARTTLS":
            break
        conn.send(b"* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\r\n" + tag +
                  b" OK done\r\n")
    conn.send(tag + b" OK begin TLS\r\n" + (
        b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n"
        if inject else b""))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    conn.sock = ctx.wrap_socket(conn.sock, server_side=True)
    conn.buf = b""
    while True:
        cmd = conn.command()
        tag = cmd.split(b" ")[0]
        conn.send(b"* CAPABILITY IMAP4rev1 AUTH=LOGIN\r\n" + tag +
                  b" OK done\r\n")


def serve_tls(conn, cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    conn.sock = ctx.wrap_socket(conn.sock, server_side=True)
    conn.send(b"* OK fake ready\r\n")
    conn.command()


def fault_read_ctl(log, msgs):
    st = {"visible": len(msgs), "fault": None, "mailbox": "", "moved": 0,
          "gone": [], "uidvalidity": 42, "charset": None}
    try:
        lines = open(log + ".ctl").read().splitlines()
    except OSError:
        lines = []
    for line in lines:
        w = line.split()
        if len(w) == 2 and w[0] == "visible":
            st["visible"] = int(w[1])
        elif len(w) == 2 and w[0] == "mailbox":
            st["mailbox"] = w[1]
        elif len(w) == 2 and w[0] == "moved":
            st["moved"] = int(w[1])
        elif len(w) == 2 and w[0] == "charset" and w[1] in ("no", "bad"):
            st["charset"] = w[1]
        elif len(w) == 2 and w[0] == "uidvalidity":
            st["uidvalidity"] = int(w[1])
        elif len(w) >= 2 and w[0] == "gone":
            st["gone"] = [int(u) for u in w[1:]]
        elif len(w) in (3, 4) and w[0] == "fault":
            st["fault"] = tuple(w[1:])
    return st


def fault_drain(conn):
    """Waits for the client to hang up; logs what it still sends."""
    conn.sock.settimeout(30)
    while True:
        data = conn.sock.recv(65536)
        if not data:
            raise EOFError
        with open(conn.log, "ab") as lf:
            lf.write(b"AFTER-FAULT " + data.split(b"\r\n")[0] + b"\n")


def fault_flood(conn, prefix, unit):
    conn.send(prefix)
    chunk = unit * (65536 // len(unit))
    for _ in range(64 * 16):
        conn.send(chunk)
    fault_drain(conn)


def fault_answer(conn, f, stage, data, tag=b"*"):
    """Sends data, the answer at stage, unless the fault is for stage."""
    if f["fault"] is None or f["fault"][0] != stage or (
            len(f["fault"]) == 3 and f["fault"][2] != f.get("folder")):
        conn.send(data)
        return
    kind = f["fault"][1]
    with open(conn.log, "ab") as lf:
        lf.write(b"FAULT %s %s\n" % (stage.encode(), kind.encode()))
    if kind == "close":
        conn.send(data[:len(data) // 2])
        raise EOFError
    if kind == "malformed":
        conn.send(b"* \x01\x02 ((( this is not IMAP\r\n" + tag +
                  b" OK done\r\n")
    elif kind == "oversized" and stage == "fetch":
        fault_flood(conn, b"* 1 FETCH (UID 5 BODY[] {4000000000}\r\n",
                    b"x")
    elif kind == "oversized" and stage == "search":
        fault_flood(conn, b"* SEARCH", b" 1")
    elif kind == "oversized":
        fault_flood(conn, b"* OK ", b"A")
    fault_drain(conn)


def fault_write_state(conn, mb):
    with open(conn.log + ".state.tmp", "w") as sf:
        for box in ("INBOX", "Done", "Hand", "Flagged"):
            sf.write(" ".join([box] + [str(u) for u in mb[box]]) + "\n")
    os.rename(conn.log + ".state.tmp", conn.log + ".state")


def fault_box(mb):
    """The INBOX as this connection sees it."""
    return [u for u in mb["INBOX"] if u <= mb["visible"]]


def fault_set(args, mb):
    return [u for u in parse_set_in(args, mb) if u in fault_box(mb)]


def parse_set_in(text, mb):
    top = max(fault_box(mb) + [0])
    uids = []
    for part in text.split(","):
        if ":" in part:
            a, b = part.split(":")
            b = top if b == "*" else int(b)
            uids.extend(range(int(a), b + 1))
        else:
            uids.append(int(part))
    return uids


def fault_uid(conn, f, tag, args, mb):
    sub, rest = (args.split(" ", 1) + [""])[:2]
    sub = sub.upper()
    inbox = fault_box(mb)
    if sub == "SEARCH" and charset_refused(conn, tag, args, f["charset"]):
        pass
    elif sub == "SEARCH":
        m = re.search(r"UID (\d+):\*", rest)
        first = int(m.group(1)) if m else 1
        found = [u for u in inbox if u >= first]
        m = re.fullmatch(r"UID ([0-9:,]+)", rest)
        if m:
            found = sorted(set(fault_set(m.group(1), mb)))
        fault_answer(conn, f, "search", b"* SEARCH" + b"".join(
            b" %d" % u for u in found) + b"\r\n" + tag + b" OK done\r\n",
            tag)
    elif sub == "FETCH":
        uidset, items = rest.split(" ", 1)
        out = b""
        names = re.search(r"HEADER\.FIELDS \(([^)]*)\)", items)
        for u in fault_set(uidset, mb):
            data, seq = mb["data"][u], inbox.index(u) + 1
            if names:
                data = header_fields(data, names.group(1).upper().encode(
                ).split())
                out += b"* %d FETCH (UID %d BODY[HEADER.FIELDS (%s)] " \
                    b"{%d}\r\n" % (seq, u, names.group(1).encode(),
                                   len(data)) + data + b")\r\n"
            elif "BODY" in items.upper():
                out += b"* %d FETCH (UID %d BODY[] {%d}\r\n" % (
                    seq, u, len(data)) + data + b")\r\n"
            else:
                out += b"* %d FETCH (UID %d RFC822.SIZE %d)\r\n" % (
                    seq, u, len(data))
        stage = "fetch" if "BODY" in items.upper() and not names and any(
            u > 4 for u in fault_set(uidset, mb)) else "fetch-size"
        fault_answer(conn, f, stage, out + tag + b" OK done\r\n", tag)
    elif sub == "MOVE":
        uidset, box = rest.split(" ", 1)
        uids = fault_set(uidset, mb)
        fault_answer(conn, f, "move", b"* OK [COPYUID 1 %s %s] moved\r\n" %
                     (uidset.encode(), uidset.encode()) + b"".join(
                         b"* %d EXPUNGE\r\n" % (inbox.index(u) + 1)
                         for u in reversed(uids)) + tag + b" OK done\r\n",
                     tag)
        for u in uids:
            mb["INBOX"].remove(u)
            mb["Done"].append(u)
        fault_write_state(conn, mb)
    elif sub == "STORE":
        fault_answer(conn, f, "store", tag + b" OK done\r\n", tag)
        if "$BounceHarvested" in rest:
            mb["Flagged"] += fault_set(rest.split(" ", 1)[0], mb)
            fault_write_state(conn, mb)
    else:
        conn.send(tag + b" BAD unknown\r\n")


def fault_starttls(conn, f, tag, cert, key):
    fault_answer(conn, f, "starttls", tag + b" OK begin TLS\r\n", tag)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    conn.sock = ctx.wrap_socket(conn.sock, server_side=True)
    conn.buf = b""


def serve_faults(conn, boxes, cert, key):
    f = fault_read_ctl(conn.log, fault_mailbox()["data"])
    if f["mailbox"] not in boxes:
        mb = boxes[f["mailbox"]] = fault_mailbox()
        mb["Done"] = [u for u in mb["INBOX"] if u <= f["moved"]]
        mb["INBOX"] = [u for u in mb["INBOX"] if u > f["moved"]]
    mb = boxes[f["mailbox"]]
    mb["visible"] = f["visible"]
    for u in f["gone"]:
        if u in mb["INBOX"]:
            mb["INBOX"].remove(u)
            mb["Hand"].append(u)
    fault_write_state(conn, mb)
    fault_answer(conn, f, "greeting", b"* OK [CAPABILITY IMAP4rev1 STARTTLS "
                 b"AUTH=PLAIN] fake ready\r\n")
    caps = b"IMAP4rev1 STARTTLS AUTH=PLAIN"
    while True:
        cmd = conn.command().decode("utf-8", "replace")
        tag, verb, args = (cmd.split(" ", 2) + ["", ""])[:3]
        tag, verb = tag.encode(), verb.upper()
        if verb == "CAPABILITY":
            conn.send(b"* CAPABILITY " + caps + b"\r\n" + tag +
                      b" OK done\r\n")
        elif verb == "STARTTLS":
            fault_starttls(conn, f, tag, cert, key)
            caps = b"IMAP4rev1 AUTH=PLAIN MOVE UIDPLUS"
        elif verb in ("LOGIN", "AUTHENTICATE"):
            fault_answer(conn, f, "login", tag + b" OK logged in\r\n", tag)
        elif verb in ("SELECT", "EXAMINE"):
            f["folder"] = args
            stage = ("examine" if verb == "EXAMINE" and f["fault"] and
                     f["fault"][0] == "examine" else "select")
            fault_answer(conn, f, stage, b"* %d EXISTS\r\n"
                         b"* OK [UIDVALIDITY %d] ok\r\n"
                         b"* OK [UIDNEXT %d] ok\r\n" % (
                             len(fault_box(mb)), f["uidvalidity"],
                             f["visible"] + 1) + tag +
                         b" OK [READ-WRITE] done\r\n", tag)
        elif verb == "STATUS":
            f["folder"] = args.split(" ")[0]
            fault_answer(conn, f, "status", b"* STATUS INBOX (UIDNEXT %d "
                         b"UIDVALIDITY %d)\r\n" % (f["visible"] + 1,
                                                    f["uidvalidity"]) +
                         tag + b" OK done\r\n", tag)
        elif verb == "UID":
            fault_uid(conn, f, tag, args, mb)
        elif verb == "LOGOUT":
            conn.send(b"* BYE bye\r\n" + tag + b" OK done\r\n")
            return
        else:
            conn.send(tag + b" BAD unknown\r\n")


def fault_mailbox():
    d = os.environ.get("FAKE_IMAP_MESSAGES")
    names = sorted(os.listdir(d)) if d else []
    data = {}
    for i, n in enumerate(names, 1):
        with open(os.path.join(d, n), "rb") as mf:
            data[i] = re.sub(rb"\r?\n", b"\r\n", mf.read())
    return {"data": data, "INBOX": sorted(data), "Done": [], "Hand": [],
            "Flagged": []}


# Greetings that never get a command, sent in these parts.
GREETINGS = {
    "garbage": [b"\x01\x02 this is not IMAP at all\r\n"],
    "bye": [b"* BYE too many connections, go away\r\n"],
    "bye-spaced": [b"* \t bye {5}\r\n"],
    "bye-split": [b"*  B", b"yE go away\r\n"],
}


def serve_trickle(conn):
    conn.send(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake ready\r\n")
    while True:
        cmd = conn.command().decode("utf-8", "replace")
        tag, verb = (cmd.split(" ", 2) + [""])[:2]
        if verb.upper() in ("SELECT", "EXAMINE", "STATUS"):
            conn.send(b"* OK still working ")
            while True:
                conn.send(b".")
                time.sleep(0.25)
        elif verb.upper() == "CAPABILITY":
            conn.send(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" +
                      tag.encode() + b" OK done\r\n")
        else:
            conn.send(tag.encode() + b" OK done\r\n")


def serve_auth_loop(conn):
    conn.send(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2] "
              b"fake ready\r\n")
    while True:
        conn.command()
        conn.send(b"+ \r\n")


def serve(scenario, conn, state, extra):
    if scenario == "trickle":
        serve_trickle(conn)
    elif scenario == "auth-loop":
        serve_auth_loop(conn)
    elif scenario == "faults":
        serve_faults(conn, state["faults"], *extra)
    elif scenario == "tls":
        serve_tls(conn, *extra)
    elif scenario == "stall":
        time.sleep(3600)
    elif scenario in GREETINGS:
        for i, part in enumerate(GREETINGS[scenario]):
            if i > 0:
                time.sleep(0.2)
            conn.send(part)
        time.sleep(3600)
    elif scenario in ("literal-lf", "literal-long"):
        conn.send(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN] ready\r\n")
        conn.command()
        size = (b"{4294967280}\n" if scenario == "literal-lf" else
                b"{100000000000000000001610612720}\r\n")
        conn.send(b"* 1 FETCH (UID 1 BODY[] " + size)
        time.sleep(3600)
    elif scenario == "bad-section":
        conn.send(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN] ready\r\n")
        tag = conn.command().split(b" ", 1)[0]
        conn.send(b"* 1 FETCH (UID 1 BODY[HEADER.FF BYE bye\r\n" + tag +
                  b" OK done\r\n")
        time.sleep(3600)
    elif scenario == "no-starttls":
        serve_no_starttls(conn)
    elif scenario in ("starttls-inject", "starttls-caps"):
        serve_starttls(conn, *extra, scenario == "starttls-inject")
    elif scenario in ("mailbox", "mailbox-scan", "mailbox-scan-tail",
                      "mailbox-big", "uidplus", "badcharset",
                      "badcharset-bad", "search-no"):
        serve_mailbox(conn, state)
    elif scenario in ("mailbox-limit", "mailbox-limit-stall"):
        with state["lock"]:
            busy = state["active"] > 0
            state["active"] += 1
        try:
            if busy:
                with open(conn.log, "ab") as f:
                    f.write(b"REFUSED\n")
                if scenario == "mailbox-limit-stall":
                    time.sleep(3600)
                conn.send(b"* BYE Maximum number of connections from "
                          b"user+IP exceeded\r\n")
            else:
                serve_mailbox(conn, state)
        finally:
            with state["lock"]:
                state["active"] -= 1


def main():
    scenario, log = sys.argv[1], sys.argv[2]
    lsock = socket.socket()
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(4)
    os.write(1, b"%d\n" % lsock.getsockname()[1])
    os.close(1)
    if scenario == "mailbox-big":
        for u, name in ((2, b"two"), (3, b"three")):
            MESSAGES[u] = (b"From: Carol <carol@fake.test>\r\nSubject: " +
                           b"x" * (5 * 1024 * 1024 // 2) +
                           b"\r\nX-Test-Id: " + name + b"\r\n\r\nbody\r\n")
    state = {"dropped": scenario in ("uidplus", "mailbox-big",
                                     "mailbox-limit", "mailbox-limit-stall",
                                     "mailbox-scan-tail", "badcharset",
                                     "badcharset-bad", "search-no"),
             "lock": threading.Lock(), "active": 0,
             "uidplus": scenario == "uidplus",
             "drop_scan": scenario == "mailbox-scan",
             "scan_tail": scenario == "mailbox-scan-tail",
             "charset": {"badcharset": "no", "badcharset-bad": "bad",
                         "search-no": "other"}.get(scenario)}
    if scenario == "faults":
        state["faults"] = {}
    while True:
        sock, _ = lsock.accept()
        threading.Thread(target=serve_one, daemon=True,
                         args=(scenario, sock, log, state)).start()


def serve_one(scenario, sock, log, state):
    try:
        serve(scenario, Conn(sock, log), state, sys.argv[3:])
    except (EOFError, OSError, ssl.SSLError):
        pass
    sock.close()


if __name__ == "__main__":
    main()
