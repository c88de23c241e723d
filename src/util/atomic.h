/*
 * atomic: replaces a file all at once.  What is written goes to a new
 * file beside the target (created 0600 with O_EXCL, so no link planted
 * in a shared folder is followed), is synced, then renamed over the
 * target: a reader sees the old file or the whole new one, never a part,
 * and a failed write (a full disk) leaves the old file as it was.
 *
 * A link at the target's name is followed only when it is ours or root's
 * (/dev/stdout): anyone else's is replaced.  A terminal, pipe or socket
 * (/dev/null, a FIFO) is written in place; a directory or a block device
 * is refused.
 */
#ifndef BH_UTIL_ATOMIC_H
#define BH_UTIL_ATOMIC_H

#include <stdio.h>

#include "err.h"

struct atomic_file {
	FILE	*fp;		/* write here */
	char	*path;		/* the target */
	char	*tmp;		/* the new file, NULL when written in place */
};

/* Opens the new file for path.  0, or -1 with err set. */
int	atomic_file_open(struct atomic_file *af, const char *path,
	    struct err *err);
/*
 * Flushes, syncs and renames the new file over the target, then syncs the
 * folder.  Always releases af.  0, or -1 with err set and the target as
 * it was.
 */
int	atomic_file_commit(struct atomic_file *af, struct err *err);
/* Removes the new file, leaving the target as it was; releases af. */
void	atomic_file_abort(struct atomic_file *af);

#endif
