/* What a dataset holds: counts per record kind, sources by kind, and the
 * latest publication date (for --version and `kaieco check`). */
#include "kaieco/date.h"
#include "kaieco/load.h"
#include "schema.h"

#include <string.h>

_Static_assert(KE_K_COUNT == KE_N_RECORD_KINDS, "one record kind per schema table");

const char *ke_record_kind_name(size_t k)
{
    return k < KE_K_COUNT ? ke_schema[k].name : NULL;
}

void ke_dataset_summarize(const ke_dataset *ds, ke_dataset_summary *out)
{
    memset(out, 0, sizeof *out);
    for (int k = 0; k < KE_K_COUNT; k++)
        out->records[k] = ke_kind_count(ds, (ke_kind)k);
    char latest[11] = "";
    for (size_t i = 0; i < ds->n_sources; i++) {
        const ke_source *s = &ds->sources[i];
        if ((unsigned)s->kind < 3)
            out->sources_by_kind[s->kind]++;
        char end[11];
        if (!s->date.text)
            continue;
        /* the latest by the end of its period; on a tie the more precise */
        ke_date_period_end(s->date.text, end);
        int c = strcmp(end, latest);
        if (c > 0 || (c == 0 && out->latest_source && strlen(s->date.text) > strlen(out->latest_source))) {
            memcpy(latest, end, sizeof latest);
            out->latest_source = s->date.text;
        }
    }
}
