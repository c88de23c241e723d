/*
 * imap_list: the folders of an account (LIST), in UTF-8, and the
 * hierarchy separator of the server, so that a folder written with "/"
 * in the configuration reaches a server that separates with "." as it
 * means.
 *
 * Must not parse messages nor know about the database.
 */
#include <glib.h>

#include "imap_int.h"

static enum imap_status
imap_list(struct imap_session *s, const char *pattern, clist **res,
    struct err *err)
{
	int r;

	*res = NULL;
	if ((r = mailimap_list(s->imap, "", pattern, res)) ==
	    MAILIMAP_NO_ERROR)
		return IMAP_OK;
	if (*res != NULL)
		mailimap_list_result_free(*res);
	*res = NULL;
	return imap_fail(s, r, err, "LIST");
}

static int
imap_name_cmp(const void *a, const void *b)
{
	return g_strcmp0(*(char *const *)a, *(char *const *)b);
}

enum imap_status
imap_session_separator(struct imap_session *s, char *sep, struct err *err)
{
	struct mailimap_mailbox_list *mb;
	enum imap_status rc;
	clist *res;

	*sep = '\0';
	if ((rc = imap_list(s, "", &res, err)) != IMAP_OK)
		return rc;
	if (clist_begin(res) != NULL) {
		mb = clist_content(clist_begin(res));
		*sep = mb->mb_delimiter;
	}
	mailimap_list_result_free(res);
	return IMAP_OK;
}

char *
imap_server_name(const char *name, char sep)
{
	char *v = g_strdup(name);

	if (sep != '\0' && sep != '/')
		g_strdelimit(v, "/", sep);
	return v;
}

enum imap_status
imap_session_folders(struct imap_session *s, char ***names, struct err *err)
{
	struct mailimap_mailbox_list *mb;
	enum imap_status rc;
	GPtrArray *v;
	clistiter *it;
	clist *res;

	*names = NULL;
	if ((rc = imap_list(s, "*", &res, err)) != IMAP_OK)
		return rc;
	v = g_ptr_array_new();
	for (it = clist_begin(res); it != NULL; it = clist_next(it)) {
		mb = clist_content(it);
		if (mb->mb_name != NULL)
			g_ptr_array_add(v, imap_mutf7_decode(mb->mb_name));
	}
	mailimap_list_result_free(res);
	g_ptr_array_sort(v, imap_name_cmp);
	g_ptr_array_add(v, NULL);
	*names = (char **)g_ptr_array_free(v, FALSE);
	return IMAP_OK;
}
