/*
 * make_shapes: writes one message of each slow shape (tests/bench/shapes.c)
 * of about SIZE bytes into DIR, as DIR/<shape>.eml.  A benchmark helper
 * (scripts/bench-shapes.sh), not a test.
 *
 * usage: make_shapes DIR SIZE
 */
#include <stdio.h>
#include <stdlib.h>

#include "shapes.h"

int
main(int argc, char **argv)
{
	GError *gerr = NULL;
	GString *s;
	char *path;
	size_t i, size;

	if (argc != 3 || (size = strtoul(argv[2], NULL, 10)) == 0) {
		fprintf(stderr, "usage: make_shapes DIR SIZE\n");
		return 2;
	}
	for (i = 0; i < shapes_count(); i++) {
		s = shapes_make(i, size);
		path = g_strdup_printf("%s/%s.eml", argv[1], shapes_name(i));
		if (!g_file_set_contents(path, s->str, s->len, &gerr)) {
			fprintf(stderr, "make_shapes: cannot write '%s': %s\n",
			    path, gerr->message);
			return 1;
		}
		printf("%s\n", shapes_name(i));
		g_free(path);
		g_string_free(s, TRUE);
	}
	return 0;
}
