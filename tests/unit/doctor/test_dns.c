/*
 * test_dns: the resolver layer against a real unbound on 127.0.0.1
 * (started by the doctor_dns fixture from scripts/dns-test-server.sh with
 * tests/fixtures/doctor/zones.conf), plus a silent socket for timeouts
 * and retries.  Never the public internet.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>
#include <glib.h>

#include "dns.h"

static char server[64];

static int
setup(void **state)
{
	const char *file = getenv("BH_DNS_PORT_FILE");
	char *text = NULL;

	if (file == NULL || !g_file_get_contents(file, &text, NULL, NULL)) {
		fprintf(stderr, "test_dns: no port file (BH_DNS_PORT_FILE)\n");
		return -1;
	}
	g_snprintf(server, sizeof server, "127.0.0.1:%s", g_strstrip(text));
	g_free(text);
	return 0;
}

static struct dns_resolver *
resolver(const char *servers, int timeout_ms, int tries)
{
	struct dns_config cfg = { servers, timeout_ms, tries, 0, 0 };
	struct dns_resolver *res;
	struct err err;

	if (dns_resolver_new(&cfg, &res, &err) < 0)
		fail_msg("%s", err.msg);
	return res;
}

static void
test_records(void **state)
{
	struct dns_resolver *res = resolver(server, 1000, 2);
	struct dns_answer a;

	/* a key split in two strings comes back as one record */
	assert_int_equal(dns_lookup(res, "sel1._domainkey.good.test",
	    DNS_T_TXT, &a), DNS_OK);
	assert_int_equal(a.nrr, 1);
	assert_true(g_str_has_prefix(a.rr[0].text, "v=DKIM1; k=rsa; p=MII"));
	assert_int_equal(strlen(a.rr[0].text), strlen("v=DKIM1; k=rsa; p=") +
	    392);
	dns_answer_release(&a);
	assert_int_equal(dns_lookup(res, "good.test", DNS_T_TXT, &a), DNS_OK);
	assert_int_equal(a.nrr, 2);
	dns_answer_release(&a);
	assert_int_equal(dns_lookup(res, "good.test", DNS_T_MX, &a), DNS_OK);
	assert_int_equal(a.nrr, 1);
	assert_string_equal(a.rr[0].text, "mail.good.test");
	assert_int_equal(a.rr[0].pref, 10);
	dns_answer_release(&a);
	assert_int_equal(dns_lookup(res, "nullmx.test", DNS_T_MX, &a), DNS_OK);
	assert_string_equal(a.rr[0].text, "");
	assert_int_equal(a.rr[0].pref, 0);
	dns_answer_release(&a);
	assert_int_equal(dns_lookup(res, "5.113.0.203.in-addr.arpa",
	    DNS_T_PTR, &a), DNS_OK);
	assert_string_equal(a.rr[0].text, "mail.good.test");
	dns_answer_release(&a);
	assert_int_equal(dns_lookup(res, "77.113.0.203.zen.spamhaus.org",
	    DNS_T_A, &a), DNS_OK);
	assert_int_equal(a.nrr, 2);
	dns_answer_release(&a);
	dns_resolver_free(res);
}

static void
test_negative(void **state)
{
	struct dns_resolver *res = resolver(server, 1000, 2);
	struct dns_answer a;

	assert_int_equal(dns_lookup(res, "nomail.test", DNS_T_MX, &a),
	    DNS_NODATA);
	assert_int_equal(a.nrr, 0);
	dns_answer_release(&a);
	assert_int_equal(dns_lookup(res, "nope.test", DNS_T_MX, &a),
	    DNS_NXDOMAIN);
	dns_answer_release(&a);
	/* outside the test zones: NXDOMAIN here, nothing leaves the host */
	assert_int_equal(dns_lookup(res, "example.com", DNS_T_A, &a),
	    DNS_NXDOMAIN);
	dns_answer_release(&a);
	dns_resolver_free(res);
}

struct batch {
	int	 ok, nx, nodata, other;
};

static void
batch_done(void *ctx, const char *name, enum dns_type type,
    const struct dns_answer *ans)
{
	struct batch *b = ctx;

	if (ans->status == DNS_OK)
		b->ok++;
	else if (ans->status == DNS_NXDOMAIN)
		b->nx++;
	else if (ans->status == DNS_NODATA)
		b->nodata++;
	else
		b->other++;
}

/* 600 queries, at most 50 in flight: every one answered exactly once. */
static void
test_many(void **state)
{
	struct dns_config cfg = { server, 1000, 3, 50, 0 };
	struct dns_resolver *res;
	struct batch b = { 0 };
	struct err err;
	char name[64];
	int i;

	assert_int_equal(dns_resolver_new(&cfg, &res, &err), 0);
	for (i = 0; i < 200; i++) {
		dns_submit(res, "mx.test", DNS_T_MX, batch_done, &b);
		dns_submit(res, "nomail.test", DNS_T_MX, batch_done, &b);
		g_snprintf(name, sizeof name, "n%d.nope.test", i);
		dns_submit(res, name, DNS_T_A, batch_done, &b);
	}
	assert_int_equal(dns_wait(res, &err), 0);
	assert_int_equal(b.ok, 200);
	assert_int_equal(b.nodata, 200);
	assert_int_equal(b.nx, 200);
	assert_int_equal(b.other, 0);
	assert_int_equal(dns_queries_sent(res), 600);
	dns_resolver_free(res);
}

/* A UDP socket on 127.0.0.1 that never answers; its address in srv. */
static int
silent_server(char *srv, size_t size)
{
	struct sockaddr_in sa = { 0 };
	socklen_t len = sizeof sa;
	int fd;

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof sa), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sa, &len), 0);
	g_snprintf(srv, size, "127.0.0.1:%u", ntohs(sa.sin_port));
	return fd;
}

/* A server that never answers: a timeout after exactly `tries` sends. */
static void
test_timeout_retries(void **state)
{
	struct dns_resolver *res;
	struct dns_answer a;
	char buf[512], srv[64];
	int fd, n = 0;

	fd = silent_server(srv, sizeof srv);
	res = resolver(srv, 100, 3);
	assert_int_equal(dns_lookup(res, "good.test", DNS_T_TXT, &a),
	    DNS_TIMEOUT);
	dns_answer_release(&a);
	while (recv(fd, buf, sizeof buf, MSG_DONTWAIT) > 0)
		n++;
	assert_int_equal(n, 3);
	dns_resolver_free(res);
	close(fd);
}

/*
 * One deadline for everything: 300 queries to a server that never
 * answers, 10 s per try, 1 in flight: all answered "timeout" once the
 * 300 ms deadline passes, most never sent.
 */
static void
test_deadline(void **state)
{
	struct dns_config cfg = { NULL, 10000, 3, 1, 300 };
	struct dns_resolver *res;
	struct batch b = { 0 };
	struct err err;
	char srv[64];
	gint64 t0;
	int fd, i;

	fd = silent_server(srv, sizeof srv);
	cfg.servers = srv;
	t0 = g_get_monotonic_time();
	assert_int_equal(dns_resolver_new(&cfg, &res, &err), 0);
	for (i = 0; i < 300; i++)
		dns_submit(res, "good.test", DNS_T_TXT, batch_done, &b);
	assert_int_equal(dns_wait(res, &err), 0);
	assert_true(g_get_monotonic_time() - t0 < 5 * G_USEC_PER_SEC);
	assert_true(g_get_monotonic_time() - t0 >= 300 * 1000);
	assert_int_equal(b.other, 300);
	assert_true(dns_deadline_passed(res));
	assert_true(dns_queries_sent(res) < 300);
	dns_resolver_free(res);
	close(fd);
}

static void
test_bad_server(void **state)
{
	struct dns_config cfg = { "not a server", 0, 0, 0, 0 };
	struct dns_resolver *res;
	struct err err;
	char buf[32], big[128];

	assert_int_equal(dns_resolver_new(&cfg, &res, &err), -1);
	assert_non_null(strstr(err.msg, "bad DNS server list"));
	assert_int_equal(dns_reverse_name("203.0.113.5", "bl.test", buf,
	    sizeof buf), 0);
	assert_string_equal(buf, "5.113.0.203.bl.test");
	assert_int_equal(dns_reverse_name("2001:db8::1", "x", buf,
	    sizeof buf), -1);	/* too short for 32 nibbles */
	assert_int_equal(dns_reverse_name("2001:db8::1", "ip6.arpa", big,
	    sizeof big), 0);
	assert_string_equal(big, "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0."
	    "0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
	assert_int_equal(dns_reverse_name("nonsense", "x", big, sizeof big),
	    -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_records),
		cmocka_unit_test(test_negative),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_timeout_retries),
		cmocka_unit_test(test_deadline),
		cmocka_unit_test(test_bad_server),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
