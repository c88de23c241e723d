/*
 * cmd_serve: `bounce-harvester serve [--listen ADDR:PORT] [--read-only]`:
 * review in a browser.  Reads [serve] view_token_file, edit_token_file
 * and requests_per_minute from the configuration; the pages are src/web.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "log.h"
#include "store_review.h"
#include "web.h"

#define SERVE_TOKEN_MAX	512

/* The first line of a private file (not readable by group or others). */
static char *
serve_token_read(const char *path, struct err *err)
{
	char buf[SERVE_TOKEN_MAX + 1];
	struct stat sb;
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		err_set(err, "cannot open '%s': %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &sb) < 0 || (sb.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
		close(fd);
		err_set(err, "token file '%s' is readable by group or others: "
		    "chmod 600 it", path);
		return NULL;
	}
	n = read(fd, buf, SERVE_TOKEN_MAX);
	close(fd);
	if (n <= 0) {
		err_set(err, "token file '%s' is empty", path);
		return NULL;
	}
	buf[n] = '\0';
	buf[strcspn(buf, "\r\n")] = '\0';
	if (strlen(buf) < 16) {
		err_set(err, "token in '%s' is shorter than 16 characters",
		    path);
		return NULL;
	}
	return g_strdup(buf);
}

static int
serve_token(const char *path, char **out, struct err *err)
{
	*out = NULL;
	if (path == NULL)
		return 0;
	*out = serve_token_read(path, err);
	return *out != NULL ? 0 : -1;
}

static int
serve_config(struct cli_db *db, struct web_opts *o)
{
	const struct config_serve *c = &db->cfg.serve;
	struct err err;

	err_clear(&err);
	o->rate_per_min = c->requests_per_minute;
	if (serve_token(c->view_token_file, &o->view_token, &err) < 0 ||
	    serve_token(c->edit_token_file, &o->edit_token, &err) < 0) {
		log_error("%s", err.msg);
		return EXIT_CONFIG;
	}
	/* An edit token alone still lets it in to view. */
	if (o->view_token == NULL && o->edit_token != NULL)
		o->view_token = g_strdup(o->edit_token);
	return EXIT_OK;
}

static int
serve_run(struct store *st, const struct web_opts *o)
{
	static const int codes[] = { [WEB_OK] = EXIT_OK,
		[WEB_ERR_USAGE] = EXIT_USAGE, [WEB_ERR_CONFIG] = EXIT_CONFIG,
		[WEB_ERR_RUNTIME] = EXIT_RUNTIME };
	enum web_status ws;
	struct err err;

	if ((ws = web_serve(st, o, &err)) != WEB_OK)
		log_error("serve: %s", err.msg);
	return codes[ws];
}

static void
serve_secret_free(char *s)
{
	if (s != NULL)
		memset(s, 0, strlen(s));
	g_free(s);
}

/*
 * The review's indexes and the search index, made once (then brought up
 * to date); a read-only review goes without.
 */
static int
serve_indexes(struct cli_db *db, int ro)
{
	struct err err;

	if (ro)
		return EXIT_OK;
	if (store_review_indexes(db->st, &err) < 0 ||
	    store_search_index(db->st, &err) < 0) {
		log_error("serve: %s", err.msg);
		return EXIT_STORE;
	}
	return EXIT_OK;
}

int
cmd_serve(struct cli_env *env, int argc, char **argv)
{
	struct web_opts o = { 0 };
	char *listen = NULL;
	int ro = 0, rc;
	GOptionEntry entries[] = {
		{ "listen", 0, 0, G_OPTION_ARG_STRING, &listen,
		    "address and port (default 127.0.0.1:8025; [::1]:PORT "
		    "for IPv6; a name must resolve to loopback unless "
		    "[serve] view_token_file is set, as any other address "
		    "needs)", "ADDR:PORT" },
		{ "read-only", 0, 0, G_OPTION_ARG_NONE, &ro,
		    "open the database read-only: pages, no actions", NULL },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc != 1) {
		log_error("serve: unexpected argument '%s'", argv[1]);
		rc = EXIT_USAGE;
	} else if ((rc = cli_env_open_as(env, ro ? STORE_READONLY :
	    STORE_EXISTING)) == EXIT_OK &&
	    (rc = serve_config(&env->db, &o)) == EXIT_OK) {
		o.listen = listen;
		o.read_only = ro;
		rc = serve_indexes(&env->db, ro);
		if (rc == EXIT_OK)
			rc = serve_run(env->db.st, &o);
	}
	serve_secret_free(o.view_token);
	serve_secret_free(o.edit_token);
	g_free(listen);
	return rc;
}
