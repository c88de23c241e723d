/*
 * imap_session: one logged-in IMAP connection.  Connects, secures the
 * connection (implicit TLS or STARTTLS, capabilities read again after the
 * handshake), authenticates with LOGIN, PLAIN or XOAUTH2 and maps
 * libetpan's results to imap_status values with readable messages.
 *
 * Must not send a secret before TLS is up (unless the account allows
 * plaintext) and must not put one in a message.
 */
#include <ctype.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "imap_int.h"

/*
 * Lines the client may send in one login: the command, a literal or two,
 * the response to a challenge.  A server answering every line with "+"
 * would otherwise be sent the credentials again and again.
 */
#define IMAP_LOGIN_MAX_WRITES	8

/* The server's last response text, made printable and short. */
static void
imap_response_text(struct imap_session *s, char *buf, size_t size)
{
	const char *t = s->imap != NULL ? s->imap->imap_response : NULL;
	size_t i;

	if (t == NULL || *t == '\0')
		t = "(no text)";
	for (i = 0; i + 1 < size && t[i] != '\0'; i++)
		buf[i] = isprint((unsigned char)t[i]) ? t[i] : '?';
	buf[i] = '\0';
}

static unsigned
imap_deadline_secs(const struct imap_account *a)
{
	return a->deadline != 0 ? a->deadline : IMAP_DEFAULT_DEADLINE;
}

void
imap_account_start(struct imap_account *a)
{
	a->deadline_at = g_get_monotonic_time() +
	    (gint64)imap_deadline_secs(a) * G_USEC_PER_SEC;
}

enum imap_status
imap_fail(struct imap_session *s, int r, struct err *err, const char *what)
{
	char text[160];

	s->dead = s->dead || imap_dead(s, r);
	if (s->io.past_deadline) {
		err_set(err, "%s: the account's deadline (%u s) passed talking "
		    "to '%s'", what, imap_deadline_secs(s->acct), s->where);
		return IMAP_ERR_NETWORK;
	}
	if (s->io.looped) {
		err_set(err, "%s: '%s' kept asking for more (over %u lines "
		    "sent): stopped", what, s->where, s->io.max_writes);
		return IMAP_ERR_PROTOCOL;
	}
	if (s->io.bye && r != MAILIMAP_NO_ERROR) {
		err_set(err, "%s: '%s' refused the connection (BYE)", what,
		    s->where);
		return IMAP_ERR_PROTOCOL;
	}
	if (s->io.too_big) {
		err_set(err, "%s: reply from '%s' larger than %zu bytes: "
		    "refused", what, s->where, s->io.limit);
		return IMAP_ERR_PROTOCOL;
	}
	if (s->io.bad_section) {
		err_set(err, "%s: unexpected reply from '%s' (a FETCH section "
		    "that was not asked for)", what, s->where);
		return IMAP_ERR_PROTOCOL;
	}
	if (s->io.timed_out) {
		err_set(err, "%s: no reply from '%s' within %u s", what,
		    s->where, s->io.timeout);
		return IMAP_ERR_NETWORK;
	}
	if (s->io.eof || r == MAILIMAP_ERROR_STREAM) {
		err_set(err, "%s: connection to '%s' lost", what, s->where);
		return IMAP_ERR_NETWORK;
	}
	if (r == MAILIMAP_ERROR_PARSE) {
		err_set(err, "%s: unexpected reply from '%s'", what, s->where);
		return IMAP_ERR_PROTOCOL;
	}
	imap_response_text(s, text, sizeof(text));
	err_set(err, "%s: '%s' said: %s", what, s->where, text);
	if (r == MAILIMAP_ERROR_LOGIN || r == MAILIMAP_ERROR_SASL)
		return IMAP_ERR_AUTH;
	return IMAP_ERR_PROTOCOL;
}

int
imap_dead(struct imap_session *s, int r)
{
	return s->io.timed_out || s->io.eof || s->io.too_big || s->io.bye ||
	    s->io.bad_section || s->io.past_deadline || s->io.looped ||
	    r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_PARSE;
}

int
imap_charset_refused(struct imap_session *s, int r)
{
	const struct mailimap_response_info *ri;
	char *text;
	int said;

	if (r == MAILIMAP_NO_ERROR || imap_dead(s, r) || s->imap == NULL)
		return 0;
	ri = s->imap->imap_response_info;
	if (ri != NULL && ri->rsp_badcharset != NULL)
		return 1;
	if (s->imap->imap_response == NULL)
		return 0;
	text = g_ascii_strdown(s->imap->imap_response, -1);
	said = strstr(text, "charset") != NULL;
	g_free(text);
	return said;
}

static enum imap_status
imap_account_check(const struct imap_account *a, struct err *err)
{
	if (a->host == NULL || *a->host == '\0' || a->username == NULL) {
		err_set(err, "host and username are required");
		return IMAP_ERR_CONFIG;
	}
	if (a->tls == IMAP_TLS_NONE && !a->allow_plaintext) {
		err_set(err, "tls = none sends the password in the clear: "
		    "refused without allow_plaintext = true");
		return IMAP_ERR_CONFIG;
	}
	return IMAP_OK;
}

static enum imap_status
imap_capability_read(struct imap_session *s, struct err *err)
{
	struct mailimap_capability_data *cap = NULL;
	int r;

	r = mailimap_capability(s->imap, &cap);
	if (cap != NULL)
		mailimap_capability_data_free(cap);
	if (r != MAILIMAP_NO_ERROR)
		return imap_fail(s, r, err, "CAPABILITY");
	return IMAP_OK;
}

/*
 * Nothing read before the handshake is kept: libetpan (patched for
 * CVE-2020-15953) refuses bytes buffered after the STARTTLS reply, and
 * the capabilities are read again over TLS.
 */
static enum imap_status
imap_starttls(struct imap_session *s, struct err *err)
{
	enum imap_status rc;
	int r;

	if ((rc = imap_capability_read(s, err)) != IMAP_OK)
		return rc;
	if (!imap_has_cap(s->imap, "STARTTLS", 0)) {
		err_set(err, "'%s' does not offer STARTTLS: refusing to go on "
		    "without TLS", s->where);
		return IMAP_ERR_TLS;
	}
	r = mailimap_starttls(s->imap);
	/* Garbage leaves its rest in the buffer too: not an injection. */
	if (r != MAILIMAP_NO_ERROR && r != MAILIMAP_ERROR_PARSE &&
	    s->imap->imap_stream != NULL &&
	    s->imap->imap_stream->read_buffer_len > 0) {
		err_set(err, "STARTTLS: '%s' sent data after its reply "
		    "(possible injection): refused", s->where);
		return IMAP_ERR_TLS;
	}
	if (r != MAILIMAP_NO_ERROR)
		return imap_fail(s, r, err, "STARTTLS");
	rc = imap_tls_start(&s->io, s->acct->host, s->acct->ca_file, err);
	if (rc != IMAP_OK)
		return rc;
	return imap_capability_read(s, err);
}

static enum imap_status
imap_session_connect(struct imap_session *s, struct err *err)
{
	const struct imap_account *a = s->acct;
	enum imap_status rc;
	mailstream *ms;
	int fd, r;

	rc = imap_tcp_connect(a->host, a->port, imap_wait_secs(s->io.timeout,
	    s->deadline), &fd, err);
	if (rc != IMAP_OK)
		return rc;
	s->imap = imap_must(mailimap_new(0, NULL));
	ms = imap_stream_new(&s->io, fd, s->io.timeout);
	s->io.deadline = s->deadline;
	/* From here mailimap_free() closes the stream. */
	s->imap->imap_stream = ms;
	if (a->tls == IMAP_TLS_IMPLICIT &&
	    (rc = imap_tls_start(&s->io, a->host, a->ca_file, err)) != IMAP_OK)
		return rc;
	r = mailimap_connect(s->imap, ms);
	if (a->tls == IMAP_TLS_STARTTLS &&
	    r == MAILIMAP_NO_ERROR_AUTHENTICATED) {
		/* PREAUTH in the clear: STARTTLS is no longer possible. */
		err_set(err, "'%s' sent PREAUTH before STARTTLS: refused",
		    s->where);
		return IMAP_ERR_TLS;
	}
	/*
	 * Silence from a port that waits for a TLS ClientHello (993): say
	 * so, the timeout alone does not tell what to change.
	 */
	if (r != MAILIMAP_NO_ERROR_AUTHENTICATED &&
	    r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED && s->io.timed_out &&
	    s->io.got == 0 && a->tls != IMAP_TLS_IMPLICIT) {
		err_set(err, "greeting: no reply from '%s' within %u s%s",
		    s->where, s->io.timeout, IMAP_TLS_PORT_HINT);
		return IMAP_ERR_NETWORK;
	}
	if (r != MAILIMAP_NO_ERROR_AUTHENTICATED &&
	    r != MAILIMAP_NO_ERROR_NON_AUTHENTICATED)
		return imap_fail(s, r, err, "greeting");
	if (a->tls == IMAP_TLS_STARTTLS)
		return imap_starttls(s, err);
	return IMAP_OK;
}

static int
imap_authenticate(struct imap_session *s, const char *secret)
{
	const struct imap_account *a = s->acct;

	switch (a->auth) {
	case IMAP_AUTH_LOGIN:
		return mailimap_login(s->imap, a->username, secret);
	case IMAP_AUTH_XOAUTH2:
		return mailimap_oauth2_authenticate(s->imap, a->username,
		    secret);
	case IMAP_AUTH_PLAIN:
	default:
		return mailimap_authenticate(s->imap, "PLAIN", a->host, NULL,
		    NULL, a->username, a->username, secret, NULL);
	}
}

static const char *
imap_auth_name(enum imap_auth auth)
{
	switch (auth) {
	case IMAP_AUTH_LOGIN:
		return "LOGIN";
	case IMAP_AUTH_XOAUTH2:
		return "XOAUTH2";
	default:
		return "PLAIN";
	}
}

static enum imap_status
imap_session_login(struct imap_session *s, const char *secret,
    struct err *err)
{
	char what[300];
	int r;

	if (s->imap->imap_state == MAILIMAP_STATE_AUTHENTICATED)
		return IMAP_OK;
	snprintf(what, sizeof(what), "%s login as '%s'",
	    imap_auth_name(s->acct->auth), s->acct->username);
	if (s->acct->auth != IMAP_AUTH_LOGIN &&
	    !imap_has_cap(s->imap, imap_auth_name(s->acct->auth), 1)) {
		err_set(err, "%s: '%s' does not offer AUTH=%s", what,
		    s->where, imap_auth_name(s->acct->auth));
		return IMAP_ERR_AUTH;
	}
	s->io.writes = 0;
	s->io.max_writes = IMAP_LOGIN_MAX_WRITES;
	r = imap_authenticate(s, secret);
	if (r == MAILIMAP_NO_ERROR && !s->io.looped) {
		s->io.max_writes = 0;
		return IMAP_OK;
	}
	if (r == MAILIMAP_ERROR_STREAM || r == MAILIMAP_ERROR_PARSE ||
	    s->io.timed_out || s->io.looped || s->io.past_deadline)
		return imap_fail(s, r, err, what);
	/* Any refusal of the credentials is an authentication failure. */
	imap_fail(s, r, err, what);
	return IMAP_ERR_AUTH;
}

/*
 * A server that closes while we write must give an error, not kill the
 * process: OpenSSL writes with write(2), so SIGPIPE is ignored unless the
 * program set its own handler.
 */
static void
imap_ignore_sigpipe(void)
{
	struct sigaction sa;

	if (sigaction(SIGPIPE, NULL, &sa) == 0 && sa.sa_handler == SIG_DFL) {
		sa.sa_handler = SIG_IGN;
		sigaction(SIGPIPE, &sa, NULL);
	}
}

/*
 * mailimap_free() would say LOGOUT and wait for the answer: on a dead
 * connection that is one more timeout.  imap_session_close() has said it
 * already when it could.
 */
static void
imap_session_free(struct imap_session *s)
{
	if (s->imap != NULL && s->imap->imap_stream != NULL) {
		mailstream_close(s->imap->imap_stream);
		s->imap->imap_stream = NULL;
	}
	if (s->imap != NULL)
		mailimap_free(s->imap);
	g_free(s->selected);
	g_free(s);
}

enum imap_status
imap_session_open(struct imap_session **sp, const struct imap_account *a,
    struct err *err)
{
	struct imap_session *s;
	enum imap_status rc;
	long long deadline;
	char *secret;

	*sp = NULL;
	imap_ignore_sigpipe();
	deadline = a->deadline_at != 0 ? a->deadline_at :
	    g_get_monotonic_time() + (gint64)imap_deadline_secs(a) *
	    G_USEC_PER_SEC;
	if (imap_wait_secs(1, deadline) == 0) {
		err_set(err, "the account's deadline (%u s) has passed",
		    imap_deadline_secs(a));
		return IMAP_ERR_CONNECT;
	}
	if ((rc = imap_account_check(a, err)) != IMAP_OK ||
	    (rc = imap_secret_get(a, &secret, err)) != IMAP_OK)
		return rc;
	s = g_new0(struct imap_session, 1);
	s->acct = a;
	s->deadline = deadline;
	s->io.fd = -1;
	s->io.timeout = a->timeout != 0 ? a->timeout : IMAP_DEFAULT_TIMEOUT;
	snprintf(s->where, sizeof(s->where), "%s:%u", a->host, a->port);
	rc = imap_session_connect(s, err);
	if (rc == IMAP_OK)
		rc = imap_session_login(s, secret, err);
	imap_secret_free(secret);
	if (rc != IMAP_OK) {
		imap_session_free(s);
		return rc;
	}
	*sp = s;
	return IMAP_OK;
}

void
imap_session_close(struct imap_session *s)
{
	if (s == NULL)
		return;
	/* A dead connection would only make LOGOUT wait for the timeout. */
	if (s->imap != NULL && s->imap->imap_stream != NULL &&
	    imap_session_alive(s) && s->io.fd >= 0)
		mailimap_logout(s->imap);
	imap_session_free(s);
}

int
imap_has_cap(mailimap *imap, const char *name, int auth)
{
	struct mailimap_capability_data *cap;

	if (imap->imap_connection_info == NULL ||
	    (cap = imap->imap_connection_info->imap_capability) == NULL ||
	    cap->cap_list == NULL)
		return 0;
	return auth ? mailimap_has_authentication(imap, name) :
	    mailimap_has_extension(imap, name);
}

int
imap_session_alive(struct imap_session *s)
{
	return !s->dead && !imap_dead(s, MAILIMAP_NO_ERROR);
}
