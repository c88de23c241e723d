/*
 * export_list: the export's columns and rows (export_list.c), written to
 * an export sink (export_sink.h).  All memory belongs to the caller.
 */
#ifndef BH_CLI_EXPORT_LIST_H
#define BH_CLI_EXPORT_LIST_H

#include "export_sink.h"
#include "store.h"

struct export_list;

/*
 * Learns every imported header and writes the header row to sink
 * (borrowed until export_list_free()).  NULL with err set.
 */
struct export_list *export_list_new(struct store *st,
	    struct export_sink *sink, struct err *err);
/* A store_export_fn: one contact's row to the sink; -1 logged. */
int	export_list_row(void *ctx, const struct store_export_row *r);
/* Rows written so far, the header not counted. */
long	export_list_rows(const struct export_list *x);
void	export_list_free(struct export_list *x);
/*
 * Seconds as YYYY-MM-DDTHH:MM:SSZ in buf (32 bytes or more), as every
 * command prints dates; NULL for 0.
 */
const char *export_date(long long t, char *buf, size_t len);

#endif
