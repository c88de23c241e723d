/*
 * doctor_tags: reads DMARC records (RFC 7489 6.3) and DKIM key records
 * (RFC 6376 3.6.1), both tag=value lists.  Pure: text in, structs out.
 */
#include <stdlib.h>
#include <string.h>

#include "doctor.h"
#include "doctor_int.h"

char **
doctor_strv_take(GPtrArray *arr)
{
	g_ptr_array_add(arr, NULL);
	return (char **)g_ptr_array_free(arr, FALSE);
}

int
doctor_tags_each(const char *record, doctor_tag_fn fn, void *ctx,
    GPtrArray *errs)
{
	char **parts, *eq, *name, *value;
	size_t i, n = 0;
	int rc = 0;

	parts = g_strsplit(record, ";", -1);
	for (i = 0; parts[i] != NULL; i++) {
		name = g_strstrip(parts[i]);
		if (*name == '\0')
			continue;
		if ((eq = strchr(name, '=')) == NULL || eq == name) {
			g_ptr_array_add(errs, g_strdup_printf(
			    "malformed tag '%s'", name));
			rc = -1;
			continue;
		}
		*eq = '\0';
		value = g_strstrip(eq + 1);
		fn(ctx, g_strchomp(name), value, n++);
	}
	g_strfreev(parts);
	return rc;
}

int
doctor_dmarc_is_record(const char *txt)
{
	while (*txt == ' ' || *txt == '\t')
		txt++;
	if (g_ascii_strncasecmp(txt, "v", 1) != 0)
		return 0;
	txt++;
	while (*txt == ' ' || *txt == '\t')
		txt++;
	if (*txt++ != '=')
		return 0;
	while (*txt == ' ' || *txt == '\t')
		txt++;
	return strncmp(txt, "DMARC1", 6) == 0;
}

struct dmarc_ctx {
	struct doctor_dmarc *d;
	GPtrArray	*errs;
};

static int
dmarc_policy_ok(const char *p)
{
	return strcmp(p, "none") == 0 || strcmp(p, "quarantine") == 0 ||
	    strcmp(p, "reject") == 0;
}

static void
dmarc_set(char **slot, const char *value)
{
	g_free(*slot);
	*slot = g_strdup(value);
}

static void
dmarc_uris(struct dmarc_ctx *c, const char *tag, const char *value)
{
	char **uris = g_strsplit(value, ",", -1);
	size_t i;

	for (i = 0; uris[i] != NULL; i++)
		if (g_ascii_strncasecmp(g_strstrip(uris[i]), "mailto:", 7) != 0
		    || strchr(uris[i], '@') == NULL)
			g_ptr_array_add(c->errs, g_strdup_printf(
			    "%s: '%s' is not a mailto: address", tag,
			    uris[i]));
	g_strfreev(uris);
}

static void
dmarc_pct(struct dmarc_ctx *c, const char *value)
{
	char *end;
	long v;

	v = strtol(value, &end, 10);
	if (*value == '\0' || *end != '\0' || v < 0 || v > 100) {
		g_ptr_array_add(c->errs, g_strdup_printf(
		    "pct: '%s' is not 0 to 100", value));
		return;
	}
	c->d->pct = (int)v;
}

static void
dmarc_tag(void *ctx, const char *name, const char *value, size_t index)
{
	struct dmarc_ctx *c = ctx;
	struct doctor_dmarc *d = c->d;

	if (index == 0 && (strcmp(name, "v") != 0 ||
	    strcmp(value, "DMARC1") != 0))
		g_ptr_array_add(c->errs, g_strdup(
		    "the first tag must be v=DMARC1"));
	if (strcmp(name, "p") == 0 || strcmp(name, "sp") == 0) {
		if (!dmarc_policy_ok(value))
			g_ptr_array_add(c->errs, g_strdup_printf(
			    "%s: '%s' is not none, quarantine or reject",
			    name, value));
		dmarc_set(strcmp(name, "p") == 0 ? &d->p : &d->sp, value);
	} else if (strcmp(name, "rua") == 0 || strcmp(name, "ruf") == 0) {
		dmarc_uris(c, name, value);
		dmarc_set(strcmp(name, "rua") == 0 ? &d->rua : &d->ruf, value);
	} else if (strcmp(name, "adkim") == 0 || strcmp(name, "aspf") == 0) {
		if (strcmp(value, "r") != 0 && strcmp(value, "s") != 0)
			g_ptr_array_add(c->errs, g_strdup_printf(
			    "%s: '%s' is not r or s", name, value));
		dmarc_set(strcmp(name, "adkim") == 0 ? &d->adkim : &d->aspf,
		    value);
	} else if (strcmp(name, "pct") == 0)
		dmarc_pct(c, value);
	else if (strcmp(name, "fo") == 0)
		dmarc_set(&d->fo, value);
}

int
doctor_dmarc_parse(const char *record, struct doctor_dmarc *out)
{
	struct dmarc_ctx c;

	memset(out, 0, sizeof *out);
	c.d = out;
	c.errs = g_ptr_array_new();
	out->pct = 100;
	doctor_tags_each(record, dmarc_tag, &c, c.errs);
	if (out->p == NULL)
		g_ptr_array_add(c.errs, g_strdup("no p= policy tag"));
	out->errors = doctor_strv_take(c.errs);
	return out->errors[0] == NULL ? 0 : -1;
}

void
doctor_dmarc_release(struct doctor_dmarc *d)
{
	g_free(d->p);
	g_free(d->sp);
	g_free(d->adkim);
	g_free(d->aspf);
	g_free(d->rua);
	g_free(d->ruf);
	g_free(d->fo);
	g_strfreev(d->errors);
	memset(d, 0, sizeof *d);
}

struct dkim_ctx {
	struct doctor_dkim *d;
	GPtrArray	*errs;
};

static void
dkim_tag(void *ctx, const char *name, const char *value, size_t index)
{
	struct dkim_ctx *c = ctx;
	char **slot = NULL;

	if (strcmp(name, "v") == 0) {
		slot = &c->d->v;
		if (index != 0 || strcmp(value, "DKIM1") != 0)
			g_ptr_array_add(c->errs, g_strdup(
			    "v= must come first and be DKIM1"));
	} else if (strcmp(name, "k") == 0)
		slot = &c->d->k;
	else if (strcmp(name, "p") == 0)
		slot = &c->d->p;
	else if (strcmp(name, "t") == 0)
		slot = &c->d->t;
	if (slot != NULL)
		dmarc_set(slot, value);
}

/* Drops the spaces a long key is often split with; NULL if not base64. */
static char *
dkim_key_clean(const char *p)
{
	GString *s = g_string_new(NULL);
	const char *q;

	for (q = p; *q != '\0'; q++) {
		if (g_ascii_isspace(*q))
			continue;
		if (!g_ascii_isalnum(*q) && strchr("+/=", *q) == NULL) {
			g_string_free(s, TRUE);
			return NULL;
		}
		g_string_append_c(s, *q);
	}
	return g_string_free(s, FALSE);
}

/*
 * Estimates the key size: an RSA SubjectPublicKeyInfo is about 38 bytes
 * of DER around the modulus; an Ed25519 key is its 32 raw bytes.
 */
static int
dkim_key_bits(const struct doctor_dkim *d, size_t der_len)
{
	if (d->k != NULL && strcmp(d->k, "ed25519") == 0)
		return der_len == 32 ? 256 : 0;
	if (der_len <= 38)
		return 0;
	return (int)(((der_len - 38) * 8 + 255) / 256 * 256);
}

static void
dkim_key(struct doctor_dkim *d, GPtrArray *errs)
{
	guchar *der;
	gsize len;
	char *clean;

	if (d->p == NULL) {
		g_ptr_array_add(errs, g_strdup("no p= key tag"));
		return;
	}
	if (*d->p == '\0') {
		d->revoked = 1;
		return;
	}
	if ((clean = dkim_key_clean(d->p)) == NULL || strlen(clean) % 4 != 0) {
		g_ptr_array_add(errs, g_strdup("p= is not valid base64"));
		g_free(clean);
		return;
	}
	der = g_base64_decode(clean, &len);
	d->key_bits = dkim_key_bits(d, len);
	g_free(der);
	g_free(clean);
}

int
doctor_dkim_parse(const char *record, struct doctor_dkim *out)
{
	struct dkim_ctx c;

	memset(out, 0, sizeof *out);
	c.d = out;
	c.errs = g_ptr_array_new();
	doctor_tags_each(record, dkim_tag, &c, c.errs);
	if (out->k != NULL && strcmp(out->k, "rsa") != 0 &&
	    strcmp(out->k, "ed25519") != 0)
		g_ptr_array_add(c.errs, g_strdup_printf(
		    "k=%s is not rsa or ed25519", out->k));
	dkim_key(out, c.errs);
	out->errors = doctor_strv_take(c.errs);
	return out->errors[0] == NULL ? 0 : -1;
}

void
doctor_dkim_release(struct doctor_dkim *d)
{
	g_free(d->v);
	g_free(d->k);
	g_free(d->p);
	g_free(d->t);
	g_strfreev(d->errors);
	memset(d, 0, sizeof *d);
}
