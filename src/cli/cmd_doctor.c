/*
 * cmd_doctor: `bounce-harvester doctor`, the sender's checkup.  Gathers
 * the facts (options, bounce files, the sender-side bounces recorded in
 * the database), runs the doctor module against DNS and prints the
 * findings, most urgent first, or all of it as JSON.  `doctor
 * --recipients` (cmd_doctor_mx.c) checks the recipient domains' MX
 * instead and records which cannot receive mail, as evidence that makes
 * their contacts invalid (hostunknown) once a second run a day later
 * confirms it.
 *
 * Nothing is concluded from a resolver that cannot be trusted: canaries
 * (the large providers' MX) are asked first, and when they fail nothing
 * is printed as fine or failed and nothing changes (exit 6).  Exit codes:
 * 0 checked, no problem; 1 checked, problems found; 6 could not check.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "cmd_doctor.h"
#include "doctor.h"
#include "ingest.h"
#include "json.h"
#include "log.h"
#include "mbox.h"
#include "text.h"

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
static void
doctor_config(struct doctor_args *a)
{
	const struct config_doctor *d = &a->db->cfg.doctor;

	doctor_conf_int(d->timeout_ms, &a->timeout_ms);
	doctor_conf_int(d->tries, &a->tries);
	doctor_conf_int(d->inflight, &a->inflight);
	doctor_conf_int(d->deadline_s, &a->deadline_s);
	doctor_conf_int(d->confirm_hours, &a->confirm_hours);
	doctor_conf_int(d->max_dead_percent, &a->max_dead_percent);
	doctor_conf_str(d->domain, &a->domain);
	doctor_conf_str(d->dns, &a->server);
	doctor_conf_list(d->ips, &a->ips);
	doctor_conf_list(d->selectors, &a->selectors);
	doctor_conf_list(d->dnsbls, &a->dnsbls);
	doctor_conf_list(d->dbls, &a->dbls);
	doctor_conf_list(d->canaries, &a->canaries);
}

/* ---- The database ----------------------------------------------------- */

int
cmd_doctor_db_open(struct doctor_args *a, enum store_mode mode)
{
	return cli_env_open_as(a->env, mode);
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
	int rc;

	if (a->since != NULL && (since = cli_date_parse(a->since)) < 0) {
		log_error("doctor: --since: '%s' is not YYYY-MM-DD", a->since);
		return EXIT_USAGE;
	}
	if ((rc = cmd_doctor_db_open(a, STORE_READ)) != EXIT_OK ||
	    a->db->st == NULL)
		return rc;
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

	text_printf(o, "doctor: domain %s\n", r->domain != NULL ?
	    r->domain : "(unknown)");
	for (i = 0; i < f->ips->len; i++) {
		ip = g_ptr_array_index(f->ips, i);
		text_printf(o, "  sending IP %s (%s", ip->ip,
		    doctor_origin_text(ip->origin));
		if (ip->seen > 0)
			text_printf(o, ", in %ld bounce%s",
			    ip->seen, ip->seen == 1 ? "" : "s");
		g_string_append(o, ")\n");
	}
	if (f->nbounces > 0)
		text_printf(o, "  %ld bounces read, %ld on the "
		    "sender's side (blocked or content)\n", f->nbounces,
		    f->nsender);
}

static void
doctor_text_finding(GString *o, int n, const struct doctor_finding *fd)
{
	text_printf(o, "%3d. [%s] %s: %s\n", n,
	    doctor_level_name(fd->level), fd->check, fd->summary);
	if (fd->evidence != NULL)
		text_printf(o, "       why it matters: %s\n",
		    fd->evidence);
	if (fd->advice != NULL && fd->level != DOCTOR_OK)
		text_printf(o, "       what to do: %s\n",
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

int
cmd_doctor_write(const GString *o)
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

	text_printf(o, "\nSender checkup (%ld sender-side bounces; "
	    "'bounce-harvester doctor' checks DNS):\n", f->nsender);
	for (i = 0; i < f->ips->len; i++) {
		ip = g_ptr_array_index(f->ips, i);
		text_printf(o, "  %6ld  sending IP %s\n", ip->seen,
		    ip->ip);
	}
	for (i = 0; i < f->zones->len; i++)
		text_printf(o, "          blocklist named: %s\n",
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

static void
doctor_progress(void *ctx, unsigned long done, unsigned long total)
{
	struct doctor_progress *p = ctx;
	gint64 now = g_get_monotonic_time();

	if (now - p->last < G_USEC_PER_SEC / 10 && done < total)
		return;
	p->last = now;
	p->shown = 1;
	fprintf(stderr, "\rdoctor: DNS answers %lu of %lu ", done, total);
	fflush(stderr);
}

void
cmd_doctor_progress_end(struct doctor_progress *p)
{
	if (p->shown)
		fputs("\r\033[K", stderr);
	p->shown = 0;
}

int
cmd_doctor_resolver(const struct doctor_args *a, struct dns_resolver **res,
    struct doctor_progress *progress)
{
	struct dns_config cfg = { a->server, a->timeout_ms, a->tries,
	    a->inflight, 1000 * (a->deadline_s > 0 ? a->deadline_s :
	    DOCTOR_DEADLINE_S) };
	struct err err;

	if (dns_resolver_new(&cfg, res, &err) < 0) {
		log_error("doctor: %s", err.msg);
		return EXIT_USAGE;
	}
	if (isatty(STDERR_FILENO))
		dns_progress_set(*res, doctor_progress, progress);
	return EXIT_OK;
}

/*
 * The canaries first: EXIT_OK when DNS answers as a working resolver
 * does, else EXIT_UNCHECKED (said why) or EXIT_RUNTIME.
 */
int
cmd_doctor_trust_dns(const struct doctor_args *a, struct dns_resolver *res,
    GString *note)
{
	const char *const *names = a->canaries != NULL ?
	    (const char *const *)a->canaries : doctor_default_canaries;
	GString *why = g_string_new(NULL);
	struct err err;
	int rc;

	rc = doctor_canaries(res, names, why, &err);
	if (rc < 0) {
		log_error("doctor: %s", err.msg);
		g_string_assign(note, err.msg);
	} else if (rc == 0) {
		log_error("doctor: could not check: DNS does not resolve what "
		    "every working resolver does (%s); the resolver is broken, "
		    "filtered or offline, or the deadline passed: nothing was "
		    "checked, nothing changed", why->str);
		g_string_printf(note, "DNS does not resolve what every "
		    "working resolver does (%s)", why->str);
	}
	g_string_free(why, TRUE);
	return rc > 0 ? EXIT_OK : rc == 0 ? EXIT_UNCHECKED : EXIT_RUNTIME;
}

/* Findings at warn or fail. */
static int
doctor_problems(const struct doctor_report *r)
{
	const struct doctor_finding *fd;
	int n = 0;
	guint i;

	for (i = 0; i < r->findings->len; i++) {
		fd = g_ptr_array_index(r->findings, i);
		n += fd->level >= DOCTOR_WARN;
	}
	return n;
}

/* The exit code of a checkup that ran. */
int
cmd_doctor_verdict(struct dns_resolver *res, int problems)
{
	if (dns_deadline_passed(res)) {
		log_error("doctor: the DNS deadline passed (deadline_s): what "
		    "did not answer in time is 'could not tell'");
		return EXIT_UNCHECKED;
	}
	return problems > 0 ? EXIT_PARTIAL : EXIT_OK;
}

static enum store_doctor_verdict
doctor_verdict_of(enum doctor_level l)
{
	if (l == DOCTOR_UNKNOWN)
		return STORE_DOCTOR_UNCHECKED;
	return l >= DOCTOR_WARN ? STORE_DOCTOR_FAIL : STORE_DOCTOR_OK;
}

/* The checkup's findings, for the database. */
static void
doctor_record_findings(struct doctor_record *rec,
    const struct doctor_report *r)
{
	const struct doctor_finding *fd;
	guint i;

	for (i = 0; i < r->findings->len; i++) {
		fd = g_ptr_array_index(r->findings, i);
		cmd_doctor_record_add(rec, fd->check, fd->subject,
		    doctor_verdict_of(fd->level), doctor_level_name(fd->level),
		    fd->summary, fd->advice);
	}
}

/*
 * The checks and their report, once DNS is trusted; the findings go to
 * rec.  The verdict (EXIT_OK, EXIT_PARTIAL, EXIT_UNCHECKED; EXIT_RUNTIME
 * when the resolver failed); *wrote: 0 if the report was written.
 */
static int
doctor_checkup_run(struct doctor_args *a, const struct doctor_facts *f,
    struct dns_resolver *res, struct doctor_progress *progress,
    struct doctor_record *rec, int *wrote)
{
	const struct doctor_options opt = {
		a->dnsbls != NULL ? (const char *const *)a->dnsbls :
		    doctor_default_dnsbls,
		a->dbls != NULL ? (const char *const *)a->dbls :
		    doctor_default_dbls,
	};
	struct doctor_dns_cache *cache = doctor_dns_cache_new(res);
	struct doctor_report rep;
	struct err err;
	GString *o;
	int rc;

	rc = doctor_run_parallel(f, &opt, cache, &rep, &err);
	cmd_doctor_progress_end(progress);
	if (rc < 0) {
		doctor_dns_cache_free(cache);
		log_error("doctor: %s", err.msg);
		g_string_assign(rec->note, err.msg);
		return EXIT_RUNTIME;
	}
	o = g_string_sized_new(8192);
	if (a->json)
		doctor_json(o, f, &rep);
	else
		doctor_text(o, f, &rep);
	*wrote = cmd_doctor_write(o);
	rc = cmd_doctor_verdict(res, doctor_problems(&rep));
	if (rc == EXIT_UNCHECKED)
		g_string_assign(rec->note, "the DNS deadline passed before "
		    "every answer came: what did not answer is 'could not "
		    "tell'");
	doctor_record_findings(rec, &rep);
	g_string_free(o, TRUE);
	doctor_report_release(&rep);
	doctor_dns_cache_free(cache);
	return rc;
}

static int
doctor_checkup(struct doctor_args *a, char **paths, size_t npaths)
{
	struct doctor_progress progress = { 0 };
	struct dns_resolver *res = NULL;
	struct doctor_record rec;
	struct doctor_facts f;
	int rc, saved, wrote = 0;

	doctor_facts_init(&f);
	cmd_doctor_record_init(&rec, "sender");
	if ((rc = doctor_facts_fill(&f, a, paths, npaths)) != EXIT_OK ||
	    (rc = cmd_doctor_resolver(a, &res, &progress)) != EXIT_OK)
		goto out;
	if ((rc = cmd_doctor_trust_dns(a, res, rec.note)) == EXIT_OK)
		rc = doctor_checkup_run(a, &f, res, &progress, &rec, &wrote);
	/* What the checks found, or that they could not: never nothing. */
	saved = cmd_doctor_record_save(a, &rec, rc);
	if (wrote != 0)
		rc = EXIT_RUNTIME;
	else if (saved != EXIT_OK && rc != EXIT_RUNTIME)
		rc = saved;
out:
	cmd_doctor_progress_end(&progress);
	dns_resolver_free(res);
	doctor_facts_release(&f);
	cmd_doctor_record_release(&rec);
	return rc;
}

int
cmd_doctor(struct cli_env *env, int argc, char **argv)
{
	struct doctor_args a = { .env = env, .db = &env->db };
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
		    "report only, record nothing (no evidence, no findings)",
		    NULL },
		{ "deadline", 0, 0, G_OPTION_ARG_INT, &a.deadline_s,
		    "seconds for all DNS work together (default 120)", "S" },
		{ "since", 0, 0, G_OPTION_ARG_STRING, &a.since,
		    "read the bounces recorded since this day", "YYYY-MM-DD" },
		{ "json", 0, 0, G_OPTION_ARG_NONE, &a.json,
		    "everything as one JSON object", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	int rc;

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if ((rc = cli_env_config(env)) == EXIT_OK) {
		doctor_config(&a);
		rc = a.recipients ? cmd_doctor_recipients(&a) :
		    doctor_checkup(&a, argv + 1, (size_t)argc - 1);
	}
	g_free(a.domain);
	g_strfreev(a.ips);
	g_strfreev(a.selectors);
	g_strfreev(a.dnsbls);
	g_strfreev(a.dbls);
	g_strfreev(a.canaries);
	g_free(a.server);
	g_free(a.domains_file);
	g_free(a.since);
	return rc;
}
