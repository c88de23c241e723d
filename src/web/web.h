/*
 * web: review in a browser.  `serve` (an HTTP server on libmicrohttpd)
 * and `report --html` (one self-contained file).  Pages read through the
 * store's functions only; this module includes no sqlite3.h and runs no
 * SQL.  All memory belongs to the caller unless stated otherwise.
 */
#ifndef BH_WEB_WEB_H
#define BH_WEB_WEB_H

#include "err.h"

struct store;

/*
 * The overview and the attention list as one HTML page with its styles,
 * data and charts inline and no reference to anything outside it (no
 * script, no network).  Returns the page (g_free), NULL with err set.
 */
char	*web_report_html(struct store *st, long long now, size_t *len,
	    struct err *err);

struct web_opts {
	const char	*listen;	/* ADDR:PORT; NULL: 127.0.0.1:8025 */
	int		 read_only;	/* the store was opened read-only */
	char		*view_token;	/* NULL: no token (loopback only) */
	char		*edit_token;	/* NULL: no edit token */
	int		 rate_per_min;	/* requests per client and minute */
};

enum web_status {
	WEB_OK = 0,
	WEB_ERR_USAGE,		/* a bad listen address */
	WEB_ERR_CONFIG,		/* another address without a token */
	WEB_ERR_RUNTIME,	/* cannot listen, no random bytes */
};

/*
 * Serves until SIGINT or SIGTERM.  Refuses an address other than
 * loopback without a view token.  WEB_OK, or an error with err set.
 */
enum web_status web_serve(struct store *st, const struct web_opts *o,
	    struct err *err);

#endif
