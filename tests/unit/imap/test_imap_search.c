/*
 * imap_search: the answer to `UID n:*` is filtered, sorted and de-duplicated
 * (servers add the highest UID even when it is below n), the search key
 * is built for both the candidate search and the fetch-all baseline, and
 * the client-side search matches header fields as the server would:
 * folded, RFC 2047-encoded in several charsets, in any case; and its
 * FETCH responses are parsed whatever their shape (imap_scan_parse).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

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

static int
filter_hit(const char *hdr, const char *const *subject)
{
	struct imap_folder_opts o = { .folder = "INBOX", .subject = subject };
	struct imap_filter *f = imap_filter_new(&o);
	int hit = imap_filter_match(f, hdr, strlen(hdr));

	imap_filter_free(f);
	return hit;
}

/* Header blocks as BODY[HEADER.FIELDS (...)] returns them. */
static const char *const filter_hits[] = {
	"From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example>\r\n\r\n",
	"from: postmaster@mx.example\r\n\r\n",
	/* The name is decoded and matched across folds and spaces. */
	"From: \"Mail\r\n   Delivery   System\" <x@mx.example>\r\n\r\n",
	"Subject: Delivery Status\r\n\tNotification (Failure)\r\n\r\n",
	"Subject : UNDELIVERABLE: your offer\n\n",
	"X-Failed-Recipients: a@example.org\r\n\r\n",
	"X-Failed-Recipients:\r\n\r\n",
	"Content-Type: multipart/REPORT; report-type=delivery-status;\r\n"
	    "\tboundary=\"b\"\r\n\r\n",
	"Auto-Submitted: auto-replied (vacation)\r\n\r\n",
	/* RFC 2047 in UTF-8, GB2312, ISO-2022-JP, Shift_JIS, KOI8-R. */
	"Subject: =?UTF-8?B?57O757uf6YCA5L+h?=\r\n\r\n",
	"Subject: =?gb2312?B?zcvQxQ==?=\r\n\r\n",
	"Subject: =?iso-2022-jp?B?GyRCR1s/LklURz0bKEI=?=\r\n\r\n",
	"Subject: Re: =?shift_jis?B?jqmTromek5o=?=\r\n\r\n",
	/* Upper-case Cyrillic against a lower-case criterion. */
	"Subject: =?koi8-r?B?7uXk7/P04ffs5e7v?=\r\n\r\n",
	"Subject: =?iso-8859-1?Q?R=C9PONSE_automatique?=\r\n\r\n",
	"Subject: =?utf-8?q?R=C3=A9ponse_?=\r\n =?utf-8?q?automatique?=\r\n\r\n",
	/* Raw UTF-8 (no encoded word), as some servers store it. */
	"Subject: \xe9\x80\x80\xe4\xbf\xa1\r\n\r\n",
	/* Unknown charset, broken encoded word: compared as received. */
	"Subject: =?x-unknown?B?YWJj?= returned mail\r\n\r\n",
	"Subject: =?UTF-8?B?broken undeliverable\r\n\r\n",
	/* A null reverse path: a notice whose subject is the original's. */
	"Return-Path: <>\r\nSubject: Offer 049\r\n\r\n",
	/* Translated frames: Turkish (Q-encoded), Korean, Polish. */
	"Subject: =?UTF-8?Q?Teslimat_ba=C5=9Far=C4=B1s=C4=B1z=3A_ileti?=\r\n\r\n",
	"Subject: =?UTF-8?B?66mU7J28IOuwnOyGoSDsi6TtjKgg7JWI64K0?=\r\n\r\n",
	"Subject: Wiadomosc niedostarczona zwrocona do nadawcy\r\n\r\n",
	NULL,
};

static const char *const filter_misses[] = {
	"From: Carol <carol@customer.example>\r\n"
	    "Subject: Quote for the third quarter\r\n\r\n",
	"Content-Type: text/plain; charset=utf-8\r\n\r\n",
	"Auto-Submitted: no\r\n\r\n",
	/* Criteria of one field do not apply to another. */
	"To: postmaster@example.com\r\nSubject: hello\r\n\r\n",
	"Subject: hello\r\n\r\nFrom: mailer-daemon@after.blank\r\n",
	"",
	"\r\n",
	": no name\r\n no field\r\n\r\n",
	"Subject: =?UTF-8?B?5L2g5aW9?=\r\n\r\n",
	"Return-Path: <carol@customer.example>\r\n\r\n",
	NULL,
};

static void
test_filter_matches(void **state)
{
	size_t i;

	for (i = 0; filter_hits[i] != NULL; i++)
		if (!filter_hit(filter_hits[i], NULL))
			fail_msg("not matched: %s", filter_hits[i]);
	for (i = 0; filter_misses[i] != NULL; i++)
		if (filter_hit(filter_misses[i], NULL))
			fail_msg("matched: %s", filter_misses[i]);
}

/*
 * Only len bytes are read, a NUL does not hide what follows it, and
 * search_subject adds criteria.
 */
static void
test_filter_len_and_extra(void **state)
{
	static const char *const extra[] = { "Non consegnato", NULL };
	static const char hdr[] = "Subject: NON  CONSEGNATO\r\n\r\n";
	static const char cut[] = "Subject: undeliverable";
	static const char nul[] = "Subject: x\0 undelivered\r\n\r\n";
	struct imap_folder_opts o = { .folder = "INBOX" };
	struct imap_filter *f = imap_filter_new(&o);

	assert_int_equal(imap_filter_match(f, cut, 11), 0);
	assert_int_equal(imap_filter_match(f, cut, sizeof(cut) - 1), 1);
	assert_int_equal(imap_filter_match(f, nul, sizeof(nul) - 1), 1);
	imap_filter_free(f);
	assert_int_equal(filter_hit(hdr, NULL), 0);
	assert_int_equal(filter_hit(hdr, extra), 1);
}

/*
 * The reader's keys (dsn_rules_message_keys()) are criteria as well, in
 * the fields they were given for; "Odpowiedź automatyczna" (a Polish
 * auto-reply, From a person) is found only through them.
 */
static void
test_filter_reader_keys(void **state)
{
	static const char *const subject[] = {
	    "odpowied\xc5\xba automatyczna", NULL };
	static const char *const from[] = { "-admin@", NULL };
	static const char pl[] = "From: p.zielinski@klient.example\r\n"
	    "Subject: =?UTF-8?Q?Odpowied=C5=BA_automatyczna=3A_Oferta?=\r\n"
	    "\r\n";
	static const char ml[] = "From: list-admin@ml.example\r\n\r\n";
	static const char swapped[] = "Subject: list-admin@ml.example\r\n\r\n";
	struct imap_folder_opts o = { .folder = "INBOX" };
	struct imap_filter *f = imap_filter_new(&o);

	assert_int_equal(imap_filter_match(f, pl, sizeof(pl) - 1), 0);
	assert_int_equal(imap_filter_match(f, ml, sizeof(ml) - 1), 0);
	imap_filter_free(f);
	o.reader_subject = subject;
	o.reader_from = from;
	f = imap_filter_new(&o);
	assert_int_equal(imap_filter_match(f, pl, sizeof(pl) - 1), 1);
	assert_int_equal(imap_filter_match(f, ml, sizeof(ml) - 1), 1);
	assert_int_equal(imap_filter_match(f, swapped, sizeof(swapped) - 1),
	    0);
	imap_filter_free(f);
}

/* The number of SUBJECT keys in a search key's tree. */
static int
count_subject_keys(const struct mailimap_search_key *k)
{
	clistiter *it;
	int n = 0;

	switch (k->sk_type) {
	case MAILIMAP_SEARCH_KEY_SUBJECT:
		return 1;
	case MAILIMAP_SEARCH_KEY_OR:
		return count_subject_keys(k->sk_data.sk_or.sk_or1) +
		    count_subject_keys(k->sk_data.sk_or.sk_or2);
	case MAILIMAP_SEARCH_KEY_MULTIPLE:
		for (it = clist_begin(k->sk_data.sk_multiple); it != NULL;
		    it = clist_next(it))
			n += count_subject_keys(clist_content(it));
		return n;
	default:
		return 0;
	}
}

/*
 * A key that holds another (as compared) finds nothing more and is not
 * sent: the server's search has one criterion per distinct word.
 */
static void
test_search_keys_once(void **state)
{
	static const char *const same[] = { "UNDELIVERABLE", "undeliver",
	    "Returned Mail", NULL };
	static const char *const novel[] = { "zwei", "eins zwei", "drei",
	    NULL };
	struct imap_folder_opts o = { .folder = "INBOX" };
	struct mailimap_search_key *k;
	int base;

	k = imap_search_key(1, &o);
	base = count_subject_keys(k);
	mailimap_search_key_free(k);
	assert_true(base > 40);
	o.subject = same;
	o.reader_subject = same;
	k = imap_search_key(1, &o);
	assert_int_equal(count_subject_keys(k), base);
	mailimap_search_key_free(k);
	o.reader_subject = novel;
	k = imap_search_key(1, &o);
	assert_int_equal(count_subject_keys(k), base + 2);
	mailimap_search_key_free(k);
}

/* One response as read (line and literals): what imap_scan_parse() sees. */
static enum imap_scan_kind
scan(const char *resp, struct imap_scan_item *it)
{
	return imap_scan_parse(resp, strlen(resp), "bhscan1", it);
}

/* resp is a FETCH response with this UID and these fields. */
static void
expect_fetch(const char *resp, uint32_t uid, const char *fields)
{
	struct imap_scan_item it;

	assert_int_equal(scan(resp, &it), IMAP_SCAN_FETCH);
	assert_int_equal(it.uid, uid);
	assert_int_equal(it.len, strlen(fields));
	assert_memory_equal(it.data, fields, it.len);
}

static void
test_scan_parse_fetch(void **state)
{
	struct imap_scan_item it;

	expect_fetch("* 12 FETCH (UID 34 BODY[HEADER.FIELDS (FROM SUBJECT)] "
	    "{15}\r\nSubject: hi\r\n\r\n)\r\n", 34, "Subject: hi\r\n\r\n");
	/* Any order, other items around, a literal holding ")" and "{". */
	expect_fetch("* 1 fetch (FLAGS (\\Seen $X) body[HEADER.FIELDS (FROM)] "
	    "{9}\r\n) {3}\r\n\r\n MODSEQ (5) UID 7)\r\n", 7, ") {3}\r\n\r\n");
	/* A bare LF after the literal's length, as libetpan allows. */
	expect_fetch("* 1 FETCH (UID 9 BODY[HEADER.FIELDS (FROM)] {2}\n\r\n)\n",
	    9, "\r\n");
	/* A quoted string; NIL: no fields (the caller reads the message). */
	assert_int_equal(scan("* 2 FETCH (UID 8 BODY[HEADER.FIELDS (FROM)] "
	    "\"\")\r\n", &it), IMAP_SCAN_FETCH);
	assert_non_null(it.data);
	assert_int_equal(it.len, 0);
	assert_int_equal(scan("* 2 FETCH (UID 8 BODY[HEADER.FIELDS (FROM)] "
	    "NIL)\r\n", &it), IMAP_SCAN_FETCH);
	assert_null(it.data);
	/* Unsolicited: no UID, no fields. */
	assert_int_equal(scan("* 3 FETCH (FLAGS (\\Deleted))\r\n", &it),
	    IMAP_SCAN_FETCH);
	assert_int_equal(it.uid, 0);
	assert_null(it.data);
}

static void
test_scan_parse_others(void **state)
{
	static const char *const bad[] = {
		"* 1 FETCH (UID)\r\n",
		"* 1 FETCH (UID 0)\r\n",
		"* 1 FETCH (UID 4294967296)\r\n",
		"* 1 FETCH (UID 5\r\n",
		"* 1 FETCH (UID 5 BODY[HEADER.FIELDS (FROM)] {100}\r\nshort)\r\n",
		"* 1 FETCH (UID 5 BODY[HEADER.FIELDS (FROM)\r\n",
		"* 1 FETCH (UID 5 BODY[] \"open)\r\n",
		"* 1 FETCH (UID 5 X ((a) b\r\n",
		"+ go ahead\r\n",
		"bhscan2 OK not ours\r\n",
		"",
		NULL,
	};
	struct imap_scan_item it;
	size_t i;

	assert_int_equal(scan("* 5 EXISTS\r\n", &it), IMAP_SCAN_OTHER);
	assert_int_equal(scan("* 3 EXPUNGE\r\n", &it), IMAP_SCAN_OTHER);
	assert_int_equal(scan("* OK [ALERT] {5}\r\n", &it), IMAP_SCAN_OTHER);
	assert_int_equal(scan("bhscan1 OK Fetch completed.\r\n", &it),
	    IMAP_SCAN_DONE);
	assert_int_equal(scan("bhscan1 NO [SERVERBUG] oops\r\n", &it),
	    IMAP_SCAN_FAILED);
	assert_int_equal(it.tlen, 19);
	assert_memory_equal(it.text, "NO [SERVERBUG] oops", 19);
	assert_int_equal(scan("bhscan1 BAD what\r\n", &it),
	    IMAP_SCAN_FAILED);
	assert_int_equal(scan("* BYE shutting down\r\n", &it),
	    IMAP_SCAN_BYE);
	for (i = 0; bad[i] != NULL; i++)
		if (scan(bad[i], &it) != IMAP_SCAN_BAD)
			fail_msg("parsed: %s", bad[i]);
}

/*
 * Folder names on the wire: modified UTF-7 (RFC 3501 5.1.3).  Expected
 * forms from RFC 3501's example and from Python's UTF-7 codec ("+" to
 * "&", "/" to ","), not from this code.
 */
static void
test_folder_names_mutf7(void **state)
{
	static const char *const cases[][2] = {
		{ "INBOX", "INBOX" },
		{ "Bounces/Processed", "Bounces/Processed" },
		{ "~peter/mail/\xe5\x8f\xb0\xe5\x8c\x97/"
		    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
		    "~peter/mail/&U,BTFw-/&ZeVnLIqe-" },	/* RFC 3501 */
		{ "\xe5\x9e\x83\xe5\x9c\xbe\xe9\x82\xae\xe4\xbb\xb6",
		    "&V4NXPpCuTvY-" },			/* lajiyoujian */
		{ "Entw\xc3\xbcrfe", "Entw&APw-rfe" },
		{ "\xf0\x9f\x98\x80", "&2D3eAA-" },	/* a surrogate pair */
		{ "R&D", "R&-D" },			/* not a valid shift */
		{ "R&D \xc3\xa9t\xc3\xa9", "R&-D &AOk-t&AOk-" },
		/* Already modified UTF-7 (as LIST shows it): unchanged. */
		{ "&V4NXPpCuTvY-", "&V4NXPpCuTvY-" },
		{ "R&-D", "R&-D" },
	};
	struct err err;
	char *w;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		w = imap_mutf7(cases[i][0], &err);
		assert_non_null(w);
		assert_string_equal(w, cases[i][1]);
		g_free(w);
		/* LIST's names back to UTF-8: the encoded rows round-trip. */
		if (i >= 8)
			continue;
		w = imap_mutf7_decode(cases[i][1]);
		assert_string_equal(w, cases[i][0]);
		g_free(w);
	}
	assert_null(imap_mutf7("bad \xff name", &err));
	assert_non_null(strstr(err.msg, "not valid UTF-8"));
	/* Not modified UTF-7: shown as sent. */
	w = imap_mutf7_decode("&ZZ-odd&");
	assert_string_equal(w, "&ZZ-odd&");
	g_free(w);
}

/* "/" between levels becomes the server's separator. */
static void
test_server_names(void **state)
{
	char *w;

	w = imap_server_name("Bounces/Processed", '.');
	assert_string_equal(w, "Bounces.Processed");
	g_free(w);
	w = imap_server_name("Bounces/Processed", '/');
	assert_string_equal(w, "Bounces/Processed");
	g_free(w);
	w = imap_server_name("Bounces/Processed", '\0');
	assert_string_equal(w, "Bounces/Processed");
	g_free(w);
}

/*
 * A Sent folder by name, in any case, alone or under INBOX (Courier's
 * namespace); nothing else that merely contains the word.
 */
static void
test_sent_names(void **state)
{
	static const char *const yes[] = { "Sent", "sent", "SENT ITEMS",
		"Gesendete Elemente", "gesendet", "Itens Enviados",
		"\xe5\xb7\xb2\xe5\x8f\x91\xe9\x80\x81",	/* yifasong */
		"\xd0\x9e\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbb"
		    "\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb5",	/* otpravlennye */
		"\xc3\x89L\xc3\x89MENTS ENVOY\xc3\x89S", "INBOX.Sent",
		"INBOX.Sent Messages", NULL };
	static const char *const no[] = { "INBOX", "Sent.2019", "Archive.Sent",
		"Unsent", "Sent Items old", "Drafts", "INBOX/Sent", NULL };
	size_t i;

	for (i = 0; yes[i] != NULL; i++)
		if (!imap_sent_name(yes[i], '.'))
			fail_msg("'%s' not taken for a Sent folder", yes[i]);
	for (i = 0; no[i] != NULL; i++)
		if (imap_sent_name(no[i], '.'))
			fail_msg("'%s' taken for a Sent folder", no[i]);
	assert_true(imap_sent_name("INBOX/Sent", '/'));
	assert_false(imap_sent_name("INBOX.Sent", '\0'));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_uids_filtered_sorted_unique),
		cmocka_unit_test(test_uid_quirk_highest_below_first),
		cmocka_unit_test(test_search_keys),
		cmocka_unit_test(test_server_names),
		cmocka_unit_test(test_empty_capability_list),
		cmocka_unit_test(test_filter_matches),
		cmocka_unit_test(test_filter_len_and_extra),
		cmocka_unit_test(test_filter_reader_keys),
		cmocka_unit_test(test_search_keys_once),
		cmocka_unit_test(test_scan_parse_fetch),
		cmocka_unit_test(test_scan_parse_others),
		cmocka_unit_test(test_folder_names_mutf7),
		cmocka_unit_test(test_sent_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
