/*
 * dsn_sent: reads the headers of a message we sent (Message-ID, Date,
 * To, Cc, Bcc), the proof a later notice is checked against.  Pure:
 * bytes in, struct out; the body is never read.
 */
#include <string.h>

#include <gmime/gmime.h>

#include "dsn_int.h"

/* The header section: up to the first empty line, at most max bytes. */
static char *
sent_header_text(const char *data, size_t len, size_t max)
{
	const char *p = data, *end = data + (len < max ? len : max);
	const char *nl;

	while (p < end && (nl = memchr(p, '\n', end - p)) != NULL) {
		if (nl == p || (nl == p + 1 && *p == '\r'))
			return g_strndup(data, p - data);
		p = nl + 1;
	}
	return g_strndup(data, end - data);
}

/* The mailboxes of l, groups' members included (depth: one level). */
static void
sent_add_list(GPtrArray *out, InternetAddressList *l, int depth)
{
	InternetAddress *ia;
	char *a;
	int i, n = internet_address_list_length(l);

	for (i = 0; i < n && out->len < DSN_SENT_MAX_RCPT; i++) {
		ia = internet_address_list_get_address(l, i);
		if (INTERNET_ADDRESS_IS_GROUP(ia) && depth == 0)
			sent_add_list(out, internet_address_group_get_members(
			    INTERNET_ADDRESS_GROUP(ia)), 1);
		else if (INTERNET_ADDRESS_IS_MAILBOX(ia) &&
		    (a = dsn_addr_clean(internet_address_mailbox_get_addr(
		    INTERNET_ADDRESS_MAILBOX(ia)))) != NULL)
			g_ptr_array_add(out, a);
	}
}

static void
sent_add_field(GPtrArray *out, const char *value)
{
	InternetAddressList *l;

	if ((l = internet_address_list_parse(NULL, value)) == NULL)
		return;
	sent_add_list(out, l, 0);
	g_object_unref(l);
}

int
dsn_sent_read(const char *data, size_t len, struct dsn_sent *out,
    struct err *err)
{
	static const char *const fields[] = { "To", "Cc", "Bcc", NULL };
	GPtrArray *f, *rcpt;
	GDateTime *dt;
	const char *v;
	char *head;
	guint i, j;

	memset(out, 0, sizeof(*out));
	head = sent_header_text(data, len, DSN_MAX_HEADER);
	f = dsn_fields_parse(head, NULL);
	if ((v = dsn_fields_get(f, "Message-ID")) != NULL)
		out->message_id = g_strstrip(g_strdelimit(g_strdup(v), "<>",
		    ' '));
	if ((v = dsn_fields_get(f, "Date")) != NULL &&
	    (dt = g_mime_utils_header_decode_date(v)) != NULL) {
		out->date = g_date_time_to_unix(dt);
		g_date_time_unref(dt);
	}
	rcpt = g_ptr_array_new();
	/* Every field of each name: a message may repeat To or Cc. */
	for (i = 0; fields[i] != NULL; i++)
		for (j = 0; j < f->len; j++)
			if (g_ascii_strcasecmp(((struct dsn_field *)
			    f->pdata[j])->name, fields[i]) == 0)
				sent_add_field(rcpt, dsn_field_value(
				    f->pdata[j]));
	dsn_fields_free(f);
	g_free(head);
	out->nrcpt = rcpt->len;
	g_ptr_array_add(rcpt, NULL);
	out->rcpt = (char **)g_ptr_array_free(rcpt, FALSE);
	if (out->nrcpt > 0 && out->date != 0)
		return 0;
	err_set(err, "not sent mail: no %s", out->date == 0 ? "Date" :
	    "recipient");
	dsn_sent_release(out);
	return -1;
}

void
dsn_sent_release(struct dsn_sent *s)
{
	g_free(s->message_id);
	g_strfreev(s->rcpt);
	memset(s, 0, sizeof(*s));
}
