/*
 * imap_list: the folders of an account (LIST), in UTF-8, its Sent folders
 * (marked \Sent, RFC 6154, or named so in one of many languages), and the
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

/*
 * What mail clients call the Sent folder, in the languages of the people
 * who use this program and their neighbours', compared case-folded.
 */
static const char *const imap_sent_names[] = {
	"Sent", "Sent Items", "Sent Messages", "Sent Mail", "Sent-Mail",
	"Gesendet", "Gesendete Elemente", "Gesendete Objekte",
	"Envoyés", "Éléments envoyés", "Messages envoyés",
	"Elementos enviados", "Enviados", "Itens Enviados",
	"Mensagens Enviadas", "Enviadas", "Posta inviata", "Inviati",
	"Verzonden", "Verzonden items", "Skickat", "Skickade objekt",
	"Sendt", "Sendte elementer", "Lähetetyt", "Wysłane",
	"Elementy wysłane", "Odeslané", "Отправленные",
	"Gönderilmiş Öğeler", "已发送", "已發送", "已傳送", "已发送邮件",
	"寄件備份", "送信済み", "送信済みアイテム", "보낸편지함",
	NULL,
};

/* 1 if the flag list has \name (libetpan keeps it with or without "\"). */
static int
imap_has_flag(const struct mailimap_mbx_list_flags *fl, const char *name)
{
	const struct mailimap_mbx_list_oflag *of;
	const char *f;
	clistiter *it;

	if (fl == NULL || fl->mbf_oflags == NULL)
		return 0;
	for (it = clist_begin(fl->mbf_oflags); it != NULL;
	    it = clist_next(it)) {
		of = clist_content(it);
		if (of->of_type != MAILIMAP_MBX_LIST_OFLAG_FLAG_EXT ||
		    (f = of->of_flag_ext) == NULL)
			continue;
		if (*f == '\\')
			f++;
		if (g_ascii_strcasecmp(f, name) == 0)
			return 1;
	}
	return 0;
}

static int
imap_selectable(const struct mailimap_mbx_list_flags *fl)
{
	return !(fl != NULL && fl->mbf_type == MAILIMAP_MBX_LIST_FLAGS_SFLAG &&
	    fl->mbf_sflag == MAILIMAP_MBX_LIST_SFLAG_NOSELECT) &&
	    !imap_has_flag(fl, "Noselect") && !imap_has_flag(fl, "NonExistent");
}

/* 1 if name (UTF-8) is a usual Sent name, alone or under INBOX. */
int
imap_sent_name(const char *name, char sep)
{
	char *fold, *want;
	const char *leaf = name;
	size_t i;
	int hit = 0;

	if (sep != '\0' && g_ascii_strncasecmp(name, "INBOX", 5) == 0 &&
	    name[5] == sep)
		leaf = name + 6;
	fold = g_utf8_casefold(leaf, -1);
	for (i = 0; imap_sent_names[i] != NULL && !hit; i++) {
		want = g_utf8_casefold(imap_sent_names[i], -1);
		hit = strcmp(fold, want) == 0;
		g_free(want);
	}
	g_free(fold);
	return hit;
}

/*
 * The folders of res marked \Sent (special != 0) or else named as a Sent
 * folder usually is, in UTF-8.
 */
static void
imap_sent_pick(clist *res, int special, GPtrArray *v)
{
	struct mailimap_mailbox_list *mb;
	clistiter *it;
	char *name;

	for (it = clist_begin(res); it != NULL; it = clist_next(it)) {
		mb = clist_content(it);
		if (mb->mb_name == NULL || !imap_selectable(mb->mb_flag))
			continue;
		name = imap_mutf7_decode(mb->mb_name);
		if (special ? imap_has_flag(mb->mb_flag, "Sent") :
		    imap_sent_name(name, mb->mb_delimiter))
			g_ptr_array_add(v, name);
		else
			g_free(name);
	}
}

enum imap_status
imap_session_sent_folders(struct imap_session *s, char ***names,
    struct err *err)
{
	enum imap_status rc;
	GPtrArray *v;
	clist *res;

	*names = NULL;
	if ((rc = imap_list(s, "*", &res, err)) != IMAP_OK)
		return rc;
	v = g_ptr_array_new();
	imap_sent_pick(res, 1, v);
	if (v->len == 0)
		imap_sent_pick(res, 0, v);
	mailimap_list_result_free(res);
	g_ptr_array_sort(v, imap_name_cmp);
	g_ptr_array_add(v, NULL);
	*names = (char **)g_ptr_array_free(v, FALSE);
	return IMAP_OK;
}
