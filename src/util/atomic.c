/*
 * atomic: a new file beside the target, synced, renamed over it.  Must not
 * follow a link at the target's name nor write into a file it did not
 * create.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "atomic.h"

/* A device, pipe or socket that exists at path: written in place. */
static int
atomic_open_special(struct atomic_file *af, const char *path,
    struct err *err)
{
	int fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC);

	if (fd < 0 || (af->fp = fdopen(fd, "w")) == NULL) {
		err_set(err, "cannot open '%s': %s", path, g_strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	af->path = g_strdup(path);
	return 0;
}

int
atomic_file_open(struct atomic_file *af, const char *path, struct err *err)
{
	char *dir, *base;
	struct stat st;
	int fd;

	memset(af, 0, sizeof(*af));
	if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return err_set(err, "cannot write '%s': %s", path,
		    g_strerror(EISDIR));
	if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
	    !S_ISLNK(st.st_mode))
		return atomic_open_special(af, path, err);
	dir = g_path_get_dirname(path);
	base = g_path_get_basename(path);
	af->tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
	g_free(dir);
	g_free(base);
	/* O_CREAT | O_EXCL, mode 0600: never a planted link or file. */
	if ((fd = g_mkstemp_full(af->tmp, O_WRONLY | O_CLOEXEC, 0600)) < 0 ||
	    (af->fp = fdopen(fd, "w")) == NULL) {
		err_set(err, "cannot create a file beside '%s': %s", path,
		    g_strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(af->tmp);
		}
		g_free(af->tmp);
		af->tmp = NULL;
		return -1;
	}
	af->path = g_strdup(path);
	return 0;
}

/* Syncs the folder holding path, so that the rename survives a crash. */
static void
atomic_sync_dir(const char *path)
{
	char *dir = g_path_get_dirname(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	g_free(dir);
}

static void
atomic_release(struct atomic_file *af)
{
	g_free(af->tmp);
	g_free(af->path);
	memset(af, 0, sizeof(*af));
}

int
atomic_file_commit(struct atomic_file *af, struct err *err)
{
	int rc = 0, e = 0;

	if (fflush(af->fp) != 0 || (af->tmp != NULL &&
	    fsync(fileno(af->fp)) != 0))
		e = errno;
	if (fclose(af->fp) != 0 && e == 0)
		e = errno;
	af->fp = NULL;
	if (af->tmp == NULL) {
		rc = e != 0 ? err_set(err, "cannot write '%s': %s", af->path,
		    g_strerror(e)) : 0;
		atomic_release(af);
		return rc;
	}
	if (e == 0 && rename(af->tmp, af->path) < 0)
		e = errno;
	if (e != 0) {
		rc = err_set(err, "cannot write '%s': %s", af->path,
		    g_strerror(e));
		unlink(af->tmp);
	} else
		atomic_sync_dir(af->path);
	atomic_release(af);
	return rc;
}

void
atomic_file_abort(struct atomic_file *af)
{
	if (af->fp != NULL)
		fclose(af->fp);
	if (af->tmp != NULL)
		unlink(af->tmp);
	atomic_release(af);
}
