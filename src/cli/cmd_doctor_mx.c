/*
 * cmd_doctor_mx: `bounce-harvester doctor --recipients`: can each
 * recipient domain receive mail?  Asks DNS (the doctor module), then
 * records each definite answer as evidence in the database: a domain is
 * dead only when two runs at least confirm_hours apart see the same dead
 * answer, never when too many domains look dead at once (an outage), and
 * never when the canaries fail.  The store's policy turns confirmed
 * evidence into invalid contacts (hostunknown) and removes it when the
 * domain answers again.
 */
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "cmd_doctor.h"
#include "doctor.h"
#include "json.h"
#include "log.h"
#include "text.h"

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

/* What one run concluded about one distinct domain. */
struct doctor_dead {
	struct store_domain_result ev;
	int		 recorded;	/* ev is filled */
};

struct doctor_outcome {
	struct doctor_dead *dead;	/* per result, or NULL */
	long		 invalid;	/* contacts made invalid now */
	long		 restored;	/* contacts back: domain alive again */
	long		 confirm_secs;
	int		 db;		/* a database was used */
	int		 recorded;	/* evidence recorded (not --no-mark) */
};

static const char *
doctor_dead_text(const struct doctor_dead *d, long confirm_secs,
    char *buf, size_t size)
{
	char day[32], next[32];

	if (!d->recorded)
		return "";
	switch (d->ev.verdict) {
	case STORE_DOMAIN_FIRST:
	case STORE_DOMAIN_WAITING:
		g_snprintf(buf, size, " [seen dead since %s; not yet "
		    "believed: a run after %s must see it again]",
		    cli_date_format(d->ev.first_seen, day, sizeof day),
		    cli_date_format(d->ev.first_seen + confirm_secs, next,
		    sizeof next));
		break;
	case STORE_DOMAIN_CONFIRMED:
		g_snprintf(buf, size, " [confirmed dead %s: contacts invalid]",
		    cli_date_format(d->ev.confirmed, day, sizeof day));
		break;
	default:
		return "";
	}
	return buf;
}

static void
doctor_mx_text(GString *o, const struct doctor_mx_result *r, size_t n,
    const struct doctor_outcome *oc)
{
	long counts[DOCTOR_MX_UNKNOWN + 1] = { 0 };
	char buf[256];
	size_t i;
	int s;

	for (i = 0; i < n; i++)
		counts[r[i].state]++;
	text_printf(o, "%zu domains checked:", n);
	for (s = 0; s <= DOCTOR_MX_UNKNOWN; s++)
		text_printf(o, " %s %ld%s",
		    doctor_mx_state_name((enum doctor_mx_state)s), counts[s],
		    s < DOCTOR_MX_UNKNOWN ? "," : "\n");
	for (i = 0; i < n; i++)
		if (r[i].state != DOCTOR_MX_OK)
			text_printf(o, "  %-40s %-13s %s%s%s\n",
			    r[i].domain, doctor_mx_state_name(r[i].state),
			    r[i].detail, doctor_mx_dead(r[i].state) ?
			    " (cannot receive mail)" : "", oc->dead == NULL ?
			    "" : doctor_dead_text(&oc->dead[i],
			    oc->confirm_secs, buf, sizeof buf));
	if (oc->recorded)
		text_printf(o, "%ld contacts marked invalid "
		    "(hostunknown, domain confirmed dead), %ld back to their "
		    "status (domain answers again)\n", oc->invalid,
		    oc->restored);
	else if (oc->db)
		g_string_append(o, "--no-mark: nothing recorded\n");
}

static const char *
doctor_dead_name(const struct doctor_outcome *oc, size_t i)
{
	static const char *const names[] = { NULL, "first-seen", "waiting",
		"confirmed" };

	if (oc->dead == NULL || !oc->dead[i].recorded)
		return NULL;
	return names[oc->dead[i].ev.verdict];
}

static void
doctor_mx_json(GString *o, const struct doctor_mx_result *r, size_t n,
    const struct doctor_outcome *oc)
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
		json_kv_str(o, &first, "evidence", doctor_dead_name(oc, i));
		g_string_append_c(o, '}');
		dead += doctor_mx_dead(r[i].state) != 0;
	}
	g_string_append_printf(o, "],\"checked\":%zu,\"cannot_receive\":%zu",
	    n, dead);
	if (oc->db)
		g_string_append_printf(o, ",\"marked_invalid\":%ld,"
		    "\"restored\":%ld", oc->invalid, oc->restored);
	g_string_append(o, "}\n");
}

/*
 * Contacts whose domain a check may still change: not invalid or
 * complained, or invalid only because their domain was found dead (so
 * that a domain alive again is seen and its contacts restored).
 */
static int
doctor_contact_open(const struct store_contact *c)
{
	enum store_status st;

	if (store_status_parse(c->status, &st) < 0)
		return 0;
	if (st == STORE_INVALID)
		return c->reason != NULL && strcmp(c->reason, "hostunknown") ==
		    0;
	return st != STORE_COMPLAINED;
}

struct doctor_domain_set {
	GHashTable	*seen;
	GPtrArray	*list;
};

static void
doctor_domain_add(struct doctor_domain_set *d, const char *domain)
{
	if (g_hash_table_contains(d->seen, domain))
		return;
	g_hash_table_add(d->seen, g_strdup(domain));
	g_ptr_array_add(d->list, g_strdup(domain));
}

static int
doctor_contact_domain(void *ctx, const struct store_contact *c)
{
	const char *at = strrchr(c->address, '@');

	if (at != NULL && doctor_contact_open(c))
		doctor_domain_add(ctx, at + 1);
	return 0;
}

static int
doctor_evidence_domain(void *ctx, const struct store_domain_row *r)
{
	doctor_domain_add(ctx, r->domain);
	return 0;
}

/*
 * Every distinct domain of the contacts a check may change, and every
 * domain with evidence recorded (so that it is asked again).
 */
static int
doctor_store_domains(struct store *st, GPtrArray *out)
{
	struct doctor_domain_set d = { g_hash_table_new_full(g_str_hash,
	    g_str_equal, g_free, NULL), out };
	struct store_filter all = { NULL, NULL, 0 };
	struct err err;
	int rc;

	rc = store_contact_each(st, &all, doctor_contact_domain, &d, &err);
	if (rc == 0)
		rc = store_domain_each(st, doctor_evidence_domain, &d, &err);
	if (rc < 0)
		log_error("doctor: %s", err.msg);
	g_hash_table_unref(d.seen);
	return rc < 0 ? EXIT_STORE : EXIT_OK;
}

/*
 * One transaction: each definite answer recorded as evidence (dead) or
 * its absence (alive); unknown answers change nothing.
 */
static int
doctor_record_evidence(struct store *st, const struct doctor_mx_result *r,
    size_t n, struct doctor_outcome *oc)
{
	struct doctor_dead *d;
	struct err err;
	size_t i;

	if (store_begin(st, &err) < 0)
		goto fail;
	for (i = 0; i < n; i++) {
		d = &oc->dead[i];
		if (r[i].state == DOCTOR_MX_UNKNOWN)
			continue;
		if (store_domain_observe(st, 0, r[i].domain,
		    doctor_mx_dead(r[i].state) ? doctor_mx_state_name(
		    r[i].state) : NULL, r[i].detail, oc->confirm_secs, &d->ev,
		    &err) < 0)
			goto fail;
		d->recorded = 1;
		if (d->ev.verdict == STORE_DOMAIN_CONFIRMED)
			oc->invalid += d->ev.changed;
		else
			oc->restored += d->ev.changed;
	}
	if (store_commit(st, &err) < 0)
		goto fail;
	oc->recorded = 1;
	return EXIT_OK;
fail:
	store_rollback(st);
	log_error("doctor: %s", err.msg);
	return EXIT_STORE;
}

static int
doctor_recipient_domains(struct doctor_args *a, GPtrArray *domains)
{
	int rc;

	if (a->domains_file != NULL)
		return doctor_domains_read(a->domains_file, domains) < 0 ?
		    EXIT_USAGE : EXIT_OK;
	if ((rc = cmd_doctor_db_open(a, a->no_mark ? STORE_READ :
	    STORE_EXISTING)) != EXIT_OK)
		return rc;
	if (a->db->st == NULL) {
		log_error("doctor: --recipients: no contact database (give "
		    "--db FILE, or --domains FILE for a list of domains)");
		return EXIT_USAGE;
	}
	return doctor_store_domains(a->db->st, domains);
}

static int
doctor_recipients_out(const struct doctor_args *a,
    const struct doctor_mx_result *r, size_t n,
    const struct doctor_outcome *oc)
{
	GString *o = g_string_sized_new(4096);
	int rc;

	if (a->json)
		doctor_mx_json(o, r, n, oc);
	else
		doctor_mx_text(o, r, n, oc);
	rc = cmd_doctor_write(o) == 0 ? EXIT_OK : EXIT_RUNTIME;
	g_string_free(o, TRUE);
	return rc;
}

/*
 * Many dead domains at once is an outage or a filter, not a finding:
 * EXIT_UNCHECKED (said why, also in note) when more than the allowed
 * share (at least one domain) of the domains checked is dead.
 */
static int
doctor_outage(const struct doctor_args *a, const struct doctor_mx_result *r,
    size_t n, GString *note)
{
	int pct = a->max_dead_percent > 0 ? a->max_dead_percent :
	    DOCTOR_MAX_DEAD_PERCENT;
	size_t i, dead = 0, allowed;

	for (i = 0; i < n; i++)
		dead += doctor_mx_dead(r[i].state) != 0;
	allowed = MAX((size_t)1, n * (size_t)pct / 100);
	if (dead <= allowed)
		return EXIT_OK;
	log_error("doctor: could not check: %zu of %zu domains look dead at "
	    "once, more than %d%% (max_dead_percent): that is a DNS outage or "
	    "filter, not %zu dead domains; nothing recorded, nothing changed",
	    dead, n, pct, dead);
	g_string_printf(note, "%zu of %zu domains looked dead at once, more "
	    "than %d%% (max_dead_percent): a DNS outage or filter", dead, n,
	    pct);
	return EXIT_UNCHECKED;
}

/* The exit code of the check: dead domains are problems found. */
static int
doctor_recipients_rc(struct dns_resolver *res,
    const struct doctor_mx_result *r, size_t n)
{
	size_t i;
	int dead = 0;

	for (i = 0; i < n; i++)
		dead += doctor_mx_dead(r[i].state) != 0;
	return cmd_doctor_verdict(res, dead);
}

/* Findings kept of the domains DNS did not answer for (the rest counted). */
#define DOCTOR_UNKNOWN_KEPT	100

/*
 * The domains that cannot receive mail or could not be checked, for the
 * database; the others are counted as passed.
 */
static void
doctor_mx_findings(struct doctor_record *rec,
    const struct doctor_mx_result *r, size_t n,
    const struct doctor_outcome *oc)
{
	char buf[256], *summary;
	size_t i;
	long unknown = 0;

	for (i = 0; i < n; i++) {
		if (r[i].state == DOCTOR_MX_UNKNOWN &&
		    unknown++ >= DOCTOR_UNKNOWN_KEPT)
			rec->unchecked++;
		else if (r[i].state == DOCTOR_MX_UNKNOWN)
			cmd_doctor_record_add(rec, "mx", r[i].domain,
			    STORE_DOCTOR_UNCHECKED, "unknown", r[i].detail,
			    NULL);
		else if (!doctor_mx_dead(r[i].state))
			rec->passed++;
		else {
			summary = g_strdup_printf("%s: %s (cannot receive "
			    "mail)%s", doctor_mx_state_name(r[i].state),
			    r[i].detail, oc->dead == NULL ? "" :
			    doctor_dead_text(&oc->dead[i], oc->confirm_secs,
			    buf, sizeof buf));
			cmd_doctor_record_add(rec, "mx", r[i].domain,
			    STORE_DOCTOR_FAIL, "fail", summary, "no mail can "
			    "reach this domain: ask its contacts for another "
			    "address, by phone or through a colleague");
			g_free(summary);
		}
	}
}

/*
 * Asks DNS for every domain and records the evidence: the verdict
 * (EXIT_OK, EXIT_PARTIAL, EXIT_UNCHECKED, EXIT_RUNTIME: DNS failed;
 * EXIT_STORE), the findings in rec, *wrote 0 if the report was written.
 */
static int
doctor_recipients_run(struct doctor_args *a, GPtrArray *domains,
    struct dns_resolver *res, struct doctor_progress *progress,
    struct doctor_record *rec, int *wrote)
{
	size_t i, n = domains->len;
	struct doctor_mx_result *results;
	struct doctor_outcome oc = { 0 };
	struct err err;
	int rc;

	oc.confirm_secs = 3600L * (a->confirm_hours > 0 ? a->confirm_hours :
	    DOCTOR_CONFIRM_HOURS);
	results = g_new0(struct doctor_mx_result, n > 0 ? n : 1);
	rc = doctor_mx_check(res, (char *const *)domains->pdata, n, results,
	    &err);
	cmd_doctor_progress_end(progress);
	if (rc < 0) {
		log_error("doctor: %s", err.msg);
		g_string_assign(rec->note, err.msg);
		rc = EXIT_RUNTIME;
		goto out;
	}
	if ((rc = doctor_outage(a, results, n, rec->note)) != EXIT_OK)
		goto out;
	oc.db = a->db->st != NULL;
	oc.dead = g_new0(struct doctor_dead, n > 0 ? n : 1);
	if (oc.db && !a->no_mark &&
	    (rc = doctor_record_evidence(a->db->st, results, n,
	    &oc)) != EXIT_OK)
		goto out;
	*wrote = doctor_recipients_out(a, results, n, &oc);
	rc = doctor_recipients_rc(res, results, n);
	doctor_mx_findings(rec, results, n, &oc);
out:
	for (i = 0; i < n; i++)
		doctor_mx_result_release(&results[i]);
	g_free(results);
	g_free(oc.dead);
	return rc;
}

int
cmd_doctor_recipients(struct doctor_args *a)
{
	GPtrArray *domains = g_ptr_array_new_with_free_func(g_free);
	struct doctor_progress progress = { 0 };
	struct dns_resolver *res = NULL;
	struct doctor_record rec;
	int rc, saved, wrote = EXIT_OK;

	cmd_doctor_record_init(&rec, "recipients");
	if ((rc = doctor_recipient_domains(a, domains)) != EXIT_OK ||
	    (rc = cmd_doctor_resolver(a, &res, &progress)) != EXIT_OK)
		goto out;
	if ((rc = cmd_doctor_trust_dns(a, res, rec.note)) == EXIT_OK)
		rc = doctor_recipients_run(a, domains, res, &progress, &rec,
		    &wrote);
	/* A database error recorded nothing; anything else is recorded. */
	if (rc == EXIT_STORE)
		goto out;
	saved = cmd_doctor_record_save(a, &rec, rc);
	if (wrote != EXIT_OK)
		rc = EXIT_RUNTIME;
	else if (saved != EXIT_OK && rc != EXIT_RUNTIME)
		rc = saved;
out:
	cmd_doctor_progress_end(&progress);
	dns_resolver_free(res);
	g_ptr_array_unref(domains);
	cmd_doctor_record_release(&rec);
	return rc;
}
