/*
 * ingest: the loop source -> dsn -> sink, with periodic commits.  Nothing
 * here touches files, sockets or SQL directly.
 */
#include <string.h>

#include "ingest.h"

static int
ingest_commit(struct source *src, struct ingest_sink *sink, struct err *err)
{
	if (sink->commit != NULL && sink->commit(sink->ctx, err) < 0)
		return -1;
	if (src->ops->committed != NULL && src->ops->committed(src->ctx,
	    err) < 0)
		return -1;
	return 0;
}

static int
ingest_one(const struct source_msg *msg, const struct dsn_rules *rules,
    int explain, struct ingest_sink *sink, struct ingest_stats *st,
    struct err *err)
{
	struct dsn_report rep;
	struct err perr;
	int r;

	st->messages++;
	if (msg->data == NULL) {
		st->unreadable++;
		return sink->unreadable(sink->ctx, msg, msg->unreadable, err);
	}
	if (dsn_parse(msg->data, msg->len, rules, explain, &rep, &perr) < 0) {
		st->unreadable++;
		return sink->unreadable(sink->ctx, msg, perr.msg, err);
	}
	if (rep.nrcpt > 0) {
		st->reports++;
		st->recipients += (long)rep.nrcpt;
	}
	r = sink->report(sink->ctx, msg, &rep, err);
	dsn_report_release(&rep);
	return r;
}

int
ingest_run(struct source *src, const struct dsn_rules *rules, int explain,
    struct ingest_sink *sink, long batch, struct ingest_stats *stats,
    struct err *err)
{
	struct source_msg msg;
	long pending = 0;
	int r;

	memset(stats, 0, sizeof(*stats));
	while ((r = src->ops->next(src->ctx, &msg, err)) == 1) {
		if (ingest_one(&msg, rules, explain, sink, stats, err) < 0)
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
