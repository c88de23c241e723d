/*
 * fuzz_dsn: libFuzzer harness for the bounce reader (MIME walk, DSN
 * fields, text scan, classification).  Seed it with tests/corpus/dev.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "dsn.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct dsn_rules *rules;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dsn_report rep;
	struct err err;

	if (rules == NULL) {
		dsn_init();
		rules = dsn_rules_load(NULL, &err);
		if (rules == NULL)
			abort();
	}
	if (dsn_parse((const char *)data, size, rules, 1, &rep, &err) == 0)
		dsn_report_release(&rep);
	return 0;
}
