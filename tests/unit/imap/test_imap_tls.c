/*
 * imap_tls: the transport's reply limit, through a real mailstream over a
 * socketpair (the test writes the server's side).  A reply over the limit
 * fails the read; a literal announced over it fails as soon as its "{n}"
 * line arrives, even cut between two reads; the same text inside a
 * literal's contents is only data; a command resets the count.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmocka.h>

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reply_over_limit),
		cmocka_unit_test(test_literal_announced_over_limit),
		cmocka_unit_test(test_literal_contents_are_data),
		cmocka_unit_test(test_command_resets_count),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
