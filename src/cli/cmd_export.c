/*
 * cmd_export: `bounce-harvester export`: the cleaned contact list, streamed
 * in the order the contacts were first imported (the CRM's order): a
 * fixed first column `email`, then every other imported column in its
 * original order, then status, reason, last_bounce, suggestion and source.
 * Only the user's contacts (imported or added by hand) unless
 * --with-bounced: an address only a bounce named is not a mailing target.
 *
 * CSV is for machines (a mailing tool or CRM): UTF-8, commas unless told
 * otherwise, no byte order mark unless asked (--bom, for Excel).  Cells a
 * spreadsheet could run get a leading apostrophe (csv_is_formula: never a
 * phone number or an address) unless --formulas.  XLSX (-o FILE.xlsx or
 * --format xlsx) is for people: strings only, so it needs no guard.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "atomic.h"
#include "cli.h"
#include "cli_store.h"
#include "csv.h"
#include "export_list.h"
#include "export_sink.h"
#include "log.h"

static const char *const export_default[] = { "active", "full",
	"retry-later", "suspect", NULL };

struct export_ctx {
	struct export_sink *sink;
	int		 with_bounced;	/* --with-bounced */
	struct export_list *list;
};

/* The list (export_list.c) through x->sink, for the statuses asked. */
static int
export_run(struct export_ctx *x, struct store *st, char **statuses,
    struct err *err)
{
	const char *const *want = (const char *const *)statuses;
	int rc;

	if (statuses == NULL)
		want = export_default;
	else if (strcmp(statuses[0], "all") == 0)
		want = NULL;
	if ((x->list = export_list_new(st, x->sink, err)) == NULL)
		return -1;
	rc = store_export_each(st, want, x->with_bounced, export_list_row,
	    x->list, err);
	if (rc == 0)
		rc = x->sink->ops->finish(x->sink, err);
	export_list_free(x->list);
	x->list = NULL;
	return rc;
}

static char **
export_statuses(const char *list)
{
	char **v;
	size_t i;

	if (list == NULL)
		return NULL;
	v = g_strsplit(list, ",", -1);
	for (i = 0; v[i] != NULL; i++)
		g_strstrip(v[i]);
	return v;
}

struct export_opts {
	char	*outfile, *list, *format, *delimiter;
	int	 formulas, bom, with_bounced;
};

static int
export_sep(const char *d, char *sep)
{
	if (d == NULL) {
		*sep = ',';
		return 0;
	}
	return csv_sep_parse(d, sep);
}

static int
export_is_xlsx(const struct export_opts *o)
{
	if (o->format != NULL)
		return g_ascii_strcasecmp(o->format, "xlsx") == 0;
	return o->outfile != NULL && g_str_has_suffix(o->outfile, ".xlsx");
}

/*
 * The sink for the options, writing to fd (a temporary file beside the
 * target, or standard output) or to tmp (XLSX).
 */
static struct export_sink *
export_sink_for(const struct export_opts *o, int fd, const char *tmp,
    struct err *err)
{
	struct export_csv_opts co = { ',', o->bom, !o->formulas };

	if (export_is_xlsx(o))
		return export_xlsx_new(tmp, err);
	export_sep(o->delimiter, &co.sep);
	return export_csv_new(fd, &co);
}

/*
 * Writes the export into a new file beside the target, then renames it
 * over the target (atomic.h): a failure (a full disk) leaves the old file
 * whole, a link another user planted at the target is replaced rather
 * than followed, and the file is created 0600 whatever stood there
 * before.  A terminal or pipe (-o /dev/stdout) is written in place.
 */
static int
export_to_file(struct export_ctx *x, struct cli_db *db,
    const struct export_opts *o, char **statuses, struct err *err)
{
	struct atomic_file af;

	if (atomic_file_open(&af, o->outfile, err) < 0)
		return -1;
	if (export_is_xlsx(o) && af.tmp == NULL) {
		atomic_file_abort(&af);
		return err_set(err, "cannot write a workbook to '%s': not a "
		    "file", o->outfile);
	}
	if ((x->sink = export_sink_for(o, fileno(af.fp), af.tmp, err)) ==
	    NULL || export_run(x, db->st, statuses, err) < 0) {
		atomic_file_abort(&af);
		return -1;
	}
	return atomic_file_commit(&af, err);
}

static int
export_check(struct cli_db *db, const struct export_opts *o,
    char **statuses)
{
	char sep;
	int i;

	for (i = 0; statuses != NULL && statuses[i] != NULL; i++)
		if (strcmp(statuses[i], "all") != 0 &&
		    !store_status_valid(statuses[i])) {
			log_error("export: unknown status '%s'", statuses[i]);
			return EXIT_USAGE;
		}
	if (o->format != NULL && g_ascii_strcasecmp(o->format, "csv") != 0 &&
	    g_ascii_strcasecmp(o->format, "xlsx") != 0) {
		log_error("export: unknown format '%s' (csv or xlsx)",
		    o->format);
		return EXIT_USAGE;
	}
	if (export_sep(o->delimiter, &sep) < 0) {
		log_error("export: unknown delimiter '%s' (, ; or tab)",
		    o->delimiter);
		return EXIT_USAGE;
	}
	if (export_is_xlsx(o) && (o->outfile == NULL ||
	    strcmp(o->outfile, "-") == 0)) {
		log_error("export: an XLSX export needs -o FILE.xlsx");
		return EXIT_USAGE;
	}
	if (o->outfile != NULL && strcmp(o->outfile, "-") != 0 &&
	    cli_db_owns(db, o->outfile)) {
		log_error("export: '%s' is the database's own file: choose "
		    "another name", o->outfile);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static int
export_main(struct cli_db *db, const struct export_opts *o)
{
	struct export_ctx x = { 0 };
	char **statuses = export_statuses(o->list);
	struct err err;
	int rc;

	if ((rc = export_check(db, o, statuses)) != EXIT_OK) {
		g_strfreev(statuses);
		return rc;
	}
	x.with_bounced = o->with_bounced;
	if (o->outfile != NULL && strcmp(o->outfile, "-") != 0)
		rc = export_to_file(&x, db, o, statuses, &err);
	else {
		x.sink = export_sink_for(o, STDOUT_FILENO, NULL, &err);
		rc = export_run(&x, db->st, statuses, &err);
	}
	if (rc < 0) {
		log_error("%s", err.msg);
		rc = EXIT_RUNTIME;
	}
	if (x.sink != NULL)
		x.sink->ops->free(x.sink);
	g_strfreev(statuses);
	return rc;
}

int
cmd_export(struct cli_env *env, int argc, char **argv)
{
	struct export_opts o = { 0 };
	GOptionEntry entries[] = {
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.outfile,
		    "write to FILE (created 0600, replaced whole) instead of "
		    "standard output; FILE.xlsx writes a workbook", "FILE" },
		{ "format", 0, 0, G_OPTION_ARG_STRING, &o.format,
		    "csv (for a mailing tool or CRM) or xlsx (for people; "
		    "default: from the file name)", "FORMAT" },
		{ "status", 0, 0, G_OPTION_ARG_STRING, &o.list,
		    "statuses to export, comma-separated, or all (default: "
		    "all but invalid and complained)", "LIST" },
		{ "delimiter", 0, 0, G_OPTION_ARG_STRING, &o.delimiter,
		    "CSV field separator: , (default) ; or tab", "SEP" },
		{ "bom", 0, 0, G_OPTION_ARG_NONE, &o.bom,
		    "start the CSV with a byte order mark (Excel on Windows "
		    "then reads UTF-8)", NULL },
		{ "formulas", 0, 0, G_OPTION_ARG_NONE, &o.formulas,
		    "CSV: keep cells a spreadsheet could run as they are",
		    NULL },
		{ "with-bounced", 0, 0, G_OPTION_ARG_NONE, &o.with_bounced,
		    "also the addresses that only a bounce named (never "
		    "imported; source column: bounce)", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	int rc;

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc != 1) {
		log_error("export: unexpected argument '%s'", argv[1]);
		rc = EXIT_USAGE;
	} else if ((rc = cli_env_open(env)) == EXIT_OK)
		rc = export_main(&env->db, &o);
	g_free(o.outfile);
	g_free(o.list);
	g_free(o.format);
	g_free(o.delimiter);
	return rc;
}
