/*
 * phrases: a set of byte strings that are all looked for in a text in one
 * pass over it (an Aho-Corasick automaton).  A search costs the length of
 * the text and the number of matches, however many phrases the set holds,
 * so that a list of phrases can grow without slowing the reader.
 *
 * Matching is by bytes, as strstr() does: the caller lower-cases both
 * sides when case must not matter.
 */
#ifndef BH_UTIL_PHRASES_H
#define BH_UTIL_PHRASES_H

#include <stddef.h>

#include <glib.h>

struct phrases;

/*
 * Called for every occurrence of a phrase (overlapping ones too), in
 * the order in which they end in the text: its number and the offset of
 * its first byte.  A nonzero return ends the search.
 */
typedef int (*phrases_hit_fn)(void *arg, guint id, size_t start);

struct phrases *phrases_new(void);
void	 phrases_free(struct phrases *set);
/*
 * Adds s (up to its NUL) unless the set holds it already; returns its
 * number, counted from 0 in the order of adding.  The empty string may
 * be added: it is in every text (as strstr() finds it) and never
 * reported by phrases_scan().
 */
guint	 phrases_add(struct phrases *set, const char *s);
/* How many phrases the set holds. */
guint	 phrases_count(const struct phrases *set);
/* The length of phrase id. */
size_t	 phrases_len(const struct phrases *set, guint id);
/* Phrase id itself; it lives as long as the set. */
const char *phrases_str(const struct phrases *set, guint id);
/*
 * Builds the automaton from the phrases added so far; needed before
 * phrases_scan() and again after phrases_add().
 */
void	 phrases_compile(struct phrases *set);
/* Reports the phrases of the set found in len bytes of text to hit. */
void	 phrases_scan(const struct phrases *set, const char *text,
	    size_t len, phrases_hit_fn hit, void *arg);

#endif
