/*
 * config: reads [database], [policy] and [rules] from the configuration
 * file.  GKeyFile gives no line numbers, so a pre-scan of the text maps
 * groups and keys to lines for the error messages.  Must not open the
 * database or the network.
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
	{ NULL, 0, 0, 0 },
};
#undef POL

/* Groups this file does not read but must not call unknown. */
static const char *const config_other_groups[] = { "account ", "harvest",
	"doctor", "serve", NULL };

void
config_init(struct config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->kf = g_key_file_new();
	cfg->lines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	cfg->busy_timeout_ms = 30000;
	cfg->cache_mb = 32;
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

/* GKeyFile reports "... line N ..."; keep its text, add file: up front. */
static int
config_parse(struct config *cfg, const char *text, size_t len,
    struct err *err)
{
	GError *gerr = NULL;

	config_scan(cfg, text);
	if (!g_key_file_load_from_data(cfg->kf, text, len,
	    G_KEY_FILE_NONE, &gerr)) {
		err_set(err, "%s: %s", cfg->path, gerr->message);
		g_error_free(gerr);
		return -1;
	}
	return 0;
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

static int
config_known_key(const char *group, const char *key)
{
	const struct config_int *k;

	if (strcmp(group, "database") == 0)
		return strcmp(key, "path") == 0 ||
		    strcmp(key, "busy_timeout") == 0 ||
		    strcmp(key, "cache_mb") == 0;
	if (strcmp(group, "rules") == 0)
		return strcmp(key, "files") == 0;
	for (k = config_policy_keys; k->key != NULL; k++)
		if (strcmp(key, k->key) == 0)
			return 1;
	return 0;
}

static int
config_known_group(const char *g)
{
	size_t i;

	if (strcmp(g, "database") == 0 || strcmp(g, "policy") == 0 ||
	    strcmp(g, "rules") == 0)
		return 2;
	for (i = 0; config_other_groups[i] != NULL; i++)
		if (strncmp(g, config_other_groups[i],
		    strlen(config_other_groups[i])) == 0)
			return 1;
	return 0;
}

/* Unknown groups and keys are errors: a typo must not pass silently. */
static int
config_check_names(struct config *cfg, struct err *err)
{
	char **groups = config_groups(cfg), **keys;
	int rc = 0, known;
	size_t i, j;

	for (i = 0; groups[i] != NULL; i++) {
		if ((known = config_known_group(groups[i])) == 0) {
			rc = config_error(cfg, err, groups[i], NULL,
			    "unknown section [%s]", groups[i]);
			continue;
		}
		if (known != 2)
			continue;
		keys = g_key_file_get_keys(cfg->kf, groups[i], NULL, NULL);
		for (j = 0; keys != NULL && keys[j] != NULL; j++)
			if (!config_known_key(groups[i], keys[j]))
				rc = config_error(cfg, err, groups[i], keys[j],
				    "unknown key '%s' in [%s]", keys[j],
				    groups[i]);
		g_strfreev(keys);
	}
	g_strfreev(groups);
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
	rc = config_parse(cfg, text, len, err);
	g_free(text);
	if (rc < 0)
		return -1;
	config_check_names(cfg, err);
	config_database(cfg, err);
	config_policy(cfg, err);
	config_rules(cfg, err);
	return err->msg[0] != '\0' ? -1 : 0;
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
