/*
 * ingest_sent: sent mail and sent logs into the database (see
 * ingest_sent.h).  Must not parse MIME bodies nor write SQL.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "csv.h"
#include "dsn.h"
#include "ingest_sent.h"
#include "log.h"
#include "store_addr.h"

static int
sent_tx(struct store *st, struct err *err)
{
	return store_in_tx(st) ? 0 : store_begin(st, err);
}

static int
sent_commit(struct source *src, struct store *st, struct err *err)
{
	if (store_in_tx(st) && store_commit(st, err) < 0)
		return -1;
	if (src != NULL && src->ops->committed != NULL)
		return src->ops->committed(src->ctx, err);
	return 0;
}

/* "account/folder" or the path, for the sent row's source column. */
static char *
sent_place(const struct source_msg *m)
{
	if (m->account != NULL)
		return g_strdup_printf("%s/%s", m->account, m->folder);
	return g_strdup(m->path != NULL ? m->path : "-");
}

static void
sent_skip(const struct source_msg *m, const char *why,
    struct ingest_sent_stats *stats)
{
	stats->skipped++;
	if (m->account != NULL)
		log_warn("%s/%s UID %u: %s", m->account, m->folder, m->uid,
		    why);
	else if (m->index > 0)
		log_warn("'%s' message %ld: %s", m->path, m->index, why);
	else
		log_warn("'%s': %s", m->path, why);
}

/* A recipient that is no address is named and skipped. */
static int
sent_record(struct store *st, const struct store_sent *s,
    struct ingest_sent_stats *stats, struct err *err)
{
	char *key = store_addr_key(s->recipient);
	int added;

	if (key == NULL) {
		stats->skipped++;
		log_warn("'%s': '%s' is not an address", s->source,
		    s->recipient);
		return 0;
	}
	g_free(key);
	if (store_sent_add(st, s, &added, err) < 0)
		return -1;
	stats->recipients++;
	stats->added += added;
	return 0;
}

int
ingest_sent_message(struct store *st, const struct source_msg *m,
    struct ingest_sent_stats *stats, struct err *err)
{
	struct store_sent s = { 0 };
	struct dsn_sent d;
	struct err perr;
	char *place;
	size_t i;
	int rc = 0;

	if (m->data == NULL) {
		sent_skip(m, m->unreadable, stats);
		return 0;
	}
	if (dsn_sent_read(m->data, m->len, &d, &perr) < 0) {
		sent_skip(m, perr.msg, stats);
		return 0;
	}
	if (sent_tx(st, err) < 0) {
		dsn_sent_release(&d);
		return -1;
	}
	place = sent_place(m);
	s.message_id = d.message_id;
	s.date = d.date;
	s.source = place;
	for (i = 0; i < d.nrcpt && rc == 0; i++) {
		s.recipient = d.rcpt[i];
		rc = sent_record(st, &s, stats, err);
	}
	g_free(place);
	dsn_sent_release(&d);
	return rc;
}

int
ingest_sent_run(struct source *src, struct store *st, long batch,
    struct ingest_sent_stats *stats, struct err *err)
{
	struct source_msg m;
	long n = 0;
	int rc;

	while ((rc = src->ops->next(src->ctx, &m, err)) == 1) {
		stats->messages++;
		if (ingest_sent_message(st, &m, stats, err) < 0)
			break;
		if (batch > 0 && ++n % batch == 0 &&
		    sent_commit(src, st, err) < 0)
			break;
	}
	if (rc == 0)
		return sent_commit(src, st, err);
	store_rollback(st);
	return -1;
}

/* The columns of a sent log, by header name; -1 when absent. */
struct sent_cols {
	int	 addr, date, mid;
};

static int
sent_col_is(const char *name, const char *const *names)
{
	size_t i;

	for (i = 0; names[i] != NULL; i++)
		if (g_ascii_strcasecmp(name, names[i]) == 0)
			return 1;
	return 0;
}

static void
sent_cols_find(const struct csv_row *h, struct sent_cols *c)
{
	static const char *const addr[] = { "email", "e-mail", "address",
		"recipient", "to", NULL };
	static const char *const date[] = { "date", "sent", "sent_at",
		"time", "timestamp", NULL };
	static const char *const mid[] = { "message-id", "message_id",
		"messageid", NULL };
	size_t i;
	char *f;

	c->addr = c->date = c->mid = -1;
	for (i = h->nfields; i-- > 0;) {
		f = g_strstrip(g_strdup(h->fields[i]));
		if (sent_col_is(f, addr))
			c->addr = (int)i;
		else if (sent_col_is(f, date))
			c->date = (int)i;
		else if (sent_col_is(f, mid))
			c->mid = (int)i;
		g_free(f);
	}
}

/* Seconds since the epoch from ISO 8601 (UTC unless given) or digits. */
static long long
sent_log_date(const char *s)
{
	GTimeZone *utc;
	GDateTime *dt;
	long long t;
	char *end;

	errno = 0;
	t = g_ascii_strtoll(s, &end, 10);
	if (end != s && *end == '\0' && errno == 0)
		return t > 0 ? t : 0;
	utc = g_time_zone_new_utc();
	if ((dt = g_date_time_new_from_iso8601(s, utc)) == NULL) {
		/* A day alone: its midnight, UTC. */
		end = g_strconcat(s, "T00:00:00", NULL);
		dt = g_date_time_new_from_iso8601(end, utc);
		g_free(end);
	}
	g_time_zone_unref(utc);
	if (dt == NULL)
		return 0;
	t = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return t > 0 ? t : 0;
}

static int
sent_log_row(struct store *st, const char *path, const struct csv_row *r,
    const struct sent_cols *c, struct ingest_sent_stats *stats,
    struct err *err)
{
	struct store_sent s = { 0 };

	stats->messages++;
	if (r->error != NULL || (size_t)c->addr >= r->nfields ||
	    (size_t)c->date >= r->nfields) {
		stats->skipped++;
		log_warn("%s:%ld: %s", path, r->line, r->error != NULL ?
		    r->error : "missing fields");
		return 0;
	}
	s.recipient = r->fields[c->addr];
	if ((s.date = sent_log_date(r->fields[c->date])) == 0) {
		stats->skipped++;
		log_warn("%s:%ld: cannot read the date '%s'", path, r->line,
		    r->fields[c->date]);
		return 0;
	}
	if (c->mid >= 0 && (size_t)c->mid < r->nfields &&
	    r->fields[c->mid][0] != '\0')
		s.message_id = r->fields[c->mid];
	s.source = path;
	if (sent_record(st, &s, stats, err) < 0)
		return -1;
	return 0;
}

static enum ingest_sent_status
sent_log_read(struct csv_reader *r, struct store *st, const char *path,
    struct ingest_sent_stats *stats, struct err *err)
{
	struct sent_cols c;
	struct csv_row row;
	int rc;

	if ((rc = csv_reader_next(r, &row, err)) <= 0) {
		if (rc == 0)
			err_set(err, "'%s': empty", path);
		return INGEST_SENT_INPUT;
	}
	sent_cols_find(&row, &c);
	if (c.addr < 0 || c.date < 0) {
		err_set(err, "'%s': no %s column in the header line (email, "
		    "date, message-id)", path, c.addr < 0 ? "address" :
		    "date");
		return INGEST_SENT_INPUT;
	}
	if (sent_tx(st, err) < 0)
		return INGEST_SENT_STORE;
	while ((rc = csv_reader_next(r, &row, err)) == 1)
		if (sent_log_row(st, path, &row, &c, stats, err) < 0)
			return INGEST_SENT_STORE;
	return rc == 0 ? INGEST_SENT_OK : INGEST_SENT_INPUT;
}

/*
 * The separator the header line uses (, ; or tab), the file read again
 * from its start; ',' for what cannot be read twice (a pipe).
 */
static char
sent_log_sep(FILE *fp)
{
	char line[4096];
	char sep = ',';

	if (fseek(fp, 0, SEEK_SET) < 0)
		return sep;
	if (fgets(line, sizeof(line), fp) != NULL)
		sep = csv_sniff_sep(line, strlen(line));
	return fseek(fp, 0, SEEK_SET) < 0 ? ',' : sep;
}

enum ingest_sent_status
ingest_sent_log(const char *path, struct store *st,
    struct ingest_sent_stats *stats, struct err *err)
{
	enum ingest_sent_status rc;
	struct csv_reader *r;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL) {
		err_set(err, "cannot open '%s': %s", path, g_strerror(errno));
		return INGEST_SENT_INPUT;
	}
	r = csv_reader_new(fp);
	csv_reader_name(r, path);
	csv_reader_set_sep(r, sent_log_sep(fp));
	rc = sent_log_read(r, st, path, stats, err);
	csv_reader_free(r);
	fclose(fp);
	if (rc == INGEST_SENT_OK)
		return sent_commit(NULL, st, err) < 0 ? INGEST_SENT_STORE :
		    INGEST_SENT_OK;
	store_rollback(st);
	return rc;
}
