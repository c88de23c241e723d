/*
 * mbox: walks paths and yields one message at a time.  A file whose first
 * line starts with "From " is an mbox; any other regular file is one
 * message.  Directories are walked recursively in name order (maildirs:
 * only cur/ and new/); names starting with '.' are skipped.
 *
 * Memory is bounded by the largest message read (at most max_message):
 * mbox files are streamed line by line, never loaded whole.  This module
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

struct mbox_src {
	GPtrArray	*pending;	/* paths still to visit, last first */
	size_t		 max_message;
	char		*path;		/* the file being read */
	FILE		*fp;
	int		 is_mbox;
	long		 index;
	GString		*buf;
	char		*line;		/* getline buffer */
	size_t		 linecap;
	int		 have_from;	/* line holds the next "From " line */
	char		*why;		/* unreadable reason for the message */
};

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
		g_ptr_array_add(s->pending, g_strdup_printf("\1%s\1%s", dir,
		    g_strerror(errno)));
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
			g_ptr_array_add(s->pending, g_build_filename(dir, nm,
			    NULL));
		free(names[i]);
	}
	free(names);
}

/* An entry "\1path\1reason" stands for a path that could not be opened. */
static int
mbox_is_failed_entry(const char *p)
{
	return p[0] == '\1';
}

static void
mbox_close_file(struct mbox_src *s)
{
	if (s->fp != NULL && s->fp != stdin)
		fclose(s->fp);
	s->fp = NULL;
	g_free(s->path);
	s->path = NULL;
}

static int
mbox_open_file(struct mbox_src *s, char *path)
{
	char head[4096];
	size_t n;

	s->path = path;
	s->index = 0;
	s->have_from = 0;
	if (strcmp(path, "-") == 0) {
		s->fp = stdin;
		s->is_mbox = 0;
		return 0;
	}
	s->fp = fopen(path, "rb");
	if (s->fp == NULL)
		return -1;
	n = fread(head, 1, sizeof(head), s->fp);
	/* A file with bare CR line ends is one message, "From " or not. */
	s->is_mbox = n >= 5 && memcmp(head, "From ", 5) == 0 &&
	    memchr(head, '\n', n) != NULL;
	rewind(s->fp);
	return 0;
}

/* Reads the rest of a single-message file into s->buf. */
static int
mbox_read_whole(struct mbox_src *s)
{
	char chunk[65536];
	size_t n;

	while ((n = fread(chunk, 1, sizeof(chunk), s->fp)) > 0) {
		if (s->buf->len + n > s->max_message) {
			s->why = g_strdup_printf("message larger than %zu bytes",
			    s->max_message);
			return 0;
		}
		g_string_append_len(s->buf, chunk, n);
	}
	if (ferror(s->fp)) {
		s->why = g_strdup(g_strerror(errno));
		return 0;
	}
	if (s->buf->len == 0)
		s->why = g_strdup("empty file");
	return 1;
}

/*
 * Reads one mbox message (the "From " line excluded, ">From " unquoted
 * as in mboxrd) into s->buf.  Returns 1 for a message, 0 at end of file.
 */
static int
mbox_read_next(struct mbox_src *s)
{
	ssize_t n;
	int started = 0, too_big = 0, prev_blank = 1;

	if (s->have_from) {
		s->have_from = 0;
		started = 1;
	}
	while ((n = getline(&s->line, &s->linecap, s->fp)) > 0) {
		int is_from = n >= 5 && memcmp(s->line, "From ", 5) == 0;

		if (is_from && (!started || prev_blank)) {
			if (started) {
				s->have_from = 1;
				break;
			}
			started = 1;
			continue;
		}
		started = 1;
		prev_blank = s->line[0] == '\n' ||
		    (s->line[0] == '\r' && s->line[1] == '\n');
		if (too_big)
			continue;
		if (s->buf->len + (size_t)n > s->max_message) {
			too_big = 1;
			continue;
		}
		if (s->line[0] == '>' && strncmp(s->line + 1 +
		    strspn(s->line + 1, ">"), "From ", 5) == 0)
			g_string_append_len(s->buf, s->line + 1, n - 1);
		else
			g_string_append_len(s->buf, s->line, n);
	}
	if (ferror(s->fp))
		s->why = g_strdup(g_strerror(errno));
	else if (too_big)
		s->why = g_strdup_printf("message larger than %zu bytes",
		    s->max_message);
	return started;
}

static void
mbox_fill(struct mbox_src *s, struct source_msg *msg, long index)
{
	memset(msg, 0, sizeof(*msg));
	msg->path = s->path;
	msg->index = index;
	if (s->why != NULL) {
		msg->unreadable = s->why;
	} else {
		msg->data = s->buf->str;
		msg->len = s->buf->len;
	}
}

/* Takes the next path: opens a file, expands a directory. */
static int
mbox_next_path(struct mbox_src *s, struct source_msg *msg)
{
	char *p;
	struct stat st;

	while (s->pending->len > 0) {
		p = g_ptr_array_steal_index(s->pending, s->pending->len - 1);
		if (mbox_is_failed_entry(p)) {
			char *sep = strchr(p + 1, '\1');

			*sep = '\0';
			s->path = g_strdup(p + 1);
			s->why = g_strdup_printf("cannot read: %s", sep + 1);
			g_free(p);
			mbox_fill(s, msg, 0);
			return 1;
		}
		if (strcmp(p, "-") != 0 && stat(p, &st) == 0 &&
		    S_ISDIR(st.st_mode)) {
			mbox_push_dir(s, p);
			g_free(p);
			continue;
		}
		if (strcmp(p, "-") != 0 && stat(p, &st) == 0 &&
		    !S_ISREG(st.st_mode)) {
			g_free(p);
			continue;
		}
		if (mbox_open_file(s, p) < 0) {
			s->why = g_strdup_printf("cannot open: %s",
			    g_strerror(errno));
			mbox_fill(s, msg, 0);
			return 1;
		}
		return 0;
	}
	return -1;
}

static int
mbox_next(void *ctx, struct source_msg *msg, struct err *err)
{
	struct mbox_src *s = ctx;
	int r;

	g_string_truncate(s->buf, 0);
	g_free(s->why);
	s->why = NULL;
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
			if (s->fp != stdin)
				fclose(s->fp);
			s->fp = NULL;
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
	g_ptr_array_free(s->pending, TRUE);
	g_string_free(s->buf, TRUE);
	free(s->line);
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
	s->pending = g_ptr_array_new_with_free_func(g_free);
	s->max_message = max_message ? max_message : MBOX_DEFAULT_MAX_MESSAGE;
	s->buf = g_string_sized_new(65536);
	for (i = npaths; i > 0; i--)
		g_ptr_array_add(s->pending, g_strdup(paths[i - 1]));
	src->ops = &mbox_ops;
	src->ctx = s;
	return 0;
}
