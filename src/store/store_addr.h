/*
 * store_addr: e-mail addresses as the contact database sees them: the
 * matching key, a syntax check and likely typos.  Pure string functions.
 * Returned strings are the caller's, freed with g_free().
 */
#ifndef BH_STORE_ADDR_H
#define BH_STORE_ADDR_H

/*
 * The matching key: spaces and <> trimmed, local part lower-cased, domain
 * lower-cased in its ASCII (IDNA) form.  NULL when there is no '@'.
 */
char	*store_addr_key(const char *addr);
/* 0 if the key is a plausible address, else -1 and *why (static text). */
int	 store_addr_check(const char *key, const char **why);
/* The corrected address for a likely typo (gmial.com, .con...), or NULL. */
char	*store_addr_suggest(const char *key);
/* The domain part of a key (borrowed from key), or "" without '@'. */
const char *store_addr_domain(const char *key);

#endif
