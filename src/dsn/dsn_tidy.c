/*
 * dsn_tidy: the diagnostic as people read it (the review page, the CSV
 * export, --explain).  The rules have read the recipient's paragraph by
 * then; what is shown is the reason in it, without what the paragraph
 * also holds: the address it opens with (the recipient column shows
 * it), the reporter's advice and closing words ("No action is required
 * on your part", "This message was created automatically", Chinese
 * sentences that open with 请 or 建议), the rules and headings that
 * frame a section ("----- Non-delivered information -----"), and what
 * follows such a frame (another section: the returned message, the
 * notice's footer), and the prefixes of a multi-line reply's later lines.
 */
#include <string.h>

#include <glib.h>

#include "dsn_int.h"

/*
 * Words that open the reporter's own advice, preamble or footer, or the
 * next section of a notice: nothing from there on is the reason.  ASCII
 * ones compare without regard to case (they are written in lower case).
 */
static const char *const tidy_cut[] = {
	"no action is required",
	"delivery attempts will continue",
	"this message was created automatically",
	"this is an automatically generated",
	"this is an automated message",
	"if your message was also sent to additional recipients",
	"the mts-id of the original message",
	"please retry or contact your administrator",
	"do not reply to this",
	"message text follows",
	"returned mail follows",
	"of the message follow",
	"transcript of session follows",
	"your message subject:",
	"try retyping the address",	/* Office 365's advice, */
	"for email administrators",	/* and its section for admins */
	"reporting-mta:",		/* a delivery status's fields */
	"content-type: multipart/",	/* the returned message's header */
	"\xd1\x81\xd0\xbe\xd0\xb7\xd0\xb4\xd0\xb0\xd0\xbd\xd0\xbe "
	"\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb8"
	"\xd1\x87\xd0\xb5\xd1\x81\xd0\xba\xd0\xb8",	/* создано автоматически */
	"\xd0\xa0\xd0\xb5\xd0\xba\xd0\xbe\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb4"
	"\xd1\x83\xd0\xb5\xd0\xbc \xd0\x92\xd0\xb0\xd0\xbc",	/* Рекомендуем Вам */
	"\xe5\xbb\xba\xe8\xae\xae\xe8\xa7\xa3\xe5\x86\xb3\xe6\x96\xb9"
	"\xe6\xa1\x88",						/* 建议解决方案 */
	"\xe8\xa7\xa3\xe5\x86\xb3\xe6\x96\xb9\xe6\xa1\x88",	/* 解决方案 */
	"\xe8\xa7\xa3\xe5\x86\xb3\xe5\xbb\xba\xe8\xae\xae",	/* 解决建议 */
	"\xe6\xad\xa4\xe9\x82\xae\xe4\xbb\xb6\xe4\xb8\xba\xe7\xb3\xbb"
	"\xe7\xbb\x9f",						/* 此邮件为系统 */
	"\xe6\xad\xa4\xe4\xb8\xba\xe7\xb3\xbb\xe7\xbb\x9f\xe9\x82\xae"
	"\xe4\xbb\xb6",						/* 此为系统邮件 */
	"\xe6\x9c\xac\xe9\x82\xae\xe4\xbb\xb6\xe7\x94\xb1",	/* 本邮件由 */
	"\xe4\xbb\xa5\xe4\xb8\x8b\xe6\x98\xaf\xe5\x8e\x9f\xe9\x82\xae"
	"\xe4\xbb\xb6",						/* 以下是原邮件 */
};

/* Whether p opens a rule: five or more of one of "-=*_#". */
static size_t
tidy_rule(const char *p)
{
	size_t n = 0;

	if (*p == '\0' || strchr("-=*_#", *p) == NULL)
		return 0;
	while (p[n] == p[0])
		n++;
	return n >= 5 ? n : 0;
}

/*
 * Whether the rule at p frames a transcript's heading ("----- Transcript
 * of session follows -----"): the session below it is the reason.
 */
static int
tidy_transcript(const char *p)
{
	const char *e = p + tidy_rule(p);

	while (*e == ' ')
		e++;
	return g_ascii_strncasecmp(e, "transcript", 10) == 0;
}

/* Where in s the first cut word or rule after some text stands, or NULL. */
static char *
tidy_cut_at(char *s)
{
	char *p, *best = NULL;
	size_t i, len[G_N_ELEMENTS(tidy_cut)];
	const char *w;
	char c;
	guint8 first[256] = { 0 }, next[G_N_ELEMENTS(tidy_cut)];

	/*
	 * The first place any word stands: at each byte, only the words
	 * whose first byte it is (first[] and next[] chain them, by index
	 * + 1) are compared, and a word's second byte before the rest (one
	 * pass, not one per word; most bytes open none, and most that open
	 * one are followed by another byte).
	 */
	for (i = G_N_ELEMENTS(tidy_cut); i-- > 0;) {
		c = tidy_cut[i][0];
		next[i] = first[(unsigned char)c];
		first[(unsigned char)c] = (guint8)(i + 1);
		len[i] = strlen(tidy_cut[i]);
	}
	for (p = s; *p != '\0' && best == NULL; p++) {
		if ((i = first[(unsigned char)dsn_ascii_lc(*p)]) == 0)
			continue;
		for (; i != 0; i = next[i - 1]) {
			w = tidy_cut[i - 1];
			if (dsn_ascii_lc(p[1]) == w[1] &&
			    g_ascii_strncasecmp(p, w, len[i - 1]) == 0) {
				best = p;
				break;
			}
		}
	}
	for (p = s; *p != '\0' && (best == NULL || p < best); p++)
		if ((p == s || p[-1] == ' ') && tidy_rule(p) > 0) {
			best = p;
			break;
		}
	/* A section's heading after a short rule ("-- The header ..."). */
	for (p = best; p != NULL && p > s && best - p < 60; p--)
		if (p[0] == '-' && p[1] == '-' && p > s && p[-1] == ' ') {
			best = p;
			break;
		}
	return best;
}

/* p past spaces and the marks that frame an address or open a list. */
static const char *
tidy_skip(const char *p, const char *marks)
{
	while (*p != '\0' && (*p == ' ' || strchr(marks, *p) != NULL))
		p++;
	return p;
}

/*
 * p past what may stand between an address and its reason: "because:"
 * (Domino), "on <date> <time>" (Exchange 2003: "on Tue, 1 Dec 2026
 * 10:07:00 +0100", "on 12/1/2026 10:11 AM").
 */
static const char *
tidy_when(const char *p)
{
	const char *q;
	int i;

	if (g_ascii_strncasecmp(p, "because:", 8) == 0)
		return tidy_skip(p + 8, "");
	if (g_ascii_strncasecmp(p, "on ", 3) != 0)
		return p;
	/* A time hh:mm within the next words, then a zone or AM/PM. */
	for (q = p + 3, i = 0; *q != '\0' && i < 30; q++, i++)
		if (g_ascii_isdigit(q[0]) && (q[1] == ':' ||
		    (g_ascii_isdigit(q[1]) && q[2] == ':')))
			break;
	if (*q == '\0' || i == 30)
		return p;
	while (*q != '\0' && *q != ' ')
		q++;
	q = tidy_skip(q, "");
	if ((*q == '+' || *q == '-') && g_ascii_isdigit(q[1]))
		while (*q != '\0' && *q != ' ')
			q++;
	else if (g_ascii_strncasecmp(q, "am ", 3) == 0 ||
	    g_ascii_strncasecmp(q, "pm ", 3) == 0)
		q += 2;
	return tidy_skip(q, "");
}

/*
 * p past a short label that names the address after it ("Failed
 * Recipient:", "Intended recipient:", "RCPT:", "From:", "收件人
 * (Recipient)："), or p itself.
 */
static const char *
tidy_label(const char *p)
{
	const char *q;

	/* strchr() finds the terminator too: the text's end is no label. */
	for (q = p; q - p < 40 && *q != '\0'; q++) {
		if (*q == ':')
			return tidy_skip(q + 1, "");
		if (strncmp(q, "\xef\xbc\x9a", 3) == 0)	/* ： */
			return tidy_skip(q + 3, "");
		if (!g_ascii_isalpha(*q) && (unsigned char)*q < 0x80 &&
		    strchr(" ()-", *q) == NULL)
			break;
	}
	return p;
}

/*
 * p past the addresses that open it: "a@b", "<a@b>", "'a@b'", "(a@b)",
 * "-- a@b", each maybe after a label that names it when a field follows
 * ("Failed Recipient: a@b Reason: ..."), with an
 * Outlook "<mailto:a@b>" after it, the alias it came from ("(generated
 * from x@y)", "(expanded from <x@y>)") and the colon after it.  A
 * Sendmail "<a@b>... reason" loses its dots too.
 */
static const char *
tidy_addresses(const char *s)
{
	const char *p = s, *q, *a, *e, *close;
	int labelled;

	for (;;) {
		q = tidy_skip(p, "*-<>\"'");
		if (*q == '(' && (close = strchr(q, ')')) != NULL &&
		    g_strstr_len(q, close - q, " from ") != NULL) {
			p = tidy_skip(close + 1, ":;,");
			continue;
		}
		labelled = tidy_label(q) != q;
		q = tidy_skip(tidy_label(q), "(<\"'");
		if (!dsn_addr_next(q, q + strlen(q), &a, &e) || a != q)
			return tidy_when(p);
		q = tidy_skip(e, ">)\"'");
		if (g_ascii_strncasecmp(q, "<mailto:", 8) == 0 &&
		    (close = strchr(q, '>')) != NULL)
			q = close + 1;
		q = tidy_skip(q, "");
		if (*q == '(' && (close = strchr(q, ')')) != NULL &&
		    g_strstr_len(q, close - q, " from ") != NULL)
			q = tidy_skip(close + 1, "");
		if (strncmp(q, "...", 3) == 0)
			q += 3;
		q = tidy_skip(q, ":;,");
		/*
		 * A label is a field's name only when another field follows
		 * ("Failed Recipient: a@b Reason: ..."); else it says what
		 * befell the address ("Unknown user: a@b").
		 */
		if (labelled && tidy_label(q) == q)
			return tidy_when(p);
		p = q;
	}
}

/*
 * The length of a log line's time stamp at p with the spaces after it
 * ("Tue 2026-12-01 10:01:04: ", "2026-12-01 10:01:04 "), 0 if none.
 */
static size_t
tidy_stamp(const char *p)
{
	static const char form[] = "dddd-dd-dd dd:dd:dd";
	const char *q = p;
	size_t i;

	if (g_ascii_isalpha(q[0]) && g_ascii_isalpha(q[1]) &&
	    g_ascii_isalpha(q[2]) && q[3] == ' ')
		q += 4;
	for (i = 0; form[i] != '\0'; i++)
		if (form[i] == 'd' ? !g_ascii_isdigit(q[i]) : q[i] != form[i])
			return 0;
	q += i;
	if (*q == ':')
		q++;
	return tidy_skip(q, "") - p;
}

/* Whether p opens our command in a session (">>> " Sendmail, "--> "). */
static int
tidy_command(const char *p)
{
	return (p[0] == '>' || p[0] == '-') && p[1] == p[0] &&
	    p[2] == '>' && p[3] == ' ';
}

/* Whether p, at a line's start in s, opens the remote's reply line in a
 * session ("<<< " Sendmail, "<-- " MDaemon). */
static int
tidy_reply(const char *s, const char *p)
{
	return p[0] == '<' && (p == s || p[-1] == ' ') &&
	    (p[1] == '<' || p[1] == '-') && p[2] == p[1] && p[3] == ' ';
}

/*
 * Whether p opens a line Sendmail writes of its own after a reply: the
 * echo of a recipient's reply ("<a@b>... User unknown", with its code
 * before when with_code: "550 5.1.1 <a@b>... User unknown") or its
 * verdict on the host ("421 mx.example (smtp)... Deferred", "554 5.0.0
 * Service unavailable").
 */
static int
tidy_own_line(const char *p, int with_code)
{
	const char *a, *e, *gt;

	if (with_code) {
		if (p[0] < '2' || p[0] > '5' || !g_ascii_isdigit(p[1]) ||
		    !g_ascii_isdigit(p[2]) || p[3] != ' ')
			return 0;
		p += 4;
		if ((g_ascii_isdigit(p[0]) && p[1] == '.') ||
		    g_strstr_len(p, 40, "... ") != NULL)
			return 1;
	}
	if (*p != '<' || (gt = strchr(p, '>')) == NULL)
		return 0;
	return dsn_addr_next(p + 1, gt, &a, &e) && a == p + 1 && e == gt &&
	    strncmp(gt + 1, "...", 3) == 0;
}

/*
 * The end of the reply line whose text opens at body: the next line of
 * the session (a command, a reply, a time stamp, a line of Sendmail's
 * own after the reply's first words, a quoted text's "> "), or a
 * closing "---".
 */
static const char *
tidy_reply_end(const char *s, const char *body, int quoted)
{
	const char *p = body, *words;

	if (g_ascii_isdigit(p[0]) && g_ascii_isdigit(p[1]) &&
	    g_ascii_isdigit(p[2]) && (p[3] == ' ' || p[3] == '-'))
		p += 4;
	if (g_ascii_isdigit(p[0]) && p[1] == '.')
		while (*p != '\0' && *p++ != ' ')
			;
	for (words = p; *p != '\0'; p++) {
		if (p[-1] != ' ')
			continue;
		if (tidy_command(p) || tidy_reply(s, p) || tidy_stamp(p) > 0 ||
		    strncmp(p, "---", 3) == 0 || (quoted && p[0] == '>' &&
		    p[1] == ' ') || (p != words && (tidy_own_line(p, 1) ||
		    tidy_own_line(p, 0))))
			break;
	}
	while (p > body && p[-1] == ' ')
		p--;
	return p;
}

/*
 * s, a session's transcript or log (Sendmail's "... while talking to
 * mx: >>> DATA <<< 550 ...", MDaemon's "<time>: --> RCPT To:<a@b>
 * <time>: <-- 550 ..."), as the remote's first refusal after one of our
 * commands, its later lines joined; in place.  Our commands, the log's
 * notes and the echo of the reply are not the reason.  0 when s is no
 * session with a refusal.
 */
static int
tidy_session(char *s)
{
	char *p, *r = NULL, *out;
	const char *end;
	size_t n = 0;

	/* Most texts hold no '>': a command's marker ends in "> ". */
	for (p = s; (p = strchr(p, '>')) != NULL; p++)
		if (p - s >= 2 && tidy_command(p - 2))
			break;
	for (; p != NULL && (p = strchr(p, '<')) != NULL; p++)
		if (tidy_reply(s, p) && (p[4] == '4' || p[4] == '5') &&
		    g_ascii_isdigit(p[5]) && g_ascii_isdigit(p[6])) {
			r = p;
			break;
		}
	if (r == NULL)
		return 0;
	out = s;
	for (;;) {
		end = tidy_reply_end(s, r + 4, r - s >= 2 && r[-2] == '>');
		if (n > 0)
			out[n++] = ' ';
		memmove(out + n, r + 4, end - (r + 4));
		n += end - (r + 4);
		r = s + (tidy_skip(end, "") - s);
		if (!tidy_reply(s, r) || strncmp(r + 4, out, 3) != 0)
			break;
	}
	out[n] = '\0';
	return 1;
}

/*
 * s, a log of stamped lines without a refusal (MDaemon's "<time>: *
 * Name server reports domain name unknown"), as its last line's note,
 * in place: the lines above tell what was tried.
 */
static void
tidy_log(char *s)
{
	char *p, *last = NULL, *e;
	int n = 0;

	if (tidy_stamp(s) == 0)
		return;
	for (p = s; *p != '\0'; p++)
		if ((p == s || p[-1] == ' ') && tidy_stamp(p) > 0) {
			last = p;
			n++;
		}
	if (n < 2)
		return;
	p = last + (tidy_skip(last + tidy_stamp(last), "*") - last);
	for (e = p; *e != '\0' && !(e[0] == ' ' && strncmp(e + 1, "---", 3) ==
	    0); e++)
		;
	memmove(s, p, e - p);
	s[e - p] = '\0';
}

/*
 * s without Exim's account of our command before the remote's reply,
 * in place: "host mx [192.0.2.1]: SMTP error from remote mail server
 * after RCPT TO:<a@b>: 550 ..." (older: "SMTP error from remote mailer
 * after RCPT TO:<a@b>: host mx [192.0.2.1]: 550 ...") keeps the "550
 * ..." it quotes, or what follows the host when the reply has no code.
 * DragonFly's dma says the same as "mx [ip] did not like our RCPT TO:
 * 550 ...".
 */
static void
tidy_exim(char *s)
{
	char *p, *r, *host = NULL;

	if ((p = strstr(s, "SMTP error from remote mail")) == NULL &&
	    (p = strstr(s, "did not like our ")) == NULL)
		return;
	for (r = p; (r = strstr(r, ": ")) != NULL && r - p < 300; r += 2) {
		if ((r[2] == '4' || r[2] == '5') && g_ascii_isdigit(r[3]) &&
		    g_ascii_isdigit(r[4]) && strchr(" -", r[5]) != NULL) {
			host = r + 2;
			break;
		}
		/* A reply without a code: what follows "host mx [ip]:". */
		if (r[-1] == ']' && host == NULL)
			host = r + 2;
	}
	if (host != NULL)
		memmove(s, host, strlen(host) + 1);
}

/* A rule, the heading it frames and the rule that closes it, at s. */
static const char *
tidy_heading(const char *s)
{
	size_t n = tidy_rule(s);
	const char *p, *end;

	if (n == 0)
		return s;
	for (p = s + n; *p != '\0'; p++)
		if (tidy_rule(p) > 0)
			break;
	end = *p != '\0' ? p + tidy_rule(p) : s + n;
	/* A heading is short: else only the rule goes. */
	if (end - s > 80)
		end = s + n;
	return tidy_skip(end, "");
}

/* Whether s holds a letter, a digit or any character beyond ASCII. */
static int
tidy_has_words(const char *s)
{
	for (; *s != '\0'; s++)
		if (g_ascii_isalnum(*s) || (unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

/* The rules and headings of transcripts in s blanked, in place. */
static void
tidy_drop_transcripts(char *s)
{
	char *p, *e;
	size_t n;

	for (p = s; *p != '\0'; p++) {
		if ((p != s && p[-1] != ' ') || !tidy_transcript(p))
			continue;
		for (e = p + tidy_rule(p); *e != '\0' && tidy_rule(e) == 0;
		    e++)
			;
		n = tidy_rule(e);
		if (*e == '\0' || e - p > 80)
			break;
		memset(p, ' ', e + n - p);
		p = e + n - 1;
	}
}

/*
 * Whether s is no reason: nothing, only where the reporter tried ("host
 * mx.example [192.0.2.1]"), or a heading.
 */
static int
tidy_no_reason(const char *s, int was_cut)
{
	const char *b;

	if (!tidy_has_words(s))
		return 1;
	if (g_ascii_strncasecmp(s, "host ", 5) == 0 &&
	    (b = strchr(s + 5, '[')) != NULL && strchr(b, ']') != NULL &&
	    strchr(s + 5, ' ') == b - 1 && tidy_skip(strchr(b, ']') + 1,
	    ":")[0] == '\0')
		return 1;
	/* A cut left a heading: a few capitalised words ("Additional
	 * Information"). */
	if (was_cut && strlen(s) <= 40) {
		int words = 1;

		for (b = s; *b != '\0'; b++) {
			if (!g_ascii_isalpha(*b) && *b != ' ')
				return 0;
			if ((b == s || b[-1] == ' ') && !g_ascii_isupper(*b))
				return 0;
			words += *b == ' ';
		}
		return words <= 3;
	}
	return 0;
}

/* s without the spaces and marks a cut or a blanked clause left. */
static void
tidy_trim(char *s, int was_cut)
{
	char *p;
	size_t n;

	/* A clause of advice blanked out leaves " 。" behind. */
	while ((p = strstr(s, " \xe3\x80\x82")) != NULL)
		memmove(p, p + 4, strlen(p + 4) + 1);
	n = strlen(s);
	for (;;) {
		if (n > 0 && (strchr(" -=*|,;", s[n - 1]) != NULL ||
		    (was_cut && s[n - 1] == ':')))
			n--;
		else if (n >= 3 && (strncmp(s + n - 3, "\xef\xbc\x8c", 3) == 0 ||
		    strncmp(s + n - 3, "\xef\xbc\x9b", 3) == 0)) /* ，； */
			n -= 3;
		else
			break;
	}
	s[n] = '\0';
}

/*
 * The diagnostic diag as shown, newly allocated, or NULL when nothing
 * of it is left; *weak set when what is left is no reason (a heading,
 * where the reporter tried), for a reason found elsewhere to replace.
 */
char *
dsn_diag_tidy(const char *diag, int *weak)
{
	char *s, *cut, *out;
	const char *p;
	int was_cut;

	*weak = 1;
	if (diag == NULL)
		return NULL;
	s = g_strdup(diag);
	if (!tidy_session(s))
		tidy_log(s);
	tidy_exim(s);
	dsn_advice_blank(s);
	p = tidy_addresses(s);
	p = tidy_heading(p);
	p = tidy_addresses(p);
	memmove(s, p, strlen(p) + 1);
	tidy_drop_transcripts(s);
	if ((was_cut = (cut = tidy_cut_at(s)) != NULL))
		*cut = '\0';
	/* A multi-line reply reads as one text, as the rules read it. */
	out = dsn_reply_join(s);
	g_free(s);
	s = out;
	out = dsn_text_squeeze(s, DSN_MAX_DIAG);
	g_free(s);
	tidy_trim(out, was_cut);
	if (!tidy_has_words(out)) {
		g_free(out);
		return NULL;
	}
	*weak = tidy_no_reason(out, was_cut);
	return out;
}

/* Whether the line [p, e) is a label ("...is:") or a field ("Name: x"). */
static int
tidy_label_line(const char *p, const char *e)
{
	const char *colon, *a, *ae;

	while (e > p && g_ascii_isspace(e[-1]))
		e--;
	while (p < e && g_ascii_isspace(*p))
		p++;
	if (p == e || e[-1] == ':')
		return 1;
	if (*p == '<' && e[-1] == '>') {
		p++;
		e--;
	}
	if (dsn_addr_next(p, e, &a, &ae) && a == p && ae == e)
		return 1;
	colon = memchr(p, ':', e - p);
	return colon != NULL && colon - p <= 40 && colon + 1 < e &&
	    colon[1] == ' ';
}

/* Whether the paragraph [p, e) is labels and fields only. */
static int
tidy_label_para(const char *p, const char *e)
{
	const char *nl;

	for (; p < e; p = nl + 1) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		if (!tidy_label_line(p, nl))
			return 0;
	}
	return 1;
}

/* Whether s is ASCII of fewer than three words ("Your message"). */
static int
tidy_few_words(const char *s)
{
	int words = 1;

	for (; *s != '\0'; s++) {
		if ((unsigned char)*s >= 0x80)
			return 0;
		words += *s == ' ';
	}
	return words < 3;
}

/*
 * The sentences of the paragraph [p, e) that are neither advice nor the
 * reporter's preamble, squeezed; NULL when none is left.
 */
static char *
tidy_para_reason(const char *p, const char *e)
{
	char *para = g_strndup(p, e - p), *flat, *out;
	GString *keep = g_string_new(NULL);
	char **sent;
	size_t i;
	int weak;

	flat = dsn_text_squeeze(para, DSN_MAX_DIAG);
	sent = g_strsplit(flat, ". ", -1);
	for (i = 0; sent[i] != NULL; i++) {
		if (tidy_cut_at(sent[i]) == sent[i])
			continue;
		if (keep->len > 0)
			g_string_append(keep, ". ");
		g_string_append(keep, sent[i]);
	}
	g_strfreev(sent);
	g_free(flat);
	g_free(para);
	out = dsn_diag_tidy(keep->str, &weak);
	g_string_free(keep, TRUE);
	if (out != NULL && (weak || tidy_few_words(out))) {
		g_free(out);
		return NULL;
	}
	return out;
}

/*
 * Where a recipient's own lines give no reason (an Exim delay warning
 * whose address stands between its introduction and its advice; Lotus
 * Notes, whose reasons stand above the addresses), the notice's reason
 * is the nearest paragraph before the address's first mention that is
 * neither labels nor advice and names no address (another recipient's
 * lines are not this one's).  lc_text is text ASCII lower-cased (the
 * same length).  NULL when there is none.
 */
char *
dsn_diag_before(const char *text, const char *lc_text, const char *addr)
{
	const char *at, *end, *p, *start;
	char *lc_addr, *out = NULL;
	const char *a, *ae;
	int n;

	if (text == NULL || lc_text == NULL || addr == NULL)
		return NULL;
	lc_addr = g_ascii_strdown(addr, -1);
	at = strstr(lc_text, lc_addr);
	g_free(lc_addr);
	if (at == NULL)
		return NULL;
	end = text + (at - lc_text);
	/* Back from the address, a paragraph at a time, a few at most. */
	for (n = 0; n < 6 && end > text && out == NULL; n++) {
		for (p = end; p > text && g_ascii_isspace(p[-1]); p--)
			;
		for (start = p; start > text; start--)
			if (start[-1] == '\n' && start - 1 > text &&
			    (start[-2] == '\n' || (start[-2] == '\r' &&
			    start - 2 > text && start[-3] == '\n')))
				break;
		if (start < p && tidy_label_para(start, p)) {
			end = start;
			continue;
		}
		if (dsn_addr_next(start, p, &a, &ae))
			break;
		if (start < p)
			out = tidy_para_reason(start, p);
		end = start;
	}
	return out;
}

/*
 * Whether the word w (n bytes, lower-case letters) stands in lc (a
 * lower-cased text) as a whole word.
 */
static int
tidy_word_in(const char *lc, const char *w, size_t n)
{
	const char *p;

	for (p = lc; (p = strstr(p, w)) != NULL; p++)
		if ((p == lc || !g_ascii_isalpha(p[-1])) &&
		    !g_ascii_isalpha(p[n]))
			return 1;
	return 0;
}

/*
 * diag with the words a fold split joined again, in place.  Domino folds
 * its Diagnostic-Code inside a word ("not l" CRLF " isted"), and
 * unfolding keeps the fold's space: "not l isted".  Its Subject gives
 * the same reason whole: where two runs of letters joined make a word
 * of the subject and the first alone is none of its words, the space
 * goes.
 */
void
dsn_diag_refold(char *diag, const char *subject)
{
	char *p, *a, *b, *lc, *w;
	size_t na, nb, i;

	if (diag == NULL || subject == NULL)
		return;
	/*
	 * The subject lower-cased once, and each word lower-cased into w
	 * (the two runs joined after the first alone): a search of the
	 * subject is then strstr()'s.  Both hold letters alone, which
	 * lower-casing keeps letters.
	 */
	lc = dsn_ascii_lower(subject, -1);
	w = g_malloc(strlen(diag) + 1);
	for (p = diag; (p = strchr(p, ' ')) != NULL; p++) {
		for (a = p; a > diag && g_ascii_isalpha(a[-1]); a--)
			;
		for (b = p + 1; g_ascii_isalpha(*b); b++)
			;
		na = p - a;
		nb = b - (p + 1);
		if (na == 0 || nb == 0)
			continue;
		for (i = 0; i < na; i++)
			w[i] = dsn_ascii_lc(a[i]);
		w[na] = '\0';
		if (tidy_word_in(lc, w, na))
			continue;
		for (i = 0; i < nb; i++)
			w[na + i] = dsn_ascii_lc(p[1 + i]);
		w[na + nb] = '\0';
		if (tidy_word_in(lc, w, na + nb))
			memmove(p, p + 1, strlen(p + 1) + 1);
	}
	g_free(w);
	g_free(lc);
}

/*
 * diag without "Subject: " and the n bytes of subj after it, in place,
 * where they open it after its addresses ("a@b Subject: x ...").
 */
static void
tidy_unsubject(char *diag, const char *subj, size_t n)
{
	const char *p = tidy_addresses(diag), *q;

	if (strncmp(p, "Subject:", 8) != 0)
		return;
	q = tidy_skip(p + 8, "");
	if (strncmp(q, subj, n) != 0 || (q[n] != '\0' && q[n] != ' '))
		return;
	q = tidy_skip(q + n, "");
	memmove(diag + (p - diag), q, strlen(q) + 1);
}

/*
 * diag without the returned message's "Subject: <subject>" that opens it
 * after its addresses, in place: Exchange quotes it before its reason,
 * and it is none.  The subject is original (the returned message's
 * header) or, without one, what the notice's own subject ends with after
 * its prefix ("Delivery delayed:May offer").
 */
void
dsn_diag_unsubject(char *diag, const char *original, const char *notice)
{
	const char *tail, *colon;
	size_t n;

	if (diag == NULL || strstr(diag, "Subject:") == NULL)
		return;
	if (original != NULL)
		tail = tidy_skip(original, "");
	else if (notice != NULL && (colon = strrchr(notice, ':')) != NULL)
		tail = tidy_skip(colon + 1, "");
	else
		return;
	for (n = strlen(tail); n > 0 && tail[n - 1] == ' '; n--)
		;
	if (n >= 3)
		tidy_unsubject(diag, tail, n);
}
