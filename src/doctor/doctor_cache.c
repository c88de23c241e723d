/*
 * doctor_cache: a struct doctor_dns over the resolver that remembers every
 * answer, so a checkup asks for each name and type once (SPF is evaluated
 * once per sending IP over the same records).
 *
 * doctor_run_parallel() runs the checks in rounds so that their queries
 * are in flight together: in a round, a name not yet known is queued and
 * answered "error" at once; between rounds every queued query is sent,
 * many at a time, under the resolver's overall deadline.  A round that
 * queues nothing saw every answer it needed: its report is the result.
 * The rounds are as many as the longest chain of lookups (an SPF include
 * tree), never one per name.
 */
#include <string.h>

#include "doctor.h"

struct doctor_dns_cache {
	struct dns_resolver *res;
	GHashTable	*answers;	/* "TYPE name" -> struct dns_answer */
	int		 deferred;	/* queue misses rather than wait */
	unsigned	 queued;	/* misses queued in this round */
};

/* Rounds before the last one waits for each answer in turn. */
#define CACHE_MAX_ROUNDS	24

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

/* A deferred query's answer, kept under its key (owned here). */
static void
cache_store(void *ctx, const char *name, enum dns_type type,
    const struct dns_answer *ans)
{
	struct dns_answer *hit = ctx;

	dns_answer_copy(hit, ans);
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
	if ((hit = g_hash_table_lookup(c->answers, key)) == NULL &&
	    c->deferred) {
		/* Answered "error" in this round, asked before the next. */
		hit = g_new0(struct dns_answer, 1);
		hit->status = DNS_ERROR;
		g_hash_table_insert(c->answers, key, hit);
		dns_submit(c->res, name, type, cache_store, hit);
		c->queued++;
		memset(out, 0, sizeof *out);
		out->status = DNS_ERROR;
		return DNS_ERROR;
	}
	if (hit == NULL) {
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

int
doctor_run_parallel(const struct doctor_facts *f,
    const struct doctor_options *opt, struct doctor_dns_cache *c,
    struct doctor_report *out, struct err *err)
{
	struct doctor_dns dns;
	int round;

	doctor_dns_cache_bind(c, &dns);
	for (round = 0;; round++) {
		c->deferred = round < CACHE_MAX_ROUNDS;
		c->queued = 0;
		doctor_run(f, opt, &dns, out);
		if (c->queued == 0)
			break;
		doctor_report_release(out);
		if (dns_wait(c->res, err) < 0)
			return -1;
	}
	c->deferred = 0;
	return 0;
}
