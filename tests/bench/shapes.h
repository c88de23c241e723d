/*
 * shapes: messages of the shapes that make a mail reader slow, built in
 * memory.  The caller owns each GString returned.
 */
#ifndef BH_TESTS_SHAPES_H
#define BH_TESTS_SHAPES_H

#include <glib.h>

/* How many shapes there are, and the name of shape i (NULL past them). */
size_t	 shapes_count(void);
const char *shapes_name(size_t i);

/* Shape i as a message of about size bytes, or NULL past the shapes. */
GString	*shapes_make(size_t i, size_t size);

#endif
