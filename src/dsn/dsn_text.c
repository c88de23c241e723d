/*
 * dsn_text: bounces written for people, without a machine-readable report
 * (qmail, Exim, old Sendmail, Exchange, web mail, Chinese providers...).
 * Finds the failed addresses in the text and the paragraph that speaks of
 * each.  Pure.
 */
#define _GNU_SOURCE		/* memmem(): linear, where strstr-like loops
				   are not */
#include <string.h>

#include "dsn_int.h"

/* Lines from which on the text is the returned message, not the bounce. */
static const char *const cut_markers[] = {
	"below this line is a copy of the message",
	"this is a copy of the message",
	"this is a copy of your message",
	"original message follows",
	"original message headers",
	/*
	 * Exchange's in French, Italian and Swedish (as Sisimai's
	 * Exchange2007 parser, BSD 2-Clause, documents them).
	 */
	"en-t\xc3\xaates de message d'origine",
	"intestazioni originali del messaggio",
	"ursprungshuvuden:",
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
	"original mail as follows",		/* fml */
	"\xe5\x8e\x9f\xe5\xa7\x8b\xe9\x82\xae\xe4\xbb\xb6",	/* 原始邮件 */
	("\xe5\x85\x83\xe3\x81\xae\xe3\x83\xa1\xe3\x83\x83\xe3\x82\xbb"
	    "\xe3\x83\xbc\xe3\x82\xb8"),		/* 元のメッセージ */
};

#define HEADER(s)	{ s, sizeof(s) - 1 }
static const struct {
	const char	*name;
	size_t		 len;
} header_names[] = {
	HEADER("return-path:"), HEADER("received:"), HEADER("message-id:"),
	HEADER("from:"), HEADER("to:"), HEADER("subject:"), HEADER("date:"),
	HEADER("mime-version:"), HEADER("content-type:"),
	HEADER("x-mailer:"), HEADER("reply-to:"), HEADER("cc:"),
	HEADER("delivered-to:"), HEADER("dkim-signature:"),
};

static int
line_is_header(const char *l, size_t n)
{
	size_t i;

	/* Every name ends in a colon: a line without one is no header. */
	if (memchr(l, ':', MIN(n, 16)) == NULL)
		return 0;
	for (i = 0; i < G_N_ELEMENTS(header_names); i++)
		if (n > header_names[i].len && g_ascii_strncasecmp(l,
		    header_names[i].name, header_names[i].len) == 0)
			return 1;
	return 0;
}

/*
 * Returns a copy of body up to where the returned message starts: a known
 * marker line, or three header lines in a row.
 */
char *
dsn_text_cut(const char *body)
{
	char *lc = dsn_ascii_lower(body, -1), *m;
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

static GRegex *re_label, *re_label_tail, *re_summary;

void dsn_text_init(void);
void dsn_text_shutdown(void);

void
dsn_text_init(void)
{
	/*
	 * What may stand before a failed address on its line: nothing, a
	 * label ending in a colon ("Recipient:", "收件人："), an SMTP
	 * transcript ("RCPT TO:<", "550 5.1.1 <"), or "to/for <", the
	 * address quoted as well (CommuniGate Pro: "Failed to deliver to
	 * '<a@b>'").
	 */
	re_label = g_regex_new("^(?:[\\s>*\\-\xe2\x80\xa2]*[<\"'(\\[]?"
	    "|.{0,64}[:\xef\xbc\x9a]\\s*(?:rfc822;)?\\s*[<\"'(\\[]?"
	    "|.*rcpt to:?\\s*<?"
	    "|\\s*(?:<<<\\s*)?[245][0-9][0-9][ \\-](?:[245]\\.[0-9.]+\\s*)?<"
	    "|\\s*\\(generated from\\s*"
	    /* Exchange 5.5: "Name (SMTP=a@b) on 4/29/99 9:19 AM". */
	    "|.{0,64}\\bsmtp="
	    /*
	     * A table's label cell without a colon (收件人, 收信人), and
	     * NetEase's "您发送给 x 的邮件" (sent to).
	     */
	    "|.{0,64}(?:\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba"
	    "|\xe6\x94\xb6\xe4\xbf\xa1\xe4\xba\xba"
	    "|\xe5\x8f\x91\xe9\x80\x81\xe7\xbb\x99)\\s*[<\"'(\\[]?"
	    "|.*\\b(?:to|for|recipient|address|user|mailbox)\\s*"
	    "(?:[<\"']|[\"']<)?\\s*)$", G_REGEX_CASELESS | G_REGEX_OPTIMIZE,
	    0, NULL);
	/* The same, for the end of a line too long to read whole. */
	re_label_tail = g_regex_new("(?:rcpt to:?\\s*<?"
	    "|\\b(?:to|for|recipient|address|user|mailbox)\\s*"
	    "(?:[<\"']|[\"']<)?\\s*)$", G_REGEX_CASELESS | G_REGEX_OPTIMIZE,
	    0, NULL);
	re_summary = g_regex_new("^\\s*(?:from|sender|return-path|reply-to|"
	    "to|cc|bcc|subject|date|sent|x-\\S*)\\s*:", G_REGEX_CASELESS |
	    G_REGEX_OPTIMIZE, 0, NULL);
}

void
dsn_text_shutdown(void)
{
	g_regex_unref(re_summary);
	g_regex_unref(re_label);
	g_regex_unref(re_label_tail);
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

	/*
	 * A mailing list's command and owner addresses (RFC 2142's
	 * LIST-REQUEST, fml's -ctl and -admin) are where a notice sends
	 * people for help, not failed recipients.
	 */
	static const char *const list_robots[] = {
		"-request@", "-ctl@", "-admin@", "-owner@",
	};
	const char *at = strchr(addr, '@');
	size_t i, n;

	for (i = 0; i < G_N_ELEMENTS(robots); i++)
		if (g_ascii_strncasecmp(addr, robots[i],
		    strlen(robots[i])) == 0)
			return 1;
	for (i = 0; at != NULL && i < G_N_ELEMENTS(list_robots); i++) {
		n = strlen(list_robots[i]);
		if ((size_t)(at - addr) + 1 >= n && g_ascii_strncasecmp(
		    at + 1 - n, list_robots[i], n) == 0)
			return 1;
	}
	return 0;
}

/* Whether the line before `line' names an address (looked at up to a
 * bounded distance back). */
static int
prev_line_has_addr(const char *text, const char *line)
{
	const char *p;

	if (line <= text + 1)
		return 0;
	for (p = line - 2; p > text && p[-1] != '\n' &&
	    line - p < DSN_MAX_DIAG; p--)
		;
	return memchr(p, '@', line - p) != NULL;
}

/* p moved forward to the start of a UTF-8 character. */
static const char *
utf8_align(const char *p)
{
	while (((unsigned char)*p & 0xc0) == 0x80)
		p++;
	return p;
}

/*
 * Whether the text before the address at `at' on its line makes it a
 * failed recipient.  Reads at most DSN_LABEL_REACH bytes before it: a
 * label or a transcript stands right before the address, and a line of
 * thousands of addresses must not be read again for each of them.
 */
static int
is_prominent(const char *text, const char *line, const char *at)
{
	gssize n = at - line;
	int ok;

	if (n > DSN_LABEL_REACH)
		return g_regex_match_full(re_label_tail, line, n,
		    utf8_align(at - DSN_LABEL_REACH) - line, 0, NULL, NULL) &&
		    !g_regex_match_full(re_summary, line,
		    utf8_align(line + DSN_LABEL_REACH) - line, 0, 0, NULL,
		    NULL);
	ok = g_regex_match_full(re_label, line, n, 0, 0, NULL, NULL);
	/*
	 * Exim: "x@final (generated from y@alias)" names the address that
	 * failed first; a lone "(generated from y)" stands for an address
	 * it did not show ("an undisclosed address").
	 */
	if (ok && g_strstr_len(line, n, "(generated from") != NULL &&
	    prev_line_has_addr(text, line))
		ok = 0;
	/*
	 * Header-like lines in a bounce text summarise the original message
	 * (Exchange: "To: list@x / Subject: ... / Sent: ..."): not failures.
	 */
	if (ok && g_regex_match_full(re_summary, line, n, 0, 0, NULL, NULL))
		ok = 0;
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

/* The length of the line at l, read no further than max bytes. */
static size_t
line_len(const char *l, size_t max)
{
	const char *nl;
	size_t n = strnlen(l, max);

	nl = memchr(l, '\n', n);
	return nl != NULL ? (size_t)(nl - l) : n;
}

/*
 * The start of the line before the one at l (l > body), or NULL; a line
 * longer than DSN_MAX_DIAG counts as none.
 */
static const char *
line_prev(const char *body, const char *l)
{
	const char *p;

	if (l <= body)
		return NULL;
	for (p = l - 1; p > body && p[-1] != '\n'; p--)
		if (l - p > DSN_MAX_DIAG)
			return NULL;
	return p;
}

/* Whether the line at l starts with an SMTP reply code: "550 ". */
static int
line_has_code(const char *l)
{
	return l[0] >= '2' && l[0] <= '5' && g_ascii_isdigit(l[1]) &&
	    g_ascii_isdigit(l[2]) && (l[3] == ' ' || l[3] == '-');
}

/*
 * How far into its line the address of a Sendmail recipient line may
 * start: a reply code, an enhanced status and '<' ("550 5.1.1 <").
 */
#define SENDMAIL_ADDR_REACH	24

/*
 * Sendmail's line about one recipient: the address, then "... " and the
 * reason (fmtmsg() in Sendmail's err.c writes the address and "... "
 * before the text).  A permanent failure comes with a reply code and an
 * enhanced status ("550 5.1.1 <a@b>... User unknown"), a deferred one
 * without ("<a@b>... Deferred: Connection refused by mx.example").
 * Returns where the address starts, or NULL.
 */
static const char *
sendmail_rcpt_addr(const char *l)
{
	const char *p = l, *a, *end;

	end = l + line_len(l, DSN_LABEL_REACH);
	if (line_has_code(p)) {
		p += 4;
		if (g_ascii_isdigit(p[0]) && p[1] == '.')
			while (p < end && *p != ' ')
				p++;
		while (p < end && *p == ' ')
			p++;
	}
	if (p < end && *p == '<')
		p++;
	for (a = p; p + 2 < end && *p != ' '; p++)
		if (p[0] == '.' && p[1] == '.' && p[2] == '.')
			return p > a && memchr(a, '@', p - a) != NULL ? a :
			    NULL;
	return NULL;
}

static int
line_is_sendmail_rcpt(const char *l)
{
	return sendmail_rcpt_addr(l) != NULL;
}

/*
 * A line of a Sendmail session transcript that belongs to the recipient
 * line after it: "While talking to host:" (Sendmail 5), "... while talking
 * to host:" (Sendmail 8), ">>> RCPT To:<a@b>", "<<< 550 ...", or the
 * per-host line "550 host (smtp)... 550 Host unknown".
 */
/* The line that opens a session with one host: "... while talking to". */
static int
line_opens_session(const char *l)
{
	return g_ascii_strncasecmp(l, "while talking to ", 17) == 0 ||
	    g_ascii_strncasecmp(l, "... while talking to ", 21) == 0;
}

static int
line_is_transcript(const char *l)
{
	const char *sp, *end;

	if (g_str_has_prefix(l, ">>> ") || g_str_has_prefix(l, "<<< ") ||
	    line_opens_session(l))
		return 1;
	if (!line_has_code(l))
		return 0;
	end = l + line_len(l, DSN_LABEL_REACH);
	if ((sp = memchr(l + 4, ' ', end - l - 4)) == NULL ||
	    sp[1] != '(' || (sp = memchr(sp, ')', end - sp)) == NULL)
		return 0;
	return strncmp(sp, ")...", 4) == 0;
}

/*
 * Where the paragraph of an address at p may end: DSN_PARA_REACH bytes on
 * (so that a thousand addresses on one line cost a thousand short reads,
 * not a thousand reads of the line), at the start of a character.
 */
static const char *
text_reach(const char *p)
{
	const char *stop = p + strnlen(p, DSN_PARA_REACH);

	if (*stop != '\0')
		while (stop > p && ((unsigned char)*stop & 0xc0) == 0x80)
			stop--;
	return stop;
}

/* After a Sendmail recipient line at p: the lines that explain it. */
static const char *
text_sendmail_tail(const char *p, const char *stop, int lines)
{
	const char *nl, *end;

	nl = memchr(p, '\n', stop - p);
	end = nl != NULL ? nl + 1 : stop;
	while (end < stop && lines < 24 && *end != '\n' &&
	    !line_is_transcript(end) && !line_has_code(end) &&
	    !line_is_sendmail_rcpt(end)) {
		nl = memchr(end, '\n', stop - end);
		end = nl != NULL ? nl + 1 : stop;
		lines++;
	}
	return end;
}

/*
 * The paragraph that speaks of the address at body + pos, from the start
 * of its line: up to a blank line; a lone address line takes the next
 * paragraph too.  A Sendmail recipient line ("554 <a@b>... Remote
 * protocol error") takes the transcript lines before it instead: they
 * tell what the server answered, and the lines after it belong to the
 * next recipient.  limit: where the next recipient's line is, or -1.
 */
static char *
text_paragraph_at(const char *body, long pos, long limit)
{
	const char *p = body + pos, *start, *end, *nl, *prev, *stop;
	int lines = 0;
	char *raw, *s;

	stop = text_reach(p);
	for (start = p; start > body && start[-1] != '\n' &&
	    p - start < DSN_MAX_DIAG; start--)
		;
	start = utf8_align(start);
	if (line_is_sendmail_rcpt(start)) {
		/* Back to the start of its session, not into the one before. */
		while (lines < 8 && !line_opens_session(start) &&
		    (prev = line_prev(body, start)) != NULL &&
		    line_is_transcript(prev)) {
			start = prev;
			lines++;
		}
		end = text_sendmail_tail(p, stop, lines);
		goto done;
	}
	for (end = start; end < stop && lines < 24; lines++) {
		nl = memchr(end, '\n', stop - end);
		/* Stop at the line that names the next recipient. */
		if (limit >= 0 && end > start && limit >= end - body &&
		    (nl == NULL || limit < nl - body))
			break;
		if (nl == NULL) {
			end = stop;
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

/* Whether the line naming an address at body + pos is Sendmail's. */
int
dsn_text_sendmail_rcpt(const char *body, long pos)
{
	const char *p = body + pos, *start;

	for (start = p; start > body && start[-1] != '\n'; start--)
		if (p - start > DSN_LABEL_REACH)
			return 0;
	return line_is_sendmail_rcpt(start);
}

char *
dsn_text_paragraph(const char *body, long pos, long limit)
{
	return text_paragraph_at(body, pos, limit);
}

/*
 * Where the text names the first of the addresses of where (as left by
 * dsn_text_locate) after pos, or -1: the paragraph about the address at
 * pos ends there, the lines after it are another recipient's.
 */
long
dsn_text_next(GHashTable *where, long pos)
{
	GHashTableIter it;
	gpointer k, v;
	long best = -1, at;

	if (pos < 0)
		return -1;
	g_hash_table_iter_init(&it, where);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		at = v != NULL ? (long)GPOINTER_TO_SIZE(v) - 1 : -1;
		if (at > pos && (best < 0 || at < best))
			best = at;
	}
	return best;
}

/*
 * A plain search for an address the scanner does not see as one (one
 * with characters beyond ASCII, or inside a longer word: "SMTP=a@b"),
 * in the first DSN_SEARCH_REACH bytes of the lower-cased text only.
 */
static long
text_search(const char *lc_body, size_t len, const char *lc_addr)
{
	size_t n = strlen(lc_addr);
	const char *p;

	if (len > DSN_SEARCH_REACH)
		len = DSN_SEARCH_REACH;
	if (n == 0 || n > len)
		return -1;
	p = memmem(lc_body, len, lc_addr, n);
	return p != NULL ? p - lc_body : -1;
}

/* Whether the address at s is the one its line, starting at line, is
 * Sendmail's recipient line of. */
static int
at_sendmail_rcpt(const char *line, const char *s)
{
	return s - line <= SENDMAIL_ADDR_REACH &&
	    sendmail_rcpt_addr(line) == s;
}

/* A mention of a looked-for address in the text. */
struct mention {
	long		 pos;		/* where, in bytes */
	gconstpointer	 key;		/* which: the table's key */
	unsigned	 own:1;		/* its Sendmail recipient line */
	unsigned	 summary:1;	/* a line summarising the original
					   message ("To: a, b") */
};

/* Mentions of one address weighed, besides its Sendmail lines. */
#define MENTIONS_EACH	8

/*
 * Whether the line at line, read up to the address at s, is a header-like
 * line that summarises the original message ("To: a@x, b@y"): it names
 * every recipient, the failed and the delivered alike.
 */
static int
line_is_summary(const char *line, const char *s)
{
	const char *colon = memchr(line, ':', MIN((size_t)(s - line), 32));

	return colon != NULL && g_regex_match_full(re_summary, line,
	    colon - line + 1, 0, 0, NULL, NULL);
}

/*
 * Whether the paragraph at mention i, up to the next mention of another
 * address, holds a reply code or an enhanced status.
 */
static int
mention_has_reply(const char *body, const struct mention *m, guint i,
    guint n)
{
	long limit = -1;
	char *para;
	int has;
	guint j;

	for (j = i + 1; j < n && limit < 0; j++)
		if (m[j].key != m[i].key)
			limit = m[j].pos;
	para = text_paragraph_at(body, m[i].pos, limit);
	has = text_has_reply(para, para + strlen(para));
	g_free(para);
	return has;
}

/*
 * Which mention of key tells what failed: its Sendmail recipient line
 * where it has one (in a transcript of several recipients that line and
 * the session before it are its own); else the first that does not
 * summarise the original message, unless its paragraph holds no reply
 * and a later one's does.  Exchange names each recipient twice: with a
 * sentence for people, and under "Diagnostic information for
 * administrators" with the server's reply.  -1 if none.
 */
static long
mention_pick(const char *body, GArray *ms, gconstpointer key)
{
	const struct mention *m = (const struct mention *)(void *)ms->data;
	long first = -1, any = -1;
	guint i;

	for (i = 0; i < ms->len; i++)
		if (m[i].key == key && m[i].own)
			return m[i].pos;
	for (i = 0; i < ms->len; i++) {
		if (m[i].key != key)
			continue;
		if (any < 0)
			any = m[i].pos;
		if (m[i].summary)
			continue;
		if (first < 0) {
			first = m[i].pos;
			if (mention_has_reply(body, m, i, ms->len))
				break;
		} else if (mention_has_reply(body, m, i, ms->len))
			return m[i].pos;
	}
	return first >= 0 ? first : any;
}

/*
 * Finds where the text tells what befell each address in where
 * (lower-cased key -> nothing yet), in one pass over it: the value
 * becomes the position plus one (mention_pick).  lc_body is body
 * lower-cased (ASCII), for addresses the scanner cannot see.
 */
void
dsn_text_locate(const char *body, const char *lc_body, GHashTable *where)
{
	GArray *ms = g_array_new(FALSE, FALSE, sizeof(struct mention));
	GHashTable *count = g_hash_table_new(g_direct_hash, g_direct_equal);
	GHashTableIter it;
	gpointer k;
	const char *p = lc_body, *s, *e, *line = lc_body, *nl, *stop;
	size_t len = strlen(body);
	struct mention m;
	guint seen;
	char *a;
	long at;

	stop = lc_body + len;
	while (dsn_addr_next(p, stop, &s, &e)) {
		/* Each byte is looked at once on the way to the next line. */
		if ((nl = memrchr(p, '\n', s - p)) != NULL)
			line = nl + 1;
		a = g_strndup(s, e - s);
		if (g_hash_table_lookup_extended(where, a, &k, NULL)) {
			seen = GPOINTER_TO_UINT(g_hash_table_lookup(count, k));
			m.own = at_sendmail_rcpt(line, s);
			if (m.own || seen < MENTIONS_EACH) {
				m.pos = s - lc_body;
				m.key = k;
				m.summary = line_is_summary(line, s);
				g_array_append_val(ms, m);
				g_hash_table_insert(count, k,
				    GUINT_TO_POINTER(seen + 1));
			}
		}
		g_free(a);
		p = e;
	}
	g_hash_table_iter_init(&it, where);
	while (g_hash_table_iter_next(&it, &k, NULL)) {
		at = mention_pick(body, ms, k);
		if (at < 0)
			at = text_search(lc_body, len, k);
		if (at >= 0)
			g_hash_table_iter_replace(&it,
			    GSIZE_TO_POINTER((gsize)at + 1));
	}
	g_hash_table_destroy(count);
	g_array_free(ms, TRUE);
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

/*
 * Every prominent address in text that is not excluded, up to
 * DSN_MAX_RCPT; the further mentions past that are counted in *dropped.
 */
static void
scan_addresses(const char *text, GHashTable *exclude, GPtrArray *out,
    GHashTable *seen, size_t *dropped)
{
	const char *p = text, *s, *e, *line = text, *nl;
	const char *stop = text + strlen(text);
	char *a;

	while (dsn_addr_next(p, stop, &s, &e)) {
		/* Each byte is looked at once on the way to the next line. */
		while ((nl = memchr(p, '\n', s - p)) != NULL)
			line = p = nl + 1;
		a = g_strndup(s, e - s);
		if (!excluded(exclude, a) && is_prominent(text, line, s)) {
			if (out->len < DSN_MAX_RCPT)
				found_add(out, seen, a, s - text);
			else if (!g_hash_table_contains(seen, a))
				(*dropped)++;
		}
		g_free(a);
		p = e;
	}
}

static void
scan_failed_header(const char *failed, GPtrArray *out, GHashTable *seen,
    size_t *dropped)
{
	char **v = g_strsplit_set(failed, ", ", -1);
	int i;

	for (i = 0; v[i] != NULL; i++) {
		if (*v[i] == '\0')
			continue;
		if (out->len < DSN_MAX_RCPT)
			found_add(out, seen, v[i], -1);
		else
			(*dropped)++;
	}
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
 * The paragraph of each recipient: where the scan found it, or where the
 * text tells what befell it (dsn_text_locate) for one a header named or
 * one whose later mention tells more; each ends where the next recipient
 * is named.
 */
static void
found_paragraphs(const char *body, GPtrArray *out)
{
	GHashTable *where = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	char *lc = g_ascii_strdown(body, -1), *la;
	gpointer v;
	long at;
	guint i;

	for (i = 0; i < out->len; i++)
		g_hash_table_insert(where, g_ascii_strdown(((struct dsn_found *)
		    out->pdata[i])->addr, -1), NULL);
	dsn_text_locate(body, lc, where);
	for (i = 0; i < out->len; i++) {
		struct dsn_found *f = out->pdata[i];

		la = g_ascii_strdown(f->addr, -1);
		v = g_hash_table_lookup(where, la);
		at = v != NULL ? (long)GPOINTER_TO_SIZE(v) - 1 : -1;
		/*
		 * Where the scan found it, unless the text tells more
		 * further on (mention_pick): its own Sendmail line, or a
		 * later mention with the server's reply.
		 */
		if (at >= 0 && (f->pos < 0 || at > f->pos ||
		    dsn_text_sendmail_rcpt(body, at)))
			f->pos = at;
		g_free(la);
	}
	for (i = 0; i < out->len; i++) {
		struct dsn_found *f = out->pdata[i];

		if (f->pos >= 0)
			f->diag = text_paragraph_at(body, f->pos,
			    found_next(out, f->pos));
	}
	g_hash_table_destroy(where);
	g_free(lc);
}

/*
 * Finds the failed recipients of a human-readable bounce.  body must
 * already be cut (dsn_text_cut).  exclude: lower-cased addresses that are
 * not recipients (the sender, the reporter).  Returns struct dsn_found *;
 * *dropped counts the addresses past DSN_MAX_RCPT left out.
 */
GPtrArray *
dsn_text_scan(const char *body, GHashTable *exclude,
    const char *failed_header, GPtrArray *explain, size_t *dropped)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(dsn_found_free);
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);

	*dropped = 0;
	if (failed_header != NULL) {
		scan_failed_header(failed_header, out, seen, dropped);
		dsn_explain(explain, "recipients from X-Failed-Recipients");
	}
	if (out->len == 0) {
		scan_addresses(body, exclude, out, seen, dropped);
		if (out->len > 0)
			dsn_explain(explain, "recipients from the text");
	}
	found_paragraphs(body, out);
	g_hash_table_destroy(seen);
	return out;
}
