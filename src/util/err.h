/*
 * err: error values that carry a message.
 *
 * Library code reports failures by returning -1 (or a module enum) and
 * filling a caller-owned struct err; only main.c and cli/ turn them into
 * exit codes and output.  Nothing here allocates.
 */
#ifndef BH_UTIL_ERR_H
#define BH_UTIL_ERR_H

#include <stddef.h>

struct err {
	char	msg[1024];
};

/* Formats a message into err (if err is not NULL); always returns -1. */
int	err_set(struct err *err, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Prefixes the existing message with a formatted context. */
int	err_prefix(struct err *err, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	err_clear(struct err *err);

#endif
