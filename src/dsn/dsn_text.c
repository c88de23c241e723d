/*
 * dsn_text: bounces written for people, without a machine-readable report
 * (qmail, Exim, old Sendmail, Exchange, web mail, Chinese providers...).
 * Finds the failed addresses in the text and the paragraph that speaks of
 * each.  Pure.
 */
#include <string.h>

#include "dsn_int.h"

GRegex *dsn_addr_regex(void);

/* Lines from which on the text is the returned message, not the bounce. */
static const char *const cut_markers[] = {
	"below this line is a copy of the message",
	"this is a copy of the message",
	"this is a copy of your message",
	"original message follows",
	"original message headers",
	"original message header",
	"-----original message-----",
	"----- original message -----",
	"unsent message below",
	"unsent message follows",
	"message headers follow",
	"returned message follows",
	"header of the original message",
	"headers of the original message",
	"the header of original message",
	"--- the header of the original",
	"content-type: message/rfc822",
	"content-type: text/rfc822-headers",
	"original message received",
	"\xe5\x8e\x9f\xe5\xa7\x8b\xe9\x82\xae\xe4\xbb\xb6",	/* 原始邮件 */
	("\xe5\x85\x83\xe3\x81\xae\xe3\x83\xa1\xe3\x83\x83\xe3\x82\xbb"
	    "\xe3\x83\xbc\xe3\x82\xb8"),		/* 元のメッセージ */
};

static const char *const header_names[] = {
	"return-path:", "received:", "message-id:", "from:", "to:",
	"subject:", "date:", "mime-version:", "content-type:", "x-mailer:",
	"reply-to:", "cc:", "delivered-to:", "dkim-signature:",
};

static int
line_is_header(const char *l, size_t n)
{
	size_t i, k;

	for (i = 0; i < G_N_ELEMENTS(header_names); i++) {
		k = strlen(header_names[i]);
		if (n > k && g_ascii_strncasecmp(l, header_names[i], k) == 0)
			return 1;
	}
	return 0;
}

/*
 * Returns a copy of body up to where the returned message starts: a known
 * marker line, or three header lines in a row.
 */
char *
dsn_text_cut(const char *body)
{
	char *lc = g_ascii_strdown(body, -1), *m;
	const char *p = body, *nl, *run = NULL, *end;
	size_t i, n;
	int nhdr = 0;

	/* The earliest marker, searched once each over the whole text. */
	end = body + strlen(body);
	for (i = 0; i < G_N_ELEMENTS(cut_markers); i++)
		if ((m = strstr(lc, cut_markers[i])) != NULL &&
		    body + (m - lc) < end)
			end = body + (m - lc);
	g_free(lc);
	/* A marker cuts from the start of its line. */
	if (*end != '\0')
		while (end > body && end[-1] != '\n')
			end--;
	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (line_is_header(p, n)) {
			if (nhdr++ == 0)
				run = p;
			if (nhdr == 3)
				return g_strndup(body, run - body);
		} else if (!(n > 0 && (*p == ' ' || *p == '\t'))) {
			nhdr = 0;
		}
		if (nl == NULL)
			break;
	}
	return g_strndup(body, end - body);
}

static GRegex *re_label, *re_summary;

void dsn_text_init(void);
void dsn_text_shutdown(void);

void
dsn_text_init(void)
{
	/*
	 * What may stand before a failed address on its line: nothing, a
	 * label ending in a colon ("Recipient:", "收件人："), an SMTP
	 * transcript ("RCPT TO:<", "550 5.1.1 <"), or "to/for <".
	 */
	re_label = g_regex_new("^(?:[\\s>*\\-\xe2\x80\xa2]*[<\"'(\\[]?"
	    "|.{0,64}[:\xef\xbc\x9a]\\s*(?:rfc822;)?\\s*[<\"'(\\[]?"
	    "|.*rcpt to:?\\s*<?"
	    "|\\s*(?:<<<\\s*)?[245][0-9][0-9][ \\-](?:[245]\\.[0-9.]+\\s*)?<"
	    "|\\s*\\(generated from\\s*"
	    "|.*\\b(?:to|for|recipient|address|user|mailbox)\\s*[<\"']?"
	    "\\s*)$", G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
	re_summary = g_regex_new("^\\s*(?:from|sender|return-path|reply-to|"
	    "to|cc|bcc|subject|date|sent|x-\\S*)\\s*:", G_REGEX_CASELESS |
	    G_REGEX_OPTIMIZE, 0, NULL);
}

void
dsn_text_shutdown(void)
{
	g_regex_unref(re_summary);
	g_regex_unref(re_label);
}

void
dsn_found_free(gpointer p)
{
	struct dsn_found *f = p;

	g_free(f->addr);
	g_free(f->diag);
	g_free(f->status);
	g_free(f->action);
	g_free(f);
}

static int
addr_is_robot(const char *addr)
{
	static const char *const robots[] = {
		"postmaster@", "mailer-daemon@", "mailer_daemon@",
		"mail-daemon@", "maildaemon@", "noreply@", "no-reply@",
	};
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(robots); i++)
		if (g_ascii_strncasecmp(addr, robots[i],
		    strlen(robots[i])) == 0)
			return 1;
	return 0;
}

/* Whether the line before `line' names an address. */
static int
prev_line_has_addr(const char *text, const char *line)
{
	const char *p;

	if (line <= text + 1)
		return 0;
	for (p = line - 2; p > text && p[-1] != '\n'; p--)
		;
	return memchr(p, '@', line - p) != NULL;
}

static int
is_prominent(const char *text, const char *line, const char *at)
{
	char *prefix = g_strndup(line, at - line);
	int ok = g_regex_match(re_label, prefix, 0, NULL);

	/*
	 * Exim: "x@final (generated from y@alias)" names the address that
	 * failed first; a lone "(generated from y)" stands for an address
	 * it did not show ("an undisclosed address").
	 */
	if (ok && strstr(prefix, "(generated from") != NULL &&
	    prev_line_has_addr(text, line))
		ok = 0;
	/*
	 * Header-like lines in a bounce text summarise the original message
	 * (Exchange: "To: list@x / Subject: ... / Sent: ..."): not failures.
	 */
	if (ok && g_regex_match(re_summary, prefix, 0, NULL))
		ok = 0;
	g_free(prefix);
	return ok;
}

/* Whether text[0..end) holds a reply code or an enhanced status. */
static int
text_has_reply(const char *text, const char *end)
{
	char *t = g_strndup(text, end - text), *code, *st;
	int has;

	code = dsn_code_find(t);
	st = dsn_status_find(t);
	has = code != NULL || st != NULL;
	g_free(code);
	g_free(st);
	g_free(t);
	return has;
}

/* ASCII case-insensitive strstr. */
static const char *
text_find(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay != '\0'; hay++)
		if (g_ascii_strncasecmp(hay, needle, n) == 0)
			return hay;
	return NULL;
}

/* The start of the line before the one at l (l > body), or NULL. */
static const char *
line_prev(const char *body, const char *l)
{
	if (l <= body)
		return NULL;
	for (l--; l > body && l[-1] != '\n'; l--)
		;
	return l;
}

/* Whether the line at l starts with an SMTP reply code: "550 ". */
static int
line_has_code(const char *l)
{
	return l[0] >= '2' && l[0] <= '5' && g_ascii_isdigit(l[1]) &&
	    g_ascii_isdigit(l[2]) && (l[3] == ' ' || l[3] == '-');
}

/*
 * Sendmail's per-recipient line: "554 <a@b>... text" (the address
 * directly after the code, then three dots).
 */
static int
line_is_sendmail_rcpt(const char *l)
{
	const char *p = l + 4;

	if (!line_has_code(l))
		return 0;
	if (*p == '<')
		p++;
	for (; *p != '\0' && *p != '\n' && *p != ' '; p++)
		if (p[0] == '.' && p[1] == '.' && p[2] == '.')
			return p > l + 4 && memchr(l + 4, '@', p - l - 4);
	return 0;
}

/*
 * A line of a Sendmail session transcript that belongs to the recipient
 * line after it: "While talking to host:", ">>> RCPT To:<a@b>", "<<< 550
 * ...", or the per-host line "550 host (smtp)... 550 Host unknown".
 */
static int
line_is_transcript(const char *l)
{
	const char *sp;

	if (g_str_has_prefix(l, ">>> ") || g_str_has_prefix(l, "<<< ") ||
	    g_ascii_strncasecmp(l, "while talking to ", 17) == 0)
		return 1;
	if (!line_has_code(l) || (sp = strchr(l + 4, ' ')) == NULL ||
	    sp[1] != '(' || (sp = strchr(sp, ')')) == NULL)
		return 0;
	return strncmp(sp, ")...", 4) == 0;
}

/*
 * The paragraph that speaks of addr, starting on the line at pos (or the
 * first line naming addr when pos < 0): up to a blank line; a lone
 * address line takes the next paragraph too.  A Sendmail recipient line
 * ("554 <a@b>... Remote protocol error") takes the transcript lines
 * before it instead: they tell what the server answered, and the lines
 * after it belong to the next recipient.
 */
static char *
text_paragraph_at(const char *body, const char *addr, long pos, long limit)
{
	const char *p, *start, *end, *nl, *prev;
	int lines = 0, sendmail;
	char *raw, *s;

	p = pos >= 0 ? body + pos : text_find(body, addr);
	if (p == NULL)
		return NULL;
	start = p;
	while (start > body && start[-1] != '\n')
		start--;
	sendmail = line_is_sendmail_rcpt(start);
	if (sendmail) {
		while (lines < 8 && (prev = line_prev(body, start)) != NULL &&
		    line_is_transcript(prev)) {
			start = prev;
			lines++;
		}
		nl = strchr(p, '\n');
		end = nl != NULL ? nl + 1 : p + strlen(p);
		while (*end != '\0' && lines < 24 && *end != '\n' &&
		    !line_is_transcript(end) && !line_has_code(end)) {
			nl = strchr(end, '\n');
			end = nl != NULL ? nl + 1 : end + strlen(end);
			lines++;
		}
		goto done;
	}
	for (end = start; *end != '\0' && lines < 24; lines++) {
		nl = strchr(end, '\n');
		/* Stop at the line that names the next recipient. */
		if (limit >= 0 && end > start && limit >= end - body &&
		    (nl == NULL || limit < nl - body))
			break;
		if (nl == NULL) {
			end += strlen(end);
			break;
		}
		/*
		 * A blank line ends the paragraph once it holds a reply
		 * code or status; before that, the explanation may follow
		 * in the next paragraphs.
		 */
		if (nl == end && lines > 0 && text_has_reply(start, end))
			break;
		end = nl + 1;
	}
done:
	raw = g_strndup(start, end - start);
	s = dsn_text_squeeze(raw, DSN_MAX_DIAG);
	g_free(raw);
	return s;
}

/* Whether the first line of body naming addr is a Sendmail recipient line. */
int
dsn_text_sendmail_rcpt(const char *body, const char *addr)
{
	const char *p = text_find(body, addr);

	if (p == NULL)
		return 0;
	while (p > body && p[-1] != '\n')
		p--;
	return line_is_sendmail_rcpt(p);
}

char *
dsn_text_paragraph(const char *body, const char *addr)
{
	return text_paragraph_at(body, addr, -1, -1);
}

static void
found_add(GPtrArray *out, GHashTable *seen, const char *addr, long pos)
{
	struct dsn_found *f;
	char *a = dsn_addr_clean(addr);

	if (a == NULL || g_hash_table_contains(seen, a)) {
		g_free(a);
		return;
	}
	f = g_new0(struct dsn_found, 1);
	f->addr = a;
	f->pos = pos;
	g_hash_table_add(seen, g_ascii_strdown(a, -1));
	g_ptr_array_add(out, f);
}

static int
excluded(GHashTable *exclude, const char *addr)
{
	char *lc = g_ascii_strdown(addr, -1);
	int ex = g_hash_table_contains(exclude, lc) || addr_is_robot(lc);

	g_free(lc);
	return ex;
}

/* Every address in text; prominent ones only when `prominent' is set. */
static void
scan_addresses(const char *text, GHashTable *exclude, int prominent,
    GPtrArray *out, GHashTable *seen)
{
	GMatchInfo *mi;
	gint s, e;

	g_regex_match(dsn_addr_regex(), text, 0, &mi);
	while (g_match_info_matches(mi)) {
		char *a = g_match_info_fetch(mi, 0);
		const char *line;

		g_match_info_fetch_pos(mi, 0, &s, &e);
		for (line = text + s; line > text && line[-1] != '\n'; line--)
			;
		if (!excluded(exclude, a) && (!prominent ||
		    is_prominent(text, line, text + s)))
			found_add(out, seen, a, s);
		g_free(a);
		if (out->len >= DSN_MAX_RCPT)
			break;
		g_match_info_next(mi, NULL);
	}
	g_match_info_free(mi);
}

static void
scan_failed_header(const char *failed, GPtrArray *out, GHashTable *seen)
{
	char **v = g_strsplit_set(failed, ", ", -1);
	int i;

	for (i = 0; v[i] != NULL; i++)
		if (*v[i] != '\0')
			found_add(out, seen, v[i], -1);
	g_strfreev(v);
}

/* Where the line of the next recipient after pos starts, or -1. */
static long
found_next(GPtrArray *out, long pos)
{
	long best = -1;
	guint i;

	if (pos < 0)
		return -1;
	for (i = 0; i < out->len; i++) {
		struct dsn_found *f = out->pdata[i];

		if (f->pos > pos && (best < 0 || f->pos < best))
			best = f->pos;
	}
	return best;
}

/*
 * Finds the failed recipients of a human-readable bounce.  body must
 * already be cut (dsn_text_cut).  exclude: lower-cased addresses that are
 * not recipients (the sender, the reporter).  Returns struct dsn_found *.
 */
GPtrArray *
dsn_text_scan(const char *body, GHashTable *exclude,
    const char *failed_header, GPtrArray *explain)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(dsn_found_free);
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	guint i;

	if (failed_header != NULL) {
		scan_failed_header(failed_header, out, seen);
		dsn_explain(explain, "recipients from X-Failed-Recipients");
	}
	if (out->len == 0) {
		scan_addresses(body, exclude, 1, out, seen);
		if (out->len > 0)
			dsn_explain(explain, "recipients from the text");
	}
	for (i = 0; i < out->len; i++) {
		struct dsn_found *f = out->pdata[i];

		f->diag = text_paragraph_at(body, f->addr, f->pos,
		    found_next(out, f->pos));
	}
	g_hash_table_destroy(seen);
	return out;
}
