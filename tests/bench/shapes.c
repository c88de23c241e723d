/*
 * shapes: builds messages of the shapes that make a reader slow, each of
 * about a given size: one long line of addresses, a list of addresses one
 * a line, many short lines, deep MIME nesting, huge headers, many
 * recipient blocks, long HTML, HTML of unclosed tags, long words without
 * an address, a long Amazon SES notification.  Shared by the shapes test (which checks the reader
 * finishes them with sensible output) and make_shapes (which writes them
 * for scripts/bench-shapes.sh).  No clock, no files.
 */
#include <string.h>

#include "shapes.h"

static const char notice_head[] =
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
    "To: sender@example.com\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "Date: Mon, 7 Dec 2026 10:00:00 +0000\n"
    "Message-ID: <shape@mx.example.org>\n"
    "MIME-Version: 1.0\n";

static const char notice_text[] =
    "This is the mail system at host mx.example.org.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients.\n\n";

/* A notice of about size bytes, started with the given header lines. */
static GString *
shape_start(size_t size, const char *head)
{
	GString *s = g_string_sized_new(size + 1024);

	g_string_append(s, notice_head);
	g_string_append(s, head);
	return s;
}

/* "u123@d7.example": a recipient address, distinct for each n. */
static void
add_addr(GString *s, size_t n)
{
	g_string_append_printf(s, "u%zu@d%zu.example", n, n % 97);
}

static GString *
shape_longline(size_t size)
{
	GString *s;
	size_t n = 0;

	s = shape_start(size, "Content-Type: text/plain\n\n");
	g_string_append(s, notice_text);
	/* Each address labelled, so that each is a failed recipient. */
	while (s->len < size) {
		g_string_append(s, "recipient <");
		add_addr(s, n++);
		g_string_append(s, "> 550 5.1.1 user unknown; ");
	}
	g_string_append(s, "\n\n550 5.1.1 user unknown\n");
	return s;
}

/* Gmail's list of failed addresses, one a line, above one explanation. */
static GString *
shape_list(size_t size)
{
	GString *s;
	size_t n = 0;

	s = shape_start(size, "Content-Type: text/plain\n\n");
	g_string_append(s, "Delivery to the following recipients failed "
	    "permanently:\n\n");
	while (s->len < size) {
		g_string_append(s, "     ");
		add_addr(s, n++);
		g_string_append_c(s, '\n');
	}
	g_string_append(s, "\nTechnical details of permanent failure:\n"
	    "The error that the other server returned was:\n"
	    "550 5.1.1 user unknown\n");
	return s;
}

static GString *
shape_shortlines(size_t size)
{
	GString *s;

	s = shape_start(size, "Content-Type: text/plain\n\n");
	g_string_append(s, notice_text);
	g_string_append(s, "<bob@partner.example>: host mx.partner.example "
	    "said: 550 5.1.1 <bob@partner.example>: Recipient address "
	    "rejected: User unknown\n\n");
	while (s->len < size)
		g_string_append(s, "x\n");
	return s;
}

static GString *
shape_nesting(size_t size)
{
	GString *s;
	size_t depth = 600, i, pad;

	s = shape_start(size, "Content-Type: multipart/mixed; "
	    "boundary=\"b0\"\n\n--b0\nContent-Type: text/plain\n\n");
	g_string_append(s, notice_text);
	g_string_append(s, "<bob@partner.example>: 550 5.1.1 user unknown\n");
	pad = size / depth;
	for (i = 0; i < depth; i++) {
		g_string_append_printf(s, "--b%zu\nContent-Type: "
		    "multipart/mixed; boundary=\"b%zu\"\n\n--b%zu\n"
		    "Content-Type: text/plain\n\n", i, i + 1, i + 1);
		while (s->len < (i + 1) * pad)
			g_string_append(s, "filler text in a nested part\n");
	}
	for (i = depth + 1; i > 0; i--)
		g_string_append_printf(s, "--b%zu--\n", i - 1);
	return s;
}

static GString *
shape_headers(size_t size)
{
	GString *s = shape_start(size, "");
	size_t n = 0;

	/* Just under the reader's bound on the message's own header. */
	while (s->len < 200000)
		g_string_append_printf(s, "Received: from relay%zu.example "
		    "by mx.example.org; Mon, 7 Dec 2026 10:00:00 +0000\n",
		    n++);
	g_string_append(s, "Content-Type: multipart/report; report-type="
	    "delivery-status; boundary=\"b\"\n\n--b\nContent-Type: "
	    "text/plain\n\n");
	g_string_append(s, notice_text);
	g_string_append(s, "--b\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; "
	    "bob@partner.example\nAction: failed\nStatus: 5.1.1\n"
	    "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n\n"
	    "--b\nContent-Type: text/rfc822-headers\n\n");
	/* The returned header has no bound but the message's size. */
	while (s->len < size) {
		g_string_append_printf(s, "X-Long: %zu", n++);
		g_string_append(s, "\n\tcontinued folded header text");
		g_string_append(s, " with <a@b.example> in it\n");
	}
	g_string_append(s, "Subject: the original\n\n--b--\n");
	return s;
}

static GString *
shape_blocks(size_t size)
{
	GString *s;
	size_t n = 0;

	s = shape_start(size, "Content-Type: multipart/report; report-type="
	    "delivery-status; boundary=\"b\"\n\n--b\nContent-Type: "
	    "text/plain\n\n");
	g_string_append(s, notice_text);
	/* A session transcript and per-recipient lines in the text. */
	while (s->len < size / 2) {
		g_string_append(s, ">>> RCPT TO:<");
		add_addr(s, n);
		g_string_append(s, ">\n<<< 550 5.1.1 user unknown\n");
		g_string_append(s, "while talking to mx.example:\n\n");
		n += 7;
	}
	g_string_append(s, "--b\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; mx.example.org\n\n");
	for (n = 0; s->len < size; n++) {
		g_string_append(s, "Final-Recipient: rfc822; ");
		add_addr(s, n);
		g_string_append(s, "\nAction: failed\nStatus: 5.0.0\n"
		    "Diagnostic-Code: smtp; 550 mailbox unavailable\n\n");
	}
	g_string_append(s, "--b--\n");
	return s;
}

static GString *
shape_html(size_t size)
{
	GString *s;
	size_t n = 0;

	s = shape_start(size, "Content-Type: text/html; charset=UTF-8\n\n"
	    "<html><head><style>td { color: red }</style></head><body>\n"
	    "<p>Your message could not be delivered.</p><table>\n");
	while (s->len < size) {
		g_string_append(s, "<tr><td>&#x6536;&#20214;&#20154;&nbsp;"
		    "</td><td>");
		add_addr(s, n++);
		g_string_append(s, "</td><td><b>550</b> 5.1.1 user "
		    "unknown &amp; gone</td></tr>\n");
	}
	g_string_append(s, "</table></body></html>\n");
	return s;
}

/* Tags left open, then end tags that close nothing: the HTML parser's
 * stack of open elements at its deepest, searched by each end tag. */
static GString *
shape_tags(size_t size)
{
	GString *s;
	size_t n = 0;

	s = shape_start(size, "Content-Type: text/html; charset=UTF-8\n\n"
	    "<p>Delivery to <b>bob@partner.example</b> failed: 550 5.1.1 "
	    "user unknown</p>\n");
	while (s->len < size / 2)
		g_string_append(s, n++ % 2 ? "<div>" : "<span><font>");
	while (s->len < size)
		g_string_append(s, "</em></i></u>");
	return s;
}

static GString *
shape_words(size_t size)
{
	GString *s;
	size_t i;

	s = shape_start(size, "Content-Type: text/plain\n\n");
	g_string_append(s, notice_text);
	g_string_append(s, "<bob@partner.example>: 550 5.1.1 user unknown\n\n");
	/* Runs of address characters that end in no address. */
	while (s->len < size) {
		for (i = 0; i < 65536 && s->len < size; i++)
			g_string_append_c(s, "abc.def-"[i % 8]);
		g_string_append(s, "@-\n");
	}
	return s;
}

/* An Amazon SES notification: one JSON object a recipient. */
static GString *
shape_ses(size_t size)
{
	GString *s;
	size_t n = 0;

	s = shape_start(size, "Content-Type: text/plain\n\n"
	    "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":"
	    "\"Permanent\",\"bouncedRecipients\":[");
	while (s->len < size) {
		g_string_append(s, n > 0 ? ",{\"emailAddress\":\"" :
		    "{\"emailAddress\":\"");
		add_addr(s, n++);
		g_string_append(s, "\",\"action\":\"failed\",\"status\":"
		    "\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 user "
		    "unknown\"}");
	}
	g_string_append(s, "]},\"mail\":{\"source\":\"s@example.com\"}}\n");
	return s;
}

static const struct {
	const char	*name;
	GString		*(*make)(size_t);
} shapes[] = {
	{ "longline", shape_longline },
	{ "list", shape_list },
	{ "shortlines", shape_shortlines },
	{ "nesting", shape_nesting },
	{ "headers", shape_headers },
	{ "blocks", shape_blocks },
	{ "html", shape_html },
	{ "tags", shape_tags },
	{ "words", shape_words },
	{ "ses", shape_ses },
};

size_t
shapes_count(void)
{
	return G_N_ELEMENTS(shapes);
}

const char *
shapes_name(size_t i)
{
	return i < G_N_ELEMENTS(shapes) ? shapes[i].name : NULL;
}

GString *
shapes_make(size_t i, size_t size)
{
	return i < G_N_ELEMENTS(shapes) ? shapes[i].make(size) : NULL;
}
