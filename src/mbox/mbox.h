/*
 * mbox: the offline message source.  Reads message files (LF, CRLF or bare
 * CR), mbox files ("From " separated), maildirs and directory trees, and
 * "-" for one message on standard input, one message at a time with
 * bounded memory.
 */
#ifndef BH_MBOX_MBOX_H
#define BH_MBOX_MBOX_H

#include <stddef.h>

#include "source.h"

/* Messages larger than this are reported unreadable, not loaded. */
#define MBOX_DEFAULT_MAX_MESSAGE	(48u * 1024 * 1024)

/*
 * Opens a source over the given paths (borrowed until close).  Paths that
 * cannot be opened are reported as unreadable messages, not as errors, so
 * that one bad path does not stop the others.
 */
int	mbox_source_open(struct source *src, char *const *paths, size_t npaths,
	    size_t max_message, struct err *err);
/*
 * For a caller that never reads a message's raw_key (parse): the digest
 * of a message whose line ends the source changes is not computed, and
 * raw_key stays NULL.  src as mbox_source_open() opened it.
 */
void	mbox_source_no_keys(struct source *src);

#endif
