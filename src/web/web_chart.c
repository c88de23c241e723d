/*
 * web_chart: failures per day and category over the last days, drawn on
 * the server as inline SVG (stacked bars, a legend, a title per bar):
 * no script, so it draws under a Content-Security-Policy that allows
 * none, and in a report opened from a file with no network.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "store_review.h"
#include "web.h"
#include "web_int.h"

#define CHART_W		900
#define CHART_H		200
#define CHART_LEFT	40
#define CHART_TOP	10
#define DAY_SECS	86400LL

struct chart_cat {
	const char	*name, *color;
};

/* The categories drawn, bottom up; anything else counts as "other". */
static const struct chart_cat chart_cats[] = {
	{ "invalid", "#b03a2e" }, { "full", "#d68910" },
	{ "retry-later", "#d4ac0d" }, { "complaint", "#7d3c98" },
	{ "blocked", "#2e4053" }, { "content", "#2874a6" },
	{ "unknown", "#909497" },
};
#define CHART_NCAT	G_N_ELEMENTS(chart_cats)

struct chart {
	long long	 first;		/* midnight of the first day */
	int		 days;
	long long	(*n)[CHART_NCAT];
};

static size_t
chart_cat(const char *name)
{
	size_t i;

	for (i = 0; i < CHART_NCAT - 1; i++)
		if (strcmp(chart_cats[i].name, name) == 0)
			return i;
	return CHART_NCAT - 1;
}

static int
chart_add(void *ctx, const char *day, const char *category, long long count)
{
	struct chart *c = ctx;
	int y, m, d;
	GDateTime *dt;
	long long t;

	if (day == NULL || category == NULL ||
	    sscanf(day, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    (dt = g_date_time_new_utc(y, m, d, 0, 0, 0)) == NULL)
		return 0;
	t = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	if (t >= c->first && (t - c->first) / DAY_SECS < c->days)
		c->n[(t - c->first) / DAY_SECS][chart_cat(category)] += count;
	return 0;
}

static long long
chart_max(const struct chart *c)
{
	long long max = 1, sum;
	size_t k;
	int i;

	for (i = 0; i < c->days; i++) {
		for (sum = 0, k = 0; k < CHART_NCAT; k++)
			sum += c->n[i][k];
		if (sum > max)
			max = sum;
	}
	return max;
}

static void
chart_bar(struct web_html *h, const struct chart *c, int i, long long max)
{
	int bw = (CHART_W - CHART_LEFT) / c->days, x = CHART_LEFT + i * bw;
	int y = CHART_TOP + CHART_H, ht;
	long long day = c->first + i * DAY_SECS;
	size_t k;

	for (k = 0; k < CHART_NCAT; k++) {
		if (c->n[i][k] == 0)
			continue;
		ht = (int)(c->n[i][k] * CHART_H / max);
		if (ht < 1)
			ht = 1;
		y -= ht;
		web_put(h, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
		    "fill=\"%a\"><title>%T %t: %D</title></rect>", x, y,
		    bw > 2 ? bw - 1 : bw, ht, chart_cats[k].color, day,
		    chart_cats[k].name, c->n[i][k]);
	}
}

static void
chart_axes(struct web_html *h, const struct chart *c, long long max)
{
	int bw = (CHART_W - CHART_LEFT) / c->days, i;

	web_put(h, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
	    "stroke=\"#555\"/>", CHART_LEFT, CHART_TOP + CHART_H, CHART_W,
	    CHART_TOP + CHART_H);
	web_put(h, "<text x=\"0\" y=\"%d\" font-size=\"11\">%D</text>"
	    "<text x=\"0\" y=\"%d\" font-size=\"11\">0</text>", CHART_TOP + 10,
	    max, CHART_TOP + CHART_H);
	for (i = 0; i < c->days; i += 15)
		web_put(h, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%F</text>",
		    CHART_LEFT + i * bw, CHART_TOP + CHART_H + 14,
		    c->first + i * DAY_SECS);
}

static void
chart_legend(struct web_html *h)
{
	size_t k;

	web_put(h, "<p class=\"legend\">");
	for (k = 0; k < CHART_NCAT; k++)
		web_put(h, "<svg width=\"12\" height=\"12\" "
		    "aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"%a\"/></svg> %t ",
		    chart_cats[k].color, chart_cats[k].name);
	web_put(h, "</p>");
}

int
web_chart_days(struct web_html *h, struct store *st, long long now,
    int days, struct err *err)
{
	struct chart c = { 0 };
	long long max;
	int i, rc;

	c.days = days;
	c.first = (now / DAY_SECS - (days - 1)) * DAY_SECS;
	c.n = g_malloc0(sizeof(*c.n) * (size_t)days);
	rc = store_day_category_each(st, c.first, chart_add, &c, err);
	if (rc == 0) {
		max = chart_max(&c);
		web_put(h, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d "
		    "%d\" width=\"100%%\"><title>failures per day by category, "
		    "last %d days</title>", CHART_W, CHART_TOP + CHART_H + 20,
		    days);
		chart_axes(h, &c, max);
		for (i = 0; i < days; i++)
			chart_bar(h, &c, i, max);
		web_put(h, "</svg>");
		chart_legend(h);
	}
	g_free(c.n);
	return rc;
}
