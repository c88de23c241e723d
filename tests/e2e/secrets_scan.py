#!/usr/bin/env python3
"""Runs harvests and looks for their secret everywhere it must not be.

    unshare -m secrets_scan.py HOST_MNT_NS WORK BINARY CASE...

Run by tests/e2e/harvest_secrets.sh inside a private mount namespace
(HOST_MNT_NS, the namespace it came from, is checked to differ): /dev is
replaced by a tmpfs holding null, zero, random, urandom, full and a
datagram socket at /dev/log that collects what the harvest sends to
syslog.  Nothing outside the namespace changes.

Each CASE is a name; WORK/NAME.conf is its configuration, WORK/NAME.want
holds its secret (first line), the exit status it must have (second
line), and `env` on a third line when the secret comes from the
environment (variable HARVEST_SECRET).  The harvest runs with --verbose
--syslog.  While it runs, every 2 ms, /proc/PID/cmdline and environ of
the harvest and of every descendant are read.  Afterwards the secret (and
its base64 forms in AUTHENTICATE PLAIN and XOAUTH2) must be in none of:
the command lines, the environments (but for the harvest's own in an
`env` case, where the scan must find it: the scanner's self-test; clones
of the harvest, forked and not yet exec'd, share it),
standard error and output, and the syslog datagrams.  The scan must have
seen a descendant when the secret comes from a command, and syslog must
have received the --verbose lines.

Prints one line per case; exits 1 on any failure.
"""
import base64
import os
import socket
import subprocess
import sys
import time


def dev_private():
    """A /dev of our own in this namespace, /dev/log our socket."""
    old = os.path.join(WORK, "olddev")
    os.mkdir(old)
    run = lambda *a: subprocess.run(a, check=True)
    run("mount", "--make-rprivate", "/")
    run("mount", "--rbind", "/dev", old)
    run("mount", "-t", "tmpfs", "-o", "mode=755", "tmpfs", "/dev")
    for name in ("null", "zero", "random", "urandom", "full"):
        open("/dev/" + name, "w").close()
        run("mount", "--bind", os.path.join(old, name), "/dev/" + name)
    os.symlink("/proc/self/fd", "/dev/fd")
    log = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    log.bind("/dev/log")
    log.setblocking(False)
    return log


def family(root):
    """root and its descendants, from the parent links in /proc."""
    parent = {}
    for p in os.listdir("/proc"):
        if not p.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % p, "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces and parentheses.
        parent[int(p)] = int(stat[stat.rindex(b")") + 2:].split()[1])
    out, grew = {root}, True
    while grew:
        grew = False
        for p, pp in parent.items():
            if pp in out and p not in out:
                out.add(p)
                grew = True
    return out


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return b""


def needles(secret, user):
    s = secret.encode()
    plain = base64.b64encode(b"\0" + user + b"\0" + s)
    xoauth = base64.b64encode(b"user=" + user + b"\1auth=Bearer " + s +
                              b"\1\1")
    return [s, base64.b64encode(s), plain, xoauth]


def found(data, secret_forms):
    return any(n in data for n in secret_forms)


def run_case(name, log):
    with open(os.path.join(WORK, name + ".want")) as f:
        want = f.read().split("\n")
    secret, status, from_env = want[0], int(want[1]), want[2:3] == ["env"]
    forms = needles(secret, b"alice")
    env = {k: v for k, v in os.environ.items() if k != "HARVEST_SECRET"}
    if from_env:
        env["HARVEST_SECRET"] = secret
    errors, seen_children, syslog = [], set(), b""
    env_hits, cmd_hits, clones, own_cmd = set(), set(), set(), None
    with open(os.path.join(WORK, name + ".err"), "wb") as err, \
            open(os.path.join(WORK, name + ".out"), "wb") as out:
        proc = subprocess.Popen([BIN, "harvest", "--verbose", "--syslog",
                                 "--config",
                                 os.path.join(WORK, name + ".conf")],
                                stdout=out, stderr=err, env=env)
        deadline = time.time() + 60
        while True:
            done = proc.poll() is not None
            for pid in family(proc.pid) if not done else ():
                cmd = read("/proc/%d/cmdline" % pid)
                environ = read("/proc/%d/environ" % pid)
                if pid == proc.pid:
                    own_cmd = cmd or own_cmd
                elif cmd and cmd != own_cmd:
                    seen_children.add(cmd.replace(b"\0", b" ").strip())
                elif cmd:
                    clones.add(pid)
                if found(cmd, forms) and pid not in cmd_hits:
                    cmd_hits.add(pid)
                    errors.append("secret in the command line of %d: %r"
                                  % (pid, cmd))
                if found(environ, forms):
                    env_hits.add(pid)
            while True:
                try:
                    syslog += log.recv(65536) + b"\n"
                except BlockingIOError:
                    break
            if done:
                break
            if time.time() > deadline:
                proc.kill()
                errors.append("harvest still running after 60 s")
            time.sleep(0.002)
    output = read(os.path.join(WORK, name + ".err")) + \
        read(os.path.join(WORK, name + ".out"))
    if proc.returncode != status:
        errors.append("exit %d, not %d: %s" % (proc.returncode, status,
                                               output[-300:]))
    # A clone of the harvest (forked, not yet exec'd; LeakSanitizer's
    # tracer) shares its memory and its environment.
    if from_env and proc.pid not in env_hits:
        errors.append("self-test: the secret the harvest was given in its "
                      "environment was not found there")
    own = {proc.pid} | clones if from_env else set()
    if env_hits - own:
        errors.append("secret in the environment of %s (the harvest: %d)" %
                      (sorted(env_hits - own), proc.pid))
    if found(output, forms):
        errors.append("secret in the output")
    if found(syslog, forms):
        errors.append("secret in syslog")
    if b"bounce-harvester[" not in syslog:
        errors.append("syslog received nothing: %r" % syslog[:200])
    if status == 0 and b" UID " not in syslog:
        errors.append("no --verbose line in syslog: %r" % syslog[:300])
    if status == 0 and b" UID " not in output:
        errors.append("no --verbose line on stderr: %r" % output[:300])
    if b"_command" in read(os.path.join(WORK, name + ".conf")) and \
            not any(b"/bin/sh -c" in c for c in seen_children):
        errors.append("the secret's command was never seen running: %s" %
                      sorted(seen_children))
    for e in errors:
        print("FAIL: %s: %s" % (name, e))
    if not errors:
        print("ok: %s: exit %d, %d syslog bytes, children seen: %s" % (
            name, proc.returncode, len(syslog),
            b"; ".join(sorted(seen_children)).decode("utf-8", "replace")
            or "none"))
    return not errors


def main():
    global WORK, BIN
    host_ns, WORK, BIN = sys.argv[1:4]
    if os.readlink("/proc/self/ns/mnt") == host_ns:
        sys.exit("secrets_scan: not in a mount namespace of its own")
    log = dev_private()
    ok = [run_case(name, log) for name in sys.argv[4:]]
    sys.exit(0 if all(ok) else 1)


if __name__ == "__main__":
    main()
