/*
 * dns: queries on c-ares, many in flight from one thread.
 *
 * Why c-ares rather than libunbound: doctor is a stub client.  It must ask
 * the resolver the user's mail servers and receivers see (or the test
 * server on 127.0.0.1:PORT), not recurse on its own; c-ares is exactly
 * that, with per-try timeouts, tries and a server list with ports as plain
 * options, one socket per server however many queries are in flight, and
 * decoders for every record type needed here.  libunbound would bring a
 * validating recursive resolver, threads or a forked worker for async
 * queries, and raw rdata to decode ourselves, for no gain in a checkup.
 * Both are well kept in Debian (c-ares also serves curl and Node.js).
 *
 * Must not interpret answers: that is the checks' job.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ares.h>
#include <glib.h>

#include "dns.h"
#include "log.h"

#define DNS_MAX_ADDRS	64
#define DNS_RCVBUF	(1 << 20)

struct dns_resolver {
	ares_channel	 ch;
	GQueue		 pending;	/* struct dns_job, not yet sent */
	int		 inflight;
	int		 max_inflight;
	unsigned long	 sent;
	unsigned long	 answered;	/* callbacks made, timeouts included */
	gint64		 deadline;	/* monotonic; 0: none */
	int		 expired;	/* the deadline has passed */
	dns_progress_fn	 progress;
	void		*progress_ctx;
};

struct dns_job {
	struct dns_resolver *res;
	char		*name;
	enum dns_type	 type;
	dns_done_fn	 fn;
	void		*ctx;
};

/* For dns_lookup(): the answer copied out of the callback. */
struct dns_sync {
	struct dns_answer *out;
	int		 done;
};

static void	dns_launch(struct dns_resolver *res);

const char *
dns_status_name(enum dns_status s)
{
	switch (s) {
	case DNS_OK:		return "ok";
	case DNS_NXDOMAIN:	return "nxdomain";
	case DNS_NODATA:	return "nodata";
	case DNS_SERVFAIL:	return "servfail";
	case DNS_REFUSED:	return "refused";
	case DNS_TIMEOUT:	return "timeout";
	case DNS_ERROR:		return "error";
	}
	return "error";
}

const char *
dns_type_name(enum dns_type t)
{
	switch (t) {
	case DNS_T_A:		return "A";
	case DNS_T_PTR:		return "PTR";
	case DNS_T_MX:		return "MX";
	case DNS_T_TXT:		return "TXT";
	case DNS_T_AAAA:	return "AAAA";
	}
	return "?";
}

static enum dns_status
dns_status_from_ares(int status)
{
	switch (status) {
	case ARES_SUCCESS:	return DNS_OK;
	case ARES_ENOTFOUND:	return DNS_NXDOMAIN;
	case ARES_ENODATA:	return DNS_NODATA;
	case ARES_ESERVFAIL:	return DNS_SERVFAIL;
	case ARES_EREFUSED:	return DNS_REFUSED;
	case ARES_ETIMEOUT:
	case ARES_ECANCELLED:	/* the overall deadline */
	case ARES_ECONNREFUSED:	return DNS_TIMEOUT;
	default:		return DNS_ERROR;
	}
}

/* IPv6: the 32 nibbles, last first (RFC 3596 2.5). */
static int
dns_reverse6(const char *ip, const char *suffix, char *buf, size_t size)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char b[16];
	size_t i, o = 0;
	int n;

	if (inet_pton(AF_INET6, ip, b) != 1 || size < 64)
		return -1;
	for (i = 16; i-- > 0;) {
		buf[o++] = hex[b[i] & 0xf];
		buf[o++] = '.';
		buf[o++] = hex[b[i] >> 4];
		buf[o++] = '.';
	}
	n = snprintf(buf + o, size - o, "%s", suffix);
	return n < 0 || (size_t)n >= size - o ? -1 : 0;
}

int
dns_reverse_name(const char *ip, const char *suffix, char *buf, size_t size)
{
	struct in_addr a;
	unsigned char *b;
	int n;

	if (strchr(ip, ':') != NULL)
		return dns_reverse6(ip, suffix, buf, size);
	if (inet_pton(AF_INET, ip, &a) != 1)
		return -1;
	b = (unsigned char *)&a.s_addr;
	n = snprintf(buf, size, "%u.%u.%u.%u.%s", b[3], b[2], b[1], b[0],
	    suffix);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

/* Removes one final dot, so "example.org." and "example.org" compare. */
static char *
dns_name_dup(const char *s)
{
	size_t n = strlen(s);

	if (n > 0 && s[n - 1] == '.')
		n--;
	return g_strndup(s, n);
}

static void
dns_answer_add(GArray *rrs, char *text, int pref)
{
	struct dns_rr rr = { text, pref };

	g_array_append_val(rrs, rr);
}

static void
dns_answer_take(struct dns_answer *ans, GArray *rrs)
{
	ans->nrr = rrs->len;
	ans->rr = (struct dns_rr *)(void *)g_array_free(rrs, FALSE);
	if (ans->nrr == 0 && ans->status == DNS_OK)
		ans->status = DNS_NODATA;
}

/* TXT: the strings of one record are joined (RFC 7208 3.3). */
static int
dns_decode_txt(const unsigned char *abuf, int alen, GArray *rrs)
{
	struct ares_txt_ext *txt, *t;
	GString *cur = NULL;
	int rc;

	if ((rc = ares_parse_txt_reply_ext(abuf, alen, &txt)) != ARES_SUCCESS)
		return rc;
	for (t = txt; t != NULL; t = t->next) {
		if (t->record_start || cur == NULL) {
			if (cur != NULL)
				dns_answer_add(rrs, g_string_free(cur, FALSE),
				    0);
			cur = g_string_new(NULL);
		}
		g_string_append_len(cur, (const char *)t->txt,
		    (gssize)t->length);
	}
	if (cur != NULL)
		dns_answer_add(rrs, g_string_free(cur, FALSE), 0);
	ares_free_data(txt);
	return ARES_SUCCESS;
}

static int
dns_decode_mx(const unsigned char *abuf, int alen, GArray *rrs)
{
	struct ares_mx_reply *mx, *m;
	int rc;

	if ((rc = ares_parse_mx_reply(abuf, alen, &mx)) != ARES_SUCCESS)
		return rc;
	for (m = mx; m != NULL; m = m->next)
		dns_answer_add(rrs, dns_name_dup(m->host), m->priority);
	ares_free_data(mx);
	return ARES_SUCCESS;
}

static int
dns_decode_a(const unsigned char *abuf, int alen, GArray *rrs)
{
	struct ares_addrttl ttls[DNS_MAX_ADDRS];
	char buf[INET_ADDRSTRLEN];
	int i, n = DNS_MAX_ADDRS, rc;

	if ((rc = ares_parse_a_reply(abuf, alen, NULL, ttls, &n)) !=
	    ARES_SUCCESS)
		return rc;
	for (i = 0; i < n; i++)
		if (inet_ntop(AF_INET, &ttls[i].ipaddr, buf, sizeof buf))
			dns_answer_add(rrs, g_strdup(buf), 0);
	return ARES_SUCCESS;
}

static int
dns_decode_aaaa(const unsigned char *abuf, int alen, GArray *rrs)
{
	struct ares_addr6ttl ttls[DNS_MAX_ADDRS];
	char buf[INET6_ADDRSTRLEN];
	int i, n = DNS_MAX_ADDRS, rc;

	if ((rc = ares_parse_aaaa_reply(abuf, alen, NULL, ttls, &n)) !=
	    ARES_SUCCESS)
		return rc;
	for (i = 0; i < n; i++)
		if (inet_ntop(AF_INET6, &ttls[i].ip6addr, buf, sizeof buf))
			dns_answer_add(rrs, g_strdup(buf), 0);
	return ARES_SUCCESS;
}

static void
dns_add_unique(GArray *rrs, const char *name)
{
	guint i;

	for (i = 0; i < rrs->len; i++)
		if (g_ascii_strcasecmp(g_array_index(rrs, struct dns_rr,
		    i).text, name) == 0)
			return;
	dns_answer_add(rrs, dns_name_dup(name), 0);
}

static int
dns_decode_ptr(const unsigned char *abuf, int alen, GArray *rrs)
{
	struct hostent *h;
	struct in_addr dummy = { 0 };
	char **a;
	int rc;

	/* The address only fills h_addr_list, which is not used here. */
	if ((rc = ares_parse_ptr_reply(abuf, alen, &dummy, sizeof dummy,
	    AF_INET, &h)) != ARES_SUCCESS)
		return rc;
	if (h->h_name != NULL)
		dns_add_unique(rrs, h->h_name);
	for (a = h->h_aliases; a != NULL && *a != NULL; a++)
		dns_add_unique(rrs, *a);
	ares_free_hostent(h);
	return ARES_SUCCESS;
}

static int
dns_decode(enum dns_type type, const unsigned char *abuf, int alen,
    GArray *rrs)
{
	switch (type) {
	case DNS_T_TXT:		return dns_decode_txt(abuf, alen, rrs);
	case DNS_T_MX:		return dns_decode_mx(abuf, alen, rrs);
	case DNS_T_A:		return dns_decode_a(abuf, alen, rrs);
	case DNS_T_AAAA:	return dns_decode_aaaa(abuf, alen, rrs);
	case DNS_T_PTR:		return dns_decode_ptr(abuf, alen, rrs);
	}
	return ARES_ENOTIMP;
}

static void
dns_deliver(struct dns_job *job, const struct dns_answer *ans)
{
	struct dns_resolver *res = job->res;

	res->answered++;
	job->fn(job->ctx, job->name, job->type, ans);
	if (res->progress != NULL)
		res->progress(res->progress_ctx, res->answered, res->answered +
		    (unsigned long)res->inflight +
		    g_queue_get_length(&res->pending));
}

/* Past the deadline: every query not sent is answered "timeout". */
static void
dns_drain_expired(struct dns_resolver *res)
{
	struct dns_answer ans = { DNS_TIMEOUT, NULL, 0 };
	struct dns_job *job;

	while ((job = g_queue_pop_head(&res->pending)) != NULL) {
		dns_deliver(job, &ans);
		g_free(job->name);
		g_free(job);
	}
}

static void
dns_on_reply(void *arg, int status, int timeouts, unsigned char *abuf,
    int alen)
{
	struct dns_job *job = arg;
	struct dns_resolver *res = job->res;
	struct dns_answer ans = { 0 };
	GArray *rrs;

	res->inflight--;
	if (status != ARES_EDESTRUCTION) {
		rrs = g_array_new(FALSE, FALSE, sizeof(struct dns_rr));
		if (status == ARES_SUCCESS)
			status = dns_decode(job->type, abuf, alen, rrs);
		ans.status = dns_status_from_ares(status);
		dns_answer_take(&ans, rrs);
		dns_deliver(job, &ans);
		dns_answer_release(&ans);
	}
	g_free(job->name);
	g_free(job);
	if (status != ARES_EDESTRUCTION)
		dns_launch(res);
}

/* Sends queued queries while there is room in flight. */
static void
dns_launch(struct dns_resolver *res)
{
	struct dns_job *job;

	if (res->expired) {
		dns_drain_expired(res);
		return;
	}
	while (res->inflight < res->max_inflight &&
	    (job = g_queue_pop_head(&res->pending)) != NULL) {
		res->inflight++;
		res->sent++;
		ares_query(res->ch, job->name, 1 /* IN */, (int)job->type,
		    dns_on_reply, job);
	}
}

void
dns_submit(struct dns_resolver *res, const char *name, enum dns_type type,
    dns_done_fn fn, void *ctx)
{
	struct dns_job *job;

	job = g_new0(struct dns_job, 1);
	job->res = res;
	job->name = g_strdup(name);
	job->type = type;
	job->fn = fn;
	job->ctx = ctx;
	g_queue_push_tail(&res->pending, job);
}

/* Waits for the sockets c-ares uses, or its next timeout; then processes. */
static int
dns_poll_once(struct dns_resolver *res, struct err *err)
{
	ares_socket_t socks[ARES_GETSOCK_MAXNUM];
	struct pollfd pfd[ARES_GETSOCK_MAXNUM];
	struct timeval tv, *tvp;
	unsigned int bits, rd, wr;
	int i, n = 0, ms, rc;

	/* c-ares' own bit macros shift a signed 1 into the sign bit. */
	bits = (unsigned int)ares_getsock(res->ch, socks, ARES_GETSOCK_MAXNUM);
	for (i = 0; i < ARES_GETSOCK_MAXNUM; i++) {
		rd = (bits >> i) & 1u;
		wr = (bits >> (i + ARES_GETSOCK_MAXNUM)) & 1u;
		if (!rd && !wr)
			continue;
		pfd[n].fd = socks[i];
		pfd[n].events = (short)((rd ? POLLIN : 0) | (wr ? POLLOUT : 0));
		pfd[n++].revents = 0;
	}
	tvp = ares_timeout(res->ch, NULL, &tv);
	ms = tvp == NULL ? 1000 : (int)(tv.tv_sec * 1000 +
	    (tv.tv_usec + 999) / 1000);
	if (res->deadline != 0)
		ms = MIN(ms, (int)MAX(0, (res->deadline -
		    g_get_monotonic_time() + 999) / 1000));
	rc = poll(pfd, (nfds_t)n, ms);
	if (rc < 0 && errno != EINTR)
		return err_set(err, "cannot wait for DNS answers: %s",
		    strerror(errno));
	if (rc <= 0) {
		ares_process_fd(res->ch, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
		return 0;
	}
	for (i = 0; i < n; i++)
		ares_process_fd(res->ch,
		    pfd[i].revents & (POLLIN | POLLERR | POLLHUP) ? pfd[i].fd :
		    ARES_SOCKET_BAD,
		    pfd[i].revents & POLLOUT ? pfd[i].fd : ARES_SOCKET_BAD);
	return 0;
}

/* Once the deadline passes, the queries in flight are cancelled. */
static void
dns_check_deadline(struct dns_resolver *res)
{
	if (res->expired || res->deadline == 0 ||
	    g_get_monotonic_time() < res->deadline)
		return;
	res->expired = 1;
	ares_cancel(res->ch);
}

int
dns_wait(struct dns_resolver *res, struct err *err)
{
	dns_check_deadline(res);
	dns_launch(res);
	while (res->inflight > 0 || !g_queue_is_empty(&res->pending)) {
		if (dns_poll_once(res, err) < 0)
			return -1;
		dns_check_deadline(res);
		dns_launch(res);
	}
	return 0;
}

int
dns_deadline_passed(const struct dns_resolver *res)
{
	return res->expired;
}

void
dns_progress_set(struct dns_resolver *res, dns_progress_fn fn, void *ctx)
{
	res->progress = fn;
	res->progress_ctx = ctx;
}

static void
dns_sync_done(void *ctx, const char *name, enum dns_type type,
    const struct dns_answer *ans)
{
	struct dns_sync *s = ctx;

	dns_answer_copy(s->out, ans);
	s->done = 1;
}

enum dns_status
dns_lookup(struct dns_resolver *res, const char *name, enum dns_type type,
    struct dns_answer *out)
{
	struct dns_sync s = { out, 0 };
	struct err err;

	memset(out, 0, sizeof *out);
	dns_submit(res, name, type, dns_sync_done, &s);
	if (dns_wait(res, &err) < 0 || !s.done) {
		if (s.done)
			dns_answer_release(out);
		out->status = DNS_ERROR;
	}
	return out->status;
}

unsigned long
dns_queries_sent(const struct dns_resolver *res)
{
	return res->sent;
}

static int
dns_channel_init(struct dns_resolver *res, const struct dns_config *cfg,
    struct err *err)
{
	struct ares_options o;
	int rc;

	memset(&o, 0, sizeof o);
	o.timeout = cfg->timeout_ms > 0 ? cfg->timeout_ms : 2000;
	o.tries = cfg->tries > 0 ? cfg->tries : 3;
	o.flags = ARES_FLAG_NOSEARCH;
	/*
	 * Hundreds of answers can arrive between two reads; a lost datagram
	 * costs a whole timeout, and small datagrams fill the default
	 * buffer quickly (the kernel counts their overhead).
	 */
	o.socket_receive_buffer_size = DNS_RCVBUF;
	rc = ares_init_options(&res->ch, &o, ARES_OPT_TIMEOUTMS |
	    ARES_OPT_TRIES | ARES_OPT_FLAGS | ARES_OPT_SOCK_RCVBUF);
	if (rc != ARES_SUCCESS)
		return err_set(err, "cannot start the DNS resolver: %s",
		    ares_strerror(rc));
	if (cfg->servers == NULL)
		return 0;
	rc = ares_set_servers_ports_csv(res->ch, cfg->servers);
	if (rc != ARES_SUCCESS)
		return err_set(err, "bad DNS server list '%s': %s",
		    cfg->servers, ares_strerror(rc));
	return 0;
}

int
dns_resolver_new(const struct dns_config *cfg, struct dns_resolver **out,
    struct err *err)
{
	struct dns_resolver *res;
	int rc;

	*out = NULL;
	if ((rc = ares_library_init(ARES_LIB_INIT_ALL)) != ARES_SUCCESS)
		return err_set(err, "cannot start c-ares: %s",
		    ares_strerror(rc));
	res = g_new0(struct dns_resolver, 1);
	g_queue_init(&res->pending);
	res->max_inflight = cfg->max_inflight > 0 ? cfg->max_inflight : 200;
	if (cfg->deadline_ms > 0)
		res->deadline = g_get_monotonic_time() +
		    (gint64)cfg->deadline_ms * 1000;
	if (dns_channel_init(res, cfg, err) < 0) {
		if (res->ch != NULL)
			ares_destroy(res->ch);
		g_free(res);
		ares_library_cleanup();
		return -1;
	}
	*out = res;
	return 0;
}

static void
dns_job_free(gpointer p)
{
	struct dns_job *job = p;

	g_free(job->name);
	g_free(job);
}

void
dns_resolver_free(struct dns_resolver *res)
{
	if (res == NULL)
		return;
	g_queue_clear_full(&res->pending, dns_job_free);
	ares_destroy(res->ch);
	g_free(res);
	ares_library_cleanup();
}

void
dns_answer_release(struct dns_answer *ans)
{
	size_t i;

	for (i = 0; i < ans->nrr; i++)
		g_free(ans->rr[i].text);
	g_free(ans->rr);
	ans->rr = NULL;
	ans->nrr = 0;
}

void
dns_answer_copy(struct dns_answer *dst, const struct dns_answer *src)
{
	size_t i;

	dst->status = src->status;
	dst->nrr = src->nrr;
	dst->rr = g_new0(struct dns_rr, src->nrr > 0 ? src->nrr : 1);
	for (i = 0; i < src->nrr; i++) {
		dst->rr[i].text = g_strdup(src->rr[i].text);
		dst->rr[i].pref = src->rr[i].pref;
	}
}
