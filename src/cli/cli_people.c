/*
 * cli_people: name and company columns of the imported lists, addresses
 * in Unicode.
 */
#include <string.h>

#include <glib.h>

#include "cli_people.h"
#include "csv.h"

/* Header names, compared as cmd_import compares the address column's. */
static const char *const people_name[] = { "name", "fullname",
	"contactname", "contact", "nome", "nomecompleto", "nombre",
	"nom", "姓名", "名字", "联系人", "氏名", "名前", NULL };
static const char *const people_first[] = { "firstname", "givenname",
	"vorname", "prenom", "prénom", "primeironome", "名", NULL };
static const char *const people_last[] = { "lastname", "surname",
	"familyname", "nachname", "sobrenome", "apellido", "姓", NULL };
static const char *const people_company[] = { "company", "companyname",
	"organization", "organisation", "firma", "unternehmen", "empresa",
	"société", "societe", "account", "accountname", "公司", "单位",
	"企业", "公司名称", "会社", "会社名", NULL };

/* Where one header's name, first, last and company columns are (-1). */
struct people_cols {
	int	name, first, last, company;
};

struct cli_people {
	GHashTable	*cols;	/* header id -> struct people_cols */
	struct csv_reader *rd;
};

static int
people_is(const char *field, const char *const *names)
{
	char *low = g_utf8_strdown(field, -1), *w, *r;
	size_t i;
	int hit = 0;

	for (w = r = low; *r != '\0'; r++)
		if (*r != ' ' && *r != '_' && *r != '.' && *r != '-')
			*w++ = *r;
	*w = '\0';
	for (i = 0; names[i] != NULL && !hit; i++)
		hit = strcmp(low, names[i]) == 0;
	g_free(low);
	return hit;
}

static int
people_header(void *ctx, long long id, const char *names, int email_col)
{
	struct cli_people *p = ctx;
	struct people_cols *c = g_new(struct people_cols, 1);
	struct csv_reader *r = csv_reader_new_mem(names, strlen(names));
	struct csv_row row;
	struct err err;
	size_t i;

	c->name = c->first = c->last = c->company = -1;
	if (csv_reader_next(r, &row, &err) == 1 && row.error == NULL)
		for (i = 0; i < row.nfields; i++) {
			const char *f = row.fields[i];

			if ((int)i == email_col)
				continue;
			if (c->name < 0 && people_is(f, people_name))
				c->name = (int)i;
			else if (c->first < 0 && people_is(f, people_first))
				c->first = (int)i;
			else if (c->last < 0 && people_is(f, people_last))
				c->last = (int)i;
			else if (c->company < 0 && people_is(f,
			    people_company))
				c->company = (int)i;
		}
	csv_reader_free(r);
	g_hash_table_insert(p->cols, g_memdup2(&id, sizeof(id)), c);
	return 0;
}

struct cli_people *
cli_people_new(struct store *st, struct err *err)
{
	struct cli_people *p = g_new0(struct cli_people, 1);

	p->cols = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
	    g_free);
	p->rd = csv_reader_new_mem("", 0);
	if (store_header_each(st, people_header, p, err) < 0) {
		cli_people_free(p);
		return NULL;
	}
	return p;
}

void
cli_people_free(struct cli_people *p)
{
	if (p == NULL)
		return;
	g_hash_table_destroy(p->cols);
	csv_reader_free(p->rd);
	g_free(p);
}

/* The cell at i, stripped; NULL when out of range or blank. */
static char *
people_cell(const struct csv_row *row, int i)
{
	char *v;

	if (i < 0 || (size_t)i >= row->nfields)
		return NULL;
	v = g_strstrip(g_strdup(row->fields[i]));
	if (v[0] == '\0') {
		g_free(v);
		return NULL;
	}
	return v;
}

void
cli_people_get(struct cli_people *p, const struct store_contact *c,
    char **name, char **company)
{
	struct people_cols *pc;
	struct csv_row row;
	struct err err;
	char *first, *last;

	*name = *company = NULL;
	if (c->columns == NULL || (pc = g_hash_table_lookup(p->cols,
	    &c->header_id)) == NULL)
		return;
	csv_reader_reset_mem(p->rd, c->columns, strlen(c->columns));
	if (csv_reader_next(p->rd, &row, &err) != 1 || row.error != NULL)
		return;
	*company = people_cell(&row, pc->company);
	if ((*name = people_cell(&row, pc->name)) != NULL)
		return;
	first = people_cell(&row, pc->first);
	last = people_cell(&row, pc->last);
	if (first != NULL && last != NULL)
		*name = g_strconcat(first, " ", last, NULL);
	else
		*name = g_strdup(first != NULL ? first : last);
	g_free(first);
	g_free(last);
}

char *
cli_addr_unicode(const char *address)
{
	const char *at = strrchr(address, '@');
	char *dom, *out;

	if (at == NULL || !g_hostname_is_ascii_encoded(at + 1))
		return g_strdup(address);
	if ((dom = g_hostname_to_unicode(at + 1)) == NULL)
		return g_strdup(address);
	out = g_strdup_printf("%.*s@%s", (int)(at - address), address, dom);
	g_free(dom);
	return out;
}
