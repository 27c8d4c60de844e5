/* What a dataset holds: counts per record kind, sources by kind, the
 * latest publication date and the latest day a source was checked against
 * its page (for --version and `kaieco check`). */
#include "kaieco/load.h"
#include "data/schema.h"

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
    for (size_t i = 0; i < ds->n_sources; i++) {
        const ke_source *s = &ds->sources[i];
        if ((unsigned)s->kind < 3)
            out->sources_by_kind[s->kind]++;
        /* ISO texts order by the start of their period, the more precise
         * last: "2026" < "2026-05" < "2026-05-17" */
        const char *date = ke_s(ds, s->date.text), *checked = ke_s(ds, s->checked.text);
        if (date && (!out->latest_source || strcmp(date, out->latest_source) > 0))
            out->latest_source = date;
        if (checked && (!out->last_checked || strcmp(checked, out->last_checked) > 0))
            out->last_checked = checked;
    }
}
