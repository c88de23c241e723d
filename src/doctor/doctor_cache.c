/*
 * doctor_cache: a struct doctor_dns over the resolver that remembers every
 * answer, so a checkup asks for each name and type once (SPF is evaluated
 * once per sending IP over the same records).
 */
#include <string.h>

#include "doctor.h"

struct doctor_dns_cache {
	struct dns_resolver *res;
	GHashTable	*answers;	/* "TYPE name" -> struct dns_answer */
};

static void
cache_answer_free(gpointer p)
{
	dns_answer_release(p);
	g_free(p);
}

struct doctor_dns_cache *
doctor_dns_cache_new(struct dns_resolver *res)
{
	struct doctor_dns_cache *c = g_new0(struct doctor_dns_cache, 1);

	c->res = res;
	c->answers = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    cache_answer_free);
	return c;
}

void
doctor_dns_cache_free(struct doctor_dns_cache *c)
{
	if (c == NULL)
		return;
	g_hash_table_unref(c->answers);
	g_free(c);
}

static enum dns_status
cache_lookup(void *ctx, const char *name, enum dns_type type,
    struct dns_answer *out)
{
	struct doctor_dns_cache *c = ctx;
	struct dns_answer *hit;
	char *key, *tmp;

	tmp = g_strdup_printf("%s %s", dns_type_name(type), name);
	key = g_ascii_strdown(tmp, -1);
	g_free(tmp);
	if ((hit = g_hash_table_lookup(c->answers, key)) == NULL) {
		hit = g_new0(struct dns_answer, 1);
		dns_lookup(c->res, name, type, hit);
		g_hash_table_insert(c->answers, key, hit);
	} else
		g_free(key);
	dns_answer_copy(out, hit);
	return out->status;
}

void
doctor_dns_cache_bind(struct doctor_dns_cache *c, struct doctor_dns *dns)
{
	dns->lookup = cache_lookup;
	dns->ctx = c;
}
