/* Help text, generated from the command table and the query engine's
 * column lists, so that it cannot drift from what the commands do. The
 * tables hold the English text; it is the msgid of the catalogs (po/),
 * translated here at display time into the message language (--lang,
 * KAIECO_LANG: kaieco/messages.h). */
#include <string.h>

#include "command.h"
#include "kaieco/messages.h"

const char kc_version_help[] = "print the version, and the date and size of the dataset";

static const char *type_name(ke_coltype t)
{
    switch (t) {
    case KE_COL_INT:
        return ke_msg("integer");
    case KE_COL_NUM:
        return ke_msg("number");
    case KE_COL_BOOL:
        return ke_msg("boolean");
    default:
        return ke_msg("text");
    }
}

/* Display width of the first `n` bytes of `s`. */
static size_t width_of(const char *s, size_t n)
{
    char piece[256];
    if (n >= sizeof piece)
        return n;
    memcpy(piece, s, n);
    piece[n] = '\0';
    return ke_display_width(piece);
}

/* The length of the first character of `s` (UTF-8). */
static size_t char_len(const char *s)
{
    size_t n = 1;
    while (s[n] && ((unsigned char)s[n] & 0xC0) == 0x80)
        n++;
    return n;
}

/* Closing punctuation that may not start a line (kinsoku). */
static int closes(const char *s)
{
    static const char *const marks[] = {"\xe3\x80\x82", "\xe3\x80\x81", "\xe3\x80\x8d",
                                        "\xef\xbc\x89", "\xef\xbc\x8c", "\xef\xbc\x8e",
                                        "\xef\xbc\x9a", "\xef\xbc\x9f", "\xef\xbc\x81",
                                        ")", ",", ".", ":", ";", "'", NULL};
    for (size_t i = 0; marks[i]; i++)
        if (strncmp(s, marks[i], strlen(marks[i])) == 0)
            return 1;
    return 0;
}

/* Whether a line may break before and after the character at `s` (`k`
 * bytes): a wide one, but not a Hangul syllable (Korean breaks between
 * words, at spaces, as English does). */
static int breakable(const char *s, size_t k)
{
    const unsigned char *u = (const unsigned char *)s;
    int hangul = k == 3 && ((u[0] == 0xEA && u[1] >= 0xB0) || u[0] == 0xEB || u[0] == 0xEC ||
                            (u[0] == 0xED && u[1] <= 0x9E));
    return !hangul && width_of(s, k) == 2;
}

/* The next unit a line may break before, in `word` (no spaces): a run of
 * characters that do not break (narrow ones, Hangul), or one wide
 * character (Japanese text has no spaces between words; it breaks between
 * characters), each with the closing punctuation that follows it. Returns
 * its length in bytes. */
static size_t next_unit(const char *word, size_t len)
{
    size_t n = char_len(word);
    int wide = breakable(word, n);
    while (n < len) {
        size_t k = char_len(word + n);
        int wide_next = breakable(word + n, k);
        if (closes(word + n)) {
            n += k;
            if (wide_next) /* a line may break after "、" */
                break;
        } else if (!wide && !wide_next) {
            n += k;
        } else {
            break;
        }
    }
    return n;
}

/* Writes `text` wrapped at `width` display columns, the lines after the
 * first indented by `indent` spaces; `*col` is the column reached. */
static void wrap(FILE *out, const char *text, size_t width, size_t indent, size_t *col)
{
    while (*text) {
        while (*text == ' ')
            text++;
        size_t word = strcspn(text, " ");
        if (!word)
            break;
        size_t w = width_of(text, word);
        if (*col && *col + 1 + w <= width) {
            fputc(' ', out);
            (*col)++;
        } else if (*col && w <= width && width_of(text, next_unit(text, word)) == w) {
            fprintf(out, "\n%*s", (int)indent, "");
            *col = 0;
        } else if (*col) {
            /* a word with wide characters: break inside it */
            if (*col + 1 + width_of(text, next_unit(text, word)) <= width) {
                fputc(' ', out);
                (*col)++;
            } else {
                fprintf(out, "\n%*s", (int)indent, "");
                *col = 0;
            }
        }
        for (size_t i = 0; i < word;) {
            size_t u = next_unit(text + i, word - i), uw = width_of(text + i, u);
            if (*col && *col + uw > width) {
                fprintf(out, "\n%*s", (int)indent, "");
                *col = 0;
            }
            fwrite(text + i, 1, u, out);
            *col += uw;
            i += u;
        }
        text += word;
    }
}

/* "  -f, --format FORMAT      help"; an optional value as "--color[=WHEN]";
 * a help line that would pass 79 columns continues under itself. */
static void print_option(FILE *out, char short_name, const char *name, const char *arg,
                         int optional, const char *help)
{
    char left[64], value[32] = "";
    if (arg)
        snprintf(value, sizeof value, optional ? "[=%s]" : " %s", arg);
    if (short_name)
        snprintf(left, sizeof left, "-%c, --%s%s", short_name, name, value);
    else
        snprintf(left, sizeof left, "    --%s%s", name, value);
    fprintf(out, "  %-24s ", left);
    size_t col = 0; /* lines stay within 79 columns: 27 + 52 */
    wrap(out, ke_msg(help), 52, 27, &col);
    fputc('\n', out);
}

static void print_common_options(FILE *out)
{
    fprintf(out, "%s\n", ke_msg("Common options (every command):"));
    for (size_t i = 0; kc_common_options[i].name; i++) {
        const kc_common_option *o = &kc_common_options[i];
        print_option(out, o->short_name, o->name, o->arg_name, o->has_arg == KC_OPTIONAL_ARG, o->help);
    }
}

void kc_print_command_list(FILE *out)
{
    fputs(ke_msg("Commands:\n"), out);
    for (size_t i = 0; kc_commands[i]; i++)
        fprintf(out, "  %-12s %s\n", kc_commands[i]->name, ke_msg(kc_commands[i]->summary));
}

void kc_print_top_help(FILE *out)
{
    fputs(ke_msg("usage: kaieco [--version] [--help] COMMAND [ARGS] [OPTIONS]\n\n"
                 "Query the figures on Korea's AI ecosystem beside the rest of the world.\n"
                 "Every figure carries its unit, period and source ('kaieco sources').\n\n"),
          out);
    kc_print_command_list(out);
    fputc('\n', out);
    print_common_options(out);
    fputc('\n', out);
    fputs(ke_msg("Exit status: 0 success (an empty result too, unless -e), 1 runtime failure\n"
                 "(or an empty result with -e), 2 usage error.\n"
                 "Environment: KAIECO_LANG=en|ko|ja sets the default --lang; NO_COLOR (not\n"
                 "empty) or TERM=dumb turns colour off unless --color=always; COLUMNS and\n"
                 "LINES are the size of a terminal that does not say its own. At a terminal,\n"
                 "an answer taller than the screen goes through KAIECO_PAGER, else PAGER,\n"
                 "else 'less -FRX' (--no-pager or an empty KAIECO_PAGER: none).\n"
                 "--lang translates what people read: names, units, notes, table headers, help\n"
                 "and messages; the table view writes numbers as the language does (13.3억,\n"
                 "13.3億). JSON keys, CSV headers, ids, codes, values and exit statuses stay\n"
                 "the same; in the machine formats only the name and note columns follow it.\n"
                 "'kaieco help COMMAND' shows a command's options and output columns.\n"),
          out);
}

/* Wraps a paragraph at 76 columns. */
static void print_wrapped(FILE *out, const char *text)
{
    size_t col = 0;
    wrap(out, text, 76, 0, &col);
    fputc('\n', out);
}

int kc_columns_have_trend(const ke_columns *cols)
{
    unsigned all = 0;
    for (size_t i = 0; i < cols->n; i++)
        all |= cols->cols[i].flags;
    return (all & KE_SERIES) && (all & KE_YEAR);
}

/* "  * key  type  doc", and what the table format adds to a series. */
static void print_columns(FILE *out, const ke_columns *cols)
{
    for (size_t i = 0; i < cols->n; i++) {
        const ke_column *c = &cols->cols[i];
        const char *type = type_name(c->type);
        /* the type padded to 8 display columns (it may be Korean or Japanese) */
        size_t tw = ke_display_width(type);
        fprintf(out, "  %c %-18s %s%*s %s\n", c->flags & KE_WIDE ? ' ' : '*', c->key, type,
                (int)(tw < 8 ? 8 - tw : 0), "", ke_msg(c->doc));
    }
    if (kc_columns_have_trend(cols))
        fputs(ke_msg("The table format adds a trend column to a series of two years or more:\n"
                     "a sparkline of its figures by year (without --fields or --chart).\n"),
              out);
}

void kc_print_command_help(const kc_command *cmd, FILE *out)
{
    fprintf(out, ke_msg("usage: kaieco %s%s%s [OPTIONS]\n"), cmd->name, *cmd->usage ? " " : "", cmd->usage);
    for (size_t a = 0; cmd->aliases && cmd->aliases[a]; a++)
        fprintf(out, ke_msg("alias: kaieco %s\n"), cmd->aliases[a]);
    fputc('\n', out);
    print_wrapped(out, ke_msg(cmd->description));
    if (cmd->options && cmd->options[0].name) {
        fprintf(out, "\n%s\n", ke_msg("Options:"));
        for (size_t i = 0; cmd->options[i].name; i++)
            print_option(out, cmd->options[i].short_name, cmd->options[i].name, cmd->options[i].arg_name, 0,
                         cmd->options[i].help);
    }
    fputc('\n', out);
    print_common_options(out);
    if (cmd->columns) {
        fputc('\n', out);
        fputs(ke_msg("Output columns (JSON keys and CSV header, in order; * = in the default\n"
                     "table view, the others only with --wide or --fields):\n"),
              out);
        print_columns(out, cmd->columns);
    }
    for (size_t i = 0; cmd->options && cmd->options[i].name; i++)
        if (cmd->options[i].columns) {
            fputc('\n', out);
            fprintf(out, ke_msg("Output columns with --%s, instead:\n"), cmd->options[i].name);
            print_columns(out, cmd->options[i].columns);
        }
}
