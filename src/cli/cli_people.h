/*
 * cli_people: who a contact is, as the imported list says: the name and
 * company columns found by their header names (in the languages of the
 * people who use this tool), and addresses shown in Unicode.  For the
 * review commands; the store keeps the rows, this reads them.
 */
#ifndef BH_CLI_CLI_PEOPLE_H
#define BH_CLI_CLI_PEOPLE_H

#include "store.h"

struct cli_people;

/* Learns every imported header; NULL with err set on a store error. */
struct cli_people *cli_people_new(struct store *st, struct err *err);
void	cli_people_free(struct cli_people *p);
/*
 * The contact's name and company (newly allocated, NULL when the list
 * has no such column or the cell is blank).
 */
void	cli_people_get(struct cli_people *p, const struct store_contact *c,
	    char **name, char **company);
/* An address with its domain in Unicode (IDNA decoded); allocated. */
char	*cli_addr_unicode(const char *address);

#endif
