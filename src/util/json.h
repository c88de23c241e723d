/*
 * json: appends JSON values to a GString.  Output only; the tool never
 * parses JSON.  Strings are assumed UTF-8; invalid bytes are replaced.
 */
#ifndef BH_UTIL_JSON_H
#define BH_UTIL_JSON_H

#include <glib.h>

/* Appends a quoted, escaped string, or null when s is NULL. */
void	json_str(GString *out, const char *s);
/* Appends "key":value, preceded by a comma unless *first is set. */
void	json_kv_str(GString *out, int *first, const char *key, const char *s);
void	json_kv_int(GString *out, int *first, const char *key, long long v);
void	json_kv_bool(GString *out, int *first, const char *key, int v);
void	json_kv_null(GString *out, int *first, const char *key);
/* Appends "key": and leaves the value to the caller. */
void	json_key(GString *out, int *first, const char *key);

#endif
