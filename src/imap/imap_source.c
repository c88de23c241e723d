/*
 * imap_source: one folder as a struct source.  STATUS (nothing more when
 * no UID was given out since the cursor), else SELECT (EXAMINE when
 * nothing may change) and one UID SEARCH for candidates above the cursor,
 * then batches of UID FETCH: sizes first, then BODY.PEEK[] (never sets
 * \Seen) of those under the size limit, so memory stays bounded by one
 * batch.  committed() flags or moves exactly the UIDs returned since the
 * last commit, minus the ones the caller excluded; nothing is ever
 * expunged but those UIDs, and only with UID EXPUNGE.  The caller's retry
 * UIDs (an earlier run's actions that failed after their commit) are
 * flagged or moved right after SELECT, those the server still has.
 *
 * With many new UIDs (IMAP_SEARCH_AUTO) or IMAP_SEARCH_CLIENT, there is
 * no SEARCH: one FETCH of a few header fields of every new message
 * (imap_scan_fetch(), read as it arrives) and the criteria applied here
 * (imap_filter_match()) give the candidates.  Dovecot's first header
 * search over a large folder costs it about twice what sending these
 * fields does (docs/benchmarks.md).
 *
 * Must not parse messages nor know about the database.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "imap_int.h"

#define IMAP_BATCH_BYTES	(8u * 1024 * 1024)

struct imap_item {
	uint32_t	 uid;
	uint32_t	 size;
	const char	*data;		/* in the batch's fetch list */
	size_t		 len;
	long long	 arrival;	/* INTERNALDATE; 0: none given */
};

struct imap_uids {
	uint32_t	*v;
	size_t		 n;
	size_t		 cap;
};

struct imap_src {
	struct imap_session	*s;
	struct imap_folder_opts	 o;
	struct imap_folder_stats st;
	enum imap_status	 status;
	uint32_t		*cand;		/* candidates, ascending */
	size_t			 ncand;
	size_t			 next;		/* first candidate not batched */
	clist			*fetch;		/* the current batch's bodies */
	struct imap_item	*items;
	size_t			 nitems;
	size_t			 iitem;
	struct imap_uids	 pending;	/* returned, not yet committed */
	struct imap_uids	 excluded;
	char			 why[128];
	char			*wfolder;	/* o.folder, modified UTF-7 */
	char			*wtarget;	/* o.after_arg for a move, too */
	enum imap_status	*report;	/* gets status at close, or NULL */
	char			 warning[400];
	char			 note[400];
};

static void
imap_uids_add(struct imap_uids *u, uint32_t uid)
{
	if (u->n == u->cap) {
		u->cap = u->cap ? u->cap * 2 : 64;
		u->v = g_renew(uint32_t, u->v, u->cap);
	}
	u->v[u->n++] = uid;
}

static int
imap_uids_has(const struct imap_uids *u, uint32_t uid)
{
	size_t i;

	for (i = 0; i < u->n; i++)
		if (u->v[i] == uid)
			return 1;
	return 0;
}

static enum imap_status
imap_src_fail(struct imap_src *x, enum imap_status rc)
{
	x->status = rc;
	return rc;
}

const struct mailimap_selection_info *
imap_folder_select(struct imap_session *s, const char *folder,
    const char *wfolder, int readonly, enum imap_status *rc,
    struct err *err)
{
	struct mailimap_selection_info *sel;
	char what[300];
	int r;

	*rc = IMAP_OK;
	snprintf(what, sizeof(what), "cannot select '%s'", folder);
	if (readonly)
		r = mailimap_examine(s->imap, wfolder);
	else
		r = mailimap_select(s->imap, wfolder);
	if (r != MAILIMAP_NO_ERROR) {
		*rc = imap_fail(s, r, err, what);
		return NULL;
	}
	g_free(s->selected);
	s->selected = g_strdup(wfolder);
	sel = s->imap->imap_selection_info;
	if (sel == NULL || sel->sel_uidvalidity == 0) {
		err_set(err, "%s: no UIDVALIDITY from the server", what);
		*rc = IMAP_ERR_PROTOCOL;
		return NULL;
	}
	return sel;
}

static enum imap_status
imap_select(struct imap_src *x, struct err *err)
{
	const struct mailimap_selection_info *sel;
	enum imap_status rc;

	if ((sel = imap_folder_select(x->s, x->o.folder, x->wfolder,
	    x->o.after == IMAP_AFTER_NONE, &rc, err)) == NULL)
		return rc;
	x->st.uidvalidity = sel->sel_uidvalidity;
	x->st.high_uid = sel->sel_uidnext > 0 ? sel->sel_uidnext - 1 : 0;
	return IMAP_OK;
}

/* STATUS (UIDNEXT UIDVALIDITY) of the folder: a libetpan result. */
static int
imap_status_query(struct imap_session *s, const char *wfolder,
    struct mailimap_mailbox_data_status **res)
{
	struct mailimap_status_att_list *atts;
	int r;

	*res = NULL;
	atts = imap_must(mailimap_status_att_list_new_empty());
	imap_must_ok(mailimap_status_att_list_add(atts,
	    MAILIMAP_STATUS_ATT_UIDNEXT));
	imap_must_ok(mailimap_status_att_list_add(atts,
	    MAILIMAP_STATUS_ATT_UIDVALIDITY));
	r = mailimap_status(s->imap, wfolder, atts, res);
	mailimap_status_att_list_free(atts);
	if (r != MAILIMAP_NO_ERROR && *res != NULL) {
		mailimap_mailbox_data_status_free(*res);
		*res = NULL;
	}
	return r;
}

/* UIDNEXT and UIDVALIDITY of a STATUS answer (0 when missing). */
static void
imap_status_values(struct mailimap_mailbox_data_status *res,
    uint32_t *uidnext, uint32_t *uv)
{
	struct mailimap_status_info *si;
	clistiter *c;

	*uidnext = *uv = 0;
	for (c = res->st_info_list != NULL ? clist_begin(res->st_info_list) :
	    NULL; c != NULL; c = clist_next(c)) {
		si = clist_content(c);
		if (si->st_att == MAILIMAP_STATUS_ATT_UIDNEXT)
			*uidnext = si->st_value;
		else if (si->st_att == MAILIMAP_STATUS_ATT_UIDVALIDITY)
			*uv = si->st_value;
	}
}

int
imap_folder_unchanged(struct imap_session *s, const char *wfolder,
    uint32_t uv, uint32_t last_uid, enum imap_status *rc, struct err *err)
{
	struct mailimap_mailbox_data_status *res;
	uint32_t uidnext, now;
	int r;

	/* STATUS of the selected folder may be stale (RFC 3501 6.3.10). */
	if (uv == 0 || (s->selected != NULL &&
	    strcmp(s->selected, wfolder) == 0))
		return 0;
	if ((r = imap_status_query(s, wfolder, &res)) != MAILIMAP_NO_ERROR) {
		if (!imap_dead(s, r))
			return 0;
		*rc = imap_fail(s, r, err, "STATUS");
		return -1;
	}
	imap_status_values(res, &uidnext, &now);
	mailimap_mailbox_data_status_free(res);
	return now == uv && uidnext != 0 && uidnext - 1 <= last_uid;
}

/*
 * STATUS first: when UIDVALIDITY is the cursor's and no UID was given out
 * since its last UID, the folder needs neither SELECT nor SEARCH: 1.  Any
 * doubt (no cursor, a refusal) means 0: look properly.  -1 with err set
 * when the connection died on the way (timeout, drop, garbage).
 */
static int
imap_nothing_new(struct imap_src *x, enum imap_status *rc, struct err *err)
{
	int r;

	/* Retry UIDs need the folder selected. */
	if (x->o.nretry > 0)
		return 0;
	if ((r = imap_folder_unchanged(x->s, x->wfolder, x->o.uidvalidity,
	    x->o.last_uid, rc, err)) != 1)
		return r;
	x->st.uidvalidity = x->o.uidvalidity;
	x->st.high_uid = x->o.last_uid;
	return 1;
}

/* The most a UID and its space take in a SEARCH answer. */
#define IMAP_SEARCH_BYTES	12

/* The reply limit of the next commands: IMAP_REPLY_MAX plus extra. */
static void
imap_src_limit(struct imap_src *x, size_t extra)
{
	x->s->io.limit = IMAP_REPLY_MAX + extra;
}

/* Messages in the selected folder, as its SELECT answer said. */
static size_t
imap_src_exists(const struct imap_src *x)
{
	const struct mailimap_selection_info *sel =
	    x->s->imap->imap_selection_info;

	return sel != NULL ? sel->sel_exists : 0;
}

/*
 * The server's search: candidates (every UID for fetch_all) >= first.
 * A refusal of the UTF-8 charset sets st.charset_refused and ascii_search
 * (the caller then searches here) and says what the server said in note.
 */
static enum imap_status
imap_search(struct imap_src *x, uint32_t first, struct err *err)
{
	struct mailimap_search_key *key;
	enum imap_status rc;
	clist *res = NULL;
	int r;

	key = imap_search_key(first, &x->o);
	imap_src_limit(x, IMAP_SEARCH_BYTES * imap_src_exists(x));
	if (x->o.fetch_all)
		r = mailimap_uid_search(x->s->imap, NULL, key, &res);
	else if (imap_has_cap(x->s->imap, "LITERAL+", 0))
		r = mailimap_uid_search_literalplus(x->s->imap, "UTF-8", key,
		    &res);
	else
		r = mailimap_uid_search(x->s->imap, "UTF-8", key, &res);
	mailimap_search_key_free(key);
	if (r != MAILIMAP_NO_ERROR) {
		/*
		 * libetpan hands over the untagged SEARCH list it collected
		 * even when the command then failed (NO): ours to free.
		 */
		if (res != NULL)
			mailimap_search_result_free(res);
		if (!x->o.fetch_all && imap_charset_refused(x->s, r)) {
			x->st.charset_refused = 1;
			x->s->ascii_search = 1;
		}
		rc = imap_fail(x->s, r, err, "UID SEARCH");
		imap_src_limit(x, 0);
		if (x->st.charset_refused)
			snprintf(x->note, sizeof(x->note), "the server cannot "
			    "search in UTF-8 (%.200s); this folder and the next "
			    "ones on this connection are searched here, from "
			    "a few header fields of each new message: slower, "
			    "nothing missed", err->msg);
		return rc;
	}
	imap_src_limit(x, 0);
	x->ncand = imap_search_uids(res, first, &x->cand);
	mailimap_search_result_free(res);
	x->st.candidates = (long)x->ncand;
	if (x->ncand > 0 && x->cand[x->ncand - 1] > x->st.high_uid)
		x->st.high_uid = x->cand[x->ncand - 1];
	return IMAP_OK;
}

/* The set of n ascending UIDs, runs written as ranges ("1:2000"). */
static struct mailimap_set *
imap_set_of(const uint32_t *uids, size_t n)
{
	struct mailimap_set *set = imap_must(mailimap_set_new_empty());
	size_t i, j;

	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && uids[j] == uids[j - 1] + 1; j++)
			;
		imap_must_ok(mailimap_set_add_interval(set, uids[i],
		    uids[j - 1]));
	}
	return set;
}

/*
 * An INTERNALDATE as seconds since the epoch; 0 for a date the server
 * cannot mean (before 1970, out of range).
 */
static long long
imap_internaldate(const struct mailimap_date_time *d)
{
	int z = d->dt_zone < 0 ? -d->dt_zone : d->dt_zone;
	int off = (z / 100 * 3600 + z % 100 * 60) * (d->dt_zone < 0 ? -1 : 1);
	GTimeZone *tz = g_time_zone_new_offset(off);
	GDateTime *dt = g_date_time_new(tz, d->dt_year, d->dt_month,
	    d->dt_day, d->dt_hour, d->dt_min, d->dt_sec);
	long long t = dt != NULL ? g_date_time_to_unix(dt) : 0;

	if (dt != NULL)
		g_date_time_unref(dt);
	g_time_zone_unref(tz);
	return t > 0 ? t : 0;
}

/*
 * UID and, when present, size, INTERNALDATE and body of one FETCH
 * response.
 */
static void
imap_item_of(struct mailimap_msg_att *att, struct imap_item *it)
{
	struct mailimap_msg_att_static *st;
	struct mailimap_msg_att_item *ai;
	clistiter *c;

	memset(it, 0, sizeof(*it));
	for (c = clist_begin(att->att_list); c != NULL; c = clist_next(c)) {
		ai = clist_content(c);
		if (ai->att_type != MAILIMAP_MSG_ATT_ITEM_STATIC)
			continue;
		st = ai->att_data.att_static;
		if (st->att_type == MAILIMAP_MSG_ATT_UID)
			it->uid = st->att_data.att_uid;
		else if (st->att_type == MAILIMAP_MSG_ATT_RFC822_SIZE)
			it->size = st->att_data.att_rfc822_size;
		else if (st->att_type == MAILIMAP_MSG_ATT_INTERNALDATE &&
		    st->att_data.att_internal_date != NULL)
			it->arrival = imap_internaldate(
			    st->att_data.att_internal_date);
		else if (st->att_type == MAILIMAP_MSG_ATT_BODY_SECTION &&
		    st->att_data.att_body_section->sec_body_part != NULL) {
			it->data = st->att_data.att_body_section->sec_body_part;
			it->len = st->att_data.att_body_section->sec_length;
		}
	}
}

enum imap_what {
	IMAP_SIZE,		/* RFC822.SIZE */
	IMAP_BODY,		/* INTERNALDATE BODY.PEEK[] */
};

static void
imap_fetch_add(struct mailimap_fetch_type *ft, struct mailimap_fetch_att *a)
{
	imap_must_ok(mailimap_fetch_type_new_fetch_att_list_add(ft,
	    imap_must(a)));
}

/*
 * With each body, when the server received it: the notice's time, which
 * its sender cannot write (docs/imap.md, "Time").
 */
static void
imap_fetch_atts(struct mailimap_fetch_type *ft, enum imap_what what)
{
	if (what == IMAP_SIZE) {
		imap_fetch_add(ft, mailimap_fetch_att_new_rfc822_size());
		return;
	}
	imap_fetch_add(ft, mailimap_fetch_att_new_internaldate());
	imap_fetch_add(ft, mailimap_fetch_att_new_body_peek_section(
	    imap_must(mailimap_section_new(NULL))));
}

static int
imap_fetch(struct imap_src *x, const uint32_t *uids, size_t n,
    enum imap_what what, clist **res)
{
	struct mailimap_fetch_type *ft;
	struct mailimap_set *set = imap_set_of(uids, n);
	int r;

	*res = NULL;
	ft = imap_must(mailimap_fetch_type_new_fetch_att_list_empty());
	imap_fetch_atts(ft, what);
	r = mailimap_uid_fetch(x->s->imap, set, ft, res);
	/*
	 * On a tagged NO or BAD, libetpan frees the list it got but leaves
	 * the pointer in *res: freeing it again crashed (fuzz_imap).
	 */
	if (r != MAILIMAP_NO_ERROR)
		*res = NULL;
	mailimap_fetch_type_free(ft);
	mailimap_set_free(set);
	return r;
}

static size_t
imap_max_message(const struct imap_src *x)
{
	return x->o.max_message != 0 ? x->o.max_message :
	    IMAP_DEFAULT_MAX_MESSAGE;
}

/* The response for uid in a FETCH result, if any. */
static int
imap_find(clist *res, uint32_t uid, struct imap_item *it)
{
	clistiter *c;

	for (c = clist_begin(res); c != NULL; c = clist_next(c)) {
		imap_item_of(clist_content(c), it);
		if (it->uid == uid)
			return 1;
	}
	return 0;
}

/*
 * Sizes of the next n candidates; keeps in items (no data yet, UID order)
 * as many as fit IMAP_BATCH_BYTES, at least one.  UIDs the server no
 * longer has are dropped.
 */
static enum imap_status
imap_batch_sizes(struct imap_src *x, size_t n, struct err *err)
{
	struct imap_item it;
	size_t i, bytes = 0;
	clist *res;
	int r;

	r = imap_fetch(x, x->cand + x->next, n, IMAP_SIZE, &res);
	if (r != MAILIMAP_NO_ERROR)
		return imap_fail(x->s, r, err, "UID FETCH (RFC822.SIZE)");
	x->nitems = x->iitem = 0;
	for (i = 0; i < n; i++) {
		if (!imap_find(res, x->cand[x->next + i], &it))
			continue;
		if (it.size <= imap_max_message(x)) {
			if (x->nitems > 0 && bytes + it.size > IMAP_BATCH_BYTES)
				break;
			bytes += it.size;
		}
		x->items[x->nitems++] = it;
	}
	mailimap_fetch_list_free(res);
	x->next += i;
	return IMAP_OK;
}

/* Bodies of the items under the size limit, fetched in one command. */
static enum imap_status
imap_batch_bodies(struct imap_src *x, struct err *err)
{
	struct imap_item it;
	enum imap_status rc;
	uint32_t *want;
	size_t i, j, n = 0, bytes = 0;
	clistiter *c;
	int r;

	want = g_new(uint32_t, x->nitems + 1);
	for (i = 0; i < x->nitems; i++)
		if (x->items[i].size <= imap_max_message(x)) {
			want[n++] = x->items[i].uid;
			bytes += x->items[i].size;
		}
	/* Twice the sizes announced: some servers count line ends apart. */
	imap_src_limit(x, 2 * bytes);
	r = n > 0 ? imap_fetch(x, want, n, IMAP_BODY, &x->fetch) :
	    MAILIMAP_NO_ERROR;
	g_free(want);
	rc = r != MAILIMAP_NO_ERROR ? imap_fail(x->s, r, err,
	    "UID FETCH (INTERNALDATE BODY.PEEK[])") : IMAP_OK;
	imap_src_limit(x, 0);
	if (rc != IMAP_OK)
		return rc;
	for (c = x->fetch ? clist_begin(x->fetch) : NULL; c != NULL;
	    c = clist_next(c)) {
		imap_item_of(clist_content(c), &it);
		for (j = 0; j < x->nitems; j++)
			if (x->items[j].uid == it.uid && it.data != NULL) {
				x->items[j].data = it.data;
				x->items[j].len = it.len;
				x->items[j].arrival = it.arrival;
			}
	}
	return IMAP_OK;
}

/* How many of the next candidates fit one batch (count and bytes). */
static size_t
imap_batch_count(const struct imap_src *x)
{
	size_t n = x->ncand - x->next;
	unsigned batch = x->o.batch != 0 ? x->o.batch : IMAP_DEFAULT_BATCH;

	return n < batch ? n : batch;
}

static void
imap_batch_free(struct imap_src *x)
{
	if (x->fetch != NULL)
		mailimap_fetch_list_free(x->fetch);
	x->fetch = NULL;
	x->nitems = x->iitem = 0;
}

static enum imap_status
imap_batch_load(struct imap_src *x, struct err *err)
{
	enum imap_status rc;
	size_t n = imap_batch_count(x);

	imap_batch_free(x);
	if ((rc = imap_batch_sizes(x, n, err)) != IMAP_OK)
		return rc;
	return imap_batch_bodies(x, err);
}

static void
imap_msg_fill(struct imap_src *x, const struct imap_item *it,
    struct source_msg *msg)
{
	memset(msg, 0, sizeof(*msg));
	msg->account = x->s->acct->name;
	msg->folder = x->o.folder;
	msg->uidvalidity = x->st.uidvalidity;
	msg->uid = it->uid;
	msg->index = -1;
	msg->data = it->data;
	msg->len = it->len;
	msg->arrival = it->arrival;
	if (it->data == NULL && it->size > imap_max_message(x)) {
		snprintf(x->why, sizeof(x->why), "too large (%u bytes, "
		    "limit %zu)", it->size, imap_max_message(x));
		msg->unreadable = x->why;
		msg->skip = SOURCE_TOO_LARGE;
	} else if (it->data == NULL) {
		msg->unreadable = "no body returned by the server";
		msg->skip = SOURCE_NO_BODY;
	}
}

static int
imap_src_next(void *ctx, struct source_msg *msg, struct err *err)
{
	struct imap_src *x = ctx;
	const struct imap_item *it;
	enum imap_status rc;

	while (x->iitem >= x->nitems) {
		if (x->next >= x->ncand) {
			imap_batch_free(x);
			return 0;
		}
		if ((rc = imap_batch_load(x, err)) != IMAP_OK) {
			imap_src_fail(x, rc);
			return -1;
		}
	}
	it = &x->items[x->iitem++];
	imap_msg_fill(x, it, msg);
	if (it->data == NULL) {
		x->st.too_large++;
		return 1;
	}
	x->st.fetched++;
	if (x->o.after != IMAP_AFTER_NONE)
		imap_uids_add(&x->pending, it->uid);
	return 1;
}

static struct mailimap_store_att_flags *
imap_add_flag(struct mailimap_flag *flag)
{
	struct mailimap_flag_list *fl;

	fl = imap_must(mailimap_flag_list_new_empty());
	imap_must_ok(mailimap_flag_list_add(fl, flag));
	return imap_must(mailimap_store_att_flags_new_add_flags_silent(fl));
}

static int
imap_store_flag(struct imap_src *x, struct mailimap_set *set,
    struct mailimap_flag *flag)
{
	struct mailimap_store_att_flags *sf = imap_add_flag(flag);
	int r;

	r = mailimap_uid_store(x->s->imap, set, sf);
	mailimap_store_att_flags_free(sf);
	return r;
}

static int
imap_keyword(struct imap_src *x, struct mailimap_set *set)
{
	const char *kw = x->o.after_arg != NULL ? x->o.after_arg :
	    IMAP_DEFAULT_KEYWORD;
	/* libetpan frees it with free(): strdup(). */
	return imap_store_flag(x, set, imap_must(
	    mailimap_flag_new_flag_keyword(imap_must(strdup(kw)))));
}

/* Moving needs MOVE, or UIDPLUS to expunge exactly what was copied. */
static int
imap_can_move(struct imap_src *x)
{
	return imap_has_cap(x->s->imap, "MOVE", 0) ||
	    imap_has_cap(x->s->imap, "UIDPLUS", 0);
}

/* COPY, \Deleted and UID EXPUNGE of exactly these UIDs (UIDPLUS). */
static int
imap_copy_expunge(struct imap_src *x, struct mailimap_set *set)
{
	int r;

	r = mailimap_uid_copy(x->s->imap, set, x->wtarget);
	if (r == MAILIMAP_NO_ERROR)
		r = imap_store_flag(x, set, mailimap_flag_new_deleted());
	if (r == MAILIMAP_NO_ERROR)
		r = mailimap_uid_expunge(x->s->imap, set);
	return r;
}

static int
imap_move_once(struct imap_src *x, struct mailimap_set *set)
{
	if (imap_has_cap(x->s->imap, "MOVE", 0))
		return mailimap_uid_move(x->s->imap, set, x->wtarget);
	return imap_copy_expunge(x, set);
}

static int
imap_move(struct imap_src *x, struct mailimap_set *set)
{
	int r;

	r = imap_move_once(x, set);
	if (r == MAILIMAP_NO_ERROR || r == MAILIMAP_ERROR_STREAM ||
	    r == MAILIMAP_ERROR_PARSE ||
	    x->s->imap->imap_response_info == NULL ||
	    !x->s->imap->imap_response_info->rsp_trycreate)
		return r;
	/* The server said [TRYCREATE]: the target folder is missing. */
	if ((r = mailimap_create(x->s->imap, x->wtarget)) !=
	    MAILIMAP_NO_ERROR)
		return r;
	return imap_move_once(x, set);
}

/* The pending UIDs minus the excluded ones, as a set (NULL: none). */
static struct mailimap_set *
imap_act_set(struct imap_src *x, long *count)
{
	struct mailimap_set *set = NULL;
	size_t i;

	*count = 0;
	for (i = 0; i < x->pending.n; i++) {
		if (imap_uids_has(&x->excluded, x->pending.v[i]))
			continue;
		if (set == NULL)
			set = imap_must(mailimap_set_new_empty());
		imap_must_ok(mailimap_set_add_single(set, x->pending.v[i]));
		(*count)++;
	}
	return set;
}

/* Flags or moves the UIDs of set, which it takes. */
static enum imap_status
imap_act(struct imap_src *x, struct mailimap_set *set, struct err *err)
{
	int r;

	if (x->o.after == IMAP_AFTER_FLAG)
		r = imap_keyword(x, set);
	else if (imap_can_move(x))
		r = imap_move(x, set);
	else {
		mailimap_set_free(set);
		err_set(err, "'%s' has neither MOVE nor UIDPLUS: refusing to "
		    "expunge", x->s->where);
		return IMAP_ERR_PROTOCOL;
	}
	mailimap_set_free(set);
	if (r == MAILIMAP_NO_ERROR)
		return IMAP_OK;
	return imap_fail(x->s, r, err, x->o.after == IMAP_AFTER_FLAG ?
	    "UID STORE" : "moving messages");
}

static int
imap_src_committed(void *ctx, struct err *err)
{
	struct imap_src *x = ctx;
	struct mailimap_set *set;
	enum imap_status rc;
	long count;

	if (x->o.after == IMAP_AFTER_NONE)
		return 0;
	if ((set = imap_act_set(x, &count)) == NULL) {
		x->pending.n = x->excluded.n = 0;
		return 0;
	}
	if ((rc = imap_act(x, set, err)) != IMAP_OK) {
		imap_src_fail(x, rc);
		return -1;
	}
	x->st.acted += count;
	x->pending.n = x->excluded.n = 0;
	return 0;
}

static int
imap_src_ack(void *ctx, const struct source_msg *msg, int act)
{
	struct imap_src *x = ctx;

	if (!imap_uids_has(&x->pending, msg->uid))
		return 0;
	if (!act) {
		imap_uids_add(&x->excluded, msg->uid);
		return 0;
	}
	return !imap_uids_has(&x->excluded, msg->uid);
}

static void
imap_src_state(void *ctx, struct source_state *st)
{
	struct imap_src *x = ctx;

	memset(st, 0, sizeof(*st));
	st->uidvalidity = x->st.uidvalidity;
	st->high_uid = x->st.high_uid;
	st->rescan = x->st.rescan;
	if (x->o.after == IMAP_AFTER_FLAG)
		st->action = "flagged";
	else if (x->o.after == IMAP_AFTER_MOVE)
		st->action = "moved";
	st->candidates = x->st.candidates;
	st->too_large = x->st.too_large;
	st->acted = x->st.acted;
	st->retried = x->st.retried;
	st->gone = x->st.gone;
	if (x->st.charset_refused == 1)
		st->note = x->note;
	if (x->st.split >= 0)
		return;
	snprintf(x->warning, sizeof(x->warning), "the second connection of "
	    "the search failed (%s); the first searched alone.  If the "
	    "server allows one connection per user, set scan_connections = "
	    "1 in [account %s]", x->st.split_error, x->s->acct->name);
	st->warning = x->warning;
}

static void
imap_src_close(void *ctx)
{
	struct imap_src *x = ctx;

	if (x->report != NULL)
		*x->report = x->status;
	imap_batch_free(x);
	g_free(x->items);
	g_free(x->cand);
	g_free(x->pending.v);
	g_free(x->excluded.v);
	g_free(x->wfolder);
	g_free(x->wtarget);
	g_free(x);
}

static const struct source_ops imap_source_ops = {
	.next = imap_src_next,
	.ack = imap_src_ack,
	.committed = imap_src_committed,
	.state = imap_src_state,
	.close = imap_src_close,
};

/* Keeps the UIDs of v (n, ascending) that are in want; the new count. */
static size_t
imap_uids_keep(uint32_t *v, size_t n, const uint32_t *want, size_t nwant)
{
	size_t i, j = 0, k = 0;

	for (i = 0; i < n; i++) {
		while (j < nwant && want[j] < v[i])
			j++;
		if (j < nwant && want[j] == v[i])
			v[k++] = v[i];
	}
	return k;
}

/* Which of the retry UIDs the folder still has (UID SEARCH UID set). */
static enum imap_status
imap_retry_search(struct imap_src *x, uint32_t **uids, size_t *n,
    struct err *err)
{
	struct mailimap_search_key *key;
	struct mailimap_set *set;
	clist *res = NULL;
	int r;

	*uids = NULL;
	*n = 0;
	set = imap_set_of(x->o.retry, x->o.nretry);
	key = imap_must(mailimap_search_key_new_uid(set));
	r = mailimap_uid_search(x->s->imap, NULL, key, &res);
	mailimap_search_key_free(key);
	if (r != MAILIMAP_NO_ERROR) {
		if (res != NULL)
			mailimap_search_result_free(res);
		return imap_fail(x->s, r, err, "UID SEARCH");
	}
	*n = imap_search_uids(res, 1, uids);
	mailimap_search_result_free(res);
	/* Never act on a UID the caller did not name. */
	*n = imap_uids_keep(*uids, *n, x->o.retry, x->o.nretry);
	return IMAP_OK;
}

/*
 * The flags or moves an earlier run committed but did not see done, on
 * those UIDs the folder still has: someone may have moved some by hand,
 * and a server is meant to ignore a UID it no longer has, but not every
 * one answers OK to a set of which none exists.  Not when UIDVALIDITY
 * changed: the UIDs name other messages now, and the rescan reads the
 * old ones again.
 */
static enum imap_status
imap_retry(struct imap_src *x, struct err *err)
{
	struct mailimap_set *set;
	enum imap_status rc;
	uint32_t *uids;
	size_t n;

	if (x->o.nretry == 0 || x->o.after == IMAP_AFTER_NONE ||
	    x->o.uidvalidity != x->st.uidvalidity)
		return IMAP_OK;
	if ((rc = imap_retry_search(x, &uids, &n, err)) != IMAP_OK)
		return rc;
	set = n > 0 ? imap_set_of(uids, n) : NULL;
	g_free(uids);
	if (n > 0 && (rc = imap_act(x, set, err)) != IMAP_OK)
		return rc;
	x->st.acted += (long)n;
	x->st.retried = (long)n;
	x->st.gone = (long)(x->o.nretry - n);
	return IMAP_OK;
}

/*
 * Whether the criteria are applied here: always or never when the caller
 * says so; otherwise from IMAP_SCAN_MIN UIDs given out since the cursor
 * (UIDNEXT of the SELECT, in high_uid; a server that gives none is
 * searched).
 */
static int
imap_client_side(const struct imap_src *x, uint32_t first)
{
	if (x->o.fetch_all)
		return 0;
	if (x->o.search == IMAP_SEARCH_CLIENT || x->s->ascii_search)
		return 1;
	if (x->o.search == IMAP_SEARCH_SERVER)
		return 0;
	return x->st.high_uid >= first &&
	    x->st.high_uid - first + 1 >= IMAP_SCAN_MIN;
}

/*
 * One part of the client-side search: the UIDs first to last (0: to the
 * end) of one connection, with a filter and a list of its own.
 */
struct imap_part {
	struct imap_filter	*filter;
	struct imap_uids	 found;		/* candidates, as they come */
	uint32_t		 first;
	uint32_t		 last;
	long			 scanned;
	uint32_t		 high;		/* the highest UID seen */
};

/* The upper part, read by a thread on a second connection. */
struct imap_second {
	struct imap_part	 p;
	const struct imap_account *acct;
	const char		*wfolder;
	uint32_t		 uidvalidity;	/* the first connection's */
	GThread			*thread;
	enum imap_status	 rc;
	struct err		 err;
};

/* One message of the scan: a candidate when its fields meet a criterion. */
static int
imap_scan_one(void *ctx, const struct imap_scan_item *it)
{
	struct imap_part *p = ctx;

	/* `UID n:*` answers with the highest UID even below n. */
	if (it->uid < p->first || (p->last != 0 && it->uid > p->last))
		return 0;
	p->scanned++;
	if (it->uid > p->high)
		p->high = it->uid;
	/* Answered without the fields: better read than missed. */
	if (it->data != NULL && !imap_filter_match(p->filter, it->data,
	    it->len))
		return 0;
	imap_uids_add(&p->found, it->uid);
	return 0;
}

static enum imap_status
imap_part_scan(struct imap_session *s, struct imap_part *p, struct err *err)
{
	return imap_scan_fetch(s, p->first, p->last,
	    imap_filter_fields(p->filter), imap_scan_one, p, err);
}

/*
 * The second connection: logs in, EXAMINEs the folder (nothing on the
 * server changes), checks it is the same UIDVALIDITY, scans, logs out.
 */
static gpointer
imap_second_run(gpointer arg)
{
	struct imap_second *t = arg;
	struct imap_session *s;
	const struct mailimap_selection_info *sel;
	char *hint;
	int r;

	if ((t->rc = imap_session_open(&s, t->acct, &t->err)) != IMAP_OK) {
		/* The first connection got through: the port is right. */
		if ((hint = strstr(t->err.msg, IMAP_TLS_PORT_HINT)) != NULL)
			*hint = '\0';
		return NULL;
	}
	if ((r = mailimap_examine(s->imap, t->wfolder)) != MAILIMAP_NO_ERROR)
		t->rc = imap_fail(s, r, &t->err, "EXAMINE");
	else if ((sel = s->imap->imap_selection_info) == NULL ||
	    sel->sel_uidvalidity != t->uidvalidity) {
		err_set(&t->err, "UIDVALIDITY changed between the two "
		    "connections");
		t->rc = IMAP_ERR_PROTOCOL;
	} else
		t->rc = imap_part_scan(s, &t->p, &t->err);
	imap_session_close(s);
	return NULL;
}

/*
 * Where the new UIDs first..high_uid split in two (the first UID of the
 * upper half), or 0 to scan them on one connection.
 */
static uint32_t
imap_split_at(const struct imap_src *x, uint32_t first)
{
	unsigned conns = x->o.scan_connections != 0 ?
	    x->o.scan_connections : IMAP_DEFAULT_SCAN_CONNECTIONS;
	uint32_t min = x->o.split_min != 0 ? x->o.split_min : IMAP_SPLIT_MIN;

	if (min < 2)
		min = 2;
	if (conns < 2 || x->s->acct == NULL || x->st.high_uid < first ||
	    x->st.high_uid - first + 1 < min)
		return 0;
	return first + (x->st.high_uid - first + 1) / 2;
}

/* Adds part p's candidates to all, its counts to x's. */
static void
imap_part_merge(struct imap_src *x, struct imap_uids *all,
    const struct imap_part *p)
{
	size_t i;

	for (i = 0; i < p->found.n; i++)
		imap_uids_add(all, p->found.v[i]);
	x->st.scanned += p->scanned;
	if (p->high > x->st.high_uid)
		x->st.high_uid = p->high;
}

/*
 * The client-side search of the UIDs >= first, before any message is
 * read; the candidates (sorted, each once) become the list to read.  A
 * large range is split: a second connection scans the upper half while
 * this one scans the lower (a server process each; docs/imap.md, step
 * 5).
 */
static enum imap_status
imap_src_scan(struct imap_src *x, uint32_t first, struct err *err)
{
	struct imap_part low = { .first = first };
	struct imap_uids all = { 0 };
	struct imap_second up = { 0 };
	uint32_t at = imap_split_at(x, first);
	int two = 0;
	enum imap_status rc;

	low.filter = imap_filter_new(&x->o);
	if (at != 0) {
		up.p.filter = imap_filter_new(&x->o);
		up.p.first = at;
		up.acct = x->s->acct;
		up.wfolder = x->wfolder;
		up.uidvalidity = x->st.uidvalidity;
		up.thread = g_thread_try_new("imap-second-scan",
		    imap_second_run, &up, NULL);
		if (up.thread != NULL) {
			two = 1;
			low.last = at - 1;
		} else
			imap_filter_free(up.p.filter);
	}
	rc = imap_part_scan(x->s, &low, err);
	if (two) {
		g_thread_join(up.thread);
		if (rc == IMAP_OK && up.rc == IMAP_OK) {
			x->st.split = 1;
		} else if (rc == IMAP_OK) {
			/*
			 * The upper half on this connection, after all;
			 * nothing the second saw counts.
			 */
			x->st.split = -1;
			g_strlcpy(x->st.split_error, up.err.msg,
			    sizeof(x->st.split_error));
			low.first = at;
			low.last = 0;
			rc = imap_part_scan(x->s, &low, err);
		}
	}
	if (rc == IMAP_OK) {
		imap_part_merge(x, &all, &low);
		if (x->st.split > 0)
			imap_part_merge(x, &all, &up.p);
	}
	if (two) {
		g_free(up.p.found.v);
		imap_filter_free(up.p.filter);
	}
	g_free(low.found.v);
	imap_filter_free(low.filter);
	if (rc != IMAP_OK) {
		g_free(all.v);
		return rc;
	}
	x->ncand = imap_uids_sort(all.v, all.n);
	x->cand = all.v;
	x->st.candidates = (long)x->ncand;
	return IMAP_OK;
}

/*
 * The move target as the server wants it: "/" between levels made its
 * separator (asked only when there is a "/"; a server that will not say
 * gets the name as written), then modified UTF-7.
 */
static enum imap_status
imap_src_target(struct imap_src *x, struct err *err)
{
	enum imap_status rc = IMAP_OK;
	char sep = '\0', *name;

	if (strchr(x->o.after_arg, '/') != NULL)
		rc = imap_session_separator(x->s, &sep, err);
	if (rc == IMAP_ERR_PROTOCOL && imap_session_alive(x->s))
		rc = IMAP_OK;
	if (rc != IMAP_OK)
		return rc;
	name = imap_server_name(x->o.after_arg, sep);
	x->wtarget = imap_mutf7(name, err);
	g_free(name);
	return x->wtarget != NULL ? IMAP_OK : IMAP_ERR_CONFIG;
}

static enum imap_status
imap_src_start(struct imap_src *x, struct err *err)
{
	enum imap_status rc;
	uint32_t first;
	unsigned batch = x->o.batch != 0 ? x->o.batch : IMAP_DEFAULT_BATCH;
	int r;

	if (x->o.after == IMAP_AFTER_MOVE && (x->o.after_arg == NULL ||
	    *x->o.after_arg == '\0')) {
		err_set(err, "after = move needs a target folder");
		return IMAP_ERR_CONFIG;
	}
	if ((x->wfolder = imap_mutf7(x->o.folder, err)) == NULL)
		return IMAP_ERR_CONFIG;
	if (x->o.after == IMAP_AFTER_MOVE &&
	    (rc = imap_src_target(x, err)) != IMAP_OK)
		return rc;
	if (x->o.after == IMAP_AFTER_MOVE && !imap_can_move(x)) {
		err_set(err, "'%s' has neither MOVE nor UIDPLUS: refusing to "
		    "expunge", x->s->where);
		return IMAP_ERR_PROTOCOL;
	}
	x->items = g_new0(struct imap_item, batch);
	rc = IMAP_OK;
	if ((r = imap_nothing_new(x, &rc, err)) != 0)
		return rc;
	if ((rc = imap_select(x, err)) != IMAP_OK ||
	    (rc = imap_retry(x, err)) != IMAP_OK)
		return rc;
	x->st.rescan = x->o.uidvalidity != 0 &&
	    x->o.uidvalidity != x->st.uidvalidity;
	first = x->o.uidvalidity == x->st.uidvalidity ? x->o.last_uid + 1 : 1;
	if (x->st.high_uid < first - 1)
		x->st.high_uid = first - 1;
	if (x->s->ascii_search && x->o.search != IMAP_SEARCH_CLIENT &&
	    !x->o.fetch_all)
		x->st.charset_refused = 2;
	if (imap_client_side(x, first))
		return imap_src_scan(x, first, err);
	/*
	 * A server need only take US-ASCII in SEARCH (RFC 3501 6.4.4), and
	 * the criteria hold Chinese, Russian, Japanese and Korean subjects.
	 * One that refuses UTF-8 gets the client-side search for the rest
	 * of the connection, not an ASCII SEARCH with the other keys
	 * matched here: those keys would have to be matched against the
	 * header fields of every new message anyway, so an ASCII SEARCH
	 * would save no FETCH, cost one more command and make a third way
	 * of searching to keep exact.  The client-side search applies every
	 * criterion, RFC 2047-decoded, and finds at least what the server's
	 * search would.  One refused SEARCH per connection, never retried;
	 * the cursor is as after any client-side search.
	 */
	rc = imap_search(x, first, err);
	if (rc != IMAP_OK && x->st.charset_refused == 1)
		return imap_src_scan(x, first, err);
	return rc;
}

enum imap_status
imap_source_open(struct source *src, struct imap_session *s,
    const struct imap_folder_opts *opts, struct err *err)
{
	struct imap_src *x;
	enum imap_status rc;

	x = g_new0(struct imap_src, 1);
	x->s = s;
	x->o = *opts;
	if ((rc = imap_src_start(x, err)) != IMAP_OK) {
		imap_src_close(x);
		return rc;
	}
	src->ops = &imap_source_ops;
	src->ctx = x;
	return IMAP_OK;
}

void
imap_source_stats(const struct source *src, struct imap_folder_stats *stats)
{
	const struct imap_src *x = src->ctx;

	*stats = x->st;
}

enum imap_status
imap_source_status(const struct source *src)
{
	const struct imap_src *x = src->ctx;

	return x->status;
}

void
imap_source_report(struct source *src, enum imap_status *status)
{
	struct imap_src *x = src->ctx;

	x->report = status;
}
