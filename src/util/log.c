/*
 * log: writes diagnostics to standard error (and syslog with --syslog).
 * The arguments of a message are escaped (text.h): a diagnostic quoted
 * from a bounce or a server reaches no terminal as control sequences.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <syslog.h>

#include "log.h"
#include "text.h"

static const char *log_prog = "bounce-harvester";
static enum log_level log_level = LOG_LVL_WARN;
static int log_syslog;

void
log_init(const char *progname, enum log_level level, int use_syslog)
{
	log_prog = progname;
	log_level = level;
	log_syslog = use_syslog;
	if (use_syslog)
		openlog(progname, LOG_PID, LOG_MAIL);
}

enum log_level
log_get_level(void)
{
	return log_level;
}

static int
log_syslog_priority(enum log_level level)
{
	switch (level) {
	case LOG_LVL_ERROR:
		return LOG_ERR;
	case LOG_LVL_WARN:
		return LOG_WARNING;
	case LOG_LVL_INFO:
		return LOG_INFO;
	default:
		return LOG_DEBUG;
	}
}

void
log_msg(enum log_level level, const char *fmt, ...)
{
	GString *msg;
	va_list ap;

	if (level > log_level)
		return;
	msg = g_string_sized_new(256);
	va_start(ap, fmt);
	text_vprintf(msg, fmt, ap);
	va_end(ap);
	/* Errors and warnings say whose they are; information is plain. */
	if (level <= LOG_LVL_WARN)
		fprintf(stderr, "%s: %s\n", log_prog, msg->str);
	else
		fprintf(stderr, "%s\n", msg->str);
	if (log_syslog)
		syslog(log_syslog_priority(level), "%s", msg->str);
	g_string_free(msg, TRUE);
}

void
fatal(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fprintf(stderr, "%s: fatal: ", log_prog);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	abort();
}
