/*
 * doctor_facts: what the bounces tell about the sender: the sending IPs
 * (returned messages' Received headers, "client host [1.2.3.4] blocked"
 * texts), the DKIM selectors in use, the blocklists the receivers named,
 * and the sender-side bounces themselves.  Pure: text in, facts out.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>

#include "doctor.h"
#include "doctor_int.h"

/* Words before a zone name in a blocklist rejection. */
static const char *const zone_verbs[] = { "blocked", "listed",
	"blacklisted", "blocklisted", "rejected", "denied", NULL };
static const char *const zone_preps[] = { "using", "at", "in", "on", "by",
	"from", NULL };
/* Zones under these names are blocklists wherever they appear. */
static const char *const zone_owners[] = { "spamhaus.org", "spamcop.net",
	"barracudacentral.org", "surriel.com", "mailspike.net", "sorbs.net",
	"uribl.com", "surbl.org", "abuseat.org", "spameatingmonkey.net",
	NULL };

static int
word_in(const char *w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (g_ascii_strcasecmp(w, *list) == 0)
			return 1;
	return 0;
}

/*
 * Public unicast only.  The documentation networks (192.0.2/24,
 * 198.51.100/24, 203.0.113/24) are kept: they never appear in real mail,
 * and examples and tests use them.
 */
int
doctor_ip4_public(const char *ip)
{
	static const struct { const char *net; int prefix; } priv[] = {
		{ "0.0.0.0", 8 }, { "10.0.0.0", 8 }, { "100.64.0.0", 10 },
		{ "127.0.0.0", 8 }, { "169.254.0.0", 16 },
		{ "172.16.0.0", 12 }, { "192.168.0.0", 16 },
		{ "198.18.0.0", 15 }, { "224.0.0.0", 3 },
	};
	struct in_addr a;
	size_t i;

	if (inet_pton(AF_INET, ip, &a) != 1)
		return 0;
	for (i = 0; i < sizeof priv / sizeof priv[0]; i++)
		if (doctor_ip4_in(ip, priv[i].net, priv[i].prefix))
			return 0;
	return 1;
}

static int
ip_char(char c)
{
	return g_ascii_isdigit(c) || c == '.';
}

void
doctor_text_ips(const char *text, doctor_str_fn fn, void *ctx)
{
	const char *p = text, *start;
	char buf[16];
	size_t n;

	while (*p != '\0') {
		if (!g_ascii_isdigit(*p) || (p > text && (ip_char(p[-1]) ||
		    g_ascii_isalpha(p[-1])))) {
			p++;
			continue;
		}
		for (start = p; ip_char(*p); p++)
			;
		n = (size_t)(p - start);
		if (n > 0 && start[n - 1] == '.')
			n--;		/* the end of a sentence */
		if (n >= sizeof buf || g_ascii_isalpha(*p))
			continue;
		memcpy(buf, start, n);
		buf[n] = '\0';
		if (doctor_ip4_public(buf))
			fn(ctx, buf);
	}
}

static int
zone_char(char c)
{
	return g_ascii_isalnum(c) || c == '.' || c == '-';
}

/* A host name with a dot and a final label of letters. */
static int
zone_like(const char *t)
{
	const char *dot = strrchr(t, '.');
	const char *q;

	if (dot == NULL || dot == t || dot[1] == '\0' || *t == '.')
		return 0;
	for (q = dot + 1; *q != '\0'; q++)
		if (!g_ascii_isalpha(*q))
			return 0;
	return g_ascii_strncasecmp(t, "www.", 4) != 0;
}

static int
zone_owned(const char *t)
{
	size_t n = strlen(t), m;
	const char *const *o;

	for (o = zone_owners; *o != NULL; o++) {
		m = strlen(*o);
		if (n > m && t[n - m - 1] == '.' &&
		    g_ascii_strcasecmp(t + n - m, *o) == 0)
			return 1;
	}
	return 0;
}

/* One token: a zone if named after "blocked using" or owned by a list. */
static void
zone_token(char *tok, int after_url, const char *w1, const char *w2,
    doctor_str_fn fn, void *ctx)
{
	size_t n = strlen(tok);
	char *low;

	while (n > 0 && tok[n - 1] == '.')
		tok[--n] = '\0';
	if (after_url || !zone_like(tok))
		return;
	if (zone_owned(tok) || (word_in(w2, zone_preps) &&
	    word_in(w1, zone_verbs))) {
		low = g_ascii_strdown(tok, -1);
		fn(ctx, low);
		g_free(low);
	}
}

void
doctor_text_zones(const char *text, doctor_str_fn fn, void *ctx)
{
	char w1[32] = "", w2[32] = "", *tok;
	const char *p = text, *s;
	int url;

	while (*p != '\0') {
		if (!zone_char(*p)) {
			p++;
			continue;
		}
		url = p > text && p[-1] == '/';
		for (s = p; zone_char(*p); p++)
			;
		tok = g_strndup(s, (size_t)(p - s));
		zone_token(tok, url, w1, w2, fn, ctx);
		g_strlcpy(w1, w2, sizeof w1);
		g_strlcpy(w2, tok, sizeof w2);
		g_free(tok);
	}
}

/* Submissions by a logged-in client name the client, not a sending MTA. */
static int
received_submission(const char *value)
{
	static const char *const with[] = { "with esmtpsa", "with esmtpa",
		"with smtpa", "with smtpsa", "with http", "with lmtp",
		"with local", NULL };
	char *low = g_ascii_strdown(value, -1);
	const char *const *w;
	int found = 0;

	for (w = with; *w != NULL && !found; w++)
		found = strstr(low, *w) != NULL;
	g_free(low);
	return found;
}

/* The "from" clause of one unfolded Received value. */
static void
received_value(const char *value, doctor_str_fn fn, void *ctx)
{
	char *low, *from, *by, *clause;

	if (received_submission(value))
		return;
	low = g_ascii_strdown(value, -1);
	from = strstr(low, "from ");
	if (from != NULL) {
		by = strstr(from, " by ");
		if (by == NULL)
			by = strchr(from, ';');
		clause = g_strndup(value + (from - low), by == NULL ?
		    strlen(from) : (size_t)(by - from));
		doctor_text_ips(clause, fn, ctx);
		g_free(clause);
	}
	g_free(low);
}

/*
 * Calls fn(ctx, name, unfolded value) for each header field in the lines
 * of text that look like fields named in want (NULL-terminated).
 */
typedef void (*field_fn)(void *ctx, const char *name, const char *value);

static void
fields_each(const char *text, size_t len, const char *const *want,
    field_fn fn, void *ctx)
{
	const char *p = text, *end = text + len, *nl;
	GString *cur = g_string_new(NULL);
	const char *cur_name = NULL;
	const char *const *w;
	size_t n;

	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		n = (size_t)(nl - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (cur_name != NULL && n > 0 && (*p == ' ' || *p == '\t')) {
			g_string_append_c(cur, ' ');
			g_string_append_len(cur, p, (gssize)n);
			continue;
		}
		if (cur_name != NULL)
			fn(ctx, cur_name, cur->str);
		cur_name = NULL;
		for (w = want; *w != NULL; w++) {
			size_t wl = strlen(*w);

			if (n > wl && p[wl] == ':' &&
			    g_ascii_strncasecmp(p, *w, wl) == 0) {
				cur_name = *w;
				g_string_assign(cur, "");
				g_string_append_len(cur, p + wl + 1,
				    (gssize)(n - wl - 1));
				break;
			}
		}
		if (nl == end)
			break;
	}
	if (cur_name != NULL)
		fn(ctx, cur_name, cur->str);
	g_string_free(cur, TRUE);
}

struct received_ctx {
	doctor_str_fn	 fn;
	void		*ctx;
};

static void
received_field(void *ctx, const char *name, const char *value)
{
	struct received_ctx *c = ctx;

	received_value(value, c->fn, c->ctx);
}

void
doctor_received_ips(const char *headers, size_t len, doctor_str_fn fn,
    void *ctx)
{
	static const char *const want[] = { "Received", NULL };
	struct received_ctx c = { fn, ctx };

	fields_each(headers, len, want, received_field, &c);
}

/* ---- The collector ----------------------------------------------------- */

static void
ip_free(gpointer p)
{
	struct doctor_ip *ip = p;

	g_free(ip->ip);
	g_free(ip);
}

static void
selector_free(gpointer p)
{
	struct doctor_selector *s = p;

	g_free(s->domain);
	g_free(s->selector);
	g_free(s);
}

static void
bounce_free(gpointer p)
{
	struct doctor_bounce *b = p;

	g_free(b->category);
	g_free(b->reason);
	g_free(b->diagnostic);
	g_free(b);
}

void
doctor_facts_init(struct doctor_facts *f)
{
	memset(f, 0, sizeof *f);
	f->ips = g_ptr_array_new_with_free_func(ip_free);
	f->selectors = g_ptr_array_new_with_free_func(selector_free);
	f->bounces = g_ptr_array_new_with_free_func(bounce_free);
	f->zones = g_ptr_array_new_with_free_func(g_free);
	f->senders = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
}

void
doctor_facts_release(struct doctor_facts *f)
{
	g_free(f->domain);
	g_ptr_array_unref(f->ips);
	g_ptr_array_unref(f->selectors);
	g_ptr_array_unref(f->bounces);
	g_ptr_array_unref(f->zones);
	g_hash_table_unref(f->senders);
	memset(f, 0, sizeof *f);
}

static struct doctor_ip *
facts_ip_find(struct doctor_facts *f, const char *ip)
{
	struct doctor_ip *e;
	guint i;

	for (i = 0; i < f->ips->len; i++) {
		e = g_ptr_array_index(f->ips, i);
		if (strcmp(e->ip, ip) == 0)
			return e;
	}
	return NULL;
}

/* The canonical text of an address, so that one address is one entry. */
static int
facts_ip_canon(const char *ip, char *buf, size_t size)
{
	unsigned char a[16];
	int af = strchr(ip, ':') != NULL ? AF_INET6 : AF_INET;

	if (inet_pton(af, ip, a) != 1 || inet_ntop(af, a, buf,
	    (socklen_t)size) == NULL)
		return -1;
	return 0;
}

int
doctor_facts_add_ip(struct doctor_facts *f, const char *given, int origin)
{
	char ip[INET6_ADDRSTRLEN];
	struct doctor_ip *e;

	if (facts_ip_canon(given, ip, sizeof ip) < 0)
		return -1;
	if ((e = facts_ip_find(f, ip)) != NULL) {
		e->origin |= origin;
		e->seen += origin != DOCTOR_FROM_CLI;
		return 0;
	}
	e = g_new0(struct doctor_ip, 1);
	e->ip = g_strdup(ip);
	e->origin = origin;
	e->seen = origin != DOCTOR_FROM_CLI;
	g_ptr_array_add(f->ips, e);
	return 0;
}

void
doctor_facts_add_selector(struct doctor_facts *f, const char *domain,
    const char *selector)
{
	struct doctor_selector *s;
	guint i;

	for (i = 0; i < f->selectors->len; i++) {
		s = g_ptr_array_index(f->selectors, i);
		if (g_ascii_strcasecmp(s->domain, domain) == 0 &&
		    strcmp(s->selector, selector) == 0) {
			s->seen++;
			return;
		}
	}
	s = g_new0(struct doctor_selector, 1);
	s->domain = g_ascii_strdown(domain, -1);
	s->selector = g_strdup(selector);
	s->seen = 1;
	g_ptr_array_add(f->selectors, s);
}

/* Adds each IP once per bounce, whatever times its text names it. */
struct facts_once {
	struct doctor_facts *f;
	int		 origin;
	long		 weight;	/* bounces the text stands for */
	GPtrArray	*seen;
};

static void
facts_once_ip(void *ctx, const char *ip)
{
	struct facts_once *o = ctx;
	guint i;

	for (i = 0; i < o->seen->len; i++)
		if (strcmp(g_ptr_array_index(o->seen, i), ip) == 0)
			return;
	g_ptr_array_add(o->seen, g_strdup(ip));
	doctor_facts_add_ip(o->f, ip, o->origin);
	facts_ip_find(o->f, ip)->seen += o->weight - 1;
}

static void
facts_zone(void *ctx, const char *zone)
{
	struct doctor_facts *f = ctx;
	guint i;

	for (i = 0; i < f->zones->len; i++)
		if (strcmp(g_ptr_array_index(f->zones, i), zone) == 0)
			return;
	g_ptr_array_add(f->zones, g_strdup(zone));
}

void
doctor_facts_add_bounce(struct doctor_facts *f, const char *category,
    const char *reason, const char *diagnostic, long long date, long count)
{
	doctor_facts_add_bounces(f, category, reason, diagnostic, date, date,
	    count);
}

void
doctor_facts_add_bounces(struct doctor_facts *f, const char *category,
    const char *reason, const char *diagnostic, long long first,
    long long last, long count)
{
	struct facts_once once = { f, DOCTOR_FROM_DIAGNOSTIC, 1, NULL };
	struct doctor_bounce *b;

	if (count < 1)
		count = 1;
	f->nbounces += count;
	if (category == NULL || (strcmp(category, "blocked") != 0 &&
	    strcmp(category, "content") != 0))
		return;
	f->nsender += count;
	once.weight = count;
	b = g_new0(struct doctor_bounce, 1);
	b->category = g_strdup(category);
	b->reason = g_strdup(reason);
	b->diagnostic = g_strdup(diagnostic);
	b->date = first;
	b->last = last > first ? last : first;
	b->count = count;
	g_ptr_array_add(f->bounces, b);
	if (diagnostic == NULL || strcmp(category, "blocked") != 0)
		return;
	once.seen = g_ptr_array_new_with_free_func(g_free);
	doctor_text_ips(diagnostic, facts_once_ip, &once);
	g_ptr_array_unref(once.seen);
	doctor_text_zones(diagnostic, facts_zone, f);
}

void
doctor_facts_add_sender(struct doctor_facts *f, const char *addr)
{
	const char *at;
	char *dom;
	gpointer old;

	if (addr == NULL || (at = strrchr(addr, '@')) == NULL || at[1] == '\0')
		return;
	dom = g_ascii_strdown(at + 1, -1);
	g_strdelimit(dom, ">", '\0');
	old = g_hash_table_lookup(f->senders, dom);
	g_hash_table_replace(f->senders, dom,
	    GINT_TO_POINTER(GPOINTER_TO_INT(old) + 1));
}

struct dkim_sig {
	char	*d, *s;
};

static void
dkim_sig_tag(void *ctx, const char *name, const char *value, size_t index)
{
	struct dkim_sig *sig = ctx;

	if (strcmp(name, "d") == 0 && sig->d == NULL)
		sig->d = g_strdup(value);
	else if (strcmp(name, "s") == 0 && sig->s == NULL)
		sig->s = g_strdup(value);
}

static void
message_field(void *ctx, const char *name, const char *value)
{
	struct facts_once *o = ctx;
	struct doctor_facts *f = o->f;
	struct dkim_sig sig = { NULL, NULL };
	GPtrArray *errs;

	if (strcmp(name, "Received") == 0) {
		received_value(value, facts_once_ip, o);
		return;
	}
	errs = g_ptr_array_new_with_free_func(g_free);
	doctor_tags_each(value, dkim_sig_tag, &sig, errs);
	if (sig.d != NULL && sig.s != NULL)
		doctor_facts_add_selector(f, sig.d, sig.s);
	g_ptr_array_unref(errs);
	g_free(sig.d);
	g_free(sig.s);
}

void
doctor_facts_scan_message(struct doctor_facts *f, const char *data,
    size_t len)
{
	static const char *const want[] = { "Received", "DKIM-Signature",
		NULL };
	struct facts_once once = { f, DOCTOR_FROM_RECEIVED, 1, NULL };
	const char *body, *crlf;

	/* The bounce's own header tells how it reached us: skip it. */
	body = g_strstr_len(data, (gssize)len, "\n\n");
	crlf = g_strstr_len(data, (gssize)len, "\r\n\r\n");
	if (body == NULL || (crlf != NULL && crlf < body))
		body = crlf;
	if (body == NULL)
		return;
	once.seen = g_ptr_array_new_with_free_func(g_free);
	fields_each(body, len - (size_t)(body - data), want, message_field,
	    &once);
	g_ptr_array_unref(once.seen);
}

static gint
ip_rank_cmp(gconstpointer a, gconstpointer b)
{
	const struct doctor_ip *x = *(struct doctor_ip *const *)a;
	const struct doctor_ip *y = *(struct doctor_ip *const *)b;
	int xc = x->origin & DOCTOR_FROM_CLI, yc = y->origin & DOCTOR_FROM_CLI;

	if (xc != yc)
		return xc ? -1 : 1;
	if (x->seen != y->seen)
		return x->seen > y->seen ? -1 : 1;
	return strcmp(x->ip, y->ip);
}

size_t
doctor_facts_keep_ips(struct doctor_facts *f, size_t max)
{
	size_t n = f->ips->len;

	if (n <= max)
		return 0;
	g_ptr_array_sort(f->ips, ip_rank_cmp);
	g_ptr_array_set_size(f->ips, (guint)max);
	return n - max;
}

const char *
doctor_facts_domain(const struct doctor_facts *f)
{
	GHashTableIter it;
	gpointer k, v;
	const char *best = NULL;
	int n = 0;

	if (f->domain != NULL)
		return f->domain;
	g_hash_table_iter_init(&it, f->senders);
	while (g_hash_table_iter_next(&it, &k, &v))
		if (GPOINTER_TO_INT(v) > n || (GPOINTER_TO_INT(v) == n &&
		    strcmp(k, best) < 0)) {
			n = GPOINTER_TO_INT(v);
			best = k;
		}
	return best;
}
