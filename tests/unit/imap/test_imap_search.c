/*
 * imap_search: the answer to `UID n:*` is filtered, sorted and de-duplicated
 * (servers add the highest UID even when it is below n), and the search key
 * is built for both the candidate search and the fetch-all baseline.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "imap_int.h"

static clist *
uid_list(const uint32_t *v, size_t n)
{
	clist *l = clist_new();
	uint32_t *p;
	size_t i;

	for (i = 0; i < n; i++) {
		p = malloc(sizeof(*p));
		*p = v[i];
		clist_append(l, p);
	}
	return l;
}

static void
test_uids_filtered_sorted_unique(void **state)
{
	static const uint32_t in[] = { 9, 4, 12, 4, 3, 10 };
	clist *l = uid_list(in, 6);
	uint32_t *out;
	size_t n;

	n = imap_search_uids(l, 4, &out);
	assert_int_equal(n, 4);
	assert_int_equal(out[0], 4);
	assert_int_equal(out[1], 9);
	assert_int_equal(out[2], 10);
	assert_int_equal(out[3], 12);
	free(out);
	mailimap_search_result_free(l);
}

static void
test_uid_quirk_highest_below_first(void **state)
{
	static const uint32_t in[] = { 7 };
	clist *l = uid_list(in, 1);
	uint32_t *out;

	assert_int_equal(imap_search_uids(l, 8, &out), 0);
	free(out);
	mailimap_search_result_free(l);
}

static void
test_search_keys(void **state)
{
	struct imap_folder_opts o = { .folder = "INBOX" };
	static const char *const extra[] = { "my-bounces", NULL };
	struct mailimap_search_key *k;

	k = imap_search_key(5, &o);
	assert_non_null(k);
	assert_int_equal(k->sk_type, MAILIMAP_SEARCH_KEY_MULTIPLE);
	mailimap_search_key_free(k);
	o.subject = extra;
	k = imap_search_key(5, &o);
	assert_non_null(k);
	mailimap_search_key_free(k);
	o.fetch_all = 1;
	k = imap_search_key(5, &o);
	assert_non_null(k);
	assert_int_equal(k->sk_type, MAILIMAP_SEARCH_KEY_UID);
	mailimap_search_key_free(k);
}

/*
 * Found by fuzz_imap (tests/fuzz/seeds/imap/empty-capability-crash.txt):
 * a server answering SELECT with "OK [CAPABILITY] done" leaves libetpan
 * a capability with no list, which mailimap_has_extension() dereferences.
 */
static void
test_empty_capability_list(void **state)
{
	mailimap *imap = mailimap_new(0, NULL);

	assert_non_null(imap);
	assert_int_equal(imap_has_cap(imap, "MOVE", 0), 0);
	imap->imap_connection_info = mailimap_connection_info_new();
	assert_int_equal(imap_has_cap(imap, "MOVE", 0), 0);
	imap->imap_connection_info->imap_capability =
	    mailimap_capability_data_new(NULL);
	assert_int_equal(imap_has_cap(imap, "MOVE", 0), 0);
	assert_int_equal(imap_has_cap(imap, "PLAIN", 1), 0);
	mailimap_free(imap);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_uids_filtered_sorted_unique),
		cmocka_unit_test(test_uid_quirk_highest_below_first),
		cmocka_unit_test(test_search_keys),
		cmocka_unit_test(test_empty_capability_list),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
