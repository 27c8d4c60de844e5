/* The dataset schema: one field table per record kind (see schema.h). */
#include "data/schema.h"

#include <string.h>

static const char *const source_kinds[] = {"article", "primary", "secondary", NULL};
static const char *const languages[] = {"en", "ko", "ja", NULL};
const char *const ke_entity_kind_choices[] = {"organization", "person", "model", "product",
                                              "baseline",     "program", NULL};
static const char *const approx_words[] = {"about", "over", "under", "up-to", "at-least", NULL};
static const char *const outcomes[] = {"selected", "advanced", "eliminated", NULL};

#define F(T, name, type, req) {#name, type, req, NULL, 0, offsetof(T, name), NULL, 0}
#define CHOICE(T, name, req, list) {#name, KE_F_CHOICE, req, list, 0, offsetof(T, name), NULL, 0}
#define ENUM(T, name, list, base) {#name, KE_F_ENUM, 1, list, base, offsetof(T, name), NULL, 0}
#define COMPUTED(T, name) {#name, KE_F_COMPUTED, 0, NULL, 0, offsetof(T, name), NULL, 0}
/* the index of the record that field `of` names, in kind `kind` */
#define INDEX(T, of, kind) {#of "_ix", KE_F_INDEX, 0, NULL, 0, offsetof(T, of##_ix), #of, kind}
#define END {NULL, 0, 0, NULL, 0, 0, NULL, 0}

static const ke_field source_fields[] = {
    F(ke_source, id, KE_F_ID, 1),
    ENUM(ke_source, kind, source_kinds, KE_SOURCE_ARTICLE),
    F(ke_source, outlet, KE_F_STR, 1),
    F(ke_source, title, KE_F_STR, 1),
    F(ke_source, date, KE_F_DATE, 1),
    CHOICE(ke_source, language, 1, languages),
    F(ke_source, url, KE_F_STR, 0),
    F(ke_source, no_url_reason, KE_F_STR, 0),
    F(ke_source, checked, KE_F_DATE, 0),
    F(ke_source, seed, KE_F_STR, 0),
    F(ke_source, cites, KE_F_SLUGLIST, 0),
    F(ke_source, note, KE_F_STR, 0),
    F(ke_source, note_ko, KE_F_STR, 0),
    F(ke_source, note_ja, KE_F_STR, 0),
    /* required beside outlet: record.c, as note_ko beside note */
    F(ke_source, outlet_ko, KE_F_STR, 0),
    F(ke_source, outlet_ja, KE_F_STR, 0),
    END};

static const ke_field country_fields[] = {
    F(ke_country, alpha2, KE_F_ALPHA2, 1),
    F(ke_country, alpha3, KE_F_ALPHA3, 1),
    F(ke_country, name, KE_F_NAMES, 1),
    F(ke_country, aliases, KE_F_STRLIST, 0),
    END};

static const ke_field entity_fields[] = {
    F(ke_entity, id, KE_F_ID, 1),
    ENUM(ke_entity, kind, ke_entity_kind_choices, KE_ENTITY_ORGANIZATION),
    /* ko and ja may be missing only on a model or organization that a
     * list names in English alone (validate.c) */
    F(ke_entity, name, KE_F_TITLE, 1),
    F(ke_entity, aliases, KE_F_STRLIST, 0),
    F(ke_entity, country, KE_F_ALPHA2, 0),
    F(ke_entity, organization, KE_F_ID, 0),
    F(ke_entity, role, KE_F_STR, 0),
    F(ke_entity, released, KE_F_DATE, 0),
    F(ke_entity, founded, KE_F_DATE, 0),
    F(ke_entity, source, KE_F_ID, 1),
    F(ke_entity, note, KE_F_STR, 0),
    F(ke_entity, note_ko, KE_F_STR, 0),
    F(ke_entity, note_ja, KE_F_STR, 0),
    INDEX(ke_entity, source, KE_K_SOURCES),
    INDEX(ke_entity, organization, KE_K_ENTITIES),
    END};

static const ke_field metric_fields[] = {
    F(ke_metric, id, KE_F_ID, 1),
    F(ke_metric, aliases, KE_F_STRLIST, 0),
    F(ke_metric, name, KE_F_NAMES, 1),
    F(ke_metric, unit, KE_F_STR, 1),
    F(ke_metric, definition, KE_F_STR, 1),
    F(ke_metric, higher_is_better, KE_F_BOOL, 1),
    F(ke_metric, unit_ko, KE_F_STR, 1),
    F(ke_metric, unit_ja, KE_F_STR, 1),
    F(ke_metric, scale, KE_F_RANK, 0),
    END};

/* "default" is a flag in the files; in the structs it becomes is_default
 * (the flagged figure, or a lone one) and default_reason says why. The
 * same for events of one group. */
static const ke_field observation_fields[] = {
    F(ke_observation, metric, KE_F_ID, 1),
    F(ke_observation, entity, KE_F_STR, 1),
    F(ke_observation, period, KE_F_DATE, 1),
    F(ke_observation, value, KE_F_VALUE, 1),
    CHOICE(ke_observation, approx, 0, approx_words),
    F(ke_observation, rank, KE_F_RANK, 0),
    F(ke_observation, source, KE_F_ID, 1),
    {"default", KE_F_FLAG, 0, NULL, 0, 0, NULL, 0},
    F(ke_observation, default_reason, KE_F_STR, 0),
    F(ke_observation, default_reason_ko, KE_F_STR, 0),
    F(ke_observation, default_reason_ja, KE_F_STR, 0),
    F(ke_observation, note, KE_F_STR, 0),
    F(ke_observation, note_ko, KE_F_STR, 0),
    F(ke_observation, note_ja, KE_F_STR, 0),
    COMPUTED(ke_observation, entity_kind),
    COMPUTED(ke_observation, is_default),
    COMPUTED(ke_observation, disputed),
    INDEX(ke_observation, metric, KE_K_METRICS),
    INDEX(ke_observation, entity, KE_REF_SUBJECT),
    INDEX(ke_observation, source, KE_K_SOURCES),
    END};

static const ke_field event_fields[] = {
    F(ke_event, id, KE_F_ID, 1),
    F(ke_event, date, KE_F_DATE, 1),
    F(ke_event, title, KE_F_TITLE, 1),
    F(ke_event, tags, KE_F_SLUGLIST, 1),
    F(ke_event, entities, KE_F_STRLIST, 0),
    F(ke_event, source, KE_F_ID, 1),
    F(ke_event, note, KE_F_STR, 0),
    F(ke_event, note_ko, KE_F_STR, 0),
    F(ke_event, note_ja, KE_F_STR, 0),
    F(ke_event, group, KE_F_ID, 0),
    {"default", KE_F_FLAG, 0, NULL, 0, 0, NULL, 0},
    F(ke_event, default_reason, KE_F_STR, 0),
    F(ke_event, default_reason_ko, KE_F_STR, 0),
    F(ke_event, default_reason_ja, KE_F_STR, 0),
    COMPUTED(ke_event, is_default),
    INDEX(ke_event, source, KE_K_SOURCES),
    END};

static const ke_field team_fields[] = {
    F(ke_contest_team, id, KE_F_ID, 1),
    F(ke_contest_team, organization, KE_F_ID, 1),
    F(ke_contest_team, model, KE_F_ID, 0),
    F(ke_contest_team, source, KE_F_ID, 1),
    F(ke_contest_team, note, KE_F_STR, 0),
    F(ke_contest_team, note_ko, KE_F_STR, 0),
    F(ke_contest_team, note_ja, KE_F_STR, 0),
    INDEX(ke_contest_team, organization, KE_K_ENTITIES),
    INDEX(ke_contest_team, model, KE_K_ENTITIES),
    INDEX(ke_contest_team, source, KE_K_SOURCES),
    END};

static const ke_field decision_fields[] = {
    F(ke_contest_decision, date, KE_F_DATE, 1),
    F(ke_contest_decision, team, KE_F_ID, 1),
    ENUM(ke_contest_decision, outcome, outcomes, KE_OUTCOME_SELECTED),
    F(ke_contest_decision, reason, KE_F_STR, 1),
    F(ke_contest_decision, source, KE_F_ID, 1),
    F(ke_contest_decision, note, KE_F_STR, 0),
    F(ke_contest_decision, note_ko, KE_F_STR, 0),
    F(ke_contest_decision, note_ja, KE_F_STR, 0),
    INDEX(ke_contest_decision, team, KE_K_TEAMS),
    INDEX(ke_contest_decision, source, KE_K_SOURCES),
    END};

static const ke_field rule_fields[] = {
    F(ke_contest_rule, id, KE_F_ID, 1),
    F(ke_contest_rule, text, KE_F_STR, 1),
    F(ke_contest_rule, source, KE_F_ID, 1),
    F(ke_contest_rule, note, KE_F_STR, 0),
    F(ke_contest_rule, note_ko, KE_F_STR, 0),
    F(ke_contest_rule, note_ja, KE_F_STR, 0),
    INDEX(ke_contest_rule, source, KE_K_SOURCES),
    END};

static const ke_field listing_fields[] = {
    F(ke_listing, model, KE_F_ID, 1),
    F(ke_listing, source, KE_F_ID, 1),
    F(ke_listing, name, KE_F_STR, 1),
    F(ke_listing, published, KE_F_DATE, 0),
    F(ke_listing, organizations, KE_F_SLUGLIST, 0),
    F(ke_listing, countries, KE_F_STRLIST, 0),
    F(ke_listing, domain, KE_F_STRLIST, 0),
    F(ke_listing, task, KE_F_STRLIST, 0),
    F(ke_listing, notability, KE_F_STRLIST, 0),
    F(ke_listing, accessibility, KE_F_STR, 0),
    F(ke_listing, link, KE_F_STR, 0),
    F(ke_listing, base_model, KE_F_STR, 0),
    F(ke_listing, note, KE_F_STR, 0),
    F(ke_listing, note_ko, KE_F_STR, 0),
    F(ke_listing, note_ja, KE_F_STR, 0),
    INDEX(ke_listing, model, KE_K_ENTITIES),
    INDEX(ke_listing, source, KE_K_SOURCES),
    END};

static const char *const by_id[] = {"id", NULL};
static const char *const by_model_source[] = {"model", "source", NULL};
static const char *const by_alpha2[] = {"alpha2", NULL};
static const char *const by_obs[] = {"metric", "entity", "period", "source", NULL};
static const char *const by_date_id[] = {"date", "id", NULL};
static const char *const by_date_team[] = {"date", "team", NULL};

const ke_kind_schema ke_schema[KE_K_COUNT] = {
    [KE_K_SOURCES] = {"sources", "ke_source", "sources", sizeof(ke_source), source_fields, "id", by_id},
    [KE_K_COUNTRIES] = {"countries", "ke_country", "countries", sizeof(ke_country), country_fields,
                        "alpha2", by_alpha2},
    [KE_K_ENTITIES] = {"entities", "ke_entity", "entities", sizeof(ke_entity), entity_fields, "id", by_id},
    [KE_K_METRICS] = {"metrics", "ke_metric", "metrics", sizeof(ke_metric), metric_fields, "id", by_id},
    [KE_K_OBSERVATIONS] = {"observations", "ke_observation", "observations", sizeof(ke_observation),
                           observation_fields, NULL, by_obs},
    [KE_K_EVENTS] = {"events", "ke_event", "events", sizeof(ke_event), event_fields, "id", by_date_id},
    [KE_K_TEAMS] = {"contest_teams", "ke_contest_team", "teams", sizeof(ke_contest_team), team_fields,
                    "id", by_id},
    [KE_K_DECISIONS] = {"contest_decisions", "ke_contest_decision", "decisions",
                        sizeof(ke_contest_decision), decision_fields, NULL, by_date_team},
    [KE_K_RULES] = {"contest_rules", "ke_contest_rule", "rules", sizeof(ke_contest_rule), rule_fields,
                    "id", by_id},
    [KE_K_LISTINGS] = {"listings", "ke_listing", "listings", sizeof(ke_listing), listing_fields, NULL,
                       by_model_source},
};

int ke_kind_by_name(const char *name)
{
    for (int k = 0; k < KE_K_COUNT; k++)
        if (strcmp(ke_schema[k].name, name) == 0)
            return k;
    return -1;
}

/* ke_dataset holds one (array, count) pair per kind, in kind order. */
#define SLOTS(ds)                                                                                  \
    {(const void **)&(ds)->sources, (const void **)&(ds)->countries,                               \
     (const void **)&(ds)->entities, (const void **)&(ds)->metrics,                                \
     (const void **)&(ds)->observations, (const void **)&(ds)->events,                             \
     (const void **)&(ds)->teams, (const void **)&(ds)->decisions, (const void **)&(ds)->rules,      \
     (const void **)&(ds)->listings}
#define COUNTS(ds)                                                                                 \
    {&(ds)->n_sources, &(ds)->n_countries, &(ds)->n_entities, &(ds)->n_metrics,                    \
     &(ds)->n_observations, &(ds)->n_events, &(ds)->n_teams, &(ds)->n_decisions, &(ds)->n_rules,   \
     &(ds)->n_listings}

size_t ke_kind_count(const ke_dataset *ds, ke_kind k)
{
    const size_t *const counts[KE_K_COUNT] = COUNTS(ds);
    return *counts[k];
}

void *ke_kind_record(const ke_dataset *ds, ke_kind k, size_t i)
{
    const void *const *const slots[KE_K_COUNT] = SLOTS(ds);
    return (char *)*slots[k] + i * ke_schema[k].size;
}

void ke_kind_set(ke_dataset *ds, ke_kind k, const void *array, size_t n)
{
    const void **const slots[KE_K_COUNT] = SLOTS(ds);
    size_t *const counts[KE_K_COUNT] = COUNTS(ds);
    *slots[k] = array;
    *counts[k] = n;
}

const char *ke_field_str(const ke_dataset *ds, const void *rec, const ke_field *f)
{
    switch (f->type) {
    case KE_F_STR:
    case KE_F_ID:
    case KE_F_ALPHA2:
    case KE_F_ALPHA3:
    case KE_F_CHOICE:
        return ke_s(ds, *(const ke_str *)KE_FIELD_PTR(rec, f));
    case KE_F_DATE:
        return ke_s(ds, ((const ke_date *)KE_FIELD_PTR(rec, f))->text);
    case KE_F_VALUE:
        return ke_s(ds, ((const ke_number *)KE_FIELD_PTR(rec, f))->text);
    default:
        return NULL;
    }
}

const ke_field *ke_field_find(ke_kind k, const char *name)
{
    for (const ke_field *f = ke_schema[k].fields; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}
