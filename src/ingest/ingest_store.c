/*
 * ingest_store: maps each dsn recipient to a store bounce.  No SQL here
 * (the store owns it) and no knowledge of where messages come from.
 */
#include <string.h>

#include <glib.h>

#include "ingest_store.h"
#include "log.h"

int
ingest_store_tx(struct ingest_store *is, struct err *err)
{
	if (store_in_tx(is->st))
		return 0;
	return store_begin(is->st, err);
}

char *
ingest_store_msg_key(const struct source_msg *msg,
    const struct dsn_report *rep)
{
	char *sum, *key;

	if (rep->message_id != NULL && rep->message_id[0] != '\0')
		return g_strconcat("mid:", rep->message_id, NULL);
	if (msg->raw_key != NULL)
		return g_strdup(msg->raw_key);
	sum = g_compute_checksum_for_data(G_CHECKSUM_SHA256,
	    (const guchar *)msg->data, msg->len);
	key = g_strconcat("sha256:", sum, NULL);
	g_free(sum);
	return key;
}

static void
ingest_store_fill(struct store_bounce *b, const struct source_msg *m,
    const struct dsn_report *rep, const struct dsn_recipient *r)
{
	memset(b, 0, sizeof(*b));
	b->recipient = r->addr;
	b->kind = dsn_kind_name(rep->kind);
	b->category = dsn_category_name(r->category);
	b->reason = r->reason;
	b->status = r->status;
	b->code = r->code;
	b->action = r->action;
	b->hard = r->hard;
	b->diagnostic = r->diagnostic;
	b->remote_mta = r->remote_mta;
	b->reporting_mta = rep->reporting_mta;
	b->date = rep->timestamp;
	b->arrival = m->arrival != 0 ? m->arrival : dsn_report_arrival(rep);
	b->doubt = rep->doubt;
	b->sender = rep->from;
	b->notice_subject = rep->subject;
	b->date_text = rep->date;
	b->original_message_id = rep->original_message_id;
	/* An auto-reply returns nothing; it names what it answers. */
	if (rep->kind == DSN_KIND_AUTOREPLY && b->original_message_id == NULL)
		b->original_message_id = rep->in_reply_to;
	b->original_subject = rep->original_subject;
	b->replacement = r->replacement;
	b->feedback_type = r->feedback_type;
	b->rule = r->rule;
	if (m->account != NULL) {
		b->account = m->account;
		b->folder = m->folder;
		b->uidvalidity = m->uidvalidity;
		b->uid = m->uid;
	} else {
		b->file = m->path;
		b->msg_index = m->index;
	}
}

static int
ingest_store_report(void *ctx, const struct source_msg *m,
    const struct dsn_report *rep, struct err *err)
{
	struct ingest_store *is = ctx;
	struct store_bounce b;
	char *key;
	size_t i;
	int added, rc = 0;

	if (rep->nrcpt == 0)
		return 0;
	if (ingest_store_tx(is, err) < 0)
		return -1;
	key = ingest_store_msg_key(m, rep);
	for (i = 0; i < rep->nrcpt && rc == 0; i++) {
		ingest_store_fill(&b, m, rep, &rep->rcpt[i]);
		b.msg_key = key;
		b.unverified = is->unverified;
		rc = store_bounce_apply(is->st, is->run_id, &b, &added, err);
		is->seen++;
		is->applied += added;
	}
	g_free(key);
	return rc;
}

static void
ingest_store_log_unreadable(const struct source_msg *m, const char *why)
{
	if (m->account != NULL)
		log_error("%s/%s UID %u: unreadable: %s", m->account,
		    m->folder, m->uid, why);
	else if (m->index > 0)
		log_error("'%s' message %ld: unreadable: %s", m->path,
		    m->index, why);
	else
		log_error("'%s': unreadable: %s", m->path, why);
}

/* skipped_messages.kind of each enum source_skip. */
static const char *const ingest_skip_kind[] = {
	[SOURCE_UNREADABLE] = "unreadable",
	[SOURCE_TOO_LARGE] = "too-large",
	[SOURCE_NO_BODY] = "no-body",
};

/*
 * Logged, and recorded in the database (skipped_messages) in the batch's
 * transaction, so that `report` lists it and a rerun adds nothing.
 */
static int
ingest_store_unreadable(void *ctx, const struct source_msg *m,
    const char *why, struct err *err)
{
	struct ingest_store *is = ctx;
	struct store_skipped k = { 0 };
	char *source;
	int rc;

	is->unreadable++;
	ingest_store_log_unreadable(m, why);
	if (m->account != NULL) {
		source = g_strdup_printf("%s/%s", m->account, m->folder);
		k.uidvalidity = m->uidvalidity;
		k.uid = m->uid;
	} else {
		source = g_strdup(m->path != NULL ? m->path : "-");
		k.index = m->index > 0 ? m->index : 0;
	}
	k.source = source;
	k.kind = ingest_skip_kind[m->skip];
	k.detail = why;
	rc = ingest_store_tx(is, err) < 0 ? -1 :
	    store_skipped_add(is->st, is->run_id, &k, err);
	g_free(source);
	return rc;
}

static int
ingest_store_commit(void *ctx, struct err *err)
{
	struct ingest_store *is = ctx;

	if (store_in_tx(is->st) && store_commit(is->st, err) < 0)
		return -1;
	is->durable = is->applied;
	return 0;
}

void
ingest_store_sink(struct ingest_store *is, struct ingest_sink *sink)
{
	sink->report = ingest_store_report;
	sink->unreadable = ingest_store_unreadable;
	sink->commit = ingest_store_commit;
	sink->ctx = is;
}
