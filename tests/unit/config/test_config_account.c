/*
 * config_account: [account NAME] groups, defaults, a documented example
 * (with its inline comments), and every error reported with file:line.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "config.h"

/* Reads text as the file "t.conf"; *out takes its accounts. */
static int
load(const char *text, struct config_accounts *out, struct err *err)
{
	struct config cfg;
	int r;

	config_init(&cfg);
	r = config_load_data(&cfg, "t.conf", text, strlen(text), err);
	*out = cfg.accounts;
	memset(&cfg.accounts, 0, sizeof(cfg.accounts));
	config_release(&cfg);
	return r;
}

static void
test_documented_example(void **state)
{
	static const char text[] =
	    "[database]\n"
	    "path = /var/lib/bounce-harvester/bounces.db\n"
	    "\n"
	    "[account sales]\n"
	    "host = imap.example.com\n"
	    "port = 993\n"
	    "tls = implicit            ; implicit (default) | starttls | none\n"
	    "ca_file = /etc/ssl/my-ca.pem\n"
	    "username = sales@example.com\n"
	    "password_env = SALES_IMAP_PASSWORD   ; or password_file\n"
	    "auth = plain              ; plain | login | xoauth2\n"
	    "folders = INBOX;Junk\n"
	    "after = move:Bounces/Processed\n";
	struct config_accounts a;
	const struct config_account *s;
	struct err err;

	assert_int_equal(load(text, &a, &err), 0);
	assert_int_equal(a.n, 1);
	s = config_account_find(&a, "sales");
	assert_non_null(s);
	assert_string_equal(s->host, "imap.example.com");
	assert_int_equal(s->port, 993);
	assert_int_equal(s->tls, CONFIG_TLS_IMPLICIT);
	assert_string_equal(s->ca_file, "/etc/ssl/my-ca.pem");
	assert_string_equal(s->password_env, "SALES_IMAP_PASSWORD");
	assert_int_equal(s->auth, CONFIG_AUTH_PLAIN);
	assert_string_equal(s->folders[0], "INBOX");
	assert_string_equal(s->folders[1], "Junk");
	assert_null(s->folders[2]);
	assert_int_equal(s->after, CONFIG_AFTER_MOVE);
	assert_string_equal(s->after_arg, "Bounces/Processed");
	assert_null(config_account_find(&a, "other"));
	config_accounts_release(&a);
}

static void
test_defaults_and_two_accounts(void **state)
{
	static const char text[] =
	    "[account a]\nhost = h\nusername = u\npassword_file = /p\n"
	    "[account b]\nhost = h2\nusername = u2\ntls = starttls\n"
	    "auth = xoauth2\noauth2_token_command = get-token\n"
	    "after = flag\nmax_message_size = 2M\nsearch = client\n"
	    "scan_connections = 1\ncommand_timeout = 5\ndeadline = 600\n";
	struct config_accounts a;
	struct err err;

	assert_int_equal(load(text, &a, &err), 0);
	assert_int_equal(a.n, 2);
	assert_int_equal(a.v[0].search, CONFIG_SEARCH_AUTO);
	assert_int_equal(a.v[1].search, CONFIG_SEARCH_CLIENT);
	assert_string_equal(a.v[0].name, "a");
	assert_int_equal(a.v[0].port, 993);
	assert_int_equal(a.v[0].after, CONFIG_AFTER_NONE);
	assert_null(a.v[0].after_arg);
	assert_string_equal(a.v[0].folders[0], "INBOX");
	/* Left to the IMAP module's defaults. */
	assert_int_equal(a.v[0].timeout, 0);
	assert_int_equal(a.v[0].command_timeout, 0);
	assert_int_equal(a.v[0].deadline, 0);
	assert_int_equal(a.v[0].max_message, 0);
	assert_int_equal(a.v[0].batch, 0);
	assert_int_equal(a.v[1].command_timeout, 5);
	assert_int_equal(a.v[1].deadline, 600);
	assert_int_equal(a.v[1].port, 143);
	assert_int_equal(a.v[1].auth, CONFIG_AUTH_XOAUTH2);
	assert_int_equal(a.v[1].after, CONFIG_AFTER_FLAG);
	assert_null(a.v[1].after_arg);
	assert_int_equal(a.v[1].max_message, 2 * 1024 * 1024);
	assert_int_equal(a.v[0].scan_connections, 0);
	assert_int_equal(a.v[1].scan_connections, 1);
	config_accounts_release(&a);
}

static void
test_every_error_with_its_line(void **state)
{
	static const char text[] =
	    "[account bad]\n"			/* 1 */
	    "host = h\n"			/* 2 */
	    "tls = none\n"			/* 3 */
	    "port = 99999\n"			/* 4 */
	    "auth = kerberos\n"			/* 5 */
	    "after = delete\n"			/* 6 */
	    "pasword_env = X\n"			/* 7 */
	    "[account worse]\n"			/* 8 */
	    "host = h\nusername = u\n"
	    "password_env = A\npassword_command = b\n"	/* 11, 12 */
	    "search = fast\n"			/* 13 */
	    "scan_connections = 3\n";		/* 14 */
	struct config_accounts a;
	struct err err;

	assert_int_equal(load(text, &a, &err), -1);
	assert_int_equal(a.n, 0);
	assert_non_null(strstr(err.msg, "t.conf:1: [account bad] missing "
	    "key 'username'"));
	assert_non_null(strstr(err.msg, "t.conf:3: [account bad] tls = none"));
	assert_non_null(strstr(err.msg, "t.conf:4: [account bad] port:"));
	assert_non_null(strstr(err.msg, "t.conf:5: [account bad] auth: "
	    "unknown value 'kerberos'"));
	assert_non_null(strstr(err.msg, "t.conf:6: [account bad] after:"));
	assert_non_null(strstr(err.msg, "t.conf:7: [account bad] unknown key "
	    "'pasword_env'; did you mean 'password_env'?"));
	assert_non_null(strstr(err.msg, "t.conf:1: [account bad] give "
	    "exactly one"));
	assert_non_null(strstr(err.msg, "t.conf:11: [account worse] give "
	    "exactly one"));
	assert_non_null(strstr(err.msg, "t.conf:13: [account worse] search: "
	    "unknown value 'fast'"));
	assert_non_null(strstr(err.msg, "t.conf:14: [account worse] "
	    "scan_connections:"));
}

/* sent_folders: absent or auto finds them, none reads none, or a list. */
static void
test_sent_folders(void **state)
{
	static const char text[] =
	    "[account a]\nhost = h\nusername = u\npassword_file = /p\n"
	    "[account b]\nhost = h\nusername = u\npassword_file = /p\n"
	    "sent_folders = auto\n"
	    "[account c]\nhost = h\nusername = u\npassword_file = /p\n"
	    "sent_folders = None\n"
	    "[account d]\nhost = h\nusername = u\npassword_file = /p\n"
	    "sent_folders = Gesendete Elemente; \xe5\xb7\xb2\xe5\x8f\x91"
	    "\xe9\x80\x81\n";
	struct config_accounts a;
	struct err err;

	assert_int_equal(load(text, &a, &err), 0);
	assert_null(config_account_find(&a, "a")->sent_folders);
	assert_null(config_account_find(&a, "b")->sent_folders);
	assert_non_null(config_account_find(&a, "c")->sent_folders);
	assert_null(config_account_find(&a, "c")->sent_folders[0]);
	assert_string_equal(config_account_find(&a, "d")->sent_folders[0],
	    "Gesendete Elemente");
	assert_string_equal(config_account_find(&a, "d")->sent_folders[1],
	    "\xe5\xb7\xb2\xe5\x8f\x91\xe9\x80\x81");
	assert_null(config_account_find(&a, "d")->sent_folders[2]);
	config_accounts_release(&a);
}

/*
 * accept_unverified per account: absent, the [policy] value decides (-1);
 * set, it holds for that account alone, either way; anything else is an
 * error with its line.
 */
static void
test_accept_unverified(void **state)
{
	static const char text[] =
	    "[policy]\naccept_unverified = 1\n"
	    "[account crm]\nhost = h\nusername = u\npassword_env = A\n"
	    "accept_unverified = yes\n"
	    "[account sales]\nhost = h\nusername = u\npassword_env = A\n"
	    "accept_unverified = 0\n"
	    "[account other]\nhost = h\nusername = u\npassword_env = A\n";
	static const char bad[] =
	    "[account crm]\nhost = h\nusername = u\npassword_env = A\n"
	    "accept_unverified = sometimes\n";		/* 5 */
	struct config cfg;
	struct err err;

	config_init(&cfg);
	assert_int_equal(config_load_data(&cfg, "t.conf", text, strlen(text),
	    &err), 0);
	assert_int_equal(cfg.policy.accept_unverified, 1);
	assert_int_equal(config_account_find(&cfg.accounts,
	    "crm")->accept_unverified, 1);
	assert_int_equal(config_account_find(&cfg.accounts,
	    "sales")->accept_unverified, 0);
	assert_int_equal(config_account_find(&cfg.accounts,
	    "other")->accept_unverified, -1);
	config_release(&cfg);
	config_init(&cfg);
	assert_int_equal(config_load_data(&cfg, "t.conf", bad, strlen(bad),
	    &err), -1);
	assert_non_null(strstr(err.msg, "t.conf:5: [account crm] "
	    "accept_unverified: unknown value 'sometimes'"));
	config_release(&cfg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_documented_example),
		cmocka_unit_test(test_defaults_and_two_accounts),
		cmocka_unit_test(test_every_error_with_its_line),
		cmocka_unit_test(test_sent_folders),
		cmocka_unit_test(test_accept_unverified),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
