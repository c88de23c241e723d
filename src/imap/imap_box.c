/*
 * imap_box: one account as a struct source_box.  Holds the session the
 * account's folders and Sent folders (found here unless named) share and
 * makes it anew, once, when a failure left it dropped or unusable; what
 * the folders' cursors are is the ingest core's business, passed in at
 * each open.
 *
 * Must not parse messages nor know about the database.
 */
#include <stdlib.h>

#include <glib.h>

#include "imap_int.h"

struct imap_box {
	const struct imap_account *acct;
	const struct imap_folder_opts *tmpl;
	struct source_box	*box;
	struct imap_session	*s;		/* NULL after a failure */
	char			**found;	/* its Sent folders, or NULL */
	enum imap_status	 last;		/* of the last folder */
	int			 tried;		/* the one reconnect is used */
	int			 lost;		/* ... and failed */
};

static int
imap_box_connect(struct imap_box *b, struct err *err)
{
	if (b->tried++) {
		b->lost = 1;
		return err_set(err, "the connection failed again");
	}
	if (imap_session_open(&b->s, b->acct, err) != IMAP_OK) {
		b->lost = 1;
		return -1;
	}
	b->box->reconnects++;
	return 0;
}

/* A connection to open a folder on: 0, or -1 with err set. */
static int
imap_box_ready(struct imap_box *b, struct err *err)
{
	b->last = IMAP_OK;
	if (b->s == NULL && imap_box_connect(b, err) < 0)
		return -1;
	return 0;
}

static int
imap_box_folder(void *ctx, const char *folder,
    const struct source_cursor *cur, struct source *src, struct err *err)
{
	struct imap_box *b = ctx;
	struct imap_folder_opts fo = *b->tmpl;

	if (imap_box_ready(b, err) < 0)
		return -1;
	fo.folder = folder;
	fo.uidvalidity = cur->uidvalidity;
	fo.last_uid = cur->last_uid;
	fo.retry = cur->retry;
	fo.nretry = cur->nretry;
	if ((b->last = imap_source_open(src, b->s, &fo, err)) != IMAP_OK)
		return -1;
	imap_source_report(src, &b->last);
	return 0;
}

static int
imap_box_sent(void *ctx, const char *folder, const struct source_cursor *cur,
    struct source *src, struct err *err)
{
	struct imap_box *b = ctx;

	if (imap_box_ready(b, err) < 0)
		return -1;
	if ((b->last = imap_sent_open(src, b->s, folder, cur, err)) !=
	    IMAP_OK)
		return -1;
	imap_sent_report(src, &b->last);
	return 0;
}

static int
imap_box_recover(void *ctx)
{
	struct imap_box *b = ctx;
	int dropped = b->last == IMAP_ERR_NETWORK;

	if (b->lost)
		return -1;
	if (b->s != NULL && (dropped || !imap_session_alive(b->s))) {
		imap_session_close(b->s);
		b->s = NULL;
	}
	b->last = IMAP_OK;
	return dropped && !b->tried;
}

static void
imap_box_close(void *ctx)
{
	struct imap_box *b = ctx;

	imap_session_close(b->s);
	g_strfreev(b->found);
	g_free(b);
}

static const struct source_box_ops imap_box_ops = {
	.open = imap_box_folder,
	.recover = imap_box_recover,
	.close = imap_box_close,
	.open_sent = imap_box_sent,
};

/*
 * The Sent folders the server has.  A server that refuses LIST has none
 * to offer (the caller says so); only a connection lost on the way fails.
 */
static enum imap_status
imap_box_find_sent(struct imap_box *b, struct err *err)
{
	enum imap_status rc = imap_session_sent_folders(b->s, &b->found, err);

	if (rc == IMAP_ERR_PROTOCOL && imap_session_alive(b->s)) {
		b->found = g_new0(char *, 1);
		rc = IMAP_OK;
	}
	return rc;
}

enum imap_status
imap_box_open(struct source_box *box, const struct imap_account *acct,
    const struct imap_folder_opts *tmpl, const char *const *folders,
    const char *const *sent, struct err *err)
{
	struct imap_box *b = g_new0(struct imap_box, 1);
	enum imap_status rc;

	if ((rc = imap_session_open(&b->s, acct, err)) != IMAP_OK ||
	    (sent == NULL && (rc = imap_box_find_sent(b, err)) != IMAP_OK)) {
		imap_session_close(b->s);
		g_free(b);
		return rc;
	}
	b->acct = acct;
	b->tmpl = tmpl;
	b->box = box;
	box->ops = &imap_box_ops;
	box->ctx = b;
	box->name = acct->name;
	box->folders = folders;
	box->sent = sent != NULL ? sent : (const char *const *)b->found;
	box->acts = tmpl->after != IMAP_AFTER_NONE;
	/* Each batch fetched is committed before the next is read. */
	box->batch = tmpl->batch != 0 ? tmpl->batch : IMAP_DEFAULT_BATCH;
	box->reconnects = 0;
	return IMAP_OK;
}
