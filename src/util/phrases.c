/*
 * phrases: many byte strings found in one pass over a text (Aho-Corasick).
 * The phrases make a trie; each state of it knows the longest proper
 * suffix of its path that is also a path (its fail state) and the next
 * state on that chain where a phrase ends, so that reading a byte costs a
 * few steps whatever the set holds.  The root's moves are a table of 256;
 * other states keep their few moves in a list.  Pure.
 */
#include <string.h>

#include "phrases.h"

#define NO_EDGE	G_MAXUINT32
#define DENSE_EDGES	3	/* moves that give a state a row */

struct phrases {
	GPtrArray	*str;		/* char *, by number */
	GArray		*len;		/* guint32, by number */
	GHashTable	*index;		/* phrase -> number + 1, while
					   phrases are added (NULL once
					   compiled: made again if need be) */
	int		 compiled;
	/* The automaton; state 0 is the root. */
	guint32		 nstate;
	guint32		 root[256];	/* the root's moves, 0: none */
	guint32		*edge_start;	/* a state's first move; nstate + 1
					   (while compiling: then st) */
	guint8		*edge_byte;
	guint32		*edge_to;
	guint32		*fail;		/* while compiling: then st */
	gint32		*out;		/* the phrase ending here, or -1 */
	guint32		*dict;		/* next state on the fail chain where a
					   phrase ends, or 0 */
	/*
	 * Branchy states (DENSE_EDGES moves or more) have a row of next
	 * states, one per class of bytes (below), with the fail links
	 * followed in advance: the scan
	 * takes one look there instead of searching moves and failing.
	 * Where every state's number fits in 16 bits the rows hold 16-bit
	 * numbers (dense16, half the size), else 32-bit ones (dense).
	 */
	guint32		*dense;		/* width next states per row, or */
	guint16		*dense16;
	/*
	 * A row's columns are classes of bytes, not bytes: every byte
	 * that no phrase holds is class 0 (its move is to the root from
	 * any state), the others one each, the space and the lower-case
	 * letters first.  A row holds the classes (a fraction of 256
	 * moves) and a lower-case text's moves lie in its first cache
	 * line: the rows a scan reads stay in the cache.  width: the
	 * number of classes, rounded up to whole cache lines of a row.
	 */
	guint8		 cls[256];
	guint32		 width;
	guint32		 nrows;		/* how many rows */
	/*
	 * What a scan reads of a state, in one place (one cache line
	 * rather than one per array).
	 */
	struct scan_state	*st;
	/*
	 * Where every state's number fits in 16 bits, the scan reads
	 * st16 instead (st and the edge_* arrays are freed): a state in 12
	 * bytes, with its moves when it has no row (at most two), so that
	 * a step reads one place where it read three.  There the states
	 * with a row are numbered 1 to nrows, each as its row: a step
	 * from such a state reads its row alone, not the state first
	 * (the next step waits on one load, not two).
	 */
	struct scan16		*st16;
};

struct scan_state {
	guint32		 row;		/* its row + 1 (0: none), and
					   ROW_REPORT if a phrase ends here
					   or on its fail chain */
	guint32		 fail;
	guint32		 first;		/* its moves: edge_* [first, last) */
	guint32		 last;
};

#define ROW_REPORT	0x80000000u

struct scan16 {
	guint16		 row;		/* as in scan_state, ROW16_REPORT the
					   flag */
	guint16		 fail;
	guint16		 to[2];		/* its moves, if it has no row */
	guint8		 byte[2];
	guint8		 n;		/* how many */
};

#define ROW16_REPORT	0x8000u
/* A state without a row has fewer moves than DENSE_EDGES: two at most. */
G_STATIC_ASSERT(DENSE_EDGES <= 3);

/* The trie while it is built: each state's moves as a linked list. */
struct trie {
	GArray	*first;		/* guint32 per state: its first edge */
	GArray	*edges;		/* struct trie_edge */
	GArray	*out;		/* gint32 per state */
};

struct trie_edge {
	guint32	 to;
	guint32	 next;
	guint8	 byte;
};

struct phrases *
phrases_new(void)
{
	struct phrases *set = g_new0(struct phrases, 1);

	set->str = g_ptr_array_new_with_free_func(g_free);
	set->len = g_array_new(FALSE, FALSE, sizeof(guint32));
	return set;
}

static void
automaton_free(struct phrases *set)
{
	g_free(set->edge_start);
	g_free(set->edge_byte);
	g_free(set->edge_to);
	g_free(set->fail);
	g_free(set->out);
	g_free(set->dict);
	g_aligned_free(set->dense);
	g_aligned_free(set->dense16);
	g_free(set->st);
	g_free(set->st16);
	set->st16 = NULL;
	set->edge_start = set->edge_to = set->fail = set->dict = NULL;
	set->dense = NULL;
	set->dense16 = NULL;
	set->st = NULL;
	set->edge_byte = NULL;
	set->out = NULL;
	set->compiled = 0;
}

void
phrases_free(struct phrases *set)
{
	if (set == NULL)
		return;
	automaton_free(set);
	if (set->index != NULL)
		g_hash_table_destroy(set->index);
	g_ptr_array_free(set->str, TRUE);
	g_array_free(set->len, TRUE);
	g_free(set);
}

guint
phrases_add(struct phrases *set, const char *s)
{
	gpointer v;
	char *copy;
	guint32 n;

	if (set->index == NULL) {
		set->index = g_hash_table_new(g_str_hash, g_str_equal);
		for (n = 0; n < set->str->len; n++)
			g_hash_table_insert(set->index, set->str->pdata[n],
			    GUINT_TO_POINTER(n + 1));
	}
	if ((v = g_hash_table_lookup(set->index, s)) != NULL)
		return GPOINTER_TO_UINT(v) - 1;
	copy = g_strdup(s);
	n = (guint32)strlen(s);
	g_ptr_array_add(set->str, copy);
	g_array_append_val(set->len, n);
	g_hash_table_insert(set->index, copy,
	    GUINT_TO_POINTER(set->str->len));
	set->compiled = 0;
	return set->str->len - 1;
}

guint
phrases_count(const struct phrases *set)
{
	return set->str->len;
}

size_t
phrases_len(const struct phrases *set, guint id)
{
	return g_array_index(set->len, guint32, id);
}

const char *
phrases_str(const struct phrases *set, guint id)
{
	return set->str->pdata[id];
}

static guint32
trie_state_new(struct trie *t)
{
	guint32 none = NO_EDGE;
	gint32 out = -1;

	g_array_append_val(t->first, none);
	g_array_append_val(t->out, out);
	return t->first->len - 1;
}

/* The state reached from s by byte b, made when there is none. */
static guint32
trie_step(struct trie *t, guint32 s, guint8 b)
{
	struct trie_edge e;
	guint32 i;

	for (i = g_array_index(t->first, guint32, s); i != NO_EDGE;
	    i = g_array_index(t->edges, struct trie_edge, i).next)
		if (g_array_index(t->edges, struct trie_edge, i).byte == b)
			return g_array_index(t->edges, struct trie_edge, i).to;
	e.to = trie_state_new(t);
	e.byte = b;
	e.next = g_array_index(t->first, guint32, s);
	g_array_append_val(t->edges, e);
	g_array_index(t->first, guint32, s) = t->edges->len - 1;
	return e.to;
}

/* The trie's moves laid out by state, and the root's as a table. */
static void
automaton_lay_out(struct phrases *set, struct trie *t)
{
	guint32 s, i, at = 0;

	set->nstate = t->first->len;
	set->edge_start = g_new(guint32, set->nstate + 1);
	set->edge_byte = g_new(guint8, t->edges->len + 1);
	set->edge_to = g_new(guint32, t->edges->len + 1);
	set->out = (gint32 *)g_memdup2(t->out->data,
	    sizeof(gint32) * set->nstate);
	memset(set->root, 0, sizeof(set->root));
	for (s = 0; s < set->nstate; s++) {
		set->edge_start[s] = at;
		for (i = g_array_index(t->first, guint32, s); i != NO_EDGE;
		    i = g_array_index(t->edges, struct trie_edge, i).next) {
			struct trie_edge *e = &g_array_index(t->edges,
			    struct trie_edge, i);

			set->edge_byte[at] = e->byte;
			set->edge_to[at++] = e->to;
			if (s == 0)
				set->root[e->byte] = e->to;
		}
	}
	set->edge_start[set->nstate] = at;
}

/* The state reached from s (not the root) by byte b, or 0. */
static inline guint32
state_move(const struct phrases *set, guint32 s, guint8 b)
{
	guint32 e;

	for (e = set->edge_start[s]; e < set->edge_start[s + 1]; e++)
		if (set->edge_byte[e] == b)
			return set->edge_to[e];
	return 0;
}

/* Where a mismatch at v, reached from u by b, goes on. */
static guint32
automaton_fail_of(const struct phrases *set, guint32 u, guint8 b)
{
	guint32 f, t;

	if (u == 0)
		return 0;
	for (f = set->fail[u]; f != 0; f = set->fail[f])
		if ((t = state_move(set, f, b)) != 0)
			return t;
	return set->root[b];
}

/* Fail and output links, breadth first: a state's links need shorter. */
static void
automaton_link(struct phrases *set)
{
	guint32 *queue = g_new(guint32, set->nstate);
	guint32 head = 0, tail = 0, u, v, e, f;

	set->fail = g_new0(guint32, set->nstate);
	set->dict = g_new0(guint32, set->nstate);
	queue[tail++] = 0;
	while (head < tail) {
		u = queue[head++];
		for (e = set->edge_start[u]; e < set->edge_start[u + 1]; e++) {
			v = set->edge_to[e];
			f = automaton_fail_of(set, u, set->edge_byte[e]);
			set->fail[v] = f;
			set->dict[v] = set->out[f] >= 0 ? f : set->dict[f];
			queue[tail++] = v;
		}
	}
	g_free(queue);
}

/*
 * The state reached from s by byte b, the fail links followed: through
 * the row of the first branchy state on the way, when it has one (in
 * dense16 if narrow, else in dense).
 */
static G_ALWAYS_INLINE inline guint32
automaton_step(const struct phrases *set, guint32 s, guint8 b, int narrow)
{
	const struct scan_state *st;
	guint32 e, r;

	for (; s != 0; s = st->fail) {
		st = &set->st[s];
		if ((r = st->row & ~ROW_REPORT) != 0)
			return narrow ?
			    set->dense16[(gsize)(r - 1) * set->width +
			    set->cls[b]] :
			    set->dense[(gsize)(r - 1) * set->width +
			    set->cls[b]];
		for (e = st->first; e < st->last; e++)
			if (set->edge_byte[e] == b)
				return set->edge_to[e];
	}
	return set->root[b];
}

/*
 * The states as the scan reads them, and the rows of the branchy ones
 * (see struct phrases), made breadth first: a state's row copies the
 * moves of its fail state, shallower, whose row (or that of a state on
 * its fail chain) is made already.
 */
/* Row r's move by class c (see automaton_step()) set to v. */
static inline void
row_set(struct phrases *set, guint32 r, guint c, guint32 v, int narrow)
{
	if (narrow)
		set->dense16[(gsize)r * set->width + c] = (guint16)v;
	else
		set->dense[(gsize)r * set->width + c] = v;
}

/*
 * The classes of bytes of the rows (see struct phrases), and in
 * byte_of[] a byte of each class but 0; returns how many classes.
 */
static guint
automaton_classes(struct phrases *set, guint8 byte_of[256])
{
	static const char first[] = " abcdefghijklmnopqrstuvwxyz";
	gboolean used[256] = { FALSE };
	const guint8 *p;
	guint i, n = 1;

	for (i = 0; i < set->str->len; i++)
		for (p = set->str->pdata[i]; *p != '\0'; p++)
			used[*p] = TRUE;
	memset(set->cls, 0, sizeof(set->cls));
	for (p = (const guint8 *)first; *p != '\0'; p++)
		if (used[*p]) {
			byte_of[n] = *p;
			set->cls[*p] = (guint8)n++;
		}
	for (i = 1; i < 256; i++)
		if (used[i] && set->cls[i] == 0) {
			byte_of[n] = (guint8)i;
			set->cls[i] = (guint8)n++;
		}
	return n;
}

static void
automaton_dense(struct phrases *set)
{
	guint32 *queue = g_new(guint32, set->nstate);
	guint32 head = 0, tail = 0, s, e, r, rows = 0;
	int narrow = set->nstate <= G_MAXUINT16 + 1u;
	guint8 byte_of[256];
	guint c, n, line = 64 / (narrow ? sizeof(guint16) : sizeof(guint32));

	set->nrows = 0;
	set->st = g_new0(struct scan_state, set->nstate);
	for (s = 0; s < set->nstate; s++) {
		set->st[s].fail = set->fail[s];
		set->st[s].first = set->edge_start[s];
		set->st[s].last = set->edge_start[s + 1];
		if (s != 0 && set->st[s].last - set->st[s].first >= DENSE_EDGES)
			rows++;
		if (set->out[s] >= 0 || set->dict[s] != 0)
			set->st[s].row |= ROW_REPORT;
	}
	n = automaton_classes(set, byte_of);
	set->width = (n + line - 1) / line * line;
	/* Rows on cache lines: a row's first line holds its letters. */
	if (narrow)
		set->dense16 = g_aligned_alloc0(MAX(rows, 1) * set->width,
		    sizeof(guint16), 64);
	else
		set->dense = g_aligned_alloc0(MAX(rows, 1) * set->width,
		    sizeof(guint32), 64);
	/*
	 * Rows numbered breadth first: the shallow states' rows, which a
	 * scan reads most, lie together.
	 */
	rows = 0;
	queue[tail++] = 0;
	while (head < tail) {
		s = queue[head++];
		for (e = set->edge_start[s]; e < set->edge_start[s + 1]; e++)
			queue[tail++] = set->edge_to[e];
		if (s == 0 || set->st[s].last - set->st[s].first < DENSE_EDGES)
			continue;
		r = rows++;
		set->st[s].row |= rows;
		set->nrows = rows;
		/* Class 0 (and the padding) moves to the root: left 0. */
		for (c = 1; c < n; c++)
			row_set(set, r, c, automaton_step(set, set->fail[s],
			    byte_of[c], narrow), narrow);
		for (e = set->edge_start[s]; e < set->edge_start[s + 1]; e++)
			row_set(set, r, set->cls[set->edge_byte[e]],
			    set->edge_to[e], narrow);
	}
	g_free(queue);
}

/*
 * The states numbered again for the scan in 16 bits: the root stays 0,
 * the state of row r becomes r (a scan finds a state's row without
 * reading it), the others follow in their order.  Renumbers out, dict,
 * root and the rows; returns the new number of each state.
 */
static guint32 *
automaton_renumber(struct phrases *set)
{
	guint32 *to = g_new(guint32, set->nstate), s, r, next = set->nrows;
	gint32 *out = g_new(gint32, set->nstate);
	guint32 *dict = g_new(guint32, set->nstate);
	gsize i;

	for (s = 0; s < set->nstate; s++) {
		r = set->st[s].row & ~ROW_REPORT;
		to[s] = s == 0 ? 0 : r != 0 ? r : ++next;
	}
	for (s = 0; s < set->nstate; s++) {
		out[to[s]] = set->out[s];
		dict[to[s]] = to[set->dict[s]];
	}
	g_free(set->out);
	g_free(set->dict);
	set->out = out;
	set->dict = dict;
	for (i = 0; i < 256; i++)
		set->root[i] = to[set->root[i]];
	for (i = 0; i < (gsize)set->nrows * set->width; i++)
		set->dense16[i] = (guint16)to[set->dense16[i]];
	return to;
}

/*
 * The scan's states in 16 bits (see struct phrases), made from st and
 * the moves once the rows are made; those are then freed.  The root's
 * moves are in root[].
 */
static void
automaton_narrow(struct phrases *set)
{
	const struct scan_state *st;
	struct scan16 *t;
	guint32 s, e, *to = automaton_renumber(set);

	set->st16 = g_new0(struct scan16, set->nstate);
	for (s = 0; s < set->nstate; s++) {
		st = &set->st[s];
		t = &set->st16[to[s]];
		t->row = (guint16)((st->row & ~ROW_REPORT) |
		    ((st->row & ROW_REPORT) != 0 ? ROW16_REPORT : 0));
		t->fail = (guint16)to[st->fail];
		if (s == 0 || (st->row & ~ROW_REPORT) != 0)
			continue;
		for (e = st->first; e < st->last; e++) {
			g_assert(t->n < G_N_ELEMENTS(t->to));
			t->byte[t->n] = set->edge_byte[e];
			t->to[t->n++] = (guint16)to[set->edge_to[e]];
		}
	}
	g_free(to);
	g_clear_pointer(&set->st, g_free);
	g_clear_pointer(&set->edge_byte, g_free);
	g_clear_pointer(&set->edge_to, g_free);
}

void
phrases_compile(struct phrases *set)
{
	struct trie t;
	guint32 id, s;
	const guint8 *p;

	automaton_free(set);
	t.first = g_array_new(FALSE, FALSE, sizeof(guint32));
	t.edges = g_array_new(FALSE, FALSE, sizeof(struct trie_edge));
	t.out = g_array_new(FALSE, FALSE, sizeof(gint32));
	trie_state_new(&t);
	for (id = 0; id < set->str->len; id++) {
		p = set->str->pdata[id];
		if (*p == '\0')
			continue;
		for (s = 0; *p != '\0'; p++)
			s = trie_step(&t, s, *p);
		g_array_index(t.out, gint32, s) = (gint32)id;
	}
	automaton_lay_out(set, &t);
	g_array_free(t.first, TRUE);
	g_array_free(t.edges, TRUE);
	g_array_free(t.out, TRUE);
	automaton_link(set);
	automaton_dense(set);
	/* The scan reads these in st (or st16), freed before it is made. */
	g_clear_pointer(&set->edge_start, g_free);
	g_clear_pointer(&set->fail, g_free);
	g_clear_pointer(&set->index, g_hash_table_destroy);
	if (set->dense16 != NULL)
		automaton_narrow(set);
	set->compiled = 1;
}

/* Reports the phrases ending at state s, the text read up to end. */
static inline int
scan_report(const struct phrases *set, guint32 s, size_t end,
    phrases_hit_fn hit, void *arg)
{
	guint32 o;
	gint32 id;

	for (o = set->out[s] >= 0 ? s : set->dict[s]; o != 0;
	    o = set->dict[o]) {
		id = set->out[o];
		if (hit(arg, (guint)id, end - phrases_len(set, (guint)id)))
			return 1;
	}
	return 0;
}

/* phrases_scan() with the rows in dense16 if narrow, else in dense. */
static G_ALWAYS_INLINE inline void
scan_rows(const struct phrases *set, const guint8 *p, size_t len,
    phrases_hit_fn hit, void *arg, int narrow)
{
	guint32 s = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		s = automaton_step(set, s, p[i], narrow);
		if ((set->st[s].row & ROW_REPORT) != 0 &&
		    scan_report(set, s, i + 1, hit, arg))
			return;
	}
}

/* automaton_step() in st16. */
static G_ALWAYS_INLINE inline guint32
step16(const struct phrases *set, guint32 s, guint8 b)
{
	const struct scan16 *st;

	/*
	 * A state up to nrows is its row's number (automaton_renumber()):
	 * the row is read straight from it, one load after the last.
	 */
	for (; s != 0; s = st->fail) {
		if (s <= set->nrows)
			return set->dense16[(gsize)(s - 1) * set->width +
			    set->cls[b]];
		st = &set->st16[s];
		if (st->n > 0 && st->byte[0] == b)
			return st->to[0];
		if (st->n > 1 && st->byte[1] == b)
			return st->to[1];
	}
	return set->root[b];
}

/* phrases_scan() in st16. */
static void
scan16(const struct phrases *set, const guint8 *p, size_t len,
    phrases_hit_fn hit, void *arg)
{
	guint32 s = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		s = step16(set, s, p[i]);
		if ((set->st16[s].row & ROW16_REPORT) != 0 &&
		    scan_report(set, s, i + 1, hit, arg))
			return;
	}
}

void
phrases_scan(const struct phrases *set, const char *text, size_t len,
    phrases_hit_fn hit, void *arg)
{
	g_return_if_fail(set->compiled);
	/* Rows in dense16 have become st16 (automaton_narrow()). */
	if (set->st16 != NULL)
		scan16(set, (const guint8 *)text, len, hit, arg);
	else
		scan_rows(set, (const guint8 *)text, len, hit, arg, 0);
}
