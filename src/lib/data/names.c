/* Names of enum values as they appear in the dataset and in output, and
 * names in the user's language. */
#include "kaieco/lookup.h"
#include "base/text.h"
#include "data/strlist.h"

#include <stdlib.h>

const char *ke_source_kind_name(ke_source_kind k)
{
    static const char *const names[] = {"article", "primary", "secondary"};
    return (unsigned)k < 3 ? names[k] : "?";
}

const char *ke_entity_kind_name(ke_entity_kind k)
{
    static const char *const names[] = {"country", "organization", "person", "model",
                                        "product", "baseline", "program"};
    return (unsigned)k < 7 ? names[k] : "?";
}

const char *ke_outcome_name(ke_outcome o)
{
    static const char *const names[] = {"selected", "advanced", "eliminated"};
    return (unsigned)o < 3 ? names[o] : "?";
}

const char *ke_precision_name(ke_precision p)
{
    static const char *const names[] = {NULL, "year", "month", "day"};
    return (unsigned)p >= 1 && (unsigned)p <= 3 ? names[p] : NULL;
}

const char *ke_name(const ke_dataset *ds, const ke_names *n, ke_lang lang)
{
    const char *s = (unsigned)lang < KE_N_LANGS ? ke_s(ds, n->s[lang]) : NULL;
    return s ? s : ke_s(ds, n->s[KE_LANG_EN]);
}

const char *ke_text_in(ke_lang lang, const char *en, const char *ko, const char *ja)
{
    const char *s = !en ? NULL : lang == KE_LANG_KO ? ko : lang == KE_LANG_JA ? ja : NULL;
    return s ? s : en;
}

char *ke_list_join(const ke_dataset *ds, ke_strlist l)
{
    if (!l.n)
        return NULL;
    const char **items = malloc(l.n * sizeof *items);
    if (!items)
        return NULL;
    for (size_t i = 0; i < l.n; i++)
        items[i] = ke_item(ds, l, i);
    char *s = ke_text_join(items, l.n);
    free(items);
    return s;
}
