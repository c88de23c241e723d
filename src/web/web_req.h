/*
 * web_req: one request as the page handlers see it (no libmicrohttpd
 * type crosses this header) and the reply they build.  Internal to
 * src/web/.
 */
#ifndef BH_WEB_REQ_H
#define BH_WEB_REQ_H

#include <glib.h>

#include "web_int.h"

struct web_req {
	const char	*method, *path;
	GHashTable	*args;		/* query or form: name -> value */
	struct store	*st;
	struct web_view	 view;		/* role and token for the pages */
	int		 read_only;
	/* The reply. */
	int		 status;
	const char	*type;		/* Content-Type */
	char		*body;		/* g_free */
	size_t		 len;
	char		*location;	/* redirect target, g_free */
	char		*disposition;	/* Content-Disposition, g_free */
	char		*cookie;	/* Set-Cookie, g_free */
	int		 fd;		/* a file to send instead, or -1 */
	size_t		 fd_size;
};

/* A query or form value, or NULL when absent or empty. */
const char *web_arg(const struct web_req *r, const char *name);
/* Replies with a page (taken), a JSON text (taken) or an error. */
void	web_reply_html(struct web_req *r, int status, struct web_html *h);
void	web_reply_json(struct web_req *r, int status, GString *j);
void	web_reply_error(struct web_req *r, int status, const char *msg);
void	web_redirect(struct web_req *r, const char *fmt_path,
	    const char *address);

/* Page handlers: each fills the reply. */
void	web_page_overview(struct web_req *r);
void	web_page_contacts(struct web_req *r);
void	web_page_contact(struct web_req *r);
void	web_page_attention(struct web_req *r);
void	web_page_notice(struct web_req *r);	/* /notice?key=MSG_KEY */
void	web_page_api(struct web_req *r);
void	web_page_action(struct web_req *r, int json);
void	web_api_overview(struct web_req *r);
void	web_api_contacts(struct web_req *r);
void	web_api_contact(struct web_req *r);
void	web_api_attention(struct web_req *r);
void	web_api_doctor(struct web_req *r);
/* The current filter as CSV or XLSX (the export's columns). */
void	web_download(struct web_req *r, int xlsx);

/* The page filter from the request's arguments (strings borrowed). */
int	web_page_filter(const struct web_req *r, struct store_page *p);

#endif
