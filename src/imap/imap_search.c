/*
 * imap_search: which messages are worth fetching.  Builds the UID SEARCH
 * key for candidates above the cursor (bounce senders, bounce and
 * auto-reply subjects in several languages, report content types) and
 * cleans the answer.  Pure: no I/O.
 *
 * A candidate is only a candidate: the dsn module decides what it is, so
 * these lists may match too much, never too little for common bounces.
 */
#include <stdlib.h>
#include <string.h>

#include "imap_int.h"

/* IMAP SEARCH matches substrings, case-insensitively (ASCII). */
static const char *const imap_from_default[] = {
	"mailer-daemon", "mailer_daemon", "postmaster", "mail delivery",
	"mail administrator", "system administrator", "mailadmin",
	"noreply-dmarc", "abuse", "feedback", "post_master",
	"sns.amazonaws.com", "dion.ne.jp", NULL,
};

static const char *const imap_subject_default[] = {
	/* English */
	"undeliver", "undelivered", "delivery status notification",
	"delivery failure", "delivery failed", "failure notice",
	"returned mail", "mail delivery failed", "could not be delivered",
	"delivery has failed", "delivery notification", "non-delivery",
	"nondeliverable", "not delivered", "rejected", "bounce",
	"out of office", "automatic reply", "auto-reply", "autoreply",
	"auto reply", "away from", "on vacation", "abuse report",
	"complaint about", "aws notification message", "not member",
	/* German, French, Spanish, Portuguese, Italian, Dutch */
	"unzustellbar", "nicht zugestellt", "abwesenheit", "abwesend",
	"automatische antwort", "non remis", "non distribu",
	"r\xc3\xa9ponse automatique", "absence", "no se puede entregar",
	"no entregado", "respuesta autom\xc3\xa1tica", "fuera de la oficina",
	"n\xc3\xa3o entregue", "resposta autom\xc3\xa1tica",
	"impossibile recapitare", "risposta automatica",
	"onbestelbaar", "automatisch antwoord",
	/* Chinese, Japanese, Russian */
	"\xe9\x80\x80\xe4\xbf\xa1",			/* tuixin */
	"\xe6\x97\xa0\xe6\xb3\x95\xe6\x8a\x95\xe9\x80\x92", /* wufa toudi */
	"\xe6\x9c\xaa\xe9\x80\x81\xe8\xbe\xbe",		/* wei songda */
	"\xe8\x87\xaa\xe5\x8a\xa8\xe5\x9b\x9e\xe5\xa4\x8d", /* zidong huifu */
	"\xe9\x85\x8d\xe4\xbf\xa1\xe4\xb8\x8d\xe8\x83\xbd", /* haishin funo */
	"\xe8\x87\xaa\xe5\x8b\x95\xe5\xbf\x9c\xe7\xad\x94", /* jido outou */
	"\xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2",
	"\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1"
	    "\x82",
	NULL,
};

/* Header and value ("" matches any message having the header). */
static const char *const imap_header_default[][2] = {
	{ "Content-Type", "report" },
	{ "X-Failed-Recipients", "" },
	{ "Auto-Submitted", "auto-replied" },
	{ "X-Autoreply", "" },
	{ "X-Autorespond", "" },
	{ NULL, NULL },
};

/* ORs key into *acc (which may be NULL); NULL when out of memory. */
static struct mailimap_search_key *
imap_or(struct mailimap_search_key *acc, struct mailimap_search_key *key)
{
	struct mailimap_search_key *or;

	if (key == NULL) {
		if (acc != NULL)
			mailimap_search_key_free(acc);
		return NULL;
	}
	if (acc == NULL)
		return key;
	if ((or = mailimap_search_key_new_or(acc, key)) == NULL) {
		mailimap_search_key_free(acc);
		mailimap_search_key_free(key);
	}
	return or;
}

static struct mailimap_search_key *
imap_or_list(struct mailimap_search_key *acc, const char *const *list,
    struct mailimap_search_key *(*make)(char *), int *failed)
{
	struct mailimap_search_key *k;
	char *v;

	for (; list != NULL && *list != NULL && !*failed; list++) {
		if ((v = strdup(*list)) == NULL) {
			*failed = 1;
			break;
		}
		if ((k = make(v)) == NULL)
			free(v);
		acc = imap_or(acc, k);
		*failed = acc == NULL;
	}
	return acc;
}

static struct mailimap_search_key *
imap_or_headers(struct mailimap_search_key *acc, int *failed)
{
	struct mailimap_search_key *k;
	char *n, *v;
	int i;

	for (i = 0; imap_header_default[i][0] != NULL && !*failed; i++) {
		n = strdup(imap_header_default[i][0]);
		v = strdup(imap_header_default[i][1]);
		k = n != NULL && v != NULL ?
		    mailimap_search_key_new_header(n, v) : NULL;
		if (k == NULL) {
			free(n);
			free(v);
		}
		acc = imap_or(acc, k);
		*failed = acc == NULL;
	}
	return acc;
}

static struct mailimap_search_key *
imap_criteria(const struct imap_folder_opts *opts)
{
	struct mailimap_search_key *acc = NULL;
	int failed = 0;

	acc = imap_or_list(acc, imap_from_default, mailimap_search_key_new_from,
	    &failed);
	acc = imap_or_list(acc, opts->from, mailimap_search_key_new_from,
	    &failed);
	acc = imap_or_list(acc, imap_subject_default,
	    mailimap_search_key_new_subject, &failed);
	acc = imap_or_list(acc, opts->subject,
	    mailimap_search_key_new_subject, &failed);
	acc = imap_or_headers(acc, &failed);
	return failed ? NULL : acc;
}

struct mailimap_search_key *
imap_search_key(uint32_t first, const struct imap_folder_opts *opts)
{
	struct mailimap_search_key *all, *uid, *crit;
	struct mailimap_set *set;

	if ((set = mailimap_set_new_interval(first, 0)) == NULL)
		return NULL;
	if ((uid = mailimap_search_key_new_uid(set)) == NULL) {
		mailimap_set_free(set);
		return NULL;
	}
	if (opts->fetch_all)
		return uid;
	if ((all = mailimap_search_key_new_multiple_empty()) == NULL ||
	    mailimap_search_key_multiple_add(all, uid) != MAILIMAP_NO_ERROR) {
		mailimap_search_key_free(uid);
		if (all != NULL)
			mailimap_search_key_free(all);
		return NULL;
	}
	if ((crit = imap_criteria(opts)) == NULL ||
	    mailimap_search_key_multiple_add(all, crit) != MAILIMAP_NO_ERROR) {
		if (crit != NULL)
			mailimap_search_key_free(crit);
		mailimap_search_key_free(all);
		return NULL;
	}
	return all;
}

static int
imap_uid_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

size_t
imap_search_uids(clist *result, uint32_t first, uint32_t **uids)
{
	clistiter *it;
	size_t n = 0, i, out;
	uint32_t u;

	*uids = malloc(sizeof(**uids) * ((size_t)clist_count(result) + 1));
	if (*uids == NULL)
		return 0;
	for (it = clist_begin(result); it != NULL; it = clist_next(it)) {
		u = *(uint32_t *)clist_content(it);
		if (u >= first && u != 0)
			(*uids)[n++] = u;
	}
	qsort(*uids, n, sizeof(**uids), imap_uid_cmp);
	for (i = 0, out = 0; i < n; i++)
		if (out == 0 || (*uids)[out - 1] != (*uids)[i])
			(*uids)[out++] = (*uids)[i];
	return out;
}
