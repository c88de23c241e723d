/*
 * dsn_html: the text of an HTML notice, read by libxml2's HTML parser
 * (streamed through its SAX interface: no tree is built, so memory does
 * not grow with the page).  Every entity is decoded, the text of <style>,
 * <script> and <head> is dropped, blocks become lines and tables keep
 * their structure: a row is a line, its cells are separated by tabs, and
 * what a cell holds stays on its line (one cell, one field).
 *
 * Pure: the parser reads only the bytes given (no network, no external
 * entity, no file), and says nothing on standard error.
 */
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "dsn_int.h"

/* A table being read: its open cells and the cells its row has had. */
struct html_table {
	int	cells_open;
	int	cells_in_row;
};

struct html_out {
	GString		*s;
	GArray		*tables;	/* struct html_table, innermost last */
	int		 skip;		/* inside <style>, <script>, <head> */
	int		 pre;		/* inside <pre> */
	int		 space;		/* a space is due before more text */
	int		 run;		/* white space characters in a row */
	int		 nbsp;		/* a no-break space among them */
};

/* What an element is to the reader. */
enum {
	K_SKIP = 1 << 0,	/* its text is dropped: style, script, head */
	K_LINE = 1 << 1,	/* a block: its own line */
	K_PARA = 1 << 2,	/* a block with a blank line around it */
	K_VOID = 1 << 3,	/* never has content: br, img */
	K_RAW = 1 << 4,		/* its content is text up to its end tag */
	K_TABLE = 1 << 5,
	K_ROW = 1 << 6,
	K_CELL = 1 << 7,
	K_PRE = 1 << 8,
	K_BR = 1 << 9,
};

static const struct {
	const char	*name;
	int		 kind;
} kinds[] = {
	{ "style", K_SKIP | K_RAW }, { "script", K_SKIP | K_RAW },
	{ "head", K_SKIP }, { "title", K_SKIP | K_RAW },
	{ "noscript", K_SKIP }, { "template", K_SKIP }, { "object", K_SKIP },
	{ "br", K_LINE | K_VOID | K_BR }, { "div", K_LINE },
	{ "tr", K_LINE | K_ROW }, { "li", K_LINE }, { "dt", K_LINE },
	{ "dd", K_LINE }, { "address", K_LINE }, { "center", K_LINE },
	{ "form", K_LINE }, { "section", K_LINE }, { "article", K_LINE },
	{ "header", K_LINE }, { "footer", K_LINE }, { "nav", K_LINE },
	{ "body", K_LINE }, { "html", K_LINE }, { "caption", K_LINE },
	{ "thead", K_LINE }, { "tbody", K_LINE }, { "tfoot", K_LINE },
	{ "hr", K_LINE | K_VOID }, { "fieldset", K_LINE },
	{ "legend", K_LINE }, { "p", K_PARA }, { "h1", K_PARA },
	{ "h2", K_PARA }, { "h3", K_PARA }, { "h4", K_PARA },
	{ "h5", K_PARA }, { "h6", K_PARA }, { "table", K_PARA | K_TABLE },
	{ "ul", K_PARA }, { "ol", K_PARA }, { "dl", K_PARA },
	{ "blockquote", K_PARA }, { "pre", K_PARA | K_PRE },
	{ "td", K_CELL }, { "th", K_CELL }, { "area", K_VOID },
	{ "base", K_VOID }, { "col", K_VOID }, { "embed", K_VOID },
	{ "img", K_VOID }, { "input", K_VOID }, { "link", K_VOID },
	{ "meta", K_VOID }, { "param", K_VOID }, { "source", K_VOID },
	{ "track", K_VOID }, { "wbr", K_VOID }, { "basefont", K_VOID },
	{ "frame", K_VOID }, { "isindex", K_VOID }, { "keygen", K_VOID },
	{ "textarea", K_RAW }, { "xmp", K_RAW }, { "plaintext", K_RAW },
	{ "noembed", K_RAW }, { "noframes", K_RAW }, { "iframe", K_RAW },
};

/* The kind of a lower-case element name (libxml2 lower-cases them). */
static int
html_kind(const void *name)
{
	static GHashTable *table;
	size_t i;

	if (g_once_init_enter(&table)) {
		GHashTable *t = g_hash_table_new(g_str_hash, g_str_equal);

		for (i = 0; i < G_N_ELEMENTS(kinds); i++)
			g_hash_table_insert(t, (gpointer)kinds[i].name,
			    GINT_TO_POINTER(kinds[i].kind));
		g_once_init_leave(&table, t);
	}
	return GPOINTER_TO_INT(g_hash_table_lookup(table, name));
}

static struct html_table *
out_table(struct html_out *o)
{
	if (o->tables->len == 0)
		return NULL;
	return &g_array_index(o->tables, struct html_table,
	    o->tables->len - 1);
}

/* Whether line breaks are spaces here: inside a cell of the innermost
 * table. */
static int
out_in_cell(struct html_out *o)
{
	struct html_table *t = out_table(o);

	return t != NULL && t->cells_open > 0;
}

static void
out_trim(struct html_out *o)
{
	while (o->s->len > 0 && o->s->str[o->s->len - 1] == ' ')
		g_string_truncate(o->s, o->s->len - 1);
	o->space = 0;
}

/* Ends the line (blank: leaves an empty line after it too). */
static void
out_break(struct html_out *o, int blank)
{
	GString *s = o->s;

	if (out_in_cell(o)) {
		o->space = s->len > 0;
		return;
	}
	out_trim(o);
	if (s->len == 0)
		return;
	if (s->str[s->len - 1] != '\n')
		g_string_append_c(s, '\n');
	if (blank && (s->len < 2 || s->str[s->len - 2] != '\n'))
		g_string_append_c(s, '\n');
}

static void
out_cell(struct html_out *o)
{
	struct html_table *t = out_table(o);

	if (t == NULL)
		return;
	if (t->cells_in_row++ > 0) {
		out_trim(o);
		g_string_append_c(o->s, '\t');
	}
	t->cells_open++;
}

static void
sax_start(void *ctx, const xmlChar *name, const xmlChar **attrs)
{
	struct html_out *o = ctx;
	struct html_table t = { 0, 0 };
	int k = html_kind(name);

	(void)attrs;
	if (o->skip > 0 || (k & K_SKIP)) {
		o->skip++;
		return;
	}
	if (k & K_PRE)
		o->pre++;
	if (k & (K_PARA | K_LINE))
		out_break(o, k & K_PARA);
	if (k & K_TABLE)
		g_array_append_val(o->tables, t);
	else if ((k & K_ROW) && out_table(o))
		out_table(o)->cells_in_row = 0;
	else if (k & K_CELL)
		out_cell(o);
}

static void
sax_end(void *ctx, const xmlChar *name)
{
	struct html_out *o = ctx;
	struct html_table *t;
	int k = html_kind(name);

	if (o->skip > 0) {
		o->skip--;
		return;
	}
	if ((k & K_CELL) && (t = out_table(o)) != NULL && t->cells_open > 0)
		t->cells_open--;
	if ((k & K_TABLE) && o->tables->len > 0)
		g_array_set_size(o->tables, o->tables->len - 1);
	if ((k & K_PRE) && o->pre > 0)
		o->pre--;
	/* A <br>'s line ended where it started. */
	if ((k & (K_PARA | K_LINE)) && !(k & K_BR))
		out_break(o, k & K_PARA);
}

/*
 * Writes the space due before more text: two where no-break spaces made
 * a gap ("name&nbsp;&nbsp; reason", how mail programs keep the columns
 * and the indentation of a plain text), one otherwise; at the start of a
 * line only such an indentation.
 */
static void
out_space(struct html_out *o)
{
	GString *s = o->s;
	int gap = o->nbsp && o->run > 1;

	if (o->space)
		g_string_append(s, gap ? "  " : " ");
	else if (gap && (s->len == 0 || s->str[s->len - 1] == '\n'))
		g_string_append(s, "  ");
	o->space = o->run = o->nbsp = 0;
}

static void
sax_text(void *ctx, const xmlChar *ch, int len)
{
	struct html_out *o = ctx;
	int i;

	if (o->skip > 0)
		return;
	for (i = 0; i < len; i++) {
		char c = (char)ch[i];

		if (o->pre > 0 && c == '\n' && !out_in_cell(o)) {
			out_break(o, 0);
			continue;
		}
		/* A no-break space separates words like any space. */
		if (c == '\xc2' && i + 1 < len && ch[i + 1] == 0xa0) {
			i++;
			c = ' ';
			o->nbsp = 1;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f' || c == '\0') {
			o->space = o->space || (o->s->len > 0 &&
			    o->s->str[o->s->len - 1] != '\n' &&
			    o->s->str[o->s->len - 1] != '\t');
			o->run++;
			continue;
		}
		out_space(o);
		g_string_append_c(o->s, c);
	}
}

/* Errors of a page that does not validate are no news: dropped. */
static void
sax_error(void *ctx, const xmlError *error)
{
	(void)ctx;
	(void)error;
}

/*
 * Taming the page before libxml2 reads it.  The parser looks for the
 * element an end tag closes down its whole stack of open elements, so
 * that a page of many unclosed tags followed by many end tags costs the
 * square of its length.  The copy handed to it keeps every byte of text
 * but drops the start tags past HTML_MAX_DEPTH open elements and the end
 * tags that close nothing, so its stack stays short.
 */
#define HTML_MAX_DEPTH	256
#define HTML_MAX_NAME	32

/* An element name and how many elements of it are open. */
struct tame_name {
	guint	open;
	char	name[];
};

struct html_tame {
	GString		*out;
	GPtrArray	*open;		/* struct tame_name *, innermost last */
	GHashTable	*names;		/* name -> struct tame_name */
};

static guint
tame_count(struct html_tame *t, const char *name)
{
	struct tame_name *e = g_hash_table_lookup(t->names, name);

	return e != NULL ? e->open : 0;
}

static void
tame_push(struct html_tame *t, const char *name)
{
	struct tame_name *e = g_hash_table_lookup(t->names, name);
	size_t n;

	if (e == NULL) {
		n = strlen(name) + 1;
		e = g_malloc0(sizeof(*e) + n);
		memcpy(e->name, name, n);
		g_hash_table_insert(t->names, e->name, e);
	}
	e->open++;
	g_ptr_array_add(t->open, e);
}

/* Closes the open elements down to the innermost `name'. */
static void
tame_pop_to(struct html_tame *t, const char *name)
{
	struct tame_name *top;
	int found = 0;

	while (!found && t->open->len > 0) {
		top = g_ptr_array_steal_index(t->open, t->open->len - 1);
		found = strcmp(top->name, name) == 0;
		top->open--;
	}
}

/* The end of the tag starting at lt ('>' or end), quotes respected. */
static const char *
tame_tag_end(const char *lt, const char *end)
{
	const char *p;
	char quote = 0;

	for (p = lt + 1; p < end; p++) {
		if (quote != 0) {
			if (*p == quote)
				quote = 0;
		} else if (*p == '"' || *p == '\'') {
			if (p[-1] == '=' || p[-1] == ' ')
				quote = *p;
		} else if (*p == '>') {
			return p;
		}
	}
	return end;
}

/* Where the raw text of element `name' ends: at its end tag, or end. */
static const char *
tame_raw_end(const char *p, const char *end, const char *name)
{
	size_t n = strlen(name);

	while ((p = memchr(p, '<', end - p)) != NULL) {
		if ((size_t)(end - p) > n + 1 && p[1] == '/' &&
		    g_ascii_strncasecmp(p + 2, name, n) == 0)
			return p;
		p++;
	}
	return end;
}

/*
 * Reads the tag at lt (a letter or '/' follows it) and returns where
 * reading goes on.  A tag the parser may have is copied without its
 * attributes (nothing here reads them, and long style attributes are most
 * of what the parser would spend its time on); the content of <style> and
 * <script> is left out.
 */
static const char *
tame_tag(struct html_tame *t, const char *lt, const char *end)
{
	const char *q = lt + 1, *gt, *nm;
	char name[HTML_MAX_NAME + 1];
	size_t n = 0;
	int closing = *q == '/', keep = 1, kind, self;

	q += closing;
	for (nm = q; q < end && g_ascii_isalnum(*q); q++)
		if (n < HTML_MAX_NAME)
			name[n++] = g_ascii_tolower(*q);
	name[n] = '\0';
	kind = html_kind(name);
	gt = tame_tag_end(lt, end);
	self = gt[-1] == '/';
	if (closing && tame_count(t, name) == 0)
		keep = 0;
	else if (closing)
		tame_pop_to(t, name);
	else if ((kind & K_VOID) || self)
		kind &= ~K_RAW;
	else if (t->open->len >= HTML_MAX_DEPTH)
		keep = 0;
	else
		tame_push(t, name);
	if (gt < end)
		gt++;
	if (keep) {
		g_string_append(t->out, closing ? "</" : "<");
		g_string_append_len(t->out, nm, q - nm);
		g_string_append(t->out, self && !closing ? "/>" : ">");
	}
	if (keep && !closing && (kind & K_RAW)) {
		q = tame_raw_end(gt, end, name);
		if (!(kind & K_SKIP))
			g_string_append_len(t->out, gt, q - gt);
		gt = q;
	}
	return gt;
}

static GString *
html_tame(const char *html, size_t len)
{
	struct html_tame t;
	const char *p = html, *end = html + len, *lt, *c;

	t.out = g_string_sized_new(len + 1);
	t.open = g_ptr_array_new();
	t.names = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	while ((lt = memchr(p, '<', end - p)) != NULL) {
		g_string_append_len(t.out, p, lt - p);
		if (end - lt >= 4 && memcmp(lt, "<!--", 4) == 0) {
			c = g_strstr_len(lt + 4, end - lt - 4, "-->");
			p = c != NULL ? c + 3 : end;
			g_string_append_len(t.out, lt, p - lt);
		} else if (end - lt >= 2 && (g_ascii_isalpha(lt[1]) ||
		    (lt[1] == '/' && end - lt >= 3 &&
		    g_ascii_isalpha(lt[2])))) {
			p = tame_tag(&t, lt, end);
		} else {
			g_string_append_c(t.out, '<');
			p = lt + 1;
		}
	}
	g_string_append_len(t.out, p, end - p);
	g_ptr_array_free(t.open, TRUE);
	g_hash_table_destroy(t.names);
	return t.out;
}

/*
 * Whether html holds a tag or a comment: "<" and a letter, "/" or "!"
 * closed by ">" on the same line with no "@" between ("<user@example.com>"
 * is an address, not a tag).
 */
static int
html_has_markup(const char *html, size_t len)
{
	const char *p = html, *end = html + len, *lt, *q;

	while ((lt = memchr(p, '<', end - p)) != NULL && end - lt > 1) {
		p = lt + 1;
		if (!g_ascii_isalpha(*p) && *p != '/' && *p != '!')
			continue;
		for (q = p; q < end && *q != '>' && *q != '@' && *q != '\n';)
			q++;
		if (q < end && *q == '>')
			return 1;
	}
	return 0;
}

/*
 * The text of html (UTF-8, len bytes) as described at the top of this
 * file.  Never NULL.  A part labelled text/html that holds no markup at
 * all is plain text: its lines are kept as written (a Yahoo notice whose
 * returned "Subject:" and "To:" stand on lines of their own).
 */
char *
dsn_html_text(const char *html, size_t len)
{
	htmlSAXHandler sax;
	htmlParserCtxtPtr ctxt;
	struct html_out o = { 0 };
	GString *tamed;

	if (!html_has_markup(html, len))
		return g_strchomp(g_strndup(html, len));
	memset(&sax, 0, sizeof(sax));
	sax.startElement = sax_start;
	sax.endElement = sax_end;
	sax.characters = sax_text;
	sax.ignorableWhitespace = sax_text;
	sax.cdataBlock = sax_text;
	sax.serror = (xmlStructuredErrorFunc)sax_error;
	sax.initialized = XML_SAX2_MAGIC;
	o.s = g_string_sized_new(MIN(len, 65536));
	o.tables = g_array_new(FALSE, FALSE, sizeof(struct html_table));
	tamed = html_tame(html, len);
	html = tamed->str;
	len = tamed->len;
	ctxt = len > 0 && len < G_MAXINT ? htmlCreateMemoryParserCtxt(html,
	    (int)len) : NULL;
	if (ctxt != NULL) {
		*ctxt->sax = sax;
		ctxt->userData = &o;
		/* The text is UTF-8 already: a <meta charset> is not obeyed. */
		xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
		htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER |
		    HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		    HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC);
		htmlParseDocument(ctxt);
		htmlFreeParserCtxt(ctxt);
	}
	g_string_free(tamed, TRUE);
	g_array_free(o.tables, TRUE);
	return g_strchomp(g_string_free(o.s, FALSE));
}
