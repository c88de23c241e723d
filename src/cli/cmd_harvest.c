/*
 * cmd_harvest: `bounce-harvester harvest`: reads new bounces from every
 * configured IMAP account into the contact database.  Each account is a
 * source box (src/imap) that the ingest core (src/ingest/ingest_job.h)
 * reads folder by folder, exactly as `ingest` reads files: cursors, the
 * flags and moves due, the run row and expiry are the core's.  Here:
 * the options, the accounts, a lock that keeps overlapping runs apart,
 * and what is printed.
 *
 * Must not include libetpan or SQLite, nor touch cursors or due actions.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "cli.h"
#include "cli_proof.h"
#include "cli_store.h"
#include "imap.h"
#include "ingest_job.h"
#include "log.h"

struct harvest_opts {
	struct cli_db	*db;
	char		*account;
	char		**rules;
	int		 dry_run;
	int		 list_folders;
	int		 quiet;
	int		 verbose;
	int		 use_syslog;
};

struct harvest {
	const struct harvest_opts *o;
	struct dsn_rules	*rules;
	char			**reader_subject;	/* the rules' keys */
	char			**reader_from;
	struct ingest_job	 job;
	char			**hidden_env;	/* every password_env */
	int			 progress;	/* a progress line on stderr */
};

static enum imap_tls
harvest_tls(enum config_tls t)
{
	switch (t) {
	case CONFIG_TLS_STARTTLS:
		return IMAP_TLS_STARTTLS;
	case CONFIG_TLS_NONE:
		return IMAP_TLS_NONE;
	case CONFIG_TLS_IMPLICIT:
	default:
		return IMAP_TLS_IMPLICIT;
	}
}

static enum imap_auth
harvest_auth(enum config_auth a)
{
	switch (a) {
	case CONFIG_AUTH_LOGIN:
		return IMAP_AUTH_LOGIN;
	case CONFIG_AUTH_XOAUTH2:
		return IMAP_AUTH_XOAUTH2;
	case CONFIG_AUTH_PLAIN:
	default:
		return IMAP_AUTH_PLAIN;
	}
}

static enum imap_after
harvest_after(enum config_after a)
{
	switch (a) {
	case CONFIG_AFTER_FLAG:
		return IMAP_AFTER_FLAG;
	case CONFIG_AFTER_MOVE:
		return IMAP_AFTER_MOVE;
	case CONFIG_AFTER_NONE:
	default:
		return IMAP_AFTER_NONE;
	}
}

static enum imap_search
harvest_search(enum config_search s)
{
	switch (s) {
	case CONFIG_SEARCH_SERVER:
		return IMAP_SEARCH_SERVER;
	case CONFIG_SEARCH_CLIENT:
		return IMAP_SEARCH_CLIENT;
	case CONFIG_SEARCH_AUTO:
	default:
		return IMAP_SEARCH_AUTO;
	}
}

static void
harvest_map_account(const struct harvest *h, const struct config_account *c,
    struct imap_account *a)
{
	memset(a, 0, sizeof(*a));
	a->name = c->name;
	a->host = c->host;
	a->port = c->port;
	a->tls = harvest_tls(c->tls);
	a->allow_plaintext = c->allow_plaintext;
	a->ca_file = c->ca_file;
	a->username = c->username;
	a->auth = harvest_auth(c->auth);
	a->password_env = c->password_env;
	a->password_file = c->password_file;
	a->password_command = c->password_command;
	a->oauth2_token_command = c->oauth2_token_command;
	a->hidden_env = (const char *const *)h->hidden_env;
	a->timeout = c->timeout;
	a->command_timeout = c->command_timeout;
	a->deadline = c->deadline;
	imap_account_start(a);
}

static void
harvest_map_folder(const struct harvest *h, const struct config_account *c,
    struct imap_folder_opts *fo)
{
	const struct harvest_opts *o = h->o;

	memset(fo, 0, sizeof(*fo));
	fo->after = o->dry_run ? IMAP_AFTER_NONE : harvest_after(c->after);
	fo->after_arg = c->after_arg;
	fo->max_message = c->max_message;
	fo->batch = c->batch;
	fo->from = (const char *const *)c->search_from;
	fo->subject = (const char *const *)c->search_subject;
	fo->reader_from = (const char *const *)h->reader_from;
	fo->reader_subject = (const char *const *)h->reader_subject;
	fo->search = harvest_search(c->search);
	fo->scan_connections = c->scan_connections;
}

/* --verbose: each recipient a message names, as information. */
static void
harvest_recipients(const struct ingest_event *ev)
{
	const struct dsn_recipient *r;
	size_t i;

	for (i = 0; i < ev->rep->nrcpt; i++) {
		r = &ev->rep->rcpt[i];
		log_info("%s UID %u: %s %s%s%s%s", ev->label,
		    ev->msg->uid, r->addr != NULL ? r->addr : "(no address)",
		    dsn_category_name(r->category), r->reason != NULL ?
		    " (" : "", r->reason != NULL ? r->reason : "",
		    r->reason != NULL ? ")" : "");
	}
}

/* Progress on a terminal, and one line per recipient with --verbose. */
static void
harvest_event(void *ctx, const struct ingest_event *ev)
{
	struct harvest *h = ctx;
	const struct source_msg *m = ev->msg;

	if (h->progress && ev->candidates > 0 && (m == NULL ||
	    ev->done % 10 == 0 || ev->done == ev->candidates))
		fprintf(stderr, m == NULL ? "\n" : "\r%s: %ld/%ld messages, "
		    "%ld bounces", ev->label, ev->done, ev->candidates,
		    ev->bounces);
	if (h->o->verbose && m != NULL && ev->rep != NULL)
		harvest_recipients(ev);
}

/* The account's accept_unverified, when it has one. */
static enum store_unverified
harvest_unverified(const struct config_account *c)
{
	if (c->accept_unverified < 0)
		return STORE_UNVERIFIED_POLICY;
	return c->accept_unverified ? STORE_UNVERIFIED_ACCEPT :
	    STORE_UNVERIFIED_REFUSE;
}

/* 1 when the account's notices count only with proof of what was sent. */
static int
harvest_needs_proof(const struct harvest *h, const struct config_account *c)
{
	if (c->accept_unverified >= 0)
		return !c->accept_unverified;
	return !h->o->db->cfg.policy.accept_unverified;
}

/*
 * Every folder of one account, through the core.  The account fails when
 * it cannot be reached or some folder could not be read.
 */
static int
harvest_account(struct harvest *h, const struct config_account *c,
    struct ingest_counts *counts)
{
	struct imap_folder_opts fo;
	struct imap_account a;
	struct source_box box;
	struct err err;
	int rc;

	harvest_map_account(h, c, &a);
	harvest_map_folder(h, c, &fo);
	if (imap_box_open(&box, &a, &fo, (const char *const *)c->folders,
	    (const char *const *)c->sent_folders, &err) != IMAP_OK) {
		log_error("account '%s': %s", c->name, err.msg);
		return -1;
	}
	if (box.sent[0] == NULL && c->sent_folders == NULL &&
	    harvest_needs_proof(h, c))
		log_warn("account '%s': no Sent folder found (none marked "
		    "\\Sent, none named as usual): notices cannot be "
		    "checked against what was sent; name it with "
		    "sent_folders", c->name);
	rc = ingest_job_account(&h->job, &box, harvest_unverified(c), counts);
	box.ops->close(box.ctx);
	return rc;
}

static void
harvest_summary(const struct harvest_opts *o, const char *name,
    const struct ingest_counts *c, int ok)
{
	if (o->quiet && ok)
		return;
	if (c->sent_folders > 0)
		fprintf(stderr, "harvest: %s: sent mail: %ld folder(s), %ld "
		    "message(s) read, %ld recipient(s) new\n", name,
		    c->sent_folders, c->sent_messages, c->sent_new);
	fprintf(stderr, "harvest: %s: %s%ld folder(s), %ld candidates, %ld "
	    "read, %ld bounces, %ld too large, %ld %s", name,
	    ok ? "" : "FAILED after ", c->folders, c->candidates, c->messages,
	    c->bounces, c->too_large, c->acted,
	    o->dry_run ? "acted on (dry run: none)" : "flagged or moved");
	if (c->doubtful > 0)
		fprintf(stderr, ", %ld left in place (unverified or held: "
		    "they change no status)", c->doubtful);
	if (o->dry_run)
		fprintf(stderr, "; nothing saved (dry run)\n");
	else
		fprintf(stderr, "; %ld new record(s) saved\n",
		    c->new_bounces);
}

/*
 * The lock file, never through a link and only a file of our own: in a
 * shared folder another user could otherwise hold it (or point it at a
 * file of ours to create).  fd or -1.
 */
static int
harvest_lock_open(const char *path)
{
	int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	struct stat st;

	if (fd < 0) {
		log_error("harvest: cannot open '%s': %s", path,
		    g_strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    st.st_uid != geteuid()) {
		log_error("harvest: lock '%s' is not a file of this user: "
		    "refused", path);
		close(fd);
		return -1;
	}
	return fd;
}

/*
 * An exclusive lock beside the database: its fd, -2 when another run
 * holds it, -1 when it cannot be had.
 */
static int
harvest_lock(const char *db_path)
{
	char *path = g_strconcat(db_path, CLI_HARVEST_LOCK, NULL);
	int fd = harvest_lock_open(path);

	if (fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) < 0) {
		log_error("harvest: another harvest holds '%s'; nothing done, "
		    "try again later", path);
		close(fd);
		fd = -2;
	}
	g_free(path);
	return fd;
}

static int
harvest_accounts(struct harvest_opts *o)
{
	const struct config_accounts *accts = &o->db->cfg.accounts;
	struct err err;

	err_clear(&err);
	if (config_account_files(&o->db->cfg, &err) < 0) {
		log_error("%s", err.msg);
		return EXIT_CONFIG;
	}
	if (accts->n == 0) {
		log_error("harvest: no [account NAME] in the configuration");
		return EXIT_CONFIG;
	}
	if (o->account != NULL &&
	    config_account_find(accts, o->account) == NULL) {
		log_error("harvest: no account '%s' in the configuration",
		    o->account);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

/* --dry-run: each status change the run would have made. */
static void
harvest_would(void *ctx, const struct store_change *c)
{
	printf("would change %s: %s -> %s%s%s%s\n", c->address,
	    c->old_status != NULL ? c->old_status : "(new)", c->new_status,
	    c->reason != NULL ? " (" : "", c->reason != NULL ? c->reason :
	    "", c->reason != NULL ? ")" : "");
}

static int
harvest_all(struct harvest *h, const struct config_accounts *accts)
{
	struct ingest_job_opts jo = { .command = "harvest",
	    .source = h->o->account, .dry_run = h->o->dry_run,
	    .event = harvest_event, .change = harvest_would, .ctx = h };
	struct store *st = h->o->db->st;
	struct ingest_counts c;
	struct err err;
	size_t i, n = 0, failed = 0;
	long unproven;
	int ok;

	if (ingest_job_begin(&h->job, st, h->rules, &jo, &err) < 0) {
		log_error("%s", err.msg);
		return EXIT_STORE;
	}
	for (i = 0; i < accts->n; i++) {
		if (h->o->account != NULL &&
		    strcmp(h->o->account, accts->v[i].name) != 0)
			continue;
		memset(&c, 0, sizeof(c));
		n++;
		unproven = store_unproven(st);
		ok = harvest_account(h, &accts->v[i], &c) == 0;
		failed += !ok;
		harvest_summary(h->o, accts->v[i].name, &c, ok);
		cli_proof_say(st, accts, "harvest", accts->v[i].name,
		    store_unproven(st) - unproven);
	}
	if (ingest_job_end(&h->job, failed == 0, &err) < 0) {
		log_error("%s", err.msg);
		return EXIT_STORE;
	}
	if (failed == 0)
		return EXIT_OK;
	return failed < n ? EXIT_PARTIAL : EXIT_RUNTIME;
}

/*
 * SIGINT, SIGTERM: one clear line, then the default action.  Stopping
 * anywhere is safe (the database commits whole batches, what the server
 * was to do stays recorded as due), so nothing more is needed.
 */
static void
harvest_signal(int sig)
{
	static const char msg[] = "\nbounce-harvester: harvest: "
	    "interrupted; what was saved stays saved, the next run goes on "
	    "from there\n";
	ssize_t n;

	n = write(STDERR_FILENO, msg, sizeof(msg) - 1);
	(void)n;
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
harvest_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = harvest_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

/*
 * The variables holding accounts' passwords: no password or token command
 * inherits them (one account's command would see another's password).
 */
static char **
harvest_hidden_env(const struct config_accounts *accts)
{
	GPtrArray *v = g_ptr_array_new();
	size_t i;

	for (i = 0; i < accts->n; i++)
		if (accts->v[i].password_env != NULL)
			g_ptr_array_add(v, g_strdup(accts->v[i].password_env));
	g_ptr_array_add(v, NULL);
	return (char **)g_ptr_array_free(v, FALSE);
}

/*
 * On standard error, the Sent folders sent_folders = auto takes (names
 * as the server has them, in UTF-8), so that a user sees whether theirs
 * is found.
 */
static void
harvest_sent_of(struct imap_session *s, const struct config_account *c)
{
	struct err err;
	char **sent = NULL, *list;

	if (c->sent_folders != NULL ||
	    imap_session_sent_folders(s, &sent, &err) != IMAP_OK) {
		g_strfreev(sent);
		return;
	}
	list = g_strjoinv("; ", sent);
	fprintf(stderr, "harvest: %s: sent mail read from (sent_folders = "
	    "auto): %s\n", c->name, sent[0] != NULL ? list : "none found");
	g_free(list);
	g_strfreev(sent);
}

/* One account's folders, one line each: "NAME: FOLDER".  0 or -1. */
static int
harvest_folders_of(struct harvest *h, const struct config_account *c)
{
	struct imap_session *s;
	struct imap_account a;
	struct err err;
	char **names = NULL;
	size_t i;
	int rc = -1;

	harvest_map_account(h, c, &a);
	if (imap_session_open(&s, &a, &err) == IMAP_OK) {
		if (imap_session_folders(s, &names, &err) == IMAP_OK)
			rc = 0;
		if (rc == 0)
			harvest_sent_of(s, c);
		imap_session_close(s);
	}
	if (rc < 0)
		log_error("account '%s': %s", c->name, err.msg);
	for (i = 0; names != NULL && names[i] != NULL; i++)
		printf("%s: %s\n", c->name, names[i]);
	g_strfreev(names);
	return rc;
}

/*
 * --list-folders: what each account's server has, named as `folders`
 * and `after = move:` take them.  Reads no mail, opens no database.
 */
static int
harvest_list(struct harvest *h, const struct config_accounts *accts)
{
	size_t i, n = 0, failed = 0;

	for (i = 0; i < accts->n; i++) {
		if (h->o->account != NULL &&
		    strcmp(h->o->account, accts->v[i].name) != 0)
			continue;
		n++;
		failed += harvest_folders_of(h, &accts->v[i]) < 0;
	}
	if (failed == 0)
		return EXIT_OK;
	return failed < n ? EXIT_PARTIAL : EXIT_RUNTIME;
}

/* The harvest proper, under the lock. */
static int
harvest_run(struct harvest *h, const struct config_accounts *accts)
{
	const struct harvest_opts *o = h->o;
	int rc, lock;

	if ((lock = harvest_lock(o->db->path)) < 0)
		return lock == -2 ? EXIT_TEMPFAIL : EXIT_RUNTIME;
	if ((h->rules = cli_rules_load(o->rules != NULL ? o->rules :
	    o->db->cfg.rules_files)) == NULL)
		rc = EXIT_CONFIG;
	else {
		h->progress = isatty(2) && !o->quiet;
		h->reader_subject = dsn_rules_message_keys(h->rules,
		    &h->reader_from);
		harvest_signals();
		rc = harvest_all(h, accts);
		g_strfreev(h->reader_subject);
		g_strfreev(h->reader_from);
		dsn_rules_free(h->rules);
	}
	close(lock);
	return rc;
}

static int
harvest_main(struct harvest_opts *o)
{
	const struct config_accounts *accts = &o->db->cfg.accounts;
	struct harvest h = { .o = o };
	int rc;

	if ((rc = harvest_accounts(o)) != EXIT_OK)
		return rc;
	h.hidden_env = harvest_hidden_env(accts);
	rc = o->list_folders ? harvest_list(&h, accts) :
	    harvest_run(&h, accts);
	g_strfreev(h.hidden_env);
	return rc;
}

int
cmd_harvest(struct cli_env *env, int argc, char **argv)
{
	struct harvest_opts o = { .db = &env->db };
	GOptionEntry entries[] = {
		{ "account", 0, 0, G_OPTION_ARG_STRING, &o.account,
		    "only this [account NAME]", "NAME" },
		{ "dry-run", 'n', 0, G_OPTION_ARG_NONE, &o.dry_run,
		    "read and classify, list the status changes it would "
		    "make; change neither database nor server",
		    NULL },
		{ "list-folders", 0, 0, G_OPTION_ARG_NONE, &o.list_folders,
		    "list each account's folders, then stop", NULL },
		{ "quiet", 'q', 0, G_OPTION_ARG_NONE, &o.quiet,
		    "nothing but errors", NULL },
		{ "verbose", 'v', 0, G_OPTION_ARG_NONE, &o.verbose,
		    "one line per recipient read", NULL },
		{ "syslog", 0, 0, G_OPTION_ARG_NONE, &o.use_syslog,
		    "log to syslog as well", NULL },
		{ "rules", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.rules,
		    "extra rules file (instead of [rules] files)", "FILE" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	int rc;

	if (cli_parse_options(env, entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc > 1) {
		log_error("harvest: unexpected argument '%s'", argv[1]);
		return EXIT_USAGE;
	}
	log_init("bounce-harvester", o.verbose ? LOG_LVL_INFO :
	    o.quiet ? LOG_LVL_ERROR : LOG_LVL_WARN, o.use_syslog);
	/* Every configuration error is reported before anything connects. */
	if ((rc = o.list_folders ? cli_env_config(env) :
	    cli_env_open(env)) == EXIT_OK)
		rc = harvest_main(&o);
	g_free(o.account);
	g_strfreev(o.rules);
	return rc;
}
