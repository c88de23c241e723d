/*
 * dsn: decides what a message is (delivery report, complaint, human-
 * readable bounce, auto-reply, ordinary mail) and builds the report with
 * one entry per recipient.  Pure: bytes in, struct out.
 */
#include <string.h>

#include <gmime/gmime.h>

#include "dsn_int.h"

void dsn_fields_init(void);
void dsn_fields_shutdown(void);
void dsn_text_init(void);
void dsn_text_shutdown(void);
void dsn_mime_shutdown(void);

static const char *const cat_names[DSN_CAT_COUNT] = {
	[DSN_CAT_NONE] = "none",
	[DSN_CAT_INVALID] = "invalid",
	[DSN_CAT_FULL] = "full",
	[DSN_CAT_RETRY] = "retry-later",
	[DSN_CAT_BLOCKED] = "blocked",
	[DSN_CAT_CONTENT] = "content",
	[DSN_CAT_COMPLAINT] = "complaint",
	[DSN_CAT_AUTOREPLY] = "autoreply",
	[DSN_CAT_DELIVERED] = "delivered",
	[DSN_CAT_UNKNOWN] = "unknown",
};

const char *
dsn_category_name(enum dsn_category c)
{
	return c < DSN_CAT_COUNT ? cat_names[c] : "none";
}

enum dsn_category
dsn_category_from_name(const char *name)
{
	int i;

	for (i = 1; i < DSN_CAT_COUNT; i++)
		if (strcmp(cat_names[i], name) == 0)
			return (enum dsn_category)i;
	return DSN_CAT_NONE;
}

const char *
dsn_kind_name(enum dsn_kind k)
{
	switch (k) {
	case DSN_KIND_BOUNCE:
		return "bounce";
	case DSN_KIND_FEEDBACK:
		return "feedback";
	case DSN_KIND_AUTOREPLY:
		return "autoreply";
	default:
		return "none";
	}
}

void
dsn_init(void)
{
	g_mime_init();
	dsn_fields_init();
	dsn_text_init();
}

void
dsn_shutdown(void)
{
	dsn_mime_shutdown();
	dsn_text_shutdown();
	dsn_fields_shutdown();
	g_mime_shutdown();
}

static void
rcpt_release(struct dsn_recipient *r)
{
	g_free(r->addr);
	g_free(r->reason);
	g_free(r->status);
	g_free(r->code);
	g_free(r->action);
	g_free(r->diagnostic);
	g_free(r->remote_mta);
	g_free(r->command);
	g_free(r->replacement);
	g_free(r->feedback_type);
	g_free(r->rule);
}

void
dsn_report_release(struct dsn_report *rep)
{
	size_t i;

	for (i = 0; i < rep->nrcpt; i++)
		rcpt_release(&rep->rcpt[i]);
	g_free(rep->rcpt);
	g_free(rep->reporting_mta);
	g_free(rep->date);
	g_free(rep->received);
	g_free(rep->message_id);
	g_free(rep->from);
	g_free(rep->subject);
	g_free(rep->original_message_id);
	g_free(rep->in_reply_to);
	g_free(rep->original_subject);
	g_free(rep->original_from);
	g_free(rep->original_to);
	g_strfreev(rep->explain);
	memset(rep, 0, sizeof(*rep));
}

/* Work state of one dsn_parse() call. */
/* The prefix of a rule read from the whole notice, not one paragraph. */
#define WHOLE_NOTICE	"the whole notice: "

struct ctx {
	const struct dsn_rules	*rules;
	struct dsn_parts	 parts;
	struct dsn_head		 head;
	struct dsn_report	*rep;
	GArray			*rcpt;		/* struct dsn_recipient */
	GHashTable		*seen;		/* lower-cased rcpt addresses */
	guint			 finished;	/* rcpt before this are done */
	GHashTable		*exclude;	/* lower-cased addresses */
	GHashTable		*also;		/* lower-cased rcpt with a
						   Diagnostic-Code -> the
						   other addresses of its
						   fields (GStrv); NULL
						   until one */
	GHashTable		*expanded;	/* lower-cased addresses a
						   status report says it
						   expanded (a list, an
						   alias); NULL until one */
	char			*text;		/* body cut before returned mail */
	char			*lc_text;	/* the same, ASCII lower-cased */
	struct dsn_paras	*paras;		/* its paragraphs read */
	char			*squeezed;	/* the text squeezed, or NULL */
	char			*lc_start;	/* its first TEXT_START bytes
						   lower-cased, or NULL */
	char			*lc_subject;	/* head's subject and From:
						   lower-cased, or NULL */
	char			*lc_from;
	int			 orig_via_list;	/* returned mail came by a list */
	int			 orig_cc;	/* its Cc: names someone else */
};

/* How much of the text the message-level rules read. */
#define TEXT_START	4096

/* What the text says near one recipient (see ctx_finish). */
struct near {
	long		 pos;		/* where the text names it, or -1 */
	long		 limit;		/* where it names the next recipient
					   after pos, or -1 */
	const char	*transcript;	/* command a session transcript shows
					   its failure answered, or NULL */
};

/* The start of the text, squeezed once for every recipient. */
static const char *
ctx_squeezed(struct ctx *c)
{
	if (c->squeezed == NULL)
		c->squeezed = dsn_text_squeeze(c->text, 4 * DSN_MAX_DIAG);
	return c->squeezed;
}

/* The start of the text the message-level rules read, lower-cased once. */
static const char *
ctx_lc_start(struct ctx *c)
{
	if (c->lc_start == NULL)
		c->lc_start = dsn_lower(c->text, MIN(strlen(c->text),
		    TEXT_START));
	return c->lc_start;
}

/*
 * The message-level rule of category that the message's subject (if
 * subject), its sender (if from) or lc_body holds, as
 * dsn_rules_match_message() tells: the subject and sender lower-cased
 * once for every rule asked of them.
 */
static const char *
ctx_match(struct ctx *c, const char *category, int subject, int from,
    const char *lc_body)
{
	if (subject && c->lc_subject == NULL && c->head.subject != NULL)
		c->lc_subject = dsn_lower(c->head.subject, -1);
	if (from && c->lc_from == NULL && c->head.from_raw != NULL)
		c->lc_from = dsn_lower(c->head.from_raw, -1);
	return dsn_rules_match_message_lc(c->rules, category,
	    subject ? c->lc_subject : NULL, from ? c->lc_from : NULL, lc_body);
}

/*
 * Adds a recipient (taking addr), or returns NULL for one already there
 * and for one past DSN_MAX_RCPT, which is counted as dropped.
 */
static struct dsn_recipient *
ctx_rcpt_add(struct ctx *c, char *addr)
{
	struct dsn_recipient r = { 0 };
	char *lc = dsn_ascii_lower(addr, -1);

	if (g_hash_table_contains(c->seen, lc) ||
	    c->rcpt->len >= DSN_MAX_RCPT) {
		if (!g_hash_table_contains(c->seen, lc))
			c->rep->ndropped++;
		g_free(lc);
		g_free(addr);
		return NULL;
	}
	g_hash_table_add(c->seen, lc);
	r.addr = addr;
	g_array_append_val(c->rcpt, r);
	return &g_array_index(c->rcpt, struct dsn_recipient,
	    c->rcpt->len - 1);
}

/* "dns; mx.example.com" -> "mx.example.com" */
static char *
strip_type(const char *v)
{
	const char *semi;

	if (v == NULL)
		return NULL;
	semi = strchr(v, ';');
	if (semi != NULL && semi - v < 16)
		v = semi + 1;
	while (*v == ' ')
		v++;
	return *v ? g_strdup(v) : NULL;
}

/* How much a status says: x.0.0 nothing, x.y.0 or x.4.7 a little. */
static int
status_rank(const char *st)
{
	if (st == NULL)
		return -1;
	if (g_str_has_suffix(st, ".0.0"))
		return 0;
	if (g_str_has_suffix(st, ".0") || strcmp(st + 1, ".4.7") == 0)
		return 1;
	return 2;
}

/*
 * The status the remote server put after its reply code ("552-5.3.4 Your
 * message exceeded ..."), or NULL.
 */
static char *
status_leading(const char *diag)
{
	const char *p = diag;

	if (p == NULL)
		return NULL;
	while (*p == ' ')
		p++;
	if (!g_ascii_isdigit(p[0]) || !g_ascii_isdigit(p[1]) ||
	    !g_ascii_isdigit(p[2]) || (p[3] != ' ' && p[3] != '-') ||
	    !g_ascii_isdigit(p[4]) || p[5] != '.')
		return NULL;
	return dsn_status_find(p + 4);
}

/*
 * Takes the most specific status: the Status field, unless the diagnostic
 * quotes one of the same class that says more ("Status: 5.0.0" with
 * "550 5.1.1 User unknown"), or the remote server's reply states one of
 * the same class right after its code: that is what the server said, the
 * field what the reporting MTA made of the reply code (Sendmail writes
 * 5.2.2 for every 552, "552-5.3.4 message size limits" included).
 */
char *
dsn_status_pick(const char *field, const char *diag)
{
	char *st = field ? dsn_status_find(field) : NULL;
	char *best = NULL, *d;
	const char *p = diag;

	if (st != NULL && (d = status_leading(diag)) != NULL) {
		if (d[0] == st[0] && status_rank(d) >= status_rank(st)) {
			g_free(st);
			return d;
		}
		g_free(d);
	}

	while (p != NULL && (d = dsn_status_find(p)) != NULL) {
		/*
		 * Without a Status field, free text is read only for failures:
		 * "Mailman 2.0.12" in a subject is no delivery status.
		 */
		if ((st == NULL ? d[0] != '2' : d[0] == st[0]) &&
		    status_rank(d) > status_rank(best)) {
			g_free(best);
			best = g_strdup(d);
		}
		p = strstr(p, d) + strlen(d);
		g_free(d);
	}
	if (status_rank(best) > status_rank(st)) {
		g_free(st);
		return best;
	}
	g_free(best);
	return st;
}

/*
 * The SMTP command the failure answered: from the diagnostic (lc_diag,
 * lower-cased), else from its paragraph in the text, unless that is the
 * diagnostic (para_read), else from the session transcript around the
 * address in the text (Sendmail: ">>> DATA" then "<<< 550 ...").
 */
static char *
command_near(struct ctx *c, const char *lc_diag, int para_read,
    const struct near *n)
{
	const char *cmd = NULL;
	char *lc, *para;

	if (lc_diag != NULL)
		cmd = dsn_command_find(lc_diag);
	if (cmd == NULL && n->pos >= 0 && !para_read) {
		para = dsn_text_paragraph(c->paras, n->pos, n->limit);
		lc = dsn_lower(para, -1);
		cmd = dsn_command_find(lc);
		g_free(lc);
		g_free(para);
	}
	/*
	 * The whole transcript, unless the address has a Sendmail recipient
	 * line: then its paragraph already holds its own session.
	 */
	if (cmd == NULL && !(n->pos >= 0 &&
	    dsn_text_sendmail_rcpt(c->text, n->pos)))
		cmd = n->transcript;
	return cmd ? g_strdup(cmd) : NULL;
}

/*
 * Whether a rule read the text as unknown for a reason it names (Sisimai's
 * syntaxerror, mailererror), rather than finding nothing it knows
 * (undefined, or onhold: a failure code and no more).
 */
static int
rcpt_unknown_known(const struct dsn_recipient *r)
{
	return r->rule != NULL && r->reason != NULL &&
	    strcmp(r->reason, "undefined") != 0 &&
	    strcmp(r->reason, "onhold") != 0;
}

/*
 * The paragraph said nothing we know: try the whole text, unless the
 * paragraph holds a reply of its own (in a notice of several recipients,
 * the whole text is the other recipients' reasons too) or a rule read
 * it as unknown for a reason it names.  When the whole text says nothing
 * either, or calls invalid a recipient whose paragraph holds a reply of
 * its own (the rest may be a returned message), the paragraph's reading
 * stands.
 */
static void
rcpt_whole_notice(struct ctx *c, struct dsn_recipient *r, const struct near *n)
{
	struct dsn_recipient para = *r;
	char *rule;

	if (r->category != DSN_CAT_UNKNOWN || c->text == NULL ||
	    rcpt_unknown_known(r) ||
	    (c->rcpt->len > 1 && (r->code != NULL || r->status != NULL)))
		return;
	/* A transcript cut per recipient: the rest is about the others. */
	if (n->pos >= 0 && dsn_text_sendmail_rcpt(c->text, n->pos))
		return;
	r->reason = NULL;
	r->rule = NULL;
	r->diagnostic = (char *)ctx_squeezed(c);
	dsn_classify_rules(c->rules, r);
	r->diagnostic = para.diagnostic;
	if (r->category == DSN_CAT_UNKNOWN || (r->category == DSN_CAT_INVALID &&
	    (r->code != NULL || r->status != NULL))) {
		g_free(r->reason);
		g_free(r->rule);
		*r = para;
		return;
	}
	g_free(para.reason);
	g_free(para.rule);
	/* The words would read the paragraph, not what the rule read. */
	r->words_alone = 0;
	rule = g_strconcat(WHOLE_NOTICE, r->rule, NULL);
	g_free(r->rule);
	r->rule = rule;
}

static void
rcpt_finish(struct ctx *c, struct dsn_recipient *r, const struct near *n)
{
	char *code = NULL, *lc = NULL, *unecho;
	int para_read = r->diagnostic == NULL && n->pos >= 0;

	if (para_read) {
		r->diagnostic = dsn_text_paragraph(c->paras, n->pos,
		    n->limit);
		/*
		 * A report whose Status says only the class ("5.0.0") and
		 * whose text quotes the reply: the reply's own status
		 * ("550 5.1.1"), as Sisimai's Postfix.pm and GSuite.pm take
		 * it (BSD 2-Clause).
		 */
		if (r->status == NULL || status_rank(r->status) == 0) {
			char *st = dsn_status_pick(r->status, r->diagnostic);

			g_free(r->status);
			r->status = st;
		}
	}
	if (r->diagnostic != NULL) {
		code = dsn_code_find_failure(r->diagnostic);
		lc = dsn_lower(r->diagnostic, -1);
	}
	if (r->code == NULL)
		r->code = code;
	else
		g_free(code);
	if (r->command == NULL)
		r->command = command_near(c, lc, para_read, n);
	unecho = dsn_transcript_unecho(lc);
	dsn_classify_lc(c->rules, r, unecho);
	g_free(unecho);
	g_free(lc);
	rcpt_whole_notice(c, r, n);
	dsn_classify_words(c->rules, r);
}

/* A table of the unfinished recipients: lower-cased address -> NULL. */
static GHashTable *
ctx_unfinished(struct ctx *c)
{
	GHashTable *t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	guint i;

	for (i = c->finished; i < c->rcpt->len; i++)
		g_hash_table_insert(t, dsn_ascii_lower(g_array_index(c->rcpt,
		    struct dsn_recipient, i).addr, -1), NULL);
	return t;
}

/*
 * Finishes the recipients added since the last call.  What the text says
 * of them is found for all of them at once, each search one pass over
 * the text, so that a thousand recipients do not read it a thousand times.
 */
static void
ctx_finish(struct ctx *c)
{
	GHashTable *where, *failed = NULL;
	const char *every = NULL;
	struct near n;
	gpointer v;
	guint i;
	char *lc;

	where = ctx_unfinished(c);
	dsn_text_locate(c->paras, where);
	if (strstr(c->lc_text, ">>>") != NULL) {
		failed = ctx_unfinished(c);
		every = dsn_command_transcript(c->lc_text, failed);
	}
	for (i = c->finished; i < c->rcpt->len; i++) {
		struct dsn_recipient *r = &g_array_index(c->rcpt,
		    struct dsn_recipient, i);

		if (r->category != DSN_CAT_NONE)
			continue;	/* a complaint: nothing to classify */
		lc = dsn_ascii_lower(r->addr, -1);
		v = g_hash_table_lookup(where, lc);
		n.pos = v != NULL ? (long)GPOINTER_TO_SIZE(v) - 1 : -1;
		n.limit = dsn_text_next(where, n.pos);
		n.transcript = failed != NULL && g_hash_table_lookup(failed,
		    lc) != NULL ? "rcpt" : every;
		g_free(lc);
		rcpt_finish(c, r, &n);
	}
	c->finished = c->rcpt->len;
	g_hash_table_destroy(where);
	if (failed != NULL)
		g_hash_table_destroy(failed);
}

static int
addr_expanded(struct ctx *c, const char *addr)
{
	char *lc;
	int yes;

	if (c->expanded == NULL)
		return 0;
	lc = dsn_ascii_lower(addr, -1);
	yes = g_hash_table_contains(c->expanded, lc);
	g_free(lc);
	return yes;
}

static void
dsn_block_rcpt(struct ctx *c, GPtrArray *f)
{
	const char *orig = dsn_fields_get(f, "Original-Recipient");
	const char *fin = dsn_fields_get(f, "Final-Recipient");
	const char *diag = dsn_fields_get(f, "Diagnostic-Code");
	struct dsn_recipient *r;
	char *addr = dsn_addr_clean(orig), **also;
	int n = 0;

	/*
	 * The address sent to, unless it is a list or alias the report says
	 * it expanded: then the member that failed is the Final-Recipient
	 * (RFC 3464 2.3.1 and 2.3.3), and the list is not dead for it.
	 */
	if (addr != NULL && fin != NULL && addr_expanded(c, addr)) {
		g_free(addr);
		addr = NULL;
	}
	if (addr == NULL)
		addr = dsn_addr_clean(fin);
	if (addr == NULL)
		addr = dsn_addr_clean(dsn_fields_get(f, "X-Actual-Recipient"));
	if (addr == NULL || (r = ctx_rcpt_add(c, addr)) == NULL)
		return;
	if (diag != NULL && (diag = strchr(diag, ';')) != NULL &&
	    diag - dsn_fields_get(f, "Diagnostic-Code") < 16)
		diag++;
	else
		diag = dsn_fields_get(f, "Diagnostic-Code");
	if (diag != NULL && *g_strchug((char *)diag) != '\0') {
		r->diagnostic = dsn_text_squeeze(diag, DSN_MAX_DIAG);
		also = g_new0(char *, 3);
		if ((also[n] = dsn_addr_clean(fin)) != NULL)
			n++;
		also[n] = dsn_addr_clean(dsn_fields_get(f,
		    "X-Actual-Recipient"));
		if (c->also == NULL)
			c->also = g_hash_table_new_full(g_str_hash,
			    g_str_equal, g_free, (GDestroyNotify)g_strfreev);
		g_hash_table_insert(c->also, dsn_ascii_lower(r->addr, -1),
		    also);
	}
	if (dsn_fields_get(f, "Action") != NULL)
		r->action = dsn_ascii_lower(dsn_fields_get(f, "Action"), -1);
	if (r->action != NULL)
		r->action[strcspn(r->action, " (;")] = '\0';
	r->status = dsn_status_pick(dsn_fields_get(f, "Status"),
	    r->diagnostic);
	r->remote_mta = strip_type(dsn_fields_get(f, "Remote-MTA"));
}

/* Adds a block's recipient addresses to the table of expanded ones. */
static void
expanded_add(struct ctx *c, GPtrArray *f)
{
	const char *names[] = { "Final-Recipient", "Original-Recipient" };
	char *addr;
	guint i;

	for (i = 0; i < G_N_ELEMENTS(names); i++) {
		addr = dsn_addr_clean(dsn_fields_get(f, names[i]));
		if (addr != NULL && c->expanded == NULL)
			c->expanded = g_hash_table_new_full(g_str_hash,
			    g_str_equal, g_free, NULL);
		if (addr != NULL)
			g_hash_table_add(c->expanded, dsn_ascii_lower(addr,
			    -1));
		g_free(addr);
	}
}

/* The addresses of the blocks whose Action is "expanded" (RFC 3464 2.3.3). */
static void
dsn_status_expanded(struct ctx *c, const char *text)
{
	const char *p = text, *next, *action;
	GPtrArray *f;

	while (*p != '\0') {
		f = dsn_fields_parse(p, &next);
		if (f->len == 0 && next == p) {
			dsn_fields_free(f);
			break;
		}
		action = dsn_fields_get(f, "Action");
		while (action != NULL && g_ascii_isspace(*action))
			action++;
		if (action != NULL && g_ascii_strncasecmp(action, "expanded",
		    8) == 0)
			expanded_add(c, f);
		dsn_fields_free(f);
		p = next;
	}
}

static int
field_is(const struct dsn_field *f, const char *name)
{
	return g_ascii_strcasecmp(f->name, name) == 0;
}

/*
 * Some MTAs run several recipients' fields together without the blank
 * line between them: a recipient field seen twice starts a new one.
 */
static void
dsn_block_each(struct ctx *c, GPtrArray *f)
{
	GPtrArray *cur = g_ptr_array_new();
	int fin = 0, orig = 0;
	guint i;

	for (i = 0; i < f->len; i++) {
		struct dsn_field *x = f->pdata[i];
		int is_fin = field_is(x, "Final-Recipient");
		int is_orig = field_is(x, "Original-Recipient");

		if ((is_fin && fin) || (is_orig && orig)) {
			dsn_block_rcpt(c, cur);
			g_ptr_array_set_size(cur, 0);
			fin = orig = 0;
		}
		fin |= is_fin;
		orig |= is_orig;
		g_ptr_array_add(cur, x);
	}
	dsn_block_rcpt(c, cur);
	g_ptr_array_free(cur, TRUE);
}

/* Reads every block of a delivery-status body. */
static void
dsn_status_read(struct ctx *c, const char *text)
{
	const char *p = text, *next;
	GPtrArray *f;
	int first = 1;

	dsn_status_expanded(c, text);
	while (*p != '\0') {
		f = dsn_fields_parse(p, &next);
		if (f->len == 0 && next == p) {
			dsn_fields_free(f);
			break;
		}
		if (first && dsn_fields_get(f, "Reporting-MTA") != NULL)
			c->rep->reporting_mta = strip_type(dsn_fields_get(f,
			    "Reporting-MTA"));
		if (dsn_fields_get(f, "Final-Recipient") != NULL ||
		    dsn_fields_get(f, "Original-Recipient") != NULL)
			dsn_block_each(c, f);
		first = 0;
		dsn_fields_free(f);
		p = next;
	}
	ctx_finish(c);
}

/*
 * One recipient an ARF report names (taking addr), read by its
 * Feedback-Type (dsn_feedback_category()): a complaint, an
 * authentication failure of ours, or no one's failure (not kept).
 */
static void
feedback_rcpt(struct ctx *c, char *addr, const char *type)
{
	enum dsn_category cat = dsn_feedback_category(type);
	struct dsn_recipient *r;

	if (cat == DSN_CAT_NONE) {
		g_free(addr);
		return;
	}
	if ((r = ctx_rcpt_add(c, addr)) == NULL)
		return;
	r->category = cat;
	r->reason = g_strdup(cat == DSN_CAT_BLOCKED ? "authfailure" :
	    "feedback");
	r->feedback_type = type ? dsn_ascii_lower(type, -1) : NULL;
	r->rule = g_strdup(cat == DSN_CAT_BLOCKED ? "RFC 6591 "
	    "authentication failure report" : "RFC 5965 feedback report");
}

/*
 * Every recipient an ARF report names: each Original-Rcpt-To field (RFC
 * 5965 allows several) and each Removal-Recipient; else the To of the
 * returned message.
 */
static void
dsn_feedback_read(struct ctx *c, const char *text, GPtrArray *explain)
{
	GPtrArray *f = dsn_fields_parse(text, NULL);
	const char *type = dsn_fields_get(f, "Feedback-Type");
	guint i, n = 0;
	char *addr;

	if (dsn_feedback_category(type) == DSN_CAT_NONE)
		dsn_explain(explain, "feedback type \"%s\": no one's "
		    "complaint, names nobody", type);
	for (i = 0; i < f->len; i++) {
		struct dsn_field *x = f->pdata[i];

		if (g_ascii_strcasecmp(x->name, "Original-Rcpt-To") != 0 &&
		    g_ascii_strcasecmp(x->name, "Removal-Recipient") != 0)
			continue;
		if ((addr = dsn_addr_clean(dsn_field_value(x))) != NULL) {
			feedback_rcpt(c, addr, type);
			n++;
		}
	}
	if (n == 0 && c->rep->original_to != NULL)
		feedback_rcpt(c, g_strdup(c->rep->original_to), type);
	dsn_fields_free(f);
}

static void
ctx_exclude(struct ctx *c, const char *addr)
{
	if (addr != NULL)
		g_hash_table_add(c->exclude, dsn_ascii_lower(addr, -1));
}

/* The address of a To: field that names exactly one mailbox, else NULL. */
static char *
single_address(const char *field)
{
	InternetAddressList *l;
	InternetAddress *ia;
	char *addr = NULL;

	if (field == NULL)
		return NULL;
	l = internet_address_list_parse(NULL, field);
	if (l == NULL)
		return NULL;
	if (internet_address_list_length(l) == 1) {
		ia = internet_address_list_get_address(l, 0);
		if (INTERNET_ADDRESS_IS_MAILBOX(ia))
			addr = dsn_addr_clean(internet_address_mailbox_get_addr(
			    INTERNET_ADDRESS_MAILBOX(ia)));
	}
	g_object_unref(l);
	return addr;
}

/* Whether addr is the notice's From or To, or the returned mail's From. */
static int
addr_is_own(const struct ctx *c, const char *addr)
{
	const char *own[] = { c->head.to, c->head.from,
	    c->rep->original_from };
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(own); i++)
		if (own[i] != NULL && g_ascii_strcasecmp(addr, own[i]) == 0)
			return 1;
	return 0;
}

/*
 * Whether a Cc: field (NULL: none) names someone besides the notice's
 * own people (a sender's copy to itself names no other addressee).
 */
static int
cc_names_other(const struct ctx *c, const char *field)
{
	InternetAddressList *l;
	InternetAddress *ia;
	char *addr;
	int i, n, other = 0;

	if (field == NULL || strchr(field, '@') == NULL)
		return 0;
	if ((l = internet_address_list_parse(NULL, field)) == NULL)
		return 1;
	n = internet_address_list_length(l);
	for (i = 0; i < n && !other; i++) {
		ia = internet_address_list_get_address(l, i);
		if (!INTERNET_ADDRESS_IS_MAILBOX(ia)) {
			other = 1;
			continue;
		}
		addr = dsn_addr_clean(internet_address_mailbox_get_addr(
		    INTERNET_ADDRESS_MAILBOX(ia)));
		other = addr == NULL || !addr_is_own(c, addr);
		g_free(addr);
	}
	g_object_unref(l);
	return other;
}

static void
original_read(struct ctx *c)
{
	GString *h = c->parts.orig_headers;
	GPtrArray *f;
	const char *v;

	/*
	 * The fields wanted stand near the top; a returned header larger
	 * than the bound on a message's own is read up to it.
	 */
	if (h->len > DSN_MAX_HEADER)
		g_string_truncate(h, DSN_MAX_HEADER);
	f = dsn_fields_parse(h->str, NULL);

	if ((v = dsn_fields_get(f, "Message-ID")) != NULL)
		c->rep->original_message_id = g_strstrip(g_strdelimit(
		    g_strdup(v), "<>", ' '));
	if ((v = dsn_fields_get(f, "Subject")) != NULL)
		c->rep->original_subject = g_mime_utils_header_decode_text(
		    NULL, v);
	c->rep->original_from = dsn_addr_clean(dsn_fields_get(f, "From"));
	c->rep->original_to = single_address(dsn_fields_get(f, "To"));
	c->orig_via_list = dsn_fields_get(f, "List-Id") != NULL ||
	    dsn_fields_get(f, "X-BeenThere") != NULL;
	c->orig_cc = cc_names_other(c, dsn_fields_get(f, "Cc"));
	/* Microsoft's feedback loop names the recipient in its own field. */
	if ((v = dsn_fields_get(f, "X-HmXmrOriginalRecipient")) != NULL) {
		g_free(c->rep->original_to);
		c->rep->original_to = dsn_addr_clean(v);
	}
	dsn_fields_free(f);
}

/*
 * Whether the lines of the block (up to a blank line either way) around
 * line name a Cc: or a List-Id: of the returned message.
 */
static int
text_block_shared(const struct ctx *c, const char *body, const char *line)
{
	const char *p = line, *nl;

	while (p > body + 1 && !(p[-1] == '\n' && p[-2] == '\n'))
		p--;
	if (p == body + 1)
		p = body;
	for (; *p != '\0' && *p != '\n'; p = nl + 1) {
		if (g_ascii_strncasecmp(p, "list-id:", 8) == 0)
			return 1;
		if (g_ascii_strncasecmp(p, "cc:", 3) == 0) {
			char *v = g_strndup(p + 3, strcspn(p + 3, "\n"));
			int other = cc_names_other(c, v);

			g_free(v);
			if (other)
				return 1;
		}
		if ((nl = strchr(p, '\n')) == NULL)
			break;
	}
	return 0;
}

/*
 * The To: of the original message as quoted in the text; *shared (when
 * not NULL) tells whether its block also names a Cc: or a List-Id:.
 */
static char *
text_after_cut_to(struct ctx *c, int *shared)
{
	const char *body = c->parts.body->str, *p = body;
	char *to = NULL;

	while (p != NULL && *p != '\0') {
		if (g_ascii_strncasecmp(p, "to:", 3) == 0) {
			char *line = g_strndup(p + 3, strcspn(p + 3, "\n"));

			if (strchr(line, ',') == NULL)
				to = dsn_addr_clean(line);
			g_free(line);
			if (shared != NULL)
				*shared = text_block_shared(c, body, p);
			break;
		}
		p = strchr(p, '\n');
		if (p != NULL)
			p++;
	}
	return to;
}

static const char *addr_domain(const char *);

/*
 * Whether the To: of the returned message may be taken for the failed
 * recipient of a bounce notice that names none: one address alone (no
 * Cc: to anyone else, no list's post), not the notice's own addressee or
 * sender.  Its own From is refused only when of the domain the notice
 * went to (our sender writing to itself); someone else's message to
 * themselves, bounced to an address they forward from, is theirs.
 */
static int
original_to_alone(struct ctx *c, int shared)
{
	const char *to = c->rep->original_to, *of = c->rep->original_from;

	if (to == NULL || shared || c->orig_via_list || c->orig_cc ||
	    !dsn_addr_valid(to))
		return 0;
	if ((c->head.to != NULL && g_ascii_strcasecmp(to, c->head.to) == 0) ||
	    (c->head.from != NULL && g_ascii_strcasecmp(to, c->head.from) == 0))
		return 0;
	return of == NULL || g_ascii_strcasecmp(to, of) != 0 ||
	    g_ascii_strcasecmp(addr_domain(to), addr_domain(c->head.to)) != 0;
}

/*
 * The message-level rule of category ("notice", "warning") that subject
 * (NULL: none) or the sender holds, else the start of the text: its
 * location, or NULL.
 */
static const char *
message_rule(struct ctx *c, const char *category, const char *subject)
{
	const char *why;

	why = ctx_match(c, category, subject != NULL, 1, NULL);
	if (why == NULL)
		why = ctx_match(c, category, 0, 0, ctx_lc_start(c));
	return why;
}

/*
 * The recipients of a delay warning (a notice without a delivery status
 * report that a "warning" rule holds: Exim's warning message, Sendmail's
 * and Postfix's delay notices) were not given up on: each without an
 * Action of its own takes "delayed", which no rule turns into a dead
 * address (RFC 3464 2.3.3: the MTA "will continue to attempt").
 */
static void
warning_mark_delayed(struct ctx *c, guint from, GPtrArray *explain)
{
	const char *why;
	guint i;

	if (from >= c->rcpt->len || (why = message_rule(c, "warning",
	    c->head.subject)) == NULL)
		return;
	dsn_explain(explain, "a delay warning (%s)", why);
	for (i = from; i < c->rcpt->len; i++) {
		struct dsn_recipient *r = &g_array_index(c->rcpt,
		    struct dsn_recipient, i);

		if (r->action == NULL)
			r->action = g_strdup("delayed");
	}
}

/*
 * A notice that names its recipients by local part only (AirMail,
 * GroupWise): the domain is the sender's (see dsn_local.c).
 */
static void
bounce_local_parts(struct ctx *c, GPtrArray *explain)
{
	const char *at = c->head.from ? strchr(c->head.from, '@') : NULL;
	GPtrArray *found;
	struct dsn_recipient *r;
	guint i;

	if (at == NULL)
		return;
	found = dsn_local_scan(c->text, at + 1);
	for (i = 0; i < found->len; i++) {
		struct dsn_found *f = found->pdata[i];

		if ((r = ctx_rcpt_add(c, g_strdup(f->addr))) == NULL)
			continue;
		dsn_explain(explain, "%s: a local part, the domain the "
		    "notice sender's", f->addr);
		r->diagnostic = f->diag;
		f->diag = NULL;
		r->status = dsn_status_pick(NULL, r->diagnostic);
	}
	g_ptr_array_free(found, TRUE);
}

/*
 * Whether the notice's addressee may have sent the message to
 * themselves: the returned message (attached, or quoted after the text)
 * names no other addressee, and the notice lists no local parts of its
 * own domain (bounce_local_parts) as the failed ones.
 */
static int
self_sent(struct ctx *c)
{
	char *quoted = NULL;
	const char *to = c->rep->original_to;
	const char *at = c->head.from ? strchr(c->head.from, '@') : NULL;
	GPtrArray *local;
	int self;

	if (to == NULL)
		to = quoted = text_after_cut_to(c, NULL);
	self = to == NULL || g_ascii_strcasecmp(to, c->head.to) == 0;
	g_free(quoted);
	if (self && at != NULL) {
		local = dsn_local_scan(c->text, at + 1);
		self = local->len == 0;
		g_ptr_array_free(local, TRUE);
	}
	return self;
}

static void
bounce_from_text(struct ctx *c, GPtrArray *explain)
{
	GPtrArray *found;
	size_t dropped;
	guint i, first = c->rcpt->len;
	int shared = 0;

	found = dsn_text_scan(c->paras, c->exclude, c->head.failed_rcpts,
	    explain, &dropped);
	if (found->len == 0 && c->head.to != NULL && self_sent(c)) {
		/* People do send to themselves: try again with the To: in. */
		char *lc = dsn_ascii_lower(c->head.to, -1);

		g_hash_table_remove(c->exclude, lc);
		g_free(lc);
		g_ptr_array_free(found, TRUE);
		found = dsn_text_scan(c->paras, c->exclude, NULL, explain,
		    &dropped);
	}
	c->rep->ndropped += dropped;
	for (i = 0; i < found->len; i++) {
		struct dsn_found *f = found->pdata[i];
		struct dsn_recipient *r = ctx_rcpt_add(c, g_strdup(f->addr));

		if (r == NULL)
			continue;
		r->diagnostic = f->diag;
		f->diag = NULL;
		r->status = dsn_status_pick(NULL, r->diagnostic);
		if (r->status == NULL && found->len == 1)
			r->status = dsn_status_pick(NULL, c->text);
	}
	g_ptr_array_free(found, TRUE);
	if (c->rcpt->len == 0 && c->rep->original_to == NULL)
		c->rep->original_to = text_after_cut_to(c, &shared);
	/*
	 * The To: of a message a mailing list passed on names the list, not
	 * the member whose server refused it; a message to several people
	 * does not tell which failed: no guess then.
	 */
	if (c->rcpt->len == 0 && original_to_alone(c, shared)) {
		struct dsn_recipient *r = ctx_rcpt_add(c,
		    g_strdup(c->rep->original_to));

		dsn_explain(explain, "%s: the recipient from the returned "
		    "message's To: (the notice names none)", r->addr);
		r->status = dsn_status_find(c->text);
	}
	if (c->rcpt->len == 0)
		bounce_local_parts(c, explain);
	warning_mark_delayed(c, first, explain);
	ctx_finish(c);
}

static int return_path_personal(struct ctx *);
static int from_personal_unrecorded(struct ctx *);

/*
 * The subject past the spaces and the bracketed tags ("[SPAM]",
 * "[EXTERNAL]") that filters and lists put in front of it.
 */
static const char *
subject_untagged(const char *subject)
{
	const char *close;

	for (;;) {
		while (*subject == ' ' || *subject == '\t')
			subject++;
		if (*subject != '[' || (close = strchr(subject, ']')) == NULL)
			return subject;
		subject = close + 1;
	}
}

/*
 * The length of the prefix of prefixes (written in lower case) the
 * subject starts with, tags and spaces before it included (ASCII case
 * ignored), or 0.
 */
static size_t
subject_prefixed(const char *subject, const char *const *prefixes)
{
	const char *s;
	size_t i, n;
	char first;

	if (subject == NULL)
		return 0;
	s = subject_untagged(subject);
	/* The first bytes compared before the prefixes: most differ there. */
	first = g_ascii_tolower(*s);
	for (i = 0; prefixes[i] != NULL; i++) {
		if (prefixes[i][0] != first)
			continue;
		n = strlen(prefixes[i]);
		if (g_ascii_strncasecmp(s, prefixes[i], n) == 0)
			return (size_t)(s - subject) + n;
	}
	return 0;
}

/* How people's mail programs start the Subject of a reply, a forward. */
static const char *const subject_reply_prefixes[] = { "re:", "re：", "aw:",
	"sv:", "antw:", "res:", "回复:", "回复：", "答复:", "答复：", "回覆:",
	"回覆：", NULL };
static const char *const subject_forward_prefixes[] = { "fwd:", "fw:",
	"wg:", "tr:", "rv:", "enc:", "rif:", "i:", "转发:", "转发：", "fwd：",
	NULL };

/*
 * Whether one of the prefixes that open the subject is of want, the
 * others before it being of other ("AW: WG: ...", "FW: 回复: ...").
 */
static int
subject_chain_has(const char *subject, const char *const *want,
    const char *const *other)
{
	size_t n;

	while (subject != NULL && subject_prefixed(subject, want) == 0) {
		n = subject_prefixed(subject, other);
		subject = n > 0 ? subject + n : NULL;
	}
	return subject != NULL;
}

/* A Subject of a person's reply, perhaps forwarded since. */
static int
subject_replied(const char *subject)
{
	return subject_chain_has(subject, subject_reply_prefixes,
	    subject_forward_prefixes);
}

/*
 * 1 when the local part is one mail systems send reports from
 * (MAILER-DAEMON, postmaster, ...); with verp, also a VERP or service
 * address (bounce+id=..., 0101...-000000@).
 */
static int
sender_local_is_system(const char *addr, int verp)
{
	static const char *const names[] = { "mailer-daemon", "postmaster",
		"mdaemon", "null", "bounce", "bounces", "mailerdaemon", "",
		NULL };
	const char *at = addr != NULL ? strchr(addr, '@') : NULL;
	size_t i, n = at != NULL ? (size_t)(at - addr) :
	    addr != NULL ? strlen(addr) : 0;

	for (i = 0; addr != NULL && names[i] != NULL; i++)
		if (strlen(names[i]) == n &&
		    g_ascii_strncasecmp(addr, names[i], n) == 0)
			return 1;
	return verp && addr != NULL && (n >= 24 ||
	    memchr(addr, '=', n) != NULL || memchr(addr, '+', n) != NULL);
}

/* 1 for the addresses that mail systems send reports from. */
static int
sender_is_system(const char *addr)
{
	return sender_local_is_system(addr, 1);
}

/*
 * 1 for a bounce that a list manager passed on to the list's owner with
 * its list headers added (Mailman 2.0's -admin copies): list headers on
 * a message from MAILER-DAEMON or postmaster.  Its envelope sender
 * (Return-Path) is then the list's, not the one who wrote the notice.
 */
static int
list_passed_bounce(struct ctx *c)
{
	return c->head.list_mail && c->head.from != NULL &&
	    *c->head.from != '\0' && sender_local_is_system(c->head.from, 0);
}

/*
 * 1 for a mail system's bounce of a list manager's own notice that kept
 * that notice's headers (X-List-Administrivia and all), as Microsoft's
 * CDO does: a list's notice is no post passing on a person's words, and
 * the list does not title its own notices as failed deliveries
 * ("Non-Delivery: Your message to the list awaits moderator approval").
 */
static int
list_notice_bounced(struct ctx *c)
{
	return c->head.list_admin && ctx_match(c, "notice", 1, 0,
	    NULL) != NULL;
}

/*
 * A message the notice rules would take for a bounce that is none: a
 * mailing list's post (its list headers) passes on what a person wrote,
 * bounce words and all (a bounce comes as a report, read before this, or
 * as a list manager's copy of a bounce or the bounce of its own notice,
 * above); a challenge waits for the sender to prove to be a person
 * (notbounce rules on the text).
 */
static int
not_a_notice(struct ctx *c, GPtrArray *explain)
{
	const char *why;

	if (c->head.list_mail && !list_passed_bounce(c) &&
	    !list_notice_bounced(c)) {
		dsn_explain(explain, "not a bounce: a mailing list's post "
		    "(List-Id, X-BeenThere)");
		return 1;
	}
	why = ctx_match(c, "notbounce", 0, 0, ctx_lc_start(c));
	if (why != NULL)
		dsn_explain(explain, "not a bounce: the message waits for the "
		    "sender (%s)", why);
	return why != NULL;
}

/*
 * 1 for an auto-reply that a relay passes on under its own MAILER-DAEMON
 * address (Amazon SES forwards the replies to a message's envelope
 * sender so): it says it is one, by a responder's header (X-Autoreply,
 * X-Autorespond) or by a subject of the autoreply rules, it carries no
 * returned message, and its subject does not also say that mail failed
 * ("Undeliverable: Automatic reply" is the bounce of an auto-reply).
 * RFC 3834's Auto-Submitted: auto-replied alone does not count: Exim
 * and Postfix put it on their bounces too.
 */
static int
autoreply_passed_on(struct ctx *c, GPtrArray *explain)
{
	const char *why;

	if (c->parts.has_returned || ctx_match(c, "notice", 1, 0,
	    NULL) != NULL)
		return 0;
	why = ctx_match(c, "autoreply", 1, 0, NULL);
	if (why == NULL && !c->head.autoreply_header)
		return 0;
	dsn_explain(explain, "not a bounce: an auto-reply (%s), whoever "
	    "passed it on", why != NULL ? why : "responder's header");
	return 1;
}

static int
is_bounce_notice(struct ctx *c, GPtrArray *explain)
{
	const char *why, *subject = c->head.subject;

	if (c->head.failed_rcpts != NULL)
		return 1;
	/*
	 * A held, recalled or delivered message's notice, unless its
	 * subject also says that it could not be delivered: "Non-Delivery:
	 * Your message to the list awaits moderator approval" is the bounce
	 * of a list's held-message notice, sent back to the list.
	 */
	why = ctx_match(c, "notbounce", 1, 0, NULL);
	if (why != NULL && ctx_match(c, "notice", 1, 0, NULL) == NULL) {
		dsn_explain(explain, "not a bounce: the message is held, "
		    "awaits approval, was recalled or delivered (%s)", why);
		return 0;
	}
	if (c->parts.report_type != NULL &&
	    strstr(c->parts.report_type, "delivery-status") != NULL) {
		dsn_explain(explain, "a bounce notice (multipart/report)");
		return 1;
	}
	/* A null sender with the original attached: a bounce. */
	if (c->parts.has_returned && c->head.return_path != NULL &&
	    strcmp(g_strstrip(c->head.return_path), "<>") == 0 &&
	    !dsn_auto_is_autoreply(&c->head, c->text)) {
		dsn_explain(explain, "a bounce notice (null sender, returned "
		    "message)");
		return 1;
	}
	if (not_a_notice(c, explain) || autoreply_passed_on(c, explain))
		return 0;
	/*
	 * A person's reply about a failure ("回复: 邮件发送失败", "Re: Delivery
	 * failed") is titled like a notice and is none: a mail system does
	 * not reply.
	 */
	if (subject_replied(subject) && (return_path_personal(c) ||
	    from_personal_unrecorded(c)))
		subject = NULL;
	why = message_rule(c, "notice", subject);
	if (why != NULL)
		dsn_explain(explain, "a bounce notice (%s)", why);
	return why != NULL;
}

static void
autoreply_read(struct ctx *c, GPtrArray *explain)
{
	struct dsn_recipient *r;
	const char *why, *away;
	char *lc, *repl = NULL;

	if (c->head.from == NULL)
		return;
	c->rep->kind = DSN_KIND_AUTOREPLY;
	r = ctx_rcpt_add(c, g_strdup(c->head.from));
	if (r == NULL)
		return;
	lc = dsn_lower(ctx_squeezed(c), -1);
	why = dsn_rules_match_text(c->rules, "invalid", lc);
	/*
	 * Someone away for a time ("out of the office until 20 May") who
	 * writes that a colleague has left, or that an old address is no
	 * longer in use, speaks of someone else: the replier is alive.
	 */
	if (why != NULL && (away = dsn_rules_match_text(c->rules,
	    "autoreply", lc)) != NULL) {
		dsn_explain(explain, "auto-reply of someone away for a time "
		    "(%s): its \"gone\" (%s) is about someone else", away,
		    why);
		why = NULL;
	}
	if (why != NULL) {
		dsn_auto_has_left(c->text, c->head.from, &repl);
		r->category = DSN_CAT_INVALID;
		r->reason = g_strdup("hasmoved");
		r->replacement = repl;
		r->hard = 1;
		r->rule = g_strdup(why);
		r->diagnostic = dsn_text_squeeze(c->text, DSN_MAX_DIAG);
		dsn_explain(explain, "auto-reply says the mailbox is gone (%s)",
		    why);
	} else {
		r->category = DSN_CAT_AUTOREPLY;
		r->reason = g_strdup("vacation");
		r->rule = g_strdup("auto-reply");
	}
	g_free(lc);
}

static int
is_autoreply(struct ctx *c, GPtrArray *explain)
{
	const char *why = ctx_match(c, "autoreply", 1, 0, NULL);

	if (why == NULL && !dsn_auto_is_autoreply(&c->head, c->text))
		return 0;
	dsn_explain(explain, "an auto-reply (%s)", why ? why : "headers");
	return 1;
}

/*
 * Some MTAs put the RFC 3464 fields in the text part instead of a
 * message/delivery-status part: read them from there.
 */
static void
status_from_text(struct ctx *c, GPtrArray *explain)
{
	static const char *const starts[] = {
		"\nReporting-MTA:", "\nFinal-Recipient:",
		"\nOriginal-Recipient:",
	};
	const char *p = NULL, *q;
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(starts); i++) {
		q = strstr(c->text, starts[i]);
		if (q != NULL && (p == NULL || q < p))
			p = q;
	}
	if (p == NULL || (strstr(p, "\nFinal-Recipient:") == NULL &&
	    strstr(p, "\nOriginal-Recipient:") == NULL))
		return;
	g_string_append(c->parts.status, p + 1);
	dsn_explain(explain, "delivery status fields found in the text");
}

/*
 * 1 when a mail system, not a person's mail program, wrote the
 * disposition notification: it comes from a system address
 * (postmaster, MAILER-DAEMON), says it rejected the message
 * (Auto-Submitted: auto-replied (rejected), RFC 5429's Sieve reject) or
 * names a delivery agent or Sieve as its Reporting-UA (Dovecot's "Mail
 * Delivery Agent").  The envelope sender proves nothing: RFC 8098
 * asks every receipt to come from the null sender.
 */
static int
mdn_from_system(struct ctx *c, const char *ua)
{
	static const char *const agents[] = { "delivery agent", "sieve",
		NULL };
	char *as, *lc;
	size_t i;
	int yes;

	if (c->head.from != NULL && sender_local_is_system(c->head.from, 0))
		return 1;
	as = c->head.auto_submitted != NULL ?
	    dsn_ascii_lower(c->head.auto_submitted, -1) : NULL;
	yes = as != NULL && strstr(as, "rejected") != NULL;
	lc = ua != NULL ? dsn_ascii_lower(ua, -1) : NULL;
	for (i = 0; lc != NULL && !yes && agents[i] != NULL; i++)
		yes = strstr(lc, agents[i]) != NULL;
	g_free(as);
	g_free(lc);
	return yes;
}

/*
 * A disposition notification that says the receiving system deleted the
 * message unread (Dovecot's "automatically rejected: Quota exceeded",
 * disposition mode automatic-action, written by the delivery agent) is a
 * bounce.  Everything else a receipt says is nothing to act on: a read
 * receipt ("displayed"), a person's own choice (manual-action, RFC 8098
 * 3.2.6.1), a mail program's receipt of a message deleted unread
 * (Outlook's "Not read:", Thunderbird's "Return Receipt (deleted)"), and
 * "denied" and "failed", which RFC 3798 (3.2.6.2) and RFC 2298 define as
 * the fate of the receipt, not of the message (the recipient does not
 * wish to send one; one could not be made).
 */
static void
status_from_mdn(struct ctx *c, GPtrArray *explain)
{
	GPtrArray *f;
	const char *disp;
	char *lc;

	if (c->parts.mdn->len == 0)
		return;
	f = dsn_fields_parse(c->parts.mdn->str, NULL);
	disp = dsn_fields_get(f, "Disposition");
	lc = disp ? dsn_ascii_lower(disp, -1) : NULL;
	if (lc != NULL && strstr(lc, "manual-action") == NULL &&
	    strstr(lc, "deleted") != NULL &&
	    mdn_from_system(c, dsn_fields_get(f, "Reporting-UA"))) {
		g_string_append(c->parts.status, c->parts.mdn->str);
		g_string_append(c->parts.status, "\nAction: failed\n");
		dsn_explain(explain, "a disposition notification: %s", disp);
	}
	g_free(lc);
	dsn_fields_free(f);
}

/* An Amazon SES notification (JSON in the body); 1 if it was one. */
static int
ses_read(struct ctx *c, GPtrArray *explain)
{
	enum dsn_kind kind;
	char *fbtype = NULL;
	size_t dropped = 0;
	GPtrArray *found = dsn_ses_read(c->parts.body->str, &kind, &fbtype,
	    &dropped);
	guint i;

	if (found == NULL)
		return 0;
	dsn_explain(explain, "an Amazon SES notification");
	c->rep->kind = kind;
	c->rep->ndropped += dropped;
	for (i = 0; i < found->len; i++) {
		struct dsn_found *f = found->pdata[i];
		struct dsn_recipient *r;

		if (kind == DSN_KIND_FEEDBACK) {
			/* SES passes on the ARF Feedback-Type. */
			feedback_rcpt(c, g_strdup(f->addr), fbtype);
			continue;
		}
		if ((r = ctx_rcpt_add(c, g_strdup(f->addr))) == NULL)
			continue;
		r->diagnostic = f->diag;
		f->diag = NULL;
		r->action = f->action;
		f->action = NULL;
		r->status = dsn_status_pick(f->status, r->diagnostic);
	}
	ctx_finish(c);
	g_free(fbtype);
	g_ptr_array_free(found, TRUE);
	return 1;
}

/*
 * A request to unsubscribe sent by the recipient's mail program (Apple
 * Mail mails the List-Unsubscribe address and marks the message
 * "X-Apple-Unsubscribe: true"): the sender is asking to get no more mail,
 * which this tool treats as a complaint.
 */
static void
unsubscribe_read(struct ctx *c, GPtrArray *explain)
{
	struct dsn_recipient *r;

	c->rep->kind = DSN_KIND_FEEDBACK;
	dsn_explain(explain, "an unsubscribe request (X-Apple-Unsubscribe)");
	r = ctx_rcpt_add(c, g_strdup(c->head.from));
	if (r == NULL)
		return;
	r->category = DSN_CAT_COMPLAINT;
	r->reason = g_strdup("feedback");
	r->feedback_type = g_strdup("unsubscribe");
	r->rule = g_strdup("unsubscribe request");
}

/*
 * A report of one recipient whose status says the address is dead while
 * the text written for people says the mailbox is full ("550 5.1.1 User
 * Unknown" under "rejected: Not enough disk space"): of two readings,
 * take the one that does not kill the address.  A full mailbox that stays
 * full turns the contact invalid by policy anyway.
 */
/*
 * The lines of the text that belong to addr alone: its Sendmail recipient
 * line and the session before it, where the text has one; else NULL.
 */
static char *
text_own_lines(struct ctx *c, const char *addr)
{
	GHashTable *where = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);
	char *lc = dsn_ascii_lower(addr, -1), *own = NULL;
	gpointer v;
	long pos;

	g_hash_table_insert(where, g_strdup(lc), NULL);
	dsn_text_locate(c->paras, where);
	v = g_hash_table_lookup(where, lc);
	g_free(lc);
	pos = v != NULL ? (long)GPOINTER_TO_SIZE(v) - 1 : -1;
	if (pos >= 0 && dsn_text_sendmail_rcpt(c->text, pos))
		own = dsn_text_paragraph(c->paras, pos, -1);
	g_hash_table_destroy(where);
	return own;
}

static void
status_vs_text(struct ctx *c, GPtrArray *explain)
{
	struct dsn_recipient *r = &g_array_index(c->rcpt,
	    struct dsn_recipient, 0);
	const char *where;
	char *lc, *own;

	if (r->category != DSN_CAT_INVALID || c->text == NULL)
		return;
	/* Of a transcript of several recipients, only its own lines. */
	own = text_own_lines(c, r->addr);
	lc = dsn_lower(own != NULL ? own : ctx_squeezed(c), -1);
	g_free(own);
	if (dsn_rules_text_says_full(c->rules, lc, &where)) {
		dsn_explain(explain, "the status says %s, the text says "
		    "mailbox full (%s): full", r->reason, where);
		r->category = DSN_CAT_FULL;
		g_free(r->reason);
		r->reason = g_strdup("mailboxfull");
		g_free(r->rule);
		r->rule = g_strdup(where);
		r->hard = 0;
	}
	g_free(lc);
}

/* A recipient read invalid turned to cat and reason, why explained. */
static void
rcpt_not_invalid(struct dsn_recipient *r, GPtrArray *explain,
    const char *why, enum dsn_category cat, const char *reason)
{
	char *rule;

	dsn_explain(explain, "%s: not %s, %s", r->addr, r->reason, why);
	rule = g_strdup_printf("%s; not invalid: %s", r->rule ? r->rule :
	    "no rule", why);
	g_free(r->rule);
	r->rule = rule;
	g_free(r->reason);
	r->reason = g_strdup(reason);
	r->category = cat;
	r->hard = 0;
}

/*
 * A notice about several recipients whose text about one of them says
 * nothing we know: what the whole notice says may be another's failure.
 * It never makes that one invalid.
 */
static void
rcpt_unattributed(struct dsn_recipient *r, GPtrArray *explain,
    const char *why)
{
	rcpt_not_invalid(r, explain, why, DSN_CAT_UNKNOWN, "undefined");
}

/*
 * Whether the text holds one reply only: a single line with a reply code
 * or an enhanced status.
 */
static int
text_one_reply(const char *text)
{
	const char *p = text, *nl;
	char *line, *code, *st;
	int n = 0;

	for (; p != NULL && *p != '\0' && n < 2; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		line = g_strndup(p, nl ? (gsize)(nl - p) : strlen(p));
		code = dsn_code_find(line);
		st = dsn_status_find(line);
		n += code != NULL || st != NULL;
		g_free(code);
		g_free(st);
		g_free(line);
	}
	return n == 1;
}

/*
 * Whether every recipient of the notice took the same reading from the
 * whole notice, and the notice holds one reply only: it gives one reason
 * for the list of recipients under it (MailMarshal: "Could not be
 * delivered because of / 550 5.1.1 User unknown / The following
 * recipients were affected:").
 */
static int
whole_notice_one_reason(struct ctx *c)
{
	struct dsn_recipient *r = (struct dsn_recipient *)c->rcpt->data;
	guint i;

	for (i = 0; i < c->rcpt->len; i++)
		if (r[i].rule == NULL || !g_str_has_prefix(r[i].rule,
		    WHOLE_NOTICE) || strcmp(r[i].rule, r[0].rule) != 0)
			return 0;
	return text_one_reply(c->text);
}

static void
whole_notice_guard(struct ctx *c, GPtrArray *explain)
{
	struct dsn_recipient *r;
	char *why;
	guint i;

	if (c->rcpt->len > 1 && whole_notice_one_reason(c)) {
		dsn_explain(explain, "the notice gives its %u recipients one "
		    "reason", c->rcpt->len);
		return;
	}
	for (i = 0; c->rcpt->len > 1 && i < c->rcpt->len; i++) {
		r = &g_array_index(c->rcpt, struct dsn_recipient, i);
		if (r->category != DSN_CAT_INVALID || r->rule == NULL ||
		    !g_str_has_prefix(r->rule, WHOLE_NOTICE))
			continue;
		why = g_strdup_printf("the notice names %u recipients",
		    c->rcpt->len);
		rcpt_unattributed(r, explain, why);
		g_free(why);
	}
}

/*
 * A Diagnostic-Code that names another mailbox as the one refused, and
 * not this recipient, is another's failure copied to it (nullmailer gives
 * up on a whole message at its first refused recipient and reports every
 * one with that reply; relays copy a smarthost's).  It never makes this
 * one invalid.  Addresses of the sender's side are left to the rules,
 * and so is a new address the text gives; a paragraph of the text, which
 * may hold several recipients' lines, is not judged here.
 */
static void
other_named_guard(struct ctx *c, GPtrArray *explain)
{
	const char *sender[] = { c->head.from, c->head.to,
		c->rep->original_from, NULL, NULL };
	const char *own[4] = { NULL };
	struct dsn_recipient *r;
	char *other, *why, *lc, **also;
	guint i;

	for (i = 0; c->rep->kind == DSN_KIND_BOUNCE && i < c->rcpt->len;
	    i++) {
		r = &g_array_index(c->rcpt, struct dsn_recipient, i);
		if (r->category != DSN_CAT_INVALID || r->diagnostic == NULL)
			continue;
		/* "Has moved, write to X" names X as no refused one. */
		sender[3] = r->replacement;
		lc = dsn_ascii_lower(r->addr, -1);
		also = c->also != NULL ? g_hash_table_lookup(c->also, lc) :
		    NULL;
		g_free(lc);
		/* A paragraph of the text may be several recipients'. */
		if (also == NULL)
			continue;
		own[0] = r->addr;
		own[1] = also[0];
		own[2] = own[1] != NULL ? also[1] : NULL;
		other = dsn_named_other(r->diagnostic, own, sender);
		if (other == NULL)
			continue;
		why = g_strdup_printf("its diagnostic names '%s' as refused",
		    other);
		rcpt_unattributed(r, explain, why);
		g_free(why);
		g_free(other);
	}
}

/*
 * nullmailer reports every recipient of a message it gave up on with the
 * first refusal it met.  A reply that names no address does not tell
 * which one was refused: none of them is invalid.
 */
static void
one_reply_guard(struct ctx *c, GPtrArray *explain)
{
	struct dsn_recipient *r = (struct dsn_recipient *)c->rcpt->data;
	const char *diag = c->rcpt->len > 0 ? r[0].diagnostic : NULL;
	char *why;
	guint i;

	if (c->rcpt->len < 2 || c->rep->kind != DSN_KIND_BOUNCE ||
	    diag == NULL || strchr(diag, '@') != NULL ||
	    strstr(c->lc_text, "this is the nullmailer delivery system") ==
	    NULL)
		return;
	for (i = 1; i < c->rcpt->len; i++)
		if (g_strcmp0(diag, r[i].diagnostic) != 0)
			return;
	why = g_strdup_printf("nullmailer gives its %u recipients one reply "
	    "that names none", c->rcpt->len);
	for (i = 0; i < c->rcpt->len; i++)
		if (r[i].category == DSN_CAT_INVALID)
			rcpt_unattributed(&r[i], explain, why);
	g_free(why);
}

/*
 * A mailing list's own notice (its list headers) that carries a whole
 * report as a message: Mailman's "Uncaught bounce notification" and
 * "Bounce action notification" to the list's owners.  That bounce
 * answered the list's post, not our mail, and the list has acted on its
 * member: the report names no one of ours.  (A report the list passed on
 * as itself, not attached, is still read.)
 */
static int
list_forwarded_report(struct ctx *c)
{
	return c->parts.forwarded && c->head.list_mail;
}

static void
report_classify(struct ctx *c, GPtrArray *explain)
{
	struct dsn_parts *p = &c->parts;

	if (list_forwarded_report(c)) {
		dsn_explain(explain, "a mailing list's notice carrying a "
		    "bounce of its own post: names no one of ours");
		return;
	}

	if (p->feedback->len > 0 || (p->report_type != NULL &&
	    strcmp(p->report_type, "feedback-report") == 0) ||
	    (p->has_returned && ctx_match(c, "complaint", 1, 1,
	    NULL) != NULL)) {
		c->rep->kind = DSN_KIND_FEEDBACK;
		dsn_explain(explain, "an ARF feedback report");
		dsn_feedback_read(c, p->feedback->str, explain);
		return;
	}
	if (p->status->len == 0)
		status_from_text(c, explain);
	if (p->status->len == 0)
		status_from_mdn(c, explain);
	if (p->status->len == 0 && p->mdn->len > 0) {
		/* A read receipt (RFC 8098), even with the message back. */
		dsn_explain(explain, "a disposition notification that "
		    "reports no failure");
		return;
	}
	if (p->status->len > 0) {
		c->rep->kind = DSN_KIND_BOUNCE;
		dsn_explain(explain, "a delivery status report");
		dsn_status_read(c, p->status->str);
		if (c->rcpt->len == 1)
			status_vs_text(c, explain);
		if (c->rcpt->len > 0)
			return;
	}
	if (c->rep->kind == DSN_KIND_NONE && ses_read(c, explain))
		return;
	if (c->rep->kind == DSN_KIND_BOUNCE || is_bounce_notice(c, explain)) {
		c->rep->kind = DSN_KIND_BOUNCE;
		bounce_from_text(c, explain);
		return;
	}
	if (c->head.unsubscribe && c->head.from != NULL) {
		unsubscribe_read(c, explain);
		return;
	}
	if (is_autoreply(c, explain))
		autoreply_read(c, explain);
}

/* A Subject of a person's forward, perhaps answered since. */
static int
subject_forwarded(const char *subject)
{
	return subject_chain_has(subject, subject_forward_prefixes,
	    subject_reply_prefixes);
}

static const char *
addr_domain(const char *addr)
{
	const char *at = addr != NULL ? strchr(addr, '@') : NULL;

	return at != NULL ? at + 1 : "";
}

/*
 * 1 when the envelope sender the receiving server recorded (Return-Path)
 * is a person's address: a mail system sends reports from the null
 * sender, which servers write as <>, <null>, MAILER-DAEMON or
 * postmaster, from a VERP address of a service (long, or with '=' or
 * '+'), or from an address of its own domain.  No Return-Path (a file
 * saved elsewhere) says nothing, nor a list manager's on the copy of a
 * bounce it passed on.
 */
static int
return_path_personal(struct ctx *c)
{
	char *rp = c->head.return_path, *a;
	int personal;

	if (rp == NULL || list_passed_bounce(c))
		return 0;
	a = g_strstrip(g_strdelimit(g_strdup(rp), "<>", ' '));
	personal = strchr(a, '@') != NULL && strchr(a, ' ') == NULL &&
	    !sender_is_system(a) && !(sender_is_system(c->head.from) &&
	    g_ascii_strcasecmp(addr_domain(a), addr_domain(c->head.from)) ==
	    0);
	g_free(a);
	return personal;
}

/*
 * 1 when no envelope sender was recorded (no Return-Path: a file saved by
 * a mail program, a message moved between stores) and the From is a
 * person's address, neither one mail systems send reports from nor a
 * no-reply address (a provider's notices come from one): then the From
 * is the only word on who wrote it.
 */
static int
from_personal_unrecorded(struct ctx *c)
{
	static const char *const noreply[] = { "no-reply", "noreply",
		"no_reply", "donotreply", "do-not-reply", "do_not_reply",
		NULL };
	const char *f = c->head.from;
	size_t i;

	if (c->head.return_path != NULL || f == NULL ||
	    strchr(f, '@') == NULL || sender_is_system(f) ||
	    list_passed_bounce(c))
		return 0;
	for (i = 0; noreply[i] != NULL; i++)
		if (g_ascii_strncasecmp(f, noreply[i], strlen(noreply[i])) ==
		    0)
			return 0;
	return 1;
}

/*
 * 1 when an auto-reply's envelope sender is neither null nor the address
 * it speaks for (its From): someone else wrote it in that name.
 */
static int
return_path_other(struct ctx *c)
{
	char *a;
	int other;

	if (c->head.return_path == NULL || c->head.from == NULL)
		return 0;
	a = g_strstrip(g_strdelimit(g_strdup(c->head.return_path), "<>",
	    ' '));
	other = strchr(a, '@') != NULL && !sender_is_system(a) &&
	    g_ascii_strcasecmp(a, c->head.from) != 0;
	g_free(a);
	return other;
}

/*
 * Why a delivery report is not what it says, from what the receiving
 * server wrote (Return-Path) and what a person's forward looks like; the
 * store holds such a report's failures rather than believe them.
 */
static void
report_doubt(struct ctx *c, GPtrArray *explain)
{
	struct dsn_report *rep = c->rep;

	if (rep->kind == DSN_KIND_AUTOREPLY && return_path_other(c))
		rep->doubt = "an auto-reply not sent from the address itself "
		    "(Return-Path)";
	if (rep->kind != DSN_KIND_BOUNCE)
		goto out;
	if (return_path_personal(c))
		rep->doubt = "sent from a person's address (Return-Path), "
		    "not by a mail system";
	else if (subject_forwarded(c->head.subject))
		rep->doubt = "a person's forward of a report";
out:
	if (rep->doubt != NULL)
		dsn_explain(explain, "not believed: %s", rep->doubt);
}

/*
 * A person's mail (from a person's address, or a forward) that carries or
 * quotes a report: an address the reader ties to no failure it knows
 * (unknown) is only mentioned there, as in "I got this when I wrote to
 * einkauf@, which works: is it from you?".  Such an address is dropped,
 * not held; a failure the rules can name stays, held as doubted.  The
 * word evidence alone does not keep it: a person's words about a failure
 * are not a mail system's.
 */
static void
person_mail_guard(struct ctx *c, GPtrArray *explain)
{
	struct dsn_recipient *r;
	guint i = 0;

	if (c->rep->kind != DSN_KIND_BOUNCE || (!return_path_personal(c) &&
	    !subject_forwarded(c->head.subject)))
		return;
	while (i < c->rcpt->len) {
		r = &g_array_index(c->rcpt, struct dsn_recipient, i);
		if (r->category != DSN_CAT_UNKNOWN && (r->rule == NULL ||
		    !g_str_has_prefix(r->rule, DSN_WORDS_WHY))) {
			i++;
			continue;
		}
		dsn_explain(explain, "%s: only named in a person's mail, no "
		    "failure read", r->addr);
		rcpt_release(r);
		g_array_remove_index(c->rcpt, i);
	}
}

/*
 * au by EZweb marks a notice about a message its filter stopped with
 * "X-SPASIGN: NG" (Sisimai's Lhost/EZweb.pm, BSD 2-Clause: filtered).
 * A "user unknown" in it is the filter's answer to this sender, as
 * Japanese carriers' filters give it: a refusal, never a dead address.
 */
static void
carrier_filter_guard(struct ctx *c, GPtrArray *explain)
{
	struct dsn_recipient *r;
	guint i;

	for (i = 0; c->head.spam_ng && i < c->rcpt->len; i++) {
		r = &g_array_index(c->rcpt, struct dsn_recipient, i);
		if (r->category == DSN_CAT_INVALID)
			rcpt_not_invalid(r, explain, "the carrier's filter "
			    "stopped the message (X-SPASIGN: NG)",
			    DSN_CAT_BLOCKED, "filtered");
	}
}

/*
 * Every recipient's diagnostic as people read it (dsn_tidy.c), once the
 * rules and guards have read it whole.  One that keeps no reason (none,
 * the address alone, advice, a heading) takes the reason the notice gives
 * above the address, if it gives one.  The returned message's subject
 * quoted in it goes, and a word a fold split is joined where the Subject
 * gives it whole.
 */
static void
report_tidy(struct ctx *c)
{
	struct dsn_recipient *r;
	char *t, *before;
	guint i;
	int weak;

	for (i = 0; i < c->rcpt->len; i++) {
		r = &g_array_index(c->rcpt, struct dsn_recipient, i);
		dsn_diag_unsubject(r->diagnostic, c->rep->original_subject,
		    c->head.subject);
		t = dsn_diag_tidy(r->diagnostic, &weak);
		if (weak && c->rep->kind == DSN_KIND_BOUNCE &&
		    (before = dsn_diag_before(c->text, c->lc_text,
		    r->addr)) != NULL) {
			g_free(t);
			t = before;
		}
		dsn_diag_refold(t, c->head.subject);
		g_free(r->diagnostic);
		r->diagnostic = t;
	}
}

static void
report_finish(struct ctx *c, GPtrArray *explain)
{
	struct dsn_report *rep = c->rep;
	guint i;

	report_tidy(c);
	rep->nrcpt = c->rcpt->len;
	rep->rcpt = (struct dsn_recipient *)g_array_free(c->rcpt, FALSE);
	for (i = 0; i < rep->nrcpt; i++)
		dsn_explain(explain, "%s: %s/%s by %s", rep->rcpt[i].addr,
		    dsn_category_name(rep->rcpt[i].category),
		    rep->rcpt[i].reason, rep->rcpt[i].rule ?
		    rep->rcpt[i].rule : "no rule");
	if (rep->ndropped > 0)
		dsn_explain(explain, "more than %d recipients: %zu more not "
		    "read (a forged mass bounce?)", DSN_MAX_RCPT,
		    rep->ndropped);
	if (rep->nrcpt == 0)
		rep->kind = DSN_KIND_NONE;
	report_doubt(c, explain);
	if (explain != NULL) {
		rep->nexplain = explain->len;
		g_ptr_array_add(explain, NULL);
		rep->explain = (char **)g_ptr_array_free(explain, FALSE);
	}
}

/* What a person's forward leaves to read: the notice it attached. */
struct forward {
	char	*notice;	/* the attached message as written */
	char	*from;		/* the person who forwarded it */
	char	*to;		/* and whom to */
};

/*
 * A person's mail (From no mail system's address, no list's) to someone
 * of the same domain, that carries a message as an attachment and is a
 * forward, or reads as no failure of its own: a colleague forwarding a
 * notice to the harvested mailbox.  The attachment is taken for reading
 * by itself, without the person's words around it.  Someone outside who
 * forwards a notice about their own mail is not read this way: their
 * notice is not about ours.
 */
int
dsn_forward_may(const struct dsn_head *h)
{
	return h->from != NULL && h->to != NULL && !h->list_mail &&
	    !sender_is_system(h->from) && g_ascii_strcasecmp(
	    addr_domain(h->from), addr_domain(h->to)) == 0;
}

static void
forward_keep(struct ctx *c, struct forward *fwd)
{
	enum dsn_kind k = c->rep->kind;

	if (fwd == NULL || c->parts.attached == NULL ||
	    !dsn_forward_may(&c->head))
		return;
	if ((k == DSN_KIND_BOUNCE || k == DSN_KIND_FEEDBACK) &&
	    !c->parts.forwarded && !subject_forwarded(c->head.subject))
		return;
	fwd->notice = c->parts.attached;
	c->parts.attached = NULL;
	fwd->from = g_strdup(c->head.from);
	fwd->to = g_strdup(c->head.to);
}

static int parse_message(const char *data, size_t len,
    const struct dsn_rules *rules, int explain, struct dsn_report *rep,
    struct err *err, struct forward *fwd);

/* Drops the recipients of rep that are the forwarder or the forwardee. */
static void
forward_drop_people(struct dsn_report *rep, const struct forward *fwd)
{
	size_t i = 0;

	while (i < rep->nrcpt) {
		if ((fwd->from == NULL || g_ascii_strcasecmp(rep->rcpt[i].addr,
		    fwd->from) != 0) && (fwd->to == NULL ||
		    g_ascii_strcasecmp(rep->rcpt[i].addr, fwd->to) != 0)) {
			i++;
			continue;
		}
		rcpt_release(&rep->rcpt[i]);
		memmove(&rep->rcpt[i], &rep->rcpt[i + 1],
		    (rep->nrcpt - i - 1) * sizeof(rep->rcpt[0]));
		rep->nrcpt--;
	}
}

/* The explain lines of a, then why, then those of b (NULL-terminated). */
static char **
forward_explain(char **a, const char *why, char **b)
{
	GPtrArray *all = g_ptr_array_new();

	for (; a != NULL && *a != NULL; a++)
		g_ptr_array_add(all, g_strdup(*a));
	g_ptr_array_add(all, g_strdup(why));
	for (; b != NULL && *b != NULL; b++)
		g_ptr_array_add(all, g_strdup(*b));
	g_ptr_array_add(all, NULL);
	return (char **)g_ptr_array_free(all, FALSE);
}

/*
 * Reads the notice a person forwarded as if it had come itself, when it
 * is one (a bounce, a complaint, an auto-reply): its recipients replace
 * the forward's reading, the person and whom they wrote to are never
 * among them, and the failures are held, not believed, as for any report
 * a person passes on.
 */
static void
forward_read(const struct forward *fwd, const struct dsn_rules *rules,
    int explain, struct dsn_report *rep)
{
	struct dsn_report in;
	struct err e;
	char **ex;

	if (parse_message(fwd->notice, strlen(fwd->notice), rules, explain,
	    &in, &e, NULL) < 0)
		return;
	forward_drop_people(&in, fwd);
	if (in.kind == DSN_KIND_NONE || in.nrcpt == 0) {
		dsn_report_release(&in);
		return;
	}
	ex = explain ? forward_explain(rep->explain, "a person's forward: "
	    "the attached notice is read as if it had come itself",
	    in.explain) : NULL;
	/* Why the forward itself is doubted comes first. */
	if (rep->doubt != NULL)
		in.doubt = rep->doubt;
	else if (in.doubt == NULL)
		in.doubt = "a person's forward of a report";
	dsn_report_release(rep);
	g_strfreev(in.explain);
	in.explain = ex;
	in.nexplain = ex != NULL ? g_strv_length(ex) : 0;
	*rep = in;
}

int
dsn_parse(const char *data, size_t len, const struct dsn_rules *rules,
    int explain, struct dsn_report *rep, struct err *err)
{
	struct forward fwd = { 0 };

	if (parse_message(data, len, rules, explain, rep, err, &fwd) < 0)
		return -1;
	if (fwd.notice != NULL)
		forward_read(&fwd, rules, explain, rep);
	g_free(fwd.notice);
	g_free(fwd.from);
	g_free(fwd.to);
	return 0;
}

/*
 * One message's reading; fwd (or NULL) receives the notice a person's
 * forward carries, for dsn_parse to read in turn.
 */
static int
parse_message(const char *data, size_t len, const struct dsn_rules *rules,
    int explain, struct dsn_report *rep, struct err *err,
    struct forward *fwd)
{
	struct ctx c = { 0 };
	GPtrArray *ex = explain ? g_ptr_array_new() : NULL;

	memset(rep, 0, sizeof(*rep));
	c.rules = rules;
	c.rep = rep;
	c.parts.explain = ex;
	c.parts.want_attached = fwd != NULL;
	if (dsn_mime_walk(data, len, &c.parts, &c.head, err) < 0) {
		dsn_parts_release(&c.parts);
		dsn_head_release(&c.head);
		if (ex != NULL)
			g_ptr_array_free(ex, TRUE);
		return -1;
	}
	c.rcpt = g_array_new(FALSE, TRUE, sizeof(struct dsn_recipient));
	c.seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	c.exclude = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	original_read(&c);
	ctx_exclude(&c, c.head.from);
	ctx_exclude(&c, c.head.to);
	ctx_exclude(&c, rep->original_from);
	c.text = dsn_text_cut(c.parts.body->str, &c.lc_text);
	c.paras = dsn_paras_new(c.text, c.lc_text);
	rep->date = g_strdup(c.head.date);
	rep->timestamp = c.head.timestamp;
	rep->received = c.head.received;
	c.head.received = NULL;
	rep->in_reply_to = g_strdup(c.head.in_reply_to);
	rep->message_id = g_strdup(c.head.message_id);
	rep->from = g_strdup(c.head.from);
	rep->subject = g_strdup(c.head.subject);
	report_classify(&c, ex);
	whole_notice_guard(&c, ex);
	other_named_guard(&c, ex);
	one_reply_guard(&c, ex);
	person_mail_guard(&c, ex);
	carrier_filter_guard(&c, ex);
	report_finish(&c, ex);
	forward_keep(&c, fwd);
	g_hash_table_destroy(c.exclude);
	if (c.also != NULL)
		g_hash_table_destroy(c.also);
	if (c.expanded != NULL)
		g_hash_table_destroy(c.expanded);
	g_hash_table_destroy(c.seen);
	g_free(c.squeezed);
	g_free(c.lc_start);
	g_free(c.lc_subject);
	g_free(c.lc_from);
	dsn_paras_free(c.paras);
	g_free(c.text);
	g_free(c.lc_text);
	dsn_parts_release(&c.parts);
	dsn_head_release(&c.head);
	return 0;
}
