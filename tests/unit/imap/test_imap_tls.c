/*
 * imap_tls: the transport's reply limit, through a real mailstream over a
 * socketpair (the test writes the server's side).  A reply over the limit
 * fails the read; a literal announced over it fails as soon as its "{n}"
 * line arrives, even cut between two reads, ended by a bare LF, or with
 * more digits than the transport keeps of the line; the same text inside a
 * literal's contents is only data; a command resets the count.  The
 * client-side search's FETCH (imap_scan_fetch) counts each response on
 * its own: an answer larger than any one reply may be is read whole.  No
 * read goes on past the deadline, however slowly the server trickles.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>
#include <glib.h>

#include "imap_int.h"

struct pipe {
	struct imap_stream	 st;
	mailstream		*ms;
	int			 peer;	/* the server's end */
};

static void
pipe_open(struct pipe *p, size_t limit)
{
	int sv[2];

	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	/* Non-blocking, as imap_tcp_connect() leaves it: a read that
	 * should have failed waits 1 s, not forever. */
	assert_int_equal(fcntl(sv[0], F_SETFL, O_NONBLOCK), 0);
	p->peer = sv[1];
	p->ms = imap_stream_new(&p->st, sv[0], 1);
	assert_non_null(p->ms);
	p->st.limit = limit;
}

static void
pipe_close(struct pipe *p)
{
	mailstream_close(p->ms);
	close(p->peer);
}

/* Writes the server's bytes; returns their count. */
static size_t
serve(struct pipe *p, const char *s)
{
	assert_int_equal(write(p->peer, s, strlen(s)), (ssize_t)strlen(s));
	return strlen(s);
}

/* Reads until n bytes came or the stream fails; the bytes read. */
static size_t
take(struct pipe *p, size_t n)
{
	char buf[256];
	size_t got = 0;
	ssize_t r;

	while (got < n && (r = mailstream_read(p->ms, buf, n - got <
	    sizeof(buf) ? n - got : sizeof(buf))) > 0)
		got += (size_t)r;
	return got;
}

static void
test_reply_over_limit(void **state)
{
	struct pipe p;
	char line[201];

	pipe_open(&p, 100);
	memset(line, 'A', 200);
	line[200] = '\0';
	take(&p, serve(&p, line));
	assert_true(p.st.too_big);
	pipe_close(&p);
	/* The same 200 bytes under a limit of 300: read whole. */
	pipe_open(&p, 300);
	serve(&p, line);
	assert_int_equal(take(&p, 200), 200);
	assert_false(p.st.too_big);
	pipe_close(&p);
}

static void
test_literal_announced_over_limit(void **state)
{
	struct pipe p;

	size_t n;

	pipe_open(&p, 4096);
	take(&p, serve(&p, "* 1 FETCH (UID 1 BODY[] {4000000000}\r\nxx"));
	assert_true(p.st.too_big);
	assert_true(p.st.got < 100);
	pipe_close(&p);
	/* Cut in the middle of "{n}" and of its CRLF: still seen. */
	pipe_open(&p, 4096);
	n = serve(&p, "* 1 FETCH (UID 1 BODY[] {40000");
	assert_int_equal(take(&p, n), n);
	n = serve(&p, "00}\r");
	assert_int_equal(take(&p, n), n);
	assert_false(p.st.too_big);
	take(&p, serve(&p, "\n"));
	assert_true(p.st.too_big);
	pipe_close(&p);
	/*
	 * A bare LF ends the line for libetpan too, and a length too long
	 * for the line's kept end is over any limit (fuzz_imap: libetpan
	 * sized a buffer of 4 GB by "{5222...2}\n", 32 digits).
	 */
	pipe_open(&p, 4096);
	take(&p, serve(&p, "* 1 FETCH (UID 1 BODY[] {4000000000}\nxx"));
	assert_true(p.st.too_big);
	pipe_close(&p);
	pipe_open(&p, 4096);
	take(&p, serve(&p, "* 1 FETCH (UID 1 BODY[] "
	    "{52222222222222222222222222222222}\nxx"));
	assert_true(p.st.too_big);
	pipe_close(&p);
	pipe_open(&p, 4096);
	take(&p, serve(&p, "* 1 FETCH (UID 1 BODY[] "
	    "{00000000000000000000000000000009}\r\nxx"));
	assert_true(p.st.too_big);
	pipe_close(&p);
	/* Digits and a brace that announce nothing pass. */
	pipe_open(&p, 4096);
	n = serve(&p, "* OK 123}\r\n* OK {}\n");
	assert_int_equal(take(&p, n), n);
	assert_false(p.st.too_big);
	pipe_close(&p);
}

/* "{n}" inside a literal is data; the literal's own size fits. */
static void
test_literal_contents_are_data(void **state)
{
	static const char reply[] =
	    "* 1 FETCH (UID 1 BODY[] {20}\r\n"
	    "x {99999999}\r\nabcd\r\n"
	    ")\r\n1 OK done\r\n";
	struct pipe p;

	pipe_open(&p, 4096);
	serve(&p, reply);
	assert_int_equal(take(&p, sizeof(reply) - 1), sizeof(reply) - 1);
	assert_false(p.st.too_big);
	assert_int_equal(p.st.lit, 0);
	/* After it, a real announcement over the limit is seen again. */
	take(&p, serve(&p, "* 2 FETCH (UID 2 BODY[] {99999999}\r\n"));
	assert_true(p.st.too_big);
	pipe_close(&p);
}

/* Each command starts a new reply: the count starts again. */
static void
test_command_resets_count(void **state)
{
	struct pipe p;
	char line[81], cmd[16];

	pipe_open(&p, 100);
	memset(line, 'B', 80);
	line[80] = '\0';
	serve(&p, line);
	assert_int_equal(take(&p, 80), 80);
	assert_int_equal(mailstream_write(p.ms, "1 NOOP\r\n", 8), 8);
	assert_int_equal(mailstream_flush(p.ms), 0);
	assert_int_equal(read(p.peer, cmd, sizeof(cmd)), 8);
	serve(&p, line);
	assert_int_equal(take(&p, 80), 80);
	assert_false(p.st.too_big);
	/* Without a command between them, 160 bytes are over 100. */
	take(&p, serve(&p, line));
	assert_true(p.st.too_big);
	pipe_close(&p);
}

/* The server's side of one scan: its command read, then the answer. */
struct scan_server {
	int		 fd;
	size_t		 n;		/* FETCH responses */
	size_t		 fill;		/* bytes of header field in each */
	const char	*extra;		/* sent before the tagged OK, or NULL */
};

static void *
scan_serve(void *arg)
{
	struct scan_server *sv = arg;
	char cmd[512], tag[32], head[128];
	GString *field = g_string_new("Subject: ");
	size_t i, got = 0;
	ssize_t r;

	while (got < sizeof(cmd) - 1 && (got == 0 || cmd[got - 1] != '\n') &&
	    (r = read(sv->fd, cmd + got, 1)) > 0)
		got += (size_t)r;
	cmd[got] = '\0';
	if (sscanf(cmd, "%31s", tag) != 1)
		return NULL;
	while (field->len < sv->fill)
		g_string_append_c(field, 'x');
	g_string_append(field, "\r\n\r\n");
	for (i = 1; i <= sv->n; i++) {
		snprintf(head, sizeof(head), "* %zu FETCH (UID %zu BODY["
		    "HEADER.FIELDS (SUBJECT)] {%zu}\r\n", i, i, field->len);
		if (write(sv->fd, head, strlen(head)) < 0 ||
		    write(sv->fd, field->str, field->len) < 0 ||
		    write(sv->fd, ")\r\n", 3) < 0)
			break;
	}
	if (sv->extra != NULL && write(sv->fd, sv->extra,
	    strlen(sv->extra)) < 0)
		return NULL;
	dprintf(sv->fd, "%s OK done\r\n", tag);
	g_string_free(field, TRUE);
	return NULL;
}

static int
scan_count(void *ctx, const struct imap_scan_item *it)
{
	(*(size_t *)ctx)++;
	return it->data != NULL && it->len > 0 ? 0 : -1;
}

/* One scan against sv over a socketpair: its result, *n responses. */
static enum imap_status
scan_run(struct scan_server *sv, size_t *n, struct err *err)
{
	struct imap_session s;
	enum imap_status rc;
	pthread_t th;
	int fds[2];

	/* The server's writes after a failed read: an error, not a kill. */
	signal(SIGPIPE, SIG_IGN);
	memset(&s, 0, sizeof(s));
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
	assert_int_equal(fcntl(fds[0], F_SETFL, O_NONBLOCK), 0);
	s.imap = mailimap_new(0, NULL);
	assert_non_null(s.imap);
	s.imap->imap_stream = imap_stream_new(&s.io, fds[0], 5);
	assert_non_null(s.imap->imap_stream);
	snprintf(s.where, sizeof(s.where), "socketpair");
	sv->fd = fds[1];
	assert_int_equal(pthread_create(&th, NULL, scan_serve, sv), 0);
	*n = 0;
	rc = imap_scan_fetch(&s, 1, 0, "Subject", scan_count, n, err);
	/* The limit is the transport's own again for the next command. */
	assert_int_equal(s.io.limit, IMAP_REPLY_MAX);
	mailstream_close(s.imap->imap_stream);
	s.imap->imap_stream = NULL;
	shutdown(fds[1], SHUT_RDWR);
	pthread_join(th, NULL);
	close(fds[1]);
	mailimap_free(s.imap);
	return rc;
}

static void
test_scan_counts_each_response(void **state)
{
	/* 1,100 responses of 64 KB: 70 MB, over IMAP_REPLY_MAX + 64 MB. */
	struct scan_server sv = { .n = 1100, .fill = 64 * 1024 };
	struct err err;
	size_t n;

	assert_int_equal(scan_run(&sv, &n, &err), IMAP_OK);
	assert_int_equal(n, 1100);
	/* One response announcing more than it may take still fails. */
	sv.n = 2;
	sv.fill = 10;
	sv.extra = "* 3 FETCH (UID 3 BODY[HEADER.FIELDS (SUBJECT)] "
	    "{4000000000}\r\n";
	assert_int_equal(scan_run(&sv, &n, &err), IMAP_ERR_PROTOCOL);
	assert_true(n <= 2);	/* the read that holds it fails whole */
	assert_non_null(strstr(err.msg, "larger than"));
}

struct trickle {
	int	fd;
	int	n;		/* bytes to send, one every 50 ms */
};

static void *
trickle_serve(void *arg)
{
	struct trickle *t = arg;
	int i;

	for (i = 0; i < t->n; i++) {
		if (write(t->fd, "x", 1) != 1)
			break;
		g_usleep(50000);
	}
	return NULL;
}

/*
 * The deadline: a wait is cut to what is left of it, a read that would
 * not wait fails once it has passed, and a server sending a byte every
 * 50 ms (each read well within the 1 s timeout) is left at the deadline.
 */
static void
test_deadline(void **state)
{
	struct trickle t;
	struct pipe p;
	pthread_t th;
	gint64 t0;
	size_t got;

	assert_int_equal(imap_wait_secs(60, 0), 60);
	assert_int_equal(imap_wait_secs(60, g_get_monotonic_time() +
	    2500000), 3);
	assert_int_equal(imap_wait_secs(2, g_get_monotonic_time() +
	    9000000), 2);
	assert_int_equal(imap_wait_secs(60, g_get_monotonic_time() - 1), 0);
	/* Data waiting, the deadline passed: nothing more is read. */
	pipe_open(&p, IMAP_REPLY_MAX);
	serve(&p, "* OK ready\r\n");
	p.st.deadline = g_get_monotonic_time() - 1;
	assert_int_equal(take(&p, 12), 0);
	assert_true(p.st.past_deadline);
	assert_false(p.st.timed_out);
	pipe_close(&p);
	/* A trickle of 40 bytes over 2 s, a deadline 300 ms away. */
	pipe_open(&p, IMAP_REPLY_MAX);
	t.fd = p.peer;
	t.n = 40;
	assert_int_equal(pthread_create(&th, NULL, trickle_serve, &t), 0);
	t0 = g_get_monotonic_time();
	p.st.deadline = t0 + 300000;
	got = take(&p, 40);
	assert_true(got > 0 && got < 20);
	assert_true(p.st.past_deadline);
	assert_true(g_get_monotonic_time() - t0 < 1500000);
	pthread_join(th, NULL);
	pipe_close(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reply_over_limit),
		cmocka_unit_test(test_literal_announced_over_limit),
		cmocka_unit_test(test_literal_contents_are_data),
		cmocka_unit_test(test_command_resets_count),
		cmocka_unit_test(test_scan_counts_each_response),
		cmocka_unit_test(test_deadline),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
