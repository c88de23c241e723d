/*
 * doctor: the sender's checkup.  From what the bounces say (diagnostic
 * texts, the returned messages' Received and DKIM-Signature headers) and
 * what the user gives (domain, IPs, selectors, blocklists), checks SPF,
 * DKIM, DMARC, reverse DNS and blocklists, and the recipient domains' MX,
 * and explains the findings in order of priority.
 *
 * Two layers.  The parsers and the fact collector (doctor_spf.c,
 * doctor_tags.c, doctor_facts.c) are pure: text in, structs out.  The
 * checks (doctor_check.c, doctor_mx.c) ask DNS only through struct
 * doctor_dns, so they never see the transport.  Nothing here opens the
 * database or prints: the CLI feeds facts in and renders the report.
 *
 * All memory belongs to the caller unless stated otherwise; _release()
 * frees what a struct owns, not the struct.
 */
#ifndef BH_DOCTOR_DOCTOR_H
#define BH_DOCTOR_DOCTOR_H

#include <stddef.h>

#include <glib.h>

#include "dns.h"

/* ---- SPF (RFC 7208) ---------------------------------------------------- */

enum doctor_spf_mech {
	SPF_ALL,
	SPF_INCLUDE,
	SPF_A,
	SPF_MX,
	SPF_PTR,
	SPF_IP4,
	SPF_IP6,
	SPF_EXISTS,
};

struct doctor_spf_term {
	char		 qualifier;	/* '+', '-', '~' or '?' */
	enum doctor_spf_mech mech;
	char		*domain;	/* target, or NULL: the current domain */
	char		*net;		/* ip4/ip6 address, else NULL */
	int		 prefix;	/* CIDR length, -1 if none */
	int		 prefix6;	/* a/mx: the IPv6 length (//N), or -1 */
};

struct doctor_spf {
	struct doctor_spf_term *terms;
	size_t		 nterms;
	char		*redirect;	/* or NULL */
	int		 lookups;	/* terms that cost a DNS lookup here */
	char		**errors;	/* syntax problems, NULL-terminated */
};

/* 1 if txt is an SPF record (starts with "v=spf1" then space or end). */
int	doctor_spf_is_record(const char *txt);
/*
 * Parses one SPF record.  Returns 0, or -1 when it has syntax errors
 * (listed in out->errors; the terms that parsed are kept).
 */
int	doctor_spf_parse(const char *record, struct doctor_spf *out);
void	doctor_spf_release(struct doctor_spf *spf);
const char *doctor_spf_mech_name(enum doctor_spf_mech m);
/* 1 if the IPv4 address ip is inside net/prefix (prefix -1: /32). */
int	doctor_ip4_in(const char *ip, const char *net, int prefix);
/* The same for IPv4 or IPv6 (both of one family; -1: the full length). */
int	doctor_ip_in(const char *ip, const char *net, int prefix);

/* ---- DMARC (RFC 7489) and DKIM keys (RFC 6376) ------------------------- */

struct doctor_dmarc {
	char	*p, *sp, *adkim, *aspf, *rua, *ruf, *fo;
	int	 pct;			/* 100 when absent */
	char	**errors;		/* NULL-terminated */
};

int	doctor_dmarc_is_record(const char *txt);
/* 0, or -1 with out->errors listing what is wrong. */
int	doctor_dmarc_parse(const char *record, struct doctor_dmarc *out);
void	doctor_dmarc_release(struct doctor_dmarc *d);

struct doctor_dkim {
	char	*v, *k, *p, *t;		/* tags as written, or NULL */
	int	 revoked;		/* p= present and empty */
	int	 key_bits;		/* estimated from p=, 0 if unknown */
	char	**errors;		/* NULL-terminated */
};

int	doctor_dkim_parse(const char *record, struct doctor_dkim *out);
void	doctor_dkim_release(struct doctor_dkim *d);

/* ---- Facts from the bounces -------------------------------------------- */

/* Where a sending IP was learnt. */
enum {
	DOCTOR_FROM_CLI = 1,		/* --ip */
	DOCTOR_FROM_RECEIVED = 2,	/* a returned message's Received */
	DOCTOR_FROM_DIAGNOSTIC = 4,	/* a blocked bounce's text */
};

struct doctor_ip {
	char	*ip;
	int	 origin;		/* DOCTOR_FROM_* bits */
	long	 seen;			/* bounces that name it */
};

struct doctor_selector {
	char	*domain;		/* d= */
	char	*selector;		/* s= */
	long	 seen;
};

/* One bounce (or count identical ones), as the checks need it. */
struct doctor_bounce {
	char		*category;	/* dsn category name */
	char		*reason;	/* dsn reason, or NULL */
	char		*diagnostic;	/* or NULL */
	long long	 date;		/* seconds since epoch, 0 unknown */
	long long	 last;		/* of the last one, >= date */
	long		 count;		/* >= 1 */
};

struct doctor_facts {
	char		*domain;	/* given, else NULL (see _domain()) */
	GPtrArray	*ips;		/* struct doctor_ip */
	GPtrArray	*selectors;	/* struct doctor_selector */
	GPtrArray	*bounces;	/* struct doctor_bounce, sender-side */
	GPtrArray	*zones;		/* char *, lists named in bounces */
	GHashTable	*senders;	/* sender domain -> count (GINT) */
	long		 nbounces;	/* every bounce looked at */
	long		 nsender;	/* of which blocked or content */
};

void	doctor_facts_init(struct doctor_facts *f);
void	doctor_facts_release(struct doctor_facts *f);
/*
 * Adds an IPv4 or IPv6 address (kept in its canonical text form); returns
 * -1 if ip is not one.
 */
int	doctor_facts_add_ip(struct doctor_facts *f, const char *given,
	    int origin);
void	doctor_facts_add_selector(struct doctor_facts *f, const char *domain,
	    const char *selector);
/*
 * Records a bounce.  Blocked and content ones are kept (copied) with the
 * IPs and blocklist names their diagnostic text names.
 */
void	doctor_facts_add_bounce(struct doctor_facts *f, const char *category,
	    const char *reason, const char *diagnostic, long long date,
	    long count);
/* The same for count bounces with one text, from first to last. */
void	doctor_facts_add_bounces(struct doctor_facts *f,
	    const char *category, const char *reason, const char *diagnostic,
	    long long first, long long last, long count);
/* Notes the returned message's sender address, to guess the domain. */
void	doctor_facts_add_sender(struct doctor_facts *f, const char *addr);
/*
 * Reads a raw bounce: the Received and DKIM-Signature headers after its
 * own header (those of the returned message) give IPs and selectors.
 */
void	doctor_facts_scan_message(struct doctor_facts *f, const char *data,
	    size_t len);
/*
 * Keeps the max IPs most worth checking (given ones first, then the most
 * seen); returns how many were dropped.
 */
size_t	doctor_facts_keep_ips(struct doctor_facts *f, size_t max);
/* The domain to check: given, else the most frequent sender, or NULL. */
const char *doctor_facts_domain(const struct doctor_facts *f);

/*
 * Pure extractors, exposed for tests.  Each calls fn(ctx, value) for every
 * public IPv4 address (or list zone) found, in order.
 */
typedef void (*doctor_str_fn)(void *ctx, const char *value);
void	doctor_text_ips(const char *text, doctor_str_fn fn, void *ctx);
void	doctor_text_zones(const char *text, doctor_str_fn fn, void *ctx);
/* IPs in the "from" clauses of Received header values in headers. */
void	doctor_received_ips(const char *headers, size_t len,
	    doctor_str_fn fn, void *ctx);
/* 1 if ip is a public unicast IPv4 address. */
int	doctor_ip4_public(const char *ip);

/* ---- The checks -------------------------------------------------------- */

/* How the checks ask DNS (a real resolver, a cache, or a test table). */
struct doctor_dns {
	enum dns_status	(*lookup)(void *ctx, const char *name,
			    enum dns_type type, struct dns_answer *out);
	void		*ctx;
};

enum doctor_level {
	DOCTOR_OK = 0,
	DOCTOR_INFO,
	DOCTOR_UNKNOWN,		/* DNS did not answer: could not tell */
	DOCTOR_WARN,
	DOCTOR_FAIL,
};

struct doctor_finding {
	char		*check;		/* spf, dkim, dmarc, ptr, dnsbl, dbl */
	char		*subject;	/* the domain, IP or name checked */
	enum doctor_level level;
	int		 priority;	/* lower: fix first */
	char		*summary;
	char		*advice;	/* or NULL when nothing to do */
	long		 bounces;	/* bounces this explains */
	char		*evidence;	/* "37 bounces in 7 days name ..." */
};

struct doctor_options {
	const char	*const *dnsbls;	/* IP lists, NULL-terminated */
	const char	*const *dbls;	/* domain lists, NULL-terminated */
};

struct doctor_report {
	char		*domain;
	GPtrArray	*findings;	/* struct doctor_finding, sorted */
	GString		*json;		/* "checks" object members */
};

/* The default public lists (NULL-terminated). */
extern const char *const doctor_default_dnsbls[];
extern const char *const doctor_default_dbls[];

/*
 * Runs every check the facts allow and sorts the findings, most urgent
 * first.  Never fails: DNS trouble becomes DOCTOR_UNKNOWN findings.
 */
void	doctor_run(const struct doctor_facts *f,
	    const struct doctor_options *opt, const struct doctor_dns *dns,
	    struct doctor_report *out);
void	doctor_report_release(struct doctor_report *r);
const char *doctor_level_name(enum doctor_level l);
/* What a blocklist's return code means, or NULL if unknown. */
const char *doctor_dnsbl_meaning(const char *zone, const char *code);

/* A struct doctor_dns over a resolver, with a cache of answers. */
struct doctor_dns_cache;
struct doctor_dns_cache *doctor_dns_cache_new(struct dns_resolver *res);
void	doctor_dns_cache_free(struct doctor_dns_cache *c);
void	doctor_dns_cache_bind(struct doctor_dns_cache *c,
	    struct doctor_dns *dns);
/*
 * doctor_run() with its queries in flight together (see doctor_cache.c),
 * under the resolver's deadline.  -1 with err set if the resolver failed
 * (out is then empty).
 */
int	doctor_run_parallel(const struct doctor_facts *f,
	    const struct doctor_options *opt, struct doctor_dns_cache *c,
	    struct doctor_report *out, struct err *err);

/* ---- Recipient domains (doctor --recipients) --------------------------- */

enum doctor_mx_state {
	DOCTOR_MX_OK,		/* MX records */
	DOCTOR_MX_FALLBACK,	/* no MX, an A/AAAA record (RFC 5321 5.1) */
	DOCTOR_MX_NULL,		/* null MX: accepts no mail (RFC 7505) */
	DOCTOR_MX_NXDOMAIN,	/* the domain does not exist */
	DOCTOR_MX_NONE,		/* exists, neither MX nor address */
	DOCTOR_MX_UNKNOWN,	/* DNS failed: no conclusion */
};

struct doctor_mx_result {
	char		*domain;
	enum doctor_mx_state state;
	char		*detail;	/* first exchange, address, or error */
};

/*
 * Checks every domain, many queries in flight.  Fills results (same order
 * as domains; release each).  -1 with err set if the resolver failed.
 */
int	doctor_mx_check(struct dns_resolver *res, char *const *domains,
	    size_t ndomains, struct doctor_mx_result *results,
	    struct err *err);
void	doctor_mx_result_release(struct doctor_mx_result *r);
const char *doctor_mx_state_name(enum doctor_mx_state s);
/* 1 if a domain in this state cannot receive mail (contacts: invalid). */
int	doctor_mx_dead(enum doctor_mx_state s);

/*
 * Canaries: names whose MX must resolve on any working resolver (the
 * large providers').  Asked before any verdict; when one fails, DNS
 * here cannot be trusted (a captive, filtering or offline resolver that
 * answers NXDOMAIN for everything, or nothing at all) and nothing may
 * be concluded.  Returns 1 if all answered with mail hosts, 0 if not
 * (what failed appended to why), -1 with err set if the resolver failed.
 */
extern const char *const doctor_default_canaries[];
int	doctor_canaries(struct dns_resolver *res, const char *const *names,
	    GString *why, struct err *err);

#endif
