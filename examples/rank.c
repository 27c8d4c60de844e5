/* examples/rank.c: the first countries by a metric (AI patents per 100,000
 * people unless another metric id is given), as `kaieco rank METRIC --top 3`
 * prints them, through libkaieco: run a query, shape its result table,
 * render it.
 *
 *   cc rank.c $(pkg-config --cflags --libs kaieco) -o rank && ./rank talent
 */
#include <stdio.h>

#include <kaieco.h>

int main(int argc, char **argv)
{
    const char *metric = argc > 1 ? argv[1] : "patents";
    ke_error err = {0};

    /* year 0: the latest year for which a source states ranks */
    ke_table *t = ke_query_rank(ke_builtin_dataset(), metric, 0, KE_LANG_EN, &err);
    if (!t) {
        fprintf(stderr, "rank: %s\n", err.message); /* "unknown metric 'x'; did you mean ...?" */
        return err.status;
    }
    ke_table_limit(t, 3);

    ke_render_opts opts;
    ke_render_opts_init(&opts); /* the table format's default view, as when piped */
    int failed = ke_render(t, KE_FMT_TABLE, &opts, stdout) != 0;
    ke_table_free(t);
    return failed || fflush(stdout) != 0;
}
