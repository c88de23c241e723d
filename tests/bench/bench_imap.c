/*
 * bench_imap: one timed harvest of a folder through the real loop (imap
 * source -> dsn -> a counting sink), for scripts/bench-imap.sh.  Not a
 * test.  MODE "search" reads the candidates above the cursor as harvest
 * does (IMAP_SEARCH_AUTO: two connections for the header scan of a large
 * range), "search-one" the same on one connection, "search-server" and
 * "search-client" force where the criteria are applied, "all" fetches every message (UID FETCH 1:*
 * BODY.PEEK[]) with the same client as the baseline, "warm" only selects
 * and searches (Dovecot builds its index on the first SELECT).
 *
 *   bench_imap MODE FOLDER [UIDVALIDITY LAST_UID]
 *
 * Account from the environment: BH_BENCH_PORT, BH_BENCH_CA, BH_BENCH_USER
 * and the password in $BH_BENCH_PASSWORD.  Prints one line of key=value.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <glib.h>

#include "imap.h"
#include "ingest.h"

struct count {
	long	bytes;
};

static int
count_report(void *ctx, const struct source_msg *msg,
    const struct dsn_report *rep, struct err *err)
{
	((struct count *)ctx)->bytes += (long)msg->len;
	return 0;
}

static int
count_unreadable(void *ctx, const struct source_msg *msg, const char *why,
    struct err *err)
{
	return 0;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char *
env(const char *name)
{
	const char *v = getenv(name);

	if (v == NULL) {
		fprintf(stderr, "bench_imap: %s is not set\n", name);
		exit(2);
	}
	return v;
}

static void
account(struct imap_account *a)
{
	memset(a, 0, sizeof(*a));
	a->name = "bench";
	a->host = "localhost";
	a->port = (unsigned)strtoul(env("BH_BENCH_PORT"), NULL, 10);
	a->ca_file = env("BH_BENCH_CA");
	a->username = env("BH_BENCH_USER");
	a->password_env = "BH_BENCH_PASSWORD";
	a->auth = IMAP_AUTH_PLAIN;
	a->timeout = 120;
}

static int
run(struct imap_session *s, struct imap_folder_opts *o,
    struct dsn_rules *rules)
{
	struct count c = { 0 };
	struct ingest_sink sink = { count_report, count_unreadable, NULL,
	    &c };
	struct imap_folder_stats st;
	struct ingest_stats is;
	struct source src;
	struct err err;
	double t0 = now(), t, t_open = 0;
	struct rusage ru;

	memset(&is, 0, sizeof(is));
	if (imap_source_open(&src, s, o, &err) == IMAP_OK)
		t_open = now() - t0;
	if (t_open == 0 || (rules != NULL &&
	    ingest_run(&src, rules, 0, &sink, 50, &is, &err) < 0)) {
		fprintf(stderr, "bench_imap: %s\n", err.msg);
		return 1;
	}
	t = now() - t0;
	imap_source_stats(&src, &st);
	src.ops->close(src.ctx);
	getrusage(RUSAGE_SELF, &ru);
	printf("messages=%ld reports=%ld bytes=%ld seconds=%.3f "
	    "search_seconds=%.3f msgs_per_s=%.0f maxrss_kb=%ld uidvalidity=%u "
	    "high_uid=%u matched_here=%ld connections=%d\n", is.messages,
	    is.reports, c.bytes, t, t_open, t > 0 ? is.messages / t : 0,
	    ru.ru_maxrss, st.uidvalidity, st.high_uid, st.scanned,
	    st.split > 0 ? 2 : 1);
	return 0;
}

int
main(int argc, char **argv)
{
	struct imap_folder_opts o = { 0 };
	struct imap_account a;
	struct imap_session *s;
	struct dsn_rules *rules;
	char **subject, **from;
	struct err err;
	int r;

	if (argc != 3 && argc != 5) {
		fprintf(stderr, "usage: bench_imap search|search-server|"
		    "search-client|search-one|all|warm FOLDER [UIDVALIDITY LAST_UID]\n");
		return 2;
	}
	o.folder = argv[2];
	o.fetch_all = strncmp(argv[1], "search", 6) != 0;
	if (strcmp(argv[1], "search-server") == 0)
		o.search = IMAP_SEARCH_SERVER;
	else if (strcmp(argv[1], "search-client") == 0)
		o.search = IMAP_SEARCH_CLIENT;
	else if (strcmp(argv[1], "search-one") == 0)
		o.scan_connections = 1;
	if (argc == 5) {
		o.uidvalidity = (uint32_t)strtoul(argv[3], NULL, 10);
		o.last_uid = (uint32_t)strtoul(argv[4], NULL, 10);
	}
	dsn_init();
	if ((rules = dsn_rules_load(NULL, &err)) == NULL) {
		fprintf(stderr, "bench_imap: %s\n", err.msg);
		return 1;
	}
	/* The criteria as the harvest gives them (cmd_harvest.c). */
	subject = dsn_rules_message_keys(rules, &from);
	o.reader_subject = (const char *const *)subject;
	o.reader_from = (const char *const *)from;
	account(&a);
	if (imap_session_open(&s, &a, &err) != IMAP_OK) {
		fprintf(stderr, "bench_imap: %s\n", err.msg);
		return 1;
	}
	r = run(s, &o, strcmp(argv[1], "warm") == 0 ? NULL : rules);
	imap_session_close(s);
	g_strfreev(subject);
	g_strfreev(from);
	dsn_rules_free(rules);
	dsn_shutdown();
	return r;
}
