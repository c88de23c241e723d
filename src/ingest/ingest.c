/*
 * ingest: the loop source -> dsn -> sink, with periodic commits.  Nothing
 * here touches files, sockets or SQL directly.
 */
#include <string.h>

#include "ingest.h"
#include "ingest_int.h"
#include "log.h"

void
ingest_parse(const struct source_msg *msg, const struct dsn_rules *rules,
    int explain, struct ingest_parsed *p)
{
	memset(p, 0, sizeof(*p));
	if (msg->data == NULL)
		p->why = msg->unreadable;
	else if (dsn_parse(msg->data, msg->len, rules, explain, &p->rep,
	    &p->perr) < 0)
		p->why = p->perr.msg;
}

/*
 * Says that a message named more recipients than are read: a forged mass
 * bounce, most likely, but the admin should know the rest were not read.
 */
static void
ingest_warn_dropped(const struct source_msg *m, const struct dsn_report *rep)
{
	if (m->account != NULL)
		log_warn("%s/%s UID %u: %zu recipients past the first %d not "
		    "read", m->account, m->folder, m->uid, rep->ndropped,
		    DSN_RCPT_LIMIT);
	else if (m->index > 0)
		log_warn("'%s' message %ld: %zu recipients past the first %d "
		    "not read", m->path, m->index, rep->ndropped,
		    DSN_RCPT_LIMIT);
	else
		log_warn("'%s': %zu recipients past the first %d not read",
		    m->path, rep->ndropped, DSN_RCPT_LIMIT);
}

int
ingest_deliver(const struct source_msg *msg, struct ingest_parsed *p,
    struct ingest_sink *sink, struct ingest_stats *st, struct err *err)
{
	st->messages++;
	if (p->why != NULL) {
		st->unreadable++;
		return sink->unreadable(sink->ctx, msg, p->why, err);
	}
	if (p->rep.ndropped > 0)
		ingest_warn_dropped(msg, &p->rep);
	if (p->rep.nrcpt > 0) {
		st->reports++;
		st->recipients += (long)p->rep.nrcpt;
	}
	return sink->report(sink->ctx, msg, &p->rep, err);
}

void
ingest_parsed_release(struct ingest_parsed *p)
{
	if (p->why == NULL)
		dsn_report_release(&p->rep);
}

int
ingest_commit(struct source *src, struct ingest_sink *sink, struct err *err)
{
	if (sink->commit != NULL && sink->commit(sink->ctx, err) < 0)
		return -1;
	if (src->ops->committed != NULL && src->ops->committed(src->ctx,
	    err) < 0)
		return -1;
	return 0;
}

int
ingest_run(struct source *src, const struct dsn_rules *rules, int explain,
    struct ingest_sink *sink, long batch, struct ingest_stats *stats,
    struct err *err)
{
	struct ingest_parsed p;
	struct source_msg msg;
	long pending = 0;
	int r;

	memset(stats, 0, sizeof(*stats));
	while ((r = src->ops->next(src->ctx, &msg, err)) == 1) {
		ingest_parse(&msg, rules, explain, &p);
		r = ingest_deliver(&msg, &p, sink, stats, err);
		ingest_parsed_release(&p);
		if (r < 0)
			return -1;
		if (batch > 0 && ++pending >= batch) {
			if (ingest_commit(src, sink, err) < 0)
				return -1;
			pending = 0;
		}
	}
	if (r < 0)
		return -1;
	return ingest_commit(src, sink, err);
}
