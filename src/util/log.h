/*
 * log: diagnostics to standard error and, on request, syslog.
 *
 * Messages are lower case, what failed first, the subject quoted.  Never
 * pass a secret (password, token) to these functions: there is no
 * redaction layer, by design, so secrets must not reach here at all.
 */
#ifndef BH_UTIL_LOG_H
#define BH_UTIL_LOG_H

enum log_level {
	LOG_LVL_ERROR,
	LOG_LVL_WARN,
	LOG_LVL_INFO,
	LOG_LVL_DEBUG,
};

void	log_init(const char *progname, enum log_level level, int use_syslog);
enum log_level log_get_level(void);
void	log_msg(enum log_level level, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

#define log_error(...)	log_msg(LOG_LVL_ERROR, __VA_ARGS__)
#define log_warn(...)	log_msg(LOG_LVL_WARN, __VA_ARGS__)
#define log_info(...)	log_msg(LOG_LVL_INFO, __VA_ARGS__)
#define log_debug(...)	log_msg(LOG_LVL_DEBUG, __VA_ARGS__)

/* For impossible states only: prints and aborts. */
void	fatal(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2), noreturn));

#endif
