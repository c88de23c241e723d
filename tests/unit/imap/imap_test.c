/*
 * imap_test: helpers for the imap tests (see imap_test.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include <cmocka.h>
#include <glib.h>

#include "imap_test.h"

static char *
dv_path(const char *fmt, ...)
{
	const char *dir = getenv("BH_DOVECOT_DIR");
	char *rel, *p;
	va_list ap;

	if (dir == NULL)
		fail_msg("BH_DOVECOT_DIR is not set");
	va_start(ap, fmt);
	rel = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	p = g_build_filename(dir, rel, NULL);
	g_free(rel);
	return p;
}

const char *
dv_env(const char *key)
{
	static GKeyFile *kf;
	static char *vals[16];
	static size_t nvals;
	char *path, *data, *text, *v;
	gsize len;

	if (kf == NULL) {
		path = dv_path("env");
		if (!g_file_get_contents(path, &data, &len, NULL))
			fail_msg("cannot read '%s'", path);
		text = g_strconcat("[env]\n", data, NULL);
		kf = g_key_file_new();
		if (!g_key_file_load_from_data(kf, text, -1, 0, NULL))
			fail_msg("cannot parse '%s'", path);
		g_free(text);
		g_free(data);
		g_free(path);
	}
	if ((v = g_key_file_get_value(kf, "env", key, NULL)) == NULL)
		fail_msg("no %s in the dovecot env file", key);
	if (nvals == sizeof(vals) / sizeof(vals[0]))
		nvals = 0;
	g_free(vals[nvals]);
	vals[nvals++] = v;
	return v;
}

unsigned
dv_port(const char *key)
{
	return (unsigned)strtoul(dv_env(key), NULL, 10);
}

void
dv_account(struct imap_account *a, const char *user)
{
	static char env[64];

	memset(a, 0, sizeof(*a));
	a->name = user;
	a->host = "localhost";
	a->port = dv_port("IMAPS_PORT");
	a->tls = IMAP_TLS_IMPLICIT;
	a->ca_file = dv_env("CA_FILE");
	a->username = user;
	a->auth = IMAP_AUTH_LOGIN;
	snprintf(env, sizeof(env), "%s", strcmp(user, "bob") == 0 ?
	    "BOB_PASSWORD" : "ALICE_PASSWORD");
	setenv(env, dv_env(env), 1);
	a->password_env = env;
	a->timeout = 10;
}

static char *
dv_folder(const char *user, const char *folder)
{
	if (strcmp(folder, "INBOX") == 0)
		return dv_path("mail/%s/Maildir", user);
	return dv_path("mail/%s/Maildir/.%s", user, folder);
}

void
dv_seed(const char *user, const char *folder, const char *const *msgs,
    size_t n)
{
	dv_seed_at(user, folder, msgs, n, 0);
}

void
dv_seed_at(const char *user, const char *folder, const char *const *msgs,
    size_t n, long long at)
{
	struct utimbuf ut = { .actime = (time_t)at, .modtime = (time_t)at };
	char *root = dv_path("mail/%s/Maildir", user);
	char *box = dv_folder(user, folder);
	char *sub, *tmp, *dst;
	struct stat st;
	const char *d;
	size_t i;
	static unsigned seq;

	if (stat(root, &st) < 0)
		fail_msg("no maildir '%s'", root);
	for (i = 0; i < 3; i++) {
		d = i == 0 ? "cur" : i == 1 ? "new" : "tmp";
		sub = g_build_filename(box, d, NULL);
		g_mkdir_with_parents(sub, 0755);
		assert_int_equal(chown(sub, st.st_uid, st.st_gid), 0);
		g_free(sub);
	}
	assert_int_equal(chown(box, st.st_uid, st.st_gid), 0);
	/* Zero-padded: Dovecot gives UIDs in the order of the names. */
	for (i = 0; i < n; i++) {
		tmp = g_strdup_printf("%s/tmp/%ld.T%06uP%d.test", box,
		    (long)time(NULL), seq, (int)getpid());
		dst = g_strdup_printf("%s/new/%ld.T%06uP%d.test", box,
		    (long)time(NULL), seq++, (int)getpid());
		assert_true(g_file_set_contents(tmp, msgs[i], -1, NULL));
		assert_int_equal(chown(tmp, st.st_uid, st.st_gid), 0);
		if (at != 0)
			assert_int_equal(utime(tmp, &ut), 0);
		assert_int_equal(rename(tmp, dst), 0);
		g_free(tmp);
		g_free(dst);
	}
	g_free(box);
	g_free(root);
}

static void
dv_list(const char *box, const char *sub, GPtrArray *names)
{
	char *dir = g_build_filename(box, sub, NULL);
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *nm;

	while (d != NULL && (nm = g_dir_read_name(d)) != NULL)
		g_ptr_array_add(names, g_strdup(nm));
	if (d != NULL)
		g_dir_close(d);
	g_free(dir);
}

static int
dv_cmp(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static GPtrArray *
dv_names(const char *user, const char *folder)
{
	char *box = dv_folder(user, folder);
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);

	dv_list(box, "cur", names);
	dv_list(box, "new", names);
	g_ptr_array_sort(names, dv_cmp);
	g_free(box);
	return names;
}

char *
dv_files(const char *user, const char *folder)
{
	GPtrArray *names = dv_names(user, folder);
	char *s;

	g_ptr_array_add(names, NULL);
	s = g_strjoinv("\n", (char **)names->pdata);
	g_ptr_array_free(names, TRUE);
	return s;
}

int
dv_count(const char *user, const char *folder)
{
	GPtrArray *names = dv_names(user, folder);
	int n = (int)names->len;

	g_ptr_array_free(names, TRUE);
	return n;
}

/* The maildir letter Dovecot gave keyword in this folder, or 0. */
static char
dv_keyword_letter(const char *user, const char *folder, const char *keyword)
{
	char *box = dv_folder(user, folder);
	char *path = g_build_filename(box, "dovecot-keywords", NULL);
	char *data = NULL, **lines, *sp;
	char letter = 0;
	int i;

	if (g_file_get_contents(path, &data, NULL, NULL)) {
		lines = g_strsplit(data, "\n", -1);
		for (i = 0; lines[i] != NULL && letter == 0; i++)
			if ((sp = strchr(lines[i], ' ')) != NULL &&
			    strcmp(sp + 1, keyword) == 0)
				letter = (char)('a' + strtol(lines[i], NULL,
				    10));
		g_strfreev(lines);
	}
	g_free(data);
	g_free(path);
	g_free(box);
	return letter;
}

int
dv_count_keyword(const char *user, const char *folder, const char *keyword)
{
	GPtrArray *names = dv_names(user, folder);
	char letter = dv_keyword_letter(user, folder, keyword);
	const char *flags;
	int n = 0;
	guint i;

	for (i = 0; letter != 0 && i < names->len; i++)
		if ((flags = strstr(names->pdata[i], ":2,")) != NULL &&
		    strchr(flags + 3, letter) != NULL)
			n++;
	g_ptr_array_free(names, TRUE);
	return n;
}

enum imap_status
try_open(struct imap_account *a, struct err *err)
{
	struct imap_session *s = NULL;
	enum imap_status rc;

	err_clear(err);
	rc = imap_session_open(&s, a, err);
	imap_session_close(s);
	return rc;
}

/* Every fake started, so that a failed test leaves none running. */
#define FAKE_MAX	64
static pid_t fake_pids[FAKE_MAX];
static size_t fake_npids;

void
fake_start(struct fake *f, const char *scenario, const char *cert_name)
{
	const char *script = getenv("BH_FAKE_IMAP");
	char *cert = NULL, *key = NULL;
	int pfd[2];
	char line[32];
	size_t len;
	ssize_t n;

	if (script == NULL)
		fail_msg("BH_FAKE_IMAP is not set");
	snprintf(f->log, sizeof(f->log), "%s/fake-%s-%d.log",
	    g_get_tmp_dir(), scenario, (int)getpid());
	unlink(f->log);
	if (cert_name != NULL) {
		cert = dv_path("tls/%s.pem", cert_name);
		key = dv_path("tls/%s.key", cert_name);
	}
	assert_int_equal(pipe(pfd), 0);
	if ((f->pid = fork()) == 0) {
		/* Not ctest's stderr: a fake left running would hang ctest. */
		int null = open("/dev/null", O_WRONLY);

		dup2(null, 2);
		dup2(pfd[1], 1);
		close(pfd[0]);
		close(pfd[1]);
		execl("/usr/bin/python3", "python3", script, scenario, f->log, cert,
		    key, (char *)NULL);
		_exit(127);
	}
	close(pfd[1]);
	fake_pids[fake_npids++ % FAKE_MAX] = f->pid;
	/* The port, then EOF: the fake closes its stdout. */
	len = 0;
	while (len < sizeof(line) - 1 &&
	    (n = read(pfd[0], line + len, sizeof(line) - 1 - len)) > 0)
		len += (size_t)n;
	close(pfd[0]);
	line[len] = '\0';
	f->port = (unsigned)strtoul(line, NULL, 10);
	assert_true(f->port > 0);
	g_free(cert);
	g_free(key);
}

int
fake_reap(void **state)
{
	size_t i;

	for (i = 0; i < FAKE_MAX; i++)
		if (fake_pids[i] > 0 && kill(fake_pids[i], SIGTERM) == 0)
			waitpid(fake_pids[i], NULL, 0);
	return 0;
}

void
fake_stop(struct fake *f)
{
	size_t i;

	if (f->pid > 0) {
		kill(f->pid, SIGTERM);
		waitpid(f->pid, NULL, 0);
	}
	for (i = 0; i < FAKE_MAX; i++)
		if (fake_pids[i] == f->pid)
			fake_pids[i] = 0;
	f->pid = 0;
	unlink(f->log);
}

int
fake_count(const struct fake *f, const char *word)
{
	char *data = NULL, *up, *w, *p;
	int n = 0;

	if (!g_file_get_contents(f->log, &data, NULL, NULL))
		return 0;
	up = g_ascii_strup(data, -1);
	w = g_ascii_strup(word, -1);
	for (p = up; *w != '\0' && (p = strstr(p, w)) != NULL; p++)
		n++;
	g_free(w);
	g_free(up);
	g_free(data);
	return n;
}

int
fake_saw(const struct fake *f, const char *word)
{
	return fake_count(f, word) > 0;
}
