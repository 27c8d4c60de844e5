/* libFuzzer harness: the dataset loader and validator on arbitrary bytes.
 * Whatever the input, loading must end with a dataset or diagnostics, never
 * a crash, a leak or undefined behaviour; a dataset that loads must export
 * and load again to the same bytes (the round trip `kaieco export` promises). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kaieco/load.h"

static char *export_text(const ke_dataset *ds, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    if (!f)
        abort();
    if (ke_dataset_export(ds, f) != 0)
        abort();
    fclose(f);
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ke_diags diags = {0};
    ke_dataset *ds = ke_dataset_load_text("fuzz.json", (const char *)data, size, &diags);
    if (ds) {
        if (diags.n)
            abort(); /* a dataset only when nothing was wrong */
        size_t n1, n2;
        char *first = export_text(ds, &n1);
        ke_diags again = {0};
        ke_dataset *ds2 = ke_dataset_load_text("export.json", first, n1, &again);
        if (!ds2)
            abort(); /* an export must load */
        char *second = export_text(ds2, &n2);
        if (n1 != n2 || memcmp(first, second, n1) != 0)
            abort(); /* and export the same */
        free(first);
        free(second);
        ke_dataset_free(ds2);
        ke_diags_free(&again);
    } else if (!diags.n && !diags.io_error) {
        abort(); /* rejected without a reason */
    }
    ke_dataset_free(ds);
    ke_diags_free(&diags);
    return 0;
}
