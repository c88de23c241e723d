/*
 * imap_scan: the FETCH of the client-side search, read one response at a
 * time.  `UID FETCH n:* (BODY.PEEK[HEADER.FIELDS (...)])` over a large
 * folder is one command: libetpan would hold the whole answer (about
 * 1.5 KB a message once parsed), and many smaller commands give Dovecot a
 * chance to rescan the folder between them.  Each response is read whole
 * (its line and the literals it announces) into one buffer, parsed here
 * and handed to the caller; only this command's responses are read here,
 * through libetpan's stream (its timeout applies), everything else goes
 * through libetpan.
 *
 * Must not interpret the fields: imap_filter_match() does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "imap_int.h"

/* One response's literals beyond this are dropped (the message is read). */
#define IMAP_SCAN_LITERAL_MAX	(1024 * 1024)
#define IMAP_SCAN_WHAT		"UID FETCH (BODY.PEEK[HEADER.FIELDS])"
/* What one response of the scan may take beyond IMAP_REPLY_MAX. */
#define IMAP_SCAN_RESPONSE_EXTRA	(64u * 1024 * 1024)

static int
imap_ci_prefix(const char *p, const char *end, const char *word)
{
	size_t n = strlen(word);

	return (size_t)(end - p) >= n && g_ascii_strncasecmp(p, word, n) == 0;
}

/* A number at *p (advanced); -1 if none or over 32 bits. */
static int64_t
imap_number(const char **p, const char *end)
{
	int64_t v = 0;
	const char *s = *p;

	for (; s < end && *s >= '0' && *s <= '9'; s++)
		if ((v = v * 10 + (*s - '0')) > UINT32_MAX)
			return -1;
	if (s == *p)
		return -1;
	*p = s;
	return v;
}

/*
 * Skips one value at *p: a number, atom or NIL, a quoted string, a
 * literal or a parenthesised list of those.  On a quoted string or
 * literal, *data and *len give its content (a quoted string's escapes
 * left in: header fields arrive as literals).  -1 if malformed.
 */
static int
imap_value(const char **p, const char *end, const char **data, size_t *len)
{
	const char *s = *p;
	int64_t n;
	int depth = 0;

	*data = NULL;
	*len = 0;
	do {
		if (s >= end)
			return -1;
		if (*s == '(') {
			depth++;
			s++;
		} else if (*s == ')') {
			if (depth-- == 0)
				return -1;
			s++;
		} else if (*s == '"') {
			for (*data = ++s; s < end && *s != '"'; s++)
				if (*s == '\\' && ++s >= end)
					return -1;
			if (s >= end)
				return -1;
			*len = (size_t)(s++ - *data);
		} else if (*s == '{') {
			s++;
			if ((n = imap_number(&s, end)) < 0)
				return -1;
			if (s < end && *s == '+')
				s++;
			/* "}\r\n"; a bare "\n" passes, as with libetpan. */
			if (end - s >= 3 && memcmp(s, "}\r\n", 3) == 0)
				s += 3;
			else if (end - s >= 2 && memcmp(s, "}\n", 2) == 0)
				s += 2;
			else
				return -1;
			if (end - s < n)
				return -1;
			*data = s;
			*len = (size_t)n;
			s += n;
		} else if (*s == ' ') {
			s++;
		} else {
			while (s < end && *s != ' ' && *s != '(' &&
			    *s != ')' && *s != '"' && *s != '{')
				s++;
		}
	} while (depth > 0);
	*p = s;
	return 0;
}

/* An item name: an atom, a [section] and a <partial> included. */
static int
imap_item_name(const char **p, const char *end)
{
	const char *s = *p;

	while (s < end && *s != ' ' && *s != '[' && *s != '(' && *s != ')')
		s++;
	if (s < end && *s == '[') {
		while (s < end && *s != ']')
			s++;
		if (s++ >= end)
			return -1;
		if (s < end && *s == '<') {
			while (s < end && *s != '>')
				s++;
			if (s++ >= end)
				return -1;
		}
	}
	if (s == *p)
		return -1;
	*p = s;
	return 0;
}

/*
 * The attributes of a FETCH response, from after "FETCH (": its UID and
 * header fields.  -1 if malformed.
 */
static int
imap_fetch_atts(const char *s, const char *end, struct imap_scan_item *it)
{
	const char *name, *data;
	size_t len;
	int64_t n;

	while (s < end && *s != ')') {
		name = s;
		if (imap_item_name(&s, end) < 0 || s >= end || *s++ != ' ')
			return -1;
		if (imap_ci_prefix(name, s, "UID ")) {
			if ((n = imap_number(&s, end)) <= 0)
				return -1;
			it->uid = (uint32_t)n;
		} else if (imap_value(&s, end, &data, &len) < 0) {
			return -1;
		} else if (imap_ci_prefix(name, s, "BODY[HEADER.FIELDS")) {
			it->data = data;	/* NULL for NIL: read it */
			it->len = len;
		}
		if (s < end && *s == ' ')
			s++;
	}
	return s < end ? 0 : -1;
}

enum imap_scan_kind
imap_scan_parse(const char *resp, size_t len, const char *tag,
    struct imap_scan_item *it)
{
	const char *s = resp, *end = resp + len;
	size_t tlen = strlen(tag);

	memset(it, 0, sizeof(*it));
	while (end > s && (end[-1] == '\n' || end[-1] == '\r'))
		end--;
	if ((size_t)(end - s) > tlen && memcmp(s, tag, tlen) == 0 &&
	    s[tlen] == ' ') {
		s += tlen + 1;
		it->text = s;
		it->tlen = (size_t)(end - s);
		return imap_ci_prefix(s, end, "OK") ? IMAP_SCAN_DONE :
		    IMAP_SCAN_FAILED;
	}
	if (!imap_ci_prefix(s, end, "* "))
		return IMAP_SCAN_BAD;
	s += 2;
	if (imap_ci_prefix(s, end, "BYE")) {
		it->text = s;
		it->tlen = (size_t)(end - s);
		return IMAP_SCAN_BYE;
	}
	if (imap_number(&s, end) < 0 || !imap_ci_prefix(s, end, " FETCH ("))
		return IMAP_SCAN_OTHER;	/* EXISTS, EXPUNGE, OK ... */
	if (imap_fetch_atts(s + 8, end, it) < 0)
		return IMAP_SCAN_BAD;
	return IMAP_SCAN_FETCH;
}

/*
 * The length of the literal announced at the end of the line that starts
 * at line (buf ends with it, "\r\n" included), and where its "{" is;
 * -1 when the line announces none, -2 when its size is no number
 * (over 2^32 - 1).
 */
static int64_t
imap_literal_at(const MMAPString *buf, size_t line, size_t *brace)
{
	const char *s = buf->str + line, *end = buf->str + buf->len, *close, *p;
	int64_t n;

	/* "}\r\n"; a bare "\n" passes, as with libetpan. */
	if (end - s >= 3 && memcmp(end - 3, "}\r\n", 3) == 0)
		close = end - 3;
	else if (end - s >= 2 && memcmp(end - 2, "}\n", 2) == 0)
		close = end - 2;
	else
		return -1;
	for (p = close - 1; p > s && *p >= '0' && *p <= '9'; p--)
		;
	if (*p != '{')
		return -1;
	*brace = (size_t)(p - buf->str);
	if (++p == close)
		return -1;
	/* Only digits lie between: a failure is a number too large. */
	n = imap_number(&p, close);
	return n >= 0 ? n : -2;
}

/* Reads n bytes into buf, or (keep 0) reads and drops them. */
static int
imap_literal_read(mailstream *st, MMAPString *buf, size_t n, int keep)
{
	char chunk[8192];
	ssize_t r;

	for (; n > 0; n -= (size_t)r) {
		r = mailstream_read(st, chunk, n < sizeof(chunk) ? n :
		    sizeof(chunk));
		if (r <= 0)
			return -1;
		if (keep && mmap_string_append_len(buf, chunk, (size_t)r) ==
		    NULL)
			return -1;
	}
	return 0;
}

/* "* <number> FETCH": the only response read here that holds literals. */
static int
imap_is_fetch(const MMAPString *buf)
{
	const char *s = buf->str + 2, *end = buf->str + buf->len;

	return imap_ci_prefix(buf->str, end, "* ") &&
	    imap_number(&s, end) >= 0 && imap_ci_prefix(s, end, " FETCH ");
}

/*
 * Reads one response into buf: its line and, for a FETCH, every literal
 * it announces with the line that follows.  Literals beyond
 * IMAP_SCAN_LITERAL_MAX in all are read and dropped: *dropped is set and
 * "{0}" takes their place.  -1 if the connection failed or a literal's
 * size is no number.
 */
static int
imap_resp_read(mailstream *st, MMAPString *buf, int *dropped)
{
	size_t line, brace, total = 0;
	int64_t n;

	mmap_string_truncate(buf, 0);
	*dropped = 0;
	for (;;) {
		line = buf->len;
		if (mailstream_read_line_append(st, buf) == NULL ||
		    buf->len == line || buf->str[buf->len - 1] != '\n')
			return -1;
		if (!imap_is_fetch(buf) ||
		    (n = imap_literal_at(buf, line, &brace)) == -1)
			return 0;
		if (n < 0)
			return -1;
		if (total + (size_t)n > IMAP_SCAN_LITERAL_MAX) {
			*dropped = 1;
			mmap_string_truncate(buf, brace);
			if (mmap_string_append(buf, "{0}\r\n") == NULL ||
			    imap_literal_read(st, buf, (size_t)n, 0) < 0)
				return -1;
			continue;
		}
		total += (size_t)n;
		if (imap_literal_read(st, buf, (size_t)n, 1) < 0)
			return -1;
	}
}

static enum imap_status
imap_scan_send(struct imap_session *s, const char *tag, uint32_t first,
    uint32_t last, const char *names, struct err *err)
{
	char cmd[512], end[16] = "*";
	int n;

	if (last != 0)
		snprintf(end, sizeof(end), "%u", last);
	n = snprintf(cmd, sizeof(cmd), "%s UID FETCH %u:%s (BODY.PEEK["
	    "HEADER.FIELDS (%s)])\r\n", tag, first, end, names);
	if (n < 0 || (size_t)n >= sizeof(cmd) ||
	    mailstream_write(s->imap->imap_stream, cmd, (size_t)n) != n ||
	    mailstream_flush(s->imap->imap_stream) < 0)
		return imap_fail(s, MAILIMAP_ERROR_STREAM, err,
		    IMAP_SCAN_WHAT);
	return IMAP_OK;
}

/* One response of the scan: 1 when more follow, else 0 and *rc. */
static int
imap_scan_handle(struct imap_session *s, const MMAPString *buf,
    int dropped, const char *tag, imap_scan_fn *fn, void *ctx,
    enum imap_status *rc, struct err *err)
{
	struct imap_scan_item it;
	int tlen;

	switch (imap_scan_parse(buf->str, buf->len, tag, &it)) {
	case IMAP_SCAN_FETCH:
		if (dropped)
			it.data = NULL;
		if (it.uid == 0 || fn(ctx, &it) == 0)
			return 1;
		err_set(err, "%s: the scan was stopped", IMAP_SCAN_WHAT);
		*rc = IMAP_ERR_PROTOCOL;
		return 0;
	case IMAP_SCAN_OTHER:
		return 1;
	case IMAP_SCAN_DONE:
		*rc = IMAP_OK;
		return 0;
	case IMAP_SCAN_FAILED:
		tlen = (int)(it.tlen < 160 ? it.tlen : 160);
		err_set(err, "%s: '%s' said: %.*s", IMAP_SCAN_WHAT, s->where,
		    tlen, it.text);
		*rc = IMAP_ERR_PROTOCOL;
		return 0;
	case IMAP_SCAN_BYE:
		tlen = (int)(it.tlen < 160 ? it.tlen : 160);
		err_set(err, "%s: '%s' closed the connection: %.*s",
		    IMAP_SCAN_WHAT, s->where, tlen, it.text);
		s->dead = 1;
		*rc = IMAP_ERR_NETWORK;
		return 0;
	default:
		*rc = imap_fail(s, MAILIMAP_ERROR_PARSE, err, IMAP_SCAN_WHAT);
		return 0;
	}
}

enum imap_status
imap_scan_fetch(struct imap_session *s, uint32_t first, uint32_t last,
    const char *names, imap_scan_fn *fn, void *ctx, struct err *err)
{
	enum imap_status rc;
	MMAPString *buf;
	char tag[32];
	int dropped;

	/* Per session: two sessions may scan at once, on two threads. */
	snprintf(tag, sizeof(tag), "bhscan%u", ++s->scans);
	buf = imap_must(mmap_string_new(""));
	if ((rc = imap_scan_send(s, tag, first, last, names, err)) != IMAP_OK)
		goto out;
	do {
		/*
		 * The transport's reply limit counts each response of the
		 * scan on its own (the whole answer, one response a message,
		 * is read as it arrives, never held): a response may take
		 * IMAP_REPLY_MAX, plus a header literal up to the largest
		 * message read, whose excess is skipped.
		 */
		s->io.got = 0;
		s->io.limit = IMAP_REPLY_MAX + IMAP_SCAN_RESPONSE_EXTRA;
		/* Sections (HEADER.FIELDS) are read here, not by libetpan. */
		s->io.raw = 1;
		if (imap_resp_read(s->imap->imap_stream, buf, &dropped) < 0) {
			rc = imap_fail(s, MAILIMAP_ERROR_STREAM, err,
			    IMAP_SCAN_WHAT);
			break;
		}
	} while (imap_scan_handle(s, buf, dropped, tag, fn, ctx, &rc, err));
out:
	s->io.limit = IMAP_REPLY_MAX;
	/*
	 * What the server sent past the scan's end was read with it, unchecked;
	 * libetpan parses it next (fuzz_imap found a section it leaks on).
	 */
	if (imap_stream_unraw(&s->io, s->imap->imap_stream->read_buffer,
	    s->imap->imap_stream->read_buffer_len) < 0) {
		if (rc == IMAP_OK)
			rc = imap_fail(s, MAILIMAP_ERROR_PARSE, err,
			    IMAP_SCAN_WHAT);
		s->dead = 1;
	}
	mmap_string_free(buf);
	return rc;
}
