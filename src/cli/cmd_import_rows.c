/*
 * cmd_import_rows: the rows of an import.  A row is first prepared (its
 * fields counted, its original columns written back as one RFC 4180
 * line, its address judged by the store's pure rules), then applied
 * (counted, reported when skipped, written to the database).  For the
 * bulk of a file a reader thread prepares rows while the caller's thread
 * applies them, in the same order: preparing is about as much work as
 * SQLite's, so a second core halves the wait.
 *
 * Only the reader thread touches the CSV reader while it runs; only the
 * caller's touches the store, the counts and the log.
 */
#include <string.h>

#include "cmd_import.h"
#include "handoff.h"
#include "log.h"
#include "text.h"

/*
 * Rows per chunk handed over; chunks waiting at most, and their bytes.
 * With what the writer has taken, up to 8,192 rows are in flight: enough
 * to ride over the writer's pauses (cache spills), little memory (64
 * chunks made the import's peak RSS 64 MB instead of 54, no faster).
 */
#define CHUNK_ROWS	256
#define CHUNK_MAX	16
#define CHUNK_BYTES	(4u * 1024 * 1024)

#define NOSTR	((size_t)-1)

/* One CSV record, ready for the store.  Strings: offsets into the text. */
struct import_rec {
	long		 line;
	const char	*error;		/* malformed: why (static) */
	size_t		 nfields;
	size_t		 address, columns, key, suggestion;	/* or NOSTR */
	const char	*status, *reason;	/* static */
	enum store_import_result res;
};

/* Consecutive records; the end of the file (rc, err) when end is set. */
struct import_chunk {
	GString		*text;
	GArray		*recs;		/* struct import_rec */
	int		 end, rc;
	struct err	 err;
};

static struct import_chunk *
chunk_new(void)
{
	struct import_chunk *c = g_new0(struct import_chunk, 1);

	c->text = g_string_sized_new(CHUNK_ROWS * 160);
	c->recs = g_array_sized_new(FALSE, FALSE, sizeof(struct import_rec),
	    CHUNK_ROWS);
	return c;
}

static void
chunk_free(gpointer p)
{
	struct import_chunk *c = p;

	g_string_free(c->text, TRUE);
	g_array_free(c->recs, TRUE);
	g_free(c);
}

static size_t
chunk_str(struct import_chunk *c, const char *s)
{
	size_t off = c->text->len;

	if (s == NULL)
		return NOSTR;
	g_string_append_len(c->text, s, (gssize)strlen(s) + 1);
	return off;
}

static const char *
chunk_at(const struct import_chunk *c, size_t off)
{
	return off == NOSTR ? NULL : c->text->str + off;
}

/*
 * NULL, or why an address cannot be a contact's whatever its syntax: text
 * no mail system would carry, and that would reach every later listing.
 */
static const char *
chunk_addr_refused(const char *addr)
{
	if (!g_utf8_validate(addr, -1, NULL))
		return "the address is not valid UTF-8";
	if (text_is_unsafe(addr))
		return "the address holds a control character";
	return NULL;
}

/* Prepares one record into c.  Touches nothing but c. */
static void
chunk_add(const struct import_ctx *x, struct import_chunk *c,
    char *const *fields, size_t n, long line, const char *why)
{
	struct store_import_verdict v;
	struct import_rec r;

	memset(&r, 0, sizeof(r));
	r.line = line;
	if (why == NULL && n == x->ncols)
		why = chunk_addr_refused(fields[x->email_col]);
	r.error = why;
	r.nfields = n;
	r.address = r.columns = r.key = r.suggestion = NOSTR;
	if (why == NULL && n == x->ncols) {
		r.columns = c->text->len;
		csv_row_append(c->text, fields, x->nkeep, 0);
		g_string_append_c(c->text, '\0');
		r.address = chunk_str(c, fields[x->email_col]);
		store_import_judge(fields[x->email_col], &v);
		r.res = v.res;
		r.key = chunk_str(c, v.key);
		r.suggestion = chunk_str(c, v.suggestion);
		r.status = v.status;
		r.reason = v.reason;
		store_import_verdict_release(&v);
	}
	g_array_append_val(c->recs, r);
}

/* Rows ready for the store, written together (store_contacts_...()). */
struct import_batch {
	struct store_import_row	 rows[CHUNK_ROWS];
	struct store_import_verdict v[CHUNK_ROWS];
	size_t			 n;
};

static int
batch_write(struct import_ctx *x, struct import_batch *b, struct err *err)
{
	size_t n = b->n;

	b->n = 0;
	return store_contacts_import_judged(x->st, b->rows, b->v, n, err);
}

/* Reports a skipped record, after writing what came before it. */
static int
rec_skip(struct import_ctx *x, struct import_batch *b,
    const struct import_rec *r, struct err *err)
{
	if (batch_write(x, b, err) < 0)
		return -1;
	if (r->error != NULL)
		log_error("%s:%ld: malformed row skipped: %s", x->file, r->line,
		    r->error);
	else if (r->nfields != x->ncols)
		log_error("%s:%ld: malformed row skipped: %zu fields, the "
		    "header has %zu", x->file, r->line, r->nfields, x->ncols);
	else
		log_error("%s:%ld: no address in the e-mail column: row "
		    "skipped", x->file, r->line);
	return 0;
}

/*
 * The addresses seen in this file, as 64-bit hashes in an open-addressed
 * table (8 bytes a row, not a string each): a second row for one of them
 * is a duplicate, merged into the first.  A collision (about one in 10^7
 * at a million rows) only miscounts.
 */
struct import_seen {
	guint64		*slot;		/* 0: free */
	size_t		 size, used;	/* size: a power of two */
};

static guint64
seen_hash(const char *s)
{
	guint64 h = 14695981039346656037ull;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h != 0 ? h : 1;
}

static int
seen_put_hash(struct import_seen *t, guint64 h)
{
	size_t i = (size_t)h & (t->size - 1);

	while (t->slot[i] != 0) {
		if (t->slot[i] == h)
			return 1;
		i = (i + 1) & (t->size - 1);
	}
	t->slot[i] = h;
	t->used++;
	return 0;
}

/* 1 if key was seen before in this file; else records it, 0. */
static int
seen_put(struct import_seen *t, const char *key)
{
	guint64 *old = t->slot;
	size_t n = t->size, i;

	if (2 * (t->used + 1) > t->size) {
		t->size = n == 0 ? 1024 : 2 * n;
		t->slot = g_new0(guint64, t->size);
		t->used = 0;
		for (i = 0; i < n; i++)
			if (old[i] != 0)
				seen_put_hash(t, old[i]);
		g_free(old);
	}
	return seen_put_hash(t, seen_hash(key));
}

void
import_seen_free(struct import_seen *t)
{
	if (t == NULL)
		return;
	g_free(t->slot);
	g_free(t);
}

/* Counts one prepared record; reports it if skipped, else batches it. */
static int
rec_apply(struct import_ctx *x, const struct import_chunk *c,
    const struct import_rec *r, struct import_batch *b, struct err *err)
{
	struct store_import_verdict *v;
	struct store_import_row *row;

	x->n.rows++;
	if (r->error != NULL || r->nfields != x->ncols) {
		x->n.malformed++;
		return rec_skip(x, b, r, err);
	}
	if (r->res == STORE_IMPORT_NOADDR) {
		x->n.noaddr++;
		return rec_skip(x, b, r, err);
	}
	if (x->seen == NULL)
		x->seen = g_new0(struct import_seen, 1);
	x->n.dups += seen_put(x->seen, chunk_at(c, r->key));
	x->n.syntax += r->res == STORE_IMPORT_SYNTAX;
	x->n.suspect += r->res == STORE_IMPORT_SUSPECT;
	v = &b->v[b->n];
	row = &b->rows[b->n++];
	v->res = r->res;
	v->key = (char *)chunk_at(c, r->key);
	v->status = r->status;
	v->reason = r->reason;
	v->suggestion = (char *)chunk_at(c, r->suggestion);
	row->address = chunk_at(c, r->address);
	row->columns = chunk_at(c, r->columns);
	row->header_id = x->header_id;
	return 0;
}

/* Applies a chunk's records in order; its rows are written before return. */
static int
chunk_apply(struct import_ctx *x, const struct import_chunk *c,
    struct err *err)
{
	struct import_batch *b = g_new(struct import_batch, 1);
	guint i;
	int rc = 0;

	b->n = 0;
	for (i = 0; rc == 0 && i < c->recs->len; i++)
		rc = rec_apply(x, c, &g_array_index(c->recs, struct import_rec,
		    i), b, err);
	if (rc == 0)
		rc = batch_write(x, b, err);
	g_free(b);
	return rc;
}

int
import_one(struct import_ctx *x, char **fields, size_t n, long line,
    const char *why, struct err *err)
{
	struct import_chunk *c = chunk_new();
	int rc;

	chunk_add(x, c, fields, n, line, why);
	rc = chunk_apply(x, c, err);
	chunk_free(c);
	return rc;
}

struct import_reader {
	const struct import_ctx	*x;
	struct csv_reader	*r;
	struct handoff		*h;
};

/* The reader thread: records into chunks, an end chunk last. */
static gpointer
import_read(gpointer data)
{
	struct import_reader *ir = data;
	struct import_chunk *c = chunk_new();
	struct csv_row row;

	while ((c->rc = csv_reader_next(ir->r, &row, &c->err)) == 1) {
		chunk_add(ir->x, c, row.fields, row.nfields, row.line,
		    row.error);
		if (c->recs->len < CHUNK_ROWS)
			continue;
		if (handoff_push(ir->h, c, c->text->len, 0) < 0) {
			chunk_free(c);
			return NULL;
		}
		c = chunk_new();
	}
	c->end = 1;
	if (handoff_push(ir->h, c, c->text->len, 1) < 0)
		chunk_free(c);
	return NULL;
}

/*
 * Applies the chunks in order up to the end chunk; they go to done, for
 * the reader to free.  0 or -1.
 */
static int
import_drain(struct import_ctx *x, struct handoff *h, GQueue *taken,
    GQueue *done, struct err *err)
{
	struct import_chunk *c;
	int rc = 0;

	do {
		if (taken->length == 0)
			handoff_take(h, taken, done);
		c = g_queue_pop_head(taken);
		g_queue_push_tail(done, c);
		rc = chunk_apply(x, c, err);
		if (rc == 0 && c->end && c->rc < 0) {
			*err = c->err;
			rc = -1;
		}
	} while (rc == 0 && !c->end);
	return rc;
}

/* import_stream() without a second thread, should none start. */
static int
import_serial(struct import_ctx *x, struct csv_reader *r, struct err *err)
{
	struct csv_row row;
	int rc;

	while ((rc = csv_reader_next(r, &row, err)) == 1)
		if (import_one(x, row.fields, row.nfields, row.line, row.error,
		    err) < 0)
			return -1;
	return rc;
}

int
import_stream(struct import_ctx *x, struct csv_reader *r, struct err *err)
{
	struct import_reader ir = { x, r, NULL };
	GQueue taken = G_QUEUE_INIT, done = G_QUEUE_INIT;
	GThread *t;
	int rc;

	ir.h = handoff_new(CHUNK_MAX, CHUNK_BYTES, 1, chunk_free);
	t = g_thread_try_new("import-reader", import_read, &ir, NULL);
	if (t == NULL) {
		handoff_free(ir.h);
		return import_serial(x, r, err);
	}
	rc = import_drain(x, ir.h, &taken, &done, err);
	/* On an error the reader stops at its next push. */
	handoff_stop(ir.h);
	g_thread_join(t);
	g_queue_clear_full(&taken, chunk_free);
	g_queue_clear_full(&done, chunk_free);
	handoff_free(ir.h);
	return rc;
}
