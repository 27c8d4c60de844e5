/* kaieco/export.h: KE_API marks what the shared library exports.
 *
 * libkaieco is compiled with -fvisibility=hidden, so that only the
 * declarations of the public headers carrying KE_API are in its dynamic
 * symbol table (`nm -D`); everything else stays internal, whatever its
 * linkage. */
#ifndef KAIECO_EXPORT_H
#define KAIECO_EXPORT_H

#if defined(__GNUC__) || defined(__clang__)
#define KE_API __attribute__((visibility("default")))
#else
#define KE_API
#endif

#endif
