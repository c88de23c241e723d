/*
 * dsn_mime: the only file that sees GMime objects.  Parses the message,
 * walks its MIME tree (depth-limited) and returns plain UTF-8 text: the
 * delivery-status and feedback-report bodies, the human-readable text
 * outside any returned message, and the returned message's headers.
 */
#include <stdarg.h>
#include <string.h>

#include <gmime/gmime.h>

#include "dsn_int.h"
#include "text.h"

void
dsn_explain(GPtrArray *explain, const char *fmt, ...)
{
	va_list ap;

	if (explain == NULL)
		return;
	va_start(ap, fmt);
	g_ptr_array_add(explain, g_strdup_vprintf(fmt, ap));
	va_end(ap);
}

/*
 * CRLF and bare CR become LF in a new buffer.  Text that has no CR is not
 * copied: the array returned points at data (and must be released with
 * mime_release, which knows not to free it), so that a large message is
 * held once, not twice.
 */
static GByteArray *
mime_normalize(const char *data, size_t len, int *borrowed)
{
	GByteArray *b;
	size_t i, start = 0;

	*borrowed = memchr(data, '\r', len) == NULL && len <= G_MAXUINT;
	if (*borrowed) {
		b = g_byte_array_new();
		b->data = (guint8 *)data;	/* read only: see mime_release */
		b->len = (guint)len;
		return b;
	}
	b = g_byte_array_sized_new(len + 1);

	for (i = 0; i < len; i++) {
		if (data[i] != '\r')
			continue;
		g_byte_array_append(b, (const guint8 *)data + start, i - start);
		g_byte_array_append(b, (const guint8 *)"\n", 1);
		if (i + 1 < len && data[i + 1] == '\n')
			i++;
		start = i + 1;
	}
	g_byte_array_append(b, (const guint8 *)data + start, len - start);
	return b;
}

static void
mime_release(GByteArray *b, int borrowed)
{
	if (borrowed) {
		b->data = NULL;
		b->len = 0;
	}
	g_byte_array_free(b, TRUE);
}

/*
 * Refuses what is not a mail message before GMime sees it: no header
 * field on the first line, a NUL byte or an over-long line among the
 * headers.  Returns NULL or why.
 */
static const char *
mime_check_head(const GByteArray *b)
{
	const char *p = (const char *)b->data, *end = p + b->len, *nl;
	const char *colon, *start;

	if (b->len == 0)
		return "empty message";
	if (b->len > 5 && memcmp(p, "From ", 5) == 0 &&
	    (nl = memchr(p, '\n', b->len)) != NULL)
		p = nl + 1;
	nl = memchr(p, '\n', end - p);
	colon = memchr(p, ':', (nl ? nl : end) - p);
	if (colon == NULL || colon == p || memchr(p, ' ', colon - p) != NULL)
		return "no mail header at the start";
	for (start = p; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		if (nl == NULL)
			nl = end;
		if (nl == p)
			break;		/* end of the header */
		if (memchr(p, '\0', nl - p) != NULL)
			return "NUL byte in the header";
		if (nl - p > DSN_MAX_HEADER_LINE)
			return "header line longer than 64 KiB";
		/* GMime grows its header buffer step by step: bound it. */
		if (nl - start > DSN_MAX_HEADER)
			return "header larger than 256 KiB";
	}
	return NULL;
}

/*
 * Whether more than DSN_MAX_PARTS lines start with "Content-Type:" (a
 * bound on MIME parts).  Each such line takes its name and a line end,
 * 14 bytes: a shorter message cannot hold that many and is not read.
 */
static int
mime_too_many_parts(const GByteArray *b)
{
	const char *data = (const char *)b->data, *end = data + b->len;
	const char *c, *l;
	size_t n = 0;

	if (b->len < 14 * (DSN_MAX_PARTS + 1))
		return 0;
	/*
	 * From colon to colon rather than line to line: most lines have
	 * none (a base64 body), and such a line's first is its 13th byte.
	 */
	for (c = data + 12; c < end && (c = memchr(c, ':', end - c)) != NULL;
	    c++) {
		l = c - 12;
		if ((l == data || l[-1] == '\n') && end - l > 13 &&
		    g_ascii_strncasecmp(l, "content-type", 12) == 0 &&
		    ++n > DSN_MAX_PARTS)
			return 1;
	}
	return 0;
}

static int is_type(GMimeContentType *ct, const char *type, const char *sub);

static void
mime_converter_close(gpointer cd)
{
	g_iconv_close((GIConv)cd);
}

/* Maps charset names iconv knows poorly to their supersets. */
static const char *
mime_charset_fix(const char *cs)
{
	static const char *const map[][2] = {
		{ "gb2312", "GB18030" }, { "gbk", "GB18030" },
		{ "x-gbk", "GB18030" }, { "cp936", "GB18030" },
		{ "gb-2312", "GB18030" }, { "gb_2312-80", "GB18030" },
		{ "euc-cn", "GB18030" }, { "x-euc-cn", "GB18030" },
		{ "csgb2312", "GB18030" }, { "chinese", "GB18030" },
		{ "windows-936", "GB18030" }, { "ms936", "GB18030" },
		{ "big5", "BIG5-HKSCS" }, { "x-big5", "BIG5-HKSCS" },
		{ "x-x-big5", "BIG5-HKSCS" }, { "csbig5", "BIG5-HKSCS" },
		{ "big-5", "BIG5-HKSCS" }, { "big5-eten", "BIG5-HKSCS" },
		{ "ms950", "CP950" }, { "windows-950", "CP950" },
		{ "x-cp950", "CP950" }, { "shift_jis", "CP932" },
		{ "sjis", "CP932" }, { "x-sjis", "CP932" },
		{ "ks_c_5601-1987", "CP949" }, { "euc-kr", "CP949" },
		{ "iso-8859-1", "WINDOWS-1252" }, { "us-ascii", "WINDOWS-1252" },
		{ "ascii", "WINDOWS-1252" }, { "iso-2022-jp", "ISO-2022-JP-2" },
	};
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(map); i++)
		if (g_ascii_strcasecmp(cs, map[i][0]) == 0)
			return map[i][1];
	return cs;
}

/*
 * The converters to UTF-8 opened so far, by charset name: they stay open
 * for the life of the reader.  g_convert() opens and closes one for each
 * text, and glibc loads and unloads the charset's module each time the
 * last converter of that charset is closed.  At most one a charset name
 * iconv knows: a name it does not know opens nothing and is not kept.
 */
static GHashTable *mime_converters;

/*
 * data converted from charset to UTF-8, as g_convert() does it, through
 * a converter kept in mime_converters; NULL where g_convert() gives NULL.
 */
static char *
mime_convert(const char *data, gsize len, const char *charset)
{
	GIConv cd;
	gpointer found;

	if (mime_converters == NULL)
		mime_converters = g_hash_table_new_full(g_str_hash,
		    g_str_equal, g_free, mime_converter_close);
	if (g_hash_table_lookup_extended(mime_converters, charset, NULL,
	    &found))
		cd = (GIConv)found;
	else {
		if ((cd = g_iconv_open("UTF-8", charset)) == (GIConv)-1)
			return NULL;
		g_hash_table_insert(mime_converters, g_strdup(charset), cd);
	}
	/* A text that failed half-way leaves the converter mid-shift. */
	g_iconv(cd, NULL, NULL, NULL, NULL);
	return g_convert_with_iconv(data, (gssize)len, cd, NULL, NULL, NULL);
}

/* Bytes to UTF-8, trying the declared charset, then likely ones. */
static char *
mime_to_utf8(const char *data, gsize len, const char *charset)
{
	char *out;

	if (len == 0)
		return g_strdup("");
	/* ISO-2022-JP is 7-bit: valid UTF-8 that must still be decoded. */
	if (memchr(data, 0x1b, len) != NULL &&
	    (out = mime_convert(data, len, "ISO-2022-JP-2")) != NULL)
		return out;
	if (text_utf8_bad(data, len) == NULL)
		return g_strndup(data, len);
	if (charset != NULL) {
		out = mime_convert(data, len, mime_charset_fix(charset));
		if (out != NULL)
			return out;
	}
	return g_utf8_make_valid(data, len);
}

/*
 * The charset an HTML page names in its <meta> ("charset=gb2312"), looked
 * for in its first 2 KiB, or NULL.  Only asked when the part's header
 * names none.
 */
static char *
mime_html_charset(const char *data, gsize len)
{
	char *head, *p, *cs = NULL;
	size_t n;

	if (data == NULL || len == 0)
		return NULL;
	head = dsn_ascii_lower(data, MIN(len, 2048));
	if ((p = strstr(head, "charset=")) != NULL) {
		p += 8;
		p += strspn(p, "\"' ");
		n = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789-_:.");
		if (n > 0 && n < 40)
			cs = g_strndup(p, n);
	}
	g_free(head);
	return cs;
}

/*
 * CRLF and bare CR become LF in place, and the spaces and tabs that end
 * a line are dropped: a part's decoded content keeps the line ends its
 * writer used (base64 and quoted-printable carry CRLF, old Macintosh
 * programs wrote CR), where the rest of the message was normalized before
 * parsing; and a line of spaces is a blank line to the reader, as a
 * gateway that pads lines means it.
 */
static void
mime_text_lf(char *s)
{
	char *r = s, *w = s, c;
	size_t n;

	for (;;) {
		/* A line's run is moved at once, not byte by byte. */
		n = strcspn(r, "\r\n");
		if (w != r)
			memmove(w, r, n);
		w += n;
		r += n;
		while (w > s && (w[-1] == ' ' || w[-1] == '\t'))
			w--;
		if ((c = *r) == '\0')
			break;
		/* w may be r: c was read before the write. */
		*w++ = '\n';
		r += c == '\r' && r[1] == '\n' ? 2 : 1;
	}
	*w = '\0';
}

/*
 * The bytes of a part's content, transfer encoding undone.  A content in
 * memory that has no encoding to undo is read where it lies: the bytes
 * g_mime_data_wrapper_write_to_stream() would copy out (GMime 3.2's
 * gmime-data-wrapper.c writes such a stream as it is, from its start to
 * its end).  Any other is decoded into *copy, which the caller unrefs if
 * it is not NULL.
 */
static const char *
mime_content_bytes(GMimeDataWrapper *w, gsize *len, GMimeStream **copy)
{
	GMimeStream *st = w->stream;
	GByteArray *ba;
	gint64 end;

	*copy = NULL;
	if (w->encoding != GMIME_CONTENT_ENCODING_BASE64 &&
	    w->encoding != GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE &&
	    w->encoding != GMIME_CONTENT_ENCODING_UUENCODE &&
	    G_OBJECT_TYPE(w) == GMIME_TYPE_DATA_WRAPPER && st != NULL &&
	    G_OBJECT_TYPE(st) == GMIME_TYPE_STREAM_MEM &&
	    (ba = GMIME_STREAM_MEM(st)->buffer) != NULL &&
	    st->bound_start >= 0 && st->bound_start <= (gint64)ba->len) {
		end = st->bound_end != -1 ? st->bound_end : (gint64)ba->len;
		end = MIN(end, (gint64)ba->len);
		*len = end > st->bound_start ? (gsize)(end - st->bound_start) :
		    0;
		return *len > 0 ? (const char *)ba->data + st->bound_start :
		    "";
	}
	*copy = g_mime_stream_mem_new();
	g_mime_data_wrapper_write_to_stream(w, *copy);
	ba = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(*copy));
	*len = ba->len;
	return (const char *)ba->data;
}

/* The decoded content of a leaf part as UTF-8 (never NULL). */
static char *
mime_part_text(GMimePart *part)
{
	GMimeDataWrapper *w = g_mime_part_get_content(part);
	GMimeStream *copy;
	const char *cs, *data;
	char *s, *sniffed;
	gsize len;

	if (w == NULL)
		return g_strdup("");
	data = mime_content_bytes(w, &len, &copy);
	cs = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part),
	    "charset");
	sniffed = cs == NULL && is_type(g_mime_object_get_content_type(
	    GMIME_OBJECT(part)), "text", "html") ? mime_html_charset(data,
	    len) : NULL;
	s = mime_to_utf8(data, len, sniffed ? sniffed : cs);
	g_free(sniffed);
	if (copy != NULL)
		g_object_unref(copy);
	mime_text_lf(s);
	/* NUL bytes would cut the text short: make them spaces. */
	return s;
}

static GMimeParser *mime_parser;
static GMimeStream *mime_empty;

/* A stream for the idle parser to hold, so that no message stays alive. */
static GMimeStream *
mime_empty_stream(void)
{
	if (mime_empty == NULL)
		mime_empty = g_mime_stream_mem_new();
	return mime_empty;
}

void dsn_mime_shutdown(void);

void
dsn_mime_shutdown(void)
{
	if (mime_parser != NULL)
		g_object_unref(mime_parser);
	if (mime_empty != NULL)
		g_object_unref(mime_empty);
	if (mime_converters != NULL)
		g_hash_table_destroy(mime_converters);
	mime_parser = NULL;
	mime_empty = NULL;
	mime_converters = NULL;
}

struct walk {
	struct dsn_parts	*parts;
	int			 depth;
};

static void walk_object(struct walk *w, GMimeObject *obj, int returned);

/*
 * Appends the header fields as they were written, "Name:value" each with
 * its folding and line end: what g_mime_header_list_to_string() writes
 * for a parsed message, without its stream and line-end filter (a filter
 * from CRLF to LF, which changes nothing here: mime_normalize() left no
 * CR).  A value holding a CR all the same takes GMime's way.
 */
static void
head_text(GString *into, GMimeHeaderList *hl)
{
	int i, n = g_mime_header_list_get_count(hl);
	gsize start = into->len;
	const char *raw;
	GMimeHeader *h;
	char *s;

	for (i = 0; i < n; i++) {
		h = g_mime_header_list_get_header_at(hl, i);
		if ((raw = g_mime_header_get_raw_value(h)) == NULL)
			continue;
		if (strchr(raw, '\r') != NULL) {
			g_string_truncate(into, start);
			s = g_mime_header_list_to_string(hl, NULL);
			g_string_append(into, s);
			g_free(s);
			return;
		}
		g_string_append(into, g_mime_header_get_raw_name(h));
		g_string_append_c(into, ':');
		g_string_append(into, raw);
	}
}

static void
walk_headers_of(struct walk *w, GMimeObject *msg)
{
	GMimeHeaderList *hl = g_mime_object_get_header_list(msg);

	if (w->parts->orig_headers->len > 0 || hl == NULL)
		return;
	head_text(w->parts->orig_headers, hl);
}

static void
walk_message_part(struct walk *w, GMimeMessagePart *mp, int returned)
{
	GMimeMessage *m = g_mime_message_part_get_message(mp);

	if (m == NULL)
		return;
	if (!returned && w->depth == 2 && w->parts->report_type == NULL &&
	    w->parts->want_attached && w->parts->attached == NULL)
		w->parts->attached = g_mime_object_to_string(GMIME_OBJECT(m),
		    NULL);
	/*
	 * A bounce forwarded as an attachment (by a relay or a person) is
	 * read as if it had come itself.
	 */
	if (!returned && w->parts->status->len == 0 && m->mime_part != NULL &&
	    is_type(g_mime_object_get_content_type(m->mime_part), "multipart",
	    "report")) {
		dsn_explain(w->parts->explain, "a report forwarded as a message");
		w->parts->forwarded = 1;
		g_string_truncate(w->parts->orig_headers, 0);
		walk_object(w, m->mime_part, 0);
		return;
	}
	w->parts->has_returned = 1;
	if (!returned) {
		walk_headers_of(w, GMIME_OBJECT(m));
		dsn_explain(w->parts->explain, "returned message: %s",
		    g_mime_message_get_subject(m) ?
		    g_mime_message_get_subject(m) : "(no subject)");
	}
	/* Reports inside a returned message are the original's business. */
	if (!returned && w->parts->status->len == 0 &&
	    w->parts->body->len == 0 && m->mime_part != NULL)
		walk_object(w, m->mime_part, 1);
}

static int
is_type(GMimeContentType *ct, const char *type, const char *sub)
{
	return g_mime_content_type_is_type(ct, type, sub);
}

/*
 * Whether a text part is a delivery-status body under another name: its
 * first field is one of RFC 3464's (2.2, 2.3) and it holds a recipient's
 * Action.  Gateways deliver a multipart/report as multipart/mixed and its
 * message/delivery-status as text/plain.
 */
static int
mime_status_like(const char *text)
{
	static const char *const first[] = { "reporting-mta:",
		"final-recipient:", "original-recipient:",
		"original-envelope-id:", "arrival-date:", "received-from-mta:",
		"dsn-gateway:", "x-postfix-queue-id:", "x-postfix-sender:" };
	char *lc;
	size_t i;
	int like = 0;

	text += strspn(text, " \t\n");
	for (i = 0; i < G_N_ELEMENTS(first) && !like; i++)
		like = g_ascii_strncasecmp(text, first[i],
		    strlen(first[i])) == 0;
	if (!like)
		return 0;
	lc = dsn_ascii_lower(text, MIN(strlen(text), 4096));
	like = (strstr(lc, "final-recipient:") != NULL ||
	    strstr(lc, "original-recipient:") != NULL) &&
	    strstr(lc, "\naction:") != NULL;
	g_free(lc);
	return like;
}

/* The text of the notice's own text part goes to its status if it is one. */
static GString *
walk_text_into(struct dsn_parts *p, GString *into, const char *text,
    int returned)
{
	if (into != p->body || returned || p->status->len > 0 ||
	    !mime_status_like(text))
		return into;
	dsn_explain(p->explain, "a text part holding delivery status fields");
	return p->status;
}

static void
walk_leaf(struct walk *w, GMimePart *part, int returned)
{
	GMimeContentType *ct = g_mime_object_get_content_type(
	    GMIME_OBJECT(part));
	struct dsn_parts *p = w->parts;
	char *text, *mt;
	GString *into = NULL;

	if (is_type(ct, "message", "delivery-status") ||
	    is_type(ct, "message", "global-delivery-status") ||
	    is_type(ct, "text", "delivery-status") ||
	    is_type(ct, "message", "x-delivery-status") ||
	    /* XWall's, as Mail::DeliveryStatus::BounceParser notes */
	    is_type(ct, "message", "xdelivery-status"))
		into = p->status;
	else if (is_type(ct, "message", "feedback-report"))
		into = p->feedback;
	else if (is_type(ct, "message", "disposition-notification"))
		into = p->mdn;
	else if (is_type(ct, "text", "rfc822-headers") ||
	    is_type(ct, "message", "rfc822-headers") ||
	    is_type(ct, "message", "global-headers"))
		into = p->orig_headers->len == 0 ? p->orig_headers : NULL;
	else if (is_type(ct, "text", "*") && !returned &&
	    !g_mime_part_is_attachment(part)) {
		into = p->body;
		p->inline_text = 1;
	} else if (is_type(ct, "text", "*") && !returned && !p->inline_text)
		/*
		 * A notice that gives its text only as attachments
		 * ("details.txt"; a gateway that marks every part so).
		 */
		into = p->body;
	else if (is_type(ct, "text", "*") && returned && p->body->len == 0)
		into = p->body;
	if (into != NULL) {
		text = mime_part_text(part);
		if (is_type(ct, "text", "html")) {
			char *plain = dsn_html_text(text, strlen(text));

			g_free(text);
			text = plain;
		}
		into = walk_text_into(p, into, text, returned);
		if (into->len > 0)
			g_string_append_c(into, '\n');
		g_string_append(into, text);
		g_free(text);
		if (p->explain != NULL) {
			mt = g_mime_content_type_get_mime_type(ct);
			dsn_explain(p->explain, "read %s part%s", mt, returned ?
			    " (inside the returned message)" : "");
			g_free(mt);
		}
	}
}

/* In multipart/alternative, read only the plain text when there is one. */
static int
walk_skip_alternative(GMimeMultipart *mp, GMimeObject *child)
{
	GMimeContentType *ct = g_mime_object_get_content_type(
	    GMIME_OBJECT(mp));
	int i, n = g_mime_multipart_get_count(mp);

	if (!is_type(ct, "multipart", "alternative") ||
	    !is_type(g_mime_object_get_content_type(child), "text", "html"))
		return 0;
	for (i = 0; i < n; i++)
		if (is_type(g_mime_object_get_content_type(
		    g_mime_multipart_get_part(mp, i)), "text", "plain"))
			return 1;
	return 0;
}

/*
 * The message a gateway wrapped, or NULL: a gateway that adds a
 * disclaimer or a banner to a multipart message as a part of its own
 * wraps the message and its addition in a multipart/mixed, the
 * addition a text part after it.  So a multipart/mixed whose one
 * multipart part is a report, or comes first with text parts only after
 * it (none a delivery status under another name), holds the message in
 * that part.
 */
static GMimeObject *
walk_wrapped(GMimeMultipart *mp)
{
	GMimeObject *child, *inner = NULL;
	GMimeContentType *ct;
	char *t;
	int i, n = g_mime_multipart_get_count(mp), report = 0, text = 1;

	if (!is_type(g_mime_object_get_content_type(GMIME_OBJECT(mp)),
	    "multipart", "mixed"))
		return NULL;
	for (i = 0; i < n; i++) {
		child = g_mime_multipart_get_part(mp, i);
		ct = g_mime_object_get_content_type(child);
		if (GMIME_IS_MULTIPART(child)) {
			if (inner != NULL)
				return NULL;
			inner = child;
			report = is_type(ct, "multipart", "report");
		} else if (!is_type(ct, "text", "*") || !GMIME_IS_PART(child))
			text = 0;
	}
	for (i = 0; i < n && inner != NULL && !report && text; i++) {
		child = g_mime_multipart_get_part(mp, i);
		if (child == inner)
			continue;
		t = mime_part_text(GMIME_PART(child));
		text = !mime_status_like(t);
		g_free(t);
	}
	if (inner != NULL && !report &&
	    inner != g_mime_multipart_get_part(mp, 0))
		return NULL;
	return inner != NULL && (report || text) ? inner : NULL;
}

/*
 * The boundary the first delimiter line of text names (RFC 2046 5.1.1:
 * "--" and the boundary, 1 to 70 characters, none of them white space
 * at its end), or NULL.
 */
static char *
mime_delimiter_of(const char *text)
{
	const char *l = text, *e;

	while (l[0] != '-' || l[1] != '-') {
		if ((l = strchr(l, '\n')) == NULL)
			return NULL;
		l++;
	}
	l += 2;
	e = l + strcspn(l, "\n");
	while (e > l && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	return e > l && e - l <= 70 ? g_strndup(l, e - l) : NULL;
}

/* A copy of ct with the parameter name set to value. */
static GMimeContentType *
mime_type_with(GMimeContentType *ct, const char *name, const char *value)
{
	GMimeParamList *l = g_mime_content_type_get_parameters(ct);
	char *mt = g_mime_content_type_get_mime_type(ct);
	GMimeContentType *c = g_mime_content_type_parse(NULL, mt);
	GMimeParam *pm;
	int i, n = l != NULL ? g_mime_param_list_length(l) : 0;

	for (i = 0; i < n; i++) {
		pm = g_mime_param_list_get_parameter_at(l, i);
		g_mime_content_type_set_parameter(c, g_mime_param_get_name(pm),
		    g_mime_param_get_value(pm));
	}
	g_mime_content_type_set_parameter(c, name, value);
	g_free(mt);
	return c;
}

/*
 * A multipart whose boundary parameter got lost (a Content-Type field
 * continued on a line without leading white space, which ends the field
 * and leaves "boundary=..." no field at all) or names a boundary its
 * delimiter lines do not use (an edited message) has no parts for GMime:
 * its whole body is the prologue.  Mail readers that read the text
 * whole (Sisimai among them) still read such a notice, so the body is
 * parsed again with the boundary its first delimiter line names.
 * Returns the parts so found (the caller unrefs it), or NULL.
 */
static GMimeObject *
mime_reparse(GMimeMultipart *mp)
{
	const char *pro = g_mime_multipart_get_prologue(mp);
	GMimeContentType *ct;
	GMimeStream *stream;
	GMimeParser *parser;
	GMimeObject *obj;
	GString *src;
	char *b, *v;

	if (g_mime_multipart_get_count(mp) > 0 || pro == NULL ||
	    (b = mime_delimiter_of(pro)) == NULL)
		return NULL;
	ct = mime_type_with(g_mime_object_get_content_type(GMIME_OBJECT(mp)),
	    "boundary", b);
	v = g_mime_content_type_encode(ct, NULL);
	src = g_string_new("Content-Type:");
	g_string_append_printf(src, "%s\n\n%s", v, pro);
	stream = g_mime_stream_mem_new_with_buffer(src->str, src->len);
	parser = g_mime_parser_new_with_stream(stream);
	obj = g_mime_parser_construct_part(parser, NULL);
	if (obj != NULL && (!GMIME_IS_MULTIPART(obj) ||
	    g_mime_multipart_get_count(GMIME_MULTIPART(obj)) == 0))
		g_clear_object(&obj);
	g_object_unref(parser);
	g_object_unref(stream);
	g_string_free(src, TRUE);
	g_free(v);
	g_free(b);
	g_object_unref(ct);
	return obj;
}

static void
walk_multipart(struct walk *w, GMimeMultipart *mp, int returned)
{
	GMimeContentType *ct = g_mime_object_get_content_type(
	    GMIME_OBJECT(mp));
	GMimeObject *inner;
	const char *rt;
	int i, n = g_mime_multipart_get_count(mp);

	if ((inner = mime_reparse(mp)) != NULL) {
		dsn_explain(w->parts->explain, "a multipart without parts at "
		    "its boundary: read again at its first delimiter line");
		walk_multipart(w, GMIME_MULTIPART(inner), returned);
		g_object_unref(inner);
		return;
	}
	/* The parts beside a wrapped message are the wrapper's words. */
	if (!returned && (inner = walk_wrapped(mp)) != NULL) {
		dsn_explain(w->parts->explain, "a message wrapped with "
		    "other parts: only the message read");
		walk_object(w, inner, returned);
		return;
	}

	if (is_type(ct, "multipart", "report") && !returned &&
	    w->parts->report_type == NULL &&
	    (rt = g_mime_content_type_get_parameter(ct, "report-type")) != NULL)
		w->parts->report_type = dsn_ascii_lower(rt, -1);
	for (i = 0; i < n; i++) {
		GMimeObject *child = g_mime_multipart_get_part(mp, i);

		if (!walk_skip_alternative(mp, child))
			walk_object(w, child, returned);
	}
}

static void
walk_object(struct walk *w, GMimeObject *obj, int returned)
{
	if (obj == NULL || w->depth >= DSN_MAX_DEPTH)
		return;
	w->depth++;
	if (GMIME_IS_MULTIPART(obj))
		walk_multipart(w, GMIME_MULTIPART(obj), returned);
	else if (GMIME_IS_MESSAGE_PART(obj))
		walk_message_part(w, GMIME_MESSAGE_PART(obj), returned);
	else if (GMIME_IS_PART(obj))
		walk_leaf(w, GMIME_PART(obj), returned);
	w->depth--;
}

static char *
head_addr(InternetAddressList *l)
{
	InternetAddress *ia;

	if (l == NULL || internet_address_list_length(l) == 0)
		return NULL;
	ia = internet_address_list_get_address(l, 0);
	if (INTERNET_ADDRESS_IS_GROUP(ia))
		return NULL;
	return dsn_addr_clean(internet_address_mailbox_get_addr(
	    INTERNET_ADDRESS_MAILBOX(ia)));
}

/* 1 for text of printable ASCII and tabs only. */
static int
head_plain(const char *s)
{
	for (; *s != '\0'; s++)
		if ((*s < 0x20 || *s > 0x7e) && *s != '\t')
			return 0;
	return 1;
}

/*
 * The value of the first field called name, unfolded and decoded as
 * g_mime_object_get_header() gives it (g_free() it), or NULL.  A value
 * of printable ASCII with no encoded word ("=?") decodes to itself: it
 * is only unfolded here, which costs a fraction of GMime's decoding on
 * the long Received fields.
 */
static char *
head_value(GMimeObject *o, const char *name)
{
	GMimeHeader *h = g_mime_header_list_get_header(
	    g_mime_object_get_header_list(o), name);
	const char *raw, *v;
	char *u;

	if (h == NULL)
		return NULL;
	if ((raw = g_mime_header_get_raw_value(h)) != NULL) {
		u = g_mime_utils_header_unfold(raw);
		if (head_plain(u) && strstr(u, "=?") == NULL)
			return u;
		g_free(u);
	}
	v = g_mime_header_get_value(h);
	return v != NULL ? g_strdup(v) : NULL;
}

/* Whether the message has a field called name. */
static int
head_has(GMimeObject *o, const char *name)
{
	return g_mime_header_list_contains(g_mime_object_get_header_list(o),
	    name);
}

static char *
head_get(GMimeObject *o, const char *name)
{
	char *v = head_value(o, name), *u;

	if (v == NULL)
		return NULL;
	u = dsn_unfold(v);
	g_free(v);
	return u;
}

/*
 * The date of the topmost Received: field as written, or NULL: when the
 * message reached us, which the receiving server wrote (a sender can
 * only add fields below it).  dsn_report_arrival() reads it.
 */
static char *
head_received(GMimeObject *o)
{
	char *v = head_value(o, "Received"), *semi, *date = NULL;

	if (v != NULL && (semi = strrchr(v, ';')) != NULL)
		date = g_strdup(semi + 1);
	g_free(v);
	return date;
}

long long
dsn_report_arrival(const struct dsn_report *rep)
{
	GDateTime *dt;
	long long t;

	if (rep->received == NULL ||
	    (dt = g_mime_utils_header_decode_date(rep->received)) == NULL)
		return 0;
	t = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return t > 0 ? t : 0;
}

/* The first <id> of a field (taken over, freed), without <>; or NULL. */
static char *
head_msgid(char *v)
{
	char *lt = v != NULL ? strchr(v, '<') : NULL;
	char *gt = lt != NULL ? strchr(lt, '>') : NULL;
	char *id = gt != NULL && gt > lt + 1 ? g_strndup(lt + 1, gt - lt - 1) :
	    NULL;

	g_free(v);
	return id;
}

/* Writes n as at least width decimal digits, zero-padded; returns the end. */
static char *
head_digits(char *o, int n, int width)
{
	char tmp[12];
	int i = 0;

	do {
		tmp[i++] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0 && i < (int)sizeof(tmp));
	while (i < width)
		tmp[i++] = '0';
	while (i > 0)
		*o++ = tmp[--i];
	return o;
}

/*
 * dt in UTC as g_date_time_format's "%Y-%m-%dT%H:%M:%SZ" writes it
 * (the year unpadded, whole seconds), without the cost of a printf.
 */
static char *
head_utc(GDateTime *dt)
{
	GDateTime *utc = g_date_time_to_utc(dt);
	char buf[32], *o = buf;
	int y, mo, d;

	g_date_time_get_ymd(utc, &y, &mo, &d);
	o = head_digits(o, y, 1);
	*o++ = '-';
	o = head_digits(o, mo, 2);
	*o++ = '-';
	o = head_digits(o, d, 2);
	*o++ = 'T';
	o = head_digits(o, g_date_time_get_hour(utc), 2);
	*o++ = ':';
	o = head_digits(o, g_date_time_get_minute(utc), 2);
	*o++ = ':';
	o = head_digits(o, g_date_time_get_second(utc), 2);
	*o++ = 'Z';
	g_date_time_unref(utc);
	return g_strndup(buf, (gsize)(o - buf));
}

static void
head_fill(struct dsn_head *h, GMimeMessage *m)
{
	GMimeObject *o = GMIME_OBJECT(m);
	GDateTime *dt;
	const char *s;
	char *unsub;

	h->from = head_addr(g_mime_message_get_from(m));
	h->from_raw = head_get(o, "From");
	h->to = head_addr(g_mime_message_get_to(m));
	if ((s = g_mime_message_get_subject(m)) != NULL)
		h->subject = dsn_unfold(s);
	if ((s = g_mime_message_get_message_id(m)) != NULL)
		h->message_id = g_strdup(s);
	if ((dt = g_mime_message_get_date(m)) != NULL) {
		h->timestamp = g_date_time_to_unix(dt);
		h->date = head_utc(dt);
	} else {
		h->date = head_get(o, "Date");
	}
	h->received = head_received(o);
	h->auto_submitted = head_get(o, "Auto-Submitted");
	h->return_path = head_get(o, "Return-Path");
	h->in_reply_to = head_msgid(head_get(o, "In-Reply-To"));
	h->failed_rcpts = head_get(o, "X-Failed-Recipients");
	h->precedence = head_get(o, "Precedence");
	h->autoreply_header = head_has(o, "X-Autoreply") ||
	    head_has(o, "X-Autorespond") || head_has(o, "X-Autoreply-From") ||
	    head_has(o, "X-Mail-Autoreply");
	/* RFC 2919's List-Id; Mailman's X-BeenThere, X-List-Administrivia. */
	h->list_admin = head_has(o, "X-List-Administrivia");
	h->list_mail = head_has(o, "List-Id") || head_has(o, "X-BeenThere") ||
	    h->list_admin;
	unsub = head_value(o, "X-Apple-Unsubscribe");
	h->unsubscribe = unsub != NULL &&
	    g_ascii_strncasecmp(unsub, "true", 4) == 0;
	g_free(unsub);
	unsub = head_value(o, "X-SPASIGN");
	h->spam_ng = unsub != NULL && g_ascii_strncasecmp(g_strchug(unsub),
	    "NG", 2) == 0;
	g_free(unsub);
}

void
dsn_parts_release(struct dsn_parts *p)
{
	g_string_free(p->status, TRUE);
	g_string_free(p->feedback, TRUE);
	g_string_free(p->mdn, TRUE);
	g_string_free(p->body, TRUE);
	g_string_free(p->orig_headers, TRUE);
	g_free(p->report_type);
	g_free(p->attached);
	memset(p, 0, sizeof(*p));
}

void
dsn_head_release(struct dsn_head *h)
{
	g_free(h->from);
	g_free(h->from_raw);
	g_free(h->to);
	g_free(h->subject);
	g_free(h->message_id);
	g_free(h->date);
	g_free(h->received);
	g_free(h->auto_submitted);
	g_free(h->return_path);
	g_free(h->in_reply_to);
	g_free(h->failed_rcpts);
	g_free(h->precedence);
	memset(h, 0, sizeof(*h));
}

int
dsn_mime_walk(const char *data, size_t len, struct dsn_parts *parts,
    struct dsn_head *head, struct err *err)
{
	int borrowed, body;
	GByteArray *b = mime_normalize(data, len, &borrowed);
	GMimeStream *stream;
	GMimeParser *parser;
	GMimeMessage *m;
	struct walk w = { parts, 0 };
	const char *why;

	memset(head, 0, sizeof(*head));
	parts->status = g_string_new(NULL);
	parts->feedback = g_string_new(NULL);
	parts->mdn = g_string_new(NULL);
	parts->body = g_string_new(NULL);
	parts->orig_headers = g_string_new(NULL);
	if ((why = mime_check_head(b)) != NULL) {
		mime_release(b, borrowed);
		return err_set(err, "%s", why);
	}
	if (mime_too_many_parts(b)) {
		mime_release(b, borrowed);
		return err_set(err, "more than %d MIME parts", DSN_MAX_PARTS);
	}
	/* The stream only reads b; b is released below, after the parse. */
	stream = g_mime_stream_mem_new();
	g_mime_stream_mem_set_byte_array(GMIME_STREAM_MEM(stream), b);
	g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
	/*
	 * One parser serves every message: a new one allocates (and the
	 * kernel unmaps) its large scan buffer each time.
	 */
	if ((parser = mime_parser) == NULL)
		parser = mime_parser = g_mime_parser_new();
	g_mime_parser_init_with_stream(parser, stream);
	m = g_mime_parser_construct_message(parser, NULL);
	g_mime_parser_init_with_stream(parser, mime_empty_stream());
	g_object_unref(stream);
	if (m == NULL) {
		mime_release(b, borrowed);
		return err_set(err, "not a mail message");
	}
	head_fill(head, m);
	/* Only a message that may be a person's forward is written out. */
	parts->want_attached = parts->want_attached && dsn_forward_may(head);
	body = m->mime_part != NULL;
	if (body)
		walk_object(&w, m->mime_part, 0);
	g_object_unref(m);
	mime_release(b, borrowed);
	return body ? 0 : err_set(err, "message has no body");
}
