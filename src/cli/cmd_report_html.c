/*
 * cmd_report_html: `report --html FILE`: the overview and the attention
 * list as one self-contained page (src/web), written to a new file beside
 * FILE and renamed over it, so a reader never sees half a report.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "log.h"
#include "web.h"

static int
report_html_write(const char *path, const char *text, size_t len,
    struct err *err)
{
	char *dir = g_path_get_dirname(path), *tmp;
	int fd, rc = -1;

	tmp = g_strdup_printf("%s/.report.XXXXXX", dir);
	if ((fd = g_mkstemp_full(tmp, O_RDWR | O_CLOEXEC, 0644)) < 0)
		err_set(err, "cannot create a file in '%s': %s", dir,
		    strerror(errno));
	else if (write(fd, text, len) != (ssize_t)len || fsync(fd) < 0)
		err_set(err, "cannot write '%s': %s", path, strerror(errno));
	else if (rename(tmp, path) < 0)
		err_set(err, "cannot replace '%s': %s", path, strerror(errno));
	else
		rc = 0;
	if (fd >= 0)
		close(fd);
	if (rc < 0 && fd >= 0)
		unlink(tmp);
	g_free(tmp);
	g_free(dir);
	return rc;
}

int
cli_report_html(struct store *st, const char *path)
{
	struct err err;
	size_t len;
	char *html;

	html = web_report_html(st, (long long)time(NULL), &len, &err);
	if (html == NULL) {
		log_error("report: %s", err.msg);
		return EXIT_STORE;
	}
	if (report_html_write(path, html, len, &err) < 0) {
		g_free(html);
		log_error("report: %s", err.msg);
		return EXIT_RUNTIME;
	}
	g_free(html);
	return EXIT_OK;
}
