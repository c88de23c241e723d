/*
 * dns: the resolver layer of `doctor`.  Asks a DNS server for TXT, A,
 * AAAA, MX and PTR records, one at a time or many in flight, with a
 * timeout and a number of tries.  The only code that includes ares.h; no
 * c-ares type crosses this header.  It interprets nothing: SPF, DMARC and
 * the other checks live in doctor_*.c.
 *
 * All memory belongs to the caller unless stated otherwise.  An answer
 * handed to a callback is borrowed and lives until the callback returns.
 */
#ifndef BH_DOCTOR_DNS_H
#define BH_DOCTOR_DNS_H

#include <stddef.h>

#include "err.h"

enum dns_type {
	DNS_T_A = 1,
	DNS_T_PTR = 12,
	DNS_T_MX = 15,
	DNS_T_TXT = 16,
	DNS_T_AAAA = 28,
};

/* What the server said; the zero value is an answer with records. */
enum dns_status {
	DNS_OK = 0,
	DNS_NXDOMAIN,		/* the name does not exist */
	DNS_NODATA,		/* the name exists, no record of this type */
	DNS_SERVFAIL,		/* the server could not answer */
	DNS_REFUSED,		/* the server refused to answer */
	DNS_TIMEOUT,		/* no answer after every try */
	DNS_ERROR,		/* anything else (bad reply, no memory...) */
};

/*
 * One record.  text: TXT strings joined, A/AAAA address, PTR name, MX
 * exchange (empty for the null MX "."); names without the final dot.
 * pref: the MX preference, else 0.
 */
struct dns_rr {
	char	*text;
	int	 pref;
};

struct dns_answer {
	enum dns_status status;
	struct dns_rr	*rr;
	size_t		 nrr;
};

struct dns_config {
	const char	*servers;	/* "127.0.0.1:5353,..."; NULL: system */
	int		 timeout_ms;	/* first try; 0: 2000 */
	int		 tries;		/* 0: 3 */
	int		 max_inflight;	/* 0: 200 */
	/*
	 * One deadline for every query of the resolver's life, from its
	 * creation; then queries still unanswered or not sent are answered
	 * DNS_TIMEOUT at once.  0: none.
	 */
	int		 deadline_ms;
};

struct dns_resolver;

/* Called when a query has its answer (ans borrowed, see above). */
typedef void (*dns_done_fn)(void *ctx, const char *name, enum dns_type type,
    const struct dns_answer *ans);
/* Called after each answer: done of total queries known so far. */
typedef void (*dns_progress_fn)(void *ctx, unsigned long done,
    unsigned long total);

/* Creates a resolver; -1 with err set on a bad server list. */
int	dns_resolver_new(const struct dns_config *cfg,
	    struct dns_resolver **out, struct err *err);
void	dns_resolver_free(struct dns_resolver *res);

/*
 * Queues a query; nothing is sent until dns_wait().  fn may queue more
 * queries; they run in the same dns_wait().  name is copied.
 */
void	dns_submit(struct dns_resolver *res, const char *name,
	    enum dns_type type, dns_done_fn fn, void *ctx);
/* Runs queued queries, at most max_inflight at once, until none is left. */
int	dns_wait(struct dns_resolver *res, struct err *err);
/*
 * One query, waited for.  Fills out (release it) and returns its status;
 * a resolver failure is DNS_ERROR.
 */
enum dns_status dns_lookup(struct dns_resolver *res, const char *name,
	    enum dns_type type, struct dns_answer *out);

/* 1 once the overall deadline has passed (answers since: timeouts). */
int	dns_deadline_passed(const struct dns_resolver *res);
void	dns_progress_set(struct dns_resolver *res, dns_progress_fn fn,
	    void *ctx);

/* The number of queries sent so far (for benchmarks and tests). */
unsigned long dns_queries_sent(const struct dns_resolver *res);

void	dns_answer_release(struct dns_answer *ans);
/* Deep copy of src into dst. */
void	dns_answer_copy(struct dns_answer *dst, const struct dns_answer *src);
const char *dns_status_name(enum dns_status s);
const char *dns_type_name(enum dns_type t);

/*
 * Writes the reverse name of an address ("5.113.0.203" for "203.0.113.5",
 * 32 nibbles for IPv6), followed by suffix (e.g. "in-addr.arpa",
 * "ip6.arpa" or a DNSBL zone), into buf.  -1 if ip is not an address or
 * buf is short (IPv6 needs 64 bytes plus the suffix).
 */
int	dns_reverse_name(const char *ip, const char *suffix, char *buf,
	    size_t size);

#endif
