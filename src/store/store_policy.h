/*
 * store_policy: what a contact's status is, given its history.  A pure
 * function: events in, verdict out; no database, clock or I/O, so the
 * result depends only on the events, never on the order they were read.
 *
 * All memory belongs to the caller; a verdict's strings point into the
 * events passed or to static text, and live as long as those.
 */
#ifndef BH_STORE_POLICY_H
#define BH_STORE_POLICY_H

#include <stddef.h>

/* The [policy] settings; see config/bounce-harvester.conf.example. */
struct store_policy {
	int	full_reset_days;	/* full -> back after N days quiet */
	int	full_abandon_count;	/* this many full bounces ... */
	int	full_abandon_days;	/* ... spread over more days: invalid */
	int	retry_after_hours;	/* retry-later: wait this long */
	int	retry_review_hours;	/* soft bounces after this: review */
	int	soft_invalid_count;	/* this many soft bounces ... */
	int	soft_invalid_days;	/* ... over at least days: invalid */
	int	soft_reset_days;	/* retry-later -> back after N quiet */
	/* Evidence that a notice answers our mail (store_sent.c). */
	int	sent_window_days;	/* plausible: sent this recently */
	int	accept_unverified;	/* 1: unverified ones count too */
	int	max_per_message;	/* recipients one notice changes */
	int	max_per_sender;		/* plausible, per sender a run */
};

/*
 * A contact's status.  Its name (store_status_name()) is what the
 * database holds and the commands print; code compares the enum.
 */
enum store_status {
	STORE_ACTIVE,
	STORE_INVALID,
	STORE_FULL,
	STORE_RETRY_LATER,
	STORE_COMPLAINED,
	STORE_SUSPECT,
};

struct store_event {
	long long	 date;		/* seconds since the epoch */
	int		 is_mark;	/* a manual mark, else a bounce */
	/*
	 * Confirmed evidence that the contact's domain cannot receive mail
	 * (doctor --recipients): invalid, reason hostunknown, from date on.
	 * Neither a mark nor a bounce; gone when the domain answers again.
	 */
	int		 is_domain;
	const char	*category;	/* bounce: dsn category name */
	enum store_status status;	/* mark: the status set */
	const char	*reason;	/* bounce reason, or the mark's note */
	const char	*mark_reason;	/* mark: reason shown, NULL: manual */
	/* Same for a delay notice and the final failure of one message. */
	const char	*group;
	long long	 id;		/* bounce or history row (the cause) */
};

struct store_verdict {
	enum store_status status;
	const char	*reason;
	long long	 since;		/* 0: never changed */
	long long	 retry_after;	/* 0: none */
	const char	*review;	/* a note for a human, or NULL */
	long long	 cause_id;	/* event id of the last change, or 0 */
	int		 cause_is_mark;
	int		 bounces;	/* invalid, full, retry, complaint */
	int		 soft;		/* distinct messages, since last mark */
	int		 full;
	long long	 first_bounce;	/* 0: none */
	long long	 last_bounce;
};

extern const char STORE_REVIEW_SOFT[];

void	store_policy_defaults(struct store_policy *p);

/*
 * Evaluates the policy over n events (sorted here in place by date, then
 * group, so any read order gives the same verdict) starting from the
 * import's base status, as seen at time now.
 */
void	store_policy_eval(const struct store_policy *p,
	    enum store_status base, const char *base_reason,
	    struct store_event *ev, size_t n, long long now,
	    struct store_verdict *v);

/* 1 if status is one the store knows (active, invalid, ...), else 0. */
int	store_status_valid(const char *status);
/* The name of s ("retry-later"). */
const char *store_status_name(enum store_status s);
/* The status called name into *s: 0, or -1 for a name not known. */
int	store_status_parse(const char *name, enum store_status *s);
/* invalid and complained: only a mark changes them. */
int	store_status_sticky(enum store_status s);

#endif
