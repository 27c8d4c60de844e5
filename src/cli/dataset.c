/* The dataset a command reads: the built-in one (no parsing, no
 * allocation), or the one --data or KAIECO_DATA names, validated by the
 * library's loader; then --as-of. */
#include <stdlib.h>

#include "command.h"
#include "kaieco/messages.h"

#ifndef KAIECO_VERSION
#define KAIECO_VERSION "unknown"
#endif

void kc_report_diags(ke_diags *diags, ke_error *err)
{
    size_t n = ke_diags_print(diags, stderr), shown = 0;
    for (size_t i = 0; i < diags->n; i++)
        shown += !diags->items[i].warning;
    /* failed without a message to show (the cap keeps at least one): the
     * loader, or the message itself, could not be allocated */
    if (n == 0 || shown == 0)
        ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
    else if (shown < n)
        ke_error_set(err, KE_EXIT_RUNTIME,
                     "%zu errors in the dataset, %zu shown ('kaieco check --max-errors 0' "
                     "shows all)", n, shown);
    else if (n == 1)
        ke_error_set(err, KE_EXIT_RUNTIME, "1 error in the dataset");
    else
        ke_error_set(err, KE_EXIT_RUNTIME, "%zu errors in the dataset", n);
}

int kc_data_open(const kc_common *c, kc_data *d, ke_error *err)
{
    d->ds = ke_builtin_dataset();
    d->loaded = d->dated = NULL;
    const char *path = c->data;
    if (!path && getenv("KAIECO_DATA") && *getenv("KAIECO_DATA"))
        path = getenv("KAIECO_DATA");
    if (path) {
        ke_diags diags = {0};
        d->loaded = ke_dataset_load(&path, 1, &diags);
        if (!d->loaded)
            kc_report_diags(&diags, err);
        else
            ke_diags_print(&diags, stderr); /* warnings: what was skipped */
        ke_diags_free(&diags);
        if (!d->loaded)
            return -1;
        d->ds = d->loaded;
    }
    if (c->as_of) {
        d->dated = ke_dataset_as_of(d->ds, c->as_of, err);
        if (!d->dated) {
            kc_data_close(d);
            return -1;
        }
        d->ds = d->dated;
    }
    return 0;
}

void kc_data_close(kc_data *d)
{
    ke_dataset_free(d->dated);
    ke_dataset_free(d->loaded);
    d->dated = d->loaded = NULL;
}

void kc_print_version(const ke_dataset *ds, FILE *out)
{
    ke_dataset_summary s;
    ke_dataset_summarize(ds, &s);
    /* one whole sentence per case, in the message language */
    const char *latest = s.latest_source ? s.latest_source : ke_msg("empty");
    if (s.last_checked)
        fprintf(out, ke_msg("kaieco %s (dataset %s, checked %s, %zu figures, %zu sources)\n"), KAIECO_VERSION,
                latest, s.last_checked, ds->n_observations, ds->n_sources);
    else
        fprintf(out, ke_msg("kaieco %s (dataset %s, %zu figures, %zu sources)\n"), KAIECO_VERSION, latest,
                ds->n_observations, ds->n_sources);
}
