/*
 * fuzz_config: libFuzzer harness for the configuration reader (the line
 * pre-scan, GKeyFile, the checks of every key and the error messages).
 * config_load() reads a path, so each input goes through one temporary
 * file, made once per process.  A file that loads also goes through the
 * [account NAME] reader, as harvest does.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "config_account.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *path;

static int
fuzz_line(const void *ctx, const char *group, const char *key)
{
	return config_line(ctx, group, key);
}

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
	struct config cfg;
	struct config_accounts accts;
	struct err err;
	char *db;

	fuzz_write(data, size);
	config_init(&cfg);
	if (config_load(&cfg, path, &err) < 0) {
		if (err.msg[0] == '\0')
			abort();	/* a failure must say why */
	} else {
		db = config_db_path(&cfg);
		g_free(db);
		g_strfreev(config_groups(&cfg));
		memset(&accts, 0, sizeof(accts));
		if (config_account_load(cfg.kf, path, fuzz_line, &cfg, &accts,
		    &err) < 0 && err.msg[0] == '\0')
			abort();
		config_accounts_release(&accts);
	}
	config_release(&cfg);
	return 0;
}
