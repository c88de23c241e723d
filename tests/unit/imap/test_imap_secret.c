/*
 * imap_secret: where passwords and tokens come from, and what is refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "imap.h"

static void
secret_file(char *path, size_t size, const char *content, mode_t mode)
{
	FILE *fp;

	snprintf(path, size, "/tmp/bh-secret-%d", (int)getpid());
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(content, fp);
	fclose(fp);
	assert_int_equal(chmod(path, mode), 0);
}

static void
test_env(void **state)
{
	struct imap_account a = { .password_env = "BH_TEST_PW" };
	struct err err;
	char *s;

	unsetenv("BH_TEST_PW");
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	assert_non_null(strstr(err.msg, "BH_TEST_PW"));
	setenv("BH_TEST_PW", "pw-from-env", 1);
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_OK);
	assert_string_equal(s, "pw-from-env");
	imap_secret_free(s);
}

static void
test_file_private_only(void **state)
{
	struct imap_account a = { 0 };
	char path[64];
	struct err err;
	char *s;

	secret_file(path, sizeof(path), "pw-in-file\nignored\n", 0600);
	a.password_file = path;
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_OK);
	assert_string_equal(s, "pw-in-file");
	imap_secret_free(s);
	assert_int_equal(chmod(path, 0640), 0);
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	assert_non_null(strstr(err.msg, "group or others"));
	assert_null(strstr(err.msg, "pw-in-file"));
	assert_int_equal(chmod(path, 0604), 0);
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	unlink(path);
}

static void
test_command(void **state)
{
	struct imap_account a = { .password_command = "echo pw-from-cmd" };
	struct err err;
	char *s;

	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_OK);
	assert_string_equal(s, "pw-from-cmd");
	imap_secret_free(s);
	a.password_command = "echo leaked-maybe; exit 3";
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	assert_null(strstr(err.msg, "leaked-maybe"));
	a.password_command = "true";
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	a.password_command = NULL;
	a.auth = IMAP_AUTH_XOAUTH2;
	a.oauth2_token_command = "printf token-123";
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_OK);
	assert_string_equal(s, "token-123");
	imap_secret_free(s);
}

/* 1 once process pid is gone (or a zombie nobody waits for), within 5 s. */
static int
gone(long pid)
{
	char path[64], st[512];
	FILE *fp;
	int i;

	snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
	for (i = 0; i < 500; i++) {
		if ((fp = fopen(path, "r")) == NULL)
			return 1;
		st[0] = '\0';
		if (fgets(st, sizeof(st), fp) == NULL)
			st[0] = '\0';
		fclose(fp);
		if (strstr(st, ") Z ") != NULL)
			return 1;
		usleep(10000);
	}
	return 0;
}

/*
 * A command is bounded: its output (yes prints for ever), its time (the
 * whole process group is killed), and its stderr shows in the error,
 * unless it repeats the secret.
 */
static void
test_command_bounded(void **state)
{
	struct imap_account a = { .password_command = "yes",
	    .command_timeout = 1 };
	char cmd[128], path[64];
	struct err err;
	long pid = 0;
	FILE *fp;
	char *s;

	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	assert_string_equal(err.msg, "password command printed more than "
	    "8192 bytes");
	snprintf(path, sizeof(path), "/tmp/bh-secret-pid-%d", (int)getpid());
	snprintf(cmd, sizeof(cmd), "echo waiting >&2; sleep 1000 & echo $! "
	    ">%s; wait", path);
	a.password_command = cmd;
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	assert_string_equal(err.msg, "password command timed out after 1 s: "
	    "waiting");
	fp = fopen(path, "r");
	assert_non_null(fp);
	assert_int_equal(fscanf(fp, "%ld", &pid), 1);
	fclose(fp);
	unlink(path);
	assert_true(pid > 0 && gone(pid));
	a.password_command = "echo 'gpg: decryption failed: No secret key' "
	    ">&2; exit 2";
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	assert_string_equal(err.msg, "password command failed (status 512): "
	    "gpg: decryption failed: No secret key");
	a.password_command = "echo s3cret; echo bad s3cret >&2; exit 1";
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	assert_null(strstr(err.msg, "s3cret"));
	a.password_command = NULL;
	a.auth = IMAP_AUTH_XOAUTH2;
	a.oauth2_token_command = "exec 1>&-; sleep 1000";
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	assert_string_equal(err.msg, "token command timed out after 1 s");
	/* Both closed: nothing left to read, the command still runs. */
	a.oauth2_token_command = "echo tok; exec 1>&- 2>&-; sleep 1000";
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	assert_string_equal(err.msg, "token command timed out after 1 s");
}

static void
test_none(void **state)
{
	struct imap_account a = { 0 };
	struct err err;
	char *s;

	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_ERR_CONFIG);
	assert_null(s);
}

/* Commands do not inherit the variables that hold passwords. */
static void
test_command_hidden_env(void **state)
{
	const char *const hidden[] = { "BH_TEST_OTHER_PW", NULL };
	struct imap_account a = { .password_command =
	    "printf 'x%s%s\\n' \"$BH_TEST_OTHER_PW\" \"$BH_TEST_PLAIN\"" };
	struct err err;
	char *s;

	setenv("BH_TEST_OTHER_PW", "-leak", 1);
	setenv("BH_TEST_PLAIN", "-kept", 1);
	/* Without the list the command sees both: the test can fail. */
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_OK);
	assert_string_equal(s, "x-leak-kept");
	imap_secret_free(s);
	a.hidden_env = hidden;
	assert_int_equal(imap_secret_get(&a, &s, &err), IMAP_OK);
	assert_string_equal(s, "x-kept");
	imap_secret_free(s);
	unsetenv("BH_TEST_OTHER_PW");
	unsetenv("BH_TEST_PLAIN");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_env),
		cmocka_unit_test(test_file_private_only),
		cmocka_unit_test(test_command),
		cmocka_unit_test(test_command_hidden_env),
		cmocka_unit_test(test_command_bounded),
		cmocka_unit_test(test_none),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
