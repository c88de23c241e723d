/*
 * mbox: walks paths and yields one message at a time.  A file whose first
 * line starts with "From " is an mbox; any other file is one message.
 * Directories are walked recursively in name order (maildirs: only cur/
 * and new/); names starting with '.' are skipped, and so are symbolic
 * links to directories (no loops) and special files met in a walk.  A
 * path given as an argument is read whatever it is (a FIFO, a device).
 *
 * Memory is bounded by the largest message read (at most max_message)
 * plus one block: files are read a block at a time, lines longer than a
 * block are handled in pieces, nothing is loaded whole.  Line ends are
 * LF, CRLF or, for an mbox whose first line ends so, bare CR.  This module
 * does not parse messages.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>

#include "mbox.h"

#define MBOX_BLOCK	65536	/* longest piece of a line held at once */

struct mbox_entry {
	char	*path;
	char	*why;		/* set: the path failed during the walk */
	int	 walked;	/* found in a directory, not an argument */
};

struct mbox_src {
	GPtrArray	*pending;	/* struct mbox_entry *, last first */
	size_t		 max_message;
	char		*path;		/* the file being read */
	FILE		*fp;
	int		 is_mbox;
	long		 index;
	GString		*buf;
	const char	*span;		/* lines of blk read, not yet in buf */
	size_t		 span_len;
	char		*blk;		/* read buffer: blk[pos..end) unread */
	size_t		 pos;
	size_t		 end;
	int		 eof;		/* nothing more to read into blk */
	int		 rd_errno;	/* read error, 0 if none */
	char		 eol;		/* '\n', or '\r' for a bare-CR mbox */
	int		 have_from;	/* the next "From " line was read */
	char		*why;		/* unreadable reason for the message */
	int		 too_big;	/* ... which is its size */
	char		*raw_key;	/* of buf before its line ends changed */
	int		 no_keys;	/* ... never asked: not computed */
};

static void
mbox_entry_free(void *p)
{
	struct mbox_entry *e = p;

	g_free(e->path);
	g_free(e->why);
	g_free(e);
}

static void
mbox_push(struct mbox_src *s, char *path, char *why, int walked)
{
	struct mbox_entry *e;

	e = g_new0(struct mbox_entry, 1);
	e->path = path;
	e->why = why;
	e->walked = walked;
	g_ptr_array_add(s->pending, e);
}

static void
mbox_push_dir(struct mbox_src *s, const char *dir)
{
	struct dirent **names;
	int i, n;
	char *sub;
	struct stat st;
	int maildir;

	n = scandir(dir, &names, NULL, alphasort);
	if (n < 0) {
		mbox_push(s, g_strdup(dir), g_strdup_printf(
		    "cannot read directory: %s", g_strerror(errno)), 1);
		return;
	}
	sub = g_build_filename(dir, "cur", NULL);
	maildir = stat(sub, &st) == 0 && S_ISDIR(st.st_mode);
	g_free(sub);
	/* Pushed in reverse so that they are popped in name order. */
	for (i = n - 1; i >= 0; i--) {
		const char *nm = names[i]->d_name;

		if (nm[0] != '.' && (!maildir || strcmp(nm, "cur") == 0 ||
		    strcmp(nm, "new") == 0))
			mbox_push(s, g_build_filename(dir, nm, NULL), NULL, 1);
		free(names[i]);
	}
	free(names);
}

/* Appends the lines read and kept in blk to buf. */
static void
mbox_flush(struct mbox_src *s)
{
	if (s->span_len > 0)
		g_string_append_len(s->buf, s->span, (gssize)s->span_len);
	s->span_len = 0;
}

/*
 * Moves the unread bytes to the front of blk and reads more after them;
 * the lines kept in blk go to buf first.
 */
static void
mbox_refill(struct mbox_src *s)
{
	size_t want, n;

	if (s->eof)
		return;
	mbox_flush(s);
	memmove(s->blk, s->blk + s->pos, s->end - s->pos);
	s->end -= s->pos;
	s->pos = 0;
	want = MBOX_BLOCK - s->end;
	n = fread(s->blk + s->end, 1, want, s->fp);
	s->end += n;
	if (n < want) {
		s->eof = 1;
		if (ferror(s->fp))
			s->rd_errno = errno ? errno : EIO;
	}
}

/*
 * Takes the next piece of a line: the whole line with its end, or, for a
 * line longer than a block, a block of it (*complete is 0 until its last
 * piece).  The piece lives until the next call.  1: a piece, 0: the end.
 */
static int
mbox_piece(struct mbox_src *s, const char **p, size_t *n, int *complete)
{
	const char *nl;

	for (;;) {
		nl = memchr(s->blk + s->pos, s->eol, s->end - s->pos);
		if (nl != NULL) {
			*p = s->blk + s->pos;
			*n = (size_t)(nl - *p) + 1;
			s->pos += *n;
			*complete = 1;
			return 1;
		}
		if (s->eof || (s->pos == 0 && s->end == MBOX_BLOCK))
			break;
		mbox_refill(s);
	}
	if (s->pos == s->end)
		return 0;
	*p = s->blk + s->pos;
	*n = s->end - s->pos;
	s->pos = s->end;
	*complete = s->eof;
	return 1;
}

/* Bare CR line ends: the first CR comes before any LF and is not CRLF. */
static char
mbox_guess_eol(const char *b, size_t n)
{
	const char *cr, *lf;

	cr = memchr(b, '\r', n);
	lf = memchr(b, '\n', n);
	if (cr != NULL && (lf == NULL || cr < lf) &&
	    (size_t)(cr - b) + 1 < n && cr[1] != '\n')
		return '\r';
	return '\n';
}

static void
mbox_close_file(struct mbox_src *s)
{
	if (s->fp != NULL && s->fp != stdin)
		fclose(s->fp);
	s->fp = NULL;
}

static int
mbox_open_file(struct mbox_src *s, char *path)
{
	s->path = path;
	s->index = 0;
	s->have_from = 0;
	s->pos = s->end = 0;
	s->eof = 0;
	s->rd_errno = 0;
	s->eol = '\n';
	if (strcmp(path, "-") == 0)
		s->fp = stdin;
	else if ((s->fp = fopen(path, "rb")) == NULL)
		return -1;
	mbox_refill(s);
	/* Standard input holds one message, whatever its first line. */
	s->is_mbox = s->fp != stdin && s->end >= 5 &&
	    memcmp(s->blk, "From ", 5) == 0;
	if (s->is_mbox)
		s->eol = mbox_guess_eol(s->blk, s->end);
	return 0;
}

static void
mbox_set_too_big(struct mbox_src *s)
{
	s->why = g_strdup_printf("message larger than %zu bytes",
	    s->max_message);
	s->too_big = 1;
}

/*
 * Makes room in s->buf for a regular file's size at once: grown by
 * doubling, a large message would pass through the heap in steps, which
 * stay in the process's size after it moves on.
 */
static void
mbox_reserve_whole(struct mbox_src *s)
{
	struct stat st;
	gsize len = s->buf->len;

	if (fstat(fileno(s->fp), &st) != 0 || !S_ISREG(st.st_mode) ||
	    (guint64)st.st_size > s->max_message ||
	    (gsize)st.st_size < s->buf->allocated_len)
		return;
	g_string_set_size(s->buf, (gsize)st.st_size);
	g_string_truncate(s->buf, len);
}

/* Reads the rest of a single-message file into s->buf. */
static void
mbox_read_whole(struct mbox_src *s)
{
	size_t n;

	mbox_reserve_whole(s);
	for (;;) {
		n = s->end - s->pos;
		if (s->buf->len + n > s->max_message) {
			mbox_set_too_big(s);
			return;
		}
		g_string_append_len(s->buf, s->blk + s->pos, (gssize)n);
		s->pos = s->end;
		if (s->eof)
			break;
		mbox_refill(s);
	}
	if (s->rd_errno != 0)
		s->why = g_strdup(g_strerror(s->rd_errno));
	else if (s->buf->len == 0)
		s->why = g_strdup("empty file");
}

static int
mbox_is_blank(const struct mbox_src *s, const char *p, size_t n)
{
	return (n == 1 && p[0] == s->eol) ||
	    (n == 2 && p[0] == '\r' && p[1] == '\n');
}

/* Skips the rest of a line of which a piece was read. */
static void
mbox_skip_line(struct mbox_src *s, int complete)
{
	const char *p;
	size_t n;

	while (!complete && mbox_piece(s, &p, &n, &complete) == 1)
		continue;
}

/*
 * Appends a piece, unquoting ">From " (mboxrd) at the start of a line.
 * Pieces that follow each other in blk are kept there as one span and
 * copied at once (mbox_flush()).
 */
static void
mbox_append(struct mbox_src *s, const char *p, size_t n, int at_start)
{
	size_t q;

	if (at_start && n > 0 && p[0] == '>') {
		q = 1;
		while (q < n && p[q] == '>')
			q++;
		if (n - q >= 5 && memcmp(p + q, "From ", 5) == 0) {
			mbox_flush(s);
			p++;
			n--;
		}
	}
	if (s->span_len > 0 && s->span + s->span_len == p) {
		s->span_len += n;
		return;
	}
	mbox_flush(s);
	s->span = p;
	s->span_len = n;
}

/*
 * Takes at once the whole lines in blk from pos on that neither start a
 * message nor need unquoting (their first byte is not 'F' or '>'), while
 * the message stays within its bound: one look for each line end instead
 * of a piece each.  Sets *blank to whether the last line taken is blank;
 * returns whether any was.
 */
static int
mbox_plain_lines(struct mbox_src *s, int *blank)
{
	const char *p = s->blk + s->pos, *end = s->blk + s->end, *q = p;
	const char *last = NULL, *nl;

	while (q < end && *q != 'F' && *q != '>' &&
	    (nl = memchr(q, s->eol, end - q)) != NULL) {
		last = q;
		q = nl + 1;
	}
	if (last == NULL ||
	    s->buf->len + s->span_len + (size_t)(q - p) > s->max_message)
		return 0;
	*blank = mbox_is_blank(s, last, q - last);
	mbox_append(s, p, q - p, 0);
	s->pos += q - p;
	return 1;
}

/*
 * Reads one mbox message (its "From " line excluded) into s->buf.  A
 * "From " line starts a message only after a blank line (or at the start).
 * Returns 1 for a message, 0 at end of file.
 */
static int
mbox_read_next(struct mbox_src *s)
{
	const char *p;
	size_t n;
	int started, complete, at_start = 1, prev_blank = 1, too_big = 0;

	started = s->have_from;
	s->have_from = 0;
	for (;;) {
		if (at_start && !too_big && mbox_plain_lines(s, &prev_blank))
			started = 1;
		if (mbox_piece(s, &p, &n, &complete) != 1)
			break;
		if (at_start && n >= 5 && memcmp(p, "From ", 5) == 0 &&
		    (!started || prev_blank)) {
			mbox_skip_line(s, complete);
			if (started) {
				s->have_from = 1;
				break;
			}
			started = 1;
			continue;
		}
		started = 1;
		if (at_start)
			prev_blank = complete && mbox_is_blank(s, p, n);
		if (!too_big && s->buf->len + s->span_len + n > s->max_message)
			too_big = 1;
		if (!too_big)
			mbox_append(s, p, n, at_start);
		at_start = complete;
	}
	mbox_flush(s);
	if (s->rd_errno != 0)
		s->why = g_strdup(g_strerror(s->rd_errno));
	else if (too_big)
		mbox_set_too_big(s);
	else if (started && s->buf->len == 0)
		s->why = g_strdup("empty message");
	return started;
}

/*
 * CRLF and bare CR line ends become LF in place, so that the parser need
 * not copy the message (a large message is held once).  The key of the
 * raw bytes is kept first when the message has no Message-ID: the
 * database knows such a message by it, whatever its line ends.
 */
/*
 * Whether the header of the message in buf has a Message-ID field (then
 * the database knows it by that, and the raw key is not needed).  Lines
 * end in CR, LF or CRLF; the header ends at the first empty line.
 */
static int
mbox_has_message_id(const char *p, const char *end)
{
	while (p < end && *p != '\r' && *p != '\n') {
		if ((size_t)(end - p) > 11 &&
		    g_ascii_strncasecmp(p, "message-id:", 11) == 0)
			return 1;
		while (p < end && *p != '\r' && *p != '\n')
			p++;
		if (p + 1 < end && p[0] == '\r' && p[1] == '\n')
			p++;
		p++;
	}
	return 0;
}

static void
mbox_lf(struct mbox_src *s)
{
	char *p = s->buf->str, *end = p + s->buf->len, *o, *q, *sum;
	size_t n;

	g_free(s->raw_key);
	s->raw_key = NULL;
	if ((o = memchr(p, '\r', s->buf->len)) == NULL)
		return;
	if (!s->no_keys && !mbox_has_message_id(p, end)) {
		sum = g_compute_checksum_for_data(G_CHECKSUM_SHA256,
		    (const guchar *)p, s->buf->len);
		s->raw_key = g_strconcat("sha256:", sum, NULL);
		g_free(sum);
	}
	/* p at a CR (of a CRLF, or alone): a line end; the rest moved. */
	for (p = o; p < end; p += n) {
		*o++ = '\n';
		p += p + 1 < end && p[1] == '\n' ? 2 : 1;
		q = memchr(p, '\r', (size_t)(end - p));
		n = (size_t)((q != NULL ? q : end) - p);
		memmove(o, p, n);
		o += n;
	}
	g_string_truncate(s->buf, (gsize)(o - s->buf->str));
}

static void
mbox_fill(struct mbox_src *s, struct source_msg *msg, long index)
{
	memset(msg, 0, sizeof(*msg));
	msg->path = s->path;
	msg->index = index;
	if (s->why != NULL) {
		msg->unreadable = s->why;
		msg->skip = s->too_big ? SOURCE_TOO_LARGE : SOURCE_UNREADABLE;
	} else {
		mbox_lf(s);
		msg->data = s->buf->str;
		msg->len = s->buf->len;
		msg->raw_key = s->raw_key;
	}
}

/*
 * Whether to skip an entry: in a walk, only regular files (or links to
 * them) are read, and links to directories are not followed.
 */
static int
mbox_skip_entry(const struct mbox_entry *e, const struct stat *st)
{
	struct stat lst;

	if (!e->walked)
		return 0;
	if (!S_ISREG(st->st_mode) && !S_ISDIR(st->st_mode))
		return 1;
	return S_ISDIR(st->st_mode) && lstat(e->path, &lst) == 0 &&
	    S_ISLNK(lst.st_mode);
}

/*
 * Takes the next path: opens a file (0), expands a directory, or fills
 * msg for a path that cannot be read (1).  -1: no paths left.
 */
static int
mbox_next_path(struct mbox_src *s, struct source_msg *msg)
{
	struct mbox_entry *e;
	struct stat st;
	int r = -1, have_st;

	while (r < 0 && s->pending->len > 0) {
		e = g_ptr_array_steal_index(s->pending, s->pending->len - 1);
		have_st = strcmp(e->path, "-") != 0 && stat(e->path, &st) == 0;
		if (have_st && mbox_skip_entry(e, &st)) {
			/* skipped */
		} else if (have_st && S_ISDIR(st.st_mode) && e->why == NULL) {
			mbox_push_dir(s, e->path);
		} else if (e->why != NULL) {
			s->path = g_steal_pointer(&e->path);
			s->why = g_steal_pointer(&e->why);
			mbox_fill(s, msg, 0);
			r = 1;
		} else if (mbox_open_file(s, g_steal_pointer(&e->path)) < 0) {
			s->why = g_strdup_printf("cannot open: %s",
			    g_strerror(errno));
			mbox_fill(s, msg, 0);
			r = 1;
		} else {
			r = 0;
		}
		mbox_entry_free(e);
	}
	return r;
}

static int
mbox_next(void *ctx, struct source_msg *msg, struct err *err)
{
	struct mbox_src *s = ctx;
	int r;

	g_string_truncate(s->buf, 0);
	g_free(s->why);
	s->why = NULL;
	s->too_big = 0;
	for (;;) {
		if (s->fp == NULL) {
			g_free(s->path);
			s->path = NULL;
			r = mbox_next_path(s, msg);
			if (r == 1)
				return 1;
			if (r < 0)
				return 0;
		}
		if (!s->is_mbox) {
			mbox_read_whole(s);
			mbox_fill(s, msg, 0);
			mbox_close_file(s);
			return 1;
		}
		if (mbox_read_next(s)) {
			mbox_fill(s, msg, s->index++);
			return 1;
		}
		mbox_close_file(s);
	}
}

static void
mbox_close(void *ctx)
{
	struct mbox_src *s = ctx;

	if (s == NULL)
		return;
	mbox_close_file(s);
	g_free(s->raw_key);
	g_free(s->path);
	g_ptr_array_free(s->pending, TRUE);
	g_string_free(s->buf, TRUE);
	g_free(s->blk);
	g_free(s->why);
	g_free(s);
}

static const struct source_ops mbox_ops = {
	.next = mbox_next,
	.committed = NULL,
	.close = mbox_close,
};

int
mbox_source_open(struct source *src, char *const *paths, size_t npaths,
    size_t max_message, struct err *err)
{
	struct mbox_src *s;
	size_t i;

	s = g_new0(struct mbox_src, 1);
	s->pending = g_ptr_array_new_with_free_func(mbox_entry_free);
	s->max_message = max_message ? max_message : MBOX_DEFAULT_MAX_MESSAGE;
	s->buf = g_string_sized_new(65536);
	s->blk = g_malloc(MBOX_BLOCK);
	for (i = npaths; i > 0; i--)
		mbox_push(s, g_strdup(paths[i - 1]), NULL, 0);
	src->ops = &mbox_ops;
	src->ctx = s;
	return 0;
}

void
mbox_source_no_keys(struct source *src)
{
	struct mbox_src *s = src->ctx;

	s->no_keys = 1;
}
