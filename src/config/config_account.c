/*
 * config_account: reads and checks [account NAME] groups.  Every problem
 * is reported, with its file and line, before the caller connects
 * anywhere.  Must not read secrets, open sockets or touch the database.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "config.h"

#define CA_PREFIX	"account "

struct ca_ctx {
	struct config		*cfg;
	GKeyFile		*kf;
	struct err		*err;
	int			 errors;
	const char		*group;
};

static const char *const ca_keys[] = {
	"host", "port", "tls", "allow_plaintext", "ca_file", "username",
	"auth", "password_env", "password_file", "password_command",
	"oauth2_token_command", "folders", "after", "timeout",
	"max_message_size", "batch", "search_from", "search_subject", "search",
	"scan_connections", "command_timeout", "deadline", "sent_folders",
	"accept_unverified", NULL,
};

static void
ca_error(struct ca_ctx *c, const char *key, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	config_error(c->cfg, c->err, c->group, key, "[%s] %s", c->group,
	    msg);
	c->errors++;
}

/*
 * A single-word value, without an inline comment (" ; ..." or " # ...",
 * as in the documented example), or NULL when the key is absent.
 */
static char *
ca_word(struct ca_ctx *c, const char *key)
{
	char *v = g_key_file_get_string(c->kf, c->group, key, NULL);
	char *p;

	if (v == NULL)
		return NULL;
	for (p = v; *p != '\0'; p++)
		if ((*p == ';' || *p == '#') && p > v &&
		    g_ascii_isspace(p[-1])) {
			*p = '\0';
			break;
		}
	return g_strstrip(v);
}

/* A whole value (commands, paths), or NULL; "" counts as absent. */
static char *
ca_text(struct ca_ctx *c, const char *key)
{
	char *v = g_key_file_get_string(c->kf, c->group, key, NULL);

	if (v != NULL && *g_strstrip(v) == '\0') {
		g_free(v);
		v = NULL;
	}
	return v;
}

/* Index of the value in names (NULL-terminated), or def when absent. */
static int
ca_enum(struct ca_ctx *c, const char *key, const char *const *names,
    int def)
{
	char *v = ca_word(c, key);
	int i;

	if (v == NULL)
		return def;
	for (i = 0; names[i] != NULL; i++)
		if (g_ascii_strcasecmp(v, names[i]) == 0)
			break;
	if (names[i] == NULL) {
		ca_error(c, key, "%s: unknown value '%s'", key, v);
		i = def;
	}
	g_free(v);
	return i;
}

static unsigned long long
ca_number(struct ca_ctx *c, const char *key, unsigned long long def,
    unsigned long long min, unsigned long long max)
{
	char *v = ca_word(c, key), *end;
	unsigned long long n, mult = 1;

	if (v == NULL)
		return def;
	errno = 0;
	n = strtoull(v, &end, 10);
	if (*end == 'k' || *end == 'K')
		mult = 1024, end++;
	else if (*end == 'M')
		mult = 1024 * 1024, end++;
	if (errno != 0 || end == v || *end != '\0' || v[0] == '-' ||
	    n > max / mult || n * mult < min) {
		ca_error(c, key, "%s: '%s' is not a number from %llu to %llu",
		    key, v, min, max);
		n = def;
		mult = 1;
	}
	g_free(v);
	return n * mult;
}

/* 0 or 1, or def when the key is absent. */
static int
ca_bool_or(struct ca_ctx *c, const char *key, int def)
{
	static const char *const names[] = { "false", "true", "no", "yes",
		"0", "1", NULL };
	int i = ca_enum(c, key, names, -1);

	return i < 0 ? def : i % 2;
}

static int
ca_bool(struct ca_ctx *c, const char *key)
{
	return ca_bool_or(c, key, 0);
}

static char **
ca_list(struct ca_ctx *c, const char *key)
{
	char **v = g_key_file_get_string_list(c->kf, c->group, key, NULL,
	    NULL);
	size_t i, n = 0;

	for (i = 0; v != NULL && v[i] != NULL; i++)
		if (*g_strstrip(v[i]) != '\0')
			v[n++] = v[i];
		else
			g_free(v[i]);
	if (v != NULL)
		v[n] = NULL;
	if (n == 0) {
		g_strfreev(v);
		return NULL;
	}
	return v;
}

static void
ca_unknown_keys(struct ca_ctx *c)
{
	char **keys = g_key_file_get_keys(c->kf, c->group, NULL, NULL);
	size_t i;

	for (i = 0; keys != NULL && keys[i] != NULL; i++)
		if (!g_strv_contains(ca_keys, keys[i]))
			ca_error(c, keys[i], "unknown key '%s'%s", keys[i],
			    config_did_you_mean(keys[i], ca_keys));
	g_strfreev(keys);
}

/* after = none | flag | flag:KEYWORD | move:FOLDER */
static void
ca_after(struct ca_ctx *c, struct config_account *a)
{
	char *v = ca_word(c, "after");
	const char *arg;

	a->after = CONFIG_AFTER_NONE;
	if (v == NULL || g_ascii_strcasecmp(v, "none") == 0) {
		g_free(v);
		return;
	}
	if (g_ascii_strncasecmp(v, "flag", 4) == 0 && (v[4] == '\0' ||
	    v[4] == ':')) {
		a->after = CONFIG_AFTER_FLAG;
		arg = v[4] == ':' ? v + 5 : NULL;
	} else if (g_ascii_strncasecmp(v, "move:", 5) == 0) {
		a->after = CONFIG_AFTER_MOVE;
		arg = v + 5;
	} else
		arg = NULL;
	if (a->after == CONFIG_AFTER_FLAG && arg == NULL)
		;	/* the IMAP module's keyword */
	else if (arg == NULL || *arg == '\0' ||
	    strpbrk(arg, " ()\"\\{}%*") != NULL)
		ca_error(c, "after", "after: '%s' is not none, flag, "
		    "flag:KEYWORD or move:FOLDER", v);
	else
		a->after_arg = g_strdup(arg);
	g_free(v);
}

/* sent_folders = auto | none | FOLDER;FOLDER... */
static void
ca_sent(struct ca_ctx *c, struct config_account *a)
{
	char **v = ca_list(c, "sent_folders");

	a->sent_folders = NULL;
	if (v == NULL || (v[1] == NULL &&
	    g_ascii_strcasecmp(v[0], "auto") == 0)) {
		g_strfreev(v);
		return;
	}
	if (v[1] == NULL && g_ascii_strcasecmp(v[0], "none") == 0) {
		g_free(v[0]);
		v[0] = NULL;
	}
	a->sent_folders = v;
}

static void
ca_secret(struct ca_ctx *c, struct config_account *a)
{
	int n = (a->password_env != NULL) + (a->password_file != NULL) +
	    (a->password_command != NULL);

	if (a->auth == CONFIG_AUTH_XOAUTH2) {
		if (a->oauth2_token_command == NULL)
			ca_error(c, "auth", "auth = xoauth2 needs "
			    "oauth2_token_command");
		return;
	}
	if (n != 1)
		ca_error(c, n == 0 ? NULL : "password_env", "give exactly one "
		    "of password_env, password_file, password_command");
}

static void
ca_strings(struct ca_ctx *c, struct config_account *a)
{
	a->host = ca_word(c, "host");
	a->username = ca_text(c, "username");
	a->ca_file = ca_text(c, "ca_file");
	a->password_env = ca_word(c, "password_env");
	a->password_file = ca_text(c, "password_file");
	a->password_command = ca_text(c, "password_command");
	a->oauth2_token_command = ca_text(c, "oauth2_token_command");
	if (a->host == NULL || *a->host == '\0')
		ca_error(c, NULL, "missing key 'host'");
	if (a->username == NULL)
		ca_error(c, NULL, "missing key 'username'");
	if ((a->folders = ca_list(c, "folders")) == NULL)
		a->folders = g_strsplit("INBOX", ";", -1);
	a->search_from = ca_list(c, "search_from");
	a->search_subject = ca_list(c, "search_subject");
	ca_sent(c, a);
}

static void
ca_read(struct ca_ctx *c, struct config_account *a)
{
	static const char *const tls[] = { "implicit", "starttls", "none",
		NULL };
	static const char *const auth[] = { "plain", "login", "xoauth2",
		NULL };
	static const char *const search[] = { "auto", "server", "client",
		NULL };

	a->name = g_strdup(c->group + strlen(CA_PREFIX));
	g_strstrip(a->name);
	if (*a->name == '\0')
		ca_error(c, NULL, "an account needs a name: [account NAME]");
	ca_unknown_keys(c);
	ca_strings(c, a);
	a->tls = ca_enum(c, "tls", tls, CONFIG_TLS_IMPLICIT);
	a->auth = ca_enum(c, "auth", auth, CONFIG_AUTH_PLAIN);
	a->search = ca_enum(c, "search", search, CONFIG_SEARCH_AUTO);
	a->allow_plaintext = ca_bool(c, "allow_plaintext");
	a->accept_unverified = ca_bool_or(c, "accept_unverified", -1);
	a->port = (unsigned)ca_number(c, "port",
	    a->tls == CONFIG_TLS_IMPLICIT ? 993 : 143, 1, 65535);
	a->timeout = (unsigned)ca_number(c, "timeout", 0, 1, 3600);
	a->command_timeout = (unsigned)ca_number(c, "command_timeout", 0, 1,
	    600);
	a->deadline = (unsigned)ca_number(c, "deadline", 0, 1, 86400);
	a->batch = (unsigned)ca_number(c, "batch", 0, 1, 1000);
	a->scan_connections = (unsigned)ca_number(c, "scan_connections", 0,
	    1, 2);
	a->max_message = (size_t)ca_number(c, "max_message_size", 0, 1024,
	    (unsigned long long)1 << 30);
	if (a->tls == CONFIG_TLS_NONE && !a->allow_plaintext)
		ca_error(c, "tls", "tls = none sends the password in the "
		    "clear: set allow_plaintext = true to allow it");
	ca_after(c, a);
	ca_secret(c, a);
}

static void
ca_free(struct config_account *a)
{
	g_free(a->name);
	g_free(a->host);
	g_free(a->ca_file);
	g_free(a->username);
	g_free(a->password_env);
	g_free(a->password_file);
	g_free(a->password_command);
	g_free(a->oauth2_token_command);
	g_strfreev(a->folders);
	g_strfreev(a->sent_folders);
	g_free(a->after_arg);
	g_strfreev(a->search_from);
	g_strfreev(a->search_subject);
}

static int
ca_is_account(const char *group)
{
	return strncmp(group, CA_PREFIX, strlen(CA_PREFIX)) == 0;
}

int
config_accounts_read(struct config *cfg, struct err *err)
{
	struct ca_ctx c = { cfg, cfg->kf, err, 0, NULL };
	struct config_accounts *out = &cfg->accounts;
	char **groups = g_key_file_get_groups(cfg->kf, NULL);
	size_t i, n = 0;

	memset(out, 0, sizeof(*out));
	for (i = 0; groups[i] != NULL; i++)
		n += ca_is_account(groups[i]);
	out->v = g_new0(struct config_account, n + 1);
	for (i = 0; groups[i] != NULL; i++) {
		if (!ca_is_account(groups[i]))
			continue;
		c.group = groups[i];
		ca_read(&c, &out->v[out->n]);
		if (config_account_find(out, out->v[out->n].name) != NULL)
			ca_error(&c, NULL, "account '%s' defined twice",
			    out->v[out->n].name);
		out->n++;
	}
	g_strfreev(groups);
	if (c.errors > 0) {
		config_accounts_release(out);
		return -1;
	}
	return 0;
}

int
config_account_files(struct config *cfg, struct err *err)
{
	struct ca_ctx c = { cfg, cfg->kf, err, 0, NULL };
	const struct config_account *a;
	char *group;
	size_t i;

	for (i = 0; i < cfg->accounts.n; i++) {
		a = &cfg->accounts.v[i];
		if (a->ca_file == NULL || access(a->ca_file, R_OK) == 0)
			continue;
		group = g_strconcat(CA_PREFIX, a->name, NULL);
		c.group = group;
		ca_error(&c, "ca_file", "ca_file '%s': %s", a->ca_file,
		    g_strerror(errno));
		g_free(group);
	}
	return c.errors > 0 ? -1 : 0;
}

const struct config_account *
config_account_find(const struct config_accounts *accts, const char *name)
{
	size_t i;

	for (i = 0; i < accts->n; i++)
		if (strcmp(accts->v[i].name, name) == 0)
			return &accts->v[i];
	return NULL;
}

void
config_accounts_release(struct config_accounts *accts)
{
	size_t i;

	for (i = 0; i < accts->n; i++)
		ca_free(&accts->v[i]);
	g_free(accts->v);
	accts->v = NULL;
	accts->n = 0;
}
