/*
 * test_mbox: the offline source over temporary files: line ends, mbox
 * splitting and ">From " unquoting, maildirs, walks, unreadable and
 * oversize messages.  Touches only a temporary directory.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <cmocka.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "mbox.h"

/* One message as the source gave it, copied. */
struct got {
	char	*path;
	long	 index;
	GBytes	*data;		/* NULL when unreadable */
	char	*why;
	enum source_skip skip;
	char	*raw_key;
};

static char *tmp;		/* the test's temporary directory */

static void
got_free(void *p)
{
	struct got *g = p;

	g_free(g->path);
	if (g->data != NULL)
		g_bytes_unref(g->data);
	g_free(g->why);
	g_free(g->raw_key);
	g_free(g);
}

/* read_all: whether the source is told that no raw key is needed. */
static int read_no_keys;

/* Reads every message of the given paths (tmp-relative) into an array. */
static GPtrArray *
read_all(size_t max, const char *first, ...)
{
	GPtrArray *paths, *out;
	struct source src;
	struct source_msg m;
	struct err err;
	struct got *g;
	const char *p;
	va_list ap;
	int r;

	paths = g_ptr_array_new_with_free_func(g_free);
	va_start(ap, first);
	for (p = first; p != NULL; p = va_arg(ap, const char *))
		g_ptr_array_add(paths, g_build_filename(tmp, p, NULL));
	va_end(ap);
	assert_int_equal(mbox_source_open(&src, (char *const *)paths->pdata,
	    paths->len, max, &err), 0);
	if (read_no_keys)
		mbox_source_no_keys(&src);
	out = g_ptr_array_new_with_free_func(got_free);
	while ((r = src.ops->next(src.ctx, &m, &err)) == 1) {
		g = g_new0(struct got, 1);
		g->path = g_strdup(m.path);
		g->index = m.index;
		g->raw_key = g_strdup(m.raw_key);
		if (m.data != NULL)
			g->data = g_bytes_new(m.data, m.len);
		else
			g->why = g_strdup(m.unreadable);
		g->skip = m.skip;
		assert_true((m.data == NULL) != (m.unreadable == NULL));
		g_ptr_array_add(out, g);
	}
	assert_int_equal(r, 0);
	src.ops->close(src.ctx);
	g_ptr_array_free(paths, TRUE);
	return out;
}

static void
put(const char *rel, const char *data, size_t len)
{
	char *p, *dir;

	p = g_build_filename(tmp, rel, NULL);
	dir = g_path_get_dirname(p);
	assert_int_equal(g_mkdir_with_parents(dir, 0755), 0);
	assert_true(g_file_set_contents(p, data, (gssize)len, NULL));
	g_free(dir);
	g_free(p);
}

static void
puts0(const char *rel, const char *data)
{
	put(rel, data, strlen(data));
}

static struct got *
at(GPtrArray *a, guint i)
{
	assert_true(i < a->len);
	return g_ptr_array_index(a, i);
}

/* Asserts message i is readable, from tmp/rel, with index and bytes. */
static void
expect_msg(GPtrArray *a, guint i, const char *rel, long index,
    const char *data, size_t len)
{
	struct got *g = at(a, i);
	char *p = g_build_filename(tmp, rel, NULL);
	gsize n;
	const char *d;

	assert_string_equal(g->path, p);
	assert_int_equal(g->index, index);
	if (g->data == NULL)
		fail_msg("message %u (%s) unreadable: %s", i, rel, g->why);
	d = g_bytes_get_data(g->data, &n);
	assert_int_equal(n, len);
	assert_memory_equal(d, data, len);
	g_free(p);
}

static void
expect_str(GPtrArray *a, guint i, const char *rel, long index,
    const char *data)
{
	expect_msg(a, i, rel, index, data, strlen(data));
	assert_null(at(a, i)->raw_key);
}

/*
 * Asserts message i came as data (LF line ends) from raw bytes with CRs,
 * and carries the key of those raw bytes.
 */
static void
expect_cr(GPtrArray *a, guint i, const char *rel, long index,
    const char *data, const char *raw)
{
	char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA256, raw, -1);
	char *key = g_strconcat("sha256:", sum, NULL);

	expect_msg(a, i, rel, index, data, strlen(data));
	assert_non_null(at(a, i)->raw_key);
	assert_string_equal(at(a, i)->raw_key, key);
	g_free(key);
	g_free(sum);
}

/* Asserts message i is unreadable with a reason containing why. */
static void
expect_bad(GPtrArray *a, guint i, const char *rel, const char *why)
{
	struct got *g = at(a, i);
	char *p = g_build_filename(tmp, rel, NULL);

	assert_string_equal(g->path, p);
	assert_null(g->data);
	assert_non_null(strstr(g->why, why));
	g_free(p);
}

static int
setup(void **state)
{
	tmp = g_dir_make_tmp("test_mbox-XXXXXX", NULL);
	return tmp == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char *cmd;
	int rc;

	/* tmp is ours, made by g_dir_make_tmp. */
	cmd = g_strdup_printf("rm -rf '%s'", tmp);
	rc = system(cmd);
	g_free(cmd);
	g_free(tmp);
	return rc == 0 ? 0 : -1;
}

static void
test_single_line_ends(void **state)
{
	static const char *const msgs[] = {
		"Subject: lf\n\nbody\n",
		"Subject: crlf\r\n\r\nbody\r\n",
		"Subject: cr\r\rbody\r",
		/* Known by its Message-ID: no raw key needed. */
		"Subject: mid\r\nMessage-Id: <a@example.org>\r\n\r\nbody\r\n",
		/* A Message-ID in the body is not the message's. */
		"Subject: body\r\n\r\nMessage-ID: <b@example.org>\r\n",
	};
	GPtrArray *a;

	puts0("lf.eml", msgs[0]);
	puts0("crlf.eml", msgs[1]);
	puts0("no-extension", msgs[2]);
	puts0("mid.eml", msgs[3]);
	puts0("body-mid.eml", msgs[4]);
	a = read_all(0, "lf.eml", "crlf.eml", "no-extension", "mid.eml",
	    "body-mid.eml", NULL);
	assert_int_equal(a->len, 5);
	expect_str(a, 0, "lf.eml", 0, msgs[0]);
	expect_cr(a, 1, "crlf.eml", 0, "Subject: crlf\n\nbody\n", msgs[1]);
	expect_cr(a, 2, "no-extension", 0, "Subject: cr\n\nbody\n",
	    msgs[2]);
	expect_str(a, 3, "mid.eml", 0,
	    "Subject: mid\nMessage-Id: <a@example.org>\n\nbody\n");
	expect_cr(a, 4, "body-mid.eml", 0,
	    "Subject: body\n\nMessage-ID: <b@example.org>\n", msgs[4]);
	g_ptr_array_free(a, TRUE);
	/* A caller that stores nothing: the same data, and no keys. */
	read_no_keys = 1;
	a = read_all(0, "lf.eml", "crlf.eml", "no-extension", "mid.eml",
	    "body-mid.eml", NULL);
	read_no_keys = 0;
	assert_int_equal(a->len, 5);
	expect_str(a, 0, "lf.eml", 0, msgs[0]);
	expect_str(a, 1, "crlf.eml", 0, "Subject: crlf\n\nbody\n");
	expect_str(a, 2, "no-extension", 0, "Subject: cr\n\nbody\n");
	expect_str(a, 4, "body-mid.eml", 0,
	    "Subject: body\n\nMessage-ID: <b@example.org>\n");
	g_ptr_array_free(a, TRUE);
}

static void
test_mbox_several(void **state)
{
	GPtrArray *a;

	puts0("box.mbox",
	    "From a@example.org Mon Jan  1 00:00:00 2024\n"
	    "Subject: one\n\nbody\n>From quoted\n>>From twice\n\n"
	    "From b@example.org Mon Jan  1 00:00:01 2024\n"
	    "Subject: two\n\nno blank line before\n"
	    "From this is not a separator\n\n"
	    "From c@example.org Mon Jan  1 00:00:02 2024\n"
	    "Subject: three\n\n> From stays\n>Fromage stays\n");
	a = read_all(0, "box.mbox", NULL);
	assert_int_equal(a->len, 3);
	expect_str(a, 0, "box.mbox", 0,
	    "Subject: one\n\nbody\nFrom quoted\n>From twice\n\n");
	expect_str(a, 1, "box.mbox", 1,
	    "Subject: two\n\nno blank line before\n"
	    "From this is not a separator\n\n");
	expect_str(a, 2, "box.mbox", 2,
	    "Subject: three\n\n> From stays\n>Fromage stays\n");
	g_ptr_array_free(a, TRUE);
}

static void
test_mbox_crlf_and_cr(void **state)
{
	GPtrArray *a;

	puts0("crlf.mbox", "From a Mon\r\nSubject: 1\r\n\r\nx\r\n\r\n"
	    "From b Tue\r\nSubject: 2\r\n\r\ny\r\n");
	/* Bare CR, as in the corpus's maildir/mac/ mbox fragments. */
	puts0("cr.mbox", "From a Mon\rSubject: 1\r\rx\r\r"
	    "From b Tue\rSubject: 2\r\r>From y\r");
	a = read_all(0, "crlf.mbox", "cr.mbox", NULL);
	assert_int_equal(a->len, 4);
	expect_cr(a, 0, "crlf.mbox", 0, "Subject: 1\n\nx\n\n",
	    "Subject: 1\r\n\r\nx\r\n\r\n");
	expect_cr(a, 1, "crlf.mbox", 1, "Subject: 2\n\ny\n",
	    "Subject: 2\r\n\r\ny\r\n");
	expect_cr(a, 2, "cr.mbox", 0, "Subject: 1\n\nx\n\n",
	    "Subject: 1\r\rx\r\r");
	expect_cr(a, 3, "cr.mbox", 1, "Subject: 2\n\nFrom y\n",
	    "Subject: 2\r\rFrom y\r");
	g_ptr_array_free(a, TRUE);
}

/*
 * Writes files (pairs of tmp-relative path and content, NULL-ended), reads
 * root and expects exactly the files in want, in that order.
 */
static void
check_walk(const char *const *files, const char *root,
    const char *const *want)
{
	GPtrArray *a;
	size_t i, j, n = 0;

	for (i = 0; files[i] != NULL; i += 2)
		puts0(files[i], files[i + 1]);
	a = read_all(0, root, NULL);
	for (i = 0; want[i] != NULL; i++) {
		for (j = 0; strcmp(files[j], want[i]) != 0; j += 2)
			continue;
		expect_str(a, (guint)n++, want[i], 0, files[j + 1]);
	}
	assert_int_equal(a->len, n);
	g_ptr_array_free(a, TRUE);
}

static void
test_maildir(void **state)
{
	static const char *const files[] = {
		"md/cur/1:2,S", "Subject: cur\n\n",
		"md/new/2", "Subject: new\n\n",
		"md/tmp/3", "Subject: tmp, being delivered\n\n",
		"md/dovecot-uidlist", "3 V1 N4\n",
		"md/.Sent/cur/4", "Subject: a sub-folder\n\n",
		NULL,
	};
	static const char *const want[] = { "md/cur/1:2,S", "md/new/2", NULL };

	check_walk(files, "md", want);
}

static void
test_walk_order_and_dot_files(void **state)
{
	static const char *const files[] = {
		"w/c", "c\n",
		"w/b/2", "b2\n",
		"w/a/z/3", "az3\n",
		"w/a/1", "a1\n",
		"w/.hidden", "hidden\n",
		"w/.git/config", "hidden dir\n",
		"w/a/.swp", "hidden\n",
		NULL,
	};
	static const char *const want[] = {
		"w/a/1", "w/a/z/3", "w/b/2", "w/c", NULL,
	};

	check_walk(files, "w", want);
}

static void
test_walk_symlinks(void **state)
{
	GPtrArray *a;
	char *loop, *link;

	puts0("s/d/m", "m\n");
	loop = g_build_filename(tmp, "s/d/loop", NULL);
	link = g_build_filename(tmp, "s/link.eml", NULL);
	assert_int_equal(symlink("..", loop), 0);
	assert_int_equal(symlink("d/m", link), 0);
	a = read_all(0, "s", NULL);
	/* The loop is not followed; a link to a file is read. */
	assert_int_equal(a->len, 2);
	expect_str(a, 0, "s/d/m", 0, "m\n");
	expect_str(a, 1, "s/link.eml", 0, "m\n");
	g_ptr_array_free(a, TRUE);
	g_free(loop);
	g_free(link);
}

static void
test_unreadable_path(void **state)
{
	GPtrArray *a;

	puts0("ok1", "one\n");
	puts0("ok2", "two\n");
	a = read_all(0, "ok1", "does-not-exist", "ok2", NULL);
	assert_int_equal(a->len, 3);
	expect_str(a, 0, "ok1", 0, "one\n");
	expect_bad(a, 1, "does-not-exist", "No such file or directory");
	expect_str(a, 2, "ok2", 0, "two\n");
	g_ptr_array_free(a, TRUE);
}

static void
test_oversize(void **state)
{
	char big[300];
	GString *box;
	GPtrArray *a;

	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\n';
	put("big.eml", big, sizeof(big));
	puts0("small.eml", "small\n");
	box = g_string_new("From a\n");
	g_string_append_len(box, big, sizeof(big));
	g_string_append(box, "\nFrom b\nsmall\n");
	put("big.mbox", box->str, box->len);
	a = read_all(100, "big.eml", "small.eml", "big.mbox", NULL);
	assert_int_equal(a->len, 4);
	expect_bad(a, 0, "big.eml", "larger than 100 bytes");
	assert_int_equal(at(a, 0)->skip, SOURCE_TOO_LARGE);
	expect_str(a, 1, "small.eml", 0, "small\n");
	expect_bad(a, 2, "big.mbox", "larger than 100 bytes");
	assert_int_equal(at(a, 2)->skip, SOURCE_TOO_LARGE);
	assert_int_equal(at(a, 2)->index, 0);
	expect_str(a, 3, "big.mbox", 1, "small\n");
	g_ptr_array_free(a, TRUE);
	g_string_free(box, TRUE);
}

static void
test_empty(void **state)
{
	GPtrArray *a;

	put("empty.eml", "", 0);
	puts0("empty.mbox", "From a\nFrom b\nx\n");
	a = read_all(0, "empty.eml", "empty.mbox", NULL);
	assert_int_equal(a->len, 3);
	expect_bad(a, 0, "empty.eml", "empty");
	expect_bad(a, 1, "empty.mbox", "empty");
	expect_str(a, 2, "empty.mbox", 1, "x\n");
	g_ptr_array_free(a, TRUE);
}

/*
 * Lines longer than the read block, with "From " right where a block ends,
 * and NUL bytes: bytes come through unchanged, nothing splits mid-line.
 */
static void
test_long_lines_and_nul(void **state)
{
	GString *box, *msg;
	GPtrArray *a;
	size_t i;

	msg = g_string_new("Subject: long\n\n");
	for (i = 0; i < 3; i++) {
		g_string_append_c(msg, 'y');
		while (msg->len % 65536 != 65536 - 7)
			g_string_append_c(msg, (char)('a' + msg->len % 26));
		g_string_append(msg, "\nFrom ");
	}
	g_string_append_len(msg, "nul\0byte\n", 9);
	box = g_string_new("From a\n");
	g_string_append_len(box, msg->str, msg->len);
	g_string_append(box, "\nFrom b\n");
	g_string_append_len(box, msg->str, msg->len);
	put("long.mbox", box->str, box->len);
	a = read_all(0, "long.mbox", NULL);
	assert_int_equal(a->len, 2);
	g_string_append_c(msg, '\n');
	expect_msg(a, 0, "long.mbox", 0, msg->str, msg->len);
	expect_msg(a, 1, "long.mbox", 1, msg->str, msg->len - 1);
	g_ptr_array_free(a, TRUE);
	g_string_free(box, TRUE);
	g_string_free(msg, TRUE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_single_line_ends, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_mbox_several, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_mbox_crlf_and_cr, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_maildir, setup, teardown),
		cmocka_unit_test_setup_teardown(test_walk_order_and_dot_files,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_walk_symlinks, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_unreadable_path, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_oversize, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty, setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_lines_and_nul, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
