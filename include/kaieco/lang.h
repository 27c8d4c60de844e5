/* kaieco/lang.h: the languages kaieco names things and speaks in. Below
 * everything else: the dataset's names (dataset.h) and the program's
 * messages (messages.h) both count in them. */
#ifndef KAIECO_LANG_H
#define KAIECO_LANG_H

typedef enum ke_lang { KE_LANG_EN = 0, KE_LANG_KO = 1, KE_LANG_JA = 2 } ke_lang;
#define KE_N_LANGS 3

#endif
