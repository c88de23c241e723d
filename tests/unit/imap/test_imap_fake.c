/*
 * The imap module against tests/unit/imap/fake_imap.py, for what a real
 * server will not do: stall, send garbage, omit STARTTLS, inject data
 * after the STARTTLS reply, drop the connection in the middle of a FETCH.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "imap_test.h"

static void
fake_account(struct imap_account *a, const struct fake *f, enum imap_tls tls)
{
	memset(a, 0, sizeof(*a));
	a->name = "fake";
	a->host = "localhost";
	a->port = f->port;
	a->tls = tls;
	a->allow_plaintext = tls == IMAP_TLS_NONE;
	a->username = "alice";
	a->auth = IMAP_AUTH_LOGIN;
	setenv("FAKE_PASSWORD", "fake-secret", 1);
	a->password_env = "FAKE_PASSWORD";
	a->timeout = 1;
}

static void
test_stall_times_out(void **state)
{
	struct imap_account a;
	struct fake f;
	struct err err;
	time_t t0;

	/*
	 * The account's 1 s timeout, not the library's 300 s default: the
	 * bound is loose so that a loaded machine (or ASan) cannot fail it.
	 */
	fake_start(&f, "stall", NULL);
	fake_account(&a, &f, IMAP_TLS_NONE);
	t0 = time(NULL);
	assert_int_equal(try_open(&a, &err), IMAP_ERR_NETWORK);
	assert_true(time(NULL) - t0 < 30);
	assert_non_null(strstr(err.msg, "within 1 s"));
	/* The same under TLS: the handshake waits for bytes that never come. */
	a.tls = IMAP_TLS_IMPLICIT;
	t0 = time(NULL);
	assert_int_equal(try_open(&a, &err), IMAP_ERR_NETWORK);
	assert_true(time(NULL) - t0 < 30);
	fake_stop(&f);
}

static void
test_garbage_greeting(void **state)
{
	struct imap_account a;
	struct fake f;
	struct err err;

	fake_start(&f, "garbage", NULL);
	fake_account(&a, &f, IMAP_TLS_NONE);
	assert_int_equal(try_open(&a, &err), IMAP_ERR_PROTOCOL);
	assert_non_null(strstr(err.msg, "greeting"));
	fake_stop(&f);
}

/*
 * The fake server playing scenario: the session does not open, a
 * protocol error whose message holds needle (and needle2, unless NULL).
 */
static void
open_refused(const char *scenario, const char *needle, const char *needle2)
{
	struct imap_account a;
	struct fake f;
	struct err err;

	fake_start(&f, scenario, NULL);
	fake_account(&a, &f, IMAP_TLS_NONE);
	assert_int_equal(try_open(&a, &err), IMAP_ERR_PROTOCOL);
	if (strstr(err.msg, needle) == NULL ||
	    (needle2 != NULL && strstr(err.msg, needle2) == NULL))
		fail_msg("%s: '%s'", scenario, err.msg);
	fake_stop(&f);
}

/*
 * A server that greets with BYE: a clear error, and libetpan never sees
 * the greeting (its mailimap_connect() leaks a BYE greeting: fuzz_imap,
 * inputs tests/fuzz/seeds/imap/bye-greeting-leak*.txt; LeakSanitizer
 * checks this test in the sanitized run).  libetpan takes any run of
 * blanks after the star and any case, and the greeting may come in more
 * than one read: each is told apart.
 */
static void
test_bye_greeting(void **state)
{
	static const char *const scenario[] = {
		"bye", "bye-spaced", "bye-split",
	};
	size_t i;

	for (i = 0; i < sizeof(scenario) / sizeof(scenario[0]); i++)
		open_refused(scenario[i],
		    "greeting", "refused the connection (BYE)");
}

/*
 * A literal announced larger than the reply limit is refused by the
 * transport before libetpan sizes a buffer by it, whether its line ends
 * in a bare LF or its size has more digits than the transport keeps of a
 * line (fuzz_imap: out of memory, input
 * tests/fuzz/seeds/imap/logout-literal-oom.txt).
 */
static void
test_huge_literal_refused(void **state)
{
	static const char *const scen[] = { "literal-lf", "literal-long" };
	size_t i;

	/* Refused, not timed out ("no reply ... within 1 s"). */
	for (i = 0; i < sizeof(scen) / sizeof(scen[0]); i++)
		open_refused(scen[i], "larger than", NULL);
}

/*
 * A FETCH with a malformed section ("BODY[HEADER.FF"): libetpan's parser
 * would leak the section spec it built (fuzz_imap; input
 * tests/fuzz/seeds/imap/libetpan-section-leak.txt).  The transport fails
 * the read first: a clear error, and LeakSanitizer (sanitized run) sees
 * no leak, with no suppression.
 */
static void
test_bad_section_refused(void **state)
{
	struct imap_account a;
	struct fake f;
	struct err err;

	fake_start(&f, "bad-section", NULL);
	fake_account(&a, &f, IMAP_TLS_NONE);
	assert_int_equal(try_open(&a, &err), IMAP_ERR_PROTOCOL);
	assert_non_null(strstr(err.msg, "FETCH section that was not asked"));
	fake_stop(&f);
}

static void
test_no_starttls_refused(void **state)
{
	struct imap_account a;
	struct fake f;
	struct err err;

	fake_start(&f, "no-starttls", NULL);
	fake_account(&a, &f, IMAP_TLS_STARTTLS);
	assert_int_equal(try_open(&a, &err), IMAP_ERR_TLS);
	assert_non_null(strstr(err.msg, "does not offer STARTTLS"));
	assert_true(fake_saw(&f, "CAPABILITY"));
	assert_false(fake_saw(&f, "LOGIN"));
	assert_false(fake_saw(&f, "fake-secret"));
	fake_stop(&f);
}

static void
test_starttls_injection_refused(void **state)
{
	struct imap_account a;
	struct fake f;
	struct err err;

	fake_start(&f, "starttls-inject", "server");
	fake_account(&a, &f, IMAP_TLS_STARTTLS);
	a.ca_file = dv_env("CA_FILE");
	assert_int_equal(try_open(&a, &err), IMAP_ERR_TLS);
	assert_non_null(strstr(err.msg, "injection"));
	assert_true(fake_saw(&f, "STARTTLS"));
	assert_false(fake_saw(&f, "LOGIN"));
	assert_false(fake_saw(&f, "AUTHENTICATE"));
	fake_stop(&f);
}

/* What the server offered before STARTTLS is forgotten after it. */
static void
test_capabilities_read_again_after_starttls(void **state)
{
	struct imap_account a;
	struct fake f;
	struct err err;

	fake_start(&f, "starttls-caps", "server");
	fake_account(&a, &f, IMAP_TLS_STARTTLS);
	a.ca_file = dv_env("CA_FILE");
	a.auth = IMAP_AUTH_PLAIN;
	assert_int_equal(try_open(&a, &err), IMAP_ERR_AUTH);
	assert_non_null(strstr(err.msg, "does not offer AUTH=PLAIN"));
	assert_false(fake_saw(&f, "AUTHENTICATE"));
	fake_stop(&f);
}

static void
test_expired_certificate(void **state)
{
	struct imap_account a;
	struct fake f;
	struct err err;

	fake_start(&f, "tls", "expired");
	fake_account(&a, &f, IMAP_TLS_IMPLICIT);
	a.ca_file = dv_env("CA_FILE");
	assert_int_equal(try_open(&a, &err), IMAP_ERR_TLS);
	assert_non_null(strstr(err.msg, "certificate expired"));
	assert_false(fake_saw(&f, "LOGIN"));
	fake_stop(&f);
	/* The same server with a valid certificate: the test can pass. */
	fake_start(&f, "tls", "server");
	fake_account(&a, &f, IMAP_TLS_IMPLICIT);
	a.ca_file = dv_env("CA_FILE");
	try_open(&a, &err);
	assert_true(fake_saw(&f, "LOGIN"));
	fake_stop(&f);
}

struct run {
	char		ids[8][8];
	uint32_t	uids[8];
	int		n;
	int		r;
	enum imap_status status;
	long		candidates;
	long		scanned;
	int		split;
	int		charset_refused;
	char		split_error[200];
	char		error[200];	/* why the open failed */
};

/*
 * One harvest of the fake mailbox with the options o (the cursor's
 * UIDVALIDITY is 42); commits each message.
 */
static void
run_on(struct imap_session *s, struct imap_folder_opts *o, struct run *out)
{
	struct imap_folder_stats st;
	struct source src;
	struct source_msg m;
	struct err err;

	memset(out, 0, sizeof(*out));
	if ((out->status = imap_source_open(&src, s, o, &err)) != IMAP_OK) {
		snprintf(out->error, sizeof(out->error), "%.190s", err.msg);
		out->r = -1;
		return;
	}
	while ((out->r = src.ops->next(src.ctx, &m, &err)) == 1) {
		assert_non_null(m.data);
		assert_int_equal(m.uidvalidity, 42);
		out->uids[out->n] = m.uid;
		assert_non_null(strstr(m.data, "X-Test-Id: "));
		sscanf(strstr(m.data, "X-Test-Id: ") + 11, "%7s",
		    out->ids[out->n++]);
		assert_int_equal(src.ops->committed(src.ctx, &err), 0);
	}
	if (out->r < 0)
		snprintf(out->error, sizeof(out->error), "%.190s", err.msg);
	out->status = imap_source_status(&src);
	imap_source_stats(&src, &st);
	out->candidates = st.candidates;
	out->scanned = st.scanned;
	out->split = st.split;
	out->charset_refused = st.charset_refused;
	memcpy(out->split_error, st.split_error, sizeof(out->split_error));
	src.ops->close(src.ctx);
}

/* run_on() a session of its own. */
static void
run_opts(const struct fake *f, struct imap_folder_opts *o, struct run *out)
{
	struct imap_account a;
	struct imap_session *s;
	struct err err;

	fake_account(&a, f, IMAP_TLS_NONE);
	assert_int_equal(imap_session_open(&s, &a, &err), IMAP_OK);
	run_on(s, o, out);
	imap_session_close(s);
}

/*
 * One harvest of the fake mailbox from the cursor, the criteria applied
 * where search says.
 */
static void
run_search(const struct fake *f, uint32_t last_uid, enum imap_search search,
    struct run *out)
{
	struct imap_folder_opts o = { .folder = "INBOX", .batch = 1,
	    .uidvalidity = 42, .search = search };

	o.last_uid = last_uid;
	run_opts(f, &o, out);
}

static void
run_once(const struct fake *f, uint32_t last_uid, struct run *out)
{
	run_search(f, last_uid, IMAP_SEARCH_AUTO, out);
}

static void
test_drop_mid_fetch_then_resume(void **state)
{
	struct run r1, r2, r3;
	struct fake f;

	fake_start(&f, "mailbox", NULL);
	run_once(&f, 0, &r1);
	assert_int_equal(r1.r, -1);
	assert_int_equal(r1.status, IMAP_ERR_NETWORK);
	assert_int_equal(r1.n, 1);
	assert_string_equal(r1.ids[0], "one");
	/* The next run resumes from the committed cursor: nothing lost. */
	run_once(&f, r1.uids[0], &r2);
	assert_int_equal(r2.r, 0);
	assert_int_equal(r2.n, 2);
	assert_string_equal(r2.ids[0], "two");
	assert_string_equal(r2.ids[1], "three");
	/* The fake answers `UID 4:*` with UID 3: nothing is read twice. */
	run_once(&f, 3, &r3);
	assert_int_equal(r3.r, 0);
	assert_int_equal(r3.n, 0);
	assert_int_equal(r3.candidates, 0);
	assert_true(fake_saw(&f, "SEARCH CHARSET UTF-8 UID 4:*"));
	fake_stop(&f);
}

/*
 * The client-side search: no SEARCH, the header fields of the new UIDs
 * are fetched and matched here; a drop in the middle of that FETCH fails
 * the open, the next run does it all again, and a drop while reading
 * resumes from the cursor as with a server search.
 */
static void
test_client_search_drops_then_resume(void **state)
{
	struct run r1, r2, r3;
	struct fake f;

	fake_start(&f, "mailbox-scan", NULL);
	run_search(&f, 0, IMAP_SEARCH_CLIENT, &r1);
	assert_int_equal(r1.r, -1);
	assert_int_equal(r1.status, IMAP_ERR_NETWORK);
	assert_int_equal(r1.n, 0);
	run_search(&f, 0, IMAP_SEARCH_CLIENT, &r2);
	assert_int_equal(r2.r, 0);
	assert_int_equal(r2.n, 3);
	assert_int_equal(r2.scanned, 3);
	assert_int_equal(r2.candidates, 3);
	assert_string_equal(r2.ids[0], "one");
	assert_string_equal(r2.ids[2], "three");
	assert_true(fake_saw(&f, "UID FETCH 1:* (BODY.PEEK[HEADER.FIELDS "
	    "(From Subject"));
	assert_false(fake_saw(&f, "SEARCH"));
	fake_stop(&f);

	fake_start(&f, "mailbox", NULL);
	run_search(&f, 0, IMAP_SEARCH_CLIENT, &r1);
	assert_int_equal(r1.r, -1);
	assert_int_equal(r1.status, IMAP_ERR_NETWORK);
	assert_int_equal(r1.n, 1);
	run_search(&f, r1.uids[0], IMAP_SEARCH_CLIENT, &r2);
	assert_int_equal(r2.r, 0);
	assert_int_equal(r2.n, 2);
	assert_string_equal(r2.ids[0], "two");
	/* `UID 4:*` answered with UID 3: nothing is matched or read. */
	run_search(&f, 3, IMAP_SEARCH_CLIENT, &r3);
	assert_int_equal(r3.r, 0);
	assert_int_equal(r3.n, 0);
	assert_int_equal(r3.scanned, 0);
	fake_stop(&f);
}

/*
 * The client-side search on two connections (split lowered to 2 new UIDs
 * so that three messages split): the first scans UIDs 1 and 2, a second
 * login EXAMINEs the folder and scans 3 on; the same candidates as one
 * connection finds.
 */
static void
test_client_search_split(void **state)
{
	struct imap_folder_opts o = { .folder = "INBOX", .batch = 1,
	    .search = IMAP_SEARCH_CLIENT, .split_min = 2 };
	struct run one, two;
	struct fake f;

	fake_start(&f, "uidplus", NULL);	/* never drops */
	o.scan_connections = 1;
	run_opts(&f, &o, &one);
	assert_int_equal(one.r, 0);
	assert_int_equal(one.split, 0);
	assert_true(fake_saw(&f, "UID FETCH 1:* (BODY.PEEK[HEADER.FIELDS"));
	assert_false(fake_saw(&f, "UID FETCH 1:2 "));
	o.scan_connections = 2;
	run_opts(&f, &o, &two);
	assert_int_equal(two.r, 0);
	assert_int_equal(two.split, 1);
	assert_int_equal(two.n, 3);
	assert_int_equal(two.scanned, 3);
	assert_int_equal(two.candidates, one.candidates);
	assert_memory_equal(two.uids, one.uids, sizeof(one.uids));
	/* UIDNEXT 5: UIDs 1 to 4 are new, the halves are 1:2 and 3:*. */
	assert_true(fake_saw(&f, "UID FETCH 1:2 (BODY.PEEK[HEADER.FIELDS"));
	assert_true(fake_saw(&f, "UID FETCH 3:* (BODY.PEEK[HEADER.FIELDS"));
	fake_stop(&f);
}

/*
 * What a server sends past the end of the client-side search's answer is
 * read with it (one packet) but parsed by libetpan with the next
 * command: it is checked when the search ends, and a malformed section
 * there (libetpan leaks on it: fuzz_imap) fails the run before libetpan
 * reads it.
 */
static void
test_client_search_tail_checked(void **state)
{
	struct imap_folder_opts o = { .folder = "INBOX", .batch = 1,
	    .search = IMAP_SEARCH_CLIENT };
	struct run r;
	struct fake f;

	fake_start(&f, "mailbox-scan-tail", NULL);
	run_opts(&f, &o, &r);
	assert_int_equal(r.r, -1);
	assert_non_null(strstr(r.error, "FETCH section that was not asked"));
	assert_true(fake_saw(&f, "(BODY.PEEK[HEADER.FIELDS"));
	assert_false(fake_saw(&f, "BODY.PEEK[]"));
	fake_stop(&f);
}

/*
 * A server that allows one connection per user refuses the second: the
 * first connection scans the upper half too, nothing is missed, and the
 * reason is kept for the warning.
 */
static void
test_client_search_split_refused(void **state)
{
	static const struct {
		const char *scenario, *why;
	} c[] = {
		{ "mailbox-limit", "refused the connection" },
		/* Never greeted: the second's timeout (1 s here) fires. */
		{ "mailbox-limit-stall", "no reply from" },
	};
	struct imap_folder_opts o = { .folder = "INBOX", .batch = 1,
	    .search = IMAP_SEARCH_CLIENT, .split_min = 2 };
	struct run r;
	struct fake f;
	size_t i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		fake_start(&f, c[i].scenario, NULL);
		run_opts(&f, &o, &r);
		if (r.r != 0)
			fail_msg("%s: %s", c[i].scenario, r.error);
		assert_int_equal(r.split, -1);
		if (strstr(r.split_error, c[i].why) == NULL)
			fail_msg("%s: '%s'", c[i].scenario, r.split_error);
		/* The first connection came through this port: no hint. */
		assert_null(strstr(r.split_error, "tls = implicit"));
		assert_true(fake_saw(&f, "REFUSED"));
		assert_int_equal(r.n, 3);
		assert_int_equal(r.scanned, 3);
		assert_string_equal(r.ids[0], "one");
		assert_string_equal(r.ids[2], "three");
		assert_true(fake_saw(&f,
		    "UID FETCH 1:2 (BODY.PEEK[HEADER.FIELDS"));
		assert_true(fake_saw(&f,
		    "UID FETCH 3:* (BODY.PEEK[HEADER.FIELDS"));
		fake_stop(&f);
	}
}

/*
 * Header fields too large to hold (over 1 MB) are read and dropped, and
 * the message is read rather than missed; the whole answer may be larger
 * than one reply may (IMAP_REPLY_MAX): it is counted by response.
 */
static void
test_client_search_oversized_fields(void **state)
{
	struct run r;
	struct fake f;

	fake_start(&f, "mailbox-big", NULL);
	run_search(&f, 0, IMAP_SEARCH_CLIENT, &r);
	assert_int_equal(r.r, 0);
	assert_int_equal(r.scanned, 3);
	assert_int_equal(r.n, 3);
	assert_string_equal(r.ids[1], "two");
	assert_string_equal(r.ids[2], "three");
	fake_stop(&f);
}

/*
 * A server that takes only US-ASCII in SEARCH (NO [BADCHARSET], or BAD
 * naming the charset): the criteria are applied here, every message
 * found, and the next folder of the connection is searched here without
 * asking again.  A refusal for another reason still fails the folder.
 */
static void
test_badcharset_searched_here(void **state)
{
	static const char *const scenario[] = { "badcharset",
	    "badcharset-bad" };
	struct imap_folder_opts o = { .folder = "INBOX", .batch = 1,
	    .uidvalidity = 42, .search = IMAP_SEARCH_SERVER };
	struct imap_account a;
	struct imap_session *s;
	struct err err;
	struct run r;
	struct fake f;
	size_t i;

	for (i = 0; i < sizeof(scenario) / sizeof(scenario[0]); i++) {
		fake_start(&f, scenario[i], NULL);
		fake_account(&a, &f, IMAP_TLS_NONE);
		assert_int_equal(imap_session_open(&s, &a, &err), IMAP_OK);
		run_on(s, &o, &r);
		if (r.r != 0)
			fail_msg("%s: %s", scenario[i], r.error);
		assert_int_equal(r.charset_refused, 1);
		assert_int_equal(r.n, 3);
		assert_int_equal(r.candidates, 3);
		assert_int_equal(r.scanned, 3);
		assert_string_equal(r.ids[0], "one");
		assert_string_equal(r.ids[2], "three");
		assert_int_equal(fake_count(&f, "SEARCH CHARSET UTF-8"), 1);
		assert_int_equal(fake_count(&f, "HEADER.FIELDS (From"), 1);
		/* Another folder (the same mailbox) from UID 2 on. */
		o.last_uid = 1;
		o.folder = "Second";
		run_on(s, &o, &r);
		assert_int_equal(r.r, 0);
		assert_int_equal(r.charset_refused, 2);
		assert_int_equal(r.n, 2);
		assert_string_equal(r.ids[0], "two");
		assert_int_equal(fake_count(&f, "SEARCH CHARSET UTF-8"), 1);
		assert_int_equal(fake_count(&f, "HEADER.FIELDS (From"), 2);
		imap_session_close(s);
		o.last_uid = 0;
		o.folder = "INBOX";
		fake_stop(&f);
	}
	fake_start(&f, "search-no", NULL);
	run_search(&f, 0, IMAP_SEARCH_SERVER, &r);
	assert_int_equal(r.r, -1);
	assert_int_equal(r.status, IMAP_ERR_PROTOCOL);
	assert_int_equal(r.charset_refused, 0);
	assert_non_null(strstr(r.error, "search failed"));
	assert_false(fake_saw(&f, "HEADER.FIELDS"));
	fake_stop(&f);
}

/* No UID given out since the cursor: STATUS only, no SELECT, no SEARCH. */
static void
test_nothing_new_costs_one_status(void **state)
{
	struct run r;
	struct fake f;

	fake_start(&f, "mailbox", NULL);
	run_once(&f, 4, &r);
	assert_int_equal(r.r, 0);
	assert_int_equal(r.n, 0);
	assert_true(fake_saw(&f, "STATUS INBOX (UIDNEXT UIDVALIDITY)"));
	assert_false(fake_saw(&f, "SELECT") || fake_saw(&f, "EXAMINE"));
	assert_false(fake_saw(&f, "SEARCH"));
	fake_stop(&f);
}

/* Without MOVE: COPY, \Deleted and UID EXPUNGE of exactly those UIDs. */
static void
test_move_without_move_extension(void **state)
{
	struct imap_folder_opts o = { .folder = "INBOX",
	    .after = IMAP_AFTER_MOVE, .after_arg = "Done" };
	struct imap_account a;
	struct imap_session *s;
	struct source src;
	struct source_msg m;
	struct err err;
	struct fake f;
	int n = 0;

	fake_start(&f, "uidplus", NULL);
	fake_account(&a, &f, IMAP_TLS_NONE);
	assert_int_equal(imap_session_open(&s, &a, &err), IMAP_OK);
	assert_int_equal(imap_source_open(&src, s, &o, &err), IMAP_OK);
	while (src.ops->next(src.ctx, &m, &err) == 1)
		n++;
	assert_int_equal(n, 3);
	m.uid = 2;
	assert_int_equal(src.ops->ack(src.ctx, &m, 0), 0);
	assert_false(fake_saw(&f, "UID COPY"));
	assert_int_equal(src.ops->committed(src.ctx, &err), 0);
	src.ops->close(src.ctx);
	imap_session_close(s);
	assert_true(fake_saw(&f, "UID COPY 1,3 Done"));
	assert_true(fake_saw(&f, "UID STORE 1,3 +FLAGS.SILENT (\\Deleted)"));
	assert_true(fake_saw(&f, "UID EXPUNGE 1,3"));
	assert_false(fake_saw(&f, "PLAIN-EXPUNGE"));
	assert_false(fake_saw(&f, "UID MOVE"));
	fake_stop(&f);
}

/* Neither MOVE nor UIDPLUS: refuse to expunge, change nothing. */
static void
test_move_refused_without_uidplus(void **state)
{
	struct imap_folder_opts o = { .folder = "INBOX",
	    .after = IMAP_AFTER_MOVE, .after_arg = "Done" };
	struct imap_account a;
	struct imap_session *s;
	struct source src;
	struct err err;
	struct fake f;

	fake_start(&f, "mailbox", NULL);
	fake_account(&a, &f, IMAP_TLS_NONE);
	assert_int_equal(imap_session_open(&s, &a, &err), IMAP_OK);
	/* Refused before anything is selected or read. */
	assert_int_equal(imap_source_open(&src, s, &o, &err),
	    IMAP_ERR_PROTOCOL);
	assert_non_null(strstr(err.msg, "neither MOVE nor UIDPLUS"));
	imap_session_close(s);
	assert_false(fake_saw(&f, "SELECT"));
	assert_false(fake_saw(&f, "COPY"));
	assert_false(fake_saw(&f, "EXPUNGE"));
	assert_false(fake_saw(&f, "STORE"));
	fake_stop(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stall_times_out),
		cmocka_unit_test(test_garbage_greeting),
		cmocka_unit_test(test_bye_greeting),
		cmocka_unit_test(test_huge_literal_refused),
		cmocka_unit_test(test_bad_section_refused),
		cmocka_unit_test(test_no_starttls_refused),
		cmocka_unit_test(test_starttls_injection_refused),
		cmocka_unit_test(test_capabilities_read_again_after_starttls),
		cmocka_unit_test(test_expired_certificate),
		cmocka_unit_test(test_drop_mid_fetch_then_resume),
		cmocka_unit_test(test_client_search_drops_then_resume),
		cmocka_unit_test(test_client_search_oversized_fields),
		cmocka_unit_test(test_client_search_split),
		cmocka_unit_test(test_client_search_tail_checked),
		cmocka_unit_test(test_client_search_split_refused),
		cmocka_unit_test(test_badcharset_searched_here),
		cmocka_unit_test(test_nothing_new_costs_one_status),
		cmocka_unit_test(test_move_without_move_extension),
		cmocka_unit_test(test_move_refused_without_uidplus),
	};

	return cmocka_run_group_tests(tests, NULL, fake_reap);
}
