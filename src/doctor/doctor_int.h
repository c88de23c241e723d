/*
 * doctor_int: helpers shared inside the doctor module only.
 */
#ifndef BH_DOCTOR_INT_H
#define BH_DOCTOR_INT_H

#include <glib.h>

#include "doctor.h"

/* Ends arr with NULL and returns its strings (g_strfreev them). */
char	**doctor_strv_take(GPtrArray *arr);

/*
 * Splits a tag=value list (RFC 6376 3.2, also DMARC): calls fn for each
 * tag with the name and value trimmed.  Returns -1 on a malformed tag
 * (reported through errs), else 0.
 */
typedef void (*doctor_tag_fn)(void *ctx, const char *name,
    const char *value, size_t index);
int	doctor_tags_each(const char *record, doctor_tag_fn fn, void *ctx,
	    GPtrArray *errs);

/* Adds a finding (strings copied; evidence and advice may be NULL). */
struct doctor_finding *doctor_finding_add(struct doctor_report *r,
	    const char *check, const char *subject, enum doctor_level level,
	    int priority, const char *summary, const char *advice);
/*
 * Ties a finding to the bounces whose text (or reason) matches one of the
 * words; with ip, bounces whose text names other IPs but not this one do
 * not count.
 */
void	doctor_finding_tie(struct doctor_finding *fd,
	    const struct doctor_facts *f, const char *const *words,
	    const char *ip, const char *what);

/* Appends "key":[strings] (v NULL-terminated, may be NULL). */
void	doctor_json_strv(GString *o, int *first, const char *key,
	    char *const *v);
/*
 * Adds to out (char *) the TXT records at name that pass is_record.
 * 0, or -1 when DNS failed (*st tells how).
 */
int	doctor_txt_records(const struct doctor_dns *dns, const char *name,
	    int (*is_record)(const char *), GPtrArray *out,
	    enum dns_status *st);

/* The checks with files of their own; each appends its JSON member. */
void	doctor_check_spf(struct doctor_report *r,
	    const struct doctor_facts *f, const char *domain,
	    const struct doctor_dns *dns);
/* First member of the JSON: no leading comma. */
void	doctor_check_blocklists(struct doctor_report *r,
	    const struct doctor_facts *f, const char *domain,
	    const struct doctor_options *opt, const struct doctor_dns *dns);

#endif
