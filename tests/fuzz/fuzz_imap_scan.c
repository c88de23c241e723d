/*
 * fuzz_imap_scan: libFuzzer harness for the client-side search's pure
 * parts: imap_scan_parse() on the input as one response (as read: a line
 * and its literals), then imap_filter_match() on the header fields it
 * found, or on the whole input when it found none.  Besides crashes and
 * leaks it checks that the fields and any text returned lie inside the
 * input.  Much faster than fuzz_imap, which plays whole sessions.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "imap_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
fuzz_inside(const char *p, size_t len, const char *buf, size_t size)
{
	return p >= buf && len <= size && (size_t)(p - buf) <= size - len;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct imap_filter *f;
	static const char *const extra[] = { "Non consegnato", NULL };
	struct imap_folder_opts o = { .folder = "INBOX", .subject = extra };
	const char *buf = (const char *)data;
	struct imap_scan_item it;
	enum imap_scan_kind k;

	if (f == NULL)
		f = imap_filter_new(&o);
	k = imap_scan_parse(buf, size, "bhscan1", &it);
	if (it.data != NULL && !fuzz_inside(it.data, it.len, buf, size))
		abort();
	if (it.text != NULL && !fuzz_inside(it.text, it.tlen, buf, size))
		abort();
	if (k == IMAP_SCAN_FETCH && it.data != NULL)
		(void)imap_filter_match(f, it.data, it.len);
	else
		(void)imap_filter_match(f, buf, size);
	return 0;
}
