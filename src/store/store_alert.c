/*
 * store_alert: sender alerts by kind, with the advice for each.  Pure:
 * no SQLite, no I/O; the store records what this decides.
 */
#include <string.h>

#include <glib.h>

#include "store_alert.h"

struct alert_kind {
	const char	*kind;
	const char	*advice;
};

static const struct alert_kind alert_kinds[] = {
	{ "blocklist-ip", "your sending IP is on a blocklist: check the "
	    "blocklists and ask for delisting" },
	{ "blocklist-domain", "your domain is on a blocklist: check the "
	    "blocklists and ask for delisting" },
	{ "authentication", "the receiver could not authenticate your mail: "
	    "publish SPF, DKIM and DMARC records for your domain" },
	{ "ptr", "your sending IP has no reverse DNS name: set the PTR "
	    "record" },
	{ "spam-content", "the message was taken for spam: do not resend the "
	    "same message at once, and drop spam-like wording" },
	{ "too-large", "the message is too large: send large files as "
	    "links" },
	{ "rate-limit", "you sent too much too fast: send to new contacts "
	    "in small batches" },
	{ "blocked", "the receiver refused mail from you: do not resend the "
	    "same message at once; read the diagnostic" },
	{ "content", "the receiver refused the message's content: do not "
	    "resend the same message at once" },
	{ NULL, NULL },
};

static const struct alert_kind alert_categories[] = {
	{ "invalid", "the address does not exist: stop sending, or find the "
	    "person's new address" },
	{ "full", "the mailbox is full: wait a few days before sending "
	    "again" },
	{ "retry-later", "a temporary failure: send again after the retry "
	    "time; if it goes on, look for another cause" },
	{ "complaint", "the recipient reported your mail as spam: do not "
	    "send to this address again" },
	{ "unknown", "the bounce could not be classified: read the "
	    "diagnostic" },
	{ "autoreply", "an automatic reply: nothing to do" },
	{ "delivered", "delivered: nothing to do" },
	{ NULL, NULL },
};

static const char *const alert_rate_words[] = { "rate limit", "ratelimit",
	"too many", "throttl", "slow down", NULL };
static const char *const alert_auth_words[] = { "spf", "dkim", "dmarc",
	"authenticat", NULL };
static const char *const alert_ptr_words[] = { "reverse dns", " ptr",
	"rdns", "reverse lookup", "reverse-dns", NULL };
static const char *const alert_list_words[] = { "blacklist", "blocklist",
	"block list", "black list", "listed", "spamhaus", "spamcop",
	"barracuda", "sorbs", "dnsbl", "rbl", NULL };
static const char *const alert_size_words[] = { "too large", "too big",
	"size limit", "exceeds", "message size", NULL };

static int
alert_has(const char *text, const char *const *words)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strstr(text, words[i]) != NULL)
			return 1;
	return 0;
}

static int
alert_reason_is(const char *reason, const char *list)
{
	char *pat;
	int r;

	if (reason == NULL)
		return 0;
	pat = g_strconcat(" ", reason, " ", NULL);
	r = strstr(list, pat) != NULL;
	g_free(pat);
	return r;
}

const char *
store_alert_advice(const char *kind)
{
	size_t i;

	for (i = 0; alert_kinds[i].kind != NULL; i++)
		if (strcmp(alert_kinds[i].kind, kind) == 0)
			return alert_kinds[i].advice;
	return NULL;
}

const char *
store_alert_category_advice(const char *category)
{
	size_t i;

	for (i = 0; alert_categories[i].kind != NULL; i++)
		if (strcmp(alert_categories[i].kind, category) == 0)
			return alert_categories[i].advice;
	return NULL;
}

/* The first name that looks like a DNS blocklist zone, or a known name. */
static char *
alert_list_name(const char *text)
{
	static GRegex *re;
	GMatchInfo *mi;
	char *name = NULL;

	if (re == NULL)
		re = g_regex_new("(?:[a-z0-9-]+\\.)*(?:spamhaus\\.org|"
		    "spamcop\\.net|barracudacentral\\.org|sorbs\\.net|"
		    "uceprotect\\.net|surbl\\.org|uribl\\.com|mailspike\\.net|"
		    "abuseat\\.org|spameatingmonkey\\.net|psbl\\.surriel\\.com|"
		    "senderscore\\.com|invaluement\\.com|manitu\\.net|"
		    "s5h\\.net|hostkarma\\.com|junkemailfilter\\.com)|"
		    "\\b(?:spamhaus|spamcop|barracuda|sorbs|uceprotect)\\b",
		    G_REGEX_OPTIMIZE, 0, NULL);
	if (re != NULL && g_regex_match(re, text, 0, &mi))
		name = g_match_info_fetch(mi, 0);
	if (re != NULL)
		g_match_info_free(mi);
	return name;
}

static const char *
alert_kind_of(const char *category, const char *reason, const char *t)
{
	if (alert_reason_is(reason, " toomanyconn speeding ratelimited ") ||
	    alert_has(t, alert_rate_words))
		return "rate-limit";
	if (strcmp(category, "retry-later") == 0)
		return NULL;
	if (alert_reason_is(reason, " authfailure ") ||
	    alert_has(t, alert_auth_words))
		return "authentication";
	if (alert_reason_is(reason, " requireptr ") ||
	    alert_has(t, alert_ptr_words))
		return "ptr";
	if (alert_reason_is(reason, " badreputation ") ||
	    alert_has(t, alert_list_words))
		return strstr(t, "dbl") != NULL || strstr(t, "domain") !=
		    NULL || strstr(t, "uribl") != NULL || strstr(t,
		    "surbl") != NULL ? "blocklist-domain" : "blocklist-ip";
	if (alert_reason_is(reason, " mesgtoobig emailtoolarge exceedlimit ")
	    || alert_has(t, alert_size_words))
		return "too-large";
	if (alert_reason_is(reason, " spamdetected contenterror "
	    "virusdetected ") || strstr(t, "spam") != NULL)
		return "spam-content";
	return strcmp(category, "content") == 0 ? "content" : "blocked";
}

int
store_alert_classify(const char *category, const char *reason,
    const char *diagnostic, struct store_alert *a)
{
	char *t;

	memset(a, 0, sizeof(*a));
	if (category == NULL || (strcmp(category, "blocked") != 0 &&
	    strcmp(category, "content") != 0 &&
	    strcmp(category, "retry-later") != 0))
		return 0;
	t = g_ascii_strdown(diagnostic != NULL ? diagnostic : "", -1);
	a->kind = alert_kind_of(category, reason, t);
	if (a->kind != NULL) {
		a->advice = store_alert_advice(a->kind);
		if (strncmp(a->kind, "blocklist", 9) == 0)
			a->list_name = alert_list_name(t);
	}
	g_free(t);
	return a->kind != NULL;
}
