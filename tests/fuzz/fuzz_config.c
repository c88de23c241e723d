/*
 * fuzz_config: libFuzzer harness for the configuration reader (the line
 * pre-scan, GKeyFile, the checks of every key and the error messages).
 * config_load() reads a path, so each input goes through one temporary
 * file, made once per process; it reads the [account NAME] groups too.
 * Each input also goes through config_load_data(), which must agree.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *path;

static void
fuzz_atexit(void)
{
	if (path != NULL)
		unlink(path);
	g_free(path);
}

static void
fuzz_write(const uint8_t *data, size_t size)
{
	GError *gerr = NULL;
	int fd;

	if (path == NULL) {
		fd = g_file_open_tmp("fuzz_config-XXXXXX.conf", &path, &gerr);
		if (fd < 0)
			abort();
		close(fd);
		atexit(fuzz_atexit);
	}
	if (!g_file_set_contents(path, (const char *)data, (gssize)size,
	    &gerr))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg, mem;
	struct err err, merr;
	char *db;
	int rc;

	fuzz_write(data, size);
	config_init(&cfg);
	config_init(&mem);
	rc = config_load(&cfg, path, &err);
	/* A failure must say why, and the same from memory. */
	if (rc < 0 && err.msg[0] == '\0')
		abort();
	if (config_load_data(&mem, path, (const char *)data, size, &merr) !=
	    rc || (rc < 0 && strcmp(err.msg, merr.msg) != 0))
		abort();
	if (rc == 0) {
		db = config_db_path(&cfg);
		g_free(db);
		g_strfreev(config_groups(&cfg));
		(void)config_account_find(&cfg.accounts, "x");
	}
	config_release(&mem);
	config_release(&cfg);
	return 0;
}
