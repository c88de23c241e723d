/*
 * diag_score: scores the classifier line by line on a table of real
 * diagnostic lines (lines.tsv beside this file): each row's status, reply
 * code and text go through dsn_classify() as a failed recipient, and the
 * category it gives is compared with the documented meaning.
 *
 * Prints lines, right, ratio, false kills (truth is not invalid, ours is)
 * and invalid recall; -v lists each wrong line, -w FILE writes them to a
 * file.  With -l LIMITS (lines "floor RATIO" and "ceiling FALSE_KILLS")
 * it exits 1 when the ratio falls under the floor or the false kills rise
 * over the ceiling.  -n reads by the rules alone (no word evidence);
 * -a FILE writes each row's table, line, answer, reason, whether the
 * word evidence may read it (1 or 0, by the rules' answer) and whether
 * it may veto the rules' invalid (1 or 0) for scripts/words-train.py.
 * -t reads a row with neither status nor code as a notice's reader
 * reads a recipient without a Status field: both from its text.  -r
 * takes a source column that holds an address as the recipient's
 * address, as a notice's reader knows it from the report (frames.py:
 * the address a frame names, where the frame's own words name another
 * before the reply, MailMarshal's "From:").  Exit
 * 2: the table or the limits cannot be read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "dsn.h"
#include "dsn_int.h"

enum { COL_STATUS, COL_CODE, COL_TEXT, COL_CATEGORY, COL_SOURCE, NCOL };

struct score {
	size_t	 lines;
	size_t	 right;
	size_t	 false_kills;
	size_t	 invalid;		/* rows whose truth is only invalid */
	size_t	 invalid_found;
	GString	*wrong;			/* one line per miss */
	GString	*all;			/* -a: one line per row, or NULL */
	const char *table;		/* its file name */
	int	 rules_only;		/* -n */
	int	 from_text;		/* -t */
	int	 rcpt_source;		/* -r */
};

struct limits {
	double	 floor;
	long	 ceiling;
};

/* The truth column: one category, or several joined by '|'. */
static int
truth_has(const char *truth, const char *cat)
{
	gchar **alt = g_strsplit(truth, "|", -1);
	int found = 0;
	size_t i;

	for (i = 0; alt[i] != NULL; i++)
		if (strcmp(alt[i], cat) == 0)
			found = 1;
	g_strfreev(alt);
	return found;
}

static int
truth_valid(const char *truth)
{
	gchar **alt = g_strsplit(truth, "|", -1);
	int ok = alt[0] != NULL;
	size_t i;

	for (i = 0; alt[i] != NULL; i++) {
		enum dsn_category c = dsn_category_from_name(alt[i]);

		if (c == DSN_CAT_NONE || c == DSN_CAT_AUTOREPLY ||
		    c == DSN_CAT_DELIVERED)
			ok = 0;
	}
	g_strfreev(alt);
	return ok;
}

static enum dsn_category
classify_row(const struct score *s, const struct dsn_rules *rules,
    gchar **col, char **rule, size_t lineno)
{
	struct dsn_recipient r;
	enum dsn_category cat;

	memset(&r, 0, sizeof(r));
	r.status = *col[COL_STATUS] ? g_strdup(col[COL_STATUS]) : NULL;
	r.code = *col[COL_CODE] ? g_strdup(col[COL_CODE]) : NULL;
	if (s->from_text && r.status == NULL && r.code == NULL) {
		r.status = dsn_status_pick(NULL, col[COL_TEXT]);
		r.code = dsn_code_find_failure(col[COL_TEXT]);
	}
	r.diagnostic = g_strdup(col[COL_TEXT]);
	if (s->rcpt_source && strchr(col[COL_SOURCE], '@') != NULL)
		r.addr = g_ascii_strdown(col[COL_SOURCE], -1);
	r.action = g_strdup("failed");
	dsn_classify(rules, &r);
	cat = r.category;
	if (s->all != NULL)
		g_string_append_printf(s->all, "%s\t%zu\t%s\t%s\t%d\t%d\n",
		    s->table, lineno, dsn_category_name(cat), r.reason,
		    dsn_words_may(&r), r.words_alone);
	*rule = r.rule;
	g_free(r.addr);
	g_free(r.status);
	g_free(r.code);
	g_free(r.diagnostic);
	g_free(r.action);
	g_free(r.reason);
	return cat;
}

static void
score_row(struct score *s, const struct dsn_rules *rules, gchar **col,
    size_t lineno)
{
	const char *truth = col[COL_CATEGORY];
	const char *ours;
	char *rule = NULL;

	ours = dsn_category_name(classify_row(s, rules, col, &rule, lineno));
	s->lines++;
	if (strcmp(truth, "invalid") == 0) {
		s->invalid++;
		if (strcmp(ours, "invalid") == 0)
			s->invalid_found++;
	}
	if (truth_has(truth, ours)) {
		s->right++;
	} else {
		if (strcmp(ours, "invalid") == 0)
			s->false_kills++;
		g_string_append_printf(s->wrong, "%zu\t%s\t%s\t%s%s\t%s\t%s\n",
		    lineno, truth, ours, strcmp(ours, "invalid") == 0 ?
		    "FALSE-KILL " : "", rule ? rule : "no rule",
		    col[COL_STATUS], col[COL_TEXT]);
	}
	g_free(rule);
}

/*
 * Returns 0, or -1 with a message on stderr naming file and line.  Lines
 * are cut in place with memchr: g_strsplit's strstr rescans the rest of
 * the file for each line under AddressSanitizer, which made a table of
 * 100,000 generated lines take minutes there.
 */
static int
score_table(struct score *s, const struct dsn_rules *rules, const char *path)
{
	gchar *data, *p, *end, *nl;
	gsize len;
	GError *gerr = NULL;
	size_t lineno = 0;
	int rc = 0;

	if (!g_file_get_contents(path, &data, &len, &gerr)) {
		fprintf(stderr, "diag_score: cannot read table: %s\n",
		    gerr->message);
		g_error_free(gerr);
		return -1;
	}
	s->table = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	end = data + len;
	for (p = data; p < end && rc == 0; p = nl + 1) {
		gchar **col;

		lineno++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		*nl = '\0';
		if (*p == '\0' || *p == '#')
			continue;
		col = g_strsplit(p, "\t", -1);
		if (g_strv_length(col) != NCOL || !truth_valid(col[COL_CATEGORY])
		    || *col[COL_TEXT] == '\0' || *col[COL_SOURCE] == '\0') {
			fprintf(stderr, "diag_score: \"%s\":%zu: want %d "
			    "tab-separated columns, a known category, a text "
			    "and a source\n", path, lineno, NCOL);
			rc = -1;
		} else
			score_row(s, rules, col, lineno);
		g_strfreev(col);
	}
	g_free(data);
	return rc;
}

static int
limits_read(const char *path, struct limits *lim)
{
	gchar *data, **lines;
	size_t i;
	int seen = 0;

	if (!g_file_get_contents(path, &data, NULL, NULL)) {
		fprintf(stderr, "diag_score: cannot read limits \"%s\"\n",
		    path);
		return -1;
	}
	lines = g_strsplit(data, "\n", -1);
	g_free(data);
	for (i = 0; lines[i] != NULL; i++) {
		if (sscanf(lines[i], "floor %lf", &lim->floor) == 1)
			seen |= 1;
		else if (sscanf(lines[i], "ceiling %ld", &lim->ceiling) == 1)
			seen |= 2;
	}
	g_strfreev(lines);
	if (seen != 3) {
		fprintf(stderr, "diag_score: limits \"%s\" need a floor and "
		    "a ceiling line\n", path);
		return -1;
	}
	return 0;
}

static double
ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0.0;
}

static int
report(const struct score *s, const struct limits *lim)
{
	double r = ratio(s->right, s->lines);
	int fail = 0;

	printf("lines %zu\nright %zu\nratio %.4f\nfalse kills %zu\n"
	    "invalid recall %.4f (%zu of %zu)\n", s->lines, s->right, r,
	    s->false_kills, ratio(s->invalid_found, s->invalid),
	    s->invalid_found, s->invalid);
	if (lim == NULL)
		return 0;
	if (r < lim->floor) {
		printf("FAIL: ratio %.4f is under the floor %.4f\n", r,
		    lim->floor);
		fail = 1;
	}
	if ((long)s->false_kills > lim->ceiling) {
		printf("FAIL: %zu false kills, over the ceiling %ld\n",
		    s->false_kills, lim->ceiling);
		fail = 1;
	}
	return fail;
}

static int
write_lines(const char *path, const GString *wrong)
{
	GError *gerr = NULL;

	if (!g_file_set_contents(path, wrong->str, (gssize)wrong->len,
	    &gerr)) {
		fprintf(stderr, "diag_score: cannot write \"%s\": %s\n", path,
		    gerr->message);
		g_error_free(gerr);
		return -1;
	}
	return 0;
}

static void
usage(void)
{
	fprintf(stderr, "usage: diag_score [-nrtv] [-w wrong.tsv] "
	    "[-a answers.tsv] [-l limits] lines.tsv\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	struct score s = { 0 };
	struct limits lim, *limp = NULL;
	struct dsn_rules *rules;
	struct err err;
	const char *wrongfile = NULL, *allfile = NULL;
	int ch, verbose = 0, rc;

	while ((ch = getopt(argc, argv, "nrtvw:a:l:")) != -1) {
		if (ch == 'v')
			verbose = 1;
		else if (ch == 't')
			s.from_text = 1;
		else if (ch == 'r')
			s.rcpt_source = 1;
		else if (ch == 'n')
			s.rules_only = 1;
		else if (ch == 'w')
			wrongfile = optarg;
		else if (ch == 'a')
			allfile = optarg;
		else if (ch == 'l' && limits_read(optarg, &lim) == 0)
			limp = &lim;
		else
			usage();
	}
	if (optind + 1 != argc)
		usage();
	dsn_init();
	if ((rules = dsn_rules_load(NULL, &err)) == NULL) {
		fprintf(stderr, "diag_score: rules: %s\n", err.msg);
		return 2;
	}
	dsn_rules_set_words(rules, !s.rules_only);
	s.wrong = g_string_new(NULL);
	s.all = allfile != NULL ? g_string_new(NULL) : NULL;
	rc = score_table(&s, rules, argv[optind]);
	if (rc == 0 && verbose)
		fputs(s.wrong->str, stdout);
	if (rc == 0 && wrongfile != NULL)
		rc = write_lines(wrongfile, s.wrong);
	if (rc == 0 && allfile != NULL)
		rc = write_lines(allfile, s.all);
	rc = rc == 0 ? report(&s, limp) : 2;
	g_string_free(s.wrong, TRUE);
	if (s.all != NULL)
		g_string_free(s.all, TRUE);
	dsn_rules_free(rules);
	dsn_shutdown();
	return rc;
}
