#!/usr/bin/env python3
"""A UDP DNS relay on 127.0.0.1 that holds each answer for a fixed delay,
so benchmarks against the private unbound can show what many queries in
flight buy over a resolver that is a few milliseconds away.  For
scripts/bench-doctor.sh only.

usage: dns-delay-proxy.py PORTFILE UPSTREAM_PORT DELAY_MS
Writes the port it listens on to PORTFILE once ready.
"""
import asyncio
import socket
import sys


class Relay(asyncio.DatagramProtocol):
    def __init__(self, upstream, delay):
        self.upstream = upstream
        self.delay = delay
        self.pending = {}       # our query id -> (client id, client)
        self.next_id = 0
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport
        sock = transport.get_extra_info("socket")
        # bursts of hundreds of datagrams each way
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 << 20)

    def datagram_received(self, data, addr):
        if len(data) < 2:
            return
        if addr == self.upstream:
            entry = self.pending.pop(data[:2], None)
            if entry is not None:
                asyncio.get_running_loop().call_later(
                    self.delay, self.transport.sendto,
                    entry[0] + data[2:], entry[1])
            return
        # Our own ids: clients' ids may collide with each other.
        qid = self.next_id.to_bytes(2, "big")
        self.next_id = (self.next_id + 1) & 0xffff
        self.pending[qid] = (data[:2], addr)
        self.transport.sendto(qid + data[2:], self.upstream)


async def main():
    portfile, upstream_port, delay_ms = sys.argv[1:4]
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(
        lambda: Relay(("127.0.0.1", int(upstream_port)),
                      float(delay_ms) / 1000.0),
        local_addr=("127.0.0.1", 0))
    with open(portfile, "w") as f:
        f.write("%d\n" % transport.get_extra_info("sockname")[1])
    await asyncio.Event().wait()


asyncio.run(main())
