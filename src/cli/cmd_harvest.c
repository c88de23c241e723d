/*
 * cmd_harvest: `bounce-harvester harvest`: reads new bounces from every
 * configured IMAP account into the contact database through the same loop
 * as `ingest`; only the source differs.  Per folder the cursor (UIDVALIDITY,
 * last UID) advances in the same transaction as the bounces it produced,
 * and the server is changed (flag, move) only after that commit.  The same
 * transaction records each flag or move as due, until the server has done
 * it; what a run leaves due, the folder's next run does first.  Accounts
 * are independent; a lock keeps overlapping runs apart.
 *
 * Must not include libetpan or SQLite: it speaks to imap.h and store.h.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "cli.h"
#include "cli_store.h"
#include "config_account.h"
#include "imap.h"
#include "ingest_store.h"
#include "log.h"

struct harvest_opts {
	struct cli_db	 db;
	char		*account;
	char		**rules;
	int		 dry_run;
	int		 quiet;
	int		 verbose;
	int		 use_syslog;
};

struct harvest_counts {
	long	folders, candidates, read, bounces, too_large, acted;
};

/* One folder's run: the store sink, wrapped to keep the cursor. */
struct harvest_folder {
	struct ingest_sink	 inner;
	struct ingest_store	*is;
	struct source		*src;
	const struct harvest_opts *o;
	const char		*account, *folder;
	long			 due;	/* rows recorded since the last clear */
	long			 bounces;
	long			 done;
	long			 candidates;
	const char		*label;
	int			 progress;
};

struct harvest {
	const struct harvest_opts *o;
	struct dsn_rules	*rules;
	struct ingest_store	 is;
	char			**hidden_env;	/* every password_env */
};

/* Read as a failure or complaint: worth flagging or moving. */
static int
harvest_is_bounce(const struct dsn_report *rep)
{
	size_t i;

	for (i = 0; i < rep->nrcpt; i++)
		if (rep->rcpt[i].category != DSN_CAT_AUTOREPLY &&
		    rep->rcpt[i].category != DSN_CAT_DELIVERED)
			return 1;
	return 0;
}

static void
harvest_progress(struct harvest_folder *f)
{
	if (!f->progress || f->candidates == 0)
		return;
	f->done++;
	if (f->done % 10 == 0 || f->done == f->candidates)
		fprintf(stderr, "\r%s: %ld/%ld messages, %ld bounces", f->label,
		    f->done, f->candidates, f->bounces);
}

/*
 * The cursor moves past msg inside the transaction that recorded it; its
 * flag or move, if any, is due from that commit until the server has
 * done it.
 */
static int
harvest_cursor(struct harvest_folder *f, const struct source_msg *m,
    struct err *err)
{
	if (f->o->dry_run)
		return 0;
	if (ingest_store_tx(f->is, err) < 0)
		return -1;
	if (imap_source_due(f->src, m->uid)) {
		if (store_pending_add(f->is->st, m->account, m->folder,
		    m->uidvalidity, m->uid, err) < 0)
			return -1;
		f->due++;
	}
	return store_cursor_set(f->is->st, m->account, m->folder,
	    m->uidvalidity, m->uid, err);
}

static int
harvest_report(void *ctx, const struct source_msg *m,
    const struct dsn_report *rep, struct err *err)
{
	struct harvest_folder *f = ctx;

	if (harvest_is_bounce(rep))
		f->bounces++;
	else
		imap_source_exclude(f->src, m->uid);
	harvest_progress(f);
	if (f->o->verbose && rep->nrcpt > 0)
		log_info("%s UID %u: %zu recipient(s), first %s (%s)", f->label,
		    m->uid, rep->nrcpt, rep->rcpt[0].addr != NULL ?
		    rep->rcpt[0].addr : "?",
		    dsn_category_name(rep->rcpt[0].category));
	if (f->o->dry_run)
		return 0;
	if (f->inner.report(f->inner.ctx, m, rep, err) < 0)
		return -1;
	return harvest_cursor(f, m, err);
}

static int
harvest_unreadable(void *ctx, const struct source_msg *m, const char *why,
    struct err *err)
{
	struct harvest_folder *f = ctx;

	harvest_progress(f);
	/* A dry run says it and records nothing (skipped_messages). */
	if (f->o->dry_run) {
		log_error("%s UID %u: unreadable: %s", f->label, m->uid, why);
		return 0;
	}
	if (f->inner.unreadable(f->inner.ctx, m, why, err) < 0)
		return -1;
	return harvest_cursor(f, m, err);
}

static int
harvest_commit(void *ctx, struct err *err)
{
	struct harvest_folder *f = ctx;

	if (f->o->dry_run)
		return 0;
	return f->inner.commit(f->inner.ctx, err);
}

/* The loop reads the folder's source through these two. */
static int
harvest_src_next(void *ctx, struct source_msg *msg, struct err *err)
{
	struct harvest_folder *f = ctx;

	return f->src->ops->next(f->src->ctx, msg, err);
}

/* The server has flagged or moved the batch: nothing is due any more. */
static int
harvest_src_committed(void *ctx, struct err *err)
{
	struct harvest_folder *f = ctx;

	if (f->src->ops->committed(f->src->ctx, err) < 0)
		return -1;
	if (f->due == 0)
		return 0;
	f->due = 0;
	return store_pending_clear(f->is->st, f->account, f->folder, err);
}

/* close stays with the imap source (harvest_folder() closes it). */
static const struct source_ops harvest_src_ops = {
	.next = harvest_src_next,
	.committed = harvest_src_committed,
};

static void
harvest_map_account(const struct harvest *h, const struct config_account *c,
    struct imap_account *a)
{
	static const enum imap_tls tls[] = { IMAP_TLS_IMPLICIT,
		IMAP_TLS_STARTTLS, IMAP_TLS_NONE };
	static const enum imap_auth auth[] = { IMAP_AUTH_PLAIN,
		IMAP_AUTH_LOGIN, IMAP_AUTH_XOAUTH2 };

	memset(a, 0, sizeof(*a));
	a->name = c->name;
	a->host = c->host;
	a->port = c->port;
	a->tls = tls[c->tls];
	a->allow_plaintext = c->allow_plaintext;
	a->ca_file = c->ca_file;
	a->username = c->username;
	a->auth = auth[c->auth];
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
harvest_map_folder(const struct harvest_opts *o,
    const struct config_account *c, const char *folder,
    struct imap_folder_opts *fo)
{
	static const enum imap_after after[] = { IMAP_AFTER_NONE,
		IMAP_AFTER_FLAG, IMAP_AFTER_MOVE };
	static const enum imap_search search[] = { IMAP_SEARCH_AUTO,
		IMAP_SEARCH_SERVER, IMAP_SEARCH_CLIENT };

	memset(fo, 0, sizeof(*fo));
	fo->folder = folder;
	fo->after = o->dry_run ? IMAP_AFTER_NONE : after[c->after];
	fo->after_arg = c->after_arg;
	fo->max_message = c->max_message;
	fo->batch = c->batch;
	fo->from = (const char *const *)c->search_from;
	fo->subject = (const char *const *)c->search_subject;
	fo->search = search[c->search];
	fo->scan_connections = c->scan_connections;
}

/*
 * Once the folder is read and committed, no candidate is left at or
 * below high_uid: the next run searches only above it.
 */
static int
harvest_cursor_end(struct harvest *h, const char *account,
    const char *folder, const struct imap_folder_stats *st, struct err *err)
{
	uint32_t uv = 0, last = 0;

	if (h->o->dry_run || st->uidvalidity == 0)
		return 0;
	if (ingest_store_tx(&h->is, err) < 0 ||
	    store_cursor_get(h->is.st, account, folder, &uv, &last, err) < 0)
		return -1;
	if (uv != st->uidvalidity || last < st->high_uid) {
		if (store_cursor_set(h->is.st, account, folder,
		    st->uidvalidity, st->high_uid, err) < 0)
			return -1;
	}
	return store_commit(h->is.st, err);
}

static void
harvest_add(struct harvest_counts *c, const struct imap_folder_stats *st,
    long bounces)
{
	c->folders++;
	c->candidates += st->candidates;
	c->read += st->fetched + st->too_large;
	c->too_large += st->too_large;
	c->acted += st->acted;
	c->bounces += bounces;
}

/*
 * The flags or moves an earlier run left due: the source has done them
 * at open (or dropped them, UIDVALIDITY having changed).
 */
static int
harvest_retried(struct harvest *h, struct harvest_folder *f,
    const struct imap_folder_opts *fo, const struct imap_folder_stats *st,
    struct err *err)
{
	if (fo->nretry == 0)
		return 0;
	if (st->rescan)
		log_warn("%s: UIDVALIDITY changed: %zu flag(s) or move(s) left "
		    "by an earlier run dropped, the folder is read again",
		    f->label, fo->nretry);
	else
		log_warn("%s: %s %ld message(s) left by an earlier run, %ld no "
		    "longer in the folder", f->label, fo->after ==
		    IMAP_AFTER_FLAG ? "flagged" : "moved", st->retried,
		    st->gone);
	return store_pending_clear(h->is.st, f->account, f->folder, err);
}

/* How the client-side search went when it had two connections to use. */
static void
harvest_split_log(const struct harvest_folder *f,
    const struct config_account *c, const struct imap_folder_stats *st)
{
	if (st->split > 0)
		log_debug("%s: %ld new message(s) searched on two connections",
		    f->label, st->scanned);
	else if (st->split < 0)
		log_warn("%s: the second connection of the search failed (%s); "
		    "the first searched alone.  If the server allows one "
		    "connection per user, set scan_connections = 1 in "
		    "[account %s]", f->label, st->split_error, c->name);
}

static int
harvest_drain(struct harvest *h, struct harvest_folder *f,
    const struct config_account *c, const struct imap_folder_opts *fo,
    struct imap_folder_stats *st, struct err *err)
{
	struct ingest_sink sink = { harvest_report, harvest_unreadable,
	    harvest_commit, f };
	struct source src = { &harvest_src_ops, f };
	struct ingest_stats stats;
	int rc;

	imap_source_stats(f->src, st);
	f->candidates = st->candidates;
	harvest_split_log(f, c, st);
	if (harvest_retried(h, f, fo, st, err) < 0)
		return -1;
	rc = ingest_run(&src, h->rules, 0, &sink, (long)c->batch, &stats,
	    err);
	if (f->progress && f->candidates > 0)
		fputc('\n', stderr);
	imap_source_stats(f->src, st);
	return rc;
}

/*
 * The UIDs whose flag or move an earlier run committed but did not see
 * done, for the source to do first (*retry: free()).  None with after =
 * none or in a dry run: they stay due for a run that acts.
 */
static int
harvest_retry_get(struct harvest *h, const char *account,
    struct imap_folder_opts *fo, uint32_t **retry, struct err *err)
{
	*retry = NULL;
	fo->nretry = 0;
	if (fo->after == IMAP_AFTER_NONE || fo->uidvalidity == 0)
		return 0;
	if (store_pending_get(h->is.st, account, fo->folder, fo->uidvalidity,
	    retry, &fo->nretry, err) < 0)
		return -1;
	fo->retry = *retry;
	return 0;
}

/* One folder; *status says whether a reconnect may help. */
static int
harvest_folder(struct harvest *h, struct imap_session *s,
    const struct config_account *c, const char *folder,
    struct harvest_counts *counts, enum imap_status *status,
    struct err *err)
{
	struct harvest_folder f = { .is = &h->is, .o = h->o,
	    .account = c->name, .folder = folder };
	struct imap_folder_stats st;
	struct imap_folder_opts fo;
	struct source src;
	char *label = g_strdup_printf("%s/%s", c->name, folder);
	uint32_t *retry = NULL;
	int rc = -1;

	harvest_map_folder(h->o, c, folder, &fo);
	ingest_store_sink(&h->is, &f.inner);
	f.src = &src;
	f.label = label;
	f.progress = isatty(2) && !h->o->quiet;
	*status = IMAP_OK;
	if (store_cursor_get(h->is.st, c->name, folder, &fo.uidvalidity,
	    &fo.last_uid, err) < 0 ||
	    harvest_retry_get(h, c->name, &fo, &retry, err) < 0)
		goto out;
	*status = imap_source_open(&src, s, &fo, err);
	free(retry);
	fo.retry = NULL;
	if (*status != IMAP_OK)
		goto out;
	rc = harvest_drain(h, &f, c, &fo, &st, err);
	if (rc < 0)
		*status = imap_source_status(&src);
	src.ops->close(src.ctx);
	if (rc == 0)
		rc = harvest_cursor_end(h, c->name, folder, &st, err);
	/* A failed attempt is retried or reported, never counted. */
	if (rc == 0)
		harvest_add(counts, &st, f.bounces);
out:
	if (store_in_tx(h->is.st))
		store_rollback(h->is.st);
	if (rc < 0)
		err_prefix(err, "%s", label);
	g_free(label);
	return rc;
}

static int
harvest_connect(const struct imap_account *a, struct imap_session **s)
{
	struct err err;

	if (imap_session_open(s, a, &err) == IMAP_OK)
		return 0;
	log_error("account '%s': %s", a->name, err.msg);
	return -1;
}

/* The account's one reconnect; -1 when it was used already or fails. */
static int
harvest_reconnect(const struct imap_account *a, struct imap_session **s,
    int *reconnected)
{
	if ((*reconnected)++ || harvest_connect(a, s) < 0)
		return -1;
	log_warn("account '%s': reconnected", a->name);
	return 0;
}

/*
 * Every folder of one account.  A dropped connection gets one reconnect,
 * then the folder resumes from its cursor.  A folder that fails otherwise
 * is given up; when its failure left the connection unusable (garbage or
 * an oversized reply), the next folder gets a new one.
 */
static int
harvest_account(struct harvest *h, const struct config_account *c,
    struct harvest_counts *counts)
{
	struct imap_account a;
	struct imap_session *s;
	enum imap_status status;
	struct err err;
	int i, reconnected = 0, failed = 0;

	harvest_map_account(h, c, &a);
	if (harvest_connect(&a, &s) < 0)
		return -1;
	for (i = 0; c->folders[i] != NULL; i++) {
		if (s == NULL && harvest_reconnect(&a, &s, &reconnected) < 0)
			return -1;
		if (harvest_folder(h, s, c, c->folders[i], counts, &status,
		    &err) == 0)
			continue;
		log_error("account '%s': %s", c->name, err.msg);
		if (status == IMAP_ERR_NETWORK && !reconnected)
			i--;
		else
			failed = 1;
		if (status == IMAP_ERR_NETWORK || !imap_session_alive(s)) {
			imap_session_close(s);
			s = NULL;
		}
	}
	imap_session_close(s);
	return failed ? -1 : 0;
}

static void
harvest_summary(const struct harvest_opts *o, const char *name,
    const struct harvest_counts *c, int ok)
{
	if (o->quiet && ok)
		return;
	fprintf(stderr, "harvest: %s: %s%ld folder(s), %ld candidates, %ld "
	    "read, %ld bounces, %ld too large, %ld %s\n", name,
	    ok ? "" : "FAILED after ", c->folders, c->candidates, c->read,
	    c->bounces, c->too_large, c->acted,
	    o->dry_run ? "acted on (dry run: none)" : "flagged or moved");
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

/* An exclusive lock beside the database; -1 when another run holds it. */
static int
harvest_lock(const char *db_path)
{
	char *path = g_strconcat(db_path, CLI_HARVEST_LOCK, NULL);
	int fd = harvest_lock_open(path);

	if (fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) < 0) {
		log_error("harvest: another harvest holds '%s'", path);
		close(fd);
		fd = -1;
	}
	g_free(path);
	return fd;
}

static int
harvest_line(const void *ctx, const char *group, const char *key)
{
	return config_line(ctx, group, key);
}

/*
 * A CA file that cannot be read would only fail at the TLS handshake,
 * after connecting: say so now, for every account, with its line.
 */
static int
harvest_check_files(struct harvest_opts *o,
    const struct config_accounts *accts)
{
	const struct config_account *a;
	char *group;
	size_t i;
	int bad = 0;

	for (i = 0; i < accts->n; i++) {
		a = &accts->v[i];
		if (a->ca_file == NULL || access(a->ca_file, R_OK) == 0)
			continue;
		group = g_strconcat("account ", a->name, NULL);
		fprintf(stderr, "%s:%d: [account %s] ca_file '%s': %s\n",
		    o->db.cfg.path != NULL ? o->db.cfg.path : "(no file)",
		    config_line(&o->db.cfg, group, "ca_file"), a->name,
		    a->ca_file, g_strerror(errno));
		g_free(group);
		bad = 1;
	}
	return bad ? -1 : 0;
}

static int
harvest_accounts(struct harvest_opts *o, struct config_accounts *accts)
{
	struct err err;

	err_clear(&err);
	if (config_account_load(o->db.cfg.kf, o->db.cfg.path != NULL ?
	    o->db.cfg.path : "(no file)", harvest_line, &o->db.cfg, accts,
	    &err) < 0) {
		fprintf(stderr, "%s\n", err.msg);
		return EXIT_CONFIG;
	}
	if (harvest_check_files(o, accts) < 0)
		return EXIT_CONFIG;
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

static int
harvest_run_mark(struct harvest *h, const struct store_run_counts *c,
    int ok, struct err *err)
{
	int rc;

	if (store_begin(h->is.st, err) < 0)
		return -1;
	if (c == NULL)
		rc = store_run_begin(h->is.st, "harvest", h->o->account,
		    &h->is.run_id, err);
	else
		rc = store_run_end(h->is.st, h->is.run_id, c, ok, err);
	if (rc < 0) {
		store_rollback(h->is.st);
		return -1;
	}
	return store_commit(h->is.st, err);
}

static int
harvest_all(struct harvest *h, const struct config_accounts *accts)
{
	struct harvest_counts c;
	struct store_run_counts rc = { 0 };
	struct err err;
	size_t i, n = 0, failed = 0;
	int ok;

	if (!h->o->dry_run && harvest_run_mark(h, NULL, 0, &err) < 0) {
		log_error("%s", err.msg);
		return EXIT_STORE;
	}
	for (i = 0; i < accts->n; i++) {
		if (h->o->account != NULL &&
		    strcmp(h->o->account, accts->v[i].name) != 0)
			continue;
		memset(&c, 0, sizeof(c));
		n++;
		ok = harvest_account(h, &accts->v[i], &c) == 0;
		failed += !ok;
		harvest_summary(h->o, accts->v[i].name, &c, ok);
		rc.messages += c.read;
	}
	rc.unreadable = h->is.unreadable;
	rc.recipients = h->is.seen;
	rc.applied = h->is.applied;
	if (!h->o->dry_run && harvest_run_mark(h, &rc, failed == 0, &err) < 0)
		log_error("%s", err.msg);
	if (failed == 0)
		return EXIT_OK;
	return failed < n ? EXIT_PARTIAL : EXIT_RUNTIME;
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

static int
harvest_main(struct harvest_opts *o)
{
	struct config_accounts accts = { 0 };
	struct harvest h = { .o = o };
	int rc, lock;

	/* Every configuration error is reported before anything connects. */
	if ((rc = cli_db_open(&o->db)) != EXIT_OK ||
	    (rc = harvest_accounts(o, &accts)) != EXIT_OK)
		goto out;
	if ((lock = harvest_lock(o->db.path)) < 0) {
		rc = EXIT_RUNTIME;
		goto out;
	}
	if ((h.rules = cli_rules_load(o->rules != NULL ? o->rules :
	    o->db.cfg.rules_files)) == NULL)
		rc = EXIT_CONFIG;
	else {
		h.is.st = o->db.st;
		h.hidden_env = harvest_hidden_env(&accts);
		rc = harvest_all(&h, &accts);
		g_strfreev(h.hidden_env);
		dsn_rules_free(h.rules);
	}
	close(lock);
out:
	config_accounts_release(&accts);
	return rc;
}

int
cmd_harvest(int argc, char **argv)
{
	struct harvest_opts o = { 0 };
	GOptionEntry entries[] = {
		CLI_DB_OPTIONS(&o.db),
		{ "account", 0, 0, G_OPTION_ARG_STRING, &o.account,
		    "only this [account NAME]", "NAME" },
		{ "dry-run", 'n', 0, G_OPTION_ARG_NONE, &o.dry_run,
		    "read and classify; change neither database nor server",
		    NULL },
		{ "quiet", 'q', 0, G_OPTION_ARG_NONE, &o.quiet,
		    "nothing but errors", NULL },
		{ "verbose", 'v', 0, G_OPTION_ARG_NONE, &o.verbose,
		    "one line per bounce", NULL },
		{ "syslog", 0, 0, G_OPTION_ARG_NONE, &o.use_syslog,
		    "log to syslog as well", NULL },
		{ "rules", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.rules,
		    "extra rules file (instead of [rules] files)", "FILE" },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	int rc;

	if (cli_parse_options("harvest", "", entries, &argc, &argv) < 0)
		return EXIT_USAGE;
	if (argc > 1) {
		log_error("harvest: unexpected argument '%s'", argv[1]);
		return EXIT_USAGE;
	}
	log_init("bounce-harvester", o.verbose ? LOG_LVL_INFO :
	    o.quiet ? LOG_LVL_ERROR : LOG_LVL_WARN, o.use_syslog);
	rc = harvest_main(&o);
	cli_db_close(&o.db);
	g_free(o.account);
	g_strfreev(o.rules);
	return rc;
}
