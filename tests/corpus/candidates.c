/*
 * candidates: whether the harvest's mailbox search would fetch every
 * notice of the corpora.  Each .eml file under the directories given is
 * read by the reader (the built-in rules); each it calls a bounce,
 * complaint or auto-reply must meet the client-side search criteria that
 * the harvest applies (imap_filter_match(), with the reader's own keys as
 * the harvest passes them).  Those it would miss are named, one a line.
 * The ordinary mail among the files (the reader calls it nothing) is
 * counted too: how much of it the search would fetch for nothing.  Both
 * counts are printed as well for the IMAP module's own lists alone (the
 * search without the reader's keys), as a baseline.
 *
 * Usage: candidates [-n MIN] [-m SHARE] DIR...   exit 1 on a miss, fewer
 * than MIN notices read (default 1) or more than SHARE (default 1) of the
 * ordinary mail fetched; 2 on bad usage or an unreadable file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "dsn.h"
#include "imap.h"
#include "err.h"

struct cand {
	const struct dsn_rules	*rules;
	struct imap_filter	*filter;	/* the harvest's */
	struct imap_filter	*own;		/* the module's lists alone */
	long	notices;
	long	missed;
	long	own_missed;
	long	ordinary;
	long	ordinary_hit;
	long	own_hit;
	int	bad;
};

/*
 * The header block as an IMAP server sends it: every line end CRLF (the
 * corpora hold copies with bare CR and bare LF line ends), up to the first
 * empty line.
 */
static GString *
cand_header(const char *data, size_t len)
{
	GString *h = g_string_new(NULL);
	size_t i;

	for (i = 0; i < len; i++) {
		if (data[i] != '\r' && data[i] != '\n') {
			g_string_append_c(h, data[i]);
			continue;
		}
		if (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n')
			i++;
		g_string_append(h, "\r\n");
		if (h->len >= 4 && strcmp(h->str + h->len - 4, "\r\n\r\n") == 0)
			break;
	}
	return h;
}

static void
cand_file(struct cand *c, const char *path)
{
	struct dsn_report rep;
	struct err err;
	char *data;
	GString *h;
	size_t len;
	int hit, own;

	if (!g_file_get_contents(path, &data, &len, NULL)) {
		fprintf(stderr, "candidates: cannot read '%s'\n", path);
		c->bad = 1;
		return;
	}
	if (dsn_parse(data, len, c->rules, 0, &rep, &err) < 0) {
		fprintf(stderr, "candidates: '%s': %s\n", path, err.msg);
		c->bad = 1;
		g_free(data);
		return;
	}
	h = cand_header(data, len);
	hit = imap_filter_match(c->filter, h->str, h->len);
	own = imap_filter_match(c->own, h->str, h->len);
	g_string_free(h, TRUE);
	if (rep.kind == DSN_KIND_NONE) {
		c->ordinary++;
		c->ordinary_hit += hit;
		c->own_hit += own;
	} else {
		c->notices++;
		c->own_missed += !own;
		if (!hit) {
			c->missed++;
			printf("missed: %s (%s; From: %s; Subject: %s)\n",
			    path, dsn_kind_name(rep.kind),
			    rep.from != NULL ? rep.from : "",
			    rep.subject != NULL ? rep.subject : "");
		}
	}
	dsn_report_release(&rep);
	g_free(data);
}

/* Every .eml file under dir, in name order. */
static void
cand_dir(struct cand *c, const char *dir)
{
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	char *path;
	GDir *d;
	guint i;

	if ((d = g_dir_open(dir, 0, NULL)) == NULL) {
		fprintf(stderr, "candidates: cannot open '%s'\n", dir);
		c->bad = 1;
		g_ptr_array_free(names, TRUE);
		return;
	}
	while ((name = g_dir_read_name(d)) != NULL)
		g_ptr_array_add(names, g_build_filename(dir, name, NULL));
	g_dir_close(d);
	g_ptr_array_sort(names, (GCompareFunc)g_strcmp0);
	for (i = 0; i < names->len; i++) {
		path = *(char **)&names->pdata[i];
		if (g_file_test(path, G_FILE_TEST_IS_DIR))
			cand_dir(c, path);
		else if (g_str_has_suffix(path, ".eml"))
			cand_file(c, path);
	}
	g_ptr_array_free(names, TRUE);
}

static int
cand_run(struct cand *c, char **dirs, long min, double share)
{
	int i;

	for (i = 0; dirs[i] != NULL; i++)
		cand_dir(c, dirs[i]);
	printf("notices: %ld, not candidates: %ld (module's lists alone: "
	    "%ld)\n", c->notices, c->missed, c->own_missed);
	printf("ordinary mail: %ld, candidates among it: %ld (module's lists "
	    "alone: %ld)\n", c->ordinary, c->ordinary_hit, c->own_hit);
	if (c->bad)
		return 2;
	if (c->notices < min) {
		printf("FAIL: %ld notices read, want at least %ld\n",
		    c->notices, min);
		return 1;
	}
	if (c->ordinary_hit > share * (double)c->ordinary) {
		printf("FAIL: %ld of %ld ordinary messages fetched, want at "
		    "most %.3f of them\n", c->ordinary_hit, c->ordinary, share);
		return 1;
	}
	return c->missed > 0;
}

int
main(int argc, char **argv)
{
	struct imap_folder_opts o = { 0 }, none = { 0 };
	struct cand c = { 0 };
	char **subject, **from;
	struct dsn_rules *rules;
	struct err err;
	double share = 1;
	long min = 1;
	int rc;

	for (; argc > 2 && (strcmp(argv[1], "-n") == 0 ||
	    strcmp(argv[1], "-m") == 0); argv += 2, argc -= 2)
		if (argv[1][1] == 'n')
			min = strtol(argv[2], NULL, 10);
		else
			share = g_ascii_strtod(argv[2], NULL);
	if (argc < 2) {
		fprintf(stderr, "usage: candidates [-n MIN] [-m SHARE] "
		    "DIR...\n");
		return 2;
	}
	dsn_init();
	if ((rules = dsn_rules_load(NULL, &err)) == NULL) {
		fprintf(stderr, "candidates: %s\n", err.msg);
		return 2;
	}
	/* As the harvest does (cmd_harvest.c). */
	subject = dsn_rules_message_keys(rules, &from);
	o.reader_subject = (const char *const *)subject;
	o.reader_from = (const char *const *)from;
	c.rules = rules;
	c.filter = imap_filter_new(&o);
	c.own = imap_filter_new(&none);
	rc = cand_run(&c, argv + 1, min, share);
	imap_filter_free(c.filter);
	imap_filter_free(c.own);
	g_strfreev(subject);
	g_strfreev(from);
	dsn_rules_free(rules);
	dsn_shutdown();
	return rc;
}
