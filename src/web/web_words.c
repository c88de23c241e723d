/*
 * web_words: what a contact's status and the policy's reason mean, in a
 * sentence a reviewer understands without reading the policy.
 */
#include <string.h>

#include "web_int.h"

struct words {
	const char	*status, *reason, *text;
};

/* Most specific first; NULL matches anything. */
static const struct words words[] = {
	{ NULL, "manual", "set by hand (see the history for the note)" },
	{ NULL, "replaced", "replaced by another address a reviewer "
	    "accepted" },
	{ "invalid", "abandoned", "the mailbox was full again and again for "
	    "longer than the policy allows: given up" },
	{ "invalid", "softbounces", "temporary failures went on for longer "
	    "than the policy allows: given up" },
	{ "invalid", "syntax", "the address cannot be written to: its syntax "
	    "is wrong" },
	{ "invalid", "hostunknown", "the domain cannot receive mail: doctor "
	    "saw the same answer on two runs a day apart" },
	{ "suspect", "typo", "the domain looks like a typo; a suggestion is "
	    "shown" },
	{ "active", "quiet", "failed before, then quiet long enough to be "
	    "tried again" },
	{ "active", NULL, "receives mail: no failure counts against it" },
	{ "invalid", NULL, "a server said the address does not exist: no more "
	    "mail goes to it" },
	{ "full", NULL, "the mailbox is full: mail waits until the policy's "
	    "quiet period has passed" },
	{ "retry-later", NULL, "a temporary failure: mail is held until the "
	    "retry time" },
	{ "complained", NULL, "the recipient reported our mail as spam: never "
	    "mail again" },
	{ "suspect", NULL, "looks wrong and needs a decision" },
};

const char *
web_reason_words(const char *status, const char *reason)
{
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		if (words[i].status != NULL && (status == NULL ||
		    strcmp(words[i].status, status) != 0))
			continue;
		if (words[i].reason != NULL && (reason == NULL ||
		    strcmp(words[i].reason, reason) != 0))
			continue;
		return words[i].text;
	}
	return "";
}
