/*
 * cmd_doctor: `bounce-harvester doctor`, the sender's checkup.  Gathers
 * the facts (options, bounce files, the sender-side bounces recorded in
 * the database), runs the doctor module against DNS and prints the
 * findings, most urgent first, or all of it as JSON.  `doctor
 * --recipients` checks the recipient domains' MX instead, and marks the
 * contacts of domains that cannot receive mail invalid (hostunknown).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "doctor.h"
#include "ingest.h"
#include "json.h"
#include "log.h"
#include "mbox.h"

/* Sending IPs checked when the bounces show many (--max-ips). */
#define DOCTOR_MAX_IPS	10

struct doctor_args {
	char	*domain;
	char	**ips;
	char	**selectors;
	char	**dnsbls;
	char	**dbls;
	char	*server;
	char	*domains_file;
	int	 timeout_ms;
	int	 tries;
	int	 inflight;
	int	 max_ips;
	int	 json;
	int	 recipients;
	int	 no_mark;
	char	*since;
	struct cli_db *db;
};

/* ---- Facts from bounce files ------------------------------------------- */

static int
doctor_sink_report(void *ctx, const struct source_msg *m,
    const struct dsn_report *rep, struct err *err)
{
	struct doctor_facts *f = ctx;
	const struct dsn_recipient *r;
	size_t i;

	if (rep->kind != DSN_KIND_BOUNCE)
		return 0;
	doctor_facts_scan_message(f, m->data, m->len);
	doctor_facts_add_sender(f, rep->original_from);
	for (i = 0; i < rep->nrcpt; i++) {
		r = &rep->rcpt[i];
		doctor_facts_add_bounce(f, dsn_category_name(r->category),
		    r->reason, r->diagnostic, rep->timestamp, 1);
	}
	return 0;
}

static int
doctor_sink_unreadable(void *ctx, const struct source_msg *m,
    const char *why, struct err *err)
{
	log_warn("'%s': unreadable: %s", m->path, why);
	return 0;
}

/* rules: the extra rules files of the configuration, or NULL. */
static int
doctor_read_bounces(struct doctor_facts *f, char **rules_files,
    char **paths, size_t n)
{
	struct ingest_sink sink = { doctor_sink_report,
	    doctor_sink_unreadable, NULL, f };
	struct ingest_stats st;
	struct dsn_rules *rules;
	struct source src;
	struct err err;
	int rc;

	if ((rules = cli_rules_load(rules_files)) == NULL)
		return -1;
	mbox_source_open(&src, paths, n, 0, &err);
	rc = ingest_run(&src, rules, 0, &sink, 0, &st, &err);
	src.ops->close(src.ctx);
	dsn_rules_free(rules);
	if (rc < 0)
		log_error("doctor: %s", err.msg);
	return rc;
}

/* ---- The [doctor] section of the configuration ------------------------ */

/* A value fills *slot unless the command line already did. */
static void
doctor_conf_list(char **v, char ***slot)
{
	if (*slot == NULL)
		*slot = g_strdupv(v);
}

static void
doctor_conf_str(const char *v, char **slot)
{
	if (*slot == NULL)
		*slot = g_strdup(v);
}

static void
doctor_conf_int(int v, int *slot)
{
	if (*slot == 0)
		*slot = v;
}

/* Options not given on the command line come from [doctor]. */
static int
doctor_config(struct doctor_args *a)
{
	const struct config_doctor *d = &a->db->cfg.doctor;

	doctor_conf_int(d->timeout_ms, &a->timeout_ms);
	doctor_conf_int(d->tries, &a->tries);
	doctor_conf_int(d->inflight, &a->inflight);
	doctor_conf_str(d->domain, &a->domain);
	doctor_conf_str(d->dns, &a->server);
	doctor_conf_list(d->ips, &a->ips);
	doctor_conf_list(d->selectors, &a->selectors);
	doctor_conf_list(d->dnsbls, &a->dnsbls);
	doctor_conf_list(d->dbls, &a->dbls);
	return EXIT_OK;
}

static int
doctor_store_row(void *ctx, const struct store_sender_row *r)
{
	doctor_facts_add_bounces(ctx, r->category, r->reason, r->diagnostic,
	    r->first, r->last, (long)r->count);
	return 0;
}

static int
doctor_read_store(struct doctor_facts *f, struct doctor_args *a)
{
	long long since = 0;
	struct err err;

	if (a->since != NULL && (since = cli_date_parse(a->since)) < 0) {
		log_error("doctor: --since: '%s' is not YYYY-MM-DD", a->since);
		return EXIT_USAGE;
	}
	/* No database: only what is given and read from files. */
	if (a->db->st == NULL)
		return EXIT_OK;
	if (store_sender_bounce_each(a->db->st, since, doctor_store_row, f,
	    &err) < 0) {
		log_error("doctor: %s", err.msg);
		return EXIT_STORE;
	}
	return EXIT_OK;
}

/* Returns an exit code: EXIT_OK, or what stopped it. */
static int
doctor_facts_fill(struct doctor_facts *f, struct doctor_args *a,
    char **paths, size_t npaths)
{
	const char *domain;
	size_t dropped;
	char **p;
	int rc;

	f->domain = a->domain != NULL ? g_ascii_strdown(a->domain, -1) : NULL;
	for (p = a->ips; p != NULL && *p != NULL; p++)
		if (doctor_facts_add_ip(f, *p, DOCTOR_FROM_CLI) < 0) {
			log_error("doctor: '%s' is not an IPv4 address", *p);
			return EXIT_USAGE;
		}
	if (npaths > 0 && doctor_read_bounces(f, a->db->cfg.rules_files, paths,
	    npaths) < 0)
		return EXIT_RUNTIME;
	if ((rc = doctor_read_store(f, a)) != EXIT_OK)
		return rc;
	if ((dropped = doctor_facts_keep_ips(f, a->max_ips > 0 ?
	    (size_t)a->max_ips : DOCTOR_MAX_IPS)) > 0)
		log_warn("doctor: %zu more sending IPs seen less often are not "
		    "checked (see --max-ips)", dropped);
	domain = doctor_facts_domain(f);
	for (p = a->selectors; p != NULL && *p != NULL; p++) {
		if (domain == NULL) {
			log_error("doctor: --selector needs --domain");
			return EXIT_USAGE;
		}
		doctor_facts_add_selector(f, domain, *p);
	}
	return EXIT_OK;
}

/* ---- Output ------------------------------------------------------------ */

static const char *
doctor_origin_text(int origin)
{
	if (origin & DOCTOR_FROM_CLI)
		return "given";
	if (origin & DOCTOR_FROM_DIAGNOSTIC)
		return "named in blocked bounces";
	return "Received headers of returned mail";
}

static void
doctor_text_head(GString *o, const struct doctor_facts *f,
    const struct doctor_report *r)
{
	const struct doctor_ip *ip;
	guint i;

	g_string_append_printf(o, "doctor: domain %s\n", r->domain != NULL ?
	    r->domain : "(unknown)");
	for (i = 0; i < f->ips->len; i++) {
		ip = g_ptr_array_index(f->ips, i);
		g_string_append_printf(o, "  sending IP %s (%s", ip->ip,
		    doctor_origin_text(ip->origin));
		if (ip->seen > 0)
			g_string_append_printf(o, ", in %ld bounce%s",
			    ip->seen, ip->seen == 1 ? "" : "s");
		g_string_append(o, ")\n");
	}
	if (f->nbounces > 0)
		g_string_append_printf(o, "  %ld bounces read, %ld on the "
		    "sender's side (blocked or content)\n", f->nbounces,
		    f->nsender);
}

static void
doctor_text_finding(GString *o, int n, const struct doctor_finding *fd)
{
	g_string_append_printf(o, "%3d. [%s] %s: %s\n", n,
	    doctor_level_name(fd->level), fd->check, fd->summary);
	if (fd->evidence != NULL)
		g_string_append_printf(o, "       why it matters: %s\n",
		    fd->evidence);
	if (fd->advice != NULL && fd->level != DOCTOR_OK)
		g_string_append_printf(o, "       what to do: %s\n",
		    fd->advice);
}

static void
doctor_text(GString *o, const struct doctor_facts *f,
    const struct doctor_report *r)
{
	const struct doctor_finding *fd;
	int n = 0, ok_head = 0;
	guint i;

	doctor_text_head(o, f, r);
	g_string_append(o, "\nIn order of priority:\n");
	for (i = 0; i < r->findings->len; i++) {
		fd = g_ptr_array_index(r->findings, i);
		if (fd->level <= DOCTOR_INFO && !ok_head) {
			g_string_append(o, "\nFine or for information:\n");
			ok_head = 1;
		}
		doctor_text_finding(o, ++n, fd);
	}
}

static void
doctor_json_facts(GString *o, int *first, const struct doctor_facts *f)
{
	const struct doctor_ip *ip;
	const struct doctor_selector *s;
	int f2;
	guint i;

	json_key(o, first, "ips");
	g_string_append_c(o, '[');
	for (i = 0; i < f->ips->len; i++) {
		ip = g_ptr_array_index(f->ips, i);
		f2 = 1;
		g_string_append(o, i > 0 ? ",{" : "{");
		json_kv_str(o, &f2, "ip", ip->ip);
		json_kv_bool(o, &f2, "given", ip->origin & DOCTOR_FROM_CLI);
		json_kv_bool(o, &f2, "from_received",
		    ip->origin & DOCTOR_FROM_RECEIVED);
		json_kv_bool(o, &f2, "from_diagnostics",
		    ip->origin & DOCTOR_FROM_DIAGNOSTIC);
		json_kv_int(o, &f2, "seen", ip->seen);
		g_string_append_c(o, '}');
	}
	g_string_append(o, "]");
	json_key(o, first, "selectors");
	g_string_append_c(o, '[');
	for (i = 0; i < f->selectors->len; i++) {
		s = g_ptr_array_index(f->selectors, i);
		f2 = 1;
		g_string_append(o, i > 0 ? ",{" : "{");
		json_kv_str(o, &f2, "domain", s->domain);
		json_kv_str(o, &f2, "selector", s->selector);
		g_string_append_c(o, '}');
	}
	g_string_append(o, "]");
	json_key(o, first, "blocklists_named");
	g_string_append_c(o, '[');
	for (i = 0; i < f->zones->len; i++) {
		if (i > 0)
			g_string_append_c(o, ',');
		json_str(o, g_ptr_array_index(f->zones, i));
	}
	g_string_append(o, "]");
	json_kv_int(o, first, "bounces_read", f->nbounces);
	json_kv_int(o, first, "bounces_sender_side", f->nsender);
}

static void
doctor_json(GString *o, const struct doctor_facts *f,
    const struct doctor_report *r)
{
	const struct doctor_finding *fd;
	int first = 1, f2, problems = 0;
	guint i;

	g_string_append_c(o, '{');
	json_kv_str(o, &first, "domain", r->domain);
	doctor_json_facts(o, &first, f);
	json_key(o, &first, "checks");
	g_string_append_printf(o, "{%s}", r->json->str);
	json_key(o, &first, "findings");
	g_string_append_c(o, '[');
	for (i = 0; i < r->findings->len; i++) {
		fd = g_ptr_array_index(r->findings, i);
		problems += fd->level >= DOCTOR_WARN;
		f2 = 1;
		g_string_append(o, i > 0 ? ",{" : "{");
		json_kv_int(o, &f2, "rank", (long long)i + 1);
		json_kv_str(o, &f2, "level", doctor_level_name(fd->level));
		json_kv_str(o, &f2, "check", fd->check);
		json_kv_str(o, &f2, "subject", fd->subject);
		json_kv_str(o, &f2, "summary", fd->summary);
		json_kv_str(o, &f2, "advice", fd->advice);
		json_kv_int(o, &f2, "bounces", fd->bounces);
		json_kv_str(o, &f2, "evidence", fd->evidence);
		g_string_append_c(o, '}');
	}
	g_string_append_c(o, ']');
	json_kv_int(o, &first, "problems", problems);
	g_string_append(o, "}\n");
}

static int
doctor_write(const GString *o)
{
	if (fwrite(o->str, 1, o->len, stdout) != o->len || fflush(stdout)) {
		log_error("doctor: cannot write output: %s", g_strerror(errno));
		return -1;
	}
	return 0;
}

/* ---- The section of `report` ------------------------------------------ */

static void
doctor_section_text(GString *o, const struct doctor_facts *f)
{
	const struct doctor_ip *ip;
	guint i;

	g_string_append_printf(o, "\nSender checkup (%ld sender-side bounces; "
	    "'bounce-harvester doctor' checks DNS):\n", f->nsender);
	for (i = 0; i < f->ips->len; i++) {
		ip = g_ptr_array_index(f->ips, i);
		g_string_append_printf(o, "  %6ld  sending IP %s\n", ip->seen,
		    ip->ip);
	}
	for (i = 0; i < f->zones->len; i++)
		g_string_append_printf(o, "          blocklist named: %s\n",
		    (const char *)g_ptr_array_index(f->zones, i));
}

int
cli_doctor_section(struct store *st, long long since, int json,
    GString *out, struct err *err)
{
	struct doctor_facts f;
	int first = 1;

	doctor_facts_init(&f);
	if (store_sender_bounce_each(st, since, doctor_store_row, &f,
	    err) < 0) {
		doctor_facts_release(&f);
		return -1;
	}
	doctor_facts_keep_ips(&f, DOCTOR_MAX_IPS);
	if (json) {
		g_string_append(out, ",\"sender\":{");
		doctor_json_facts(out, &first, &f);
		g_string_append_c(out, '}');
	} else
		doctor_section_text(out, &f);
	doctor_facts_release(&f);
	return 0;
}

/* ---- The command ------------------------------------------------------- */

static int
doctor_resolver(const struct doctor_args *a, struct dns_resolver **res)
{
	struct dns_config cfg = { a->server, a->timeout_ms, a->tries,
	    a->inflight };
	struct err err;

	if (dns_resolver_new(&cfg, res, &err) < 0) {
		log_error("doctor: %s", err.msg);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static int
doctor_checkup(struct doctor_args *a, char **paths, size_t npaths)
{
	const struct doctor_options opt = {
		a->dnsbls != NULL ? (const char *const *)a->dnsbls :
		    doctor_default_dnsbls,
		a->dbls != NULL ? (const char *const *)a->dbls :
		    doctor_default_dbls,
	};
	struct doctor_dns_cache *cache;
	struct dns_resolver *res;
	struct doctor_report rep;
	struct doctor_facts f;
	struct doctor_dns dns;
	GString *o;
	int rc;

	doctor_facts_init(&f);
	if ((rc = doctor_facts_fill(&f, a, paths, npaths)) != EXIT_OK ||
	    (rc = doctor_resolver(a, &res)) != EXIT_OK) {
		doctor_facts_release(&f);
		return rc;
	}
	rc = EXIT_RUNTIME;
	cache = doctor_dns_cache_new(res);
	doctor_dns_cache_bind(cache, &dns);
	doctor_run(&f, &opt, &dns, &rep);
	o = g_string_sized_new(8192);
	if (a->json)
		doctor_json(o, &f, &rep);
	else
		doctor_text(o, &f, &rep);
	if (doctor_write(o) == 0)
		rc = EXIT_OK;
	g_string_free(o, TRUE);
	doctor_report_release(&rep);
	doctor_dns_cache_free(cache);
	dns_resolver_free(res);
	doctor_facts_release(&f);
	return rc;
}

/* ---- doctor --recipients ---------------------------------------------- */

/* One domain per line, or an address (its domain is taken); # comments. */
static int
doctor_domains_read(const char *file, GPtrArray *out)
{
	GError *gerr = NULL;
	char *text = NULL, **lines, *l, *at;
	gsize len;
	size_t i;

	if (file == NULL || strcmp(file, "-") == 0) {
		GString *s = g_string_new(NULL);
		char buf[65536];
		size_t n;

		while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
			g_string_append_len(s, buf, (gssize)n);
		text = g_string_free(s, FALSE);
	} else if (!g_file_get_contents(file, &text, &len, &gerr)) {
		log_error("doctor: %s", gerr->message);
		g_error_free(gerr);
		return -1;
	}
	lines = g_strsplit(text, "\n", -1);
	for (i = 0; lines[i] != NULL; i++) {
		l = g_strstrip(lines[i]);
		if (*l == '\0' || *l == '#')
			continue;
		if ((at = strrchr(l, '@')) != NULL)
			l = at + 1;
		if (*l != '\0')
			g_ptr_array_add(out, g_strdup(l));
	}
	g_strfreev(lines);
	g_free(text);
	return 0;
}

/* marked: contacts marked invalid, or -1 when not from the database. */
static void
doctor_mx_text(GString *o, const struct doctor_mx_result *r, size_t n,
    long marked)
{
	long counts[DOCTOR_MX_UNKNOWN + 1] = { 0 };
	size_t i;
	int s;

	for (i = 0; i < n; i++)
		counts[r[i].state]++;
	g_string_append_printf(o, "%zu domains checked:", n);
	for (s = 0; s <= DOCTOR_MX_UNKNOWN; s++)
		g_string_append_printf(o, " %s %ld%s",
		    doctor_mx_state_name((enum doctor_mx_state)s), counts[s],
		    s < DOCTOR_MX_UNKNOWN ? "," : "\n");
	for (i = 0; i < n; i++)
		if (r[i].state != DOCTOR_MX_OK)
			g_string_append_printf(o, "  %-40s %-13s %s%s\n",
			    r[i].domain, doctor_mx_state_name(r[i].state),
			    r[i].detail, doctor_mx_dead(r[i].state) ?
			    " (cannot receive mail)" : "");
	if (marked >= 0)
		g_string_append_printf(o, "%ld contacts marked invalid "
		    "(hostunknown)\n", marked);
}

static void
doctor_mx_json(GString *o, const struct doctor_mx_result *r, size_t n,
    long marked)
{
	size_t i, dead = 0;
	int first;

	g_string_append(o, "{\"domains\":[");
	for (i = 0; i < n; i++) {
		first = 1;
		g_string_append(o, i > 0 ? ",{" : "{");
		json_kv_str(o, &first, "domain", r[i].domain);
		json_kv_str(o, &first, "state",
		    doctor_mx_state_name(r[i].state));
		json_kv_str(o, &first, "detail", r[i].detail);
		json_kv_bool(o, &first, "can_receive",
		    !doctor_mx_dead(r[i].state));
		g_string_append_c(o, '}');
		dead += doctor_mx_dead(r[i].state) != 0;
	}
	g_string_append_printf(o, "],\"checked\":%zu,\"cannot_receive\":%zu",
	    n, dead);
	if (marked >= 0)
		g_string_append_printf(o, ",\"marked_invalid\":%ld", marked);
	g_string_append(o, "}\n");
}

/* Contacts that a domain check may still change. */
static int
doctor_contact_open(const struct store_contact *c)
{
	enum store_status st;

	return store_status_parse(c->status, &st) == 0 &&
	    !store_status_sticky(st);
}

struct doctor_domain_set {
	GHashTable	*seen;
	GPtrArray	*list;
};

static int
doctor_contact_domain(void *ctx, const struct store_contact *c)
{
	struct doctor_domain_set *d = ctx;
	const char *at = strrchr(c->address, '@');

	if (at == NULL || !doctor_contact_open(c) ||
	    g_hash_table_contains(d->seen, at + 1))
		return 0;
	g_hash_table_add(d->seen, g_strdup(at + 1));
	g_ptr_array_add(d->list, g_strdup(at + 1));
	return 0;
}

static int
doctor_contact_collect(void *ctx, const struct store_contact *c)
{
	if (doctor_contact_open(c))
		g_ptr_array_add(ctx, g_strdup(c->address));
	return 0;
}

/* Every distinct domain of the contacts not yet invalid or complained. */
static int
doctor_store_domains(struct store *st, GPtrArray *out)
{
	struct doctor_domain_set d = { g_hash_table_new_full(g_str_hash,
	    g_str_equal, g_free, NULL), out };
	struct store_filter all = { NULL, NULL, 0 };
	struct err err;
	int rc;

	rc = store_contact_each(st, &all, doctor_contact_domain, &d, &err);
	if (rc < 0)
		log_error("doctor: %s", err.msg);
	g_hash_table_unref(d.seen);
	return rc < 0 ? EXIT_STORE : EXIT_OK;
}

/* Marks the open contacts of one dead domain; adds to *marked. */
static int
doctor_mark_domain(struct store *st, const struct doctor_mx_result *r,
    long *marked, struct err *err)
{
	struct store_filter f = { NULL, r->domain, 0 };
	GPtrArray *addrs = g_ptr_array_new_with_free_func(g_free);
	char *note;
	guint i;
	int rc;

	rc = store_contact_each(st, &f, doctor_contact_collect, addrs, err);
	note = g_strdup_printf("doctor --recipients: %s: %s", r->domain,
	    r->detail);
	for (i = 0; rc == 0 && i < addrs->len; i++) {
		rc = store_contact_mark_reason(st, 0,
		    g_ptr_array_index(addrs, i), "invalid", "hostunknown",
		    note, err);
		*marked += rc == 0;
	}
	g_free(note);
	g_ptr_array_unref(addrs);
	return rc;
}

/* One transaction: all the contacts of dead domains, or none. */
static int
doctor_mark(struct store *st, const struct doctor_mx_result *r, size_t n,
    long *marked)
{
	struct err err;
	size_t i;

	*marked = 0;
	if (store_begin(st, &err) < 0)
		goto fail;
	for (i = 0; i < n; i++)
		if (doctor_mx_dead(r[i].state) &&
		    doctor_mark_domain(st, &r[i], marked, &err) < 0)
			goto fail;
	if (store_commit(st, &err) < 0)
		goto fail;
	return EXIT_OK;
fail:
	store_rollback(st);
	*marked = 0;
	log_error("doctor: %s", err.msg);
	return EXIT_STORE;
}

static int
doctor_recipient_domains(struct doctor_args *a, GPtrArray *domains)
{
	if (a->domains_file != NULL)
		return doctor_domains_read(a->domains_file, domains) < 0 ?
		    EXIT_USAGE : EXIT_OK;
	if (a->db->st == NULL) {
		log_error("doctor: --recipients: no contact database (give "
		    "--db FILE, or --domains FILE for a list of domains)");
		return EXIT_USAGE;
	}
	return doctor_store_domains(a->db->st, domains);
}

static int
doctor_recipients_out(const struct doctor_args *a,
    const struct doctor_mx_result *r, size_t n, long marked)
{
	GString *o = g_string_sized_new(4096);
	int rc;

	if (a->json)
		doctor_mx_json(o, r, n, marked);
	else
		doctor_mx_text(o, r, n, marked);
	rc = doctor_write(o) == 0 ? EXIT_OK : EXIT_RUNTIME;
	g_string_free(o, TRUE);
	return rc;
}

static int
doctor_recipients(struct doctor_args *a)
{
	GPtrArray *domains = g_ptr_array_new_with_free_func(g_free);
	struct doctor_mx_result *results = NULL;
	struct dns_resolver *res = NULL;
	struct err err;
	long marked = -1;
	size_t i, n = 0;
	int rc;

	if ((rc = doctor_recipient_domains(a, domains)) != EXIT_OK ||
	    (rc = doctor_resolver(a, &res)) != EXIT_OK)
		goto out;
	n = domains->len;
	results = g_new0(struct doctor_mx_result, n > 0 ? n : 1);
	if (doctor_mx_check(res, (char *const *)domains->pdata, n, results,
	    &err) < 0) {
		log_error("doctor: %s", err.msg);
		rc = EXIT_RUNTIME;
		goto out;
	}
	if (a->db->st != NULL && a->no_mark)
		marked = 0;
	else if (a->db->st != NULL &&
	    (rc = doctor_mark(a->db->st, results, n, &marked)) != EXIT_OK)
		goto out;
	rc = doctor_recipients_out(a, results, n, marked);
out:
	for (i = 0; results != NULL && i < n; i++)
		doctor_mx_result_release(&results[i]);
	g_free(results);
	dns_resolver_free(res);
	g_ptr_array_unref(domains);
	return rc;
}

int
cmd_doctor(struct cli_env *env, int argc, char **argv)
{
	struct doctor_args a = { .db = &env->db };
	GOptionEntry entries[] = {
		{ "domain", 0, 0, G_OPTION_ARG_STRING, &a.domain,
		    "the sending domain (default: from the bounces)", "D" },
		{ "ip", 0, 0, G_OPTION_ARG_STRING_ARRAY, &a.ips,
		    "a sending IPv4 address (repeatable)", "A.B.C.D" },
		{ "selector", 0, 0, G_OPTION_ARG_STRING_ARRAY, &a.selectors,
		    "a DKIM selector of the domain (repeatable)", "S" },
		{ "dnsbl", 0, 0, G_OPTION_ARG_STRING_ARRAY, &a.dnsbls,
		    "an IP blocklist zone, replaces the defaults", "ZONE" },
		{ "dbl", 0, 0, G_OPTION_ARG_STRING_ARRAY, &a.dbls,
		    "a domain blocklist zone, replaces the defaults", "ZONE" },
		{ "dns", 0, 0, G_OPTION_ARG_STRING, &a.server,
		    "DNS servers to ask, e.g. 127.0.0.1:5353 (default: the "
		    "system's)", "HOST[:PORT],..." },
		{ "timeout", 0, 0, G_OPTION_ARG_INT, &a.timeout_ms,
		    "milliseconds to wait for the first try (default 2000)",
		    "MS" },
		{ "tries", 0, 0, G_OPTION_ARG_INT, &a.tries,
		    "tries per query (default 3)", "N" },
		{ "inflight", 0, 0, G_OPTION_ARG_INT, &a.inflight,
		    "queries in flight at once (default 200)", "N" },
		{ "max-ips", 0, 0, G_OPTION_ARG_INT, &a.max_ips,
		    "check at most N sending IPs, the most seen (default 10)",
		    "N" },
		{ "recipients", 0, 0, G_OPTION_ARG_NONE, &a.recipients,
		    "check the recipient domains' MX instead", NULL },
		{ "domains", 0, 0, G_OPTION_ARG_FILENAME, &a.domains_file,
		    "with --recipients: the domains (or addresses), one per "
		    "line, - for standard input (default: the contacts)",
		    "FILE" },
		{ "no-mark", 0, 0, G_OPTION_ARG_NONE, &a.no_mark,
		    "with --recipients: report only, change no contact",
		    NULL },
		{ "since", 0, 0, G_OPTION_ARG_STRING, &a.since,
		    "read the bounces recorded since this day", "YYYY-MM-DD" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &a.json,
		    "everything as one JSON object", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	int rc;

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	/* The database only when there is one: doctor never creates it. */
	if ((rc = cli_env_open(env)) == EXIT_OK &&
	    (rc = doctor_config(&a)) == EXIT_OK)
		rc = a.recipients ? doctor_recipients(&a) :
		    doctor_checkup(&a, argv + 1, (size_t)argc - 1);
	g_free(a.domain);
	g_strfreev(a.ips);
	g_strfreev(a.selectors);
	g_strfreev(a.dnsbls);
	g_strfreev(a.dbls);
	g_free(a.server);
	g_free(a.domains_file);
	g_free(a.since);
	return rc;
}
