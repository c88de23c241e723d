/*
 * test_shapes: the reader finishes messages of the shapes that once made
 * it slow (tests/bench/shapes.c: one long line of addresses, many short
 * lines, deep nesting, huge headers, many recipient blocks, long HTML,
 * HTML of unclosed tags, long words, a long Amazon SES notification) and says something sensible about each.  No timing here:
 * a reader that turned quadratic again would not finish within ctest's
 * time limit; scripts/bench-shapes.sh reports the times.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "dsn.h"
#include "shapes.h"

/* Smaller under the sanitizers, whose string checks cost a pass over the
 * rest of the text on each strchr() (GMime's and ours). */
#ifndef BH_SHAPE_SIZE
#define BH_SHAPE_SIZE	(4 * 1024 * 1024)
#endif
#define SHAPE_SIZE	BH_SHAPE_SIZE

static struct dsn_rules *rules;

static int
setup(void **state)
{
	struct err err;

	(void)state;
	dsn_init();
	rules = dsn_rules_load(NULL, &err);
	return rules == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	dsn_rules_free(rules);
	dsn_shutdown();
	return 0;
}

/* Parses shape `name' of SHAPE_SIZE bytes with --explain into rep. */
static void
parse_shape(const char *name, struct dsn_report *rep)
{
	struct err err;
	GString *s = NULL;
	size_t i;

	for (i = 0; i < shapes_count(); i++)
		if (strcmp(shapes_name(i), name) == 0)
			s = shapes_make(i, SHAPE_SIZE);
	assert_non_null(s);
	assert_true(s->len >= SHAPE_SIZE);
	if (dsn_parse(s->str, s->len, rules, 1, rep, &err) != 0)
		fail_msg("%s: %s", name, err.msg);
	g_string_free(s, TRUE);
}

static const struct dsn_recipient *
find_rcpt(const struct dsn_report *rep, const char *addr)
{
	size_t i;

	for (i = 0; i < rep->nrcpt; i++)
		if (strcmp(rep->rcpt[i].addr, addr) == 0)
			return &rep->rcpt[i];
	fail_msg("%s not reported", addr);
	return NULL;
}

/* Whether an --explain line contains text. */
static int
explained(const struct dsn_report *rep, const char *text)
{
	size_t i;

	for (i = 0; i < rep->nexplain; i++)
		if (strstr(rep->explain[i], text) != NULL)
			return 1;
	return 0;
}

/* One recipient, bob, dead: what most shapes carry besides their bulk. */
static void
check_bob(const char *name)
{
	struct dsn_report rep;
	const struct dsn_recipient *r;

	parse_shape(name, &rep);
	assert_int_equal(rep.kind, DSN_KIND_BOUNCE);
	assert_int_equal(rep.nrcpt, 1);
	assert_int_equal(rep.ndropped, 0);
	r = find_rcpt(&rep, "bob@partner.example");
	assert_string_equal(dsn_category_name(r->category), "invalid");
	assert_string_equal(r->status, "5.1.1");
	dsn_report_release(&rep);
}

static void
test_shortlines(void **state)
{
	(void)state;
	check_bob("shortlines");
}

static void
test_nesting(void **state)
{
	(void)state;
	check_bob("nesting");
}

static void
test_headers(void **state)
{
	(void)state;
	check_bob("headers");
}

static void
test_words(void **state)
{
	(void)state;
	check_bob("words");
}

/* A shape of thousands of recipients: the first DSN_RCPT_LIMIT, and the
 * rest counted and explained. */
static void
check_capped(const char *name, const char *category)
{
	struct dsn_report rep;
	size_t i;

	parse_shape(name, &rep);
	assert_int_equal(rep.kind, DSN_KIND_BOUNCE);
	assert_int_equal(rep.nrcpt, DSN_RCPT_LIMIT);
	assert_true(rep.ndropped > 1000);
	assert_true(explained(&rep, "more not read"));
	find_rcpt(&rep, "u0@d0.example");
	find_rcpt(&rep, "u999@d29.example");
	for (i = 0; i < rep.nrcpt; i++)
		if (strcmp(dsn_category_name(rep.rcpt[i].category),
		    category) != 0)
			fail_msg("%s: %s is %s", name, rep.rcpt[i].addr,
			    dsn_category_name(rep.rcpt[i].category));
	dsn_report_release(&rep);
}

static void
test_longline(void **state)
{
	(void)state;
	check_capped("longline", "invalid");
}

/* The explanation below a list megabytes long is out of every address's
 * reach: none is read invalid. */
static void
test_list(void **state)
{
	(void)state;
	check_capped("list", "unknown");
}

static void
test_blocks(void **state)
{
	(void)state;
	check_capped("blocks", "invalid");
}

static void
test_html(void **state)
{
	(void)state;
	check_capped("html", "invalid");
}

static void
test_tags(void **state)
{
	(void)state;
	check_bob("tags");
}

static void
test_ses(void **state)
{
	(void)state;
	check_capped("ses", "invalid");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_longline),
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_shortlines),
		cmocka_unit_test(test_nesting),
		cmocka_unit_test(test_headers),
		cmocka_unit_test(test_blocks),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_tags),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_ses),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
