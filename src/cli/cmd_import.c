/*
 * cmd_import: `bounce-harvester import FILE.csv`: reads a contact list
 * (RFC 4180), finds the e-mail column, and adds or updates each contact
 * in one transaction, keeping statuses.  Malformed rows are reported with
 * their line and skipped.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "cmd_import.h"
#include "csv.h"
#include "log.h"
#include "store_addr.h"
#include "text.h"

#define IMPORT_SNIFF_ROWS	100

/*
 * Header names that mean "e-mail address", compared without case, blanks,
 * dots, dashes and underscores ("E-Mail-Adresse" is "emailadresse").
 */
static const char *const import_email_names[] = { "email",
	"emailaddress", "mail", "mailaddress", "emailadresse", "mailadresse",
	"courriel", "adresseemail", "adressemail", "correo",
	"correoelectronico", "enderecodeemail", "endereçodeemail",
	"emailadres", "indirizzoemail", "邮箱", "电子邮件", "电子邮箱",
	"邮件地址", "郵箱", "電子郵件", "メール", "メールアドレス", NULL };

static int
import_name_is_email(const char *name)
{
	char *low = g_utf8_strdown(name, -1), *w, *r;
	size_t i;
	int hit = 0;

	for (w = r = low; *r != '\0'; r++)
		if (*r != ' ' && *r != '_' && *r != '.' && *r != '-')
			*w++ = *r;
	*w = '\0';
	for (i = 0; import_email_names[i] != NULL && !hit; i++)
		hit = strcmp(low, import_email_names[i]) == 0;
	g_free(low);
	return hit;
}

/* --email-column: a header name (any case) or a 1-based number. */
static int
import_col_named(const struct csv_row *h, const char *opt)
{
	char *end;
	long n;
	size_t i;

	for (i = 0; i < h->nfields; i++)
		if (g_ascii_strcasecmp(h->fields[i], opt) == 0)
			return (int)i;
	n = strtol(opt, &end, 10);
	if (*end == '\0' && n >= 1 && (size_t)n <= h->nfields)
		return (int)n - 1;
	return -1;
}

/* The column whose cells look most like addresses. */
static int
import_col_sniff(GPtrArray *rows, size_t ncols)
{
	int *hits = g_new0(int, ncols), best = -1, bestn = 0;
	const char *why;
	guint r;
	size_t c;

	for (r = 0; r < rows->len; r++) {
		char **f = rows->pdata[r];

		for (c = 0; c < ncols && f[c] != NULL; c++) {
			char *k = store_addr_key(f[c]);

			if (k != NULL && store_addr_check(k, &why) == 0)
				hits[c]++;
			g_free(k);
		}
	}
	for (c = 0; c < ncols; c++)
		if (hits[c] > bestn) {
			best = (int)c;
			bestn = hits[c];
		}
	g_free(hits);
	return best;
}

/*
 * The status columns our own export adds, in its order (with source, and
 * as older versions wrote them, without): a re-import of an export
 * leaves them out, so they are not kept twice.
 */
static const char *const import_our_tail[] = { "status", "reason",
	"last_bounce", "suggestion", "source", NULL };
static const char *const import_old_tail[] = { "status", "reason",
	"last_bounce", "suggestion", NULL };

/* How many of h's last fields are the tail, or 0. */
static size_t
import_tail(const struct csv_row *h, const char *const *tail)
{
	size_t n = g_strv_length((char **)tail), i;

	if (h->nfields <= n)
		return 0;
	for (i = 0; i < n; i++)
		if (strcmp(h->fields[h->nfields - n + i], tail[i]) != 0)
			return 0;
	return n;
}

static size_t
import_kept_columns(const struct csv_row *h)
{
	size_t n = import_tail(h, import_our_tail);

	if (n == 0)
		n = import_tail(h, import_old_tail);
	return h->nfields - n;
}

static int
import_header(struct import_ctx *x, const struct csv_row *h, struct err *err)
{
	size_t i;

	x->ncols = h->nfields;
	x->nkeep = import_kept_columns(h);
	x->email_col = -1;
	if (x->email_opt != NULL) {
		x->email_how = "as asked";
		if ((x->email_col = import_col_named(h, x->email_opt)) < 0) {
			x->file_bad = 1;
			return err_set(err, "'%s': no column '%s' in the "
			    "header (%zu columns; is the separator right? "
			    "--delimiter)", x->file, x->email_opt, h->nfields);
		}
		return 0;
	}
	x->email_how = "by its name";
	for (i = 0; i < x->nkeep && x->email_col < 0; i++)
		if (import_name_is_email(h->fields[i]))
			x->email_col = (int)i;
	return 0;
}

static int
import_store_header(struct import_ctx *x, char **names, struct err *err)
{
	GString *h = g_string_new(NULL);
	int rc;

	csv_row_append(h, names, x->nkeep, 0);
	rc = store_header_add(x->st, h->str, x->email_col, &x->header_id, err);
	g_string_free(h, TRUE);
	return rc;
}

/* Rows held back while the e-mail column is not known yet. */
static int
import_flush(struct import_ctx *x, GPtrArray *held, GArray *lines,
    struct err *err)
{
	guint i;

	for (i = 0; i < held->len; i++) {
		char **f = held->pdata[i];

		if (import_one(x, f, g_strv_length(f), g_array_index(lines,
		    long, i), NULL, err) < 0)
			return -1;
	}
	g_ptr_array_set_size(held, 0);
	g_array_set_size(lines, 0);
	return 0;
}

/* Picks the e-mail column from the rows held, then imports them. */
static int
import_decide(struct import_ctx *x, GPtrArray *held, GArray *lines,
    char **names, struct err *err)
{
	x->email_how = "by its content";
	if ((x->email_col = import_col_sniff(held, x->nkeep)) < 0) {
		x->file_bad = 1;
		return err_set(err, "'%s': cannot tell which column holds the "
		    "e-mail addresses: use --email-column", x->file);
	}
	if (import_store_header(x, names, err) < 0)
		return -1;
	return import_flush(x, held, lines, err);
}

/*
 * Rows are held until the e-mail column is known (from the header, else
 * from the first rows' content); the rest of the file streams.
 */
static int
import_body(struct import_ctx *x, struct csv_reader *r, char **names,
    struct err *err)
{
	GPtrArray *held = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)g_strfreev);
	GArray *lines = g_array_new(FALSE, FALSE, sizeof(long));
	struct csv_row row;
	int rc = 1;

	while (x->email_col < 0 && (rc = csv_reader_next(r, &row, err)) ==
	    1) {
		if (row.error != NULL) {
			import_one(x, NULL, 0, row.line, row.error, err);
			continue;
		}
		g_ptr_array_add(held, g_strdupv(row.fields));
		g_array_append_val(lines, row.line);
		if (held->len >= IMPORT_SNIFF_ROWS) {
			rc = import_decide(x, held, lines, names, err) < 0 ?
			    -1 : 1;
			break;
		}
	}
	if (rc == 0 && x->email_col < 0)
		rc = import_decide(x, held, lines, names, err);
	else if (rc > 0)
		rc = import_stream(x, r, err);
	g_ptr_array_free(held, TRUE);
	g_array_free(lines, TRUE);
	return rc;
}

static const char *
import_sep_name(char sep)
{
	switch (sep) {
	case ';':
		return "semicolons";
	case '\t':
		return "tabs";
	default:
		return "commas";
	}
}

static void
import_how(const struct import_ctx *x, char **names)
{
	text_fprintf(stdout, "import: read '%s' as %s, fields separated by "
	    "%s; addresses from column %d '%s' (%s)\n", x->file, x->read_as,
	    import_sep_name(x->sep), x->email_col + 1, names != NULL ?
	    names[x->email_col] : "", x->email_how);
}

static int
import_file(struct import_ctx *x, const char *data, size_t len,
    struct err *err)
{
	struct csv_reader *r = csv_reader_new_mem(data, len);
	struct csv_row row;
	char **names = NULL;
	int rc;

	csv_reader_name(r, x->file);
	csv_reader_set_sep(r, x->sep);
	while ((rc = csv_reader_next(r, &row, err)) == 1 && row.error != NULL)
		log_error("%s:%ld: malformed header row skipped: %s", x->file,
		    row.line, row.error);
	if (rc == 0) {
		x->file_bad = 1;
		rc = err_set(err, "'%s': no header row", x->file);
	}
	if (rc > 0) {
		names = g_strdupv(row.fields);
		rc = import_header(x, &row, err);
	}
	if (rc == 0 && x->email_col >= 0)
		rc = import_store_header(x, names, err);
	if (rc == 0)
		rc = import_body(x, r, names, err);
	if (rc == 0 && !x->quiet)
		import_how(x, names);
	g_strfreev(names);
	csv_reader_free(r);
	return rc;
}

static int
import_tx(struct import_ctx *x, const char *data, size_t len,
    struct err *err)
{
	if (store_begin(x->st, err) < 0)
		return -1;
	if (store_contact_count(x->st, &x->n.before, err) < 0 ||
	    import_file(x, data, len, err) < 0 ||
	    store_contact_count(x->st, &x->n.after, err) < 0) {
		store_rollback(x->st);
		return -1;
	}
	return store_commit(x->st, err);
}

static void
import_summary(const struct import_ctx *x)
{
	const struct import_counts *n = &x->n;
	long added = (long)(n->after - n->before);
	long ok = n->rows - n->malformed - n->noaddr;

	printf("import: %ld rows, %ld new contacts, %ld updated or merged, "
	    "%ld malformed, %ld without address, %ld invalid (syntax), "
	    "%ld suspect (typo)\n", n->rows, added, ok - added, n->malformed,
	    n->noaddr, n->syntax, n->suspect);
	if (n->dups > 0)
		printf("import: %ld rows repeated an address met earlier in "
		    "the file and were merged into it (their filled cells "
		    "win; their blank cells keep the earlier value)\n",
		    n->dups);
}

static int
import_main(struct import_ctx *x, const struct import_text *t,
    struct cli_db *db)
{
	struct err err;

	x->st = db->st;
	if (import_tx(x, t->data, t->len, &err) < 0) {
		log_error("%s", err.msg);
		return x->file_bad ? EXIT_RUNTIME : EXIT_STORE;
	}
	if (!x->quiet)
		import_summary(x);
	return x->n.malformed + x->n.noaddr > 0 ? EXIT_PARTIAL : EXIT_OK;
}

static int
import_sep_opt(struct import_ctx *x)
{
	if (x->delimiter == NULL || csv_sep_parse(x->delimiter, &x->sep) == 0)
		return 0;
	log_error("import: unknown delimiter '%s' (, ; or tab)",
	    x->delimiter);
	return -1;
}

int
cmd_import(struct cli_env *env, int argc, char **argv)
{
	struct import_ctx x = { 0 };
	GOptionEntry entries[] = {
		{ "email-column", 0, 0, G_OPTION_ARG_STRING, &x.email_opt,
		    "the column with the addresses (header name or number)",
		    "NAME" },
		{ "encoding", 0, 0, G_OPTION_ARG_STRING, &x.encoding,
		    "the file's encoding when it is not UTF-8 or UTF-16: "
		    "Windows-1252, GB18030, ...", "NAME" },
		{ "delimiter", 0, 0, G_OPTION_ARG_STRING, &x.delimiter,
		    "the field separator: , ; or tab (default: from the "
		    "header line)", "SEP" },
		{ "quiet", 'q', 0, G_OPTION_ARG_NONE, &x.quiet,
		    "no summary lines", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	struct import_text t = { 0 };
	struct err err;
	int rc;

	if (cli_parse_options(env, entries, &argc,
	    &argv) < 0)
		return EXIT_USAGE;
	if (argc != 2) {
		log_error("import: give one FILE.csv (- for standard input)");
		return EXIT_USAGE;
	}
	x.file = argv[1];
	if (import_sep_opt(&x) < 0)
		rc = EXIT_USAGE;
	else if (import_text_load(&x, &t, &err) < 0) {
		log_error("%s", err.msg);
		rc = EXIT_RUNTIME;
	} else if ((rc = cli_env_open(env)) == EXIT_OK)
		rc = import_main(&x, &t, &env->db);
	import_text_release(&t);
	import_seen_free(x.seen);
	g_free(x.email_opt);
	g_free(x.encoding);
	g_free(x.delimiter);
	return rc;
}
