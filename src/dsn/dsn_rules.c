/*
 * dsn_rules: the classification rules, as data.  A rules file holds one
 * rule per line, tried in order, first match wins:
 *
 *	CATEGORY REASON CONDITION...
 *
 * where every CONDITION must hold:
 *	text="words"	the lower-cased, space-squeezed text contains words
 *	re="regex"	the text matches (PCRE, case-insensitive)
 *	status=5.1.1	the enhanced status, '*' matches any one field
 *	code=550	the SMTP reply code, 'x' matches any digit (5xx)
 *	action=delayed	the DSN Action field
 *	command=data	the SMTP command the reply answered (connect, helo,
 *			mail, rcpt, data), as the diagnostic tells
 *	subject="..."	message level: the Subject contains it
 *	from="..."	message level: the From address contains it
 *	in=reply	the text of an auto-reply (someone left, moved)
 *	near="A B"	concept A, then concept B within a few words (a
 *			concept matches whole words)
 *	unless="words"	the text contains none of the words
 *	domain=d	the recipient's domain is d or ends in .d, or has a
 *			label d
 *	names=domain	the text names the recipient's domain on its own
 *			(not a host under it, nor the domain of an
 *			address); names=other holds when the domain is
 *			known and the text does not name it so;
 *			names=none when the recipient's domain is not known
 *
 * A value may list alternatives separated by '|' (text="no such user|
 * unknown user"); command=none holds when no command is known.  A line
 *	concept NAME "value"	(or define NAME "value"; an alternative
 *			$OTHER stands for the alternatives of OTHER)
 * names a value for later rules to use as $NAME or in near=; a line
 * ending in '\' continues on the next.  The word `generic' on a rule says
 * its text is a generic refusal ("recipient address rejected") that tells
 * which address was refused but not why: such a rule may not conclude
 * `invalid' when a `gate generic CONDITION...' line holds (a policy,
 * mail-system, network or temporary status), and the search goes on.
 * The word `weak' says less still (an address called invalid or refused,
 * not said to be missing): such a rule is passed over under a
 * `gate generic' and under a `gate weak CONDITION...' line as well.
 *
 * Rules with subject= or from= decide what a message is (category
 * "notice": a bounce, "notbounce": a notice that looks like one but
 * marks no one, "warning": a delay warning, "autoreply": an
 * auto-reply), the others classify one
 * failed recipient.  '#' starts a comment line.  Pure: no file I/O except
 * dsn_rules_load(), which reads the files it is given.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "dsn_int.h"
#include "phrases.h"

#define NEAR_WORDS	4	/* words allowed between two concepts */
#define NEAR_BYTES	64
#define NEAR_HITS	16	/* matches of one word kept per text */
#define NEAR_MAX	256	/* matches of one concept kept per text */
#define NEAR_CONCEPTS	4	/* concepts in one near= */

/*
 * How much a rule's text tells, and so which gates pass it over: a gate
 * of level L passes over the rules of level L and above.
 */
enum {
	GATE_NONE,
	GATE_GENERIC,
	GATE_WEAK
};

enum rule_scope {
	RULE_FAILURE,
	RULE_REPLY,
	RULE_MESSAGE,
	RULE_GATE,
	RULE_SCOPES
};

enum cond_kind {
	COND_TEXT,
	COND_RE,
	COND_STATUS,
	COND_CODE,
	COND_ACTION,
	COND_COMMAND,
	COND_SUBJECT,
	COND_FROM,
	COND_NEAR,
	COND_UNLESS,
	COND_DOMAIN,
	COND_NAMES,
};

/*
 * Words one of which a text must hold (a concept's, or a regex's), and
 * their numbers among the rules' phrases.
 */
struct words {
	char		**alt;
	guint		 *pid;
};

/* The phrase number of "": a phrase every text holds. */
#define PID_EVERY	G_MAXUINT

/*
 * A rule's regular expression: checked when the rules are read, compiled
 * for matching (G_REGEX_OPTIMIZE) the first time a text needs it.  Most
 * are needed by few notices, and compiling every one for matching costs
 * more than reading all the rules.
 */
struct rule_re {
	char		*pattern;
	GRegex		*re;	/* NULL until first needed */
};

struct cond {
	enum cond_kind	 kind;
	char		**alt;	/* the value lower-cased, split at '|'
				   (the rules' alts own it) */
	guint		*pid;	/* text=, unless=: each alt's phrase, or NULL */
	struct rule_re	*re;
	struct words	*req;	/* re=: sets a match holds a word of each */
	size_t		 nreq;
	struct words	*near;	/* near=: each concept's alternatives
				   (their alt the rules' alts own) */
	size_t		 nnear;
};

struct rule {
	char		*category;	/* name as written */
	enum dsn_category cat;
	char		*reason;
	enum rule_scope	 scope;
	int		 generic;	/* a gated phrase: GATE_GENERIC, GATE_WEAK */
	struct cond	*cond;
	size_t		 ncond;
	char		*where;		/* "file:line" */
};

/*
 * What a rule cannot hold without, kept apart from it: the inputs its
 * conditions read.  The keys of a scope lie side by side, so that most
 * rules are ruled out without reading them.
 */
enum {
	NEED_TEXT = 1 << 0,
	NEED_STATUS = 1 << 1,
	NEED_CODE = 1 << 2,
	NEED_ACTION = 1 << 3,
	NEED_SUBJECT = 1 << 4,
	NEED_FROM = 1 << 5,
	NEED_DOMAIN = 1 << 6,
};

struct rule_key {
	const struct rule *rule;
	uint8_t		 need;		/* NEED_* */
};

/*
 * The rules of one scope, and for each phrase the rules that cannot
 * hold on a text without it (each rule is listed under the phrases of
 * one of its text searches, the one with the fewest); the others are
 * open: tried on any text.
 */
struct rule_set {
	GArray		*keys;		/* struct rule_key, in order */
	guint64		*open;		/* bit per key */
	guint32		*anchor_start;	/* by phrase; nphrase + 1 */
	guint32		*anchor_key;
	guint		 nphrase;
	GHashTable	*by_category;	/* category -> its keys' indices
					   (GArray of guint), in order */
};

struct dsn_rules {
	GPtrArray	*user;		/* struct rule *, tried first */
	GPtrArray	*builtin;
	struct rule_set	 scoped[2][RULE_SCOPES];	/* their keys, by scope */
	GHashTable	*defines;	/* NAME -> value */
	GPtrArray	*alts;		/* char **: the alternatives of the
					   conditions' values (alt_split()) */
	GHashTable	*alt_index;	/* while a text is added: a
					   lower-cased value -> its entry in
					   alts, one for every condition that
					   names it */
	struct phrases	*phrases;	/* of every text search on a diagnostic */
	struct phrases	*full;		/* those the failure rules of category
					   full that a text alone may satisfy
					   are listed under, or NULL: some
					   such rule is open */
	struct dsn_words *words;	/* the word evidence, or NULL */
	int		 words_on;
	GPtrArray	*invalid_status; /* char **: status= of invalid rules */
};

#define BIT_WORDS(n)	(((n) + 63) / 64)
#define FOUND_STACK_WORDS	32

/*
 * The phrases of the rules found in a text: a bit per phrase (in stack
 * unless there are more phrases than it holds bits).
 */
struct text_found {
	guint64		*bits;
	guint		 nwords;
	guint64		 stack[FOUND_STACK_WORDS];
};

static void	rules_compile(struct dsn_rules *rules);
static void	rules_index_status(struct dsn_rules *rules);

/* Frees w, and each alt too if own_alt (else the rules' alts own it). */
static void
words_free(struct words *w, size_t n, int own_alt)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (own_alt)
			g_strfreev(w[i].alt);
		g_free(w[i].pid);
	}
	g_free(w);
}

static void
rule_free(gpointer p)
{
	struct rule *r = p;
	size_t i;

	for (i = 0; i < r->ncond; i++) {
		g_free(r->cond[i].pid);
		words_free(r->cond[i].req, r->cond[i].nreq, 1);
		words_free(r->cond[i].near, r->cond[i].nnear, 0);
		if (r->cond[i].re != NULL) {
			if (r->cond[i].re->re != NULL)
				g_regex_unref(r->cond[i].re->re);
			g_free(r->cond[i].re->pattern);
			g_free(r->cond[i].re);
		}
	}
	g_free(r->cond);
	g_free(r->category);
	g_free(r->reason);
	g_free(r->where);
	g_free(r);
}

static void
set_anchors_free(struct rule_set *set)
{
	g_free(set->open);
	g_free(set->anchor_start);
	g_free(set->anchor_key);
	if (set->by_category != NULL)
		g_hash_table_destroy(set->by_category);
	set->by_category = NULL;
	set->open = NULL;
	set->anchor_start = set->anchor_key = NULL;
	set->nphrase = 0;
}

struct dsn_rules *
dsn_rules_new(void)
{
	struct dsn_rules *rules = g_new0(struct dsn_rules, 1);

	int i, j;

	rules->user = g_ptr_array_new_with_free_func(rule_free);
	rules->builtin = g_ptr_array_new_with_free_func(rule_free);
	for (i = 0; i < 2; i++)
		for (j = 0; j < RULE_SCOPES; j++)
			rules->scoped[i][j].keys = g_array_new(FALSE, FALSE,
			    sizeof(struct rule_key));
	rules->defines = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	rules->alts = g_ptr_array_new_with_free_func(g_free);
	rules->phrases = phrases_new();
	rules_compile(rules);
	return rules;
}

void
dsn_rules_free(struct dsn_rules *rules)
{
	int i, j;

	if (rules == NULL)
		return;
	for (i = 0; i < 2; i++)
		for (j = 0; j < RULE_SCOPES; j++) {
			g_array_free(rules->scoped[i][j].keys, TRUE);
			set_anchors_free(&rules->scoped[i][j]);
		}
	g_ptr_array_free(rules->user, TRUE);
	g_ptr_array_free(rules->builtin, TRUE);
	g_hash_table_destroy(rules->defines);
	g_ptr_array_free(rules->alts, TRUE);	/* after the rules using them */
	phrases_free(rules->phrases);
	phrases_free(rules->full);
	dsn_words_free(rules->words);
	if (rules->invalid_status != NULL)
		g_ptr_array_free(rules->invalid_status, TRUE);
	g_free(rules);
}

static const struct {
	const char	*name;
	enum cond_kind	 kind;
} cond_names[] = {
	{ "text", COND_TEXT }, { "re", COND_RE }, { "status", COND_STATUS },
	{ "code", COND_CODE }, { "action", COND_ACTION },
	{ "command", COND_COMMAND },
	{ "subject", COND_SUBJECT }, { "from", COND_FROM },
	{ "near", COND_NEAR }, { "unless", COND_UNLESS },
	{ "domain", COND_DOMAIN },
	{ "names", COND_NAMES },
};

/* Splits a line into words; "quoted words" keep spaces, \" and \\ work. */
static GPtrArray *
rule_split(const char *line, const char **bad)
{
	GPtrArray *w = g_ptr_array_new_with_free_func(g_free);
	GString *cur = NULL;
	const char *p;
	int quoted = 0;

	for (p = line; *p != '\0'; p++) {
		if (!quoted && (*p == ' ' || *p == '\t')) {
			if (cur != NULL)
				g_ptr_array_add(w, g_string_free(cur, FALSE));
			cur = NULL;
			continue;
		}
		if (cur == NULL)
			cur = g_string_new(NULL);
		if (*p == '"') {
			quoted = !quoted;
		} else if (*p == '\\' && quoted && (p[1] == '"' ||
		    p[1] == '\\')) {
			g_string_append_c(cur, *++p);
		} else {
			g_string_append_c(cur, *p);
		}
	}
	if (cur != NULL)
		g_ptr_array_add(w, g_string_free(cur, FALSE));
	*bad = quoted ? "unterminated quote" : NULL;
	return w;
}

/*
 * The phrases every match of a regex holds, as sets of which each must
 * have one in a text the regex matches: runs of plain bytes at its top
 * level ("aup#cxdns" of "aup#cxdns\b", ": user unknown" of "(?:^|[^>]):
 * user unknown"), and groups that must be there, by the plain bytes each
 * of their alternatives starts with ("(?:blocked|refused)" in
 * "ip[^.]*(?:blocked|refused)", "spoof" of "(?:spoof(?:ed|s)?|forged)";
 * see re_alt_words()), lower-cased;
 * under an alternation at the top level, one set of the best phrase of
 * each branch.  A text without them need not be matched.  None when a
 * branch holds no phrase two bytes long, or the regex holds anything
 * this reading does not know (an inline option, \Q, an escape with an
 * argument): then it is always matched.
 */
struct re_scan {
	const char	*p;
	GString		*run;		/* the run being read */
	GPtrArray	*sets;		/* char ** of the branch being read */
	int		 unknown;	/* something not understood */
};

static void
re_run_end(struct re_scan *s)
{
	char **set;

	if (s->run->len >= 2) {
		set = g_new0(char *, 2);
		set[0] = g_strdup(s->run->str);
		g_ptr_array_add(s->sets, set);
	}
	g_string_truncate(s->run, 0);
}

/* Past "[...]" (s->p at '['), POSIX classes ("[:alpha:]") inside. */
static void
re_skip_class(struct re_scan *s)
{
	const char *p = s->p + 1, *e;

	if (*p == '^')
		p++;
	if (*p == ']')
		p++;
	for (; *p != '\0' && *p != ']'; p++) {
		if (*p == '\\' && p[1] != '\0') {
			p++;
		} else if (*p == '[' && strchr(":.=", p[1]) != NULL) {
			char close[3] = { p[1], ']', '\0' };

			if ((e = strstr(p + 2, close)) == NULL)
				break;
			p = e + 1;
		}
	}
	s->unknown |= *p != ']';
	s->p = *p == ']' ? p + 1 : p;
}

/* Past "\X" (s->p at '\'): an escape of one byte, or unknown. */
static void
re_skip_escape(struct re_scan *s)
{
	if (s->p[1] == '\0' || (!g_ascii_ispunct(s->p[1]) &&
	    strchr("bBdDsSwWhHvVRAzZGKXntrfea", s->p[1]) == NULL))
		s->unknown = 1;
	s->p += s->p[1] != '\0' ? 2 : 1;
}

/* Past "(...)" (s->p at '('). */
static void
re_skip_group(struct re_scan *s)
{
	int depth = 0;

	if (s->p[1] == '*' || (s->p[1] == '?' && (g_ascii_isalpha(s->p[2]) ||
	    s->p[2] == '-' || s->p[2] == '^' || s->p[2] == '#'))) {
		s->unknown = 1;
		return;
	}
	while (*s->p != '\0' && !s->unknown) {
		if (*s->p == '\\') {
			re_skip_escape(s);
			continue;
		}
		if (*s->p == '[') {
			re_skip_class(s);
			continue;
		}
		depth += *s->p == '(' ? 1 : *s->p == ')' ? -1 : 0;
		s->p++;
		if (depth == 0)
			return;
	}
	s->unknown = 1;
}

/* The length of a quantifier at p ("?", "+?", "{2,5}"), or 0. */
static size_t re_quantifier(const char *p);

/* Whether the quantifier of length q at p wants its atom once at least. */
static int
re_once(const char *p, size_t q)
{
	return q == 0 || *p == '+' || (*p == '{' && p[1] >= '1' &&
	    p[1] <= '9');
}

/*
 * The bytes of a class of at most four plain bytes at p ('['), no range,
 * wanted once at least, into members; its length, or 0.
 */
static size_t
re_small_class(const char *p, char members[5])
{
	size_t n = 0, len;

	for (len = 1; p[len] != ']'; len++)
		if (n == 4 || !g_ascii_isalnum(p[len]))
			return 0;
		else
			members[n++] = g_ascii_tolower(p[len]);
	members[n] = '\0';
	len++;
	return n > 0 && re_once(p + len, re_quantifier(p + len)) ? len : 0;
}

/*
 * The words one alternative of a group starts with (s->p at its start)
 * into w: its first run of plain bytes ("ab" of "ab?c", "spoof" of
 * "spoof(?:ed|s)?"), each byte of a small class right after it appended
 * ("es0", "es1" of "es[01]{6}").  s->p: at the '|' or ')' that ends it.
 * 0 when it is unknown or not ended.
 */
static int
re_alt_words(struct re_scan *s, GPtrArray *w)
{
	GString *run = g_string_new(NULL);
	const char *p = s->p;
	char members[5] = "", ch;
	size_t len, q, i;

	for (q = 0; q == 0 && *p != '\0'; p += len + q) {
		len = *p == '\\' && g_ascii_ispunct(p[1]) ? 2 : 1;
		ch = p[len - 1];
		if (len == 1 && (strchr("\\[(.^$*+?{}|)", ch) != NULL ||
		    (unsigned char)ch >= 0x80))
			break;
		q = re_quantifier(p + len);
		if (re_once(p + len, q))
			g_string_append_c(run, g_ascii_tolower(ch));
	}
	if (q == 0 && *p == '[' && re_small_class(p, members) > 0)
		for (i = 0; members[i] != '\0'; i++)
			g_ptr_array_add(w, g_strdup_printf("%s%c", run->str,
			    members[i]));
	else
		g_ptr_array_add(w, g_strdup(run->str));
	g_string_free(run, TRUE);
	for (s->p = p; *s->p != '\0' && *s->p != '|' && *s->p != ')' &&
	    !s->unknown;) {
		if (*s->p == '\\')
			re_skip_escape(s);
		else if (*s->p == '[')
			re_skip_class(s);
		else if (*s->p == '(')
			re_skip_group(s);
		else
			s->p++;
	}
	return !s->unknown && *s->p != '\0';
}

/* Whether every word of w is two bytes long at least. */
static int
words_long(GPtrArray *w)
{
	guint i;

	for (i = 0; i < w->len; i++)
		if (strlen(w->pdata[i]) < 2)
			return 0;
	return 1;
}

/*
 * The words of a group at p ('('), one of which each of its matches
 * starts with (re_alt_words()), when nothing may leave the group out (no
 * quantifier after it); else NULL.  *after: past the group.
 */
static char **
re_group_words(const char *p, const char **after)
{
	GPtrArray *w = g_ptr_array_new_with_free_func(g_free);
	struct re_scan s = { p + (strncmp(p, "(?:", 3) == 0 ? 3 : 1), NULL,
	    NULL, 0 };

	while (re_alt_words(&s, w) && *s.p == '|')
		s.p++;
	if (s.unknown || *s.p != ')' || !words_long(w) ||
	    re_quantifier(s.p + 1) > 0) {
		g_ptr_array_free(w, TRUE);
		return NULL;
	}
	*after = s.p + 1;
	g_ptr_array_add(w, NULL);
	return (char **)g_ptr_array_free(w, FALSE);
}

/* The length of a quantifier at p ("?", "+?", "{2,5}"), or 0. */
static size_t
re_quantifier(const char *p)
{
	const char *q = p;

	if (*q == '?' || *q == '*' || *q == '+') {
		q++;
	} else if (*q == '{' && g_ascii_isdigit(q[1])) {
		for (q++; g_ascii_isdigit(*q); q++)
			;
		if (*q == ',')
			for (q++; g_ascii_isdigit(*q); q++)
				;
		if (*q != '}')
			return 0;
		q++;
	} else {
		return 0;
	}
	if (*q == '?' || *q == '+')
		q++;
	return (size_t)(q - p);
}

/* One element of the top level: a byte of the run, or what ends it. */
static void
re_scan_one(struct re_scan *s)
{
	const char *p = s->p, *after;
	char **words;
	size_t q;
	char ch;

	if (*p == ')') {
		s->unknown = 1;
		return;
	}
	if (*p == '(' && p[1] != '*' && (p[1] != '?' || p[2] == ':') &&
	    (words = re_group_words(p, &after)) != NULL) {
		re_run_end(s);
		g_ptr_array_add(s->sets, words);
		s->p = after;
		return;
	}
	if (*p == '\\' && g_ascii_ispunct(p[1])) {
		ch = p[1];
		s->p += 2;
	} else if (*p == '\\' || *p == '[' || *p == '(' ||
	    strchr(".^$*+?{}", *p) != NULL || (unsigned char)*p >= 0x80) {
		re_run_end(s);
		if (*p == '\\')
			re_skip_escape(s);
		else if (*p == '[')
			re_skip_class(s);
		else if (*p == '(')
			re_skip_group(s);
		else
			s->p++;
		s->p += re_quantifier(s->p);
		return;
	} else {
		ch = *p;
		s->p++;
	}
	/* "a?" may be absent, "a+" ends the run: "xa+b" holds "xa", "ab". */
	q = re_quantifier(s->p);
	if (q > 0 && *s->p != '+')
		re_run_end(s);
	else
		g_string_append_c(s->run, g_ascii_tolower(ch));
	if (q > 0)
		re_run_end(s);
	s->p += q;
}

/* How much a set of phrases tells: its shortest phrase's length. */
static size_t
re_set_weight(char **set)
{
	size_t n = G_MAXSIZE;

	for (; *set != NULL; set++)
		n = MIN(n, strlen(*set));
	return n;
}

/* The best set of a branch (taken out of it), or NULL. */
static char **
re_best_set(GPtrArray *sets)
{
	guint i, best = 0;

	if (sets->len == 0)
		return NULL;
	for (i = 1; i < sets->len; i++)
		if (re_set_weight(sets->pdata[i]) >
		    re_set_weight(sets->pdata[best]))
			best = i;
	return g_ptr_array_steal_index(sets, best);
}

/* Each branch's best set made one: a phrase of one branch must be there. */
static GPtrArray *
re_union(GPtrArray *branches)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)g_strfreev);
	GStrvBuilder *b = g_strv_builder_new();
	char **best;
	guint i;

	for (i = 0; i < branches->len; i++) {
		if ((best = re_best_set(branches->pdata[i])) == NULL)
			break;
		g_strv_builder_addv(b, (const char **)best);
		g_strfreev(best);
	}
	if (i == branches->len)
		g_ptr_array_add(out, g_strv_builder_end(b));
	g_strv_builder_unref(b);
	return out;
}

/* The sets of phrases of a regex (see struct re_scan); maybe none. */
static GPtrArray *
regex_required(const char *re)
{
	GPtrArray *branches = g_ptr_array_new_with_free_func(
	    (GDestroyNotify)g_ptr_array_unref), *out;
	struct re_scan s = { re, g_string_new(NULL), NULL, 0 };

	s.unknown = strstr(re, "\\Q") != NULL;
	for (;;) {
		s.sets = g_ptr_array_new_with_free_func(
		    (GDestroyNotify)g_strfreev);
		g_ptr_array_add(branches, s.sets);
		while (*s.p != '\0' && *s.p != '|' && !s.unknown)
			re_scan_one(&s);
		re_run_end(&s);
		if (*s.p != '|' || s.unknown)
			break;
		s.p++;
	}
	if (s.unknown)
		out = g_ptr_array_new_with_free_func(
		    (GDestroyNotify)g_strfreev);
	else if (branches->len == 1)
		out = g_ptr_array_ref(branches->pdata[0]);
	else
		out = re_union(branches);
	g_ptr_array_unref(branches);
	g_string_free(s.run, TRUE);
	return out;
}

/*
 * s split at '|' as g_strsplit(s, "|", -1) splits it, in one allocation
 * (the vector, then the words): for g_free().
 */
static char **
alt_split(const char *s)
{
	size_t n = 1, len = strlen(s), i;
	char **alt, *w;

	for (i = 0; i < len; i++)
		n += s[i] == '|';
	if (len == 0)
		n = 0;
	alt = g_malloc((n + 1) * sizeof(char *) + len + 1);
	w = memcpy((char *)(alt + n + 1), s, len + 1);
	for (i = 0; i < n; i++) {
		alt[i] = w;
		w += strcspn(w, "|");
		*w++ = '\0';
	}
	alt[n] = NULL;
	return alt;
}

/*
 * A value's alternatives, lower-cased: one copy, in the rules' alts, for
 * all the conditions of a text that name the same value (a concept is
 * named by many).
 */
static char **
rules_alt(struct dsn_rules *rules, const char *value)
{
	char *lc = dsn_lower(value, -1);
	char **alt = g_hash_table_lookup(rules->alt_index, lc);

	if (alt != NULL) {
		g_free(lc);
		return alt;
	}
	alt = alt_split(lc);
	g_ptr_array_add(rules->alts, alt);
	g_hash_table_insert(rules->alt_index, lc, alt);
	return alt;
}

/* near="A B": the concepts A and B, looked up now. */
static int
near_parse(struct cond *c, const char *names, struct dsn_rules *rules,
    struct err *err)
{
	char **w = g_strsplit_set(names, " \t", -1);
	size_t i;
	int rc = 0;

	c->near = g_new0(struct words, g_strv_length(w) + 1);
	for (i = 0; w[i] != NULL && rc == 0; i++) {
		const char *v = g_hash_table_lookup(rules->defines, w[i]);

		if (*w[i] == '\0')
			continue;
		if (v == NULL) {
			rc = err_set(err, "near: concept '%s' is not defined",
			    w[i]);
			break;
		}
		c->near[c->nnear].alt = rules_alt(rules, v);
		c->nnear++;
	}
	g_strfreev(w);
	if (rc == 0 && (c->nnear < 2 || c->nnear > NEAR_CONCEPTS))
		rc = err_set(err, "near= takes two to %d concepts",
		    NEAR_CONCEPTS);
	return rc;
}

/* names=: "domain", "other" or "none", each alternative. */
static int
names_parse(const struct cond *c, struct err *err)
{
	char **a;

	for (a = c->alt; *a != NULL; a++)
		if (strcmp(*a, "domain") != 0 && strcmp(*a, "other") != 0 &&
		    strcmp(*a, "none") != 0)
			return err_set(err, "names= takes domain, other or "
			    "none, got '%s'", *a);
	return 0;
}

/* re=: the sets of words its matches hold (regex_required()). */
static void
cond_required(struct cond *c, const char *re)
{
	GPtrArray *sets = regex_required(re);
	guint i;

	c->nreq = sets->len;
	c->req = g_new0(struct words, sets->len + 1);
	for (i = 0; i < sets->len; i++)
		c->req[i].alt = g_strdupv(sets->pdata[i]);
	g_ptr_array_unref(sets);
}

static int
rule_cond_parse(struct rule *r, const char *word, struct dsn_rules *rules,
    struct err *err)
{
	const char *eq = strchr(word, '=');
	struct cond *c;
	GRegex *check;
	GError *gerr = NULL;
	size_t i, n;

	if (eq == NULL)
		return err_set(err, "expected key=value, got '%s'", word);
	if (strncmp(word, "in", eq - word) == 0 && eq - word == 2) {
		if (strcmp(eq + 1, "reply") != 0 && strcmp(eq + 1,
		    "failure") != 0)
			return err_set(err, "in= takes reply or failure");
		r->scope = strcmp(eq + 1, "reply") == 0 ? RULE_REPLY :
		    RULE_FAILURE;
		return 0;
	}
	n = G_N_ELEMENTS(cond_names);
	for (i = 0; i < n; i++)
		if (strlen(cond_names[i].name) == (size_t)(eq - word) &&
		    strncmp(word, cond_names[i].name, eq - word) == 0)
			break;
	if (i == n)
		return err_set(err, "unknown condition '%.*s'",
		    (int)(eq - word), word);
	if (eq[1] == '\0')
		return err_set(err, "empty value for '%s'", cond_names[i].name);
	if (eq[1] == '$') {
		const char *v = g_hash_table_lookup(rules->defines, eq + 2);

		if (v == NULL)
			return err_set(err, "'%s' is not defined", eq + 2);
		eq = v - 1;
	}
	r->cond = g_renew(struct cond, r->cond, r->ncond + 1);
	c = &r->cond[r->ncond++];
	c->kind = cond_names[i].kind;
	c->alt = rules_alt(rules, eq + 1);
	c->pid = NULL;
	c->re = NULL;
	c->req = NULL;
	c->nreq = 0;
	c->near = NULL;
	c->nnear = 0;
	if (c->kind == COND_SUBJECT || c->kind == COND_FROM)
		r->scope = RULE_MESSAGE;
	if (c->kind == COND_NEAR)
		return near_parse(c, eq + 1, rules, err);
	if (c->kind == COND_NAMES)
		return names_parse(c, err);
	if (c->kind == COND_RE) {
		cond_required(c, eq + 1);
		if ((check = g_regex_new(eq + 1, G_REGEX_CASELESS, 0,
		    &gerr)) == NULL) {
			err_set(err, "bad regex: %s", gerr->message);
			g_error_free(gerr);
			return -1;
		}
		g_regex_unref(check);
		c->re = g_new0(struct rule_re, 1);
		c->re->pattern = g_strdup(eq + 1);
	}
	return 0;
}

static int
rule_category_ok(struct rule *r)
{
	r->cat = dsn_category_from_name(r->category);
	if (strcmp(r->category, "gate") == 0)
		r->scope = RULE_GATE;
	return r->cat != DSN_CAT_NONE || strcmp(r->category, "notice") == 0 ||
	    strcmp(r->category, "notbounce") == 0 ||
	    strcmp(r->category, "warning") == 0 || r->scope == RULE_GATE;
}

static int
cond_searches_text(const struct cond *c)
{
	return c->kind == COND_TEXT || c->kind == COND_RE ||
	    c->kind == COND_NEAR || c->kind == COND_UNLESS;
}

/* Cheap tests (status, code, command) first, text searches last. */
static void
rule_order_conditions(struct rule *r)
{
	size_t i, j;
	struct cond t;

	for (i = 1; i < r->ncond; i++)
		for (j = i; j > 0; j--) {
			int a = cond_searches_text(&r->cond[j - 1]);
			int b = cond_searches_text(&r->cond[j]);

			if (!a || b)
				break;
			t = r->cond[j - 1];
			r->cond[j - 1] = r->cond[j];
			r->cond[j] = t;
		}
}

static struct rule *
rule_parse(GPtrArray *w, const char *where, struct dsn_rules *rules,
    struct err *err)
{
	struct rule *r = g_new0(struct rule, 1);
	guint i;

	r->where = g_strdup(where);
	if (w->len < 3) {
		err_set(err, "a rule is CATEGORY REASON CONDITION...");
		goto fail;
	}
	r->category = g_strdup(w->pdata[0]);
	r->reason = g_strdup(w->pdata[1]);
	if (!rule_category_ok(r)) {
		err_set(err, "unknown category '%s'", r->category);
		goto fail;
	}
	if (r->scope == RULE_GATE)
		r->generic = strcmp(r->reason, "weak") == 0 ? GATE_WEAK :
		    GATE_GENERIC;
	for (i = 2; i < w->len; i++)
		if (strcmp(w->pdata[i], "generic") == 0)
			r->generic = GATE_GENERIC;
		else if (strcmp(w->pdata[i], "weak") == 0)
			r->generic = GATE_WEAK;
		else if (rule_cond_parse(r, w->pdata[i], rules, err) < 0)
			goto fail;
	if (r->cat == DSN_CAT_NONE && r->scope != RULE_GATE)
		r->scope = RULE_MESSAGE;
	rule_order_conditions(r);
	if (r->ncond == 0) {
		err_set(err, "a rule needs at least one condition");
		goto fail;
	}
	return r;
fail:
	rule_free(r);
	return NULL;
}

/*
 * A value's alternatives, each "$NAME" among them replaced by the
 * alternatives of NAME defined before ("$GONE|$OFF|rejected"), so that
 * one concept says the words of another.  NULL with err set when a name
 * is not defined.
 */
static char *
define_expand(GHashTable *defines, const char *value, struct err *err)
{
	gchar **alt = g_strsplit(value, "|", -1);
	GString *out = g_string_new(NULL);
	const char *v;
	size_t i;

	for (i = 0; alt[i] != NULL; i++) {
		v = alt[i];
		if (*v == '$' && (v = g_hash_table_lookup(defines,
		    alt[i] + 1)) == NULL) {
			err_set(err, "'%s' is not defined", alt[i] + 1);
			g_strfreev(alt);
			g_string_free(out, TRUE);
			return NULL;
		}
		g_string_append_printf(out, "%s%s", i ? "|" : "", v);
	}
	g_strfreev(alt);
	return g_string_free(out, FALSE);
}

/* "define NAME value": one value, quoted or not. */
static int
rules_define(GHashTable *defines, GPtrArray *w, struct err *err)
{
	char *v;

	if (w->len != 3)
		return err_set(err, "a concept is: concept NAME \"value\"");
	if ((v = define_expand(defines, w->pdata[2], err)) == NULL)
		return -1;
	g_hash_table_replace(defines, g_strdup(w->pdata[1]), v);
	return 0;
}

/* The inputs a condition cannot hold without. */
static uint8_t
cond_needs(const struct cond *c)
{
	switch (c->kind) {
	case COND_TEXT:
	case COND_RE:
	case COND_NEAR:
	case COND_NAMES:
		return NEED_TEXT;
	case COND_STATUS:
		return NEED_STATUS;
	case COND_CODE:
		return NEED_CODE;
	case COND_ACTION:
		return NEED_ACTION;
	case COND_SUBJECT:
		return NEED_SUBJECT;
	case COND_FROM:
		return NEED_FROM;
	case COND_DOMAIN:
		return NEED_DOMAIN;
	default:
		return 0;	/* command=none, unless= */
	}
}

/* Each word's phrase number; "" is in every text. */
static guint *
phrases_of(struct phrases *set, char **alt)
{
	guint *pid = g_new(guint, g_strv_length(alt) + 1);
	size_t i;

	for (i = 0; alt[i] != NULL; i++)
		pid[i] = *alt[i] == '\0' ? PID_EVERY : phrases_add(set, alt[i]);
	return pid;
}

/*
 * Numbers the phrases of the searches a rule makes in a diagnostic, so
 * that one pass over the text finds them all (message rules search other
 * texts, read a phrase at a time).
 */
static void
rule_phrases(struct phrases *set, struct rule *r)
{
	struct cond *c;
	size_t i, j;

	if (r->scope == RULE_MESSAGE)
		return;
	for (i = 0; i < r->ncond; i++) {
		c = &r->cond[i];
		if (c->kind == COND_TEXT || c->kind == COND_UNLESS)
			c->pid = phrases_of(set, c->alt);
		for (j = 0; j < c->nreq; j++)
			c->req[j].pid = phrases_of(set, c->req[j].alt);
		for (j = 0; j < c->nnear; j++)
			c->near[j].pid = phrases_of(set, c->near[j].alt);
	}
}

/*
 * The phrases one of which a text must hold for the condition to hold
 * on it, into out (none: it may hold on any text).
 */
static void
cond_anchor(const struct cond *c, GArray *out)
{
	const struct words *best = NULL;
	size_t i, j;

	g_array_set_size(out, 0);
	if (c->kind == COND_RE) {
		/* Every set must be there: the one whose words say most. */
		for (j = 0; j < c->nreq; j++)
			if (best == NULL || re_set_weight(c->req[j].alt) >
			    re_set_weight(best->alt))
				best = &c->req[j];
		for (i = 0; best != NULL && best->alt[i] != NULL; i++)
			g_array_append_val(out, best->pid[i]);
	} else if (c->kind == COND_TEXT) {
		for (i = 0; c->alt[i] != NULL; i++) {
			if (c->pid[i] == PID_EVERY) {
				g_array_set_size(out, 0);
				return;
			}
			g_array_append_val(out, c->pid[i]);
		}
	} else if (c->kind == COND_NEAR) {
		/* Every concept must be there: the one of fewest words. */
		for (j = 0; j < c->nnear; j++)
			if (best == NULL || g_strv_length(c->near[j].alt) <
			    g_strv_length(best->alt))
				best = &c->near[j];
		for (i = 0; best != NULL && best->alt[i] != NULL; i++)
			if (best->pid[i] != PID_EVERY)
				g_array_append_val(out, best->pid[i]);
	}
}

/* The anchor of the rule's condition with the fewest phrases, into best. */
static void
rule_anchor(const struct rule *r, GArray *best, GArray *tmp)
{
	size_t j;

	g_array_set_size(best, 0);
	if (r->scope == RULE_MESSAGE)
		return;		/* its phrases are not numbered */
	for (j = 0; j < r->ncond; j++) {
		cond_anchor(&r->cond[j], tmp);
		if (tmp->len > 0 && (best->len == 0 || tmp->len < best->len)) {
			g_array_set_size(best, 0);
			g_array_append_vals(best, tmp->data, tmp->len);
		}
	}
}

/*
 * Lists each key of the set under its rule's category: a search of one
 * category on no text (a subject, a sender) reads only those.
 */
static void
set_categories(struct rule_set *set)
{
	const struct rule *r;
	GArray *ks;
	guint k;

	set->by_category = g_hash_table_new_full(g_str_hash, g_str_equal,
	    NULL, (GDestroyNotify)g_array_unref);
	for (k = 0; k < set->keys->len; k++) {
		r = g_array_index(set->keys, struct rule_key, k).rule;
		if ((ks = g_hash_table_lookup(set->by_category,
		    r->category)) == NULL) {
			ks = g_array_new(FALSE, FALSE, sizeof(guint));
			g_hash_table_insert(set->by_category, r->category, ks);
		}
		g_array_append_val(ks, k);
	}
}

/*
 * Lists each key of the set under the phrases of its anchor, or marks it
 * open.
 */
static void
set_anchor(struct rule_set *set, guint nphrase)
{
	GArray *pairs = g_array_new(FALSE, FALSE, sizeof(guint32));
	GArray *best = g_array_new(FALSE, FALSE, sizeof(guint));
	GArray *tmp = g_array_new(FALSE, FALSE, sizeof(guint));
	guint32 k, i, p[2], *at;

	set_anchors_free(set);
	set->nphrase = nphrase;
	set->open = g_new0(guint64, BIT_WORDS(set->keys->len) + 1);
	set->anchor_start = g_new0(guint32, nphrase + 1);
	for (k = 0; k < set->keys->len; k++) {
		rule_anchor(g_array_index(set->keys, struct rule_key, k).rule,
		    best, tmp);
		if (best->len == 0)
			set->open[k / 64] |= G_GUINT64_CONSTANT(1) << (k % 64);
		for (i = 0; i < best->len; i++) {
			p[0] = g_array_index(best, guint, i);
			p[1] = k;
			g_array_append_vals(pairs, p, 2);
			set->anchor_start[p[0] + 1]++;
		}
	}
	for (i = 0; i < nphrase; i++)
		set->anchor_start[i + 1] += set->anchor_start[i];
	set->anchor_key = g_new(guint32, pairs->len / 2 + 1);
	at = g_memdup2(set->anchor_start, sizeof(guint32) * (nphrase + 1));
	for (i = 0; i < pairs->len / 2; i++) {
		guint32 *q = &g_array_index(pairs, guint32, 2 * i);

		set->anchor_key[at[q[0]]++] = q[1];
	}
	g_free(at);
	g_array_free(pairs, TRUE);
	g_array_free(best, TRUE);
	g_array_free(tmp, TRUE);
	set_categories(set);
}

/*
 * Whether key k of set is a rule of category full that a text alone (no
 * status, code, action or domain) may satisfy.
 */
static int
key_full_text(const struct rule_set *set, guint32 k)
{
	const struct rule_key *key = &g_array_index(set->keys,
	    struct rule_key, k);

	return (key->need & ~NEED_TEXT) == 0 &&
	    strcmp(key->rule->category, "full") == 0;
}

/*
 * The phrases those rules of set (key_full_text()) are listed under,
 * into full; 0 if one of them is open (tried on any text) or listed
 * under the empty phrase, which every text holds.
 */
static int
set_full_phrases(const struct rule_set *set, const struct phrases *all,
    struct phrases *full)
{
	guint32 k, p;

	for (k = 0; k < set->keys->len; k++)
		if ((set->open[k / 64] & G_GUINT64_CONSTANT(1) << (k % 64)) &&
		    key_full_text(set, k))
			return 0;
	for (p = 0; p < set->nphrase; p++)
		for (k = set->anchor_start[p]; k < set->anchor_start[p + 1];
		    k++) {
			if (!key_full_text(set, set->anchor_key[k]))
				continue;
			if (*phrases_str(all, p) == '\0')
				return 0;
			phrases_add(full, phrases_str(all, p));
		}
	return 1;
}

/*
 * A small automaton of the phrases without which no failure rule of
 * category full holds on a text alone: most texts hold none, and
 * dsn_rules_text_says_full() need not scan them for every phrase.
 */
static void
rules_full_phrases(struct dsn_rules *rules)
{
	int i;

	phrases_free(rules->full);
	rules->full = phrases_new();
	for (i = 0; i < 2; i++)
		if (!set_full_phrases(&rules->scoped[i][RULE_FAILURE],
		    rules->phrases, rules->full)) {
			g_clear_pointer(&rules->full, phrases_free);
			return;
		}
	phrases_compile(rules->full);
}

/* The automaton of every phrase, and each set's anchors. */
static void
rules_compile(struct dsn_rules *rules)
{
	int i, j;

	phrases_compile(rules->phrases);
	for (i = 0; i < 2; i++)
		for (j = 0; j < RULE_SCOPES; j++)
			set_anchor(&rules->scoped[i][j],
			    phrases_count(rules->phrases));
	rules_full_phrases(rules);
	rules_index_status(rules);
}

static int
rules_add_line(struct dsn_rules *rules, GPtrArray *into, const char *l,
    const char *where, struct err *err)
{
	struct rule_key key;
	const char *bad;
	struct rule *r;
	GPtrArray *w;
	size_t j;
	int rc = 0;

	w = rule_split(l, &bad);
	if (bad != NULL)
		rc = err_set(err, "%s: %s", where, bad);
	else if (strcmp(w->pdata[0], "define") == 0 ||
	    strcmp(w->pdata[0], "concept") == 0)
		rc = rules_define(rules->defines, w, err) < 0 ?
		    err_prefix(err, "%s", where) : 0;
	else if ((r = rule_parse(w, where, rules, err)) == NULL)
		rc = err_prefix(err, "%s", where);
	else {
		g_ptr_array_add(into, r);
		rule_phrases(rules->phrases, r);
		key.rule = r;
		key.need = 0;
		for (j = 0; j < r->ncond; j++)
			key.need |= cond_needs(&r->cond[j]);
		g_array_append_val(rules->scoped[into == rules->user ? 0 : 1]
		    [r->scope].keys, key);
	}
	g_ptr_array_free(w, TRUE);
	return rc;
}

static int
rules_add(struct dsn_rules *rules, GPtrArray *into, const char *name,
    const char *text, struct err *err)
{
	char **lines = g_strsplit(text, "\n", -1);
	GString *l = g_string_new(NULL);
	int i, first = 0, rc = 0;
	char where[512];

	rules->alt_index = g_hash_table_new_full(g_str_hash, g_str_equal,
	    g_free, NULL);

	for (i = 0; lines[i] != NULL && rc == 0; i++) {
		char *s = g_strstrip(lines[i]);

		if (l->len == 0 && (*s == '\0' || *s == '#'))
			continue;
		if (l->len == 0)
			first = i + 1;
		else if (*s == '\0' || *s == '#') {
			rc = err_set(err, "%s:%d: continued line not finished",
			    name, first);
			break;
		}
		if (*s != '\0' && s[strlen(s) - 1] == '\\') {
			s[strlen(s) - 1] = '\0';
			g_string_append(l, s);
			continue;
		}
		g_string_append(l, s);
		snprintf(where, sizeof(where), "%s:%d", name, first);
		rc = rules_add_line(rules, into, l->str, where, err);
		g_string_truncate(l, 0);
	}
	if (rc == 0 && l->len > 0)
		rc = err_set(err, "%s:%d: continued line not finished",
		    name, first);
	g_string_free(l, TRUE);
	g_strfreev(lines);
	g_clear_pointer(&rules->alt_index, g_hash_table_destroy);
	return rc;
}

int
dsn_rules_add_text(struct dsn_rules *rules, const char *name,
    const char *text, struct err *err)
{
	int rc = rules_add(rules, rules->user, name, text, err);

	rules_compile(rules);
	return rc;
}

struct dsn_rules *
dsn_rules_load(const char *const *extra_files, struct err *err)
{
	struct dsn_rules *rules = dsn_rules_new();
	GError *gerr = NULL;
	char *text;
	size_t i;

	if (rules_add(rules, rules->builtin, "built-in rules",
	    dsn_builtin_rules, err) < 0)
		goto fail;
	if ((rules->words = dsn_words_load(dsn_builtin_words, err)) == NULL)
		goto fail;
	rules->words_on = 1;
	for (i = 0; extra_files != NULL && extra_files[i] != NULL; i++) {
		if (!g_file_get_contents(extra_files[i], &text, NULL, &gerr)) {
			err_set(err, "cannot read rules '%s': %s",
			    extra_files[i], gerr->message);
			g_error_free(gerr);
			goto fail;
		}
		if (rules_add(rules, rules->user, extra_files[i], text,
		    err) < 0) {
			g_free(text);
			goto fail;
		}
		g_free(text);
	}
	rules_compile(rules);
	return rules;
fail:
	dsn_rules_free(rules);
	return NULL;
}

/* The length of the field of a status at s: up to a dot or the end. */
static size_t
field_len(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0' && s[n] != '.')
		n++;
	return n;
}

/* "5.1.1" against "5.1.*", "*.7.*", "5.*.*"; code "550" against "5xx". */
static int
rule_pattern_eq(const char *pat, const char *val, char any, int dotted)
{
	if (val == NULL || (*pat != any && *pat != *val))
		return 0;
	if (dotted) {
		/* Field by field; '*' matches any one field. */
		while (*pat != '\0' && *val != '\0') {
			size_t np = field_len(pat), nv = field_len(val);

			if (!(np == 1 && *pat == '*') && (np != nv ||
			    strncmp(pat, val, np) != 0))
				return 0;
			pat += np;
			val += nv;
			if ((*pat == '.') != (*val == '.'))
				return 0;
			if (*pat == '.') {
				pat++;
				val++;
			}
		}
		return *pat == '\0' && *val == '\0';
	}
	if (strlen(pat) != strlen(val))
		return 0;
	for (; *pat != '\0'; pat++, val++)
		if (*pat != any && *pat != *val)
			return 0;
	return 1;
}

struct rule_input {
	const char	*lc_text;	/* lower-cased diagnostic */
	const struct text_found *found;	/* the phrases in lc_text, or NULL:
					   then each is searched for */
	const char	*status;
	const char	*code;
	const char	*action;
	const char	*command;
	const char	*lc_subject;
	const char	*lc_from;
	const char	*lc_domain;	/* the recipient's domain, or NULL */
	int		 gated;		/* level of the gate that holds, or 0 */
	const struct rule *skipped;	/* a generic rule not taken */
};

static int
found_hit(void *arg, guint id, size_t start)
{
	struct text_found *f = arg;

	(void)start;
	f->bits[id / 64] |= G_GUINT64_CONSTANT(1) << (id % 64);
	return 0;
}

/* Finds every phrase of the rules in text, in one pass. */
static void
found_fill(struct text_found *f, const struct dsn_rules *rules,
    const char *text)
{
	f->nwords = BIT_WORDS(phrases_count(rules->phrases));
	f->bits = f->nwords <= FOUND_STACK_WORDS ? f->stack :
	    g_new(guint64, f->nwords);
	memset(f->bits, 0, sizeof(guint64) * f->nwords);
	phrases_scan(rules->phrases, text, strlen(text), found_hit, f);
}

static void
found_release(struct text_found *f)
{
	if (f->bits != f->stack)
		g_free(f->bits);
}

static int
found_has(const struct text_found *f, guint pid)
{
	return pid == PID_EVERY || (f->bits[pid / 64] &
	    (G_GUINT64_CONSTANT(1) << (pid % 64))) != 0;
}


/*
 * Whether hay holds word i of alt (numbered pid[i]): as the text's found
 * phrases say, or searched for.
 */
static int
word_in(const char *hay, char **alt, const guint *pid, size_t i,
    const struct text_found *f)
{
	if (f != NULL && pid != NULL)
		return found_has(f, pid[i]);
	return strstr(hay, alt[i]) != NULL;
}

/* Whether the text holds a word of each set a regex's matches hold. */
static int
req_in(const struct cond *c, const char *text, const struct text_found *f)
{
	size_t i, j;

	for (j = 0; j < c->nreq; j++) {
		for (i = 0; c->req[j].alt[i] != NULL; i++)
			if (word_in(text, c->req[j].alt, c->req[j].pid, i, f))
				break;
		if (c->req[j].alt[i] == NULL)
			return 0;
	}
	return 1;
}

static int
alt_contains(const struct cond *c, const char *hay,
    const struct text_found *f)
{
	size_t i;

	if (hay == NULL)
		return 0;
	for (i = 0; c->alt[i] != NULL; i++)
		if (word_in(hay, c->alt, c->pid, i, f))
			return 1;
	return 0;
}

static int
alt_pattern(char **alt, const char *val, char any, int dotted)
{
	for (; *alt != NULL; alt++)
		if (rule_pattern_eq(*alt, val, any, dotted))
			return 1;
	return 0;
}

static int
alt_equal(char **alt, const char *val)
{
	for (; *alt != NULL; alt++)
		if (val == NULL ? strcmp(*alt, "none") == 0 :
		    g_ascii_strcasecmp(*alt, val) == 0)
			return 1;
	return 0;
}

/*
 * near=: concepts in order, each starting within NEAR_WORDS words (and
 * NEAR_BYTES bytes) after the end of the one before.  A concept's word
 * matches whole words: "user" in "user's" or "users", "address" in
 * "addresses", not in "username", nor as the key of "relay=mx.example" or
 * "?ip=192.0.2.1".  Words in scripts without spaces (Chinese, Japanese)
 * match anywhere.
 */

static int
is_word_byte(unsigned char ch)
{
	return g_ascii_isalnum(ch) || ch == '_';
}

static int
word_bounded(const char *text, const char *at, size_t len)
{
	const unsigned char *a = (const unsigned char *)at;

	if (is_word_byte(a[0]) && at > text && is_word_byte(a[-1]))
		return 0;
	if (a[len] == '=')
		return 0;
	if (!is_word_byte(a[len - 1]) || !is_word_byte(a[len]))
		return 1;
	/* a plural ("users", "addresses") */
	if (a[len] == 'e' && a[len + 1] == 's')
		len++;
	return a[len] == 's' && !is_word_byte(a[len + 1]);
}

/*
 * Whether an SMTP reply starts at p: a reply code of the classes a
 * failure or a success gives (RFC 5321 4.2.1) on its own, then a space
 * or a hyphen ("550 ", "451-").
 */
static int
reply_starts(const char *start, const char *p)
{
	const unsigned char *u = (const unsigned char *)p;

	if (p > start && (g_ascii_isalnum(u[-1]) || u[-1] == '.'))
		return 0;
	return (u[0] == '2' || u[0] == '4' || u[0] == '5') &&
	    g_ascii_isdigit(u[1]) && g_ascii_isdigit(u[2]) &&
	    (u[3] == ' ' || u[3] == '-');
}

/*
 * Whether the gap from a to b is short: few bytes, few words, and no
 * SMTP reply starting in it: the notice's own sentence before a quoted
 * reply ("对方服务器返回的信息如下：550 ...") and the server's words are
 * two statements, though Chinese puts no space between their words.
 */
static int
near_gap_ok(const char *a, const char *b)
{
	const char *start = a;
	int spaces = 0;

	if (b - a > NEAR_BYTES)
		return 0;
	for (; a < b; a++) {
		if (*a == ' ')
			spaces++;
		else if (reply_starts(start, a))
			return 0;
	}
	return spaces <= NEAR_WORDS + 1;
}

struct hit {
	const char	*at;
	size_t		 len;
};

static int
hit_cmp(const void *a, const void *b)
{
	const struct hit *x = a, *y = b;

	return x->at < y->at ? -1 : x->at > y->at;
}

/*
 * The whole-word matches of a concept in text, in order, at most
 * NEAR_HITS of each word: one pass per word, so a long text costs its
 * length times the words, whatever it repeats.
 */
static size_t
concept_hits(const struct words *ph, const char *text,
    const struct text_found *f, struct hit *h)
{
	const char *q, *a;
	size_t n = 0, len, k, i;

	for (i = 0; (a = ph->alt[i]) != NULL && n < NEAR_MAX; i++) {
		if (*a == '\0' || !word_in(text, ph->alt, ph->pid, i, f))
			continue;
		len = strlen(a);
		for (q = text, k = 0; k < NEAR_HITS && n < NEAR_MAX &&
		    (q = strstr(q, a)) != NULL; q++)
			if (word_bounded(text, q, len)) {
				h[n].at = q;
				h[n++].len = len;
				k++;
			}
	}
	qsort(h, n, sizeof(*h), hit_cmp);
	return n;
}

/* Whether a word of a concept may be in the text, as f says (NULL: may). */
static int
concept_may_be(const struct words *ph, const char *text,
    const struct text_found *f)
{
	size_t i;

	if (f == NULL)
		return 1;
	for (i = 0; ph->alt[i] != NULL; i++)
		if (*ph->alt[i] != '\0' && word_in(text, ph->alt, ph->pid, i, f))
			return 1;
	return 0;
}

/* The first hit at or after p, or NULL. */
static const struct hit *
hit_after(const struct hit *h, size_t n, const char *p)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (h[i].at >= p)
			return &h[i];
	return NULL;
}

static int
near_holds(const struct cond *c, const char *text,
    const struct text_found *f)
{
	struct hit h[NEAR_CONCEPTS * NEAR_MAX];
	size_t n[NEAR_CONCEPTS], i, j;
	const struct hit *next;
	const char *end;
	int found = 0;

	if (text == NULL || c->nnear > NEAR_CONCEPTS)
		return 0;
	/* Every concept's words looked up before any is searched for. */
	for (i = 0; i < c->nnear; i++)
		if (!concept_may_be(&c->near[i], text, f))
			return 0;
	for (i = 0; i < c->nnear; i++)
		if ((n[i] = concept_hits(&c->near[i], text, f,
		    h + i * NEAR_MAX)) == 0)
			return 0;
	for (j = 0; j < n[0] && !found; j++) {
		end = h[j].at + h[j].len;
		for (i = 1; i < c->nnear; i++) {
			next = hit_after(h + i * NEAR_MAX, n[i], end);
			if (next == NULL || !near_gap_ok(end, next->at))
				break;
			end = next->at + next->len;
		}
		found = i == c->nnear;
	}
	return found;
}

/* "docomo.ne.jp" is example.docomo.ne.jp, "docomo" any label docomo. */
static int
domain_holds(char **alt, const char *domain)
{
	size_t n, d;

	if (domain == NULL)
		return 0;
	d = strlen(domain);
	for (; *alt != NULL; alt++) {
		const char *p;

		n = strlen(*alt);
		if (n == 0 || n > d)
			continue;
		for (p = domain; (p = strstr(p, *alt)) != NULL; p++)
			if ((p == domain || p[-1] == '.') &&
			    (p[n] == '\0' || p[n] == '.'))
				return 1;
	}
	return 0;
}

static int
name_byte(char c)
{
	return g_ascii_isalnum(c) || c == '-' || c == '.';
}

/*
 * Whether text names domain on its own: not inside a longer name, so
 * that "host smtp.example.com not found" does not name example.com, nor
 * as the domain of an address ("<anna@example.com>").
 */
static int
text_names(const char *text, const char *domain)
{
	size_t n = strlen(domain);
	const char *p, *e;

	for (p = text; (p = strstr(p, domain)) != NULL; p++) {
		e = p + n;
		if (p > text && (name_byte(p[-1]) || p[-1] == '@'))
			continue;
		if (*e == '.' && g_ascii_isalnum(e[1]))
			continue;
		if (*e != '.' && name_byte(*e))
			continue;
		return 1;
	}
	return 0;
}

/* names=domain|other|none: see the top of this file. */
static int
names_holds(char **alt, const char *text, const char *domain)
{
	int named;

	if (domain == NULL || text == NULL) {
		for (; *alt != NULL; alt++)
			if (strcmp(*alt, "none") == 0)
				return 1;
		return 0;
	}
	named = text_names(text, domain);
	for (; *alt != NULL; alt++)
		if (strcmp(*alt, named ? "domain" : "other") == 0)
			return 1;
	return 0;
}

/* Whether text matches x, compiled for matching on its first use. */
static int
rule_re_match(struct rule_re *x, const char *text)
{
	GRegex *re;

	if (g_once_init_enter(&x->re)) {
		re = g_regex_new(x->pattern, G_REGEX_CASELESS |
		    G_REGEX_OPTIMIZE, 0, NULL);
		g_once_init_leave(&x->re, re);
	}
	return g_regex_match(x->re, text, 0, NULL);
}

static int
rule_cond_holds(const struct cond *c, const struct rule_input *in)
{
	switch (c->kind) {
	case COND_TEXT:
		return alt_contains(c, in->lc_text, in->found);
	case COND_RE:
		if (in->lc_text == NULL || !req_in(c, in->lc_text, in->found))
			return 0;
		return rule_re_match(c->re, in->lc_text);
	case COND_STATUS:
		return alt_pattern(c->alt, in->status, '*', 1);
	case COND_CODE:
		return alt_pattern(c->alt, in->code, 'x', 0);
	case COND_ACTION:
		return in->action != NULL && alt_equal(c->alt, in->action);
	case COND_COMMAND:
		return alt_equal(c->alt, in->command);
	case COND_SUBJECT:
		return alt_contains(c, in->lc_subject, NULL);
	case COND_FROM:
		return alt_contains(c, in->lc_from, NULL);
	case COND_NEAR:
		return near_holds(c, in->lc_text, in->found);
	case COND_UNLESS:
		return !alt_contains(c, in->lc_text, in->found);
	case COND_DOMAIN:
		return domain_holds(c->alt, in->lc_domain);
	case COND_NAMES:
		return names_holds(c->alt, in->lc_text, in->lc_domain);
	}
	return 0;
}

static int
rule_holds(const struct rule *r, const struct rule_input *in)
{
	size_t j;

	for (j = 0; j < r->ncond; j++)
		if (!rule_cond_holds(&r->cond[j], in))
			return 0;
	return 1;
}

/* The inputs given, as NEED_* bits. */
static uint8_t
input_has(const struct rule_input *in)
{
	return (in->lc_text ? NEED_TEXT : 0) | (in->status ? NEED_STATUS : 0) |
	    (in->code ? NEED_CODE : 0) | (in->action ? NEED_ACTION : 0) |
	    (in->lc_subject ? NEED_SUBJECT : 0) |
	    (in->lc_from ? NEED_FROM : 0) | (in->lc_domain ? NEED_DOMAIN : 0);
}

/* The key's rule if it holds on the input, else NULL. */
static const struct rule *
key_rule_holds(const struct rule_key *k, uint8_t have,
    const struct rule_input *in)
{
	if ((k->need & ~have) != 0)
		return NULL;
	return rule_holds(k->rule, in) ? k->rule : NULL;
}

/* Called on a key of a set; nonzero ends the walk. */
typedef int (*key_visit_fn)(const struct rule_key *k, void *arg);

/*
 * Sets the bits of the keys of the set that may hold on a text holding
 * the phrases found: the open keys, and those of each phrase found.
 */
static void
set_candidates(const struct rule_set *set, const struct text_found *f,
    guint64 *bits)
{
	guint w, k, p, key;
	guint64 x;

	memcpy(bits, set->open, sizeof(guint64) *
	    (BIT_WORDS(set->keys->len) + 1));
	for (w = 0; w < f->nwords; w++)
		for (x = f->bits[w]; x != 0; x &= x - 1) {
			p = w * 64 + (guint)__builtin_ctzll(x);
			if (p >= set->nphrase)
				break;
			for (k = set->anchor_start[p];
			    k < set->anchor_start[p + 1]; k++) {
				key = set->anchor_key[k];
				bits[key / 64] |= G_GUINT64_CONSTANT(1) <<
				    (key % 64);
			}
		}
}

/*
 * Visits the keys of a set in order, only those that may hold when the
 * phrases of the text are known, until visit returns nonzero.  The cost
 * is that of the keys visited, whatever the set holds.
 */
static void
set_walk(const struct rule_set *set, const struct text_found *f,
    key_visit_fn visit, void *arg)
{
	guint64 stack[FOUND_STACK_WORDS], *bits = stack, x;
	guint n = set->keys->len, w, i;

	if (f == NULL) {
		for (i = 0; i < n; i++)
			if (visit(&g_array_index(set->keys, struct rule_key,
			    i), arg))
				return;
		return;
	}
	if (BIT_WORDS(n) + 1 > FOUND_STACK_WORDS)
		bits = g_new(guint64, BIT_WORDS(n) + 1);
	set_candidates(set, f, bits);
	for (w = 0; w < BIT_WORDS(n); w++)
		for (x = bits[w]; x != 0; x &= x - 1) {
			i = w * 64 + (guint)__builtin_ctzll(x);
			if (visit(&g_array_index(set->keys, struct rule_key,
			    i), arg))
				goto out;
		}
out:
	if (bits != stack)
		g_free(bits);
}

/* A search for the first rule that holds (see rules_find_in()). */
struct find {
	const char		*category;
	struct rule_input	*in;
	uint8_t			 have;
	const struct rule	*found;
};

static int
find_visit(const struct rule_key *k, void *arg)
{
	struct find *s = arg;
	const struct rule *r;

	/* The inputs it needs first: they lie in the key, its category not. */
	if ((k->need & ~s->have) != 0)
		return 0;
	if (s->category != NULL && (k->rule->category[0] !=
	    s->category[0] || strcmp(k->rule->category, s->category) != 0))
		return 0;
	if ((r = key_rule_holds(k, s->have, s->in)) == NULL)
		return 0;
	if (s->in->gated != GATE_NONE && r->generic >= s->in->gated &&
	    r->cat == DSN_CAT_INVALID) {
		if (s->in->skipped == NULL)
			s->in->skipped = r;
		return 0;
	}
	s->found = r;
	return 1;
}

/*
 * The first rule of a scope's set (of the category, unless NULL) that
 * holds.  A
 * generic rule that would conclude `invalid' under a gate is passed over
 * (the first such is kept in in->skipped): "Recipient address rejected"
 * under 5.7.0 names the address refused, not a reason to drop it.
 */
static const struct rule *
rules_find_in(const struct rule_set *set, const char *category,
    struct rule_input *in)
{
	struct find s = { category, in, input_has(in), NULL };
	GArray *ks;
	guint i;

	/* Without a text's phrases, the category's keys only, in order. */
	if (in->found == NULL && category != NULL) {
		ks = g_hash_table_lookup(set->by_category, category);
		for (i = 0; ks != NULL && i < ks->len && s.found == NULL; i++)
			find_visit(&g_array_index(set->keys, struct rule_key,
			    g_array_index(ks, guint, i)), &s);
		return s.found;
	}
	set_walk(set, in->found, find_visit, &s);
	return s.found;
}

static const struct rule *
rules_find(const struct dsn_rules *rules, enum rule_scope scope,
    const char *category, struct rule_input *in)
{
	const struct rule *r;

	r = rules_find_in(&rules->scoped[0][scope], category, in);
	if (r == NULL)
		r = rules_find_in(&rules->scoped[1][scope], category, in);
	return r;
}

static int
gate_visit(const struct rule_key *k, void *arg)
{
	struct find *s = arg;
	const struct rule *r = key_rule_holds(k, s->have, s->in);

	if (r != NULL && (s->found == NULL || r->generic < s->found->generic))
		s->found = r;
	return 0;
}

/*
 * The gate that holds and passes over the most (`generic' before `weak'),
 * or NULL.
 */
static const struct rule *
rules_find_gate(const struct dsn_rules *rules, struct rule_input *in)
{
	struct find s = { NULL, in, input_has(in), NULL };
	guint i;

	for (i = 0; i < 2; i++)
		set_walk(&rules->scoped[i][RULE_GATE], in->found, gate_visit,
		    &s);
	return s.found;
}

/*
 * Message level: which rule of the given category ("notice", "autoreply")
 * the subject, sender or (lower-cased) body matches; its location or NULL.
 * A rule whose conditions need a value not given does not match.
 */
const char *
dsn_rules_match_message(const struct dsn_rules *rules, const char *category,
    const char *subject, const char *from, const char *lc_body)
{
	char *ls = subject ? dsn_lower(subject, -1) : NULL;
	char *lf = from ? dsn_lower(from, -1) : NULL;
	const char *why;

	why = dsn_rules_match_message_lc(rules, category, ls, lf, lc_body);
	g_free(ls);
	g_free(lf);
	return why;
}

/* The same, given the subject and sender lower-cased (dsn_lower()). */
const char *
dsn_rules_match_message_lc(const struct dsn_rules *rules,
    const char *category, const char *lc_subject, const char *lc_from,
    const char *lc_body)
{
	struct rule_input in = { 0 };
	const struct rule *r;

	in.lc_subject = lc_subject;
	in.lc_from = lc_from;
	in.lc_text = lc_body;
	r = rules_find(rules, RULE_MESSAGE, category, &in);
	return r ? r->where : NULL;
}

/* The alternatives of r's condition of kind k into out; 0 if it has none. */
static int
rule_keys_add(const struct rule *r, enum cond_kind k, GPtrArray *out)
{
	size_t i, j;

	for (i = 0; i < r->ncond; i++)
		if (r->cond[i].kind == k) {
			for (j = 0; r->cond[i].alt[j] != NULL; j++)
				g_ptr_array_add(out,
				    g_strdup(r->cond[i].alt[j]));
			return 1;
		}
	return 0;
}

/*
 * A rule holds only if each of its conditions does: its subject= alone (the
 * narrower) is enough to select what it may hold on, else its from=.
 */
static void
rules_keys(const GPtrArray *rules, GPtrArray *subject, GPtrArray *from)
{
	const struct rule *r;
	guint i;

	for (i = 0; i < rules->len; i++) {
		r = g_ptr_array_index(rules, i);
		if (r->scope != RULE_MESSAGE)
			continue;
		if (!rule_keys_add(r, COND_SUBJECT, subject))
			rule_keys_add(r, COND_FROM, from);
	}
}

char **
dsn_rules_message_keys(const struct dsn_rules *rules, char ***from)
{
	GPtrArray *s = g_ptr_array_new(), *f = g_ptr_array_new();

	rules_keys(rules->user, s, f);
	rules_keys(rules->builtin, s, f);
	g_ptr_array_add(s, NULL);
	g_ptr_array_add(f, NULL);
	*from = (char **)g_ptr_array_free(f, FALSE);
	return (char **)g_ptr_array_free(s, FALSE);
}

/* Auto-reply text: a rule of category in=reply that matches, or NULL. */
const char *
dsn_rules_match_text(const struct dsn_rules *rules, const char *category,
    const char *lc_text)
{
	struct rule_input in = { 0 };
	const struct rule *r;

	in.lc_text = lc_text;
	r = rules_find(rules, RULE_REPLY, category, &in);
	return r ? r->where : NULL;
}

/*
 * Whether a text alone (no status, code or command) says "mailbox full":
 * its first matching failure rule is of category full; *where names it.
 * The rules of category full are tried first: most texts match none, and
 * then the whole list need not be.
 */
/* A phrases_scan() callback: notes that a phrase is there, and stops. */
static int
any_hit(void *arg, guint id, size_t start)
{
	(void)id;
	(void)start;
	*(int *)arg = 1;
	return 1;
}

int
dsn_rules_text_says_full(const struct dsn_rules *rules, const char *lc_text,
    const char **where)
{
	struct rule_input in = { 0 };
	const struct rule *first = NULL;
	struct text_found found;
	int any = 0;

	*where = NULL;
	if (rules->full != NULL) {
		phrases_scan(rules->full, lc_text, strlen(lc_text), any_hit,
		    &any);
		if (!any)
			return 0;
	}
	found_fill(&found, rules, lc_text);
	in.lc_text = lc_text;
	in.found = &found;
	if (rules_find(rules, RULE_FAILURE, "full", &in) != NULL) {
		first = rules_find(rules, RULE_FAILURE, NULL, &in);
		*where = first->where;
	}
	found_release(&found);
	return first != NULL && first->cat == DSN_CAT_FULL;
}

static int
classify_hard(const struct dsn_recipient *r)
{
	if (r->category != DSN_CAT_INVALID)
		return 0;
	if (r->status != NULL)
		return r->status[0] == '5';
	if (r->code != NULL)
		return r->code[0] == '5';
	return 1;
}

/* 4.x.x, a 4xx reply, or a delay notice. */
static int
classify_temporary(const struct dsn_recipient *r)
{
	if (r->action != NULL && g_ascii_strcasecmp(r->action, "delayed") == 0)
		return 1;
	if (r->status != NULL)
		return r->status[0] == '4';
	return r->code != NULL && r->code[0] == '4';
}

/*
 * A domain that accepts no mail at all (a null MX, RFC 7505) stays so
 * whatever status the reporter put on it: Gmail gives up on such a
 * domain with "Action: failed" under a 4.0.0 status.
 */
static int
is_final_notaccept(const struct dsn_recipient *r, const char *lc)
{
	if (strcmp(r->reason, "notaccept") != 0 || r->action == NULL ||
	    g_ascii_strcasecmp(r->action, "failed") != 0 || lc == NULL)
		return 0;
	return strstr(lc, "null mx") != NULL || strstr(lc, "nullmx") != NULL ||
	    strstr(lc, "rfc7505") != NULL;
}

/* The rule's location, and the generic rule passed over, if any. */
static char *
classify_why(const struct rule *rule, const struct rule_input *in,
    const struct rule *gate)
{
	const char *where = rule ? rule->where : "no rule";

	if (in->skipped == NULL || gate == NULL)
		return rule ? g_strdup(where) : NULL;
	return g_strdup_printf("%s; not %s (%s %s): a generic phrase under "
	    "%s (%s)", where, in->skipped->category, in->skipped->reason,
	    in->skipped->where, in->status ? in->status : in->code ?
	    in->code : in->action ? in->action : "a gate", gate->where);
}

/*
 * The recipient's domain, lower-cased: from its address, or, for a
 * diagnostic read without a recipient (a table of texts, a bare line),
 * from the first address the text names ("<anna@docomo.ne.jp>: User
 * unknown").  NULL when neither gives one.
 */
static char *
classify_domain(const struct dsn_recipient *r, const char *lc)
{
	const char *at, *end;

	if (r->addr != NULL)
		return strchr(r->addr, '@') != NULL ?
		    dsn_ascii_lower(strrchr(r->addr, '@') + 1, -1) : NULL;
	if (lc == NULL || (at = strchr(lc, '@')) == NULL)
		return NULL;
	for (end = ++at; g_ascii_isalnum(*end) || *end == '.' ||
	    *end == '-'; end++)
		;
	while (end > at && end[-1] == '.')
		end--;
	return end > at ? g_strndup(at, end - at) : NULL;
}

void
dsn_classify(const struct dsn_rules *rules, struct dsn_recipient *r)
{
	dsn_classify_rules(rules, r);
	dsn_classify_words(rules, r);
}

/* dsn_classify() by the rules alone. */
void
dsn_classify_rules(const struct dsn_rules *rules, struct dsn_recipient *r)
{
	char *lc = r->diagnostic ? dsn_lower(r->diagnostic, -1) : NULL;

	dsn_classify_lc(rules, r, lc);
	g_free(lc);
}

void
dsn_rules_set_words(struct dsn_rules *rules, int on)
{
	rules->words_on = on;
}

int
dsn_words_may(const struct dsn_recipient *r)
{
	if (r->category != DSN_CAT_UNKNOWN || r->reason == NULL)
		return 0;
	/* A rule that read unknown on purpose (a loop, a syntax error). */
	if (strcmp(r->reason, "onhold") != 0 && (strcmp(r->reason,
	    "undefined") != 0 || (r->rule != NULL &&
	    !g_str_has_prefix(r->rule, "no rule"))))
		return 0;
	if (r->action != NULL && g_ascii_strcasecmp(r->action, "failed") != 0)
		return 0;
	if (r->status != NULL)
		return r->status[0] == '5';
	return r->code == NULL || r->code[0] == '5';
}

/*
 * Where the rules found nothing: the word evidence, which may name the
 * sender's or the message's trouble, a full mailbox or a passing one,
 * never a dead address.  Where the rules concluded invalid on the words
 * of the text alone, the words may veto it (dsn_words_veto()): the cost
 * is a scan of the text, only then.
 */
void
dsn_classify_words(const struct dsn_rules *rules, struct dsn_recipient *r)
{
	static const char *const reason[DSN_CAT_COUNT] = {
		[DSN_CAT_FULL] = "mailboxfull", [DSN_CAT_RETRY] = "systemerror",
		[DSN_CAT_BLOCKED] = "blocked", [DSN_CAT_CONTENT] = "contenterror",
	};
	enum dsn_category cat;
	char *why, *vetoed;

	if (!rules->words_on)
		return;
	if (r->category == DSN_CAT_INVALID && r->words_alone) {
		cat = dsn_words_veto(rules->words, r->diagnostic, r->status,
		    r->code, &why);
		vetoed = r->rule;
		r->rule = NULL;
	} else if (dsn_words_may(r)) {
		cat = dsn_words_judge(rules->words, r->diagnostic, r->status,
		    r->code, &why);
		vetoed = NULL;
	} else
		return;
	if (cat == DSN_CAT_NONE || cat == DSN_CAT_INVALID ||
	    reason[cat] == NULL) {
		g_free(why);
		if (vetoed != NULL)
			r->rule = vetoed;
		return;
	}
	if (vetoed != NULL) {
		char *s = g_strdup_printf("%s; not invalid (%s)", why, vetoed);

		g_free(why);
		g_free(vetoed);
		why = s;
	}
	r->category = cat;
	g_free(r->reason);
	r->reason = g_strdup(reason[cat]);
	g_free(r->rule);
	r->rule = why;
	r->hard = 0;
}

/*
 * Whether an invalid rule concludes on the words of the text alone: its
 * conditions read only the text (text=, re=, near=, unless=), and it is
 * not the form that names a provider and a pattern of its codes (text=
 * with re=: "ofr|lpn|ouk" and its 416).
 */
static int
rule_words_alone(const struct rule *rule)
{
	size_t i;
	int text = 0, re = 0;

	if (rule == NULL || rule->cat != DSN_CAT_INVALID)
		return 0;
	for (i = 0; i < rule->ncond; i++)
		switch (rule->cond[i].kind) {
		case COND_TEXT:
			text = 1;
			break;
		case COND_RE:
			re = 1;
			break;
		case COND_NEAR:
		case COND_UNLESS:
			break;
		default:
			return 0;
		}
	return !(text && re);
}

/*
 * Whether a status says the address itself failed, as the rules read
 * it: RFC 3463's addressing statuses (5.1.x), a disabled mailbox
 * (5.2.1), or a status an invalid rule names (5.4.4, 5.7.13...).
 */
static int
rules_status_specific(const struct dsn_rules *rules, const char *status)
{
	guint i;

	if (g_str_has_prefix(status, "5.1.") || strcmp(status, "5.2.1") == 0)
		return 1;
	for (i = 0; i < rules->invalid_status->len; i++)
		if (alt_pattern(g_ptr_array_index(rules->invalid_status, i),
		    status, '*', 1))
			return 1;
	return 0;
}

/*
 * The status= values of the rules that conclude invalid, user rules and
 * built-in, gathered once when the rules are compiled: the veto asks
 * for each recipient the rules call invalid whether its status is one
 * of them, which need not walk every rule each time.
 */
static void
rules_index_status(struct dsn_rules *rules)
{
	const GPtrArray *set[2] = { rules->user, rules->builtin };
	const struct rule *rule;
	guint i, s;
	size_t k;

	if (rules->invalid_status != NULL)
		g_ptr_array_free(rules->invalid_status, TRUE);
	rules->invalid_status = g_ptr_array_new();
	for (s = 0; s < 2; s++)
		for (i = 0; set[s] != NULL && i < set[s]->len; i++) {
			rule = g_ptr_array_index(set[s], i);
			if (rule->cat != DSN_CAT_INVALID)
				continue;
			for (k = 0; k < rule->ncond; k++)
				if (rule->cond[k].kind == COND_STATUS)
					g_ptr_array_add(rules->invalid_status,
					    rule->cond[k].alt);
		}
}

/* dsn_classify(), given the diagnostic lower-cased (NULL without one). */
void
dsn_classify_lc(const struct dsn_rules *rules, struct dsn_recipient *r,
    const char *lc)
{
	struct rule_input in = { 0 };
	const struct rule *rule, *gate;
	char *ld = NULL, *joined;
	struct text_found found;

	/* A multi-line reply reads as one text, and advice is no reason. */
	lc = joined = dsn_reply_join(lc);
	dsn_advice_blank(joined);
	/* Which command was refused is read before its frame goes. */
	in.command = r->command ? r->command : dsn_command_find(lc);
	dsn_frame_blank(joined);
	if (lc != NULL) {
		in.lc_text = lc;
		found_fill(&found, rules, lc);
		in.found = &found;
	}
	in.status = r->status;
	in.code = r->code;
	in.action = r->action;
	in.lc_domain = ld = classify_domain(r, lc);
	gate = rules_find_gate(rules, &in);
	in.gated = gate != NULL ? gate->generic : GATE_NONE;
	rule = rules_find(rules, RULE_FAILURE, NULL, &in);
	g_free(r->reason);
	g_free(r->rule);
	r->category = rule ? rule->cat : DSN_CAT_UNKNOWN;
	r->reason = g_strdup(rule ? rule->reason : "undefined");
	r->rule = classify_why(rule, &in, gate);
	/*
	 * A temporary failure never kills an address, whatever its text
	 * says: "450 4.2.0 Recipient address rejected: Greylisted" is a
	 * delay, not a dead mailbox.
	 */
	if (r->category == DSN_CAT_INVALID && classify_temporary(r) &&
	    !is_final_notaccept(r, lc)) {
		r->category = DSN_CAT_RETRY;
		g_free(r->rule);
		r->rule = g_strdup_printf("%s, but temporary (%s)",
		    rule ? rule->where : "no rule", r->status ? r->status :
		    r->code ? r->code : r->action);
	}
	r->hard = classify_hard(r);
	r->words_alone = r->category == DSN_CAT_INVALID &&
	    rule_words_alone(rule) && (r->status == NULL ||
	    !rules_status_specific(rules, r->status));
	if (lc != NULL)
		found_release(&found);
	g_free(ld);
	g_free(joined);
}
