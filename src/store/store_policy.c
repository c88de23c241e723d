/*
 * store_policy: the status rules of the contact database as
 * one pure function over a contact's events.  Must not touch SQLite, the
 * clock or any file: the store feeds it and writes its verdict.
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "store_policy.h"

#define DAY	(24LL * 3600)
#define HOUR	3600LL

const char STORE_REVIEW_SOFT[] =
    "still failing after 24 hours: look for another cause";

static const char *const store_statuses[] = {
	[STORE_ACTIVE] = "active",
	[STORE_INVALID] = "invalid",
	[STORE_FULL] = "full",
	[STORE_RETRY_LATER] = "retry-later",
	[STORE_COMPLAINED] = "complained",
	[STORE_SUSPECT] = "suspect",
	NULL
};

struct policy_state {
	const struct store_policy *p;
	enum store_status base;
	const char	*base_reason;
	struct store_verdict *v;
	long long	 last_fail;	/* last full or retry-later bounce */
	long long	 soft_first;
	long long	 full_first;
	const char	**groups;	/* soft and full groups seen */
	size_t		 ngroups;
};

void
store_policy_defaults(struct store_policy *p)
{
	p->full_reset_days = 30;
	p->full_abandon_count = 3;
	p->full_abandon_days = 30;
	p->retry_after_hours = 4;
	p->retry_review_hours = 24;
	p->soft_invalid_count = 5;
	p->soft_invalid_days = 14;
	p->soft_reset_days = 30;
	p->sent_window_days = 7;
	p->accept_unverified = 0;
	p->max_per_message = 50;
	p->max_per_sender = 200;
}

const char *
store_status_name(enum store_status s)
{
	return store_statuses[s];
}

int
store_status_parse(const char *name, enum store_status *s)
{
	size_t i;

	for (i = 0; store_statuses[i] != NULL; i++)
		if (strcmp(store_statuses[i], name) == 0) {
			*s = (enum store_status)i;
			return 0;
		}
	return -1;
}

int
store_status_valid(const char *status)
{
	enum store_status s;

	return store_status_parse(status, &s) == 0;
}

int
store_status_sticky(enum store_status s)
{
	return s == STORE_INVALID || s == STORE_COMPLAINED;
}

static int
policy_cmp_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int
policy_event_cmp(const void *va, const void *vb)
{
	const struct store_event *a = va, *b = vb;
	int c;

	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	if (a->is_mark != b->is_mark)
		return a->is_mark - b->is_mark;
	if (a->is_domain != b->is_domain)
		return a->is_domain - b->is_domain;
	if ((c = policy_cmp_str(a->group, b->group)) != 0)
		return c;
	if ((c = policy_cmp_str(a->category, b->category)) != 0)
		return c;
	return (a->id > b->id) - (a->id < b->id);
}

static void
policy_set(struct policy_state *s, enum store_status status,
    const char *reason, const struct store_event *e)
{
	struct store_verdict *v = s->v;

	v->reason = reason;
	if (v->status == status)
		return;
	v->status = status;
	v->since = e->date;
	v->cause_id = e->id;
	v->cause_is_mark = e->is_mark;
}

/* Full and retry-later wear off after a quiet period. */
static void
policy_decay(struct policy_state *s, long long t)
{
	struct store_verdict *v = s->v;
	long long quiet;

	switch (v->status) {
	case STORE_FULL:
		quiet = s->p->full_reset_days * DAY;
		break;
	case STORE_RETRY_LATER:
		quiet = s->p->soft_reset_days * DAY;
		break;
	default:
		return;
	}
	if (t - s->last_fail <= quiet)
		return;
	v->status = s->base;
	v->reason = s->base == STORE_ACTIVE ? "quiet" : s->base_reason;
	v->since = s->last_fail + quiet;
	v->retry_after = 0;
	v->review = NULL;
	v->cause_id = 0;
	v->cause_is_mark = 0;
}

/* Returns 1 the first time a group is seen since the last mark. */
static int
policy_group_new(struct policy_state *s, const char *group)
{
	size_t i;

	if (group == NULL)
		return 1;
	for (i = 0; i < s->ngroups; i++)
		if (strcmp(s->groups[i], group) == 0)
			return 0;
	s->groups[s->ngroups++] = group;
	return 1;
}

static void
policy_mark(struct policy_state *s, const struct store_event *e)
{
	struct store_verdict *v = s->v;

	policy_set(s, e->status, e->mark_reason != NULL ? e->mark_reason :
	    "manual", e);
	v->since = e->date;
	v->cause_id = e->id;
	v->cause_is_mark = 1;
	v->retry_after = 0;
	v->review = NULL;
	v->soft = v->full = 0;
	s->soft_first = s->full_first = 0;
	s->ngroups = 0;
}

static void
policy_full(struct policy_state *s, const struct store_event *e)
{
	const struct store_policy *p = s->p;
	struct store_verdict *v = s->v;

	if (policy_group_new(s, e->group))
		v->full++;
	if (s->full_first == 0)
		s->full_first = e->date;
	s->last_fail = e->date;
	if (v->full >= p->full_abandon_count &&
	    e->date - s->full_first > p->full_abandon_days * DAY)
		policy_set(s, STORE_INVALID, "abandoned", e);
	else
		policy_set(s, STORE_FULL, e->reason, e);
}

static void
policy_soft(struct policy_state *s, const struct store_event *e)
{
	const struct store_policy *p = s->p;
	struct store_verdict *v = s->v;

	if (policy_group_new(s, e->group))
		v->soft++;
	if (s->soft_first == 0)
		s->soft_first = e->date;
	s->last_fail = e->date;
	if (e->date - s->soft_first > p->retry_review_hours * HOUR)
		v->review = STORE_REVIEW_SOFT;
	if (v->soft >= p->soft_invalid_count &&
	    e->date - s->soft_first >= p->soft_invalid_days * DAY) {
		policy_set(s, STORE_INVALID, "softbounces", e);
		v->retry_after = 0;
		return;
	}
	policy_set(s, STORE_RETRY_LATER, e->reason, e);
	v->retry_after = e->date + p->retry_after_hours * HOUR;
}

static void
policy_bounce(struct policy_state *s, const struct store_event *e)
{
	const char *c = e->category;
	struct store_verdict *v = s->v;

	if (strcmp(c, "invalid") != 0 && strcmp(c, "full") != 0 &&
	    strcmp(c, "retry-later") != 0 && strcmp(c, "complaint") != 0)
		return;
	v->bounces++;
	if (v->first_bounce == 0)
		v->first_bounce = e->date;
	v->last_bounce = e->date;
	if (store_status_sticky(v->status))
		return;
	if (strcmp(c, "invalid") == 0) {
		policy_set(s, STORE_INVALID, e->reason, e);
		v->retry_after = 0;
	} else if (strcmp(c, "complaint") == 0) {
		policy_set(s, STORE_COMPLAINED, e->reason, e);
		v->retry_after = 0;
	} else if (strcmp(c, "full") == 0)
		policy_full(s, e);
	else
		policy_soft(s, e);
}

/* The domain cannot receive mail: invalid unless already sticky. */
static void
policy_domain(struct policy_state *s, const struct store_event *e)
{
	if (store_status_sticky(s->v->status))
		return;
	policy_set(s, STORE_INVALID, "hostunknown", e);
	s->v->retry_after = 0;
	s->v->review = NULL;
}

void
store_policy_eval(const struct store_policy *p, enum store_status base,
    const char *base_reason, struct store_event *ev, size_t n,
    long long now, struct store_verdict *v)
{
	struct policy_state s;
	size_t i;

	memset(v, 0, sizeof(*v));
	memset(&s, 0, sizeof(s));
	s.p = p;
	s.base = base;
	s.base_reason = base_reason;
	s.v = v;
	v->status = base;
	v->reason = base_reason;
	s.groups = g_new0(const char *, n + 1);
	if (n > 0)
		qsort(ev, n, sizeof(*ev), policy_event_cmp);
	for (i = 0; i < n; i++) {
		policy_decay(&s, ev[i].date);
		if (ev[i].is_mark)
			policy_mark(&s, &ev[i]);
		else if (ev[i].is_domain)
			policy_domain(&s, &ev[i]);
		else
			policy_bounce(&s, &ev[i]);
	}
	policy_decay(&s, now);
	g_free(s.groups);
}
