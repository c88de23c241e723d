/*
 * store_alert: tells from a bounce whether the problem is on the sending
 * side (blocklist, authentication, reverse DNS, content, size, rate) and
 * what to do about it.  Pure: text in, verdict out.
 */
#ifndef BH_STORE_ALERT_H
#define BH_STORE_ALERT_H

struct store_alert {
	const char	*kind;		/* static: blocklist-ip, ... */
	char		*list_name;	/* named blocklist, or NULL; g_free */
	const char	*advice;	/* static */
};

/*
 * Returns 1 and fills a when a bounce of this category, reason and
 * diagnostic (each may be NULL) is a sender alert, else 0.
 */
int	store_alert_classify(const char *category, const char *reason,
	    const char *diagnostic, struct store_alert *a);
/* What to do about a bounce of this category (static), or NULL. */
const char *store_alert_category_advice(const char *category);
/* The advice for a kind, or NULL for an unknown kind. */
const char *store_alert_advice(const char *kind);

#endif
