/*
 * dsn_ses: Amazon SES notifications (bounce, complaint, delivery) that
 * arrive as mail through SNS: a JSON document in the body.  Only the few
 * fields needed are read, with patterns: the tool has no JSON parser and
 * needs none for this.  Pure.
 */
#include <string.h>

#include "dsn_int.h"

/* The pattern of the JSON string value of "key". */
static GRegex *
ses_pattern(const char *key)
{
	char *pat = g_strdup_printf("\"%s\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"",
	    key);
	GRegex *re = g_regex_new(pat, 0, 0, NULL);

	g_free(pat);
	return re;
}

/* The JSON string value that re (ses_pattern) finds in obj, or NULL. */
static char *
ses_value(GRegex *re, const char *obj)
{
	GMatchInfo *mi;
	char *v = NULL, *raw;

	if (re == NULL)
		return NULL;
	if (g_regex_match(re, obj, 0, &mi)) {
		raw = g_match_info_fetch(mi, 1);
		v = g_strcompress(raw);
		g_free(raw);
	}
	g_match_info_free(mi);
	return v;
}

/* The JSON string value of "key" in obj, unescaped, or NULL. */
static char *
ses_field(const char *obj, const char *key)
{
	GRegex *re = ses_pattern(key);
	char *v = ses_value(re, obj);

	if (re != NULL)
		g_regex_unref(re);
	return v;
}

/*
 * The JSON array that follows "key": its first byte after '[', with *end
 * set at its ']'; or NULL.
 */
static const char *
ses_array(const char *json, const char *key, const char **end)
{
	char *pat = g_strdup_printf("\"%s\"", key);
	const char *p = strstr(json, pat), *q;
	int depth = 0;

	g_free(pat);
	if (p == NULL || (p = strchr(p, '[')) == NULL)
		return NULL;
	for (q = p; *q != '\0'; q++) {
		if (*q == '[')
			depth++;
		else if (*q == ']' && --depth == 0) {
			*end = q;
			return p + 1;
		}
	}
	return NULL;
}

static struct dsn_found *
ses_found(char *addr, const char *status, const char *diag,
    const char *action)
{
	struct dsn_found *f = g_new0(struct dsn_found, 1);

	f->addr = addr;
	f->status = g_strdup(status);
	f->diag = diag ? dsn_text_squeeze(diag, DSN_MAX_DIAG) : NULL;
	f->action = g_strdup(action);
	f->pos = -1;
	return f;
}

/* One recipient object obj, its fields found with re (ses_objects). */
static void
ses_object(GRegex **re, const char *obj, const char *action, GPtrArray *out)
{
	char *raw = ses_value(re[0], obj);
	char *addr = raw ? dsn_addr_clean(g_strstrip(raw)) : NULL;
	char *st = ses_value(re[1], obj);
	char *diag = ses_value(re[2], obj);
	char *act = ses_value(re[3], obj);

	if (addr != NULL)
		g_ptr_array_add(out, ses_found(addr, st, diag,
		    act ? act : action));
	g_free(st);
	g_free(diag);
	g_free(act);
	g_free(raw);
}

/*
 * Each {...} object of an array of recipient objects, up to DSN_MAX_RCPT;
 * the objects past them are counted in *dropped.
 */
static void
ses_objects(const char *arr, const char *stop, const char *action,
    GPtrArray *out, size_t *dropped)
{
	const char *p = arr, *end;
	GRegex *re[4] = { ses_pattern("emailAddress"), ses_pattern("status"),
	    ses_pattern("diagnosticCode"), ses_pattern("action") };
	char *obj;
	size_t i;

	while ((p = memchr(p, '{', stop - p)) != NULL &&
	    (end = memchr(p, '}', stop - p)) != NULL) {
		if (out->len < DSN_MAX_RCPT) {
			obj = g_strndup(p, end - p + 1);
			ses_object(re, obj, action, out);
			g_free(obj);
		} else {
			(*dropped)++;
		}
		p = end + 1;
	}
	for (i = 0; i < G_N_ELEMENTS(re); i++)
		if (re[i] != NULL)
			g_regex_unref(re[i]);
}

/* Plain "a@b" strings of an array (delivery recipients), as above. */
static void
ses_strings(const char *arr, const char *stop, const char *diag,
    GPtrArray *out, size_t *dropped)
{
	char *copy = g_strndup(arr, stop - arr);
	char **v = g_strsplit(copy, ",", -1), *a, *st;
	int i;

	g_free(copy);
	for (i = 0; v[i] != NULL; i++) {
		if (out->len >= DSN_MAX_RCPT) {
			(*dropped)++;
			continue;
		}
		a = dsn_addr_clean(g_strstrip(v[i]));
		st = diag ? dsn_status_find(diag) : NULL;
		if (a != NULL)
			g_ptr_array_add(out, ses_found(a, st, diag,
			    "delivered"));
		g_free(st);
	}
	g_strfreev(v);
}

/*
 * Reads an SES notification from body.  Returns NULL when body is none;
 * else the recipients (struct dsn_found) with *kind set.
 */
GPtrArray *
dsn_ses_read(const char *body, enum dsn_kind *kind, char **feedback_type,
    size_t *dropped)
{
	const char *json;
	GPtrArray *out;
	const char *arr, *end;
	char *type, *resp, *inner;

	/* Each of the keys looked for below ends so: one search, not three. */
	if (strstr(body, "Type\"") == NULL)
		return NULL;
	json = strstr(body, "{\"notificationType\"");
	/* Raw SNS delivery: the notification is a string in "Message". */
	if (json == NULL && strstr(body, "\"Type\" : \"Notification\"") &&
	    (inner = ses_field(body, "Message")) != NULL) {
		out = strstr(inner, "{\"notificationType\"") != NULL ?
		    dsn_ses_read(inner, kind, feedback_type, dropped) : NULL;
		g_free(inner);
		return out;
	}
	if (json == NULL)
		json = strstr(body, "{\"eventType\"");
	if (json == NULL)
		return NULL;
	type = ses_field(json, "notificationType");
	if (type == NULL)
		type = ses_field(json, "eventType");
	out = g_ptr_array_new_with_free_func(dsn_found_free);
	*kind = DSN_KIND_BOUNCE;
	if (type != NULL && strcmp(type, "Bounce") == 0 &&
	    (arr = ses_array(json, "bouncedRecipients", &end)) != NULL) {
		ses_objects(arr, end, "failed", out, dropped);
	} else if (type != NULL && strcmp(type, "Complaint") == 0 &&
	    (arr = ses_array(json, "complainedRecipients", &end)) != NULL) {
		*kind = DSN_KIND_FEEDBACK;
		*feedback_type = ses_field(json, "complaintFeedbackType");
		ses_objects(arr, end, NULL, out, dropped);
	} else if (type != NULL && strcmp(type, "Delivery") == 0 &&
	    (arr = ses_array(json, "recipients", &end)) != NULL) {
		resp = ses_field(json, "smtpResponse");
		ses_strings(arr, end, resp, out, dropped);
		g_free(resp);
	}
	g_free(type);
	return out;
}
