/* kaieco models [--country C] [--organization O]: the named models. */
#include "kaieco/query.h"

#include <string.h>

#define PARAMETERS_METRIC "parameters"

static const ke_column cols[] = {
    {.key = "model", .type = KE_COL_TEXT, .doc = "the model's name in the chosen language", .flags = KE_LABEL},
    {.key = "id", .type = KE_COL_TEXT, .doc = "entity id (what facts --entity takes)", .flags = KE_WIDE | KE_CODE},
    {.key = "organization", .type = KE_COL_TEXT, .doc = "its developer's name in the chosen language, or null", .priority = KE_PRIO_HIGH},
    {.key = "country", .type = KE_COL_TEXT, .doc = "alpha-2 code of the model's country, else its developer's; or null", .flags = KE_CODE, .priority = KE_PRIO_MEDIUM},
    {.key = "parameters", .type = KE_COL_NUM, .doc = "parameter count (the default figure; the latest if several), or null"},
    {.key = "parameters_source", .type = KE_COL_TEXT, .doc = "id of the source of the parameter count, or null", .flags = KE_CODE, .priority = KE_PRIO_LOW},
    {.key = "released", .type = KE_COL_TEXT, .doc = "release date (ISO 8601, as precise as known), or null", .flags = KE_WIDE | KE_CODE},
    {.key = "precision", .type = KE_COL_TEXT, .doc = "year, month or day: how much of the release date is known", .flags = KE_WIDE | KE_CODE | KE_TERM},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the source for the model's record (see kaieco sources)", .flags = KE_WIDE | KE_CODE},
};
const ke_columns ke_models_columns = {cols, sizeof cols / sizeof cols[0]};

static const char *country_of(const ke_dataset *ds, const ke_entity *e)
{
    if (e->country)
        return e->country;
    const ke_entity *org = e->organization ? ke_entity_find(ds, e->organization) : NULL;
    return org ? org->country : NULL;
}

/* Whether `org_id` is `want` or one of its subsidiaries (parent links). */
static int under(const ke_dataset *ds, const char *org_id, const ke_entity *want)
{
    for (int depth = 0; org_id && depth < 8; depth++) {
        if (strcmp(org_id, want->id) == 0)
            return 1;
        const ke_entity *org = ke_entity_find(ds, org_id);
        org_id = org ? org->organization : NULL;
    }
    return 0;
}

static const ke_observation *parameters_of(const ke_dataset *ds, const ke_entity *model)
{
    const ke_observation *found = NULL;
    /* sorted by period: the last default figure is the latest */
    for (size_t i = 0; i < ds->n_observations; i++) {
        const ke_observation *o = &ds->observations[i];
        if (o->is_default && strcmp(o->metric, PARAMETERS_METRIC) == 0 &&
            strcmp(o->entity, model->id) == 0)
            found = o;
    }
    return found;
}

ke_table *ke_query_models(const ke_dataset *ds, const char *country, const char *organization,
                          ke_lang lang, ke_error *err)
{
    const ke_country *c = NULL;
    const ke_entity *want = NULL;
    if (country && !(c = ke_country_resolve(ds, country, err)))
        return NULL;
    if (organization &&
        !(want = ke_entity_resolve_kind(ds, organization, KE_ENTITY_ORGANIZATION, err)))
        return NULL;
    ke_table *t = ke_table_new(cols, ke_models_columns.n);
    for (size_t i = 0; i < ds->n_entities; i++) {
        const ke_entity *e = &ds->entities[i];
        const char *home = country_of(ds, e);
        if (e->kind != KE_ENTITY_MODEL || (c && (!home || strcmp(home, c->alpha2))) ||
            (want && !under(ds, e->organization, want)))
            continue;
        const ke_entity *org = e->organization ? ke_entity_find(ds, e->organization) : NULL;
        size_t r = ke_table_add_row(t);
        ke_table_set_text(t, r, "model", ke_name(&e->name, lang));
        ke_table_set_text(t, r, "id", e->id);
        ke_table_set_text(t, r, "organization", org ? ke_name(&org->name, lang) : e->organization);
        ke_table_set_text(t, r, "country", home);
        const ke_observation *params = parameters_of(ds, e);
        if (params) {
            ke_table_set_num(t, r, "parameters", &params->value);
            ke_table_set_text(t, r, "parameters_source", params->source);
        }
        ke_table_set_text(t, r, "released", e->released.text);
        ke_table_set_text(t, r, "precision", ke_precision_name(e->released.precision));
        ke_table_set_text(t, r, "source", e->source);
    }
    return t;
}
