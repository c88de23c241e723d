/*
 * web_download: the contacts page's current filter as CSV or XLSX, through
 * the export's own columns and sinks (src/cli/export_list.c, export_csv.c,
 * export_xlsx.c), so a download has the columns `export` writes.  Written
 * to a private temporary folder, opened, and unlinked before it is sent.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "export_list.h"
#include "web_req.h"

#define DL_PAGE	1000

struct dl_ctx {
	struct export_list	*list;
	int			 n;
	char			*last;
	long long		 last_since;
};

static int
dl_row(void *ctx, const struct store_contact *c)
{
	struct dl_ctx *x = ctx;
	struct store_export_row r = { c->address, c->columns, c->header_id,
		c->status, c->reason, c->suggestion, c->last_bounce,
		c->source };

	x->n++;
	g_free(x->last);
	x->last = g_strdup(c->address);
	x->last_since = c->since;
	return export_list_row(x->list, &r);
}

/* Every contact of the filter, page after page, into the list. */
static int
dl_rows(struct store *st, struct store_page *p, struct dl_ctx *x,
    struct err *err)
{
	p->after_address = NULL;
	p->limit = DL_PAGE;
	do {
		x->n = 0;
		if (store_page_each(st, p, dl_row, x, err) < 0)
			return -1;
		p->after_address = x->last;
		p->after_since = x->last_since;
	} while (x->n == DL_PAGE);
	return 0;
}

static struct export_sink *
dl_sink(const char *path, int xlsx, int *fd, struct err *err)
{
	struct export_csv_opts o = { ',', 0, 1 };

	*fd = -1;
	if (xlsx)
		return export_xlsx_new(path, err);
	if ((*fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC,
	    0600)) < 0) {
		err_set(err, "cannot create '%s': %s", path, strerror(errno));
		return NULL;
	}
	return export_csv_new(*fd, &o);
}

/* Writes the file at path; 0 or -1 with err set. */
static int
dl_write(struct store *st, struct store_page *p, const char *path,
    int xlsx, struct err *err)
{
	struct dl_ctx x = { 0 };
	struct export_sink *sink;
	int fd, rc = -1;

	if ((sink = dl_sink(path, xlsx, &fd, err)) == NULL)
		goto out;
	if ((x.list = export_list_new(st, sink, err)) != NULL &&
	    dl_rows(st, p, &x, err) == 0)
		rc = sink->ops->finish(sink, err);
	export_list_free(x.list);
	sink->ops->free(sink);
out:
	if (fd >= 0)
		close(fd);
	g_free(x.last);
	return rc;
}

/* Opens the written file and removes it and its folder. */
static int
dl_open(const char *dir, const char *path, size_t *size, struct err *err)
{
	struct stat sb;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0 || fstat(fd, &sb) < 0) {
		err_set(err, "cannot read '%s': %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		fd = -1;
	} else
		*size = (size_t)sb.st_size;
	unlink(path);
	rmdir(dir);
	return fd;
}

void
web_download(struct web_req *r, int xlsx)
{
	struct store_page p;
	struct err err;
	char *dir, *path;

	if (web_page_filter(r, &p) < 0) {
		web_reply_error(r, 400, "unknown status or source");
		return;
	}
	if ((dir = g_dir_make_tmp("bh-download-XXXXXX", NULL)) == NULL) {
		web_reply_error(r, 500, "cannot make a temporary folder");
		return;
	}
	path = g_build_filename(dir, xlsx ? "contacts.xlsx" : "contacts.csv",
	    NULL);
	if (dl_write(r->st, &p, path, xlsx, &err) < 0 ||
	    (r->fd = dl_open(dir, path, &r->fd_size, &err)) < 0) {
		unlink(path);
		rmdir(dir);
		web_reply_error(r, 500, err.msg);
	} else {
		r->status = 200;
		r->type = xlsx ? "application/vnd.openxmlformats-"
		    "officedocument.spreadsheetml.sheet" :
		    "text/csv; charset=utf-8";
		r->disposition = g_strdup_printf("attachment; filename=\""
		    "contacts.%s\"", xlsx ? "xlsx" : "csv");
	}
	g_free(path);
	g_free(dir);
}
