/*
 * ingest_int: the halves of one turn of the loop, shared by the plain loop
 * (ingest.c) and the two-thread one (ingest_thread.c).  Not for use
 * outside src/ingest/.
 */
#ifndef BH_INGEST_INT_H
#define BH_INGEST_INT_H

#include "ingest.h"

/* What reading one message gave: a report, or why it is unreadable. */
struct ingest_parsed {
	struct dsn_report rep;		/* valid when why is NULL */
	const char	*why;		/* msg->unreadable or perr.msg */
	struct err	 perr;
};

/* Reads msg with the dsn module.  Touches neither the sink nor stats. */
void	ingest_parse(const struct source_msg *msg,
	    const struct dsn_rules *rules, int explain, struct ingest_parsed *p);
/* Hands p to the sink and counts it.  0 or -1. */
int	ingest_deliver(const struct source_msg *msg, struct ingest_parsed *p,
	    struct ingest_sink *sink, struct ingest_stats *st,
	    struct err *err);
/* Frees what ingest_parse() allocated. */
void	ingest_parsed_release(struct ingest_parsed *p);
/* The sink's commit, then the source's committed().  0 or -1. */
int	ingest_commit(struct source *src, struct ingest_sink *sink,
	    struct err *err);

#endif
