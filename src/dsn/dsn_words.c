/*
 * dsn_words: the word evidence, a last reading of a failure the rules
 * found nothing in.  A naive Bayes model (config/bounce-words.tsv,
 * written by scripts/words-train.py from the tuned tables of diagnostic
 * lines, compiled in) gives each word and word pair of a text its
 * log-probability under each category, and so do the failure's status
 * and reply code; the category whose sum leads the next by the model's
 * threshold for it, per square root of the words the model knows, wins,
 * if it is one the words may name.
 *
 * It never names a failure invalid: words alone must not kill a contact.
 * It reads only what dsn_words_may() lets through, and, as a veto, an
 * invalid the rules concluded from the words of a text alone: where the
 * words put the sender's or the message's trouble, a full mailbox or a
 * passing one that far (the model's :veto line) ahead of invalid, the
 * reader does not believe the address dead.  The tokenizer must
 * agree with words-train.py's; test diagnostic_words_cv compares them.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "dsn_int.h"

#define WORDS_NCLASS	6	/* categories a model may list */
#define WORDS_WHY	4	/* words named in an explanation */

struct dsn_words {
	GStringChunk	*word;		/* the words, one after another */
	GHashTable	*index;		/* word -> row + 1 */
	GHashTable	*stop;		/* words_stop, as a set */
	float		*lp;		/* row * nclass + class */
	enum dsn_category cls[WORDS_NCLASS];
	int		 nclass;
	double		 lead[WORDS_NCLASS];	/* the lead each needs, or */
	int		 never[WORDS_NCLASS];	/* never named ("-") */
	int		 invalid;	/* the class of invalid, or -1 */
	double		 veto;		/* lead over invalid that vetoes */
	int		 veto_on;	/* a :veto line gave one */
};

/* Words that say nothing of the cause, and the tables' example names. */
static const char *const words_stop[] = {
	"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from",
	"with", "as", "is", "are", "was", "were", "be", "been", "being",
	"this", "that", "these", "those", "it", "its", "and", "or", "if",
	"then", "than", "so", "such", "there", "here", "i", "we", "you",
	"he", "she", "they", "our", "your", "their", "my", "me", "us", "his",
	"her", "them", "has", "have", "had", "do", "does", "did", "will",
	"would", "can", "could", "may", "might", "shall", "should",
	"please", "com", "org", "net", "www", "http", "https", "html", "htm",
	"mx", "jp", "de", "cn", "uk", "fr", "br", "ru", "example",
	"kijitora", "neko", "localhost", "invalid", NULL
};

void
dsn_words_free(struct dsn_words *w)
{
	if (w == NULL)
		return;
	if (w->index != NULL)
		g_hash_table_destroy(w->index);
	if (w->stop != NULL)
		g_hash_table_destroy(w->stop);
	g_free(w->lp);
	if (w->word != NULL)
		g_string_chunk_free(w->word);
	g_free(w);
}

static int
words_classes(struct dsn_words *w, char **col, size_t lineno,
    struct err *err)
{
	int i;

	for (i = 0; col[i + 1] != NULL; i++) {
		if (i == WORDS_NCLASS)
			return err_set(err, "built-in words:%zu: more than %d "
			    "classes", lineno, WORDS_NCLASS);
		w->cls[i] = dsn_category_from_name(col[i + 1]);
		if (w->cls[i] == DSN_CAT_NONE)
			return err_set(err, "built-in words:%zu: unknown "
			    "category '%s'", lineno, col[i + 1]);
	}
	w->nclass = i;
	w->invalid = -1;
	for (i = 0; i < w->nclass; i++) {
		w->never[i] = 1;	/* until a threshold line says */
		if (w->cls[i] == DSN_CAT_INVALID)
			w->invalid = i;
	}
	return 0;
}

/* One "word TAB log-probability..." line into row n. */
static int
words_row(struct dsn_words *w, char *line, GArray *lp, size_t lineno,
    struct err *err)
{
	char *tab = strchr(line, '\t'), *p, *end;
	int i;

	if (w->nclass == 0 || tab == NULL)
		return err_set(err, "built-in words:%zu: want a :classes line, "
		    "then a word and %d numbers", lineno, w->nclass);
	*tab = '\0';
	for (p = tab + 1, i = 0; i < w->nclass; i++, p = end) {
		float v = strtof(p, &end);

		if (end == p || (*end != '\t' && *end != '\0'))
			return err_set(err, "built-in words:%zu: want %d "
			    "numbers after '%s'", lineno, w->nclass, line);
		g_array_append_val(lp, v);
	}
	g_hash_table_insert(w->index, g_string_chunk_insert(w->word, line),
	    GUINT_TO_POINTER(lp->len / (guint)w->nclass));
	return 0;
}

/* ":threshold" and a lead or "-" per class, after the classes line. */
static int
words_threshold(struct dsn_words *w, const char *s, size_t lineno,
    struct err *err)
{
	char **col = g_strsplit(s, "\t", -1), *end;
	int i, rc = 0;

	if (w->nclass == 0 || (int)g_strv_length(col) != w->nclass)
		rc = err_set(err, "built-in words:%zu: want a threshold per "
		    "class, after the classes line", lineno);
	for (i = 0; rc == 0 && i < w->nclass; i++) {
		w->never[i] = strcmp(col[i], "-") == 0;
		w->lead[i] = w->never[i] ? 0 : g_ascii_strtod(col[i], &end);
		if (!w->never[i] && (end == col[i] || *end != '\0'))
			rc = err_set(err, "built-in words:%zu: threshold "
			    "'%s' is no number", lineno, col[i]);
	}
	g_strfreev(col);
	return rc;
}

/* ":veto" and the lead over invalid that vetoes it, or "-": no veto. */
static int
words_veto_line(struct dsn_words *w, const char *s, size_t lineno,
    struct err *err)
{
	char *end;

	w->veto_on = strcmp(s, "-") != 0;
	if (!w->veto_on)
		return 0;
	w->veto = g_ascii_strtod(s, &end);
	if (end == s || *end != '\0' || w->invalid < 0)
		return err_set(err, "built-in words:%zu: want a lead or '-' "
		    "after :veto, and invalid among the classes", lineno);
	return 0;
}

static int
words_line(struct dsn_words *w, char *line, GArray *lp, size_t lineno,
    struct err *err)
{
	char **col;
	int rc = 0;

	if (*line == '\0' || *line == '#')
		return 0;
	/* A word has no colon: these lines are no words. */
	if (strncmp(line, ":classes\t", 9) == 0) {
		col = g_strsplit(line, "\t", -1);
		rc = words_classes(w, col, lineno, err);
		g_strfreev(col);
		return rc;
	}
	if (strncmp(line, ":threshold\t", 11) == 0)
		return words_threshold(w, line + 11, lineno, err);
	if (strncmp(line, ":veto\t", 6) == 0)
		return words_veto_line(w, line + 6, lineno, err);
	return words_row(w, line, lp, lineno, err);
}

struct dsn_words *
dsn_words_load(const char *text, struct err *err)
{
	struct dsn_words *w = g_new0(struct dsn_words, 1);
	GArray *lp = g_array_new(FALSE, FALSE, sizeof(float));
	GString *line = g_string_new(NULL);
	const char *p, *nl;
	size_t lineno = 0, i;
	int rc = 0;

	/* Only the words are kept, not the numbers' text after them. */
	w->word = g_string_chunk_new(16384);
	w->index = g_hash_table_new(g_str_hash, g_str_equal);
	w->stop = g_hash_table_new(g_str_hash, g_str_equal);
	for (i = 0; words_stop[i] != NULL; i++)
		g_hash_table_add(w->stop, (gpointer)words_stop[i]);
	for (p = text; p != NULL && *p != '\0' && rc == 0; p = nl) {
		nl = strchr(p, '\n');
		g_string_truncate(line, 0);
		g_string_append_len(line, p, nl != NULL ? nl++ - p :
		    (gssize)strlen(p));
		lineno++;
		rc = words_line(w, line->str, lp, lineno, err);
	}
	g_string_free(line, TRUE);
	w->lp = (float *)(void *)g_array_free(lp, FALSE);
	if (rc == 0 && w->nclass == 0)
		rc = err_set(err, "built-in words: no :classes line");
	if (rc < 0) {
		dsn_words_free(w);
		return NULL;
	}
	return w;
}

/* Chinese and Japanese characters: words without spaces between. */
static int
words_cjk(gunichar c)
{
	return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/*
 * g_unichar_isspace() of the character at p, without decoding it where
 * it is ASCII (the same answer: \t \n \f \r and the space; for ASCII
 * letters and digits seen_chunk() asks g_ascii_isalnum(), the same as
 * g_unichar_isalnum()).
 */
static int
words_space(const char *p)
{
	unsigned char c = (unsigned char)*p;

	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == '\f';
	return g_unichar_isspace(g_utf8_get_char(p));
}

/* What the words of one text found: rows of the model, each once. */
struct words_seen {
	const struct dsn_words *w;
	GHashTable	*rows;		/* row + 1 -> the model's word */
	GString		*prev;		/* the last word, for pairs */
	GString		*pair;
};

static void
seen_add(struct words_seen *s, const char *token)
{
	gpointer word, row;

	/* The model's own copy of the word names it in an explanation. */
	if (g_hash_table_lookup_extended(s->w->index, token, &word, &row))
		g_hash_table_insert(s->rows, row, word);
}

/* A finished run of letters and digits: a word, and a pair with the last. */
static void
seen_word(struct words_seen *s, GString *run)
{
	const char *p;

	if (run->len == 0)
		return;
	for (p = run->str; *p != '\0'; p++)
		if (*p >= '0' && *p <= '9')
			break;
	if (*p == '\0' && g_utf8_strlen(run->str, -1) >= 2 &&
	    !g_hash_table_contains(s->w->stop, run->str)) {
		seen_add(s, run->str);
		if (s->prev->len > 0) {
			g_string_assign(s->pair, s->prev->str);
			g_string_append_c(s->pair, ' ');
			g_string_append_len(s->pair, run->str,
			    (gssize)run->len);
			seen_add(s, s->pair->str);
		}
		g_string_assign(s->prev, run->str);
	}
	g_string_truncate(run, 0);
}

/* One chunk between spaces, [p, end) of lower-cased UTF-8. */
static void
seen_chunk(struct words_seen *s, const char *p, const char *end,
    GString *run)
{
	gunichar c, cjk = 0;
	char buf[16];
	int n;

	if (memchr(p, '@', (size_t)(end - p)) != NULL) {
		g_string_truncate(s->prev, 0);
		return;
	}
	for (; p < end; p = g_utf8_next_char(p)) {
		if ((unsigned char)*p < 0x80) {
			cjk = 0;
			if (g_ascii_isalnum(*p))
				g_string_append_c(run, *p);
			else
				seen_word(s, run);
			continue;
		}
		c = g_utf8_get_char(p);
		if (words_cjk(c)) {
			if (cjk != 0) {
				n = g_unichar_to_utf8(cjk, buf);
				n += g_unichar_to_utf8(c, buf + n);
				buf[n] = '\0';
				seen_add(s, buf);
			}
			cjk = c;
		} else
			cjk = 0;
		if (g_unichar_isalnum(c) && !words_cjk(c))
			g_string_append_unichar(run, c);
		else
			seen_word(s, run);
	}
	seen_word(s, run);
}

/* Every known word and pair of lc (lower-cased, valid UTF-8) into s. */
static void
words_scan(struct words_seen *s, const char *lc)
{
	GString *run = g_string_new(NULL);
	const char *p = lc, *e;

	while (*p != '\0') {
		while (*p != '\0' && words_space(p))
			p = g_utf8_next_char(p);
		for (e = p; *e != '\0' && !words_space(e);
		    e = g_utf8_next_char(e))
			;
		if (e > p)
			seen_chunk(s, p, e, run);
		p = e;
	}
	g_string_free(run, TRUE);
}

struct words_vote {
	double		 sum[WORDS_NCLASS];
	int		 best, next;
};

static void
vote_count(const struct dsn_words *w, GHashTable *rows, struct words_vote *v)
{
	GHashTableIter it;
	gpointer key;
	int i;

	memset(v, 0, sizeof(*v));
	g_hash_table_iter_init(&it, rows);
	while (g_hash_table_iter_next(&it, &key, NULL))
		for (i = 0; i < w->nclass; i++)
			v->sum[i] += w->lp[(GPOINTER_TO_UINT(key) - 1) *
			    (guint)w->nclass + (guint)i];
	v->best = 0;
	v->next = 1;
	if (v->sum[1] > v->sum[0]) {
		v->best = 1;
		v->next = 0;
	}
	for (i = 2; i < w->nclass; i++)
		if (v->sum[i] > v->sum[v->best]) {
			v->next = v->best;
			v->best = i;
		} else if (v->sum[i] > v->sum[v->next])
			v->next = i;
}

struct why_word {
	const char	*word;
	double		 lead;
};

static int
why_cmp(const void *a, const void *b)
{
	double x = ((const struct why_word *)a)->lead;
	double y = ((const struct why_word *)b)->lead;

	return x < y ? 1 : x > y ? -1 : 0;
}

/*
 * "words: spamhaus, blacklist → blocked (lead 4.1 over invalid, needs
 * 1.5)": the words that put class best ahead of class other.
 */
static char *
words_why(const struct dsn_words *w, GHashTable *rows, int best, int other,
    double sum_lead, double need, const char *head)
{
	GArray *a = g_array_new(FALSE, FALSE, sizeof(struct why_word));
	GString *s = g_string_new(head);
	GHashTableIter it;
	gpointer key, val;
	guint i;

	g_hash_table_iter_init(&it, rows);
	while (g_hash_table_iter_next(&it, &key, &val)) {
		const float *lp = w->lp + (GPOINTER_TO_UINT(key) - 1) *
		    (guint)w->nclass;
		struct why_word ww = { val, lp[best] - lp[other] };

		if (ww.lead > 0 && ww.word != NULL)
			g_array_append_val(a, ww);
	}
	g_array_sort(a, why_cmp);
	for (i = 0; i < a->len && i < WORDS_WHY; i++)
		g_string_append_printf(s, "%s%s", i ? ", " : "",
		    g_array_index(a, struct why_word, i).word);
	g_string_append_printf(s, " → %s (lead %.1f over %s, needs %.1f)",
	    dsn_category_name(w->cls[best]), sum_lead,
	    dsn_category_name(w->cls[other]), need);
	g_array_free(a, TRUE);
	return g_string_free(s, FALSE);
}

static int
words_may_name(enum dsn_category c)
{
	return c == DSN_CAT_BLOCKED || c == DSN_CAT_CONTENT ||
	    c == DSN_CAT_FULL || c == DSN_CAT_RETRY;
}

/* Digits from s, between lo and hi of them: past them, or NULL. */
static const char *
words_digits(const char *s, int lo, int hi)
{
	int n;

	for (n = 0; n < hi && s[n] >= '0' && s[n] <= '9'; n++)
		;
	return n < lo ? NULL : s + n;
}

/*
 * The status and reply code as features: "st:5.7.1" and its class and
 * subject "st:5.7" for a status of that form, "rc:550" for a code of
 * three digits, as words-train.py's tokens() gives them.
 */
static void
words_codes(struct words_seen *s, const char *status, const char *code)
{
	const char *p, *dot;

	if (status != NULL && (p = words_digits(status, 1, 1)) != NULL &&
	    *p++ == '.' && (dot = words_digits(p, 1, 3)) != NULL &&
	    *dot == '.' && (p = words_digits(dot + 1, 1, 3)) != NULL &&
	    *p == '\0') {
		g_string_printf(s->pair, "st:%s", status);
		seen_add(s, s->pair->str);
		g_string_printf(s->pair, "st:%.*s", (int)(dot - status),
		    status);
		seen_add(s, s->pair->str);
	}
	if (code != NULL && (p = words_digits(code, 3, 3)) != NULL &&
	    *p == '\0') {
		g_string_printf(s->pair, "rc:%s", code);
		seen_add(s, s->pair->str);
	}
}

/*
 * The rows of the model the words of text, its status and its reply code
 * (either NULL when none) hit (a table the caller destroys), or NULL when
 * the model cannot read it.
 */
static GHashTable *
words_rows(const struct dsn_words *w, const char *text, const char *status,
    const char *code)
{
	struct words_seen s = { w, NULL, NULL, NULL };
	const unsigned char *a;
	char *valid, *lc;

	if (w == NULL || text == NULL || w->nclass < 2)
		return NULL;
	/* ASCII, the most of them: valid, and lower-cased alike either way. */
	for (a = (const unsigned char *)text; *a != 0 && *a < 0x80; a++)
		;
	if (*a == 0) {
		valid = NULL;
		lc = dsn_ascii_lower(text, -1);
	} else {
		valid = g_utf8_make_valid(text, -1);
		lc = g_utf8_strdown(valid, -1);
	}
	s.rows = g_hash_table_new(g_direct_hash, g_direct_equal);
	s.prev = g_string_new(NULL);
	s.pair = g_string_new(NULL);
	words_scan(&s, lc);
	words_codes(&s, status, code);
	g_string_free(s.prev, TRUE);
	g_string_free(s.pair, TRUE);
	g_free(lc);
	g_free(valid);
	return s.rows;
}

enum dsn_category
dsn_words_judge(const struct dsn_words *w, const char *text,
    const char *status, const char *code, char **why)
{
	GHashTable *rows = words_rows(w, text, status, code);
	struct words_vote v;
	enum dsn_category cat = DSN_CAT_NONE;
	double lead;

	*why = NULL;
	if (rows == NULL)
		return DSN_CAT_NONE;
	if (g_hash_table_size(rows) > 0) {
		vote_count(w, rows, &v);
		/* A long text's words are not each new evidence. */
		lead = (v.sum[v.best] - v.sum[v.next]) /
		    sqrt((double)g_hash_table_size(rows));
		if (words_may_name(w->cls[v.best]) && !w->never[v.best] &&
		    lead >= w->lead[v.best]) {
			cat = w->cls[v.best];
			*why = words_why(w, rows, v.best, v.next, lead,
			    w->lead[v.best], DSN_WORDS_WHY);
		}
	}
	g_hash_table_destroy(rows);
	return cat;
}

enum dsn_category
dsn_words_veto(const struct dsn_words *w, const char *text,
    const char *status, const char *code, char **why)
{
	GHashTable *rows;
	struct words_vote v;
	enum dsn_category cat = DSN_CAT_NONE;
	int i, best = -1;
	double lead;

	*why = NULL;
	if (w == NULL || !w->veto_on ||
	    (rows = words_rows(w, text, status, code)) == NULL)
		return DSN_CAT_NONE;
	if (g_hash_table_size(rows) > 0) {
		vote_count(w, rows, &v);
		for (i = 0; i < w->nclass; i++)
			if (words_may_name(w->cls[i]) &&
			    (best < 0 || v.sum[i] > v.sum[best]))
				best = i;
		lead = best < 0 ? 0 : v.sum[best] - v.sum[w->invalid];
		if (best >= 0 && lead >= w->veto) {
			cat = w->cls[best];
			*why = words_why(w, rows, best, w->invalid, lead,
			    w->veto, DSN_WORDS_VETO);
		}
	}
	g_hash_table_destroy(rows);
	return cat;
}
