/*
 * atomic: a new file beside the target, synced, renamed over it.  Must not
 * follow a link another user planted at the target's name, nor write into
 * a file it did not create.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>

#include "atomic.h"

/*
 * A terminal, pipe or socket that exists at path (st: what it is):
 * written in place; through a link only when follow is set.
 */
static int
atomic_open_special(struct atomic_file *af, const char *path,
    const struct stat *st, int follow, struct err *err)
{
	int fd;

	if (S_ISDIR(st->st_mode))
		return err_set(err, "cannot write '%s': %s", path,
		    g_strerror(EISDIR));
	if (!S_ISCHR(st->st_mode) && !S_ISFIFO(st->st_mode) &&
	    !S_ISSOCK(st->st_mode))
		return err_set(err, "cannot write '%s': not a file, a "
		    "terminal or a pipe", path);
	fd = open(path, O_WRONLY | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW));
	if (fd < 0 || (af->fp = fdopen(fd, "w")) == NULL) {
		err_set(err, "cannot open '%s': %s", path, g_strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	af->path = g_strdup(path);
	return 0;
}

/* A new file beside path, to be renamed over it. */
static int
atomic_open_new(struct atomic_file *af, const char *path, struct err *err)
{
	char *dir = g_path_get_dirname(path), *base = g_path_get_basename(path);
	int fd;

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

/*
 * A link of our own or root's (/dev/stdout, a link the user made) is
 * followed: to a terminal or pipe written in place, to a file replaced
 * there.  Anyone else's link is replaced, never followed.
 */
static int
atomic_open_link(struct atomic_file *af, const char *path,
    const struct stat *lst, struct err *err)
{
	struct stat st;
	char *real;
	int rc;

	if ((lst->st_uid != geteuid() && lst->st_uid != 0) ||
	    stat(path, &st) < 0)
		return atomic_open_new(af, path, err);
	if (!S_ISREG(st.st_mode))
		return atomic_open_special(af, path, &st, 1, err);
	if ((real = realpath(path, NULL)) == NULL)
		return atomic_open_new(af, path, err);
	rc = atomic_open_new(af, real, err);
	free(real);
	return rc;
}

int
atomic_file_open(struct atomic_file *af, const char *path, struct err *err)
{
	struct stat lst;

	memset(af, 0, sizeof(*af));
	if (lstat(path, &lst) < 0 || S_ISREG(lst.st_mode))
		return atomic_open_new(af, path, err);
	if (S_ISLNK(lst.st_mode))
		return atomic_open_link(af, path, &lst, err);
	return atomic_open_special(af, path, &lst, 0, err);
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
