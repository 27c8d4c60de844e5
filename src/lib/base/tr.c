/* ke_tr: a message's translation, from the catalogs compiled into the
 * library (base/catalog.h, generated from po/ by kaieco-po). */
#include "kaieco/messages.h"
#include "base/catalog.h"

#include <string.h>

static ke_lang message_lang = KE_LANG_EN;

const char *ke_tr(ke_lang lang, const char *msgid)
{
    if (!msgid || lang == KE_LANG_EN || (int)lang < 0 || (int)lang >= KE_N_LANGS)
        return msgid;
    size_t lo = 0, hi = ke_catalog_n_entries;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(msgid, ke_catalog_text + ke_catalog_entries[mid].msgid);
        if (c == 0)
            return ke_catalog_text + ke_catalog_entries[mid].msgstr[lang - 1];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return msgid;
}

void ke_set_message_lang(ke_lang lang)
{
    message_lang = (int)lang >= 0 && (int)lang < KE_N_LANGS ? lang : KE_LANG_EN;
}

ke_lang ke_message_lang(void)
{
    return message_lang;
}

const char *ke_msg(const char *msgid)
{
    return ke_tr(message_lang, msgid);
}

size_t ke_catalog_size(void)
{
    return ke_catalog_n_entries;
}

const char *ke_catalog_msgid(size_t i)
{
    return i < ke_catalog_n_entries ? ke_catalog_text + ke_catalog_entries[i].msgid : NULL;
}
