/*
 * config: reads the configuration file, every section (the accounts in
 * config_account.c).  GKeyFile gives no line numbers, so a pre-scan of
 * the text maps groups and keys to lines for the error messages.  Must
 * not open the database or the network.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "config.h"

struct config_int {
	const char	*key;
	size_t		 off;		/* in struct store_policy */
	int		 min, max;
};

#define POL(k, f, lo, hi) { k, offsetof(struct store_policy, f), lo, hi }
static const struct config_int config_policy_keys[] = {
	POL("full_reset_days", full_reset_days, 1, 3650),
	POL("full_abandon_count", full_abandon_count, 1, 1000),
	POL("full_abandon_days", full_abandon_days, 0, 3650),
	POL("retry_after_hours", retry_after_hours, 0, 8760),
	POL("retry_review_hours", retry_review_hours, 0, 8760),
	POL("soft_invalid_count", soft_invalid_count, 1, 1000),
	POL("soft_invalid_days", soft_invalid_days, 0, 3650),
	POL("soft_reset_days", soft_reset_days, 1, 3650),
	POL("sent_window_days", sent_window_days, 1, 3650),
	POL("accept_unverified", accept_unverified, 0, 1),
	POL("max_per_message", max_per_message, 1, 1000),
	POL("max_per_sender", max_per_sender, 1, 1000000),
	{ NULL, 0, 0, 0 },
};
#undef POL

static const char *const config_database_keys[] = { "path",
	"busy_timeout", "cache_mb", NULL };
static const char *const config_rules_keys[] = { "files", NULL };
static const char *const config_doctor_keys[] = { "domain", "ips",
	"selectors", "dnsbls", "dbls", "dns", "timeout_ms", "tries",
	"inflight", "deadline_s", "confirm_hours", "max_dead_percent",
	"canaries", NULL };
static const char *const config_serve_keys[] = { "view_token_file",
	"edit_token_file", "requests_per_minute", NULL };
static const char *const config_sections[] = { "database", "policy",
	"rules", "doctor", "serve", "account NAME", NULL };

void
config_init(struct config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->kf = g_key_file_new();
	cfg->lines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	cfg->busy_timeout_ms = 30000;
	cfg->cache_mb = 32;
	cfg->serve.requests_per_minute = 600;
	store_policy_defaults(&cfg->policy);
}

void
config_release(struct config *cfg)
{
	g_free(cfg->path);
	if (cfg->kf != NULL)
		g_key_file_free(cfg->kf);
	if (cfg->lines != NULL)
		g_hash_table_destroy(cfg->lines);
	g_free(cfg->db_path);
	g_strfreev(cfg->rules_files);
	g_free(cfg->doctor.domain);
	g_free(cfg->doctor.dns);
	g_strfreev(cfg->doctor.ips);
	g_strfreev(cfg->doctor.selectors);
	g_strfreev(cfg->doctor.dnsbls);
	g_strfreev(cfg->doctor.dbls);
	g_strfreev(cfg->doctor.canaries);
	g_free(cfg->serve.view_token_file);
	g_free(cfg->serve.edit_token_file);
	config_accounts_release(&cfg->accounts);
	memset(cfg, 0, sizeof(*cfg));
}

int
config_line(const struct config *cfg, const char *group, const char *key)
{
	char *k = g_strconcat(group, key ? "\n" : NULL, key, NULL);
	int line = GPOINTER_TO_INT(g_hash_table_lookup(cfg->lines, k));

	g_free(k);
	return line;
}

int
config_error(const struct config *cfg, struct err *err, const char *group,
    const char *key, const char *fmt, ...)
{
	char msg[512];
	size_t len;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	len = strlen(err->msg);
	snprintf(err->msg + len, sizeof(err->msg) - len, "%s%s:%d: %s",
	    len > 0 ? "\n" : "", cfg->path ? cfg->path : "(config)",
	    config_line(cfg, group, key), msg);
	return -1;
}

/* Records the line of each [group] and key = value line. */
static void
config_scan(struct config *cfg, const char *text)
{
	char **lines = g_strsplit(text, "\n", -1), *group = NULL, *t, *eq;
	int i;

	for (i = 0; lines[i] != NULL; i++) {
		t = g_strstrip(lines[i]);
		if (t[0] == '[' && (eq = strchr(t, ']')) != NULL) {
			g_free(group);
			group = g_strndup(t + 1, (gsize)(eq - t - 1));
			g_hash_table_insert(cfg->lines, g_strdup(group),
			    GINT_TO_POINTER(i + 1));
		} else if (group != NULL && t[0] != '#' && t[0] != ';' &&
		    (eq = strchr(t, '=')) != NULL) {
			*eq = '\0';
			g_hash_table_insert(cfg->lines, g_strconcat(group, "\n",
			    g_strstrip(t), NULL), GINT_TO_POINTER(i + 1));
		}
	}
	g_free(group);
	g_strfreev(lines);
}

/* The first line (from 1) that is neither blank nor a comment, or 0. */
static int
config_first_line(const char *text)
{
	char **lines = g_strsplit(text, "\n", -1), *t;
	int i, found = 0;

	for (i = 0; lines[i] != NULL && found == 0; i++) {
		t = g_strstrip(lines[i]);
		if (t[0] != '\0' && t[0] != '#' && t[0] != ';')
			found = i + 1;
	}
	g_strfreev(lines);
	return found;
}

/*
 * The line (from 1) holding the text GKeyFile quotes in msg ("... line
 * “TEXT” which ..."), or 0.
 */
static int
config_quoted_line(const char *text, const char *msg)
{
	const char *a = strstr(msg, "\u201c"), *b;
	char **lines, *want;
	int i, found = 0;

	if (a == NULL || (b = strstr(a, "\u201d")) == NULL)
		return 0;
	a += strlen("\u201c");
	want = g_strndup(a, (gsize)(b - a));
	lines = g_strsplit(text, "\n", -1);
	for (i = 0; lines[i] != NULL && found == 0; i++)
		if (strcmp(g_strchomp(lines[i]), want) == 0)
			found = i + 1;
	g_strfreev(lines);
	g_free(want);
	return found;
}

/*
 * GKeyFile's parse errors, said with the file and line: the one it gives
 * no line for (a key before any [section]) is found here.
 */
static int
config_parse(struct config *cfg, const char *text, size_t len,
    struct err *err)
{
	GError *gerr = NULL;

	config_scan(cfg, text);
	if (g_key_file_load_from_data(cfg->kf, text, len, G_KEY_FILE_NONE,
	    &gerr))
		return 0;
	if (g_error_matches(gerr, G_KEY_FILE_ERROR,
	    G_KEY_FILE_ERROR_GROUP_NOT_FOUND))
		err_set(err, "%s:%d: a key before the first [section]: start "
		    "the file with one of [%s]", cfg->path,
		    config_first_line(text), "database], [policy], [rules], "
		    "[doctor] or [account NAME");
	else
		err_set(err, "%s:%d: %s", cfg->path,
		    config_quoted_line(text, gerr->message), gerr->message);
	g_error_free(gerr);
	return -1;
}

int
config_int_get(struct config *cfg, const char *group, const char *key,
    int min, int max, int *out, struct err *err)
{
	char *v, *end;
	long n;

	if ((v = g_key_file_get_value(cfg->kf, group, key, NULL)) == NULL)
		return 0;
	errno = 0;
	n = strtol(v, &end, 10);
	if (errno != 0 || end == v || *g_strstrip(end) != '\0' || n < min ||
	    n > max) {
		config_error(cfg, err, group, key, "'%s' must be a whole "
		    "number from %d to %d, not '%s'", key, min, max, v);
		g_free(v);
		return -1;
	}
	g_free(v);
	*out = (int)n;
	return 0;
}

static int
config_policy(struct config *cfg, struct err *err)
{
	const struct config_int *k;
	int rc = 0;

	for (k = config_policy_keys; k->key != NULL; k++)
		if (config_int_get(cfg, "policy", k->key, k->min, k->max,
		    (int *)(void *)((char *)&cfg->policy + k->off), err) < 0)
			rc = -1;
	return rc;
}

static int
config_database(struct config *cfg, struct err *err)
{
	char *p;

	p = g_key_file_get_string(cfg->kf, "database", "path", NULL);
	if (p != NULL && p[0] == '\0') {
		g_free(p);
		return config_error(cfg, err, "database", "path",
		    "'path' is empty");
	}
	if (p != NULL && p[0] == '~' && p[1] == '/') {
		cfg->db_path = g_build_filename(g_get_home_dir(), p + 2, NULL);
		g_free(p);
	} else
		cfg->db_path = p;
	if (config_int_get(cfg, "database", "busy_timeout", 0, 3600000,
	    &cfg->busy_timeout_ms, err) < 0)
		return -1;
	return config_int_get(cfg, "database", "cache_mb", 1, 65536,
	    &cfg->cache_mb, err);
}

static int
config_rules(struct config *cfg, struct err *err)
{
	char **f;

	cfg->rules_files = g_key_file_get_string_list(cfg->kf, "rules",
	    "files", NULL, NULL);
	for (f = cfg->rules_files; f != NULL && *f != NULL; f++)
		if (!g_file_test(*f, G_FILE_TEST_IS_REGULAR))
			config_error(cfg, err, "rules", "files",
			    "rules file '%s' not found", *f);
	return strlen(err->msg) > 0 ? -1 : 0;
}

/* The keys of a section this file reads, or NULL for the others. */
static const char *const *
config_keys_of(const char *group, const char **policy)
{
	size_t i;

	if (strcmp(group, "database") == 0)
		return config_database_keys;
	if (strcmp(group, "rules") == 0)
		return config_rules_keys;
	if (strcmp(group, "doctor") == 0)
		return config_doctor_keys;
	if (strcmp(group, "serve") == 0)
		return config_serve_keys;
	if (strcmp(group, "policy") != 0)
		return NULL;
	for (i = 0; config_policy_keys[i].key != NULL; i++)
		policy[i] = config_policy_keys[i].key;
	policy[i] = NULL;
	return policy;
}

/* Edit distance of a and b (short strings: keys). */
static size_t
config_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, *row, prev, cur, d;

	row = g_new(size_t, lb + 1);
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			cur = row[j];
			d = prev + (g_ascii_tolower(a[i - 1]) !=
			    g_ascii_tolower(b[j - 1]));
			d = MIN(d, row[j] + 1);
			row[j] = MIN(d, row[j - 1] + 1);
			prev = cur;
		}
	}
	d = row[lb];
	g_free(row);
	return d;
}

const char *
config_did_you_mean(const char *key, const char *const *keys)
{
	static char buf[128];
	size_t i, d, best = (size_t)-1, limit = strlen(key) / 3 + 1;
	const char *near = NULL;

	for (i = 0; keys[i] != NULL; i++)
		if ((d = config_distance(key, keys[i])) < best) {
			best = d;
			near = keys[i];
		}
	if (near == NULL || best > limit)
		return "";
	snprintf(buf, sizeof(buf), "; did you mean '%s'?", near);
	return buf;
}

/* Unknown groups and keys are errors: a typo must not pass silently. */
static int
config_check_names(struct config *cfg, struct err *err)
{
	const char *policy[G_N_ELEMENTS(config_policy_keys)];
	const char *const *known;
	char **groups = config_groups(cfg), **keys;
	int rc = 0;
	size_t i, j;

	for (i = 0; groups[i] != NULL; i++) {
		if (g_str_has_prefix(groups[i], "account "))
			continue;
		if ((known = config_keys_of(groups[i], policy)) == NULL) {
			rc = config_error(cfg, err, groups[i], NULL,
			    "unknown section [%s]%s", groups[i],
			    config_did_you_mean(groups[i], config_sections));
			continue;
		}
		keys = g_key_file_get_keys(cfg->kf, groups[i], NULL, NULL);
		for (j = 0; keys != NULL && keys[j] != NULL; j++)
			if (!g_strv_contains(known, keys[j]))
				rc = config_error(cfg, err, groups[i], keys[j],
				    "unknown key '%s' in [%s]%s", keys[j],
				    groups[i], config_did_you_mean(keys[j],
				    known));
		g_strfreev(keys);
	}
	g_strfreev(groups);
	return rc;
}

/* [doctor]: the sender's checkup; its command-line options win. */
static void
config_doctor(struct config *cfg, struct err *err)
{
	struct config_doctor *d = &cfg->doctor;
	GKeyFile *kf = cfg->kf;

	d->domain = g_key_file_get_string(kf, "doctor", "domain", NULL);
	d->dns = g_key_file_get_string(kf, "doctor", "dns", NULL);
	d->ips = g_key_file_get_string_list(kf, "doctor", "ips", NULL, NULL);
	d->selectors = g_key_file_get_string_list(kf, "doctor", "selectors",
	    NULL, NULL);
	d->dnsbls = g_key_file_get_string_list(kf, "doctor", "dnsbls", NULL,
	    NULL);
	d->dbls = g_key_file_get_string_list(kf, "doctor", "dbls", NULL, NULL);
	d->canaries = g_key_file_get_string_list(kf, "doctor", "canaries",
	    NULL, NULL);
	config_int_get(cfg, "doctor", "timeout_ms", 1, 600000, &d->timeout_ms,
	    err);
	config_int_get(cfg, "doctor", "tries", 1, 10, &d->tries, err);
	config_int_get(cfg, "doctor", "inflight", 1, 10000, &d->inflight, err);
	config_int_get(cfg, "doctor", "deadline_s", 1, 86400, &d->deadline_s,
	    err);
	config_int_get(cfg, "doctor", "confirm_hours", 1, 8760,
	    &d->confirm_hours, err);
	config_int_get(cfg, "doctor", "max_dead_percent", 1, 100,
	    &d->max_dead_percent, err);
}

/* [serve]: the review server (its tokens are read where it starts). */
static void
config_serve(struct config *cfg, struct err *err)
{
	struct config_serve *v = &cfg->serve;

	v->view_token_file = g_key_file_get_string(cfg->kf, "serve",
	    "view_token_file", NULL);
	v->edit_token_file = g_key_file_get_string(cfg->kf, "serve",
	    "edit_token_file", NULL);
	config_int_get(cfg, "serve", "requests_per_minute", 1, 1000000,
	    &v->requests_per_minute, err);
}

static int
config_read(struct config *cfg, const char *text, size_t len,
    struct err *err)
{
	if (config_parse(cfg, text, len, err) < 0)
		return -1;
	config_check_names(cfg, err);
	config_database(cfg, err);
	config_policy(cfg, err);
	config_rules(cfg, err);
	config_doctor(cfg, err);
	config_serve(cfg, err);
	config_accounts_read(cfg, err);
	return err->msg[0] != '\0' ? -1 : 0;
}

int
config_load_data(struct config *cfg, const char *name, const char *text,
    size_t len, struct err *err)
{
	char *copy = g_malloc(len + 1);
	int rc;

	/* The pre-scan wants the text terminated, as a file's is. */
	memcpy(copy, text, len);
	copy[len] = '\0';
	err_clear(err);
	g_free(cfg->path);
	cfg->path = g_strdup(name);
	rc = config_read(cfg, copy, len, err);
	g_free(copy);
	return rc;
}

int
config_load(struct config *cfg, const char *path, struct err *err)
{
	GError *gerr = NULL;
	char *text;
	gsize len;
	int rc;

	err_clear(err);
	g_free(cfg->path);
	cfg->path = g_strdup(path);
	if (!g_file_get_contents(path, &text, &len, &gerr)) {
		err_set(err, "cannot read config '%s': %s", path,
		    gerr->message);
		g_error_free(gerr);
		return -1;
	}
	rc = config_read(cfg, text, len, err);
	g_free(text);
	return rc;
}

char **
config_groups(const struct config *cfg)
{
	return g_key_file_get_groups(cfg->kf, NULL);
}

char *
config_db_path(const struct config *cfg)
{
	if (cfg->db_path != NULL)
		return g_strdup(cfg->db_path);
	return g_build_filename(g_get_user_data_dir(), "bounce-harvester",
	    "bounces.db", NULL);
}

char *
config_default_path(void)
{
	char *p;

	p = g_build_filename(g_get_user_config_dir(), "bounce-harvester",
	    "bounce-harvester.conf", NULL);
	if (g_file_test(p, G_FILE_TEST_IS_REGULAR))
		return p;
	g_free(p);
	return NULL;
}
