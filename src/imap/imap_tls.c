/*
 * imap_tls: the transport under libetpan.  A TCP socket with a connect
 * timeout, a custom mailstream_low_driver whose reads and writes wait at
 * most the account's timeout (libetpan's own timeout never reaches a
 * custom driver), and an OpenSSL handshake that verifies the chain and
 * the host name, sends SNI and refuses anything below TLS 1.2.
 *
 * Must not speak IMAP, and must never offer a way around verification.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/err.h>
#include <glib.h>
#include <openssl/x509v3.h>

#include "imap_int.h"

/* Waits until fd is ready for events; 1 ready, 0 timed out, -1 error. */
static int
imap_wait(int fd, short events, unsigned timeout)
{
	struct pollfd pfd;
	int r;

	pfd.fd = fd;
	pfd.events = events;
	do
		r = poll(&pfd, 1, (int)timeout * 1000);
	while (r < 0 && errno == EINTR);
	return r;
}

unsigned
imap_wait_secs(unsigned timeout, long long deadline)
{
	gint64 left;

	if (deadline == 0)
		return timeout;
	left = (deadline - g_get_monotonic_time() + G_USEC_PER_SEC - 1) /
	    G_USEC_PER_SEC;
	if (left <= 0)
		return 0;
	return left < timeout ? (unsigned)left : timeout;
}

/*
 * Waits for the stream's socket as imap_wait() does, never past the
 * deadline: 1 ready, 0 timed out (past_deadline set when the deadline
 * was the cause), -1 error.
 */
static int
imap_stream_wait(struct imap_stream *st, short events)
{
	unsigned secs = imap_wait_secs(st->timeout, st->deadline);
	int r;

	if (secs == 0) {
		st->past_deadline = 1;
		return 0;
	}
	r = imap_wait(st->fd, events, secs);
	if (r == 0 && secs < st->timeout)
		st->past_deadline = 1;
	return r;
}

/* 1 (past_deadline set) once the deadline has passed. */
static int
imap_stream_late(struct imap_stream *st)
{
	if (st->deadline != 0 && g_get_monotonic_time() >= st->deadline)
		st->past_deadline = 1;
	return st->past_deadline;
}

static int
imap_connect_addr(const struct addrinfo *ai, unsigned timeout, int *err_no)
{
	socklen_t len = sizeof(*err_no);
	int fd, r;

	fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC |
	    SOCK_NONBLOCK, ai->ai_protocol);
	if (fd < 0) {
		*err_no = errno;
		return -1;
	}
	r = connect(fd, ai->ai_addr, ai->ai_addrlen);
	if (r < 0 && errno == EINPROGRESS) {
		r = imap_wait(fd, POLLOUT, timeout);
		if (r == 0)
			*err_no = ETIMEDOUT;
		else if (r > 0 && getsockopt(fd, SOL_SOCKET, SO_ERROR, err_no,
		    &len) == 0 && *err_no == 0)
			return fd;
	} else if (r == 0)
		return fd;
	else
		*err_no = errno;
	close(fd);
	return -1;
}

enum imap_status
imap_tcp_connect(const char *host, unsigned port, unsigned timeout, int *fd,
    struct err *err)
{
	struct addrinfo hints, *res, *ai;
	char service[16];
	int r, err_no = ECONNREFUSED;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	snprintf(service, sizeof(service), "%u", port);
	r = getaddrinfo(host, service, &hints, &res);
	if (r != 0) {
		err_set(err, "cannot resolve '%s': %s", host, gai_strerror(r));
		return IMAP_ERR_CONNECT;
	}
	*fd = -1;
	for (ai = res; ai != NULL && *fd < 0; ai = ai->ai_next)
		*fd = imap_connect_addr(ai, timeout, &err_no);
	freeaddrinfo(res);
	if (*fd < 0) {
		err_set(err, "cannot connect to '%s:%u': %s", host, port,
		    strerror(err_no));
		return IMAP_ERR_CONNECT;
	}
	return IMAP_OK;
}

static struct imap_stream *
imap_stream_of(mailstream_low *low)
{
	return low->data;
}

/*
 * One TLS or plain I/O step that may have to wait: returns what op
 * returned, after waiting for the socket as OpenSSL asks.
 */
static ssize_t
imap_stream_io(struct imap_stream *st, void *buf, size_t len, int writing)
{
	ssize_t n;
	short ev;
	int e;

	for (;;) {
		if (imap_stream_late(st))
			return -1;
		if (st->ssl != NULL) {
			n = writing ? SSL_write(st->ssl, buf, (int)len) :
			    SSL_read(st->ssl, buf, (int)len);
			if (n > 0)
				return n;
			e = SSL_get_error(st->ssl, (int)n);
			if (e == SSL_ERROR_ZERO_RETURN)
				return 0;
			if (e != SSL_ERROR_WANT_READ &&
			    e != SSL_ERROR_WANT_WRITE)
				return -1;
			ev = e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT;
		} else {
			n = writing ? write(st->fd, buf, len) :
			    read(st->fd, buf, len);
			if (n >= 0)
				return n;
			if (errno == EINTR)
				continue;
			if (errno != EAGAIN && errno != EWOULDBLOCK)
				return -1;
			ev = writing ? POLLOUT : POLLIN;
		}
		e = imap_stream_wait(st, ev);
		if (e == 0 && !st->past_deadline)
			st->timed_out = 1;
		if (e <= 0)
			return -1;
	}
}

/*
 * The size of the literal a line announces: tail (the line's end, CR
 * included, LF not) ends with "{digits}\r", or "{digits}" (libetpan takes
 * a bare LF too).  0 when it does not;
 * ULLONG_MAX when the digits fill a tail that lost the line's start (cut):
 * a number longer than any size, which libetpan would wrap around.
 */
static unsigned long long
imap_literal_size(const char *tail, size_t n, int cut)
{
	unsigned long long v = 0;
	size_t i;

	if (n > 0 && tail[n - 1] == '\r')
		n--;
	if (n < 3 || tail[n - 1] != '}')
		return 0;
	for (i = n - 1; i > 0 && tail[i - 1] >= '0' && tail[i - 1] <= '9';)
		i--;
	if (i == 0 && cut)
		return ULLONG_MAX;
	if (i == 0 || tail[i - 1] != '{' || i == n - 1)
		return 0;
	for (; i < n - 1; i++)
		v = v > ULLONG_MAX / 10 - 1 ? ULLONG_MAX : v * 10 +
		    (unsigned)(tail[i] - '0');
	return v;
}

/*
 * Follows the reply through literals (their contents skipped) and keeps
 * the end of each line; -1 when a line announces a literal over limit,
 * -2 when, outside a literal and a reply our own code reads (raw), a
 * "BODY[" is followed by anything but "]".  libetpan leaks the section
 * spec it builds for a malformed section (fuzz_imap), and nothing it
 * parses for us was asked with a section: we fetch BODY.PEEK[] only.
 */
static int
imap_scan(struct imap_stream *st, const char *p, size_t n)
{
	static const char body[] = "BODY[";
	unsigned long long size;
	size_t i, k;

	for (i = 0; i < n; i++) {
		if (st->lit == 0 && st->sect == sizeof(body) - 1) {
			if (p[i] != ']' && !st->raw)
				return -2;
			st->sect = 0;
		}
		if (st->lit == 0)
			st->sect = toupper((unsigned char)p[i]) ==
			    body[st->sect] ? st->sect + 1 :
			    toupper((unsigned char)p[i]) == 'B';
		if (st->lit > 0) {
			k = st->lit < n - i ? (size_t)st->lit : n - i;
			st->lit -= k;
			i += k - 1;
		} else if (p[i] == '\n') {
			size = imap_literal_size(st->tail, st->ntail,
			    st->cut);
			if (size > st->limit)
				return -1;
			st->lit = size;
			st->ntail = 0;
			st->cut = 0;
		} else {
			if (st->ntail == sizeof(st->tail)) {
				memmove(st->tail, st->tail + 1, --st->ntail);
				st->cut = 1;
			}
			st->tail[st->ntail++] = p[i];
		}
	}
	return 0;
}

int
imap_stream_unraw(struct imap_stream *st, const char *buffered, size_t n)
{
	int e;

	st->raw = 0;
	st->lit = 0;
	st->ntail = 0;
	st->cut = 0;
	st->sect = 0;
	if ((e = imap_scan(st, buffered, n)) == 0)
		return 0;
	if (e == -2)
		st->bad_section = 1;
	else
		st->too_big = 1;
	return -1;
}

/*
 * Whether the greeting read so far is "*", blanks, "BYE", as libetpan's
 * parser takes it (any run of spaces and tabs, any case), over as many
 * reads as it comes in.  Sets st->greeted once the kind is known.
 */
static int
imap_greeting_bye(struct imap_stream *st, const char *p, size_t n)
{
	static const char bye[] = "BYE";
	size_t i;
	char c;

	for (i = 0; i < n && !st->greeted; i++) {
		c = (char)toupper((unsigned char)p[i]);
		if (st->gstate == 0) {			/* the star */
			st->gstate = c == '*' ? 1 : 99;
		} else if (c == ' ' || c == '\t') {	/* blanks */
			st->gstate = st->gstate <= 2 ? 2 : 99;
		} else if (st->gstate >= 2 && st->gstate <= 4 &&
		    c == bye[st->gstate - 2]) {	/* B, Y, E */
			st->gstate++;
		} else {
			st->gstate = 99;
		}
		if (st->gstate == 5)
			return st->greeted = 1;
		if (st->gstate == 99)
			st->greeted = 1;
	}
	return 0;
}

static ssize_t
imap_low_read(mailstream_low *low, void *buf, size_t len)
{
	struct imap_stream *st = imap_stream_of(low);
	ssize_t n;
	int e;

	if (len > INT32_MAX)
		len = INT32_MAX;
	n = imap_stream_io(st, buf, len, 0);
	/* libetpan loops on a 0 inside a literal: EOF is an error here. */
	if (n == 0) {
		st->eof = 1;
		return -1;
	}
	/*
	 * A server that refuses the connection ("* BYE" for a greeting) is
	 * told apart here: libetpan's mailimap_connect() would parse that
	 * greeting and never free it (fuzz_imap found the leak).
	 */
	if (n > 0 && !st->greeted && imap_greeting_bye(st, buf, (size_t)n)) {
		st->bye = 1;
		return -1;
	}
	if (n > 0 && (st->got += (size_t)n) > st->limit) {
		st->too_big = 1;
		return -1;
	}
	if (n > 0 && (e = imap_scan(st, buf, (size_t)n)) < 0) {
		if (e == -2)
			st->bad_section = 1;
		else
			st->too_big = 1;
		return -1;
	}
	return n;
}

/* A write starts a command: what is read next is its reply. */
static ssize_t
imap_low_write(mailstream_low *low, const void *buf, size_t len)
{
	struct imap_stream *st = imap_stream_of(low);
	ssize_t n;

	if (len > INT32_MAX)
		len = INT32_MAX;
	if (st->max_writes != 0 && ++st->writes > st->max_writes) {
		st->looped = 1;
		return -1;
	}
	if ((n = imap_stream_io(st, (void *)buf, len, 1)) > 0)
		st->got = 0;
	return n;
}

static int
imap_low_close(mailstream_low *low)
{
	struct imap_stream *st = imap_stream_of(low);

	if (st->ssl != NULL) {
		/* Best effort: a close_notify, never waiting for the peer. */
		SSL_shutdown(st->ssl);
		SSL_free(st->ssl);
		st->ssl = NULL;
	}
	if (st->fd >= 0)
		close(st->fd);
	st->fd = -1;
	return 0;
}

static int
imap_low_get_fd(mailstream_low *low)
{
	return imap_stream_of(low)->fd;
}

/*
 * libetpan wants the driver to free the mailstream_low itself; the struct
 * imap_stream belongs to the session, which reads its state afterwards.
 */
static void
imap_low_free(mailstream_low *low)
{
	struct imap_stream *st = imap_stream_of(low);

	imap_low_close(low);
	SSL_CTX_free(st->ctx);
	st->ctx = NULL;
	free(low);
}

static struct mailstream_cancel *
imap_low_get_cancel(mailstream_low *low)
{
	return NULL;
}

static mailstream_low_driver imap_low_driver = {
	.mailstream_read = imap_low_read,
	.mailstream_write = imap_low_write,
	.mailstream_close = imap_low_close,
	.mailstream_get_fd = imap_low_get_fd,
	.mailstream_free = imap_low_free,
	.mailstream_get_cancel = imap_low_get_cancel,
};

mailstream *
imap_stream_new(struct imap_stream *st, int fd, unsigned timeout)
{
	mailstream_low *low;
	mailstream *ms;

	memset(st, 0, sizeof(*st));
	st->fd = fd;
	st->timeout = timeout;
	st->limit = IMAP_REPLY_MAX;
	low = imap_must(mailstream_low_new(st, &imap_low_driver));
	mailstream_low_set_timeout(low, timeout);
	ms = imap_must(mailstream_new(low, 8192));
	return ms;
}

/* What a failed verification means, in the words of the issue. */
static const char *
imap_tls_cause(long v)
{
	switch (v) {
	case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
	case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
	case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
	case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
	case X509_V_ERR_CERT_UNTRUSTED:
	case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
		return "untrusted issuer";
	case X509_V_ERR_CERT_HAS_EXPIRED:
		return "certificate expired";
	case X509_V_ERR_CERT_NOT_YET_VALID:
		return "certificate not yet valid";
	case X509_V_ERR_HOSTNAME_MISMATCH:
	case X509_V_ERR_IP_ADDRESS_MISMATCH:
		return "name mismatch";
	default:
		return "certificate rejected";
	}
}

static SSL_CTX *
imap_tls_ctx(const char *ca_file, struct err *err)
{
	SSL_CTX *ctx;
	int ok;

	if ((ctx = SSL_CTX_new(TLS_client_method())) == NULL) {
		err_set(err, "cannot create a TLS context");
		return NULL;
	}
	SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
	SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
	if (ca_file != NULL)
		ok = SSL_CTX_load_verify_locations(ctx, ca_file, NULL);
	else
		ok = SSL_CTX_set_default_verify_paths(ctx);
	if (!ok) {
		err_set(err, "cannot load CA certificates from '%s'",
		    ca_file != NULL ? ca_file : "the system store");
		SSL_CTX_free(ctx);
		return NULL;
	}
	return ctx;
}

/* Host names get SNI and a name check; address literals an IP check. */
static int
imap_tls_set_peer(SSL *ssl, const char *host)
{
	unsigned char buf[sizeof(struct in6_addr)];

	if (inet_pton(AF_INET, host, buf) == 1 ||
	    inet_pton(AF_INET6, host, buf) == 1)
		return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl),
		    host);
	return SSL_set_tlsext_host_name(ssl, host) &&
	    SSL_set1_host(ssl, host);
}

static enum imap_status
imap_tls_failed(SSL *ssl, const char *host, struct err *err)
{
	long v = SSL_get_verify_result(ssl);
	unsigned long e = ERR_peek_last_error();
	char buf[256];

	if (v != X509_V_OK) {
		err_set(err, "cannot verify '%s': %s (%s)", host,
		    imap_tls_cause(v), X509_verify_cert_error_string(v));
		return IMAP_ERR_TLS;
	}
	/* What a plain IMAP port answers to a ClientHello: "* OK ...". */
	if (e != 0 && ERR_GET_LIB(e) == ERR_LIB_SSL &&
	    ERR_GET_REASON(e) == SSL_R_WRONG_VERSION_NUMBER) {
		err_set(err, "TLS handshake with '%s' failed: the server "
		    "answered in plain text, not TLS (a plain IMAP port? "
		    "port 143 takes tls = starttls; tls = implicit is for "
		    "port 993)", host);
	} else if (e != 0) {
		ERR_error_string_n(e, buf, sizeof(buf));
		err_set(err, "TLS handshake with '%s' failed: %s", host, buf);
	} else
		err_set(err, "TLS handshake with '%s' failed: %s", host,
		    errno != 0 ? strerror(errno) : "connection closed");
	return IMAP_ERR_TLS;
}

static int
imap_tls_handshake(struct imap_stream *st)
{
	int r, e;

	for (;;) {
		ERR_clear_error();
		errno = 0;
		if ((r = SSL_connect(st->ssl)) == 1)
			return 0;
		e = SSL_get_error(st->ssl, r);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			return -1;
		r = imap_stream_wait(st, e == SSL_ERROR_WANT_READ ? POLLIN :
		    POLLOUT);
		if (r <= 0) {
			st->timed_out = r == 0 && !st->past_deadline;
			return -1;
		}
	}
}

enum imap_status
imap_tls_start(struct imap_stream *st, const char *host, const char *ca_file,
    struct err *err)
{
	enum imap_status rc;

	if ((st->ctx = imap_tls_ctx(ca_file, err)) == NULL)
		return IMAP_ERR_CONFIG;
	if ((st->ssl = SSL_new(st->ctx)) == NULL ||
	    !SSL_set_fd(st->ssl, st->fd) || !imap_tls_set_peer(st->ssl, host)) {
		err_set(err, "cannot set up TLS for '%s'", host);
		return IMAP_ERR_TLS;
	}
	if (imap_tls_handshake(st) == 0)
		return IMAP_OK;
	if (st->past_deadline) {
		err_set(err, "TLS handshake with '%s': the account's deadline "
		    "passed", host);
		rc = IMAP_ERR_NETWORK;
	} else if (st->timed_out) {
		err_set(err, "TLS handshake with '%s' timed out after %u s",
		    host, st->timeout);
		rc = IMAP_ERR_NETWORK;
	} else
		rc = imap_tls_failed(st->ssl, host, err);
	SSL_free(st->ssl);
	st->ssl = NULL;
	return rc;
}
