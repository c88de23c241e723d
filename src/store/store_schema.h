/*
 * store_schema: the numbered migrations from schema/, embedded at build
 * time (cmake/embed_schema.cmake).  Internal to the store module.
 */
#ifndef BH_STORE_SCHEMA_H
#define BH_STORE_SCHEMA_H

struct store_migration {
	int		 version;	/* NNNN of the file name, from 1 */
	const char	*name;
	const char	*sql;
};

/* In version order, ended by a row with sql NULL. */
extern const struct store_migration store_migrations[];

#endif
