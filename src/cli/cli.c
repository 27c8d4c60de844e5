/* kaieco's command line: kc_main parses it, runs one
 * command from the command table, applies the common options to its
 * result table and renders it. Output is built in memory and written only
 * when everything succeeded, so an error never leaves half a table on
 * stdout.
 *
 * Exit status: 0 success (an empty result too, unless -e), 1 runtime
 * failure (e.g. a write error) or an empty result with -e, 2 usage error
 * (unknown command, option, metric, country; malformed year, date or
 * number; an argument that is not UTF-8).
 *
 * Nothing here calls exit(): every failure returns its status, so that
 * kc_main can run many times in one process (the fuzzer does). */
#define _GNU_SOURCE /* getopt_long's argument permutation is a GNU feature */
#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "command.h"
#include "outbuf.h"
#include "kaieco/format.h"
#include "kaieco/messages.h"
#include "suggest.h"

#define OPT_BASE 1000
#define OPT_VERSION 999

/* Every message goes to stderr through here, as "kaieco: PREFIX TEXT":
 * TEXT may echo what the user typed or what a --data file holds, so its
 * control characters and stray bytes are shown as \xNN and can never
 * drive the terminal. */
/* A message escaped into a buffer of its own: nothing to allocate, so
 * that even "out of memory" gets through, and one write a line (stderr is
 * not buffered). */
typedef struct said {
    size_t n;
    char buf[4096];
} said;

static void to_said(void *ctx, const char *p, size_t n)
{
    said *s = ctx;
    if (s->n + n > sizeof s->buf) {
        fwrite(s->buf, 1, s->n, stderr);
        s->n = 0;
    }
    if (n > sizeof s->buf) {
        fwrite(p, 1, n, stderr);
        return;
    }
    memcpy(s->buf + s->n, p, n);
    s->n += n;
}

static void say(const char *prefix, const char *text)
{
    said s = {0, {0}};
    to_said(&s, "kaieco: ", strlen("kaieco: "));
    to_said(&s, prefix, strlen(prefix));
    ke_display_write(text, strlen(text), to_said, &s);
    to_said(&s, "\n", 1);
    fwrite(s.buf, 1, s.n, stderr);
}

static int fail(const ke_error *err)
{
    say("", err->message);
    return err->status ? err->status : KE_EXIT_RUNTIME;
}

/* The same for a message formatted here. */
static int usage(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
static int usage(const char *fmt, ...)
{
    ke_error err = {0};
    char *text = NULL;
    va_list ap;
    va_start(ap, fmt);
    int n = vasprintf(&text, ke_msg(fmt), ap);
    va_end(ap);
    ke_error_set(&err, KE_EXIT_USAGE, "%s", n < 0 ? "usage error" : text);
    free(text);
    return fail(&err);
}

/* A usage error naming `word`: `with_best` ("...'%s'; did you mean
 * '%s'?") when there is a close name, else `without` ("...'%s'; see
 * 'kaieco --help'"). Whole sentences, so that each is one message of the
 * catalogs; a long word is cut by ke_error_set, keeping the rest. */
static int usage_error(const char *with_best, const char *without, const char *word, const char *best)
{
    ke_error err;
    if (best && with_best)
        ke_error_set(&err, KE_EXIT_USAGE, with_best, word, best);
    else
        ke_error_set(&err, KE_EXIT_USAGE, without, word);
    return fail(&err);
}

/* getopt_long's table: the common options, then the command's own. */
typedef struct opt_table {
    struct option longs[32];
    size_t n_common;
    size_t n;
} opt_table;

static int common_has_arg(const kc_common_option *o)
{
    return o->has_arg == KC_OPTIONAL_ARG ? optional_argument
           : o->has_arg                  ? required_argument
                                         : no_argument;
}

static void build_options(opt_table *t, const kc_command *cmd, int with_version)
{
    size_t n = 0;
    for (size_t i = 0; kc_common_options[i].name; i++, n++)
        t->longs[n] = (struct option){kc_common_options[i].name, common_has_arg(&kc_common_options[i]),
                                      NULL, OPT_BASE + (int)n};
    t->n_common = n;
    for (size_t i = 0; cmd && cmd->options[i].name; i++, n++)
        t->longs[n] = (struct option){cmd->options[i].name,
                                      cmd->options[i].has_arg ? required_argument : no_argument,
                                      NULL, OPT_BASE + (int)n};
    if (with_version)
        t->longs[n++] = (struct option){"version", no_argument, NULL, OPT_VERSION};
    t->longs[n] = (struct option){NULL, 0, NULL, 0};
    t->n = n;
}

/* The option word that getopt stopped at, without any "=value" (malloc'd). */
static char *bad_option_word(char **argv)
{
    const char *w = argv[optind - 1];
    char *word;
    if (optopt && !(w[0] == '-' && w[1] == '-')) {
        word = strdup("-?");
        if (word)
            word[1] = (char)optopt;
    } else {
        word = strndup(w, strcspn(w, "="));
    }
    return word; /* NULL when out of memory */
}

/* getopt_long's short options, from the common options' table: "+:f:he"
 * (with `prefix` "+:" before the command, ":" after it). */
static void short_options(char *buf, size_t size, const char *prefix, const kc_command *cmd)
{
    size_t n = (size_t)snprintf(buf, size, "%s", prefix);
    for (size_t i = 0; kc_common_options[i].name && n + 3 < size; i++) {
        const kc_common_option *o = &kc_common_options[i];
        if (!o->short_name)
            continue;
        buf[n++] = o->short_name;
        if (o->has_arg == 1)
            buf[n++] = ':';
        buf[n] = '\0';
    }
    /* then the command's own ("-o FILE" for export) */
    for (size_t i = 0; cmd && cmd->options[i].name && n + 3 < size; i++) {
        if (!cmd->options[i].short_name)
            continue;
        buf[n++] = cmd->options[i].short_name;
        if (cmd->options[i].has_arg)
            buf[n++] = ':';
        buf[n] = '\0';
    }
}

static int option_error(int c, char **argv, const opt_table *t)
{
    char *word = bad_option_word(argv);
    int status;
    if (!word) {
        say("", "out of memory");
        return KE_EXIT_RUNTIME;
    }
    if (c == ':') {
        status = usage_error(NULL, "option '%s' needs a value; see 'kaieco --help'", word, NULL);
        free(word);
        return status;
    }
    /* "--json=1": a flag given a value is not an unknown option */
    if (strchr(argv[optind - 1], '=') && word[0] == '-' && word[1] == '-')
        for (size_t i = 0; i < t->n; i++)
            if (t->longs[i].has_arg == no_argument && strcmp(word + 2, t->longs[i].name) == 0) {
                status = usage_error(NULL, "option '%s' takes no value; see 'kaieco --help'", word, NULL);
                free(word);
                return status;
            }
    ke_suggester s;
    ke_suggest_init(&s, word);
    char cands[32][64];
    for (size_t i = 0; i < t->n; i++) {
        snprintf(cands[i], sizeof cands[i], "--%s", t->longs[i].name);
        ke_suggest_add(&s, cands[i]);
    }
    status = usage_error("unknown option '%s'; did you mean '%s'?", "unknown option '%s'; see 'kaieco --help'",
                         word, ke_suggest_result(&s));
    free(word);
    return status;
}

/* A repeatable option given again: its values joined with a comma. */
static int append_value(kc_invocation *inv, size_t k, const char *value, ke_error *err)
{
    const char *old = inv->opt_values[k];
    size_t n = strlen(old) + strlen(value) + 2;
    char *joined = malloc(n);
    if (!joined) {
        ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
        return -1;
    }
    snprintf(joined, n, "%s,%s", old, value);
    free(inv->joined[k]);
    inv->joined[k] = joined;
    inv->opt_values[k] = joined;
    return 0;
}

static int finish(kc_invocation *inv, int status)
{
    for (size_t k = 0; k < KC_MAX_OPTIONS; k++)
        free(inv->joined[k]);
    return status;
}

/* Applies a parsed option: a common one to `common`, a command's own to
 * `inv`. */
static int take_option(int c, const opt_table *t, kc_common *common, kc_invocation *inv,
                       ke_error *err)
{
    size_t i = (size_t)(c - OPT_BASE);
    for (size_t k = 0; c < OPT_BASE && kc_common_options[k].name; k++)
        if (kc_common_options[k].short_name == c)
            return kc_common_set(common, kc_common_options[k].name, optarg, err);
    for (size_t k = 0; c < OPT_BASE && inv->cmd && inv->cmd->options[k].name; k++)
        if (inv->cmd->options[k].short_name == c)
            i = t->n_common + k; /* "-o FILE" is "--output FILE" */
    if (i < t->n_common)
        return kc_common_set(common, t->longs[i].name, optarg, err);
    size_t k = i - t->n_common;
    if (inv->cmd && inv->cmd->options[k].has_arg == KC_REPEATABLE && inv->opt_values[k])
        return append_value(inv, k, optarg, err);
    inv->opt_values[k] = optarg ? optarg : "";
    return 0;
}

/* Reports a failed write to stdout (errno says why). */
static int write_error(void)
{
    /* A reader that stopped early (`kaieco facts | head -1`) is not an
     * error: nothing more was wanted. SIGPIPE is ignored (kc_main), so
     * this is the same status 0, with no message, however the write and
     * the reader's exit were timed. */
    if (errno == EPIPE)
        return KE_EXIT_OK;
    say(ke_msg("cannot write the output: "), strerror(errno));
    return KE_EXIT_RUNTIME;
}

/* Every path that writes to stdout ends here, so that a full disk or a
 * closed pipe is reported (status 1) rather than ignored. */
static int finish_stdout(void)
{
    if (fflush(stdout) != 0 || ferror(stdout))
        return write_error();
    return KE_EXIT_OK;
}

static int write_output(kc_outbuf *b)
{
    kc_outbuf_write(b); /* an error shows in ferror(stdout) */
    return finish_stdout();
}

/* At a terminal, an answer taller than the screen goes through the pager,
 * as git and gh do; quitting it early is not an error (its exit status is
 * the pager's business). Returns -1 when there is no pager to use, and
 * the answer is to be written as usual. */
static int write_paged(kc_outbuf *b, const kc_common *common, const kc_terminal *term)
{
    const char *pager = kc_pager_command();
    if (!term->is_tty || common->no_pager || !pager || b->spilled ||
        kc_outbuf_lines(b) < term->rows)
        return -1;
    setenv("LESS", "FRX", 0); /* as git: quit if one screen, colour, no clearing */
    setenv("LV", "-c", 0);
    if (fflush(stdout) != 0)
        return -1;
    FILE *p = popen(pager, "w");
    if (!p)
        return -1;
    kc_outbuf_copy(b, p); /* EPIPE when the reader quits early: not an error */
    int status = pclose(p);
    /* the shell could not find or run it (127, 126): the answer is still
     * held, and written as if there were no pager, after the shell's
     * message */
    if (status != -1 && WIFEXITED(status) && (WEXITSTATUS(status) == 127 || WEXITSTATUS(status) == 126))
        return -1;
    return KE_EXIT_OK;
}

static int run_command(const kc_command *cmd, kc_invocation *inv, const kc_common *common)
{
    ke_error err = {0};
    int empty = 0;
    kc_outbuf buf;
    FILE *out = kc_outbuf_open(&buf, stdout);
    if (!out) {
        say("", "out of memory");
        return KE_EXIT_RUNTIME;
    }
    int rc = -1;
    kc_terminal term;
    kc_terminal_detect(&term);
    if (cmd->run_text) {
        rc = cmd->run_text(inv, out, &err);
    } else {
        ke_table *t = cmd->run(inv, &err);
        ke_render_opts opts;
        if (t && kc_common_apply(common, t, &err) == 0 &&
            kc_render_setup(common, &term, t, &opts, &err) == 0) {
            rc = ke_render(t, common->format, &opts, out);
            if (rc != 0) /* a write error is buf.error's, below: so out of memory */
                ke_error_set(&err, KE_EXIT_RUNTIME, "out of memory");
            /* why rows asked for are missing: for the user, not the data */
            for (size_t i = 0; rc == 0 && i < t->n_notes; i++)
                say(ke_msg("note: "), t->notes[i]);
            empty = t->n_rows == 0;
        }
        ke_table_free(t);
    }
    if (fclose(out) != 0 && rc == 0) {
        /* held in memory, the answer fails for want of it (buf.error
         * says when a write to stdout failed instead: below) */
        ke_error_set(&err, KE_EXIT_RUNTIME, "out of memory");
        rc = -1;
    }
    /* a large answer already on its way failed to be written: reported
     * once, as any write error (a reader that stopped early is none) */
    if (rc != 0 && buf.error) {
        kc_outbuf_free(&buf);
        clearerr(stdout);
        errno = buf.error;
        return write_error();
    }
    int status = rc != 0                                          ? fail(&err)
                 : write_paged(&buf, common, &term) == KE_EXIT_OK ? KE_EXIT_OK
                                                                  : write_output(&buf);
    kc_outbuf_free(&buf);
    if (status == KE_EXIT_OK && empty && common->exit_status)
        status = KE_EXIT_RUNTIME; /* -e: like grep, 1 when nothing matched */
    return status;
}

/* Every argument must be UTF-8: a stray byte would otherwise match inside
 * a character or reach the output. The bad bytes are shown as \xNN. */
static int check_arguments(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (ke_utf8_invalid(argv[i]) == (size_t)-1)
            continue;
        char *shown = ke_utf8_escape(argv[i]);
        ke_error err;
        ke_error_set(&err, KE_EXIT_USAGE, "argument '%s' is not valid UTF-8", shown ? shown : "?");
        free(shown);
        return fail(&err);
    }
    return KE_EXIT_OK;
}

static int lang_index(const char *s)
{
    for (int i = 0; s && kc_lang_names[i]; i++)
        if (strcmp(s, kc_lang_names[i]) == 0)
            return i;
    return -1;
}

/* The language of messages and help, set before the options are parsed,
 * so that a mistake anywhere on the command line is reported in it: the
 * last valid "--lang L" or "--lang=L" (up to "--"), else KAIECO_LANG when
 * valid, else English. A bad value is not reported here but where it is
 * parsed (kc_common_set, kc_common_resolve_lang), in this language: an
 * error in --lang itself is in English unless KAIECO_LANG says otherwise.
 * kc_common_set sets it again when it reads --lang. */
static void early_message_lang(int argc, char **argv)
{
    int lang = lang_index(getenv("KAIECO_LANG"));
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
        int l = -1;
        if (strncmp(argv[i], "--lang=", 7) == 0)
            l = lang_index(argv[i] + 7);
        else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            l = lang_index(argv[i + 1]);
        if (l >= 0)
            lang = l;
    }
    ke_set_message_lang(lang >= 0 ? (ke_lang)lang : KE_LANG_EN);
}

int kc_main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN); /* a closed pipe is an EPIPE write error (finish_stdout) */
    optind = 0;               /* 0 makes glibc's getopt start afresh: kc_main may run again */
    early_message_lang(argc, argv);
    if (check_arguments(argc, argv) != KE_EXIT_OK)
        return KE_EXIT_USAGE;
    kc_common common;
    ke_error err = {0};
    kc_common_init(&common);
    kc_invocation inv = {0};

    /* Pass 1: options before the command ("+": stop at the first word). */
    opt_table t;
    build_options(&t, NULL, 1);
    opterr = 0;
    int c, version = 0;
    char shorts[32];
    short_options(shorts, sizeof shorts, "+:", NULL);
    while ((c = getopt_long(argc, argv, shorts, t.longs, NULL)) != -1) {
        if (c == '?' || c == ':')
            return option_error(c, argv, &t);
        if (c == OPT_VERSION)
            version = 1;
        else if (take_option(c, &t, &common, &inv, &err) != 0)
            return fail(&err);
    }
    /* no command follows: a format that no command writes is a mistake now */
    if ((version || optind == argc) && kc_common_check_format(&common, NULL, &err) != 0)
        return fail(&err);
    if (version) {
        kc_data data;
        if (kc_data_open(&common, &data, &err) != 0)
            return fail(&err);
        kc_print_version(data.ds, stdout);
        kc_data_close(&data);
        return finish_stdout();
    }
    if (optind == argc) {
        if (common.help) {
            kc_print_top_help(stdout);
            return finish_stdout();
        }
        /* as git and gh: what there is to run, on stderr */
        say("", ke_msg("missing command; see 'kaieco --help'"));
        fputc('\n', stderr);
        kc_print_command_list(stderr);
        return KE_EXIT_USAGE;
    }
    const char *name = argv[optind];
    const kc_command *cmd = kc_command_find(name);
    if (!cmd) {
        ke_suggester s;
        ke_suggest_init(&s, name);
        for (size_t i = 0; kc_commands[i]; i++)
            ke_suggest_add(&s, kc_commands[i]->name);
        return usage_error("unknown command '%s'; did you mean '%s'?",
                           "unknown command '%s'; see 'kaieco --help'", name, ke_suggest_result(&s));
    }

    /* Pass 2: the command's words, options anywhere among them. */
    int sub_argc = argc - optind;
    char **sub_argv = argv + optind;
    build_options(&t, cmd, 0);
    optind = 0; /* 0 makes glibc start over with a new argv */
    inv.cmd = cmd;
    short_options(shorts, sizeof shorts, ":", cmd);
    while ((c = getopt_long(sub_argc, sub_argv, shorts, t.longs, NULL)) != -1) {
        if (c == '?' || c == ':')
            return finish(&inv, option_error(c, sub_argv, &t));
        if (take_option(c, &t, &common, &inv, &err) != 0)
            return finish(&inv, fail(&err));
    }
    if (common.help) {
        kc_print_command_help(cmd, stdout);
        return finish(&inv, finish_stdout());
    }
    inv.args = sub_argv + optind;
    inv.n_args = (size_t)(sub_argc - optind);
    if (kc_common_resolve_lang(&common, &err) != 0 || kc_common_check_format(&common, cmd, &err) != 0 ||
        kc_common_check(&common, &err) != 0)
        return finish(&inv, fail(&err));
    inv.lang = common.lang;
    if (inv.n_args < cmd->min_args)
        return finish(&inv, usage("%s: missing argument; usage: kaieco %s %s", cmd->name, cmd->name,
                                  cmd->usage));
    if (inv.n_args > cmd->max_args)
        return finish(&inv, usage("%s: unexpected argument '%s'; usage: kaieco %s %s", cmd->name,
                                  inv.args[cmd->max_args], cmd->name, cmd->usage));
    kc_data data = {ke_builtin_dataset(), NULL, NULL};
    if (!cmd->no_dataset && kc_data_open(&common, &data, &err) != 0)
        return finish(&inv, fail(&err));
    inv.ds = data.ds;
    inv.common = &common;
    int status = run_command(cmd, &inv, &common);
    kc_data_close(&data);
    return finish(&inv, status);
}
