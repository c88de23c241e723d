/*
 * dsn_fields: header-field blocks (RFC 3464 per-message and per-recipient
 * fields, RFC 5965 feedback fields) and the small text helpers that find
 * status codes and addresses.  Pure.
 */
#include <ctype.h>
#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <string.h>

#include "dsn_int.h"

static GRegex *re_status, *re_code, *re_echo, *re_multi, *re_frame;
/* re_frame compiled to match only where a search starts. */
static GRegex *re_frame_at;

/*
 * The words a reporting MTA writes around a remote reply to say
 * which command it answered: Exim's "after RCPT TO:<c@d>",
 * Postfix's "(in reply to RCPT TO command)", the object of
 * qmail-remote's "HOST does not like recipient." (its "does not
 * like" stays: the rules read it as a permanent refusal).  The
 * address stays (it names the domain).  Also the words that
 * introduce a quoted reply: qmail-remote's "Remote host said:",
 * Sendmail's "----- Transcript of session follows -----" and
 * "... while talking to HOST.:",
 * Exchange's "Remote Server returned" (French "Le serveur distant
 * a retourné", German "Der Remoteserver hat '...' zurückgegeben")
 * and "Diagnostic information for administrators: Generating
 * server: HOST" (in German, Spanish, French and Italian too:
 * "Diagnoseinformationen für Administratoren", "Generierender
 * Server", "Servidor de generación", ...), Gmail's "Delivery to the
 * following recipient failed permanently", "Technical details of
 * permanent failure",
 * "Google tried to deliver your message, but it was rejected by
 * the server for the recipient domain", "The error that the other
 * server returned was", "The response from the remote server was",
 * PHPMailer's "The following recipients failed"; the headings
 * that list the recipients a report failed (Microsoft 365's
 * "Delivery has failed to these recipients or groups:", Exchange
 * 2003's "did not reach the following recipient(s):", MailMarshal's
 * "The following recipients were affected:"), mox's "Delivery has
 * failed permanently for your email to:" and "Error during the last
 * delivery attempt:", Exim's and GMX's "The following address(es)
 * failed:", IMail's "Additional RCPT TO generated following
 * response:", GMX's "SMTP error from remote server after RCPT
 * command:", and Apache James's "Message details:" with
 * what follows it (the returned message's subject, date and the
 * envelope it echoes: "MAIL FROM: a@b", "RCPT TO: c@d"): a
 * session, a server, a remote host, an administrator, a recipient
 * or a sender there are the report's, not the reason's.
 */
#define FRAME_PATTERN "\\brcpt to\\s*:?\\s*(?=<)|" \
    "\\(?in reply to rcpt to command\\)?|" \
    "(?<=\\bdoes not like )recipient\\b|" \
    "\\bremote host said:|" \
    "-* ?transcript of session follows ?-*|" \
    "\\bwhile talking to [^\\s:]+:|" \
    "\\bremote server returned\\b|" \
    "\\ble serveur distant a retourn\xc3\xa9|" \
    "\\bder remoteserver hat\\b|'\\s*zur\xc3\xbc" "ckgegeben\\b|" \
    "\\bdiagnostic information for administrators:?|" \
    "\\bgenerating server:\\s*[^\\s]+|" \
    "\\b(?:diagnoseinformationen f\xc3\xbcr administratoren|" \
    "informaci\xc3\xb3n de diagn\xc3\xb3stico para administradores|" \
    "informations de diagnostic pour les administrateurs|" \
    "informazioni di diagnostica per gli amministratori)\\s*:?|" \
    "\\b(?:generierender server|servidor de generaci\xc3\xb3n|" \
    "serveur de g\xc3\xa9n\xc3\xa9ration|server di generazione)" \
    "\\s*:\\s*[^\\s]+|" \
    "\\bdelivery to the following recipients? failed permanently:?|" \
    "\\btechnical details of (?:permanent|temporary) failure:?|" \
    "\\bgoogle tried to deliver your message, but it was rejected " \
    "by the (?:recipient domain|server for the recipient domain)|" \
    "\\bthe error that the other server returned was:?|" \
    "\\bthere was a problem delivering your message to\\b|" \
    "\\bsee the technical details below\\.?|" \
    "\\bthe response from the remote server was:?|" \
    "\\bthe following recipients failed:?|" \
    "\\bdelivery has failed to these recipients or groups:?|" \
    "\\bdid not reach the following recipient\\(s\\):?|" \
    "\\bthe following recipients were affected:?|" \
    "\\bdelivery has failed permanently for your email to:?|" \
    "\\bno further deliveries will be attempted\\.?|" \
    "\\berror during the last delivery attempt:?|" \
    "\\bthe following addresse?s?(?:\\(es\\))? failed:?|" \
    "\\badditional rcpt to generated following response:?|" \
    "\\bsmtp error from remote (?:mail )?server after rcpt " \
    "command:?|" \
    "\\bmessage details:[\\s\\S]*"
/*
 * Where a match of FRAME_PATTERN may start, found from a literal that
 * its alternatives hold: off bytes from where the literal stands (the
 * words before it, or for a lookbehind the words it looks behind),
 * FRAME_NONE where a row has fewer.  "session follows" may have dashes
 * and a space before, and German's "'...' zurückgegeben" an apostrophe
 * and white space (frame_dashes(), frame_quote()).  Change with
 * FRAME_PATTERN: an alternative none of these finds is never blanked.
 */
#define FRAME_NONE	INT_MIN
#define BEFORE(s)	(1 - (int)sizeof(s))
static const struct frame_lit {
	const char	*lit;
	int		 off[3];
} frame_lit[] = {
	{ "rcpt to", { 0, BEFORE("in reply to "), BEFORE("(in reply to ") } },
	{ "does not like", { sizeof("does not like ") - 1, FRAME_NONE,
	    FRAME_NONE } },
	{ "session follows", { BEFORE("transcript of "), FRAME_NONE,
	    FRAME_NONE } },
	{ "talking to", { BEFORE("while "), FRAME_NONE, FRAME_NONE } },
	{ "server returned", { BEFORE("remote "),
	    BEFORE("the error that the other "), FRAME_NONE } },
	{ "serveur distant", { BEFORE("le "), FRAME_NONE, FRAME_NONE } },
	{ "remoteserver", { BEFORE("der "), FRAME_NONE, FRAME_NONE } },
	{ "for administrators", { BEFORE("diagnostic information "),
	    FRAME_NONE, FRAME_NONE } },
	{ "generating server", { 0, FRAME_NONE, FRAME_NONE } },
	{ "failed permanently", {
	    BEFORE("delivery to the following recipient "),
	    BEFORE("delivery to the following recipients "), FRAME_NONE } },
	{ "remote host said", { 0, FRAME_NONE, FRAME_NONE } },
	{ "technical details", { 0, BEFORE("see the "), FRAME_NONE } },
	{ "google tried", { 0, FRAME_NONE, FRAME_NONE } },
	{ "problem delivering", { BEFORE("there was a "), FRAME_NONE,
	    FRAME_NONE } },
	{ "remote server was", { BEFORE("the response from the "),
	    FRAME_NONE, FRAME_NONE } },
	{ "recipients failed", { BEFORE("the following "), FRAME_NONE,
	    FRAME_NONE } },
	{ "diagnoseinformationen f\xc3\xbcr", { 0, FRAME_NONE, FRAME_NONE } },
	{ "informaci\xc3\xb3n de diagn", { 0, FRAME_NONE, FRAME_NONE } },
	{ "informations de diagnostic", { 0, FRAME_NONE, FRAME_NONE } },
	{ "informazioni di diagnostica", { 0, FRAME_NONE, FRAME_NONE } },
	{ "generierender server", { 0, FRAME_NONE, FRAME_NONE } },
	{ "servidor de generaci", { 0, FRAME_NONE, FRAME_NONE } },
	{ "serveur de g\xc3\xa9n", { 0, FRAME_NONE, FRAME_NONE } },
	{ "server di generazione", { 0, FRAME_NONE, FRAME_NONE } },
	{ "delivery has failed", { 0, FRAME_NONE, FRAME_NONE } },
	{ "did not reach the following", { 0, FRAME_NONE, FRAME_NONE } },
	{ "the following recipients were", { 0, FRAME_NONE, FRAME_NONE } },
	{ "no further deliveries", { 0, FRAME_NONE, FRAME_NONE } },
	{ "error during the last delivery", { 0, FRAME_NONE, FRAME_NONE } },
	{ "the following addres", { 0, FRAME_NONE, FRAME_NONE } },
	{ "additional rcpt to", { 0, FRAME_NONE, FRAME_NONE } },
	{ "smtp error from remote", { 0, FRAME_NONE, FRAME_NONE } },
	{ "message details:", { 0, FRAME_NONE, FRAME_NONE } },
};
#define FRAME_ZURUECK	"zur\xc3\xbc" "ckgegeben"
/* Starts looked at one by one; a text with more is searched whole. */
#define FRAME_MAX	64

void dsn_fields_init(void);
void dsn_fields_shutdown(void);

void
dsn_fields_init(void)
{
	/* Enhanced status not part of an IP address or version number. */
	re_status = g_regex_new("(?<![0-9.])([245])\\.([0-9]{1,3})\\."
	    "([0-9]{1,3})(?![0-9]|\\.[0-9])", G_REGEX_OPTIMIZE, 0, NULL);
	/*
	 * A reply code: three digits alone, or before '-' / ' ' / end;
	 * after a '#' that opens a word too (Exchange's "#550 5.1.1 ...
	 * ##"), not one inside a number ("ticket 12#550") nor glued to a
	 * word (Orange's "OFR_416", a label of its own).
	 */
	re_code = g_regex_new("(?:(?<![0-9A-Za-z_.\\-#])|(?<=^#)|(?<=\\s#))"
	    "([245][0-9][0-9])(?=[ \\-]|$)"
	    "(?![0-9])", G_REGEX_OPTIMIZE | G_REGEX_MULTILINE, 0, NULL);
	/*
	 * The sender's own MAIL FROM or RCPT TO as a session transcript
	 * echoes it ("--> MAIL From:<a@b> SIZE=4210", ">>> RCPT To:<c@d>",
	 * InterScan's "Sent <<< RCPT TO:<c@d>"), lower-cased.
	 */
	re_echo = g_regex_new("(?:-->|>>>|<<<)\\s*(?:mail from|rcpt to)\\s*:?"
	    "\\s*<[^>\\n]*>(?:[ \\t]+[a-z]+=\\S*)*", G_REGEX_OPTIMIZE, 0,
	    NULL);
	re_frame = g_regex_new(FRAME_PATTERN, G_REGEX_OPTIMIZE, 0, NULL);
	re_frame_at = g_regex_new(FRAME_PATTERN,
	    G_REGEX_OPTIMIZE | G_REGEX_ANCHORED, 0, NULL);
	/*
	 * The first line of a multi-line reply: a code, '-', and an
	 * enhanced status perhaps ("550-5.1.1 "), after "smtp;" too.
	 */
	re_multi = g_regex_new("(?:^|(?<=[\\s;]))([245][0-9][0-9])-(?:([245]\\."
	    "[0-9]{1,3}\\.[0-9]{1,3})\\s)?", G_REGEX_OPTIMIZE, 0, NULL);
}

void
dsn_fields_shutdown(void)
{
	g_regex_unref(re_multi);
	g_regex_unref(re_status);
	g_regex_unref(re_code);
	g_regex_unref(re_echo);
	g_regex_unref(re_frame);
	g_regex_unref(re_frame_at);
}

/*
 * The SMTP command a reply answered, as MTAs word it: "in reply to RCPT
 * TO command" (Postfix), "after RCPT TO" (Exim), ">>> RCPT To" (Sendmail),
 * "after end of data", "after initial connection"; Exim's "after
 * pipelined MAIL FROM" for a pipelined command, Postfix's "refused to
 * talk to me" for a refused greeting; qmail-remote's "Connected to H but
 * greeting failed", "but my name was rejected", "but sender was
 * rejected", "failed on DATA command", "failed after I sent the
 * message".  lc is lower-cased.
 */
/*
 * Each wording holds the word of its group (command_group[]): a text
 * without that word need not be searched for the group's wordings.
 */
static const char *const command_group[] = { "data", "rcpt", "mail from",
	"ehlo", "helo", "initial", "recipient", "talk to me", "greeting",
	"was rejected", "i sent" };

static const struct {
	const char	*text;
	const char	*command;
	int		 group;
} command_words[] = {
	{ "in reply to end of data", "data", 0 },
	{ "after end of data", "data", 0 },
	{ "in reply to data", "data", 0 },
	{ "after data", "data", 0 },
	{ "after pipelined end of data", "data", 0 },
	{ "after pipelined data", "data", 0 },
	{ "failed on data command", "data", 0 },
	{ "failed after i sent the message", "data", 10 },
	{ ">>> data", "data", 0 },
	{ "in reply to rcpt to", "rcpt", 1 },
	{ "after rcpt to", "rcpt", 1 },
	{ "after pipelined rcpt to", "rcpt", 1 },
	{ ">>> rcpt to", "rcpt", 1 },
	{ "after rcpt command", "rcpt", 1 },
	{ "rcpt to response", "rcpt", 1 },
	{ "[rcpt_to]", "rcpt", 1 },
	{ "does not like recipient", "rcpt", 6 },
	{ "smtp:rcpt", "rcpt", 1 },
	{ "smtp:data", "data", 0 },
	{ "[data]", "data", 0 },
	{ "in reply to mail from", "mail", 2 },
	{ "after mail from", "mail", 2 },
	{ "after pipelined mail from", "mail", 2 },
	{ ">>> mail from", "mail", 2 },
	{ "in reply to ehlo", "helo", 3 },
	{ "in reply to helo", "helo", 4 },
	{ "after ehlo", "helo", 3 },
	{ "after helo", "helo", 4 },
	{ "after initial connection", "connect", 5 },
	{ "refused to talk to me", "connect", 7 },
	{ "but greeting failed", "connect", 8 },
	{ "but my name was rejected", "helo", 9 },
	{ "but sender was rejected", "mail", 9 },
	{ "while talking to", NULL, -1 },
};

/* The command word of a ">>> " transcript line. */
static const char *
transcript_command(const char *line)
{
	static const char *const words[][2] = {
		{ "rcpt", "rcpt" }, { "data", "data" }, { "mail", "mail" },
		{ "ehlo", "helo" }, { "helo", "helo" },
	};
	size_t i;

	line += strspn(line, "> ");
	for (i = 0; i < G_N_ELEMENTS(words); i++)
		if (strncmp(line, words[i][0], 4) == 0)
			return words[i][1];
	return NULL;
}

/* Marks the addresses of a transcript's RCPT line found in rcpt. */
static void
transcript_mark(const char *line, GHashTable *rcpt)
{
	const char *p = line, *s, *e, *stop = line + strlen(line);
	char *a;

	while (dsn_addr_next(p, stop, &s, &e)) {
		a = g_strndup(s, e - s);
		if (g_hash_table_contains(rcpt, a))
			g_hash_table_insert(rcpt, g_strdup(a), rcpt);
		g_free(a);
		p = e;
	}
}

/*
 * Marks in rcpt (lower-cased address -> NULL) each address whose RCPT drew
 * the first failure reply ("<<< 550 ...") of a Sendmail-style session
 * transcript (lower-cased), reading it once: ">>> RCPT To:<addr>" then
 * "<<< 550" marks addr; "<<< 250" then ">>> DATA", "<<< 550" ends the
 * reading.  Returns the command of that first failure of another command
 * than RCPT (what every other address is told), or NULL.
 */
const char *
dsn_command_transcript(const char *lc, GHashTable *rcpt)
{
	const char *cmd = NULL, *p, *nl, *t;
	char *line = NULL;

	for (p = lc; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p) - 1;
		t = p + strspn(p, " \t");
		if (strncmp(t, ">>>", 3) == 0) {
			cmd = transcript_command(t);
			g_free(line);
			line = g_strndup(t, nl - t + 1);
		} else if (strncmp(t, "<<<", 3) == 0 && cmd != NULL) {
			t += strspn(t, "< ");
			if ((*t == '4' || *t == '5') &&
			    strcmp(cmd, "rcpt") != 0)
				break;
			if ((*t == '4' || *t == '5') && line != NULL) {
				transcript_mark(line, rcpt);
				g_clear_pointer(&line, g_free);
			}
		}
		if (nl[0] == '\0' || nl[1] == '\0') {
			cmd = NULL;
			break;
		}
	}
	g_free(line);
	return cmd != NULL && strcmp(cmd, "rcpt") != 0 ? cmd : NULL;
}

const char *
dsn_command_find(const char *lc)
{
	const char *best = NULL, *p;
	int has[G_N_ELEMENTS(command_group)];
	size_t i;

	if (lc == NULL)
		return NULL;
	for (i = 0; i < G_N_ELEMENTS(command_group); i++)
		has[i] = strstr(lc, command_group[i]) != NULL;
	/* The last one named is the one the final reply answered. */
	for (i = 0; i < G_N_ELEMENTS(command_words); i++) {
		if (command_words[i].command == NULL ||
		    !has[command_words[i].group])
			continue;
		if ((p = strstr(lc, command_words[i].text)) != NULL &&
		    (best == NULL || p > best)) {
			best = p;
		}
	}
	if (best == NULL)
		return NULL;
	for (i = 0; i < G_N_ELEMENTS(command_words); i++)
		if (command_words[i].command != NULL &&
		    strncmp(best, command_words[i].text,
		    strlen(command_words[i].text)) == 0)
			return command_words[i].command;
	return NULL;
}

/* Characters of a local part as the address scanner accepts them. */
static int
addr_local_char(unsigned char c)
{
	return g_ascii_isalnum(c) || (c != '\0' &&
	    strchr("._%+=/!#$&'*^`{|}~-", c) != NULL);
}

/*
 * Where the domain starting at q ends: two or more labels of letters,
 * digits and inner hyphens, separated by dots.  NULL when there are not
 * two.
 */
static const char *
addr_domain_end(const char *q)
{
	const char *end = NULL, *e;
	int labels = 0;

	while (g_ascii_isalnum(*q)) {
		while (g_ascii_isalnum(*q) || *q == '-')
			q++;
		for (e = q; e[-1] == '-'; e--)
			;
		if (++labels >= 2)
			end = e;
		if (e != q || q[0] != '.' || !g_ascii_isalnum(q[1]))
			break;
		q++;
	}
	return end;
}

/*
 * The next address in text at or after from (and before stop, the end of
 * the string): local@domain, the longest
 * run of local-part characters before the '@' that does not reach back
 * before from.  Linear in the text however it is shaped: each '@' is
 * looked at once and the runs before two of them do not overlap.
 */
int
dsn_addr_next(const char *from, const char *stop, const char **start,
    const char **end)
{
	const char *at = from, *s, *e;

	while ((at = memchr(at, '@', stop - at)) != NULL) {
		for (s = at; s > from && addr_local_char(s[-1]); s--)
			;
		/* Exchange's proxy notation "SMTP=a@b" names a@b. */
		if (at - s > 5 && g_ascii_strncasecmp(s, "smtp=", 5) == 0)
			s += 5;
		if (s < at && (e = addr_domain_end(at + 1)) != NULL) {
			*start = s;
			*end = e;
			return 1;
		}
		at++;
		from = at;
	}
	return 0;
}

static void
field_free(gpointer p)
{
	struct dsn_field *f = p;

	g_free(f->value);
	g_free(f->joined);
	g_free(f);
}

void
dsn_fields_free(GPtrArray *fields)
{
	if (fields != NULL)
		g_ptr_array_free(fields, TRUE);
}

static int
unfold_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/*
 * The length of the run of bytes kept as they are at p (its first byte
 * always): up to white space, a NUL, end (NULL: none), and with quotes a
 * byte that may start a typographic apostrophe.
 */
static size_t
unfold_run(const char *p, const char *end, int quotes)
{
	/* 1: ends a run; 2: ends one when quotes are written as ASCII. */
	static const unsigned char stop[256] = {
		['\0'] = 1, [' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1,
		[0xe2] = 2,
	};
	unsigned char mask = quotes ? 3 : 1;
	size_t n = 1;

	if (end == NULL) {
		while ((stop[(unsigned char)p[n]] & mask) == 0)
			n++;
		return n;
	}
	while (p + n < end && (stop[(unsigned char)p[n]] & mask) == 0)
		n++;
	return n;
}

/* Whether c is written wide and without spaces between words: Chinese
 * and Japanese, not Hangul (Korean puts spaces between its words). */
static int
unfold_wide(gunichar c)
{
	return g_unichar_iswide(c) &&
	    g_unichar_get_script(c) != G_UNICODE_SCRIPT_HANGUL;
}

/*
 * Whether a line break between what s holds (len bytes) and p joins two
 * wide characters: a line break there is no space (CSS Text 3, 4.1.2,
 * segment break transformation), as where a Chinese text is wrapped
 * between two characters of one word (存 / 储).
 */
static int
unfold_joins(const GString *s, size_t len, const char *p)
{
	const char *last;

	if (len == 0 || (unsigned char)*p < 0x80 ||
	    (unsigned char)s->str[len - 1] < 0x80)
		return 0;
	last = g_utf8_find_prev_char(s->str, s->str + len);
	if (last == NULL || (size_t)(s->str + len - last) > 4)
		return 0;
	return unfold_wide(g_utf8_get_char_validated(last,
	    s->str + len - last)) &&
	    unfold_wide(g_utf8_get_char_validated(p, -1));
}

/*
 * Collapses folding and runs of white space into single spaces, reading
 * text up to end (NULL: its end) only until the result holds more than
 * max bytes; quotes: writes typographic apostrophes as ASCII ones and
 * reads the text as lines of prose, where a line break between two
 * Chinese characters is none.
 */
static GString *
unfold(const char *text, const char *end, size_t max, int quotes)
{
	GString *s = g_string_sized_new((end != NULL ? (size_t)(end - text) :
	    strnlen(text, max)) + 8);
	const char *p = text;
	size_t n, len = 0;
	int space = 0, brk = 0;

	/*
	 * Written straight into s: what is read takes at least as many
	 * bytes as what is written, and s holds what can be read (up to
	 * max bytes more than it holds when end is NULL, and those are not
	 * read).  The length is set at the end.
	 */
	while ((end == NULL || p < end) && *p != '\0' && len <= max) {
		if (unfold_space(*p)) {
			space = len > 0;
			brk = brk || *p == '\n' || *p == '\r';
			p++;
			continue;
		}
		if (space && !(quotes && brk && unfold_joins(s, len, p)))
			s->str[len++] = ' ';
		space = brk = 0;
		if (quotes && strncmp(p, "\xe2\x80\x99", 3) == 0) {
			s->str[len++] = '\'';
			p += 3;
			continue;
		}
		/*
		 * A run of bytes kept as they are, copied at once: its first
		 * byte always, the rest while s holds max bytes or less.
		 */
		n = unfold_run(p, end, quotes);
		n = MIN(n, len < max ? max + 1 - len : 1);
		memcpy(s->str + len, p, n);
		len += n;
		p += n;
	}
	s->len = len;
	s->str[len] = '\0';
	return s;
}

char *
dsn_unfold(const char *value)
{
	return g_string_free(unfold(value, NULL, G_MAXSIZE - 1, 0), FALSE);
}

static int
field_name_ok(const char *p, size_t n)
{
	size_t i;

	if (n == 0 || n > 76)
		return 0;
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)p[i]) && p[i] != '-' && p[i] != '_')
			return 0;
	return 1;
}

/* Ends the field being read: its value is val, or the span. */
static void
field_end(struct dsn_field *cur, GString **val, const char *vs,
    const char *ve)
{
	if (cur == NULL)
		return;
	if (*val != NULL) {
		cur->joined = g_string_free(*val, FALSE);
		*val = NULL;
	} else {
		cur->vs = vs;
		cur->ve = ve;
	}
}

const char *
dsn_field_value(struct dsn_field *f)
{
	if (f->value != NULL)
		return f->value;
	if (f->joined != NULL)
		f->value = dsn_unfold(f->joined);
	else
		f->value = g_string_free(unfold(f->vs, f->ve, G_MAXSIZE - 1,
		    0), FALSE);
	return f->value;
}

/*
 * Whether the line [p, nl) goes on a multi-line SMTP reply that the line
 * [lp, le) began or went on with "CCC-" (RFC 5321 4.2.1): a report
 * writer that puts the reply's lines under a Diagnostic-Code unfolded
 * (nullmailer) still gives each the same code.
 */
static int
reply_goes_on(const char *lp, const char *le, const char *p,
    const char *nl)
{
	const char *q;
	char c[5];

	if (lp == NULL || nl - p < 4 || (p[0] != '4' && p[0] != '5') ||
	    !g_ascii_isdigit(p[1]) || !g_ascii_isdigit(p[2]) ||
	    (p[3] != '-' && p[3] != ' '))
		return 0;
	memcpy(c, p, 3);
	c[3] = '-';
	c[4] = '\0';
	for (q = lp; (q = g_strstr_len(q, le - q, c)) != NULL; q++)
		if (q == lp || q[-1] == ' ' || q[-1] == ';' || q[-1] == '\t')
			return 1;
	return 0;
}

/*
 * Parses one block of "Name: value" fields up to a blank line.  Lines that
 * are not fields are skipped.  *end (if not NULL) is set past the block.
 * A value and its continuation lines are read where they stand (vs to
 * ve) unless a skipped line comes between: then they are joined in val.
 */
GPtrArray *
dsn_fields_parse(const char *text, const char **end)
{
	GPtrArray *fields = g_ptr_array_new_with_free_func(field_free);
	GString *val = NULL;
	struct dsn_field *cur = NULL;
	const char *p = text, *nl, *colon, *vs = NULL, *ve = NULL;
	const char *lp = NULL;		/* the last line read into cur */

	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		if (nl == p || (nl == p + 1 && *p == '\r')) {
			p = *nl ? nl + 1 : nl;
			if (fields->len > 0 || cur != NULL)
				break;
			continue;
		}
		if (((*p == ' ' || *p == '\t') || reply_goes_on(lp, ve, p,
		    nl)) && cur != NULL) {
			if (val == NULL && p != ve + 1)
				val = g_string_new_len(vs, ve - vs);
			if (val != NULL) {
				g_string_append_c(val, '\n');
				g_string_append_len(val, p, nl - p);
			}
			ve = nl;
			lp = p;
		} else if ((colon = memchr(p, ':', nl - p)) != NULL &&
		    field_name_ok(p, colon - p)) {
			field_end(cur, &val, vs, ve);
			cur = g_malloc0(sizeof(*cur) + (colon - p) + 1);
			memcpy(cur->name, p, colon - p);
			vs = colon + 1;
			ve = nl;
			lp = p;
			g_ptr_array_add(fields, cur);
		} else {
			lp = NULL;
		}
		p = *nl ? nl + 1 : nl;
	}
	field_end(cur, &val, vs, ve);
	if (end != NULL)
		*end = p;
	return fields;
}

const char *
dsn_fields_get(GPtrArray *fields, const char *name)
{
	char first = dsn_ascii_lc(*name);
	guint i;

	/* The first letters compared before the names: most differ there. */
	for (i = 0; i < fields->len; i++) {
		struct dsn_field *f = fields->pdata[i];

		if (dsn_ascii_lc(*f->name) == first &&
		    g_ascii_strcasecmp(f->name, name) == 0)
			return dsn_field_value(f);
	}
	return NULL;
}

/*
 * What an ARF report's Feedback-Type says of the recipient it names.
 * "abuse" is the recipient's complaint (RFC 5965 7.3; RFC 6650 4: a
 * feedback loop reports a user's "this is spam"), and so is a report
 * without the field, as old feedback loops send it, and an opt-out or
 * unsubscribe request.  "auth-failure" (RFC 6591, DMARC failure reports)
 * says our mail failed SPF, DKIM or DMARC there: the sender's problem
 * (blocked), never the contact's.  "not-spam" (RFC 6430: the user took
 * the message out of the spam folder), "virus", "fraud" (a scanner's or
 * a third party's report about the message) and "other", like any type
 * RFC 5965 does not name, report no one's complaint: DSN_CAT_NONE, the
 * report names nobody.
 */
enum dsn_category
dsn_feedback_category(const char *type)
{
	static const char *const complaint[] = { "abuse", "opt-out",
		"unsubscribe", NULL };
	char *t;
	enum dsn_category cat = DSN_CAT_NONE;
	size_t i;

	if (type == NULL)
		return DSN_CAT_COMPLAINT;
	t = g_strstrip(dsn_ascii_lower(type, -1));
	if (*t == '\0')
		cat = DSN_CAT_COMPLAINT;
	for (i = 0; complaint[i] != NULL; i++)
		if (strcmp(t, complaint[i]) == 0)
			cat = DSN_CAT_COMPLAINT;
	if (strcmp(t, "auth-failure") == 0)
		cat = DSN_CAT_BLOCKED;
	g_free(t);
	return cat;
}

/* Group of re's first match in text from from on (NULL: none), or NULL. */
static char *
regex_first(GRegex *re, const char *text, const char *from, int group)
{
	GMatchInfo *mi;
	char *s = NULL;

	if (from == NULL)
		return NULL;
	if (g_regex_match_full(re, text, -1, from - text, 0, &mi, NULL))
		s = g_match_info_fetch(mi, group);
	g_match_info_free(mi);
	return s;
}

/*
 * The first 2, 4 or 5 in text followed by a dot and a digit (dot: an
 * enhanced status may start there) or by two digits (a reply code), or
 * NULL: a text without one need not be matched, which costs more than
 * looking, and a match cannot start before it (what comes before is
 * still there for the patterns' look behind).
 */
static const char *
code_may_start(const char *text, int dot)
{
	const char *p;

	for (p = text; p != NULL && (p = strpbrk(p, "245")) != NULL; p++)
		if ((dot ? p[1] == '.' : g_ascii_isdigit(p[1])) &&
		    g_ascii_isdigit(p[2]))
			return p;
	return NULL;
}

/* The first enhanced status code in text, or NULL. */
char *
dsn_status_find(const char *text)
{
	return regex_first(re_status, text, code_may_start(text, 1), 0);
}

/* The first SMTP reply code in text, or NULL. */
char *
dsn_code_find(const char *text)
{
	return regex_first(re_code, text, code_may_start(text, 0), 1);
}

/*
 * The first failure reply code (4xx or 5xx) in text, else its first reply
 * code, or NULL: a session transcript answers the commands before the
 * one refused with 250s (MDaemon: "<-- 250 2.1.0 Ok", then "<-- 554 ...").
 */
char *
dsn_code_find_failure(const char *text)
{
	const char *from = code_may_start(text, 0);
	GMatchInfo *mi;
	char *first = NULL, *c;

	if (from == NULL)
		return NULL;
	g_regex_match_full(re_code, text, -1, from - text, 0, &mi, NULL);
	for (; g_match_info_matches(mi); g_match_info_next(mi, NULL)) {
		c = g_match_info_fetch(mi, 1);
		if (c[0] == '4' || c[0] == '5') {
			g_free(first);
			first = c;
			break;
		}
		if (first == NULL)
			first = c;
		else
			g_free(c);
	}
	g_match_info_free(mi);
	return first;
}

/*
 * Whether the reply prefix at p ("550-5.1.1 ", "550 5.1.1 ", "550-")
 * carries the code `code' (three digits) and, when status is not NULL,
 * that enhanced status; sets *len to the prefix's length and *dash to
 * whether it is a continuation line's.
 */
static int
reply_prefix(const char *p, const char *code, const char *status,
    size_t *len, int *dash)
{
	size_t n = 4, sl;

	if (strncmp(p, code, 3) != 0 || (p[3] != '-' && p[3] != ' '))
		return 0;
	*dash = p[3] == '-';
	if (status != NULL) {
		sl = strlen(status);
		if (strncmp(p + 4, status, sl) != 0 ||
		    !g_ascii_isspace(p[4 + sl]))
			return 0;
		n += sl + 1;
	}
	*len = n;
	return 1;
}

/*
 * A copy of text with the prefixes of a multi-line SMTP reply taken
 * out after its first line: RFC 5321 4.2.1 gives every line the same
 * code, "550-" on all but the last, "550 " on the last (and RFC 2034's
 * enhanced status after it), so that "550-5.1.1 The email account that
 * you tried to reach does not exist. 550-5.1.1 Please try ..." reads as
 * one text, whether its lines stand on lines of their own or were joined
 * with spaces (Postfix's "said:", a folded Diagnostic-Code).  A prefix
 * counts only at the start of text or after white space, and a last
 * line's only after a continuation line.
 */
char *
dsn_reply_join(const char *text)
{
	GMatchInfo *mi;
	GString *out;
	char *code, *status = NULL;
	const char *p, *from;
	size_t len;
	int dash, open = 1, start, end;

	if (text == NULL)
		return NULL;
	/* Without a digit before a dash, re_multi cannot match. */
	for (p = strchr(text, '-'); p != NULL && (p == text ||
	    !g_ascii_isdigit(p[-1])); p = strchr(p + 1, '-'))
		;
	if (p == NULL)
		return g_strdup(text);
	if (!g_regex_match(re_multi, text, 0, &mi)) {
		g_match_info_free(mi);
		return g_strdup(text);
	}
	code = g_match_info_fetch(mi, 1);
	if (g_match_info_fetch_pos(mi, 2, &start, &end) && start >= 0)
		status = g_strndup(text + start, end - start);
	g_match_info_fetch_pos(mi, 0, &start, &end);
	g_match_info_free(mi);
	out = g_string_new_len(text, end);
	for (from = p = text + end; *p != '\0'; p++) {
		if (!g_ascii_isspace(p[-1]) || !open ||
		    !reply_prefix(p, code, status, &len, &dash))
			continue;
		g_string_append_len(out, from, p - from);
		from = p + len;
		p = from - 1;
		open = dash;
	}
	g_string_append(out, from);
	g_free(code);
	g_free(status);
	return g_string_free(out, FALSE);
}

/*
 * Whether p starts a Chinese sentence of advice to the sender: "请"
 * (please) or "建议" (we suggest), simplified or traditional, though not
 * "请求" (a request: "请求的操作未执行", RFC 5321's "Requested action not
 * taken" in Chinese).  *len is the length of the word read.
 */
static int
advice_opens(const char *p, size_t *len)
{
	if ((strncmp(p, "\xe8\xaf\xb7", 3) == 0 || /* 请 */
	    strncmp(p, "\xe8\xab\x8b", 3) == 0) && /* 請 */
	    strncmp(p + 3, "\xe6\xb1\x82", 3) != 0) { /* 求 */
		*len = 3;
		return 1;
	}
	if (strncmp(p, "\xe5\xbb\xba\xe8\xae\xae", 6) == 0 || /* 建议 */
	    strncmp(p, "\xe5\xbb\xba\xe8\xad\xb0", 6) == 0) { /* 建議 */
		*len = 6;
		return 1;
	}
	return 0;
}

/*
 * The length of the end of a Chinese sentence at p, 0 if none: 。 or ！,
 * ASCII's '!', a line's end; with clauses, also the ends of a clause
 * (；，, ASCII's ';' and ',').  Advice runs to the end of its sentence,
 * through the points it lists ("建议...确认以下信息:1.…;2.…;3.…。").
 */
static size_t
clause_ends(const char *p, int clauses)
{
	static const char *const mark[] = {
		"\xe3\x80\x82", "\xef\xbc\x81", /* 。！ */
		"\xef\xbc\x9b", "\xef\xbc\x8c", /* ；， */
	};
	size_t i;

	if (*p == '\n' || *p == '!' || (clauses && (*p == ';' || *p == ',')))
		return 1;
	for (i = 0; i < G_N_ELEMENTS(mark) - (clauses ? 0 : 2); i++)
		if (strncmp(p, mark[i], 3) == 0)
			return 3;
	return 0;
}

/* Whether the clause [p, end) says when to try again (稍后, 稍後, 重试,
 * 重試, 再试, 再試): a fact about the failure, that it passes. */
static int
advice_says_later(const char *p, const char *end)
{
	static const char *const later[] = {
		"\xe7\xa8\x8d\xe5\x90\x8e", "\xe7\xa8\x8d\xe5\xbe\x8c",
		"\xe9\x87\x8d\xe8\xaf\x95", "\xe9\x87\x8d\xe8\xa9\xa6",
		"\xe5\x86\x8d\xe8\xaf\x95", "\xe5\x86\x8d\xe8\xa9\xa6",
	};
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(later); i++)
		if (g_strstr_len(p, end - p, later[i]) != NULL)
			return 1;
	return 0;
}

/*
 * text with the Chinese sentences that advise the sender blanked out, in
 * place: a sentence or clause that opens with "请" or "建议" (please,
 * we suggest) runs to the end of its sentence (。！ or the line's
 * end).  Advice names what the sender might check ("请检查是否有用户发送
 * 病毒或者垃圾邮件", "please check whether a user sends viruses or
 * spam"), not what befell the mail: its words are no reason.  Advice
 * that says when to try again is kept: that the trouble passes is part
 * of the reason.
 */
void
dsn_advice_blank(char *text)
{
	char *p = text, *q;
	size_t n;
	int start = 1;

	/* Advice opens only at a 请, 請 or 建 (lead bytes 0xe8, 0xe5). */
	if (text == NULL || strpbrk(text, "\xe8\xe5") == NULL)
		return;
	while (*p != '\0') {
		if (start && advice_opens(p, &n)) {
			for (q = p + n; *q != '\0' && clause_ends(q, 0) == 0;
			    q++)
				;
			if (!advice_says_later(p, q))
				memset(p, ' ', q - p);
			p = q;
			continue;
		}
		if ((n = clause_ends(p, 1)) > 0) {
			p += n;
			start = 1;
		} else if (*p == ' ' || *p == '\t' ||
		    (start && strncmp(p, "\xe3\x80\x80", 3) == 0)) { /* 　 */
			p += *p == ' ' || *p == '\t' ? 1 : 3;
		} else {
			p++;
			start = 0;
		}
	}
}

/*
 * Adds start c of a frame to at[]; counts past FRAME_MAX without adding.
 * Every frame starts with an ASCII byte: a start elsewhere, perhaps
 * inside a character, is none.
 */
static void
frame_add(const char *lc, size_t *at, size_t *n, ptrdiff_t c, size_t len)
{
	if (c < 0 || (size_t)c >= len || (unsigned char)lc[c] >= 0x80)
		return;
	if (*n < FRAME_MAX)
		at[*n] = (size_t)c;
	(*n)++;
}

/* Whether c may be a byte of what \s matches (any byte beyond ASCII). */
static int
frame_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x80;
}

/* The starts of "-* ?transcript of session follows" at t. */
static void
frame_dashes(const char *lc, size_t t, size_t *at, size_t *n, size_t len)
{
	size_t j = t;

	if (j > 0 && (lc[j - 1] == ' ' || lc[j - 1] == '-'))
		frame_add(lc, at, n, (ptrdiff_t)--j, len);
	while (j > 0 && lc[j - 1] == '-')
		frame_add(lc, at, n, (ptrdiff_t)--j, len);
}

/* The start of "'\s*zurückgegeben" at z, if an apostrophe opens it. */
static void
frame_quote(const char *lc, size_t z, size_t *at, size_t *n, size_t len)
{
	size_t j = z;

	while (j > 0 && frame_space((unsigned char)lc[j - 1]))
		j--;
	if (j > 0 && lc[j - 1] == '\'')
		frame_add(lc, at, n, (ptrdiff_t)j - 1, len);
}

static int
frame_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Where in lc a frame may start, in at[] in order; returns how many
 * (more than FRAME_MAX: too many to keep), 0 when no frame's literal is
 * there.  A superset: each is tried, and a match found where it stands.
 */
static size_t
frame_starts(const char *lc, size_t *at)
{
	const struct frame_lit *f;
	const char *p;
	ptrdiff_t t;
	size_t n = 0, len = 0, i, k;
	int dashes;

	for (i = 0; i < G_N_ELEMENTS(frame_lit) && n <= FRAME_MAX; i++) {
		f = &frame_lit[i];
		if ((p = strstr(lc, f->lit)) == NULL)
			continue;
		if (len == 0)
			len = strlen(lc);
		dashes = strcmp(f->lit, "session follows") == 0;
		for (; p != NULL && n <= FRAME_MAX; p = strstr(p + 1, f->lit)) {
			for (k = 0; k < G_N_ELEMENTS(f->off) &&
			    f->off[k] != FRAME_NONE; k++)
				frame_add(lc, at, &n, p - lc + f->off[k], len);
			t = p - lc + BEFORE("transcript of ");
			if (dashes && t > 0)
				frame_dashes(lc, (size_t)t, at, &n, len);
		}
	}
	if (len == 0)
		return 0;
	for (p = strstr(lc, FRAME_ZURUECK); p != NULL && n <= FRAME_MAX;
	    p = strstr(p + 1, FRAME_ZURUECK))
		frame_quote(lc, (size_t)(p - lc), at, &n, len);
	if (n <= FRAME_MAX)
		qsort(at, n, sizeof(*at), frame_cmp);
	return n;
}

/* Blanks every frame in lc, searching the whole text. */
static void
frame_blank_all(char *lc)
{
	GMatchInfo *mi;
	int start, end;

	g_regex_match(re_frame, lc, 0, &mi);
	while (g_match_info_matches(mi)) {
		if (g_match_info_fetch_pos(mi, 0, &start, &end))
			memset(lc + start, ' ', end - start);
		g_match_info_next(mi, NULL);
	}
	g_match_info_free(mi);
}

/*
 * The same where a frame may start (at[], n in order): each tried in
 * turn from where the last frame ended, the first match at each kept,
 * as the search of the whole text finds them.
 */
static void
frame_blank_at(char *lc, const size_t *at, size_t n)
{
	GMatchInfo *mi;
	size_t len = strlen(lc), pos = 0, i;
	int start, end;

	for (i = 0; i < n; i++) {
		if (at[i] < pos || (i > 0 && at[i] == at[i - 1]))
			continue;
		if (g_regex_match_full(re_frame_at, lc, (gssize)len,
		    (gint)at[i], 0, &mi, NULL) &&
		    g_match_info_fetch_pos(mi, 0, &start, &end)) {
			memset(lc + start, ' ', end - start);
			pos = (size_t)end;
		}
		g_match_info_free(mi);
	}
}

/*
 * Blanks, in place, the words of the frame a reporting MTA puts around
 * a remote reply to name the command it answered ("after rcpt
 * to:<c@d>", "in reply to rcpt to command", qmail's "does not like
 * recipient"), or that introduce the reply (Exchange's "Remote Server
 * returned", Sendmail's transcript): they say which step was refused
 * and where the reply came from, not why, and must not read as the
 * recipient, the session or the administrator the reason speaks of.
 */
void
dsn_frame_blank(char *lc)
{
	size_t at[FRAME_MAX], n;

	if (lc == NULL)
		return;
	n = frame_starts(lc, at);
	if (n == 0)
		return;
	if (n > FRAME_MAX)
		frame_blank_all(lc);
	else
		frame_blank_at(lc, at, n);
}

/*
 * A copy of the lower-cased lc without the sender's own MAIL FROM and
 * RCPT TO commands a session transcript echoes: they are what was sent,
 * not why it was refused ("mail from" would read as a sender's problem).
 */
char *
dsn_transcript_unecho(const char *lc)
{
	if (lc == NULL || (strstr(lc, "-->") == NULL &&
	    strstr(lc, ">>>") == NULL && strstr(lc, "<<<") == NULL))
		return g_strdup(lc);
	return g_regex_replace_literal(re_echo, lc, -1, 0, "", 0, NULL);
}

/*
 * Whether c quotes or lists an address: what g_strdelimit(a, "<>\"()[],",
 * ' ') replaces, tested without a strchr() per byte.
 */
static int
addr_quote(char c)
{
	switch (c) {
	case '<': case '>': case '"': case '(': case ')': case '[': case ']':
	case ',':
		return 1;
	default:
		return 0;
	}
}

/*
 * Cleans an address as found in a field or text: strips "rfc822;",
 * angle brackets, quotes and trailing dots; lower-cases the domain.
 * Returns NULL when what is left is no address.
 */
char *
dsn_addr_clean(const char *raw)
{
	const char *p = raw, *semi;
	char *a, *at, *s, *lt;

	if (raw == NULL)
		return NULL;
	semi = strchr(p, ';');
	if (semi != NULL && semi - p < 12)
		p = semi + 1;
	a = g_strstrip(g_strdup(p));
	if ((lt = strrchr(a, '<')) != NULL && strchr(lt, '>') != NULL) {
		s = g_strndup(lt + 1, strchr(lt, '>') - lt - 1);
		g_free(a);
		a = g_strstrip(s);
	}
	/* An apostrophe is legal inside a local part (o'brien@): only
	 * quotes around the address go. */
	for (s = a; *s != '\0'; s++)
		if (addr_quote(*s))
			*s = ' ';
	g_strstrip(a);
	/* Exchange and X.400 write "SMTP=user@host" or "rfc822=...". */
	if ((s = strchr(a, '=')) != NULL && s < strrchr(a, '@') &&
	    (g_ascii_strncasecmp(a, "smtp=", 5) == 0 ||
	    g_ascii_strncasecmp(a, "rfc822=", 7) == 0)) {
		s = g_strdup(s + 1);
		g_free(a);
		a = s;
	}
	if ((s = strchr(a, ' ')) != NULL)
		*s = '\0';
	while (a[0] == '\'')
		memmove(a, a + 1, strlen(a));
	while (*a != '\0' && a[strlen(a) - 1] == '\'')
		a[strlen(a) - 1] = '\0';
	/* A list's separator or a sentence's stop after the domain
	 * ("u@host;", "u@host."): neither belongs to a domain. */
	while (*a != '\0' && strchr(".;:", a[strlen(a) - 1]) != NULL)
		a[strlen(a) - 1] = '\0';
	at = strrchr(a, '@');
	if (!dsn_addr_valid(a)) {
		g_free(a);
		return NULL;
	}
	for (s = at; *s != '\0'; s++)
		*s = dsn_ascii_lc(*s);
	return a;
}

int
dsn_addr_valid(const char *addr)
{
	const char *at = strrchr(addr, '@');

	return at != NULL && at != addr && at[1] != '\0' &&
	    strchr(at, '.') != NULL && strlen(addr) < 320;
}

/*
 * Squeezes white space, writes typographic apostrophes as ASCII ones
 * ("wasn’t found" is "wasn't found") and caps the length on a UTF-8
 * boundary.  Reads no more of text than the result needs.
 */
char *
dsn_text_squeeze(const char *text, size_t max)
{
	GString *s = unfold(text, NULL, max + 4, 1);
	const char *end;

	if (s->len > max) {
		end = g_utf8_find_prev_char(s->str, s->str + max);
		g_string_truncate(s, end ? (gsize)(end - s->str) : 0);
	}
	return g_string_free(s, FALSE);
}

/*
 * A copy of len bytes of s (all of it when len < 0) with its ASCII
 * letters lower-cased: g_ascii_strdown()'s result, eight bytes at a time.
 * In each byte of a word, the high bit of (b & 0x7f) + 0x3f is set from
 * 'A' on, that of (b & 0x7f) + 0x25 past 'Z'; a byte with its own high
 * bit set is no ASCII letter.
 */
#define LOW7	0x7f7f7f7f7f7f7f7full
#define HIGH	0x8080808080808080ull

char *
dsn_ascii_lower(const char *s, gssize len)
{
	size_t n, i;
	uint64_t w, b, upper;
	char *lc;

	if (s == NULL)
		return NULL;
	/* Copied and lower-cased in one pass, up to a NUL as g_strndup. */
	n = len < 0 ? strlen(s) : strnlen(s, (size_t)len);
	lc = g_malloc(n + 1);
	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		b = w & LOW7;
		upper = ((b + 0x3f3f3f3f3f3f3f3full) ^ (b + 0x2525252525252525ull))
		    & ~w & HIGH;
		w ^= upper >> 2;
		memcpy(lc + i, &w, 8);
	}
	for (; i < n; i++)
		lc[i] = (unsigned)((unsigned char)s[i] - 'A') < 26u ?
		    s[i] + ('a' - 'A') : s[i];
	lc[n] = '\0';
	return lc;
}

/*
 * Whether g_utf8_strdown() lower-cases as in most locales: not as in
 * Turkish, Azeri and Lithuanian, whose special cases (a dotless i, a
 * dot kept above an accented i) depend on the characters around.  GLib
 * tells them apart by the LC_CTYPE locale's name, as here.
 */
static int
lower_locale_plain(void)
{
	const char *l = setlocale(LC_CTYPE, NULL);

	return l == NULL || !(strncmp(l, "az", 2) == 0 ||
	    strncmp(l, "lt", 2) == 0 || strncmp(l, "tr", 2) == 0);
}

/*
 * Appends the lower case of the character at p (not ASCII, valid UTF-8,
 * the text ending at e) as g_utf8_strdown() writes it in such a locale;
 * returns where the next one starts.  Most such characters (Chinese,
 * accented small letters) have no case and are copied: only a capital or
 * title-case letter is looked up, and a capital sigma is final unless a
 * letter follows.
 */
static const char *
lower_wide(GString *out, const char *p, const char *e)
{
	const char *next = g_utf8_next_char(p);
	gunichar c = g_utf8_get_char(p);
	GUnicodeType t;
	char *lc;

	if (c == 0x3a3) {
		t = next < e ? g_unichar_type(g_utf8_get_char(next)) :
		    G_UNICODE_UNASSIGNED;
		g_string_append_unichar(out, t == G_UNICODE_UPPERCASE_LETTER ||
		    t == G_UNICODE_LOWERCASE_LETTER ||
		    t == G_UNICODE_TITLECASE_LETTER ||
		    t == G_UNICODE_MODIFIER_LETTER ||
		    t == G_UNICODE_OTHER_LETTER ? 0x3c3 : 0x3c2);
		return next;
	}
	t = g_unichar_type(c);
	if (t != G_UNICODE_UPPERCASE_LETTER &&
	    t != G_UNICODE_TITLECASE_LETTER) {
		g_string_append_len(out, p, next - p);
		return next;
	}
	lc = g_utf8_strdown(p, next - p);
	g_string_append(out, lc);
	g_free(lc);
	return next;
}

/*
 * Lower-cases len bytes of s (all of it when len < 0).  ASCII text, most
 * of what bounces say, takes the ASCII path: the same result as
 * g_utf8_strdown's, at a fraction of its cost, and no locale's special
 * cases (a Turkish dotless i).  Other valid UTF-8 takes it for its ASCII
 * runs; its other characters are lower-cased as g_utf8_strdown does, one
 * at a time (lower_wide()) where the locale's case rules look at no
 * neighbour, else each run of them with the character after it, which
 * tells whether a sigma ends a word.
 */
char *
dsn_lower(const char *s, gssize len)
{
	const char *p, *q, *e;
	GString *out;
	char *seg;
	gsize at;
	int plain;

	if (len < 0)
		len = (gssize)strlen(s);
	e = s + len;
	for (p = s; e - p >= 8; p += 8) {
		uint64_t w;

		memcpy(&w, p, 8);
		if ((w & HIGH) != 0)
			break;
	}
	for (; p < e && (unsigned char)*p < 0x80; p++)
		;
	if (p == e)
		return dsn_ascii_lower(s, len);
	if (!g_utf8_validate_len(s, len, NULL))
		return g_utf8_strdown(s, len);
	plain = lower_locale_plain();
	out = g_string_sized_new(len + len / 4);
	for (p = s; p < e;) {
		for (q = p; q < e && (unsigned char)*q < 0x80; q++)
			;
		at = out->len;
		g_string_append_len(out, p, q - p);
		for (; at < out->len; at++)
			out->str[at] = dsn_ascii_lc(out->str[at]);
		if (plain) {
			for (p = q; p < e && (unsigned char)*p >= 0x80;)
				p = lower_wide(out, p, e);
			continue;
		}
		for (p = q; p < e && (unsigned char)*p >= 0x80; p++)
			;
		if (p < e)
			p++;
		if (p > q) {
			seg = g_utf8_strdown(q, p - q);
			g_string_append(out, seg);
			g_free(seg);
		}
	}
	return g_string_free(out, FALSE);
}
