#!/usr/bin/env python3
"""A UDP DNS relay on 127.0.0.1 that holds each answer for a fixed delay,
so benchmarks against the private unbound can show what many queries in
flight buy over a resolver that is a few milliseconds away.  For
scripts/bench-doctor.sh only.

usage: dns-delay-proxy.py PORTFILE UPSTREAM_PORT DELAY_MS
Writes the port it listens on to PORTFILE once ready.
"""
import asyncio
import sys


class Relay(asyncio.DatagramProtocol):
    def __init__(self, upstream, delay):
        self.upstream = upstream
        self.delay = delay
        self.clients = {}       # query id -> client address
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        if len(data) < 2:
            return
        qid = data[:2]
        if addr == self.upstream:
            client = self.clients.pop(qid, None)
            if client is not None:
                asyncio.get_running_loop().call_later(
                    self.delay, self.transport.sendto, data, client)
        else:
            self.clients[qid] = addr
            self.transport.sendto(data, self.upstream)


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
