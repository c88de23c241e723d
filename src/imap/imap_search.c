/*
 * imap_search: which messages are worth fetching.  Builds the UID SEARCH
 * key for candidates above the cursor (bounce senders, bounce and
 * auto-reply subjects in several languages, report content types) and
 * cleans the answer; or applies the same criteria here to a few header
 * fields of each message (the client-side search).  Pure: no I/O.
 *
 * A candidate is only a candidate: the dsn module decides what it is, so
 * these lists may match too much, never too little for common bounces.
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

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
	/*
	 * Subjects of notices the reader knows by their sender or text
	 * (so no rule of it names them), which a notice relayed under
	 * another sender still carries: Postfix's and Exim's notices as
	 * sites translate them (tests/corpus/localized), Exchange 2007's
	 * Swedish subject (Sisimai's Exchange2007.pm), InterScan MSS's
	 * Japanese one (Sisimai's InterScanMSS.pm), Korean sites' "mail
	 * sending failed", Outlook's "cannot deliver" in simplified Chinese
	 * (the rules name its traditional form).
	 */
	"non recapitat", "niedostarczon", "teslim edileme",
	"teslimat ba\xc5\x9f" "ar\xc4\xb1s\xc4\xb1z", "bezorging mislukt",
	"error en la entrega", "echec de remise", "\xc3\xa9" "chec de remise",
	"falha na entrega", "nao entregue", "olevererbart",
	/* haishin dekimasen, balsong silpae, wufa chuandi */
	"\xe9\x85\x8d\xe4\xbf\xa1\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe"
	    "\xe3\x81\x9b\xe3\x82\x93",
	"\xeb\xb0\x9c\xec\x86\xa1 \xec\x8b\xa4\xed\x8c\xa8",
	"\xe6\x97\xa0\xe6\xb3\x95\xe4\xbc\xa0\xe9\x80\x92",
	NULL,
};

/*
 * Header and value ("" matches any message having the header).  A null
 * reverse path is what every delivery notice is sent with (RFC 5321
 * 4.5.5) and what RFC 3834 3.3 asks of auto-responders: it finds a notice
 * whose sender and subject say nothing (the returned message's own).
 */
static const char *const imap_header_default[][2] = {
	{ "Return-Path", "<>" },
	{ "Content-Type", "report" },
	{ "X-Failed-Recipients", "" },
	{ "Auto-Submitted", "auto-replied" },
	{ "X-Autoreply", "" },
	{ "X-Autorespond", "" },
	{ NULL, NULL },
};

/* ORs key into acc (which may be NULL). */
static struct mailimap_search_key *
imap_or(struct mailimap_search_key *acc, struct mailimap_search_key *key)
{
	if (acc == NULL)
		return key;
	return imap_must(mailimap_search_key_new_or(acc, key));
}

static char	*imap_fold_dup(const char *s);

/* 1 if some other key of keys (folded, n of them) lies within keys[i]. */
static int
imap_key_covered(char **folded, size_t n, size_t i)
{
	size_t j;

	for (j = 0; j < n; j++)
		if (j != i && strstr(folded[i], folded[j]) != NULL &&
		    (strcmp(folded[i], folded[j]) != 0 || j < i))
			return 1;
	return 0;
}

/*
 * The keys of the built-in list, the configuration's and the reader's,
 * in that order, each once: a key that holds another as compared (folded)
 * finds nothing more ("undeliverable" beside "undeliver") and is left
 * out.  The strings are borrowed from the lists.
 */
static GPtrArray *
imap_keys(const char *const *builtin, const char *const *own,
    const char *const *reader)
{
	const char *const *lists[] = { builtin, own, reader };
	GPtrArray *all = g_ptr_array_new(), *out = g_ptr_array_new();
	char **folded;
	size_t i, j;

	for (i = 0; i < G_N_ELEMENTS(lists); i++)
		for (j = 0; lists[i] != NULL && lists[i][j] != NULL; j++)
			g_ptr_array_add(all, (char *)lists[i][j]);
	folded = g_new0(char *, all->len + 1);
	for (i = 0; i < all->len; i++)
		folded[i] = imap_fold_dup(g_ptr_array_index(all, i));
	for (i = 0; i < all->len; i++)
		if (!imap_key_covered(folded, all->len, i))
			g_ptr_array_add(out, g_ptr_array_index(all, i));
	g_strfreev(folded);
	g_ptr_array_free(all, TRUE);
	return out;
}

static GPtrArray *
imap_from_keys(const struct imap_folder_opts *opts)
{
	return imap_keys(imap_from_default, opts->from, opts->reader_from);
}

static GPtrArray *
imap_subject_keys(const struct imap_folder_opts *opts)
{
	return imap_keys(imap_subject_default, opts->subject,
	    opts->reader_subject);
}

/* libetpan frees the strings it is given with free(): strdup(). */
static struct mailimap_search_key *
imap_or_list(struct mailimap_search_key *acc, GPtrArray *keys,
    struct mailimap_search_key *(*make)(char *))
{
	guint i;

	for (i = 0; i < keys->len; i++)
		acc = imap_or(acc, imap_must(make(imap_must(strdup(
		    g_ptr_array_index(keys, i))))));
	g_ptr_array_free(keys, TRUE);
	return acc;
}

static struct mailimap_search_key *
imap_or_headers(struct mailimap_search_key *acc)
{
	int i;

	for (i = 0; imap_header_default[i][0] != NULL; i++)
		acc = imap_or(acc, imap_must(mailimap_search_key_new_header(
		    imap_must(strdup(imap_header_default[i][0])),
		    imap_must(strdup(imap_header_default[i][1])))));
	return acc;
}

static struct mailimap_search_key *
imap_criteria(const struct imap_folder_opts *opts)
{
	struct mailimap_search_key *acc = NULL;

	acc = imap_or_list(acc, imap_from_keys(opts),
	    mailimap_search_key_new_from);
	acc = imap_or_list(acc, imap_subject_keys(opts),
	    mailimap_search_key_new_subject);
	return imap_or_headers(acc);
}

struct mailimap_search_key *
imap_search_key(uint32_t first, const struct imap_folder_opts *opts)
{
	struct mailimap_search_key *all, *uid;

	uid = imap_must(mailimap_search_key_new_uid(imap_must(
	    mailimap_set_new_interval(first, 0))));
	if (opts->fetch_all)
		return uid;
	all = imap_must(mailimap_search_key_new_multiple_empty());
	imap_must_ok(mailimap_search_key_multiple_add(all, uid));
	imap_must_ok(mailimap_search_key_multiple_add(all,
	    imap_criteria(opts)));
	return all;
}

static int
imap_uid_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

size_t
imap_uids_sort(uint32_t *uids, size_t n)
{
	size_t i, out;

	if (n > 0)
		qsort(uids, n, sizeof(*uids), imap_uid_cmp);
	for (i = 0, out = 0; i < n; i++)
		if (out == 0 || uids[out - 1] != uids[i])
			uids[out++] = uids[i];
	return out;
}

size_t
imap_search_uids(clist *result, uint32_t first, uint32_t **uids)
{
	clistiter *it;
	size_t n = 0;
	uint32_t u;

	*uids = g_new(uint32_t, (size_t)clist_count(result) + 1);
	for (it = clist_begin(result); it != NULL; it = clist_next(it)) {
		u = *(uint32_t *)clist_content(it);
		if (u >= first && u != 0)
			(*uids)[n++] = u;
	}
	return imap_uids_sort(*uids, n);
}

/*
 * The client-side search: the criteria above, applied here to the header
 * fields that BODY.PEEK[HEADER.FIELDS (...)] returns.  It must match at
 * least what the server's SEARCH matches (Dovecot compares the field
 * RFC 2047-decoded, with i;unicode-casemap, LWSP compressed for SUBJECT,
 * the address normalised for FROM), so each field is compared both as
 * received and decoded, in both cases with every whitespace run as one
 * space and case-folded (Unicode NFKD and case folding): it may match
 * more than the server, not less.
 */

#define IMAP_NHEADERS \
	(sizeof(imap_header_default) / sizeof(imap_header_default[0]) - 1)

struct imap_filter {
	GPtrArray	*from;			/* folded needles */
	GPtrArray	*subject;
	char		*header[IMAP_NHEADERS];	/* folded value, "" for any */
	GString		*fields;		/* "From Subject ..." */
	GString		*value;			/* scratch: one field, unfolded */
	GString		*folded;		/* scratch: value folded */
};

static int
imap_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/*
 * s as compared: each whitespace run one space, ASCII in lower case;
 * anything else as UTF-8 (invalid bytes replaced), NFKD, case-folded.
 */
static void
imap_fold(GString *out, const char *s, size_t len)
{
	char *valid, *norm, *folded;
	int ascii = 1, space = 0;
	size_t i;

	g_string_truncate(out, 0);
	for (i = 0; i < len; i++) {
		/* NUL too: strstr() must see the rest. */
		if (imap_is_space((unsigned char)s[i]) || s[i] == '\0') {
			if (!space)
				g_string_append_c(out, ' ');
			space = 1;
			continue;
		}
		space = 0;
		if ((unsigned char)s[i] >= 0x80)
			ascii = 0;
		g_string_append_c(out, g_ascii_tolower(s[i]));
	}
	if (ascii)
		return;
	valid = g_utf8_make_valid(out->str, (gssize)out->len);
	norm = g_utf8_normalize(valid, -1, G_NORMALIZE_NFKD);
	folded = g_utf8_casefold(norm != NULL ? norm : valid, -1);
	g_string_assign(out, folded);
	g_free(folded);
	g_free(norm);
	g_free(valid);
}

static char *
imap_fold_dup(const char *s)
{
	GString *g = g_string_new(NULL);

	imap_fold(g, s, strlen(s));
	return g_string_free(g, FALSE);
}

/* The keys folded, as the needles of one field; keys freed. */
static GPtrArray *
imap_needles(GPtrArray *keys)
{
	GPtrArray *needles = g_ptr_array_new_with_free_func(g_free);
	guint i;

	/* "" matches any such field, as in a server SEARCH. */
	for (i = 0; i < keys->len; i++)
		g_ptr_array_add(needles, imap_fold_dup(g_ptr_array_index(keys,
		    i)));
	g_ptr_array_free(keys, TRUE);
	return needles;
}

struct imap_filter *
imap_filter_new(const struct imap_folder_opts *opts)
{
	struct imap_filter *f = g_new0(struct imap_filter, 1);
	size_t i;

	f->from = imap_needles(imap_from_keys(opts));
	f->subject = imap_needles(imap_subject_keys(opts));
	f->fields = g_string_new("From Subject");
	for (i = 0; i < IMAP_NHEADERS; i++) {
		f->header[i] = imap_fold_dup(imap_header_default[i][1]);
		g_string_append_printf(f->fields, " %s",
		    imap_header_default[i][0]);
	}
	f->value = g_string_new(NULL);
	f->folded = g_string_new(NULL);
	return f;
}

void
imap_filter_free(struct imap_filter *f)
{
	size_t i;

	if (f == NULL)
		return;
	g_ptr_array_free(f->from, TRUE);
	g_ptr_array_free(f->subject, TRUE);
	for (i = 0; i < IMAP_NHEADERS; i++)
		g_free(f->header[i]);
	g_string_free(f->fields, TRUE);
	g_string_free(f->value, TRUE);
	g_string_free(f->folded, TRUE);
	g_free(f);
}

const char *
imap_filter_fields(const struct imap_filter *f)
{
	return f->fields->str;
}

static int
imap_needles_in(const GPtrArray *needles, const char *hay)
{
	guint i;

	for (i = 0; i < needles->len; i++)
		if (strstr(hay, g_ptr_array_index(needles, i)) != NULL)
			return 1;
	return 0;
}

/* Whether the field's value, as folded in f->folded, meets a criterion. */
static int
imap_field_hit(const struct imap_filter *f, const char *name, size_t nlen)
{
	size_t i;

	if (nlen == 4 && g_ascii_strncasecmp(name, "From", 4) == 0)
		return imap_needles_in(f->from, f->folded->str);
	if (nlen == 7 && g_ascii_strncasecmp(name, "Subject", 7) == 0)
		return imap_needles_in(f->subject, f->folded->str);
	for (i = 0; i < IMAP_NHEADERS; i++)
		if (strlen(imap_header_default[i][0]) == nlen &&
		    g_ascii_strncasecmp(name, imap_header_default[i][0],
		    nlen) == 0)
			return strstr(f->folded->str, f->header[i]) != NULL;
	return 0;
}

/* Encoded words or 8-bit bytes: worth decoding. */
static int
imap_needs_decoding(const GString *v)
{
	size_t i;

	if (strstr(v->str, "=?") != NULL)
		return 1;
	for (i = 0; i < v->len; i++)
		if ((unsigned char)v->str[i] >= 0x80)
			return 1;
	return 0;
}

/* One field: compared as received, then RFC 2047-decoded. */
static int
imap_field_match(struct imap_filter *f, const char *name, size_t nlen)
{
	char *dec = NULL;
	size_t idx = 0;
	int hit;

	imap_fold(f->folded, f->value->str, f->value->len);
	if ((hit = imap_field_hit(f, name, nlen)) || !imap_needs_decoding(
	    f->value))
		return hit;
	if (mailmime_encoded_phrase_parse("utf-8", f->value->str,
	    f->value->len, &idx, "utf-8", &dec) != MAILIMF_NO_ERROR ||
	    dec == NULL)
		return 0;
	imap_fold(f->folded, dec, strlen(dec));
	free(dec);
	return imap_field_hit(f, name, nlen);
}

/*
 * Next field of the header block at *p (up to end): its name and, in
 * f->value, its value with line breaks removed.  0 at the end of the
 * header (a blank line) or of the data.
 */
static int
imap_next_field(struct imap_filter *f, const char **p, const char *end,
    const char **name, size_t *nlen)
{
	const char *s = *p, *colon, *eol;

	for (;;) {
		if (s >= end || *s == '\r' || *s == '\n')
			return 0;
		eol = memchr(s, '\n', (size_t)(end - s));
		eol = eol != NULL ? eol + 1 : end;
		colon = memchr(s, ':', (size_t)(eol - s));
		if (colon != NULL && colon > s && *s != ' ' && *s != '\t')
			break;
		s = eol;	/* a line that starts no field */
	}
	*name = s;
	for (*nlen = (size_t)(colon - s); *nlen > 0 &&
	    imap_is_space((unsigned char)s[*nlen - 1]); (*nlen)--)
		;
	g_string_truncate(f->value, 0);
	for (s = colon + 1;;) {
		for (; s < eol; s++)
			if (*s != '\r' && *s != '\n')
				g_string_append_c(f->value, *s);
		if (eol >= end || (*eol != ' ' && *eol != '\t'))
			break;
		s = eol;	/* a continuation line */
		eol = memchr(s, '\n', (size_t)(end - s));
		eol = eol != NULL ? eol + 1 : end;
	}
	*p = eol;
	return 1;
}

int
imap_filter_match(struct imap_filter *f, const char *hdr, size_t len)
{
	const char *p = hdr, *end = hdr + len, *name;
	size_t nlen;

	while (imap_next_field(f, &p, end, &name, &nlen))
		if (imap_field_match(f, name, nlen))
			return 1;
	return 0;
}
