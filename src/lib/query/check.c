/* kaieco check: what a dataset holds, as a result table. */
#include "kaieco/load.h"
#include "kaieco/messages.h"
#include "kaieco/query.h"

#include <stdio.h>

static const ke_column cols[] = {
    {.key = "kind", .type = KE_COL_TEXT, .doc = "record kind (the dataset files' top-level key)", .flags = KE_LABEL | KE_CODE | KE_TERM},
    {.key = "records", .type = KE_COL_INT, .doc = "number of records of that kind"},
    {.key = "detail", .type = KE_COL_TEXT, .doc = "for sources: how many of each kind, the latest publication date (up to) and the latest day a source was checked against its page", .named_by = "detail_text"},
    {.key = "detail_text", .type = KE_COL_TEXT, .doc = "the same in the language of --lang", .flags = KE_WIDE},
};
const ke_columns ke_summary_columns = {cols, sizeof cols / sizeof cols[0]};

ke_table *ke_query_summary(const ke_dataset *ds, ke_error *err)
{
    (void)err;
    ke_dataset_summary s;
    ke_dataset_summarize(ds, &s);
    ke_table *t = ke_table_new(cols, ke_summary_columns.n);
    if (!t)
        return ke_table_done(NULL, err);
    for (size_t k = 0; k < KE_N_RECORD_KINDS; k++) {
        size_t r = ke_table_add_row(t);
        ke_table_set_text(t, r, "kind", ke_record_kind_name(k));
        ke_table_set_int(t, r, "records", (long long)s.records[k]);
        if (k == 0) {
            char detail[200];
            int n = snprintf(detail, sizeof detail, "%zu article, %zu primary, %zu secondary; up to %s",
                             s.sources_by_kind[0], s.sources_by_kind[1], s.sources_by_kind[2],
                             s.latest_source ? s.latest_source : "none");
            if (s.last_checked && n > 0 && (size_t)n < sizeof detail)
                snprintf(detail + n, sizeof detail - (size_t)n, ", checked %s", s.last_checked);
            ke_table_set_text(t, r, "detail", detail);
            /* the same, in the message language (--lang): one whole
             * sentence with or without the day checked */
            const char *latest = s.latest_source ? s.latest_source : ke_msg("none");
            if (s.last_checked)
                snprintf(detail, sizeof detail, ke_msg("%zu article, %zu primary, %zu secondary; up to %s, checked %s"),
                         s.sources_by_kind[0], s.sources_by_kind[1], s.sources_by_kind[2], latest, s.last_checked);
            else
                snprintf(detail, sizeof detail, ke_msg("%zu article, %zu primary, %zu secondary; up to %s"),
                         s.sources_by_kind[0], s.sources_by_kind[1], s.sources_by_kind[2], latest);
            ke_table_set_text(t, r, "detail_text", detail);
        }
    }
    return ke_table_done(t, err);
}
