/*
 * test_phrases: the one-pass search of many phrases.  It reports every
 * occurrence strstr() would find, overlapping ones and phrases inside
 * others included, numbers phrases once, stops when told, and agrees with
 * strstr() on random texts over a small alphabet, where phrases overlap
 * the most, over bytes no phrase holds and UTF-8 characters, and in a
 * set of more states than 16 bits number.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "phrases.h"

/* Every occurrence as "id@start", in the order reported. */
static int
record_hit(void *arg, guint id, size_t start)
{
	g_string_append_printf(arg, "%u@%zu ", id, start);
	return 0;
}

static char *
scan_all(const struct phrases *set, const char *text)
{
	GString *out = g_string_new(NULL);

	phrases_scan(set, text, strlen(text), record_hit, out);
	return g_string_free(out, FALSE);
}

static void
test_overlapping(void **state)
{
	struct phrases *set = phrases_new();
	char *got;

	(void)state;
	assert_int_equal(phrases_add(set, "he"), 0);
	assert_int_equal(phrases_add(set, "she"), 1);
	assert_int_equal(phrases_add(set, "his"), 2);
	assert_int_equal(phrases_add(set, "hers"), 3);
	assert_int_equal(phrases_add(set, "she"), 1);	/* numbered once */
	assert_int_equal(phrases_count(set), 4);
	assert_int_equal(phrases_len(set, 3), 4);
	phrases_compile(set);
	got = scan_all(set, "ushers");
	/* "she" and "he" end at the same byte: the longer first. */
	assert_string_equal(got, "1@1 0@2 3@2 ");
	g_free(got);
	got = scan_all(set, "no match here, hishe");
	assert_string_equal(got, "0@9 2@15 1@17 0@18 ");
	g_free(got);
	/* Added after compiling: numbered once still, and found. */
	assert_int_equal(phrases_add(set, "hers"), 3);
	assert_int_equal(phrases_add(set, "us"), 4);
	assert_int_equal(phrases_add(set, "he"), 0);
	phrases_compile(set);
	got = scan_all(set, "ushers");
	assert_string_equal(got, "4@0 1@1 0@2 3@2 ");
	g_free(got);
	phrases_free(set);
}

static void
test_empty_and_utf8(void **state)
{
	struct phrases *set = phrases_new();
	char *got;

	(void)state;
	assert_int_equal(phrases_add(set, ""), 0);
	/* 用户不存在 (user does not exist), bytes over 0x7f */
	assert_int_equal(phrases_add(set,
	    "\xe7\x94\xa8\xe6\x88\xb7\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8"), 1);
	phrases_compile(set);
	got = scan_all(set, "550 \xe7\x94\xa8\xe6\x88\xb7\xe4\xb8\x8d"
	    "\xe5\xad\x98\xe5\x9c\xa8");
	assert_string_equal(got, "1@4 ");	/* "" is never reported */
	g_free(got);
	got = scan_all(set, "");
	assert_string_equal(got, "");
	g_free(got);
	phrases_free(set);
}

static int
stop_at_first(void *arg, guint id, size_t start)
{
	(*(int *)arg)++;
	(void)id;
	(void)start;
	return 1;
}

static void
test_stop(void **state)
{
	struct phrases *set = phrases_new();
	int calls = 0;

	(void)state;
	phrases_add(set, "a");
	phrases_compile(set);
	phrases_scan(set, "aaaa", 4, stop_at_first, &calls);
	assert_int_equal(calls, 1);
	phrases_free(set);
}

/* The occurrences strstr() finds, in the order the scan reports them. */
static char *
naive(char **words, const char *text)
{
	GString *out = g_string_new(NULL);
	size_t n = strlen(text), end, i, len;

	for (end = 1; end <= n; end++)
		/* Ending at the same byte: the longer (earlier start) first. */
		for (len = end; len > 0; len--)
			for (i = 0; words[i] != NULL; i++)
				if (strlen(words[i]) == len &&
				    strncmp(text + end - len, words[i],
				    len) == 0)
					g_string_append_printf(out, "%zu@%zu ",
					    i, end - len);
	return g_string_free(out, FALSE);
}

static void
test_random_against_strstr(void **state)
{
	GRand *rand = g_rand_new_with_seed(7);
	int round;

	(void)state;
	for (round = 0; round < 300; round++) {
		struct phrases *set = phrases_new();
		char *words[12] = { NULL }, text[120], *got, *want;
		int n = g_rand_int_range(rand, 1, 12), i, j, len;

		for (i = 0; i < n; i++) {
			len = g_rand_int_range(rand, 1, 6);
			words[i] = g_malloc0(len + 1);
			for (j = 0; j < len; j++)
				words[i][j] = "ab c"[g_rand_int_range(rand,
				    0, 4)];
			/* A repeated word keeps its first number. */
			if (phrases_add(set, words[i]) != (guint)i) {
				g_free(words[i]);
				words[i] = NULL;
				break;
			}
		}
		len = g_rand_int_range(rand, 0, (int)sizeof(text));
		for (j = 0; j < len; j++)
			text[j] = "ab c"[g_rand_int_range(rand, 0, 4)];
		text[len] = '\0';
		phrases_compile(set);
		got = scan_all(set, text);
		want = naive(words, text);
		assert_string_equal(got, want);
		g_free(got);
		g_free(want);
		for (i = 0; i < 12; i++)
			g_free(words[i]);
		phrases_free(set);
	}
	g_rand_free(rand);
}

/*
 * The rows' columns are classes of bytes: phrases over letters, the
 * space, a dot and the bytes of UTF-8 characters (用 U+7528, 户 U+6237),
 * read in texts that also hold bytes no phrase holds (upper case, a
 * digit, 0xff) and end mid-phrase or mid-character, or are empty: found
 * as strstr() finds them.
 */
static void
test_classes_against_strstr(void **state)
{
	static const char *const piece[] = { "a", "b", "c", " ", ".",
		"\xe7\x94\xa8", "\xe6\x88\xb7", "\xe7\x94" };
	static const char *const other[] = { "A", "Z", "7", "\xff", "\x94" };
	GRand *rand = g_rand_new_with_seed(17);
	int round;

	(void)state;
	for (round = 0; round < 300; round++) {
		struct phrases *set = phrases_new();
		char *words[16] = { NULL }, *got, *want;
		GString *text = g_string_new(NULL);
		int n = g_rand_int_range(rand, 1, 16), i, j, len;

		for (i = 0; i < n; i++) {
			GString *w = g_string_new(NULL);

			len = g_rand_int_range(rand, 1, 5);
			for (j = 0; j < len; j++)
				g_string_append(w, piece[g_rand_int_range(rand,
				    0, G_N_ELEMENTS(piece))]);
			words[i] = g_string_free(w, FALSE);
			if (phrases_add(set, words[i]) != (guint)i) {
				g_free(words[i]);
				words[i] = NULL;
				break;
			}
		}
		len = g_rand_int_range(rand, 0, 60);
		for (j = 0; j < len; j++)
			g_string_append(text, g_rand_int_range(rand, 0, 4) ?
			    piece[g_rand_int_range(rand, 0,
			    G_N_ELEMENTS(piece))] :
			    other[g_rand_int_range(rand, 0,
			    G_N_ELEMENTS(other))]);
		/* Ends mid-phrase: the first bytes of a phrase. */
		if (g_rand_boolean(rand) && strlen(words[0]) > 1)
			g_string_append_len(text, words[0],
			    strlen(words[0]) - 1);
		phrases_compile(set);
		got = scan_all(set, text->str);
		want = naive(words, text->str);
		assert_string_equal(got, want);
		g_free(got);
		g_free(want);
		g_string_free(text, TRUE);
		for (i = 0; i < 16; i++)
			g_free(words[i]);
		phrases_free(set);
	}
	g_rand_free(rand);
}

/*
 * NWORDS random phrases of LEN letters, the last ones written in a text:
 * found as strstr() finds them.
 */
static void
many_states(guint32 seed, int nwords, int len)
{
	GRand *rand = g_rand_new_with_seed(seed);
	struct phrases *set = phrases_new();
	char **words = g_new0(char *, nwords + 1), *got, *want;
	GString *text = g_string_new(NULL);
	int i, j;

	for (i = 0; i < nwords; i++) {
		words[i] = g_malloc0(len + 1);
		for (j = 0; j < len; j++)
			words[i][j] = "abcd"[g_rand_int_range(rand, 0, 4)];
		if (phrases_add(set, words[i]) != (guint)i) {
			g_free(words[i]);	/* a repeat: drawn again */
			words[i--] = NULL;
		}
	}
	for (i = nwords - 8; i < nwords; i++) {
		g_string_append(text, words[i]);
		g_string_append_c(text, "abcd"[g_rand_int_range(rand, 0, 4)]);
	}
	phrases_compile(set);
	got = scan_all(set, text->str);
	want = naive(words, text->str);
	assert_true(strlen(want) > 0);
	assert_string_equal(got, want);
	g_free(got);
	g_free(want);
	g_string_free(text, TRUE);
	g_strfreev(words);
	phrases_free(set);
	g_rand_free(rand);
}

/*
 * A set of more states than 16 bits number (its rows hold 32-bit
 * states), and one of tens of thousands that 16 bits do number (the
 * states kept in 12 bytes, their moves inline): the last phrases added,
 * whose states have the largest numbers, are found as strstr() finds
 * them.
 */
static void
test_many_states(void **state)
{
	(void)state;
	many_states(11, 12000, 12);
	many_states(13, 4500, 10);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_overlapping),
		cmocka_unit_test(test_empty_and_utf8),
		cmocka_unit_test(test_stop),
		cmocka_unit_test(test_random_against_strstr),
		cmocka_unit_test(test_classes_against_strstr),
		cmocka_unit_test(test_many_states),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
