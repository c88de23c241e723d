/*
 * cmd_doctor: what the two halves of `bounce-harvester doctor` share: the
 * sender's checkup (cmd_doctor.c) and the recipient domains
 * (cmd_doctor_mx.c).  Internal to the CLI.
 */
#ifndef BH_CLI_CMD_DOCTOR_H
#define BH_CLI_CMD_DOCTOR_H

#include <glib.h>

#include "cli_store.h"
#include "doctor.h"
#include "store_doctor.h"

/* Sending IPs checked when the bounces show many (--max-ips). */
#define DOCTOR_MAX_IPS	10
/* The overall DNS deadline (deadline_s in [doctor]). */
#define DOCTOR_DEADLINE_S	120
/* Hours between the two runs that must see a domain dead. */
#define DOCTOR_CONFIRM_HOURS	24
/* More dead domains than this share of those checked: an outage. */
#define DOCTOR_MAX_DEAD_PERCENT	5

struct doctor_args {
	char	*domain;
	char	**ips;
	char	**selectors;
	char	**dnsbls;
	char	**dbls;
	char	*server;
	char	*domains_file;
	int	 timeout_ms;
	int	 tries;
	int	 inflight;
	int	 max_ips;
	int	 json;
	int	 recipients;
	int	 no_mark;
	int	 deadline_s;
	int	 confirm_hours;
	int	 max_dead_percent;
	char	**canaries;
	char	*since;
	struct cli_env	*env;
	struct cli_db	*db;		/* &env->db */
};

/* "doctor: DNS answers N of M" on a terminal, at most ten times a second. */
struct doctor_progress {
	gint64		 last;
	int		 shown;
};

/*
 * Opens the database when --db is given or the configured one exists
 * (never creating one: the command table's "if it exists"), in mode.
 * EXIT_OK (a->db->st NULL when there is none), EXIT_CONFIG or
 * EXIT_STORE.
 */
int	cmd_doctor_db_open(struct doctor_args *a, enum store_mode mode);
/* Writes o to standard output; -1 (printed) on failure. */
int	cmd_doctor_write(const GString *o);
/* The resolver of the options, with the overall deadline and progress. */
int	cmd_doctor_resolver(const struct doctor_args *a,
	    struct dns_resolver **res, struct doctor_progress *progress);
void	cmd_doctor_progress_end(struct doctor_progress *p);
/*
 * The canaries: EXIT_OK when DNS answers as a working resolver does,
 * else EXIT_UNCHECKED (said why, and the why set in note) or
 * EXIT_RUNTIME.
 */
int	cmd_doctor_trust_dns(const struct doctor_args *a,
	    struct dns_resolver *res, GString *note);
/* The exit code of a check that ran: deadline, problems, or fine. */
int	cmd_doctor_verdict(struct dns_resolver *res, int problems);
/*
 * One run's findings on their way to the database (cmd_doctor_record.c),
 * so that serve and report --html show the latest checkup.
 */
struct doctor_record {
	const char	*kind;		/* "sender" or "recipients" */
	long long	 started;	/* wall clock, seconds */
	gint64		 t0;		/* monotonic, at the start */
	GString		*note;		/* why it could not check, or "" */
	GArray		*findings;	/* struct store_doctor_finding */
	GStringChunk	*texts;		/* the findings' strings */
	long		 passed;	/* checks passed, not among findings */
	long		 unchecked;	/* the same, could not check */
};

/* Starts the clock of a run of kind (static). */
void	cmd_doctor_record_init(struct doctor_record *r, const char *kind);
void	cmd_doctor_record_release(struct doctor_record *r);
/* Adds a finding; the strings are copied. */
void	cmd_doctor_record_add(struct doctor_record *r, const char *check,
	    const char *subject, enum store_doctor_verdict verdict,
	    const char *level, const char *summary, const char *advice);
/*
 * Records the run, its outcome told by its exit code rc (EXIT_OK fine,
 * EXIT_PARTIAL problems, anything else could not check), in the database
 * the run opened; nothing without one or with --no-mark.  EXIT_OK, or
 * EXIT_STORE (printed).
 */
int	cmd_doctor_record_save(const struct doctor_args *a,
	    struct doctor_record *r, int rc);

/* doctor --recipients; an exit code. */
int	cmd_doctor_recipients(struct doctor_args *a);

#endif
