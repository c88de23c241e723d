/*
 * ingest_job: what a run of `ingest` or `harvest` does to the database
 * around the loop.  Per folder the cursor (UIDVALIDITY, last UID)
 * advances in the same transaction as the bounces it produced, and each
 * flag or move the source will do is recorded as due in it too; the
 * server is changed only after that commit (the source's committed()),
 * and the record cleared then.  What a run leaves due, the folder's next
 * run passes to the source to do first.  Every run ends with the expiry
 * of time-dependent statuses and its run row; a dry run does the same
 * work in one transaction it rolls back.
 *
 * Must not include a transport or SQLite: it speaks to source.h and
 * store.h.
 */
#include <string.h>

#include <glib.h>

#include "ingest_job.h"
#include "ingest_sent.h"
#include "log.h"

/* Sent messages per transaction. */
#define JOB_SENT_BATCH	2000

/* One folder's read: the store sink and the source, wrapped. */
struct job_folder {
	struct ingest_job	*j;
	struct ingest_sink	 inner;
	struct source		 src;
	const char		*account, *folder;
	const char		*label;
	size_t			 nretry;	/* an earlier run's, passed in */
	int			 acts;		/* the source flags or moves */
	long			 doubtful;	/* bounces left alone */
	long			 batch;	/* messages per commit */
	long			 due;	/* rows recorded since the last clear */
	long			 bounces;
	long			 done;
	long			 candidates;
};

/* Read as a failure or complaint: worth flagging or moving. */
static int
job_is_bounce(const struct dsn_report *rep)
{
	size_t i;

	for (i = 0; i < rep->nrcpt; i++)
		if (rep->rcpt[i].category != DSN_CAT_AUTOREPLY &&
		    rep->rcpt[i].category != DSN_CAT_DELIVERED)
			return 1;
	return 0;
}

static void
job_event(struct job_folder *f, const struct source_msg *m,
    const struct dsn_report *rep, const char *why)
{
	struct ingest_event ev = { f->label, m, rep, why, 0, 0, 0, 0 };

	if (f->j->o.event == NULL)
		return;
	if (m != NULL)
		f->done++;
	ev.bounce = rep != NULL && job_is_bounce(rep);
	ev.done = f->done;
	ev.candidates = f->candidates;
	ev.bounces = f->bounces;
	f->j->o.event(f->j->o.ctx, &ev);
}

/* A failed database write: no expiry at the end of the run. */
static int
job_db_failed(struct ingest_job *j)
{
	j->db_failed = 1;
	return -1;
}

/*
 * The cursor moves past m inside the transaction that recorded it; its
 * flag or move, when the source has one to do, is due from that commit
 * until the source has done it.
 */
static int
job_cursor(struct job_folder *f, const struct source_msg *m, int act,
    struct err *err)
{
	struct store *st = f->j->st;

	if (ingest_store_tx(&f->j->is, err) < 0)
		return job_db_failed(f->j);
	if (f->src.ops->ack != NULL &&
	    f->src.ops->ack(f->src.ctx, m, act)) {
		if (store_pending_add(st, m->account, m->folder,
		    m->uidvalidity, m->uid, err) < 0)
			return job_db_failed(f->j);
		f->due++;
	}
	if (store_cursor_set(st, m->account, m->folder, m->uidvalidity,
	    m->uid, err) < 0)
		return job_db_failed(f->j);
	return 0;
}

/*
 * A bounce whose failures do not all count (unverified or held, and not
 * accepted) stays where it is: in the inbox, for a person to see, not
 * out of the way with the bounces that did their work.
 */
static int
job_doubtful(struct job_folder *f, const struct source_msg *m,
    const struct dsn_report *rep, int *doubt, struct err *err)
{
	char *key = ingest_store_msg_key(m, rep);
	int rc;

	rc = store_message_doubt(f->j->st, key, doubt, err);
	g_free(key);
	f->doubtful += *doubt;
	return rc;
}

static int
job_report(void *ctx, const struct source_msg *m,
    const struct dsn_report *rep, struct err *err)
{
	struct job_folder *f = ctx;
	int bounce = job_is_bounce(rep), doubt = 0;

	f->bounces += bounce;
	job_event(f, m, rep, NULL);
	if (f->inner.report(f->inner.ctx, m, rep, err) < 0)
		return job_db_failed(f->j);
	if (f->j->o.dry_run)
		return 0;
	if (bounce && f->acts && job_doubtful(f, m, rep, &doubt, err) < 0)
		return job_db_failed(f->j);
	return job_cursor(f, m, bounce && !doubt, err);
}

/* Unreadable messages are acted on like bounces: out of the way. */
static int
job_unreadable(void *ctx, const struct source_msg *m, const char *why,
    struct err *err)
{
	struct job_folder *f = ctx;

	job_event(f, m, NULL, why);
	if (f->inner.unreadable(f->inner.ctx, m, why, err) < 0)
		return job_db_failed(f->j);
	if (f->j->o.dry_run)
		return 0;
	return job_cursor(f, m, 1, err);
}

static int
job_commit(void *ctx, struct err *err)
{
	struct job_folder *f = ctx;

	if (f->j->o.dry_run)
		return 0;
	if (f->inner.commit(f->inner.ctx, err) < 0)
		return job_db_failed(f->j);
	return 0;
}

/* The loop reads the folder's source through these two. */
static int
job_src_next(void *ctx, struct source_msg *msg, struct err *err)
{
	struct job_folder *f = ctx;

	return f->src.ops->next(f->src.ctx, msg, err);
}

/* The server has flagged or moved the batch: nothing is due any more. */
static int
job_src_committed(void *ctx, struct err *err)
{
	struct job_folder *f = ctx;

	if (f->j->o.dry_run || f->src.ops->committed == NULL)
		return 0;
	if (f->src.ops->committed(f->src.ctx, err) < 0)
		return -1;
	if (f->due == 0)
		return 0;
	f->due = 0;
	if (store_pending_clear(f->j->st, f->account, f->folder, err) < 0)
		return job_db_failed(f->j);
	return 0;
}

static const struct source_ops job_src_ops = {
	.next = job_src_next,
	.committed = job_src_committed,
};

static void
job_state_of(const struct source *src, struct source_state *st)
{
	memset(st, 0, sizeof(*st));
	if (src->ops->state != NULL)
		src->ops->state(src->ctx, st);
}

static void
job_state(const struct job_folder *f, struct source_state *st)
{
	job_state_of(&f->src, st);
}

/*
 * The flags or moves an earlier run left due: the source has done them
 * at open (or dropped them, UIDVALIDITY having changed).
 */
static int
job_retried(struct job_folder *f, const struct source_state *st,
    struct err *err)
{
	if (f->nretry == 0)
		return 0;
	if (st->rescan)
		log_warn("%s: UIDVALIDITY changed: %zu flag(s) or move(s) left "
		    "by an earlier run dropped, the folder is read again",
		    f->label, f->nretry);
	else
		log_warn("%s: %s %ld message(s) left by an earlier run, %ld no "
		    "longer in the folder", f->label, st->action != NULL ?
		    st->action : "acted on", st->retried, st->gone);
	if (store_pending_clear(f->j->st, f->account, f->folder, err) < 0)
		return job_db_failed(f->j);
	return 0;
}

/*
 * Once the folder is read and committed, no candidate is left at or
 * below high_uid: the next run searches only above it.
 */
static int
job_cursor_end(struct job_folder *f, const struct source_state *st,
    struct err *err)
{
	struct ingest_job *j = f->j;
	uint32_t uv = 0, last = 0;

	if (j->o.dry_run || st->uidvalidity == 0)
		return 0;
	if (ingest_store_tx(&j->is, err) < 0 ||
	    store_cursor_get(j->st, f->account, f->folder, &uv, &last,
	    err) < 0)
		return job_db_failed(j);
	if ((uv != st->uidvalidity || last < st->high_uid) &&
	    store_cursor_set(j->st, f->account, f->folder, st->uidvalidity,
	    st->high_uid, err) < 0)
		return job_db_failed(j);
	if (store_commit(j->st, err) < 0)
		return job_db_failed(j);
	return 0;
}

/*
 * The UIDs whose flag or move an earlier run committed but did not see
 * done, for the source to do first (*retry: g_free()).  None when the box
 * does nothing on the server or in a dry run: they stay due for a run
 * that acts.
 */
static int
job_cursor_get(struct job_folder *f, const struct source_box *box,
    struct source_cursor *cur, uint32_t **retry, struct err *err)
{
	struct ingest_job *j = f->j;

	memset(cur, 0, sizeof(*cur));
	*retry = NULL;
	if (store_cursor_get(j->st, f->account, f->folder, &cur->uidvalidity,
	    &cur->last_uid, err) < 0)
		return -1;
	if (!box->acts || j->o.dry_run || cur->uidvalidity == 0)
		return 0;
	if (store_pending_get(j->st, f->account, f->folder, cur->uidvalidity,
	    retry, &cur->nretry, err) < 0)
		return -1;
	cur->retry = *retry;
	return 0;
}

/* The box made its connection anew since it counted before. */
static void
job_reconnected(const struct source_box *box, long before)
{
	if (box->reconnects != before)
		log_warn("account '%s': reconnected", box->name);
}

/* Opens the folder's source at its cursor.  0 or -1. */
static int
job_open(struct job_folder *f, struct source_box *box, struct err *err)
{
	struct source_cursor cur;
	uint32_t *retry;
	long before = box->reconnects;
	int rc;

	if (job_cursor_get(f, box, &cur, &retry, err) < 0)
		return -1;
	f->nretry = cur.nretry;
	rc = box->ops->open(box->ctx, f->folder, &cur, &f->src, err);
	g_free(retry);
	job_reconnected(box, before);
	return rc;
}

static void
job_add(struct ingest_counts *c, const struct source_state *st,
    const struct ingest_stats *stats, const struct job_folder *f)
{
	c->folders++;
	c->candidates += st->candidates;
	c->messages += stats->messages;
	c->too_large += st->too_large;
	c->unreadable += stats->unreadable;
	c->recipients += stats->recipients;
	c->acted += st->acted;
	c->bounces += f->bounces;
	c->doubtful += f->doubtful;
}

/* Reads the open folder to its end.  0 or -1. */
static int
job_drain(struct job_folder *f, struct ingest_counts *c, struct err *err)
{
	struct ingest_sink sink = { job_report, job_unreadable, job_commit,
	    f };
	struct source src = { &job_src_ops, f };
	struct ingest_job *j = f->j;
	struct source_state st;
	struct ingest_stats stats = { 0 };
	int rc;

	job_state(f, &st);
	f->candidates = st.candidates;
	if (st.warning != NULL)
		log_warn("%s: %s", f->label, st.warning);
	if (st.note != NULL)
		log_info("%s: %s", f->label, st.note);
	if (job_retried(f, &st, err) < 0)
		return -1;
	rc = ingest_run(&src, j->rules, 0, &sink, f->batch, &stats, err);
	j->messages += stats.messages;
	job_event(f, NULL, NULL, NULL);
	job_state(f, &st);
	if (rc == 0)
		rc = job_cursor_end(f, &st, err);
	/*
	 * A failed attempt is retried or reported, its reads not counted;
	 * what it committed is (new_bounces, job_folder()).
	 */
	if (rc == 0)
		job_add(c, &st, &stats, f);
	return rc;
}

/* One folder of box. */
static int
job_folder(struct ingest_job *j, struct source_box *box, const char *folder,
    struct ingest_counts *c, struct err *err)
{
	struct job_folder f = { .j = j, .account = box->name,
	    .folder = folder, .acts = box->acts, .batch = box->batch > 0 ?
	    box->batch : j->o.batch };
	long durable = j->is.durable;
	char *label = g_strdup_printf("%s/%s", box->name, folder);
	int rc = -1;

	f.label = label;
	ingest_store_sink(&j->is, &f.inner);
	if (job_open(&f, box, err) == 0) {
		rc = job_drain(&f, c, err);
		f.src.ops->close(f.src.ctx);
	}
	/* A dry run keeps its one transaction to the end. */
	if (!j->o.dry_run && store_in_tx(j->st)) {
		store_rollback(j->st);
		j->is.applied = j->is.durable;
	}
	c->new_bounces += j->is.durable - durable;
	if (rc < 0)
		err_prefix(err, "%s", label);
	g_free(label);
	return rc;
}

/* The open Sent folder's transaction made durable (not in a dry run). */
static int
job_sent_commit(struct ingest_job *j, struct err *err)
{
	if (j->o.dry_run || !store_in_tx(j->st))
		return 0;
	return store_commit(j->st, err) < 0 ? job_db_failed(j) : 0;
}

/*
 * One sent message recorded, and the Sent folder's cursor past it, in
 * one transaction.
 */
static int
job_sent_one(struct ingest_job *j, const struct source_msg *m,
    struct ingest_sent_stats *stats, struct err *err)
{
	if (ingest_sent_message(j->st, m, stats, err) < 0 ||
	    ingest_store_tx(&j->is, err) < 0)
		return job_db_failed(j);
	if (!j->o.dry_run && store_sent_cursor_set(j->st, m->account,
	    m->folder, m->uidvalidity, m->uid, err) < 0)
		return job_db_failed(j);
	return 0;
}

/* Read to the end: the cursor may pass every UID the source saw. */
static int
job_sent_end(struct ingest_job *j, const char *account, const char *folder,
    const struct source_state *st, struct err *err)
{
	uint32_t uv = 0, last = 0;

	if (j->o.dry_run || st->uidvalidity == 0)
		return 0;
	if (ingest_store_tx(&j->is, err) < 0 ||
	    store_sent_cursor_get(j->st, account, folder, &uv, &last,
	    err) < 0)
		return job_db_failed(j);
	if ((uv != st->uidvalidity || last < st->high_uid) &&
	    store_sent_cursor_set(j->st, account, folder, st->uidvalidity,
	    st->high_uid, err) < 0)
		return job_db_failed(j);
	return job_sent_commit(j, err);
}

static int
job_sent_drain(struct ingest_job *j, struct source *src, const char *account,
    const char *folder, struct ingest_sent_stats *stats, struct err *err)
{
	struct source_state st;
	struct source_msg m;
	int rc;

	while ((rc = src->ops->next(src->ctx, &m, err)) == 1) {
		stats->messages++;
		if (job_sent_one(j, &m, stats, err) < 0)
			return -1;
		if (stats->messages % JOB_SENT_BATCH == 0 &&
		    job_sent_commit(j, err) < 0)
			return -1;
	}
	if (rc < 0)
		return -1;
	job_state_of(src, &st);
	return job_sent_end(j, account, folder, &st, err);
}

/*
 * One Sent folder of box, from its own cursor: each message's recipients
 * recorded, the cursor advanced with them.  0 or -1.
 */
static int
job_sent_folder(struct ingest_job *j, struct source_box *box,
    const char *folder, struct ingest_counts *c, struct err *err)
{
	struct ingest_sent_stats stats = { 0 };
	struct source_cursor cur = { 0 };
	struct source src;
	long before = box->reconnects;
	int rc = -1, opened;

	if (store_sent_cursor_get(j->st, box->name, folder, &cur.uidvalidity,
	    &cur.last_uid, err) < 0)
		return job_db_failed(j);
	opened = box->ops->open_sent(box->ctx, folder, &cur, &src, err) == 0;
	job_reconnected(box, before);
	if (opened) {
		rc = job_sent_drain(j, &src, box->name, folder, &stats, err);
		src.ops->close(src.ctx);
	}
	/* What the last commit holds stays; a dry run keeps its one. */
	if (rc < 0 && !j->o.dry_run && store_in_tx(j->st))
		store_rollback(j->st);
	if (rc == 0) {
		c->sent_folders++;
		c->sent_messages += stats.messages;
		c->sent_new += stats.added;
	}
	return rc;
}

/* One folder, or Sent folder (sent), of box: 0 or -1 with err set. */
static int
job_any(struct ingest_job *j, struct source_box *box, const char *folder,
    int sent, struct ingest_counts *c, struct err *err)
{
	char *label;
	int rc;

	if (!sent)
		return job_folder(j, box, folder, c, err);
	if ((rc = job_sent_folder(j, box, folder, c, err)) < 0) {
		label = g_strdup_printf("%s/%s (sent mail)", box->name,
		    folder);
		err_prefix(err, "%s", label);
		g_free(label);
	}
	return rc;
}

/*
 * Each folder of folders (Sent folders: sent) in turn; a failed one is
 * read once more when the box says it may help.  *failed set when one
 * could not be read.  -1 when no further folder can be.
 */
static int
job_each(struct ingest_job *j, struct source_box *box,
    const char *const *folders, int sent, struct ingest_counts *c,
    int *failed)
{
	struct err err;
	size_t i;
	int r;

	for (i = 0; folders != NULL && folders[i] != NULL; i++) {
		if (job_any(j, box, folders[i], sent, c, &err) == 0)
			continue;
		log_error("account '%s': %s", box->name, err.msg);
		if ((r = box->ops->recover(box->ctx)) > 0) {
			i--;
			continue;
		}
		*failed = 1;
		if (r < 0)
			return -1;
	}
	return 0;
}

int
ingest_job_box(struct ingest_job *j, struct source_box *box,
    struct ingest_counts *c)
{
	int failed = 0;

	if (box->ops->open_sent != NULL &&
	    job_each(j, box, box->sent, 1, c, &failed) < 0)
		return -1;
	job_each(j, box, box->folders, 0, c, &failed);
	return failed ? -1 : 0;
}

int
ingest_job_account(struct ingest_job *j, struct source_box *box,
    enum store_unverified u, struct ingest_counts *c)
{
	int rc;

	j->is.unverified = u;
	rc = ingest_job_box(j, box, c);
	j->is.unverified = STORE_UNVERIFIED_POLICY;
	return rc;
}

int
ingest_job_files(struct ingest_job *j, struct source *src,
    struct ingest_counts *c, struct err *err)
{
	struct ingest_sink sink;
	struct ingest_stats stats = { 0 };
	long unreadable = j->is.unreadable, durable = j->is.durable;
	long seen = j->is.seen;
	int rc;

	ingest_store_sink(&j->is, &sink);
	store_checkpoint_thread(j->st);
	rc = ingest_run_threaded(src, j->rules, 0, &sink, j->o.batch, &stats,
	    err);
	store_checkpoint_join(j->st);
	src->ops->close(src->ctx);
	if (rc < 0) {
		j->db_failed = 1;
		store_rollback(j->st);
		j->is.applied = j->is.durable;
	}
	j->messages += stats.messages;
	c->messages += stats.messages;
	c->unreadable += j->is.unreadable - unreadable;
	c->recipients += j->is.seen - seen;
	c->new_bounces += j->is.durable - durable;
	return rc;
}

/* The run row is its own small transaction, before and after the work. */
static int
job_run_mark(struct ingest_job *j, const struct store_run_counts *c, int ok,
    struct err *err)
{
	int rc;

	if (store_begin(j->st, err) < 0)
		return -1;
	if (c == NULL)
		rc = store_run_begin(j->st, j->o.command, j->o.source,
		    &j->is.run_id, err);
	else
		rc = store_run_end(j->st, j->is.run_id, c, ok, err);
	if (rc < 0) {
		store_rollback(j->st);
		return -1;
	}
	return store_commit(j->st, err);
}

int
ingest_job_begin(struct ingest_job *j, struct store *st,
    const struct dsn_rules *rules, const struct ingest_job_opts *o,
    struct err *err)
{
	memset(j, 0, sizeof(*j));
	j->st = st;
	j->rules = rules;
	j->o = *o;
	j->is.st = st;
	if (!o->dry_run)
		return job_run_mark(j, NULL, 0, err);
	/*
	 * A dry run does all the work in one transaction, rolled back at
	 * the end once it has said which statuses would change.
	 */
	if (store_begin(st, err) < 0)
		return -1;
	if (store_run_begin(st, o->command, o->source, &j->is.run_id,
	    err) < 0) {
		store_rollback(st);
		return -1;
	}
	return 0;
}

/*
 * Full and retry-later contacts whose quiet period ran out: run by every
 * job, so that any command that reads bounces (the nightly harvest
 * alone) lets them recover.
 */
static int
job_expire(struct ingest_job *j, struct err *err)
{
	if (ingest_store_tx(&j->is, err) < 0 ||
	    store_contact_expire(j->st, j->is.run_id, &j->expired, err) < 0 ||
	    (!j->o.dry_run && store_commit(j->st, err) < 0)) {
		if (store_in_tx(j->st))
			store_rollback(j->st);
		return -1;
	}
	return 0;
}

/* What the dry run would have changed, then none of it. */
static int
job_dry_end(struct ingest_job *j, struct err *err)
{
	int rc = 0;

	if (!j->db_failed)
		rc = job_expire(j, err);
	if (rc == 0 && j->o.change != NULL)
		rc = store_run_changes(j->st, j->is.run_id, j->o.change,
		    j->o.ctx, err);
	if (store_in_tx(j->st))
		store_rollback(j->st);
	return rc;
}

int
ingest_job_end(struct ingest_job *j, int ok, struct err *err)
{
	struct store_run_counts c = { 0 };
	int rc = 0;

	if (j->is.run_id == 0)
		return 0;
	if (j->o.dry_run)
		return job_dry_end(j, err);
	if (!j->db_failed)
		rc = job_expire(j, err);
	c.messages = j->messages;
	c.unreadable = j->is.unreadable;
	c.recipients = j->is.seen;
	c.applied = j->is.durable;
	/* A failed run is recorded too when the database still allows it. */
	if (job_run_mark(j, &c, ok && rc == 0, rc < 0 ? NULL : err) < 0)
		rc = -1;
	return rc;
}
