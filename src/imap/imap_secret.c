/*
 * imap_secret: reads an account's password or OAuth2 token from the
 * environment, a private file, or a command's output.  A secret never
 * goes into argv, an error message or the log; the copy it returns is
 * wiped when freed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

#include "imap_int.h"

#define IMAP_SECRET_MAX	8192

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

static enum imap_status
imap_secret_command(const struct imap_account *a, const char *cmd,
    char **secret, struct err *err)
{
	char *argv[] = { "/bin/sh", "-c", (char *)cmd, NULL };
	char **env = imap_secret_environ(a);
	char *out = NULL;
	GError *gerr = NULL;
	int status, ok;

	ok = g_spawn_sync(NULL, argv, env, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
	    NULL, &out, NULL, &status, &gerr);
	g_strfreev(env);
	if (!ok) {
		err_set(err, "cannot run password command: %s", gerr->message);
		g_error_free(gerr);
		return IMAP_ERR_CONFIG;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		explicit_bzero(out, strlen(out));
		g_free(out);
		err_set(err, "password command failed (status %d)", status);
		return IMAP_ERR_CONFIG;
	}
	*secret = imap_secret_line(out, strlen(out));
	explicit_bzero(out, strlen(out));
	g_free(out);
	return IMAP_OK;
}

enum imap_status
imap_secret_get(const struct imap_account *a, char **secret, struct err *err)
{
	enum imap_status rc;

	*secret = NULL;
	if (a->auth == IMAP_AUTH_XOAUTH2 && a->oauth2_token_command != NULL)
		rc = imap_secret_command(a, a->oauth2_token_command, secret,
		    err);
	else if (a->password_env != NULL)
		rc = imap_secret_env(a->password_env, secret, err);
	else if (a->password_file != NULL)
		rc = imap_secret_file(a->password_file, secret, err);
	else if (a->password_command != NULL)
		rc = imap_secret_command(a, a->password_command, secret, err);
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
