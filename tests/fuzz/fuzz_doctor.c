/*
 * fuzz_doctor: libFuzzer harness for the doctor's pure readers of text
 * from strangers: SPF, DMARC and DKIM records (anyone's DNS TXT), the
 * IPs and list zones found in a bounce's text and Received headers, and
 * the scan of a whole returned message.  Besides crashes and leaks it
 * checks: a record that parses cleanly lists no error and one that does
 * not lists one; an ip4/ip6 term has an address and a prefix within its
 * family's length, and doctor_ip_in() takes it; DMARC's pct lies in
 * 0..100; every IP found is a public IPv4 address.
 */
#include <arpa/inet.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "doctor.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
fuzz_errors(int rc, char **errors)
{
	if ((rc == 0) != (errors == NULL || errors[0] == NULL))
		abort();
}

static void
fuzz_spf(const char *z)
{
	struct doctor_spf spf;
	const struct doctor_spf_term *t;
	size_t i;
	int rc;

	(void)doctor_spf_is_record(z);
	rc = doctor_spf_parse(z, &spf);
	fuzz_errors(rc, spf.errors);
	for (i = 0; i < spf.nterms; i++) {
		t = &spf.terms[i];
		if (doctor_spf_mech_name(t->mech) == NULL ||
		    strchr("+-~?", t->qualifier) == NULL ||
		    t->qualifier == '\0')
			abort();
		if (t->mech != SPF_IP4 && t->mech != SPF_IP6)
			continue;
		if (t->net == NULL || t->prefix < -1 ||
		    t->prefix > (t->mech == SPF_IP4 ? 32 : 128))
			abort();
		(void)doctor_ip_in(t->mech == SPF_IP4 ? "192.0.2.1" :
		    "2001:db8::1", t->net, t->prefix);
	}
	doctor_spf_release(&spf);
}

static void
fuzz_dmarc_dkim(const char *z)
{
	struct doctor_dmarc dm;
	struct doctor_dkim dk;
	int rc;

	(void)doctor_dmarc_is_record(z);
	rc = doctor_dmarc_parse(z, &dm);
	fuzz_errors(rc, dm.errors);
	if (dm.pct < 0 || dm.pct > 100)
		abort();
	doctor_dmarc_release(&dm);
	rc = doctor_dkim_parse(z, &dk);
	fuzz_errors(rc, dk.errors);
	if (dk.key_bits < 0)
		abort();
	doctor_dkim_release(&dk);
}

static void
fuzz_public_ip(void *ctx, const char *ip)
{
	struct in_addr a;

	(void)ctx;
	if (inet_pton(AF_INET, ip, &a) != 1 || !doctor_ip4_public(ip))
		abort();
}

static void
fuzz_zone(void *ctx, const char *zone)
{
	(void)ctx;
	if (zone == NULL || zone[0] == '\0')
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct doctor_facts f;
	char *z = g_strndup((const char *)data, size);

	fuzz_spf(z);
	fuzz_dmarc_dkim(z);
	doctor_text_ips(z, fuzz_public_ip, NULL);
	doctor_text_zones(z, fuzz_zone, NULL);
	doctor_received_ips((const char *)data, size, fuzz_public_ip, NULL);
	doctor_facts_init(&f);
	doctor_facts_scan_message(&f, (const char *)data, size);
	doctor_facts_release(&f);
	g_free(z);
	return 0;
}
