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
	"original message follow",	/* "follows", "follow:" */
	"below is a copy of the original message",	/* OpenSMTPD bounce.c */
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
	/*
	 * Microsoft SMTPSVC's and CDO's "--- Non-Delivery Report ---" (as
	 * flufl.bounce's simplematch, Apache-2.0, reads it).
	 */
	"old message:",
	/* 一份拷贝: "(is) a copy", Sina's "附件中的内容是原信件的一份拷贝". */
	"\xe4\xb8\x80\xe4\xbb\xbd\xe6\x8b\xb7\xe8\xb4\x9d",
	"\xe5\x8e\x9f\xe5\xa7\x8b\xe9\x82\xae\xe4\xbb\xb6",	/* 原始邮件 */
	("\xe5\x85\x83\xe3\x81\xae\xe3\x83\xa1\xe3\x83\x83\xe3\x82\xbb"
	    "\xe3\x83\xbc\xe3\x82\xb8"),		/* 元のメッセージ */
};

/*
 * Words several markers hold: a text without one holds none of those
 * markers, and they are not searched for (one search instead of many).
 */
static const char *const cut_anchors[] = {
	"original", "copy of", "unsent message", "content-type:",
};
/* The anchor each marker holds, as its index + 1; 0: none (dsn_text_init). */
static guint8 cut_anchor_of[G_N_ELEMENTS(cut_markers)];

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
 * Whether the last line with text before the line at l (read up to 80
 * bytes back) says that a forwarded message follows: a mail
 * program's line before the headers of a message a person forwards
 * ("---------- Forwarded message ---------", "Begin forwarded message:",
 * "-------- Forwarded Message --------").  Those headers open the
 * forwarded notice, not the returned message.
 */
static int
follows_forward_line(const char *body, const char *l)
{
	const char *e = l, *s;
	char *lc;
	int yes;

	while (e > body && g_ascii_isspace(e[-1]))
		e--;
	for (s = e; s > body && s[-1] != '\n' && e - s < 80; s--)
		;
	if (s == e)
		return 0;
	lc = dsn_ascii_lower(s, e - s);
	yes = strstr(lc, "forwarded message") != NULL;
	g_free(lc);
	return yes;
}

/* Whether the line l, n bytes, holds nothing but white space. */
static int
line_is_blank(const char *l, size_t n)
{
	while (n > 0 && g_ascii_isspace(l[n - 1]))
		n--;
	return n == 0;
}

/*
 * The first run of three header lines (continuation lines within it)
 * that no forwarded message's line opens, in body up to end: its start,
 * and in *third the end of its third line; or a signature separator
 * line before it, where both point; NULL if none.
 */
static const char *
header_run(const char *body, const char *end, const char **third)
{
	const char *p, *nl, *run = NULL;
	size_t n;
	int nhdr = 0, said = 0;

	for (p = body; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		/*
		 * The signature separator ("-- ", its space perhaps gone):
		 * what follows is a signature or a gateway's disclaimer,
		 * not the notice's words.  A signature closes words already
		 * said: under the text's first line alone the dashes rule
		 * off its title ("Address not found" over "--" in a notice
		 * copied from a web mail's page), and the notice follows.
		 */
		if ((n == 2 || (n == 3 && p[2] == ' ')) && p[0] == '-' &&
		    p[1] == '-' && said > 1) {
			*third = p;
			return p;
		}
		if (!line_is_blank(p, n))
			said++;
		if (line_is_header(p, n)) {
			if (nhdr++ == 0)
				run = p;
			if (nhdr == 3 && !follows_forward_line(body, run)) {
				*third = p + n;
				return run;
			}
		} else if (!(n > 0 && (*p == ' ' || *p == '\t'))) {
			nhdr = 0;
		}
		if (nl == NULL)
			break;
	}
	return NULL;
}

/*
 * Returns a copy of body up to where the returned message starts: a known
 * marker line, or three header lines in a row (unless a forwarded
 * message's line opens them), whichever line comes first; *lc (if not
 * NULL) gets the copy ASCII lower-cased.  The run of header lines is
 * found first: a marker matters only where its line starts no later
 * than the run's third line, so only that much is lower-cased and
 * searched.
 */
char *
dsn_text_cut(const char *body, char **lc_out)
{
	const char *third = NULL, *run, *end, *cut;
	size_t i, lim, len = strlen(body), lc_len, longest = 0;
	int has_anchor[G_N_ELEMENTS(cut_anchors)] = { 0 };
	char *lc, *m, saved;

	run = header_run(body, body + len, &third);
	for (i = 0; i < G_N_ELEMENTS(cut_markers); i++)
		longest = MAX(longest, strlen(cut_markers[i]));
	/* Markers starting up to the run's third line end. */
	end = run != NULL ? third + 1 : body + len;
	lc_len = MIN((size_t)(end - body) + longest, len);
	lc = dsn_ascii_lower(body, (gssize)lc_len);
	for (i = 0; i < G_N_ELEMENTS(cut_anchors); i++)
		has_anchor[i] = strstr(lc, cut_anchors[i]) != NULL;
	/*
	 * The earliest marker, searched once each, only where it would
	 * start before the earliest one found so far: the copy ends there
	 * for the search.
	 */
	for (i = 0; i < G_N_ELEMENTS(cut_markers); i++) {
		if (cut_anchor_of[i] != 0 && !has_anchor[cut_anchor_of[i] - 1])
			continue;
		lim = MIN((size_t)(end - body) + strlen(cut_markers[i]) - 1,
		    lc_len);
		saved = lc[lim];
		lc[lim] = '\0';
		if ((m = strstr(lc, cut_markers[i])) != NULL)
			end = body + (m - lc);
		lc[lim] = saved;
	}
	if (run != NULL && end > third) {
		cut = run;		/* no marker up to the run */
	} else {
		/*
		 * A marker cuts from the start of its line, which is not
		 * after the run's third line: the run is not whole before.
		 */
		cut = end;
		if (*cut != '\0')
			while (cut > body && cut[-1] != '\n')
				cut--;
	}
	if (lc_out != NULL) {
		lc[cut - body] = '\0';
		*lc_out = lc;
	} else {
		g_free(lc);
	}
	return g_strndup(body, cut - body);
}

static GRegex *re_label, *re_label_tail, *re_summary, *re_msgid;

/*
 * The brackets and quotes, besides ASCII's, that may open an address
 * right after its label: full-width （ and ＜ (QQ Mail's "收件人（x）"),
 * the typographic double and single quotes that Chinese text writes
 * (Gromox's "您发送到“x”的邮件") and the corner brackets of Traditional
 * text (「x」, 『x』).
 */
#define LABEL_OPEN	"\xef\xbc\x88|\xef\xbc\x9c|\xe2\x80\x9c|\xe2\x80\x98" \
	"|\xe3\x80\x8c|\xe3\x80\x8e"

void dsn_text_init(void);
void dsn_text_shutdown(void);

void
dsn_text_init(void)
{
	size_t i, j;

	for (i = 0; i < G_N_ELEMENTS(cut_markers); i++)
		for (j = 0; j < G_N_ELEMENTS(cut_anchors) &&
		    cut_anchor_of[i] == 0; j++)
			if (strstr(cut_markers[i], cut_anchors[j]) != NULL)
				cut_anchor_of[i] = (guint8)(j + 1);
	/*
	 * What may stand before a failed address on its line: nothing, a
	 * label ending in a colon ("Recipient:", "收件人："), an SMTP
	 * transcript ("RCPT TO:<", "550 5.1.1 <"), or "to/for <", the
	 * address quoted as well (CommuniGate Pro: "Failed to deliver to
	 * '<a@b>'").
	 */
	re_label = g_regex_new("^(?:[\\s>*\\-\xe2\x80\xa2]*"
	    "(?:[<\"'(\\[]|" LABEL_OPEN ")?"
	    "|.{0,64}[:\xef\xbc\x9a]\\s*(?:rfc822;)?\\s*"
	    "(?:[<\"'(\\[]|" LABEL_OPEN ")?"
	    "|.*rcpt to:?\\s*<?"
	    "|\\s*(?:<<<\\s*)?[245][0-9][0-9][ \\-](?:[245]\\.[0-9.]+\\s*)?<"
	    "|\\s*\\(generated from\\s*|\\s*generated by\\s*"
	    /* Exchange 5.5: "Name (SMTP=a@b) on 4/29/99 9:19 AM". */
	    "|.{0,64}\\bsmtp="
	    /*
	     * A table's label cell without a colon: the recipient (收件人,
	     * 收信人, 收件者, 收件地址), or a verb of sending and its
	     * direction (NetEase's "您发送给 x 的邮件", QQ Mail's "无法发送
	     * 到 x", 发往, Traditional 寄給, 傳送到).
	     */
	    "|.{0,64}(?:\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba" /* 收件人 */
	    "|\xe6\x94\xb6\xe4\xbf\xa1\xe4\xba\xba" /* 收信人 */
	    "|\xe6\x94\xb6\xe4\xbb\xb6\xe8\x80\x85" /* 收件者 */
	    "|\xe6\x94\xb6\xe4\xbb\xb6\xe6\x96\xb9" /* 收件方 */
	    "|\xe6\x94\xb6\xe4\xbb\xb6\xe5\x9c\xb0\xe5\x9d\x80" /* 收件地址 */
	    "|\xe6\x94\xb6\xe4\xbf\xa1\xe5\x9c\xb0\xe5\x9d\x80" /* 收信地址 */
	    "|(?:\xe5\x8f\x91\xe9\x80\x81|\xe7\x99\xbc\xe9\x80\x81" /* 发送 */
	    "|\xe4\xbc\xa0\xe9\x80\x92|\xe5\x82\xb3\xe9\x81\x9e" /* 传递 傳遞 */
	    "|\xe6\x8a\x95\xe9\x80\x92|\xe6\x8a\x95\xe9\x81\x9e" /* 投递 投遞 */
	    "|\xe9\x80\x92\xe9\x80\x81|\xe9\x81\x9e\xe9\x80\x81" /* 递送 遞送 */
	    "|\xe4\xbc\xa0\xe9\x80\x81|\xe5\x82\xb3\xe9\x80\x81" /* 传送 傳送 */
	    "|\xe5\xaf\x84\xe9\x80\x81|\xe5\x8f\x91|\xe7\x99\xbc"
	    "|\xe5\xaf\x84|\xe9\x80\x81)" /* 寄 送 */
	    "(?:\xe7\xbb\x99|\xe7\xb5\xa6" /* 给 給 */
	    "|\xe5\x88\xb0|\xe8\x87\xb3|\xe5\xbe\x80))" /* 到 至 往 */
	    /*
	     * The label's translation beside it in brackets, half- or
	     * full-width (Coremail's "收件人(Recipient)"), and the address
	     * in full-width brackets (QQ Mail's "收件人（x）").
	     */
	    "(?:\\s*(?:\\(|\xef\xbc\x88)[^()\\n]{1,40}"
	    "(?:\\)|\xef\xbc\x89))?"
	    "\\s*(?:[<\"'(\\[]|" LABEL_OPEN ")?"
	    "|.*\\b(?:to|for|recipient|address|user|mailbox)\\s*"
	    "(?:[<\"']|[\"']<)?\\s*)$", G_REGEX_CASELESS | G_REGEX_OPTIMIZE,
	    0, NULL);
	/* The same, for the end of a line too long to read whole. */
	re_label_tail = g_regex_new("(?:rcpt to:?\\s*<?"
	    "|\\b(?:to|for|recipient|address|user|mailbox)\\s*"
	    "(?:[<\"']|[\"']<)?\\s*)$", G_REGEX_CASELESS | G_REGEX_OPTIMIZE,
	    0, NULL);
	/*
	 * The original's header lines, in English and in Chinese: the
	 * sender (发件人, 寄件者), copies (抄送, 副本, 密送), subject (主题)
	 * and time (日期, 时间), a list's fields (RFC 2369 List-*,
	 * Errors-To) and the reader's (Disposition-Notification-To, RFC
	 * 8098; Return-Receipt-To) are no failed recipients, nor is the
	 * envelope's sender a summary names ("MAIL FROM:", RFC 5321 3.3's
	 * reverse-path); nor is a company's contact line in the footer or
	 * disclaimer a gateway appends ("Questions: info@...", "Kontakt:",
	 * "Tel:", "Web:"), in a line of its own or as a table's label
	 * cell with no colon (an HTML notice's "<td>To</td><td>x</td>").
	 */
	re_summary = g_regex_new("^\\s*(?:from|sender|return-path|reply-to|"
	    "mail from|"
	    "to|cc|bcc|subject|date|sent|x-\\S*|list-\\S*|errors-to|"
	    "disposition-notification-to|return-receipt-to|"
	    "questions?|contacts?|contact us|kontakt|contacto|contato|"
	    "support|helpdesk|enquiries|inquiries|phone|tel|telephone|fax|"
	    "web|website|homepage"
	    "|\xe5\x8f\x91\xe4\xbb\xb6\xe4\xba\xba" /* 发件人 */
	    "|\xe7\x99\xbc\xe4\xbb\xb6\xe4\xba\xba" /* 發件人 */
	    "|\xe5\xaf\x84\xe4\xbb\xb6\xe4\xba\xba" /* 寄件人 */
	    "|\xe5\xaf\x84\xe4\xbb\xb6\xe8\x80\x85" /* 寄件者 */
	    "|\xe5\x8f\x91\xe4\xbf\xa1\xe4\xba\xba" /* 发信人 */
	    "|\xe7\x99\xbc\xe4\xbf\xa1\xe4\xba\xba" /* 發信人 */
	    "|\xe6\x8a\x84\xe9\x80\x81" /* 抄送 */
	    "|\xe5\x89\xaf\xe6\x9c\xac" /* 副本 */
	    "|\xe5\xaf\x86\xe9\x80\x81" /* 密送 */
	    "|\xe4\xb8\xbb\xe9\xa2\x98" /* 主题 */
	    "|\xe4\xb8\xbb\xe9\xa1\x8c" /* 主題 */
	    "|\xe6\x97\xa5\xe6\x9c\x9f" /* 日期 */
	    "|\xe6\x97\xb6\xe9\x97\xb4" /* 时间 */
	    "|\xe6\x99\x82\xe9\x96\x93" /* 時間 */
	    /* the label ends in a colon, or is a table's cell (a tab) */
	    ")(?:\\s*[:\xef\xbc\x9a]|\t)", G_REGEX_CASELESS |
	    G_REGEX_OPTIMIZE, 0, NULL);
	/*
	 * Fields whose <...@...> is a message identifier (RFC 5322 3.6.4,
	 * RFC 2045's Content-ID, RFC 3464's Original-Envelope-Id), quoted
	 * ("> ") or not: no mailbox at all.
	 */
	re_msgid = g_regex_new("^[\\s>]*(?:resent-|original-|x-original-)?"
	    "(?:message-id|in-reply-to|references|content-id|envelope-id)"
	    "(?:\\s*:|\t)", G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
}

void
dsn_text_shutdown(void)
{
	g_regex_unref(re_summary);
	g_regex_unref(re_label);
	g_regex_unref(re_msgid);
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

/*
 * Whether the line at `line' is a field that holds message identifiers,
 * or a folded line of one (RFC 5322 2.2.3: a continuation starts with
 * white space, after a quote's "> " here), looked at up to a bounded
 * number of lines back.
 */
static int
line_in_msgid_field(const char *text, const char *line)
{
	const char *p, *q;
	int n;

	for (n = 0; n < 32; n++) {
		for (q = line; *q == '>'; q++)
			;
		if (q != line && *q == ' ')
			q++;
		if (*q != ' ' && *q != '\t')
			break;
		if (line <= text)
			return 0;
		for (p = line - 1; p > text && p[-1] != '\n'; p--)
			;
		line = p;
	}
	return g_regex_match_full(re_msgid, line, MIN(strcspn(line, "\n"),
	    DSN_LABEL_REACH), 0, 0, NULL, NULL);
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

	if (line_in_msgid_field(text, line))
		return 0;
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
	 * it did not show ("an undisclosed address"), and "generated by y"
	 * under "pipe to |command" or a file names the address whose
	 * forwarding made the delivery (deliver.c, as Sisimai's
	 * Lhost/Exim.pm reads it).
	 */
	if (ok && (g_strstr_len(line, n, "(generated from") != NULL ||
	    g_strstr_len(line, n, "generated by") != NULL) &&
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
 * The end of a label of up to ten characters outside ASCII that starts
 * at q (a Chinese label: "发送时间", "邮件主题"), at its colon or the first
 * ASCII byte; NULL if there is none.
 */
static const char *
zh_label_end(const char *q)
{
	const char *p;

	for (p = q; p - q <= 30 && (unsigned char)*p >= 0x80 &&
	    strncmp(p, "\xef\xbc\x9a", 3) != 0; p++) /* ： */
		;
	return p > q ? p : NULL;
}

/*
 * Whether the line at l is an indented field of a summary: white space,
 * a short label of letters, spaces and parentheses, a colon and a value
 * ("  Sent date: ...", "  RCPT TO: a@b", "  Size (in bytes): 39"), or a
 * label of Chinese words and a colon, half- or full-width (Gromox's
 * "    发送时间：    2026-12-01").
 */
static int
line_is_field(const char *l)
{
	const char *p = l, *q;

	if (*p != ' ' && *p != '\t')
		return 0;
	while (*p == ' ' || *p == '\t')
		p++;
	for (q = p; p - q <= 24 && (g_ascii_isalpha(*p) || *p == ' ' ||
	    *p == '(' || *p == ')'); p++)
		;
	if (p > q && g_ascii_isalpha(*q) && *p == ':')
		return p[1] == ' ' && p[2] != '\n' && p[2] != '\0';
	if ((p = zh_label_end(q)) == NULL ||
	    (*p != ':' && strncmp(p, "\xef\xbc\x9a", 3) != 0))
		return 0;
	p += *p == ':' ? 1 : 3;
	while (*p == ' ' || *p == '\t')
		p++;
	return *p != '\n' && *p != '\0';
}

/*
 * Whether the field at l names the original message in Chinese words a
 * Chinese summary puts in its labels ("邮件主题", "发件人地址"):
 * the subject (主题, 主題), the sender (发件人, 發件人, 寄件人, 寄件者).
 */
static int
field_is_summary_zh(const char *l, size_t n)
{
	static const char *const words[] = {
		"\xe4\xb8\xbb\xe9\xa2\x98", "\xe4\xb8\xbb\xe9\xa1\x8c",
		"\xe5\x8f\x91\xe4\xbb\xb6\xe4\xba\xba",
		"\xe7\x99\xbc\xe4\xbb\xb6\xe4\xba\xba",
		"\xe5\xaf\x84\xe4\xbb\xb6\xe4\xba\xba",
		"\xe5\xaf\x84\xe4\xbb\xb6\xe8\x80\x85",
	};
	size_t i, label = strcspn(l, ":\t\n");
	const char *colon = g_strstr_len(l, n, "\xef\xbc\x9a");

	if (colon != NULL && (size_t)(colon - l) < label)
		label = colon - l;
	for (i = 0; i < G_N_ELEMENTS(words); i++)
		if (g_strstr_len(l, label, words[i]) != NULL)
			return 1;
	return 0;
}

/* Fields a summary of the message holds at least. */
#define FIELD_BLOCK_MIN	3

/*
 * Whether the field at l tells the failure itself ("  Reason: ...",
 * "  Error: ...", "  Status: ..."): then the fields are the report, not
 * a summary of the message.
 */
static int
field_tells_failure(const char *l)
{
	static const char *const words[] = { "reason", "error", "status",
		"diagnos", "problem", "cause", "response", "reply",
		"\xe5\x8e\x9f\xe5\x9b\xa0", /* 原因 */
		"\xe9\x94\x99\xe8\xaf\xaf", /* 错误 */
		"\xe9\x8c\xaf\xe8\xaa\xa4" }; /* 錯誤 */
	char *label = dsn_ascii_lower(l, strcspn(l, ":\n"));
	size_t i;
	int tells = 0;

	for (i = 0; i < G_N_ELEMENTS(words) && !tells; i++)
		tells = strstr(label, words[i]) != NULL;
	g_free(label);
	return tells;
}

/*
 * The start of the run of field lines around the one at l, if it holds
 * FIELD_BLOCK_MIN of them, one a field of the message (re_summary:
 * "Subject:", "MAIL FROM:") and none of the failure, and ends its
 * paragraph; else NULL.
 */
static const char *
fields_top(const char *body, const char *l)
{
	const char *top = l, *last = l, *p, *nl;
	int n = 1, summary = 0;

	while ((p = line_prev(body, top)) != NULL && line_is_field(p) &&
	    n < 64) {
		top = p;
		n++;
	}
	for (nl = l + line_len(l, DSN_MAX_DIAG); *nl == '\n' &&
	    line_is_field(nl + 1) && n < 64; n++) {
		last = nl + 1;
		nl = last + line_len(last, DSN_MAX_DIAG);
	}
	/* What follows the fields: the end of the text or a blank line. */
	if (n < FIELD_BLOCK_MIN ||
	    (*nl == '\n' && nl[1] != '\n' && nl[1] != '\0'))
		return NULL;
	for (p = top; p <= last; p += line_len(p, DSN_MAX_DIAG) + 1) {
		if (field_tells_failure(p))
			return NULL;
		summary = summary || g_regex_match_full(re_summary, p,
		    line_len(p, DSN_LABEL_REACH), 0, 0, NULL, NULL) ||
		    field_is_summary_zh(p, line_len(p, DSN_LABEL_REACH));
	}
	return summary ? top : NULL;
}

/*
 * A notice that lists the returned message's details as indented fields
 * after its error, the recipient among them (Apache James'
 * AbstractNotify: "Error message below:", the reply, then "Message
 * details:" and "  Subject:", "  MAIL FROM:", "  RCPT TO:", "  Size (in
 * bytes):"; Sisimai's Lhost/ApacheJames.pm reads it so), tells what
 * befell the recipient in the paragraph before the fields, not among
 * them.  When the line at l is such a field, returns where that
 * paragraph starts and sets *end to where it ends; else NULL.
 */
static const char *
text_before_fields(const char *body, const char *l, const char **end)
{
	const char *top, *p, *e;

	if (!line_is_field(l) || (top = fields_top(body, l)) == NULL)
		return NULL;
	/* The block's own title ("Message details:"), then blank lines. */
	if ((p = line_prev(body, top)) != NULL && *p != '\n')
		top = p;
	while ((p = line_prev(body, top)) != NULL && *p == '\n')
		top = p;
	if ((p = line_prev(body, top)) == NULL || *p == '\n')
		return NULL;
	e = top;
	for (p = top; (l = line_prev(body, p)) != NULL && *l != '\n' &&
	    e - l <= DSN_MAX_DIAG; p = l)
		;
	*end = e;
	return p;
}

/*
 * Whether the line at l gives the original message's sender or subject
 * under a Chinese label ("发件人地址：x", "邮件主题：y"), however the
 * summary is laid out: indented, a table's cells (a tab after the
 * label), <br> lines.  What befell a recipient is said before it.
 */
static int
line_is_summary_zh(const char *l)
{
	const char *p = l, *q;

	while (*p == ' ' || *p == '\t')
		p++;
	if ((q = zh_label_end(p)) == NULL || (*q != ':' && *q != '\t' &&
	    strncmp(q, "\xef\xbc\x9a", 3) != 0))
		return 0;
	return field_is_summary_zh(p, q - p + 3);
}

/*
 * Whether the paragraph at l, after a blank line, is a summary of the
 * original message as indented fields (fields_top), with its title line
 * before them or not (Gromox: "以下是您所发送邮件的一些基本信息：", then
 * "    发送时间：...", "    发件人地址：...", "    收件人：..."): the
 * message's details, not more of what befell the recipient.
 */
static int
summary_follows(const char *body, const char *l)
{
	const char *next;

	if (*l == '\0' || *l == '\n')
		return 0;
	if (line_is_field(l))
		return fields_top(body, l) == l;
	next = l + line_len(l, DSN_MAX_DIAG);
	return *next == '\n' && line_is_field(next + 1) &&
	    fields_top(body, next + 1) == next + 1;
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
	const char *p = body + pos, *start, *end, *nl, *prev, *stop, *from;
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
	if ((from = text_before_fields(body, start, &end)) != NULL) {
		start = from;
		goto done;
	}
	for (end = from = start; end < stop && lines < 24; lines++) {
		nl = memchr(end, '\n', stop - end);
		/* Stop at the line that names the next recipient. */
		if (limit >= 0 && end > start && limit >= end - body &&
		    (nl == NULL || limit < nl - body))
			break;
		if (lines > 0 && line_is_summary_zh(end))
			break;
		if (nl == NULL) {
			end = stop;
			break;
		}
		/*
		 * A blank line ends the paragraph once it holds a reply
		 * code or status; before that, the explanation may follow
		 * in the next paragraphs.  A reply lies within one line, so
		 * only the lines since the last blank one need a look.
		 */
		if (nl == end && lines > 0) {
			if (text_has_reply(from, end) ||
			    summary_follows(body, nl + 1))
				break;
			from = end;
		}
		end = nl + 1;
	}
done:
	raw = g_strndup(start, end - start);
	s = dsn_text_squeeze(raw, DSN_MAX_DIAG);
	g_free(raw);
	return s;
}

/*
 * A paragraph read (text_paragraph_at): the text's recipients ask for the
 * same ones again (to locate each, to read its diagnostic, its command),
 * so each is read once per text, as long as the paragraphs kept hold no
 * more than twice the text (mentions of one address may share lines).
 */
struct para {
	long		 pos;
	long		 limit;
	char		*text;		/* squeezed, or NULL: not kept */
	int		 failure;	/* text_has_failure, or -1: not asked */
};

struct dsn_paras {
	const char	*text;
	const char	*lc_text;
	GHashTable	*read;		/* struct para, its own key */
	size_t		 kept;		/* bytes of the paragraphs kept */
	size_t		 budget;	/* at most so many */
};

static guint
para_hash(gconstpointer k)
{
	const struct para *p = k;

	return (guint)p->pos * 31u + (guint)p->limit;
}

static gboolean
para_equal(gconstpointer a, gconstpointer b)
{
	const struct para *p = a, *q = b;

	return p->pos == q->pos && p->limit == q->limit;
}

static void
para_free(gpointer k)
{
	struct para *p = k;

	g_free(p->text);
	g_free(p);
}

struct dsn_paras *
dsn_paras_new(const char *text, const char *lc_text)
{
	struct dsn_paras *ps = g_new0(struct dsn_paras, 1);

	ps->text = text;
	ps->lc_text = lc_text;
	ps->budget = 2 * strlen(text) + DSN_PARA_REACH;
	ps->read = g_hash_table_new_full(para_hash, para_equal, para_free,
	    NULL);
	return ps;
}

void
dsn_paras_free(struct dsn_paras *ps)
{
	if (ps == NULL)
		return;
	g_hash_table_destroy(ps->read);
	g_free(ps);
}

/* What is known of the paragraph at pos up to limit; new: nothing. */
static struct para *
para_entry(struct dsn_paras *ps, long pos, long limit)
{
	struct para key = { pos, limit, NULL, -1 }, *p;

	if ((p = g_hash_table_lookup(ps->read, &key)) != NULL)
		return p;
	p = g_new(struct para, 1);
	*p = key;
	g_hash_table_add(ps->read, p);
	return p;
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
dsn_text_paragraph(struct dsn_paras *ps, long pos, long limit)
{
	struct para *p = para_entry(ps, pos, limit);
	char *s;
	size_t n;

	if (p->text != NULL)
		return g_strdup(p->text);
	s = text_paragraph_at(ps->text, pos, limit);
	n = strlen(s) + 1;
	if (ps->kept + n <= ps->budget) {
		p->text = g_strdup(s);
		ps->kept += n;
	}
	return s;
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
 * line that summarises the original message ("To: a@x, b@y", "收件人：",
 * a table's "To" cell): it names every recipient, the failed and the
 * delivered alike.  Its label ends at a colon, half- or full-width, or
 * at the tab that ends a table's cell.
 */
static int
line_is_summary(const char *line, const char *s)
{
	size_t n = MIN((size_t)(s - line), 32), i;

	for (i = 0; i < n; i++)
		if (line[i] == ':' || line[i] == '\t')
			break;
		else if (strncmp(line + i, "\xef\xbc\x9a", 3) == 0) { /* ： */
			i += 2;
			break;
		}
	return i < n && g_regex_match_full(re_summary, line, i + 1, 0, 0,
	    NULL, NULL);
}

/*
 * Whether text holds a failure: a 4xx or 5xx reply code or a 4.x.x or
 * 5.x.x status.  A 250 in a session transcript answers a command the
 * server took (MDaemon: "<-- 250 2.1.0 Ok" before "<-- 550 ...").
 */
static int
text_has_failure(const char *text)
{
	char *code = dsn_code_find_failure(text), *st;
	const char *p = text;
	int has = code != NULL && code[0] != '2';

	g_free(code);
	while (!has && (st = dsn_status_find(p)) != NULL) {
		has = st[0] != '2';
		p = strstr(p, st) + strlen(st);
		g_free(st);
	}
	return has;
}

/*
 * Whether the paragraph at mention i, up to the next mention of another
 * address, holds a failure reply (text_has_failure).
 */
static int
mention_has_reply(struct dsn_paras *ps, const struct mention *m, guint i,
    guint n)
{
	struct para *p;
	long limit = -1;
	char *s;
	guint j;

	for (j = i + 1; j < n && limit < 0; j++)
		if (m[j].key != m[i].key)
			limit = m[j].pos;
	p = para_entry(ps, m[i].pos, limit);
	if (p->failure < 0) {
		s = dsn_text_paragraph(ps, m[i].pos, limit);
		p->failure = text_has_failure(s);
		g_free(s);
	}
	return p->failure;
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
mention_pick(struct dsn_paras *ps, GArray *ms, gconstpointer key)
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
			if (mention_has_reply(ps, m, i, ms->len))
				break;
		} else if (mention_has_reply(ps, m, i, ms->len))
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
dsn_text_locate(struct dsn_paras *ps, GHashTable *where)
{
	const char *lc_body = ps->lc_text;
	GArray *ms = g_array_new(FALSE, FALSE, sizeof(struct mention));
	GHashTable *count = g_hash_table_new(g_direct_hash, g_direct_equal);
	GHashTableIter it;
	gpointer k;
	const char *p = lc_body, *s, *e, *line = lc_body, *nl, *stop;
	size_t len = strlen(lc_body);
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
		at = mention_pick(ps, ms, k);
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
	g_hash_table_add(seen, dsn_ascii_lower(a, -1));
	g_ptr_array_add(out, f);
}

static int
excluded(GHashTable *exclude, const char *addr)
{
	char *lc = dsn_ascii_lower(addr, -1);
	int ex = g_hash_table_contains(exclude, lc) || addr_is_robot(lc);

	g_free(lc);
	return ex;
}

/*
 * Exim names an address a redirection made with the address the message
 * was sent to after it: "  child@b.example <sent@a.example>: reason"
 * (print_address_information() in Exim's deliver.c; Sisimai's
 * Lhost/Exim.pm reports the one in brackets).  When the address at
 * [s, e) is followed so, returns where that one starts and sets *end;
 * else NULL.
 */
static const char *
text_parent(const char *e, const char *stop, const char **end)
{
	const char *s2, *e2;

	if (stop - e < 4 || e[0] != ' ' || e[1] != '<' ||
	    !dsn_addr_next(e + 2, stop, &s2, &e2) || s2 != e + 2 ||
	    stop - e2 < 2 || e2[0] != '>' || e2[1] != ':')
		return NULL;
	*end = e2;
	return s2;
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
		const char *ps, *pe;
		int prominent;

		/* Each byte is looked at once on the way to the next line. */
		while ((nl = memchr(p, '\n', s - p)) != NULL)
			line = p = nl + 1;
		prominent = is_prominent(text, line, s);
		if (prominent && (ps = text_parent(e, stop, &pe)) != NULL) {
			s = ps;
			e = pe;
		}
		a = g_strndup(s, e - s);
		if (prominent && !excluded(exclude, a)) {
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

/*
 * Whether the address at body + pos stands alone on its line (white
 * space or '<' before it; '>', ',' or ';' after it) and nothing but
 * white space lies between it and the next recipient at body + next: a
 * list of recipients that one explanation below speaks of ("Delivery to
 * the following recipients failed permanently:" and the addresses, one
 * a line, in Gmail's notices).
 */
static int
text_in_list(const char *body, long pos, long next)
{
	const char *p = body + pos, *q;

	if (next <= pos || next - pos > DSN_LABEL_REACH)
		return 0;
	for (q = p; q > body && q[-1] != '\n'; q--)
		if (!g_ascii_isspace(q[-1]) && q[-1] != '<')
			return 0;
	for (q = p; q < body + next && !g_ascii_isspace(*q) && *q != '>' &&
	    *q != ',' && *q != ';'; q++)
		;
	for (; q < body + next; q++)
		if (!g_ascii_isspace(*q) && *q != '>' && *q != ',' &&
		    *q != ';')
			return 0;
	return 1;
}

/*
 * Phrases that introduce the other server's reply word for word, after
 * the reporter's own account of the failure (Gmail: "The error that the
 * other server returned was:", Google Workspace: "The response from the
 * remote server was:", "The response was:"; Sisimai's Lhost/Gmail.pm and
 * Lhost/GSuite.pm, BSD 2-Clause).  The account before it ("Google tried
 * to deliver your message, but it was rejected", "Technical details of
 * temporary failure") says nothing of the cause.
 */
static const char *const reply_intros[] = {
	"returned was:",
	"remote server was:",
	"the response was:",
};

/* diag from the reply a known phrase introduces on, when it has one. */
static char *
text_reply_only(char *diag)
{
	char *lc = dsn_ascii_lower(diag, -1), *m, *out;
	const char *from = NULL;
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(reply_intros); i++)
		if ((m = strstr(lc, reply_intros[i])) != NULL &&
		    (from == NULL || diag + (m - lc) < from))
			from = diag + (m - lc) + strlen(reply_intros[i]);
	g_free(lc);
	if (from == NULL)
		return diag;
	while (*from == ' ')
		from++;
	if (*from == '\0')
		return diag;
	out = g_strdup(from);
	g_free(diag);
	return out;
}

/*
 * Exchange Online's notices give the rejecting server's reply in an
 * "Error Details" section, on a line "Reported error: ..." or "Error:
 * ..." (Microsoft's "Email non-delivery reports in Exchange Online",
 * "What's included in an NDR?"), after a page of general advice that
 * names every cause there is (SPF, DKIM, spam, size).  That reply, when
 * the section stands between body + pos and body + next (or
 * DSN_PARA_REACH bytes on), else NULL.
 */
static char *
text_error_details(const char *body, long pos, long next)
{
	static const char *const labels[] = { "reported error:", "error:" };
	const char *p = body + pos, *stop, *nl, *line;
	size_t len = strnlen(p, DSN_PARA_REACH), i, n;
	char *raw, *out;

	stop = next > pos && next - pos < (long)len ? body + next : p + len;
	for (line = p; line < stop; line = nl + 1) {
		if ((nl = memchr(line, '\n', stop - line)) == NULL)
			return NULL;
		n = nl - line;
		while (n > 0 && g_ascii_isspace(line[n - 1]))
			n--;
		if (n == 13 && g_ascii_strncasecmp(line, "error details",
		    13) == 0)
			break;
	}
	if (line >= stop)
		return NULL;
	for (line = nl + 1; line < stop && (*line == '\n' ||
	    *line == '\r'); line++)
		;
	for (i = 0; i < G_N_ELEMENTS(labels); i++) {
		n = strlen(labels[i]);
		if (stop - line > (long)n &&
		    g_ascii_strncasecmp(line, labels[i], n) == 0)
			break;
	}
	if (i == G_N_ELEMENTS(labels))
		return NULL;
	line += n;
	nl = memchr(line, '\n', stop - line);
	raw = g_strndup(line, (nl != NULL ? nl : stop) - line);
	out = dsn_text_squeeze(raw, DSN_MAX_DIAG);
	g_free(raw);
	if (*out == '\0') {
		g_free(out);
		return NULL;
	}
	return out;
}

/*
 * Whether the text after the line at body + pos, up to body + next (or
 * DSN_MAX_DIAG bytes on), names an address other than addr: then what it
 * says is not said of every address of a list above it.
 */
static int
text_names_other(const char *body, long pos, long next, const char *addr)
{
	const char *p = body + pos, *stop, *s, *e;
	size_t n = strlen(addr);

	if ((p = memchr(p, '\n', strnlen(p, DSN_LABEL_REACH))) == NULL)
		return 0;
	stop = p + strnlen(p, DSN_MAX_DIAG);
	if (next >= 0 && body + next < stop)
		stop = body + next;
	for (; dsn_addr_next(p, stop, &s, &e); p = e)
		if ((size_t)(e - s) != n || g_ascii_strncasecmp(s, addr, n) != 0)
			return 1;
	return 0;
}

static gint
found_cmp_pos(gconstpointer a, gconstpointer b)
{
	long pa = (*(struct dsn_found *const *)a)->pos;
	long pb = (*(struct dsn_found *const *)b)->pos;

	return pa < pb ? -1 : pa > pb;
}

/* Where the first recipient after by[i] that stands past pos is named. */
static long
found_after(GPtrArray *by, guint i, long pos)
{
	long at;

	for (i++; i < by->len; i++)
		if ((at = ((struct dsn_found *)by->pdata[i])->pos) > pos)
			return at;
	return -1;
}

/*
 * The diagnostic of each recipient the text names: its paragraph, up to
 * the next recipient's line; for the addresses of a list, the paragraph
 * of the list's last one.  One pass over the recipients in text order.
 */
static void
found_diags(struct dsn_paras *ps, GPtrArray *out)
{
	const char *body = ps->text;
	GPtrArray *by = g_ptr_array_sized_new(out->len);
	struct dsn_found *f, *g;
	guint i, n, *last;
	long next;

	for (i = 0; i < out->len; i++)
		if (((struct dsn_found *)out->pdata[i])->pos >= 0)
			g_ptr_array_add(by, out->pdata[i]);
	g_ptr_array_sort(by, found_cmp_pos);
	n = by->len;
	last = g_new(guint, n + 1);
	/* last[i]: the last address of the list address i starts. */
	for (i = n; i-- > 0;) {
		f = by->pdata[i];
		g = i + 1 < n ? by->pdata[i + 1] : NULL;
		last[i] = g != NULL && text_in_list(body, f->pos, g->pos) ?
		    last[i + 1] : i;
	}
	for (i = 0; i < n; i++) {
		f = by->pdata[i];
		g = by->pdata[last[i]];
		next = found_after(by, last[i], g->pos);
		/* An explanation that names another address is not shared. */
		if (g != f && text_names_other(body, g->pos, next, f->addr)) {
			g = f;
			next = found_after(by, i, f->pos);
		}
		f->diag = text_error_details(body, g->pos, next);
		if (f->diag == NULL)
			f->diag = text_reply_only(dsn_text_paragraph(ps,
			    g->pos, next));
	}
	g_free(last);
	g_ptr_array_free(by, TRUE);
}

/*
 * The paragraph of each recipient: where the scan found it, or where the
 * text tells what befell it (dsn_text_locate) for one a header named or
 * one whose later mention tells more; each ends where the next recipient
 * is named.  The addresses of a list share the paragraph of the list's
 * last one.
 */
static void
found_paragraphs(struct dsn_paras *ps, GPtrArray *out)
{
	GHashTable *where = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	const char *body = ps->text;
	char *la;
	gpointer v;
	long at;
	guint i;

	for (i = 0; i < out->len; i++)
		g_hash_table_insert(where, dsn_ascii_lower(((struct dsn_found *)
		    out->pdata[i])->addr, -1), NULL);
	dsn_text_locate(ps, where);
	for (i = 0; i < out->len; i++) {
		struct dsn_found *f = out->pdata[i];

		la = dsn_ascii_lower(f->addr, -1);
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
	found_diags(ps, out);
	g_hash_table_destroy(where);
}

/*
 * Finds the failed recipients of a human-readable bounce.  body must
 * already be cut (dsn_text_cut).  exclude: lower-cased addresses that are
 * not recipients (the sender, the reporter).  Returns struct dsn_found *;
 * *dropped counts the addresses past DSN_MAX_RCPT left out.
 */
GPtrArray *
dsn_text_scan(struct dsn_paras *ps, GHashTable *exclude,
    const char *failed_header, GPtrArray *explain, size_t *dropped)
{
	const char *body = ps->text;
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
	found_paragraphs(ps, out);
	g_hash_table_destroy(seen);
	return out;
}
