/*
 * imap_sent: a Sent folder as a struct source of what we sent.  STATUS
 * first (nothing more when no UID was given out since the cursor), else
 * EXAMINE (read-only: nothing in the folder changes, no \Seen is set),
 * then the header fields a sent row needs (Message-ID, To, Cc, Bcc,
 * Date) of the UIDs above the cursor, IMAP_SENT_CHUNK UIDs per `UID
 * FETCH a:b (BODY.PEEK[HEADER.FIELDS (...)])`, read one response at a
 * time (imap_scan_fetch()) and handed out in UID order.  Messages that
 * arrive after the EXAMINE are left for the next run.
 *
 * Must not parse the fields nor know about the database.
 */
#include <string.h>

#include <glib.h>

#include "imap_int.h"

#define IMAP_SENT_FIELDS	"MESSAGE-ID TO CC BCC DATE"

struct imap_sent_item {
	uint32_t	 uid;
	size_t		 off;		/* in the chunk's bytes */
	size_t		 len;
};

struct imap_sent {
	struct imap_session	*s;
	const char		*folder;	/* borrowed, UTF-8 */
	char			*wfolder;	/* modified UTF-7 */
	uint32_t		 uidvalidity;
	uint32_t		 high_uid;	/* UIDNEXT - 1 at EXAMINE */
	uint32_t		 next_uid;	/* the first not fetched */
	int			 rescan;
	int			 open_end;	/* no UIDNEXT: read to "*" once */
	long			 exists;	/* messages at EXAMINE */
	GByteArray		*bytes;		/* the chunk's header fields */
	GArray			*items;		/* struct imap_sent_item */
	guint			 iitem;
	enum imap_status	 status;
	enum imap_status	*report;	/* gets status at close, or NULL */
};

/* One FETCH response of the chunk: its fields kept, in UID order. */
static int
imap_sent_one(void *ctx, const struct imap_scan_item *it)
{
	struct imap_sent *x = ctx;
	struct imap_sent_item item = { it->uid, x->bytes->len, 0 };

	/* `UID n:m` may answer with a UID outside the range. */
	if (it->uid < x->next_uid || (!x->open_end && it->uid > x->high_uid))
		return 0;
	if (it->data != NULL) {
		g_byte_array_append(x->bytes, (const guint8 *)it->data,
		    (guint)it->len);
		item.len = it->len;
	}
	g_array_append_val(x->items, item);
	return 0;
}

static gint
imap_sent_cmp(gconstpointer a, gconstpointer b)
{
	const struct imap_sent_item *x = a, *y = b;

	return x->uid < y->uid ? -1 : x->uid > y->uid;
}

/* The next IMAP_SENT_CHUNK UIDs (all to the end without a UIDNEXT). */
static enum imap_status
imap_sent_chunk(struct imap_sent *x, struct err *err)
{
	uint32_t last = x->high_uid - x->next_uid < IMAP_SENT_CHUNK ?
	    x->high_uid : x->next_uid + IMAP_SENT_CHUNK - 1;
	const struct imap_sent_item *it;
	enum imap_status rc;

	g_byte_array_set_size(x->bytes, 0);
	g_array_set_size(x->items, 0);
	x->iitem = 0;
	rc = imap_scan_fetch(x->s, x->next_uid, x->open_end ? 0 : last,
	    IMAP_SENT_FIELDS, imap_sent_one, x, err);
	if (rc != IMAP_OK)
		return rc;
	/* The cursor follows the messages handed out: in UID order. */
	g_array_sort(x->items, imap_sent_cmp);
	if (x->open_end) {
		x->open_end = 0;
		it = &g_array_index(x->items, struct imap_sent_item, 0);
		last = x->items->len > 0 ? it[x->items->len - 1].uid :
		    x->next_uid - 1;
		x->high_uid = last;
	}
	x->next_uid = last + 1;
	return IMAP_OK;
}

static int
imap_sent_next(void *ctx, struct source_msg *msg, struct err *err)
{
	struct imap_sent *x = ctx;
	const struct imap_sent_item *it;

	while (x->iitem >= x->items->len) {
		if (!x->open_end && x->next_uid > x->high_uid)
			return 0;
		if ((x->status = imap_sent_chunk(x, err)) != IMAP_OK)
			return -1;
	}
	it = &g_array_index(x->items, struct imap_sent_item, x->iitem++);
	memset(msg, 0, sizeof(*msg));
	msg->account = x->s->acct->name;
	msg->folder = x->folder;
	msg->uidvalidity = x->uidvalidity;
	msg->uid = it->uid;
	msg->index = -1;
	msg->data = it->len > 0 ? (const char *)x->bytes->data + it->off :
	    NULL;
	msg->len = it->len;
	if (msg->data == NULL) {
		msg->unreadable = "no header fields returned by the server";
		msg->skip = SOURCE_NO_BODY;
	}
	return 1;
}

static void
imap_sent_state(void *ctx, struct source_state *st)
{
	struct imap_sent *x = ctx;

	memset(st, 0, sizeof(*st));
	st->uidvalidity = x->uidvalidity;
	st->high_uid = x->high_uid;
	st->rescan = x->rescan;
	st->candidates = x->exists;
}

static void
imap_sent_close(void *ctx)
{
	struct imap_sent *x = ctx;

	if (x->report != NULL)
		*x->report = x->status;
	if (x->bytes != NULL)
		g_byte_array_unref(x->bytes);
	if (x->items != NULL)
		g_array_unref(x->items);
	g_free(x->wfolder);
	g_free(x);
}

static const struct source_ops imap_sent_ops = {
	.next = imap_sent_next,
	.state = imap_sent_state,
	.close = imap_sent_close,
};

/* Nothing above the cursor (STATUS says): read nothing, select nothing. */
static int
imap_sent_nothing_new(struct imap_sent *x, const struct source_cursor *cur,
    enum imap_status *rc, struct err *err)
{
	int r;

	if ((r = imap_folder_unchanged(x->s, x->wfolder, cur->uidvalidity,
	    cur->last_uid, rc, err)) != 1)
		return r;
	x->uidvalidity = cur->uidvalidity;
	x->high_uid = cur->last_uid;
	x->next_uid = cur->last_uid + 1;
	return 1;
}

/* EXAMINE: UIDVALIDITY, the highest UID given out, where to start. */
static enum imap_status
imap_sent_examine(struct imap_sent *x, const struct source_cursor *cur,
    struct err *err)
{
	const struct mailimap_selection_info *sel;
	enum imap_status rc;

	if ((sel = imap_folder_select(x->s, x->folder, x->wfolder, 1, &rc,
	    err)) == NULL)
		return rc;
	x->uidvalidity = sel->sel_uidvalidity;
	x->exists = sel->sel_exists;
	x->high_uid = sel->sel_uidnext > 0 ? sel->sel_uidnext - 1 : 0;
	x->rescan = cur->uidvalidity != 0 &&
	    cur->uidvalidity != x->uidvalidity;
	x->next_uid = cur->uidvalidity == x->uidvalidity ?
	    cur->last_uid + 1 : 1;
	/* A server that gives no UIDNEXT: every UID from next_uid on. */
	x->open_end = sel->sel_uidnext == 0 && x->exists > 0;
	if (x->high_uid < x->next_uid - 1)
		x->high_uid = x->next_uid - 1;
	return IMAP_OK;
}

enum imap_status
imap_sent_open(struct source *src, struct imap_session *s,
    const char *folder, const struct source_cursor *cur, struct err *err)
{
	struct imap_sent *x = g_new0(struct imap_sent, 1);
	enum imap_status rc = IMAP_OK;
	int r;

	x->s = s;
	x->folder = folder;
	x->bytes = g_byte_array_new();
	x->items = g_array_new(FALSE, FALSE, sizeof(struct imap_sent_item));
	if ((x->wfolder = imap_mutf7(folder, err)) == NULL)
		rc = IMAP_ERR_CONFIG;
	else if ((r = imap_sent_nothing_new(x, cur, &rc, err)) == 0)
		rc = imap_sent_examine(x, cur, err);
	if (rc != IMAP_OK) {
		imap_sent_close(x);
		return rc;
	}
	src->ops = &imap_sent_ops;
	src->ctx = x;
	return IMAP_OK;
}

void
imap_sent_report(struct source *src, enum imap_status *status)
{
	struct imap_sent *x = src->ctx;

	x->report = status;
}
