/*
 * web_serve: the HTTP server (libmicrohttpd, a thread per connection, so
 * a slow client or a large download holds up nobody else).  Pages read
 * on connections of their own (a few, each used by one request at a
 * time; WAL lets them read while another writes); actions write one at a
 * time on the command's connection, which also keeps the search index.
 * Everything between the socket and a page handler lives here: who may
 * do what (loopback or a token; view or edit), the Host check, CSRF
 * tokens on every POST, request size and rate limits, the security
 * headers, and the fixed table of paths (nothing is read from the file
 * system).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <microhttpd.h>

#include "web_req.h"

#define SERVE_BODY_MAX	(16 * 1024)
#define SERVE_DEFAULT	"127.0.0.1:8025"
/*
 * Connections (each a thread) and read connections to the database for
 * pages, besides the overview's own.
 */
#define SERVE_CONNECTIONS	32
#define SERVE_READERS		3
/* Each reader's page cache, MB (the command's connection has its own). */
#define SERVE_READER_CACHE	16
/*
 * How long the overview's counts are given again while nothing changed
 * (the last 90 days' window moves meanwhile: a few minutes is nothing).
 */
#define SERVE_AGG_SECONDS	300
/*
 * The overview is computed in the background at start and every
 * SERVE_WARM_EVERY seconds, so that after a write (a harvest, an action)
 * the next one finds its counts ready; unchanged, that costs nothing.
 */
#define SERVE_WARM_EVERY	15

enum role { ROLE_NONE, ROLE_VIEW, ROLE_EDIT };

struct serve {
	struct store		*st;		/* actions and the index */
	GMutex			 write;		/* held while st is in use */
	GAsyncQueue		*readers;	/* idle read connections */
	struct store		*ov;		/* the overview's, keeping counts */
	GMutex			 ov_lock;	/* held while ov is in use */
	int			 nreaders;	/* opened, under lock */
	GMutex			 lock;		/* nreaders, rate, warm */
	GCond			 wake;		/* the warmer: stop */
	GThread			*warmer;
	int			 stop;
	const struct web_opts	*o;
	struct sockaddr_storage	 sa;
	int			 loopback;
	char			*host_ok[2];	/* accepted Host headers */
	guint8			 secret[32];	/* for CSRF tokens */
	GHashTable		*rate;		/* client -> struct rate */
	char			*csp;
};

struct rate {
	long long	 window;
	int		 n;
};

/* A request's body, gathered over the handler's calls. */
struct upload {
	GString	*body;
	int	 too_big;
};

static const char serve_icon[] = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
    "viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" rx=\"3\" "
    "fill=\"#1f3a5f\"/><path d=\"M3 5l5 4 5-4\" stroke=\"#fff\" "
    "fill=\"none\"/></svg>";

/* Compares two secrets in time that depends on neither. */
static int
serve_secret_eq(const char *a, const char *b)
{
	guint8 da[32], db[32];
	gsize na = sizeof(da), nb = sizeof(db);
	GChecksum *c;
	volatile guint8 diff = 0;
	size_t i;

	c = g_checksum_new(G_CHECKSUM_SHA256);
	g_checksum_update(c, (const guchar *)a, strlen(a));
	g_checksum_get_digest(c, da, &na);
	g_checksum_reset(c);
	g_checksum_update(c, (const guchar *)b, strlen(b));
	g_checksum_get_digest(c, db, &nb);
	g_checksum_free(c);
	for (i = 0; i < sizeof(da); i++)
		diff |= da[i] ^ db[i];
	return diff == 0;
}

/* The CSRF token for a credential (the token used, or "" on loopback). */
static char *
serve_csrf(const struct serve *s, const char *cred)
{
	return g_compute_hmac_for_string(G_CHECKSUM_SHA256, s->secret,
	    sizeof(s->secret), cred != NULL ? cred : "", -1);
}

static const char *
serve_credential(struct MHD_Connection *c)
{
	const char *v = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_AUTHORIZATION);

	if (v != NULL && g_str_has_prefix(v, "Bearer "))
		return v + 7;
	return MHD_lookup_connection_value(c, MHD_COOKIE_KIND, "bh_token");
}

static enum role
serve_role(const struct serve *s, const char *cred)
{
	enum role r = ROLE_NONE;

	if (s->o->view_token == NULL)
		r = ROLE_EDIT;
	else if (cred != NULL && s->o->edit_token != NULL &&
	    serve_secret_eq(cred, s->o->edit_token))
		r = ROLE_EDIT;
	else if (cred != NULL && serve_secret_eq(cred, s->o->view_token))
		r = ROLE_VIEW;
	if (r == ROLE_EDIT && s->o->read_only)
		r = ROLE_VIEW;
	return r;
}

/* An IPv4 or IPv6 address as text ("?" for another family). */
static void
serve_addr_text(const struct sockaddr *sa, char *buf, size_t len)
{
	const void *a = NULL;

	if (sa->sa_family == AF_INET)
		a = &((const struct sockaddr_in *)(const void *)sa)->sin_addr;
	else if (sa->sa_family == AF_INET6)
		a = &((const struct sockaddr_in6 *)(const void *)sa)->
		    sin6_addr;
	if (a == NULL || inet_ntop(sa->sa_family, a, buf,
	    (socklen_t)len) == NULL)
		g_strlcpy(buf, "?", len);
}

/* 1 if the client is within its requests for this minute. */
static int
serve_rate_ok(struct serve *s, struct MHD_Connection *c)
{
	const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c,
	    MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	char key[INET6_ADDRSTRLEN] = "?";
	long long now = (long long)time(NULL) / 60;
	struct rate *r;
	int ok;

	if (ci != NULL)
		serve_addr_text(ci->client_addr, key, sizeof(key));
	g_mutex_lock(&s->lock);
	if ((r = g_hash_table_lookup(s->rate, key)) == NULL) {
		if (g_hash_table_size(s->rate) > 10000)
			g_hash_table_remove_all(s->rate);
		r = g_new0(struct rate, 1);
		g_hash_table_insert(s->rate, g_strdup(key), r);
	}
	if (r->window != now) {
		r->window = now;
		r->n = 0;
	}
	ok = ++r->n <= s->o->rate_per_min;
	g_mutex_unlock(&s->lock);
	return ok;
}

/*
 * Without tokens anyone who reaches the port may act, so a page of
 * another site must not reach it through a name of its own resolving to
 * 127.0.0.1 (DNS rebinding): the Host header must name this server.
 * With tokens such a page has none to send, and the server may have any
 * name.
 */
static int
serve_host_ok(const struct serve *s, struct MHD_Connection *c)
{
	const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_HOST);

	if (s->o->view_token != NULL)
		return 1;
	return h != NULL && (strcmp(h, s->host_ok[0]) == 0 ||
	    (s->host_ok[1] != NULL && strcmp(h, s->host_ok[1]) == 0));
}

static void
serve_headers(const struct serve *s, struct MHD_Response *resp,
    const struct web_req *r)
{
	MHD_add_response_header(resp, "Content-Security-Policy", s->csp);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "X-Frame-Options", "DENY");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "Cache-Control", "no-store");
	MHD_add_response_header(resp, "Content-Type", r->type != NULL ?
	    r->type : "text/plain; charset=utf-8");
	if (r->location != NULL)
		MHD_add_response_header(resp, "Location", r->location);
	if (r->disposition != NULL)
		MHD_add_response_header(resp, "Content-Disposition",
		    r->disposition);
	if (r->cookie != NULL)
		MHD_add_response_header(resp, "Set-Cookie", r->cookie);
}

static enum MHD_Result
serve_send(const struct serve *s, struct MHD_Connection *c,
    struct web_req *r)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;

	if (r->fd >= 0) {
		/* libmicrohttpd closes the file when it has sent it. */
		resp = MHD_create_response_from_fd(r->fd_size, r->fd);
		r->fd = -1;
	} else {
		if (r->body == NULL)
			r->body = g_strdup("");
		resp = MHD_create_response_from_buffer_with_free_callback(
		    r->len, r->body, g_free);
		r->body = NULL;
	}
	serve_headers(s, resp, r);
	ret = MHD_queue_response(c, (unsigned)r->status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static enum MHD_Result
serve_arg(void *cls, enum MHD_ValueKind kind, const char *key,
    const char *value)
{
	if (value != NULL)
		g_hash_table_replace(cls, g_strdup(key), g_strdup(value));
	return MHD_YES;
}

/* The form fields of a urlencoded body into args. */
static int
serve_form(GHashTable *args, const GString *body)
{
	GHashTable *f;
	GHashTableIter it;
	gpointer k, v;

	if (body == NULL || body->len == 0)
		return 0;
	if ((f = g_uri_parse_params(body->str, (gssize)body->len, "&",
	    G_URI_PARAMS_WWW_FORM, NULL)) == NULL)
		return -1;
	g_hash_table_iter_init(&it, f);
	while (g_hash_table_iter_next(&it, &k, &v))
		g_hash_table_replace(args, g_strdup(k), g_strdup(v));
	g_hash_table_destroy(f);
	return 0;
}

static int
serve_csrf_ok(const struct serve *s, struct MHD_Connection *c,
    const struct web_req *r, const char *cred)
{
	const char *got = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
	    "X-CSRF-Token");
	char *want = serve_csrf(s, cred);
	int ok;

	if (got == NULL)
		got = web_arg(r, "csrf");
	ok = got != NULL && serve_secret_eq(got, want);
	g_free(want);
	return ok;
}

/* POST /login: the token as a cookie when it is one of ours. */
static void
serve_login(const struct serve *s, struct web_req *r)
{
	const char *t = web_arg(r, "token");

	if (t == NULL || strlen(t) > 512 || serve_role(s, t) == ROLE_NONE) {
		web_reply_error(r, 403, "wrong token");
		return;
	}
	r->location = g_strdup("/");
	r->status = 303;
	r->cookie = g_strconcat("bh_token=", t, "; HttpOnly; SameSite=Strict; "
	    "Path=/", NULL);
}

static void
serve_login_page(struct web_req *r)
{
	struct web_html *h = web_html_new();
	struct web_view v = { 1, 0, NULL, 0 };

	web_page_begin(h, &v, "Sign in", "");
	web_put(h, "<form method=\"post\" action=\"/login\"><label>token "
	    "<input type=\"password\" name=\"token\" autocomplete=\"off\">"
	    "</label> <button type=\"submit\">sign in</button></form>");
	web_page_end(h);
	web_reply_html(r, 401, h);
}

struct route {
	const char	*method, *path;
	enum role	 need;
	void		(*fn)(struct web_req *r);
};

static void
serve_action_page(struct web_req *r)
{
	web_page_action(r, 0);
}

static void
serve_action_json(struct web_req *r)
{
	web_page_action(r, 1);
}

static void
serve_icon_page(struct web_req *r)
{
	r->status = 200;
	r->type = "image/svg+xml";
	r->body = g_strdup(serve_icon);
	r->len = strlen(serve_icon);
}

static void
serve_csv(struct web_req *r)
{
	web_download(r, 0);
}

static void
serve_xlsx(struct web_req *r)
{
	web_download(r, 1);
}

static const struct route routes[] = {
	{ "GET", "/", ROLE_VIEW, web_page_overview },
	{ "GET", "/contacts", ROLE_VIEW, web_page_contacts },
	{ "GET", "/contact", ROLE_VIEW, web_page_contact },
	{ "GET", "/attention", ROLE_VIEW, web_page_attention },
	{ "GET", "/notice", ROLE_VIEW, web_page_notice },
	{ "GET", "/api", ROLE_VIEW, web_page_api },
	{ "GET", "/download.csv", ROLE_VIEW, serve_csv },
	{ "GET", "/download.xlsx", ROLE_VIEW, serve_xlsx },
	{ "GET", "/api/overview", ROLE_VIEW, web_api_overview },
	{ "GET", "/api/contacts", ROLE_VIEW, web_api_contacts },
	{ "GET", "/api/contact", ROLE_VIEW, web_api_contact },
	{ "GET", "/api/attention", ROLE_VIEW, web_api_attention },
	{ "GET", "/api/doctor", ROLE_VIEW, web_api_doctor },
	{ "POST", "/action", ROLE_EDIT, serve_action_page },
	{ "POST", "/api/action", ROLE_EDIT, serve_action_json },
	{ "GET", "/favicon.svg", ROLE_NONE, serve_icon_page },
	{ "GET", "/favicon.ico", ROLE_NONE, serve_icon_page },
	{ "GET", "/login", ROLE_NONE, serve_login_page },
};

static const struct route *
serve_route(const char *method, const char *url)
{
	size_t i;

	for (i = 0; i < G_N_ELEMENTS(routes); i++)
		if (strcmp(routes[i].path, url) == 0 &&
		    strcmp(routes[i].method, method) == 0)
			return &routes[i];
	return NULL;
}

static struct store *
serve_reader_open(struct serve *s, struct err *err)
{
	struct store *rd;

	if (store_open_another(s->st, STORE_READONLY, &rd, err) == 0 &&
	    store_cache_set(rd, SERVE_READER_CACHE, err) == 0)
		return rd;
	store_close(rd);
	return NULL;
}

/*
 * A read connection: an idle one, a new one while fewer than
 * SERVE_READERS are open, else the next one given back.  NULL with err.
 */
static struct store *
serve_reader(struct serve *s, struct err *err)
{
	struct store *rd;
	int open = 0;

	if ((rd = g_async_queue_try_pop(s->readers)) != NULL)
		return rd;
	g_mutex_lock(&s->lock);
	if (s->nreaders < SERVE_READERS) {
		s->nreaders++;
		open = 1;
	}
	g_mutex_unlock(&s->lock);
	if (!open)
		return g_async_queue_pop(s->readers);
	if ((rd = serve_reader_open(s, err)) != NULL)
		return rd;
	g_mutex_lock(&s->lock);
	s->nreaders--;
	g_mutex_unlock(&s->lock);
	return NULL;
}

/*
 * The overview's reader, its lock held until serve_give(): one
 * connection, so that the counts it keeps serve every overview (a
 * download on another reader does not make the next overview start
 * cold).  NULL with err.
 */
static struct store *
serve_overview_reader(struct serve *s, struct err *err)
{
	g_mutex_lock(&s->ov_lock);
	if (s->ov == NULL && (s->ov = serve_reader_open(s, err)) != NULL)
		store_agg_keep(s->ov, SERVE_AGG_SECONDS);
	if (s->ov == NULL)
		g_mutex_unlock(&s->ov_lock);
	return s->ov;
}

/* A reader, for the overview or another page; NULL with err. */
static struct store *
serve_take(struct serve *s, int overview, struct err *err)
{
	return overview ? serve_overview_reader(s, err) : serve_reader(s, err);
}

static void
serve_give(struct serve *s, int overview, struct store *rd)
{
	if (overview)
		g_mutex_unlock(&s->ov_lock);
	else
		/* First out next: the warmest page cache. */
		g_async_queue_push_front(s->readers, rd);
}

/*
 * 1 if a search may use the index: brought up to date first when
 * another process has written since.  While an action holds the writer
 * the search scans rather than wait for it.
 */
static int
serve_search_ready(struct serve *s)
{
	struct err err;
	int ok = 1;

	if (s->o->read_only || !g_mutex_trylock(&s->write))
		return 0;
	if (store_search_behind(s->st) &&
	    store_search_index(s->st, &err) < 0) {
		fprintf(stderr, "serve: %s (searching without it)\n",
		    err.msg);
		ok = 0;
	}
	g_mutex_unlock(&s->write);
	return ok;
}

/* Waits SERVE_WARM_EVERY seconds: 0, or -1 when told to stop. */
static int
serve_warm_wait(struct serve *s)
{
	gint64 until = g_get_monotonic_time() + SERVE_WARM_EVERY *
	    G_TIME_SPAN_SECOND;
	int stop;

	g_mutex_lock(&s->lock);
	while (!s->stop && g_cond_wait_until(&s->wake, &s->lock, until))
		;
	stop = s->stop;
	g_mutex_unlock(&s->lock);
	return stop ? -1 : 0;
}

/*
 * The warmer: the overview computed on its reader (the counts it keeps
 * cost nothing while nothing changed).
 */
static gpointer
serve_warm(gpointer p)
{
	struct serve *s = p;
	struct web_view v = { 1, 0, NULL, 0 };
	struct web_html *h;
	struct store *rd;
	struct err err;

	do {
		if ((rd = serve_take(s, 1, &err)) == NULL) {
			fprintf(stderr, "serve: %s\n", err.msg);
			continue;
		}
		v.now = (long long)time(NULL);
		h = web_html_new();
		if (web_overview(h, rd, &v, &err) < 0)
			fprintf(stderr, "serve: %s\n", err.msg);
		web_html_free(h);
		serve_give(s, 1, rd);
	} while (serve_warm_wait(s) == 0);
	return NULL;
}

/*
 * Runs a route on a connection of its own: an action on the writer, one
 * at a time; a page on a read connection, given back once the reply is
 * built (a download is sent after: a slow client holds none).
 */
static void
serve_run(struct serve *s, const struct route *rt, struct web_req *r)
{
	int ov = rt->fn == web_page_overview || rt->fn == web_api_overview;
	struct store *rd;
	struct err err;

	if (rt->need == ROLE_NONE) {
		rt->fn(r);
	} else if (rt->need == ROLE_EDIT) {
		g_mutex_lock(&s->write);
		r->st = s->st;
		rt->fn(r);
		g_mutex_unlock(&s->write);
	} else if ((rd = serve_take(s, ov, &err)) == NULL) {
		fprintf(stderr, "serve: %s\n", err.msg);
		web_reply_error(r, 503, "the database cannot be read now");
	} else {
		store_search_use(rd, web_arg(r, "q") != NULL &&
		    serve_search_ready(s));
		r->st = rd;
		rt->fn(r);
		serve_give(s, ov, rd);
	}
}

/* Runs the request once its body is in; fills r. */
static void
serve_dispatch(struct serve *s, struct MHD_Connection *c, struct web_req *r,
    const char *url)
{
	const char *cred = serve_credential(c);
	enum role role = serve_role(s, cred);
	const struct route *rt;

	r->view.serve = 1;
	r->view.edit = role == ROLE_EDIT;
	if (strcmp(r->method, "POST") == 0 && strcmp(url, "/login") == 0) {
		serve_login(s, r);
		return;
	}
	if ((rt = serve_route(r->method, url)) == NULL) {
		web_reply_error(r, serve_route("GET", url) || serve_route(
		    "POST", url) ? 405 : 404, "no such page");
		return;
	}
	if (role < rt->need && role == ROLE_NONE) {
		if (strcmp(r->method, "GET") == 0 &&
		    !g_str_has_prefix(url, "/api"))
			serve_login_page(r);
		else
			web_reply_error(r, 401, "this needs a token");
		return;
	}
	if (role < rt->need) {
		web_reply_error(r, 403, "this needs the edit role");
		return;
	}
	if (strcmp(r->method, "POST") == 0 && !serve_csrf_ok(s, c, r, cred)) {
		web_reply_error(r, 403, "missing or wrong CSRF token");
		return;
	}
	serve_run(s, rt, r);
}

static void
serve_req_release(struct web_req *r)
{
	if (r->fd >= 0)
		close(r->fd);
	g_hash_table_destroy(r->args);
	g_free(r->body);
	g_free(r->location);
	g_free(r->disposition);
	g_free(r->cookie);
	g_free((char *)r->view.csrf);
}

static enum MHD_Result
serve_respond(struct serve *s, struct MHD_Connection *c, const char *url,
    const char *method, struct upload *up)
{
	struct web_req r = { 0 };
	enum MHD_Result ret;

	r.method = method;
	r.path = url;
	r.fd = -1;
	r.read_only = s->o->read_only;
	r.view.now = (long long)time(NULL);
	r.args = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, serve_arg, r.args);
	if (!serve_host_ok(s, c))
		web_reply_error(&r, 421, "unexpected Host header");
	else if (!serve_rate_ok(s, c))
		web_reply_error(&r, 429, "too many requests: wait a minute");
	else if (up->too_big)
		web_reply_error(&r, 413, "request too large");
	else if (serve_form(r.args, up->body) < 0)
		web_reply_error(&r, 400, "malformed form");
	else {
		r.view.csrf = serve_csrf(s, serve_credential(c));
		serve_dispatch(s, c, &r, url);
	}
	ret = serve_send(s, c, &r);
	serve_req_release(&r);
	return ret;
}

static enum MHD_Result
serve_handler(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *data,
    size_t *size, void **con_cls)
{
	struct upload *up = *con_cls;

	if (up == NULL) {
		*con_cls = g_new0(struct upload, 1);
		return MHD_YES;
	}
	if (*size > 0) {
		if (up->body == NULL)
			up->body = g_string_new(NULL);
		if (up->body->len + *size > SERVE_BODY_MAX)
			up->too_big = 1;
		else
			g_string_append_len(up->body, data, *size);
		*size = 0;
		return MHD_YES;
	}
	return serve_respond(cls, c, url, method, up);
}

static void
serve_done(void *cls, struct MHD_Connection *c, void **con_cls,
    enum MHD_RequestTerminationCode toe)
{
	struct upload *up = *con_cls;

	if (up == NULL)
		return;
	if (up->body != NULL)
		g_string_free(up->body, TRUE);
	g_free(up);
	*con_cls = NULL;
}

/* 1 if a is a loopback address (127/8, ::1, or 127/8 mapped). */
static int
serve_is_loopback(const struct sockaddr *a)
{
	const struct in6_addr *a6;

	if (a->sa_family == AF_INET)
		return (ntohl(((const struct sockaddr_in *)(const void *)a)->
		    sin_addr.s_addr) >> 24) == 127;
	a6 = &((const struct sockaddr_in6 *)(const void *)a)->sin6_addr;
	return IN6_IS_ADDR_LOOPBACK(a6) || (IN6_IS_ADDR_V4MAPPED(a6) &&
	    a6->s6_addr[12] == 127);
}

/* "[v6]:port" or "v4-or-name:port" split; 0, or -1 with err set. */
static int
serve_addr_split(const char *listen, char **host, char **port,
    struct err *err)
{
	const char *colon = strrchr(listen, ':'), *end;

	*host = *port = NULL;
	if (colon == NULL || colon[1] == '\0')
		return err_set(err, "bad listen address '%s' (want ADDR:PORT "
		    "or [IPv6]:PORT)", listen);
	if (listen[0] == '[') {
		if ((end = strchr(listen, ']')) == NULL || end + 1 != colon)
			return err_set(err, "bad listen address '%s' (want "
			    "[IPv6]:PORT)", listen);
		*host = g_strndup(listen + 1, (gsize)(end - listen - 1));
	} else if (memchr(listen, ':', (size_t)(colon - listen)) != NULL)
		return err_set(err, "bad listen address '%s' (an IPv6 address "
		    "goes in brackets: [::1]:PORT)", listen);
	else
		*host = g_strndup(listen, (gsize)(colon - listen));
	*port = g_strdup(colon + 1);
	return 0;
}

/* The first address host and port resolve to, in s->sa. */
static int
serve_resolve(struct serve *s, const char *listen, const char *host,
    const char *port, struct err *err)
{
	struct addrinfo hints = { 0 }, *res = NULL;
	char *end;
	long n = strtol(port, &end, 10);
	int rc;

	if (*end != '\0' || n < 1 || n > 65535 || host[0] == '\0')
		return err_set(err, "bad listen address '%s' (want ADDR:PORT "
		    "with a port from 1 to 65535)", listen);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	if ((rc = getaddrinfo(host, port, &hints, &res)) != 0)
		return err_set(err, "cannot resolve listen address '%s': %s",
		    listen, gai_strerror(rc));
	memcpy(&s->sa, res->ai_addr, res->ai_addrlen);
	freeaddrinfo(res);
	return 0;
}

static int
serve_addr(struct serve *s, const char *listen, struct err *err)
{
	char *host, *port;
	int rc = -1;

	memset(&s->sa, 0, sizeof(s->sa));
	if (serve_addr_split(listen, &host, &port, err) == 0 &&
	    (rc = serve_resolve(s, listen, host, port, err)) == 0) {
		s->loopback = serve_is_loopback((struct sockaddr *)&s->sa);
		s->host_ok[0] = g_strdup(listen);
		if (s->loopback)
			s->host_ok[1] = g_strdup_printf("localhost:%s", port);
	}
	g_free(host);
	g_free(port);
	return rc;
}

static void
serve_release(struct serve *s)
{
	struct store *rd;

	g_free(s->host_ok[0]);
	g_free(s->host_ok[1]);
	g_free(s->csp);
	if (s->rate != NULL)
		g_hash_table_destroy(s->rate);
	if (s->readers != NULL) {
		while ((rd = g_async_queue_try_pop(s->readers)) != NULL)
			store_close(rd);
		g_async_queue_unref(s->readers);
	}
	store_close(s->ov);
	g_mutex_clear(&s->write);
	g_mutex_clear(&s->lock);
	g_mutex_clear(&s->ov_lock);
	g_cond_clear(&s->wake);
}

static enum web_status
serve_setup(struct serve *s, struct store *st, const struct web_opts *o,
    struct err *err)
{
	memset(s, 0, sizeof(*s));
	s->st = st;
	s->o = o;
	g_mutex_init(&s->write);
	g_mutex_init(&s->lock);
	g_mutex_init(&s->ov_lock);
	g_cond_init(&s->wake);
	s->readers = g_async_queue_new();
	if (serve_addr(s, o->listen != NULL ? o->listen : SERVE_DEFAULT,
	    err) < 0)
		return WEB_ERR_USAGE;
	if (!s->loopback && o->view_token == NULL) {
		err_set(err, "listening on '%s' needs a token: set [serve] "
		    "view_token_file (and edit_token_file)", o->listen);
		return WEB_ERR_CONFIG;
	}
	if (getrandom(s->secret, sizeof(s->secret), 0) !=
	    (ssize_t)sizeof(s->secret)) {
		err_set(err, "cannot read random bytes: %s", strerror(errno));
		return WEB_ERR_RUNTIME;
	}
	s->rate = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	s->csp = g_strdup_printf("default-src 'none'; style-src %s; "
	    "img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
	    "base-uri 'none'", web_style_hash());
	return WEB_OK;
}

static struct MHD_Daemon *
serve_start(struct serve *s)
{
	unsigned v6 = s->sa.ss_family == AF_INET6 ? MHD_USE_IPv6 : 0;

	return MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD |
	    MHD_USE_THREAD_PER_CONNECTION | MHD_USE_ERROR_LOG | v6, 0, NULL,
	    NULL, serve_handler, s,
	    MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&s->sa,
	    MHD_OPTION_NOTIFY_COMPLETED, serve_done, s,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)SERVE_CONNECTIONS,
	    MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)16,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024),
	    MHD_OPTION_END);
}

enum web_status
web_serve(struct store *st, const struct web_opts *o, struct err *err)
{
	struct MHD_Daemon *d;
	struct serve s;
	sigset_t set;
	enum web_status rc;
	int sig;

	if ((rc = serve_setup(&s, st, o, err)) != WEB_OK)
		goto out;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if ((d = serve_start(&s)) == NULL) {
		err_set(err, "cannot listen on '%s': %s", s.host_ok[0],
		    strerror(errno));
		rc = WEB_ERR_RUNTIME;
		goto out;
	}
	fprintf(stderr, "serve: listening on http://%s/%s\n", s.host_ok[0],
	    o->read_only ? " (read-only)" : "");
	s.warmer = g_thread_new("warm", serve_warm, &s);
	sigwait(&set, &sig);
	MHD_stop_daemon(d);
	g_mutex_lock(&s.lock);
	s.stop = 1;
	g_cond_signal(&s.wake);
	g_mutex_unlock(&s.lock);
	g_thread_join(s.warmer);
out:
	serve_release(&s);
	return rc;
}
