/*
 * fuzz_imap: libFuzzer harness for our IMAP client code at the level of
 * the scripted server: a thread on 127.0.0.1 plays the server, and the
 * client is the real imap_session_open() (plaintext, allowed), then
 * imap_source_open() with reads and commits to the end.  The input is
 * the server's side of the conversation: byte 0 picks the after-action
 * (none, flag, move: byte % 3) and where the criteria are applied
 * (auto, server, client: byte / 3 % 3; the seeds in digits '0' to '2'
 * are server searches, '3' is a client-side one), the rest is cut at
 * each "\n--\n" into responses;
 * the first is the greeting, each next one answers the client's next
 * command, with every "$T" replaced by that command's tag.  When the
 * client sends nothing more within 20 ms, or the responses run out, the
 * server closes the connection (a speed measure only: the client's own
 * timeout is 1 s).
 */
#include <netinet/in.h>
#include <arpa/inet.h>
#include <poll.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <glib.h>

#include "imap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct fuzz_server {
	int		 lfd;
	char		**resp;		/* NULL-terminated */
};

static int listen_fd = -1;
static unsigned listen_port;

static void
fuzz_listen(void)
{
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if ((listen_fd = socket(AF_INET, SOCK_STREAM, 0)) < 0 ||
	    bind(listen_fd, (struct sockaddr *)&sin, sizeof(sin)) < 0 ||
	    listen(listen_fd, 4) < 0 ||
	    getsockname(listen_fd, (struct sockaddr *)&sin, &len) < 0)
		abort();
	listen_port = ntohs(sin.sin_port);
	setenv("FUZZ_IMAP_PASSWORD", "secret", 1);
}

/* The tag of the client's command: its first word. */
static char *
fuzz_read_tag(int fd)
{
	GString *cmd = g_string_new(NULL);
	struct pollfd pfd = { fd, POLLIN, 0 };
	char buf[4096];
	ssize_t n;

	while (strchr(cmd->str, '\n') == NULL) {
		if (poll(&pfd, 1, 20) <= 0 ||
		    (n = read(fd, buf, sizeof(buf) - 1)) <= 0) {
			g_string_free(cmd, TRUE);
			return NULL;
		}
		g_string_append_len(cmd, buf, n);
	}
	if (getenv("FUZZ_IMAP_DEBUG") != NULL)
		fprintf(stderr, "fuzz_imap: C: %s", cmd->str);
	g_string_truncate(cmd, strcspn(cmd->str, " \r\n"));
	return g_string_free(cmd, FALSE);
}

static void
fuzz_send(int fd, const char *resp, const char *tag)
{
	char **parts = g_strsplit(resp, "$T", -1);
	char *out = g_strjoinv(tag, parts);
	size_t off = 0, len = strlen(out);
	ssize_t n;

	while (off < len && (n = send(fd, out + off, len - off,
	    MSG_NOSIGNAL)) > 0)
		off += (size_t)n;
	g_free(out);
	g_strfreev(parts);
}

static void *
fuzz_serve(void *arg)
{
	struct fuzz_server *sv = arg;
	char buf[4096], *tag;
	int fd, i;

	if ((fd = accept(sv->lfd, NULL, NULL)) < 0)
		return NULL;
	for (i = 0; sv->resp[i] != NULL; i++) {
		tag = i == 0 ? g_strdup("*") : fuzz_read_tag(fd);
		if (tag == NULL)
			break;
		fuzz_send(fd, sv->resp[i], tag);
		g_free(tag);
	}
	shutdown(fd, SHUT_WR);
	while (read(fd, buf, sizeof(buf)) > 0)
		;
	close(fd);
	return NULL;
}

static void
fuzz_client(enum imap_after after, enum imap_search search)
{
	struct imap_account acct;
	struct imap_folder_opts opts;
	struct imap_session *s;
	struct source src;
	struct source_msg msg;
	struct err err;

	memset(&acct, 0, sizeof(acct));
	acct.name = "fuzz";
	acct.host = "127.0.0.1";
	acct.port = listen_port;
	acct.tls = IMAP_TLS_NONE;
	acct.allow_plaintext = 1;
	acct.username = "user";
	acct.password_env = "FUZZ_IMAP_PASSWORD";
	acct.timeout = 1;
	err.msg[0] = '\0';
	if (imap_session_open(&s, &acct, &err) != IMAP_OK)
		goto done;
	memset(&opts, 0, sizeof(opts));
	opts.folder = "INBOX";
	opts.after = after;
	opts.search = search;
	/*
	 * One connection: the scripted server plays one conversation.  The
	 * second connection's code is the first's (session, scan); its
	 * orchestration is tested against fake_imap.py and Dovecot.
	 */
	opts.scan_connections = 1;
	opts.after_arg = after == IMAP_AFTER_MOVE ? "Done" : "$Done";
	opts.batch = 2;
	opts.max_message = 4096;
	if (imap_source_open(&src, s, &opts, &err) == IMAP_OK) {
		while (src.ops->next(src.ctx, &msg, &err) == 1)
			if (src.ops->committed != NULL &&
			    src.ops->committed(src.ctx, &err) < 0)
				break;
		src.ops->close(src.ctx);
	}
	imap_session_close(s);
done:
	/* FUZZ_IMAP_DEBUG=1: how far a seed gets (for writing seeds). */
	if (getenv("FUZZ_IMAP_DEBUG") != NULL)
		fprintf(stderr, "fuzz_imap: %s\n", err.msg);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_server sv;
	pthread_t th;
	char *text;

	if (size < 1)
		return 0;
	if (listen_fd < 0)
		fuzz_listen();
	text = g_strndup((const char *)data + 1, size - 1);
	sv.lfd = listen_fd;
	sv.resp = g_strsplit(text, "\n--\n", 64);
	if (pthread_create(&th, NULL, fuzz_serve, &sv) != 0)
		abort();
	fuzz_client((enum imap_after)(data[0] % 3),
	    (enum imap_search)(data[0] / 3 % 3));
	pthread_join(th, NULL);
	g_strfreev(sv.resp);
	g_free(text);
	return 0;
}
