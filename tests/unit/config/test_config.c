/* Unit tests for config: [database], [policy], [rules], errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <glib/gstdio.h>

#include "config.h"

static char *dir;

static char *
write_conf(const char *text)
{
	char *p = g_build_filename(dir, "t.conf", NULL);

	assert_true(g_file_set_contents(p, text, -1, NULL));
	return p;
}

static void
test_defaults(void **state)
{
	struct config c;
	struct store_policy d;
	char *p;

	config_init(&c);
	store_policy_defaults(&d);
	assert_memory_equal(&c.policy, &d, sizeof(d));
	g_setenv("XDG_DATA_HOME", "/tmp/xdg-test", TRUE);
	p = config_db_path(&c);
	assert_string_equal(p, "/tmp/xdg-test/bounce-harvester/bounces.db");
	g_free(p);
	config_release(&c);
}

static void
test_values(void **state)
{
	struct config c;
	struct err err;
	char *p, *db;

	p = write_conf("# comment\n[database]\npath = /x/y.db\n"
	    "busy_timeout = 500\ncache_mb = 64\n[policy]\n"
	    "retry_after_hours = 6\n"
	    "soft_invalid_count = 7\n[account sales]\nhost = h\n"
	    "username = u\npassword_env = P\n");
	config_init(&c);
	if (config_load(&c, p, &err) < 0)
		fail_msg("%s", err.msg);
	assert_int_equal(c.policy.retry_after_hours, 6);
	assert_int_equal(c.policy.soft_invalid_count, 7);
	assert_int_equal(c.policy.full_reset_days, 30);
	assert_int_equal(c.busy_timeout_ms, 500);
	assert_int_equal(c.cache_mb, 64);
	db = config_db_path(&c);
	assert_string_equal(db, "/x/y.db");
	assert_int_equal(config_line(&c, "account sales", "host"), 10);
	assert_int_equal(config_line(&c, "account sales", NULL), 9);
	g_free(db);
	config_release(&c);
	g_free(p);
}

/* Every error, each with file:line, before failing. */
static void
test_errors(void **state)
{
	struct config c;
	struct err err;
	char *p, *want;

	p = write_conf("[policy]\nretry_after_hours = soon\n"
	    "full_reset_dayz = 3\n[rules]\nfiles = /nonexistent.rules\n"
	    "[bogus]\n");
	config_init(&c);
	assert_int_equal(config_load(&c, p, &err), -1);
	want = g_strdup_printf("%s:2: 'retry_after_hours' must be", p);
	assert_non_null(strstr(err.msg, want));
	g_free(want);
	want = g_strdup_printf("%s:3: unknown key 'full_reset_dayz'", p);
	assert_non_null(strstr(err.msg, want));
	g_free(want);
	want = g_strdup_printf("%s:5: rules file '/nonexistent.rules'", p);
	assert_non_null(strstr(err.msg, want));
	g_free(want);
	want = g_strdup_printf("%s:6: unknown section [bogus]", p);
	assert_non_null(strstr(err.msg, want));
	g_free(want);
	config_release(&c);
	g_free(p);
}

static void
test_syntax_error(void **state)
{
	struct config c;
	struct err err;
	char *p;

	p = write_conf("[policy\nx\n");
	config_init(&c);
	assert_int_equal(config_load(&c, p, &err), -1);
	assert_non_null(strstr(err.msg, p));
	config_release(&c);
	g_free(p);
}

/* GLib's parse errors come with the line, the one it gives none too. */
static void
test_parse_error_lines(void **state)
{
	static const struct {
		const char *text, *want;
	} t[] = {
		{ "# settings\n\npath = /x.db\n[database]\n",
		  "t.conf:3: a key before the first [section]" },
		{ "[database]\npath = /x.db\nnot a key\n", "t.conf:3: " },
		{ "[policy]\nfull_reset_dayz = 3\n", "t.conf:2: unknown key "
		  "'full_reset_dayz' in [policy]; did you mean "
		  "'full_reset_days'?" },
		{ "[databse]\n", "t.conf:1: unknown section [databse]; did "
		  "you mean 'database'?" },
		{ "[doctor]\nselector = s1\n", "t.conf:2: unknown key "
		  "'selector' in [doctor]; did you mean 'selectors'?" },
		{ "[rules]\nfiels = x\nzzz = 1\n", "t.conf:3: unknown key "
		  "'zzz' in [rules]" },
	};
	struct config c;
	struct err err;
	const char *end;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		config_init(&c);
		assert_int_equal(config_load_data(&c, "t.conf", t[i].text,
		    strlen(t[i].text), &err), -1);
		if (strstr(err.msg, t[i].want) == NULL)
			fail_msg("%zu: got '%s', want '%s'", i, err.msg,
			    t[i].want);
		config_release(&c);
	}
	/* Of the last two typos, one is near a key, the other nothing. */
	assert_non_null(strstr(err.msg, "'fiels' in [rules]; did you mean "
	    "'files'?"));
	end = strstr(err.msg, "'zzz' in [rules]");
	assert_non_null(end);
	end += strlen("'zzz' in [rules]");
	assert_true(*end == '\0' || *end == '\n');
}

/* The shipped example must load and match the built-in defaults. */
static void
test_example(void **state)
{
	const char *ex = getenv("BH_CONFIG_EXAMPLE");
	struct store_policy d;
	struct config c;
	struct err err;

	assert_non_null(ex);
	config_init(&c);
	if (config_load(&c, ex, &err) < 0)
		fail_msg("%s", err.msg);
	store_policy_defaults(&d);
	assert_memory_equal(&c.policy, &d, sizeof(d));
	/* It documents an account too, and [doctor]. */
	assert_int_equal(c.accounts.n, 1);
	assert_null(c.doctor.domain);
	config_release(&c);
}

static int
setup(void **state)
{
	dir = g_dir_make_tmp("bh-config-XXXXXX", NULL);
	return dir == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char *p = g_build_filename(dir, "t.conf", NULL);

	g_unlink(p);
	g_free(p);
	g_rmdir(dir);
	g_free(dir);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_syntax_error),
		cmocka_unit_test(test_parse_error_lines),
		cmocka_unit_test(test_example),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
