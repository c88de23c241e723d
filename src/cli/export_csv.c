/*
 * export_csv: the export as CSV (RFC 4180, CRLF), for machines: UTF-8,
 * the separator and a byte order mark on request, written in large blocks.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "csv.h"
#include "export_sink.h"

#define CSV_FLUSH	(64 * 1024)

struct csv_sink {
	struct export_sink base;
	struct export_csv_opts o;
	int		 fd;
	int		 head;		/* the header row is still to come */
	GString		*out;
};

static int
csv_sink_flush(struct csv_sink *c, size_t min, struct err *err)
{
	const char *p = c->out->str;
	size_t left = c->out->len;
	ssize_t n;

	if (left < min)
		return 0;
	while (left > 0) {
		if ((n = write(c->fd, p, left)) < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return err_set(err, "cannot write the export: %s",
			    strerror(errno));
		p += n;
		left -= (size_t)n;
	}
	g_string_truncate(c->out, 0);
	return 0;
}

static int
csv_sink_row(struct export_sink *s, char *const *cells, size_t n,
    struct err *err)
{
	struct csv_sink *c = (struct csv_sink *)s;

	/* Header names are ours or the CRM's: never guarded. */
	csv_row_append_sep(c->out, cells, n, c->o.sep,
	    c->head ? 0 : c->o.neutralise);
	g_string_append(c->out, "\r\n");
	c->head = 0;
	return csv_sink_flush(c, CSV_FLUSH, err);
}

static int
csv_sink_finish(struct export_sink *s, struct err *err)
{
	struct csv_sink *c = (struct csv_sink *)s;

	return csv_sink_flush(c, 0, err);
}

static void
csv_sink_free(struct export_sink *s)
{
	struct csv_sink *c = (struct csv_sink *)s;

	if (c == NULL)
		return;
	g_string_free(c->out, TRUE);
	g_free(c);
}

static const struct export_sink_ops csv_sink_ops = { csv_sink_row,
	csv_sink_finish, csv_sink_free };

struct export_sink *
export_csv_new(int fd, const struct export_csv_opts *o)
{
	struct csv_sink *c = g_new0(struct csv_sink, 1);

	c->base.ops = &csv_sink_ops;
	c->o = *o;
	c->fd = fd;
	c->head = 1;
	c->out = g_string_sized_new(CSV_FLUSH * 2);
	if (o->bom)
		g_string_append(c->out, "\xef\xbb\xbf");
	return &c->base;
}
