/*
 * test_words: the word evidence (dsn_words.c), on small models written
 * here and on the built-in one through dsn_classify(): it speaks only
 * where the rules found nothing in a permanent or status-less failure,
 * names no category it may not, and never calls anyone invalid; and its
 * veto of an invalid the rules read from a text's words alone.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>
#include <glib.h>

#include "dsn.h"
#include "dsn_int.h"

/*
 * A model of a few words: "gone" leans to invalid, "listed" to blocked,
 * "quota" to full, "retry" to retry-later which it may never name.
 */
static const char model[] =
    "# a model for the tests\n"
    ":classes\tinvalid\tfull\tretry-later\tblocked\tcontent\tunknown\n"
    ":threshold\t-\t2.00\t-\t1.00\t1.00\t-\n"
    "gone\t-1\t-9\t-9\t-9\t-9\t-9\n"
    "listed\t-9\t-9\t-9\t-1\t-2\t-9\n"
    "quota\t-9\t-1\t-9\t-9\t-9\t-9\n"
    "retry\t-9\t-9\t-1\t-9\t-9\t-9\n"
    "spam listed\t-9\t-9\t-9\t-9\t-1\t-9\n"
    "邮件\t-9\t-9\t-9\t-9\t-1\t-9\n"
    "threshold\t-9\t-9\t-9\t-1\t-9\t-9\n"
    "st:5.7\t-9\t-9\t-9\t-1\t-9\t-9\n"
    "rc:552\t-9\t-1\t-9\t-9\t-9\t-9\n";

static struct dsn_words *
model_load(void)
{
	struct err err;
	struct dsn_words *w = dsn_words_load(model, &err);

	assert_non_null(w);
	return w;
}

/* The same model with a veto: a lead of 5 over invalid. */
static struct dsn_words *
veto_load(void)
{
	char *text = g_strconcat(model, ":veto\t5.00\n", NULL);
	struct err err;
	struct dsn_words *w = dsn_words_load(text, &err);

	g_free(text);
	assert_non_null(w);
	return w;
}

static enum dsn_category
veto(const struct dsn_words *w, const char *text, char **why)
{
	enum dsn_category c = dsn_words_veto(w, text, NULL, NULL, why);

	assert_true((c == DSN_CAT_NONE) == (*why == NULL));
	assert_int_not_equal(c, DSN_CAT_INVALID);
	return c;
}

static void
test_veto_model(void **state)
{
	struct dsn_words *w = veto_load(), *off = model_load();
	char *why;

	(void)state;
	/* blocked leads invalid by 8, full by 8: vetoed */
	assert_int_equal(veto(w, "listed", &why), DSN_CAT_BLOCKED);
	assert_string_equal(why, "words veto: listed → blocked (lead 8.0 "
	    "over invalid, needs 5.0)");
	g_free(why);
	assert_int_equal(veto(w, "quota", &why), DSN_CAT_FULL);
	g_free(why);
	/* retry-later may be named by a veto though never by a reading */
	assert_int_equal(veto(w, "retry", &why), DSN_CAT_RETRY);
	g_free(why);
	/* invalid leads; or blocked leads by 0 (gone listed): no veto */
	assert_int_equal(veto(w, "gone", &why), DSN_CAT_NONE);
	assert_int_equal(veto(w, "gone listed", &why), DSN_CAT_NONE);
	assert_int_equal(veto(w, "nothing known", &why), DSN_CAT_NONE);
	/* a model without a :veto line vetoes nothing */
	assert_int_equal(veto(off, "listed", &why), DSN_CAT_NONE);
	dsn_words_free(w);
	dsn_words_free(off);
}

static enum dsn_category
judge(const struct dsn_words *w, const char *text, char **why)
{
	enum dsn_category c = dsn_words_judge(w, text, NULL, NULL, why);

	assert_true((c == DSN_CAT_NONE) == (*why == NULL));
	return c;
}

static void
test_never_invalid(void **state)
{
	struct dsn_words *w = model_load();
	char *why;

	(void)state;
	/* invalid leads by 8: still no answer */
	assert_int_equal(judge(w, "the mailbox is GONE", &why), DSN_CAT_NONE);
	/* a class whose threshold is "-" is never named either */
	assert_int_equal(judge(w, "please retry", &why), DSN_CAT_NONE);
	assert_int_equal(judge(w, "IP Listed", &why), DSN_CAT_BLOCKED);
	assert_non_null(strstr(why, "listed → blocked"));
	g_free(why);
	dsn_words_free(w);
}

static void
test_lead(void **state)
{
	struct dsn_words *w = model_load();
	char *why;

	(void)state;
	assert_int_equal(judge(w, "over quota", &why), DSN_CAT_FULL);
	g_free(why);
	/* quota and listed tie: no category leads */
	assert_int_equal(judge(w, "quota listed", &why), DSN_CAT_NONE);
	/* a word the model does not know says nothing */
	assert_int_equal(judge(w, "frobnicated", &why), DSN_CAT_NONE);
	assert_int_equal(judge(w, "", &why), DSN_CAT_NONE);
	dsn_words_free(w);
}

static void
test_tokens(void **state)
{
	struct dsn_words *w = model_load();
	char *why;

	(void)state;
	/* a word inside an address or with a digit is no word */
	assert_int_equal(judge(w, "<listed@example.com>", &why), DSN_CAT_NONE);
	assert_int_equal(judge(w, "listed2 quota9", &why), DSN_CAT_NONE);
	/* a pair of neighbours, across punctuation */
	assert_int_equal(judge(w, "spam, listed", &why), DSN_CAT_CONTENT);
	assert_non_null(strstr(why, "spam listed"));
	g_free(why);
	/* Chinese: pairs of characters */
	assert_int_equal(judge(w, "您的邮件被拒绝", &why), DSN_CAT_CONTENT);
	g_free(why);
	/* a word that is also a keyword of the file is still a word */
	assert_int_equal(judge(w, "threshold", &why), DSN_CAT_BLOCKED);
	g_free(why);
	/* bytes that are no UTF-8 are read, not trusted */
	assert_int_equal(judge(w, "listed \xff\xfe", &why), DSN_CAT_BLOCKED);
	g_free(why);
	dsn_words_free(w);
}

/* The status and the reply code are features too, when well formed. */
static void
test_codes(void **state)
{
	struct dsn_words *w = model_load();
	char *why;

	(void)state;
	assert_int_equal(dsn_words_judge(w, "", "5.7.1", NULL, &why),
	    DSN_CAT_BLOCKED);
	assert_non_null(strstr(why, "st:5.7 → blocked"));
	g_free(why);
	assert_int_equal(dsn_words_judge(w, "", NULL, "552", &why),
	    DSN_CAT_FULL);
	g_free(why);
	/* the words in the text weigh with them: a tie */
	assert_int_equal(dsn_words_judge(w, "quota", "5.7.1", NULL, &why),
	    DSN_CAT_NONE);
	/* no feature from a status or code of another form */
	assert_int_equal(dsn_words_judge(w, "", "5.7", NULL, &why),
	    DSN_CAT_NONE);
	assert_int_equal(dsn_words_judge(w, "", "5.7.1x", NULL, &why),
	    DSN_CAT_NONE);
	assert_int_equal(dsn_words_judge(w, "", "5.7.1234", NULL, &why),
	    DSN_CAT_NONE);
	assert_int_equal(dsn_words_judge(w, "", NULL, "5520", &why),
	    DSN_CAT_NONE);
	assert_int_equal(dsn_words_judge(w, "st:5.7", NULL, NULL, &why),
	    DSN_CAT_NONE);
	dsn_words_free(w);
}

static void
test_bad_model(void **state)
{
	struct err err;

	(void)state;
	assert_null(dsn_words_load("gone\t-1\n", &err));
	assert_non_null(strstr(err.msg, ":1:"));
	assert_null(dsn_words_load(":classes\tinvalid\tfull\n"
	    ":threshold\t-\n", &err));
	assert_non_null(strstr(err.msg, "threshold per class"));
	assert_null(dsn_words_load(":classes\tinvalid\tfull\n"
	    "gone\t-1\tx\n", &err));
	assert_non_null(strstr(err.msg, ":2:"));
	assert_null(dsn_words_load(":classes\tinvalid\tdead\n", &err));
	assert_non_null(strstr(err.msg, "'dead'"));
}

struct failure {
	const char	*status;
	const char	*code;
	const char	*action;
	const char	*text;
};

/* dsn_classify() with the built-in rules and words, words on or off. */
static enum dsn_category
classify(const struct failure *f, int words, char **rule)
{
	struct dsn_rules *rules;
	struct dsn_recipient r;
	struct err err;

	assert_non_null(rules = dsn_rules_load(NULL, &err));
	dsn_rules_set_words(rules, words);
	memset(&r, 0, sizeof(r));
	r.status = g_strdup(f->status);
	r.code = g_strdup(f->code);
	r.action = g_strdup(f->action);
	r.diagnostic = g_strdup(f->text);
	dsn_classify(rules, &r);
	*rule = r.rule ? r.rule : g_strdup("");
	g_free(r.status);
	g_free(r.code);
	g_free(r.action);
	g_free(r.diagnostic);
	g_free(r.reason);
	dsn_rules_free(rules);
	if (r.category == DSN_CAT_INVALID)
		assert_false(g_str_has_prefix(*rule, "words:"));
	return r.category;
}

#define FULL_WORDS "Storage allocation for this account used up, no space " \
	"left for this mailbox"

static void
test_only_unknown(void **state)
{
	static const struct failure words = { NULL, "554", NULL, FULL_WORDS };
	static const struct failure failed = { "5.0.0", NULL, "failed",
	    FULL_WORDS };
	static const struct failure later = { NULL, "454", NULL, FULL_WORDS };
	static const struct failure delayed = { NULL, NULL, "delayed",
	    FULL_WORDS };
	static const struct failure delivered = { "2.0.0", NULL,
	    "delivered", FULL_WORDS };
	static const struct failure ruled = { "5.2.2", "552", NULL,
	    "552 5.2.2 Quota exceeded (mailbox for user is full)" };
	static const struct failure nothing = { NULL, "550", NULL,
	    "frobnicated wibble" };
	/* an IP address said to be missing: the rules do not say whose */
	static const struct failure ip = { "5.1.1", "550", "failed",
	    "550 5.1.1 IP 地址不存在" };
	enum dsn_category cat;
	char *rule;

	(void)state;
	/* the rules know none of these words; the words say full */
	assert_int_equal(classify(&words, 0, &rule), DSN_CAT_UNKNOWN);
	g_free(rule);
	assert_int_equal(classify(&words, 1, &rule), DSN_CAT_FULL);
	assert_true(g_str_has_prefix(rule, "words: "));
	g_free(rule);
	assert_int_equal(classify(&failed, 1, &rule), DSN_CAT_FULL);
	g_free(rule);
	/* a temporary failure, a delay or a delivery: no words */
	classify(&later, 1, &rule);
	assert_false(g_str_has_prefix(rule, "words:"));
	g_free(rule);
	classify(&delayed, 1, &rule);
	assert_false(g_str_has_prefix(rule, "words:"));
	g_free(rule);
	classify(&delivered, 1, &rule);
	assert_false(g_str_has_prefix(rule, "words:"));
	g_free(rule);
	/* the rules decided: the words are not asked */
	assert_int_equal(classify(&ruled, 1, &rule), DSN_CAT_FULL);
	assert_false(g_str_has_prefix(rule, "words:"));
	g_free(rule);
	assert_int_equal(classify(&nothing, 1, &rule), DSN_CAT_UNKNOWN);
	g_free(rule);
	assert_int_equal(classify(&ip, 0, &rule), DSN_CAT_UNKNOWN);
	g_free(rule);
	/*
	 * Its words lean to blocked ("IP" as the sending host's), by a lead
	 * near the least the model may need: never invalid, and blocked
	 * only by the words.
	 */
	cat = classify(&ip, 1, &rule);
	assert_true(cat == DSN_CAT_UNKNOWN || (cat == DSN_CAT_BLOCKED &&
	    g_str_has_prefix(rule, "words: ip")));
	g_free(rule);
}

/*
 * The veto with the built-in rules and words: an invalid the rules read
 * from the words "user unknown" in a text that is all about the sender's
 * way of sending is not believed; a plain "user unknown", or one under
 * an addressing status, is.
 */
static void
test_veto(void **state)
{
	static const struct failure sender = { NULL, "550", NULL,
	    "User unknown: you are sending this as a different address or "
	    "alias using the 'send as' feature; turn on SMTP login in your "
	    "email client" };
	static const struct failure addressed = { "5.1.1", "550", NULL,
	    "User unknown: you are sending this as a different address or "
	    "alias using the 'send as' feature; turn on SMTP login in your "
	    "email client" };
	static const struct failure plain = { NULL, "550", NULL,
	    "550 User unknown" };
	char *rule;

	(void)state;
	assert_int_equal(classify(&sender, 0, &rule), DSN_CAT_INVALID);
	g_free(rule);
	assert_int_equal(classify(&sender, 1, &rule), DSN_CAT_BLOCKED);
	assert_true(g_str_has_prefix(rule, "words veto: "));
	assert_non_null(strstr(rule, "over invalid"));
	assert_non_null(strstr(rule, "; not invalid (built-in rules:"));
	g_free(rule);
	/* 5.1.1 says the address itself failed: no veto */
	assert_int_equal(classify(&addressed, 1, &rule), DSN_CAT_INVALID);
	assert_false(g_str_has_prefix(rule, "words"));
	g_free(rule);
	assert_int_equal(classify(&plain, 1, &rule), DSN_CAT_INVALID);
	assert_false(g_str_has_prefix(rule, "words"));
	g_free(rule);
}

/* dsn_words_may(): the gate, on recipients set by hand. */
static void
test_may(void **state)
{
	struct dsn_recipient r;

	(void)state;
	memset(&r, 0, sizeof(r));
	r.category = DSN_CAT_UNKNOWN;
	r.reason = (char *)"undefined";
	assert_true(dsn_words_may(&r));
	r.code = (char *)"421";
	assert_false(dsn_words_may(&r));
	r.status = (char *)"5.0.0";
	assert_true(dsn_words_may(&r));
	r.action = (char *)"delayed";
	assert_false(dsn_words_may(&r));
	r.action = (char *)"failed";
	r.reason = (char *)"syntaxerror";	/* a rule said unknown */
	assert_false(dsn_words_may(&r));
	r.reason = (char *)"onhold";
	assert_true(dsn_words_may(&r));
	r.category = DSN_CAT_BLOCKED;
	assert_false(dsn_words_may(&r));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_never_invalid),
		cmocka_unit_test(test_lead),
		cmocka_unit_test(test_tokens),
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_bad_model),
		cmocka_unit_test(test_only_unknown),
		cmocka_unit_test(test_may),
		cmocka_unit_test(test_veto_model),
		cmocka_unit_test(test_veto),
	};

	dsn_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
