/*
 * imap_secret: reads an account's password or OAuth2 token from the
 * environment, a private file, or a command's output.  A secret never
 * goes into argv, an error message or the log; the copy it returns is
 * wiped when freed.  A command runs in a process group of its own, is
 * killed with it after command_timeout, and may print 8 KiB at most; its
 * stderr's first line goes into the error when it fails.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

#include "imap_int.h"

#define IMAP_SECRET_MAX		8192	/* bytes of a file or a command's output */
#define IMAP_SECRET_ERR_MAX	512	/* bytes of a command's stderr kept */

/* Keeps the first line only: files and commands end it with a newline. */
static char *
imap_secret_line(const char *buf, size_t len)
{
	size_t n = 0;

	while (n < len && buf[n] != '\n' && buf[n] != '\r' && buf[n] != '\0')
		n++;
	return g_strndup(buf, n);
}

static enum imap_status
imap_secret_env(const char *name, char **secret, struct err *err)
{
	const char *v = getenv(name);

	if (v == NULL || *v == '\0') {
		err_set(err, "environment variable '%s' is not set", name);
		return IMAP_ERR_CONFIG;
	}
	*secret = g_strdup(v);
	return IMAP_OK;
}

static enum imap_status
imap_secret_file(const char *path, char **secret, struct err *err)
{
	char buf[IMAP_SECRET_MAX];
	struct stat st;
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		err_set(err, "cannot open '%s': %s", path, strerror(errno));
		return IMAP_ERR_CONFIG;
	}
	if (fstat(fd, &st) < 0 || (st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
		close(fd);
		err_set(err, "password file '%s' is readable by group or "
		    "others: chmod 600 it", path);
		return IMAP_ERR_CONFIG;
	}
	n = read(fd, buf, sizeof(buf));
	close(fd);
	if (n < 0) {
		err_set(err, "cannot read '%s': %s", path, strerror(errno));
		return IMAP_ERR_CONFIG;
	}
	*secret = imap_secret_line(buf, (size_t)n);
	explicit_bzero(buf, sizeof(buf));
	return IMAP_OK;
}

/* The environment of a command: ours less the variables holding secrets. */
static char **
imap_secret_environ(const struct imap_account *a)
{
	char **env = g_get_environ();
	size_t i;

	for (i = 0; a->hidden_env != NULL && a->hidden_env[i] != NULL; i++)
		env = g_environ_unsetenv(env, a->hidden_env[i]);
	if (a->password_env != NULL)
		env = g_environ_unsetenv(env, a->password_env);
	return env;
}

/* Runs in the child: a process group of its own, killed as a whole. */
static void
imap_secret_child_setup(gpointer data)
{
	(void)data;
	setpgid(0, 0);
}

/* What a command printed: its output (the secret), a little of stderr. */
struct imap_cmd_out {
	char		 out[IMAP_SECRET_MAX];
	size_t		 outlen;
	GString		*errs;		/* at most IMAP_SECRET_ERR_MAX bytes */
	const char	*why;		/* why it was stopped, or NULL */
};

/* Reads what fd has into o (fd 0: output, 1: stderr).  0 at EOF. */
static ssize_t
imap_secret_take(int fd, int which, struct imap_cmd_out *o)
{
	char buf[4096];
	ssize_t n = read(fd, buf, sizeof(buf));

	if (n <= 0)
		return n < 0 && errno == EINTR ? 1 : 0;
	if (which == 1) {
		if (o->errs->len < IMAP_SECRET_ERR_MAX)
			g_string_append_len(o->errs, buf, MIN(n,
			    (ssize_t)(IMAP_SECRET_ERR_MAX - o->errs->len)));
	} else if (o->outlen + (size_t)n > sizeof(o->out)) {
		o->why = "printed more than 8192 bytes";
		n = -1;
	} else {
		memcpy(o->out + o->outlen, buf, (size_t)n);
		o->outlen += (size_t)n;
	}
	explicit_bzero(buf, sizeof(buf));
	return n;
}

/*
 * Reads the command's output and stderr until both end, the output grows
 * too long or the deadline (monotonic, us) passes.  0, or -1 with o->why.
 */
static int
imap_secret_collect(int fds[2], gint64 deadline, struct imap_cmd_out *o)
{
	struct pollfd p[2];
	gint64 left;
	int i, open = 2;

	while (open > 0) {
		if ((left = (deadline - g_get_monotonic_time()) / 1000) <= 0) {
			o->why = "timed out";
			return -1;
		}
		for (i = 0; i < 2; i++) {
			p[i].fd = fds[i];
			p[i].events = POLLIN;
		}
		if (poll(p, 2, (int)MIN(left, 1000)) < 0 && errno != EINTR) {
			o->why = "could not be read";
			return -1;
		}
		for (i = 0; i < 2; i++) {
			if (fds[i] < 0 || p[i].revents == 0)
				continue;
			switch (imap_secret_take(fds[i], i, o)) {
			case -1:
				return -1;
			case 0:
				close(fds[i]);
				fds[i] = -1;
				open--;
			}
		}
	}
	return 0;
}

/*
 * The error for a command that failed, with the first line of its stderr
 * unless that holds what it printed as the secret.
 */
static enum imap_status
imap_secret_cmd_err(const char *what, const char *why, struct imap_cmd_out *o,
    struct err *err)
{
	char *line = imap_secret_line(o->errs->str, o->errs->len);
	char *sec = imap_secret_line(o->out, o->outlen);

	if (*sec != '\0' && strstr(line, sec) != NULL)
		g_strlcpy(line, "(stderr withheld: it holds the output)",
		    strlen(line) + 1);
	err_set(err, "%s %s%s%s", what, why, *line != '\0' ? ": " : "", line);
	explicit_bzero(sec, strlen(sec));
	g_free(sec);
	g_free(line);
	return IMAP_ERR_CONFIG;
}

/*
 * Waits for the command to end, until the deadline (a command that closed
 * its output may still run): then its group is killed.  Its wait status.
 */
static int
imap_secret_reap(GPid pid, gint64 deadline, struct imap_cmd_out *o)
{
	int status = 0;
	pid_t r;

	while ((r = waitpid(pid, &status, WNOHANG)) == 0 &&
	    g_get_monotonic_time() < deadline)
		g_usleep(10000);
	if (r == 0) {
		kill(-pid, SIGKILL);
		o->why = "timed out";
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	}
	g_spawn_close_pid(pid);
	return status;
}

/* Starts cmd in a process group of its own; its output and stderr in fds. */
static int
imap_secret_spawn(const struct imap_account *a, const char *cmd, GPid *pid,
    int fds[2], struct err *err)
{
	char *argv[] = { "/bin/sh", "-c", (char *)cmd, NULL };
	char **env = imap_secret_environ(a);
	GError *gerr = NULL;
	int ok;

	ok = g_spawn_async_with_pipes(NULL, argv, env,
	    G_SPAWN_DO_NOT_REAP_CHILD, imap_secret_child_setup, NULL, pid,
	    NULL, &fds[0], &fds[1], &gerr);
	g_strfreev(env);
	if (!ok) {
		err_set(err, "cannot run the command: %s", gerr->message);
		g_error_free(gerr);
		return -1;
	}
	return 0;
}

static enum imap_status
imap_secret_command(const struct imap_account *a, const char *cmd,
    const char *what, char **secret, struct err *err)
{
	/* Never past the account's deadline either. */
	unsigned secs = imap_wait_secs(a->command_timeout != 0 ?
	    a->command_timeout : IMAP_DEFAULT_COMMAND_TIMEOUT, a->deadline_at);
	struct imap_cmd_out o = { .errs = g_string_new(NULL) };
	enum imap_status rc = IMAP_OK;
	gint64 deadline;
	char why[64];
	int fds[2], status, i;
	GPid pid;

	if (imap_secret_spawn(a, cmd, &pid, fds, err) < 0) {
		g_string_free(o.errs, TRUE);
		err_prefix(err, "%s: ", what);
		return IMAP_ERR_CONFIG;
	}
	deadline = g_get_monotonic_time() + (gint64)secs * G_USEC_PER_SEC;
	if (imap_secret_collect(fds, deadline, &o) < 0)
		kill(-pid, SIGKILL);
	for (i = 0; i < 2; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	status = imap_secret_reap(pid, deadline, &o);
	if (o.why != NULL && strcmp(o.why, "timed out") == 0) {
		g_snprintf(why, sizeof(why), "timed out after %u s", secs);
		rc = imap_secret_cmd_err(what, why, &o, err);
	} else if (o.why != NULL)
		rc = imap_secret_cmd_err(what, o.why, &o, err);
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		g_snprintf(why, sizeof(why), "failed (status %d)", status);
		rc = imap_secret_cmd_err(what, why, &o, err);
	} else
		*secret = imap_secret_line(o.out, o.outlen);
	explicit_bzero(o.out, sizeof(o.out));
	g_string_free(o.errs, TRUE);
	return rc;
}

enum imap_status
imap_secret_get(const struct imap_account *a, char **secret, struct err *err)
{
	enum imap_status rc;

	*secret = NULL;
	if (a->auth == IMAP_AUTH_XOAUTH2 && a->oauth2_token_command != NULL)
		rc = imap_secret_command(a, a->oauth2_token_command,
		    "token command", secret, err);
	else if (a->password_env != NULL)
		rc = imap_secret_env(a->password_env, secret, err);
	else if (a->password_file != NULL)
		rc = imap_secret_file(a->password_file, secret, err);
	else if (a->password_command != NULL)
		rc = imap_secret_command(a, a->password_command,
		    "password command", secret, err);
	else {
		err_set(err, "no password_env, password_file or "
		    "password_command");
		return IMAP_ERR_CONFIG;
	}
	if (rc == IMAP_OK && **secret == '\0') {
		imap_secret_free(*secret);
		*secret = NULL;
		err_set(err, "the password is empty");
		return IMAP_ERR_CONFIG;
	}
	return rc;
}

void
imap_secret_free(char *secret)
{
	if (secret == NULL)
		return;
	explicit_bzero(secret, strlen(secret));
	g_free(secret);
}
