/* What the CLI knows about standard output: whether it is a terminal, how
 * wide and how tall, and the pager for a tall answer. Only here does kaieco look at the terminal; the formatters get
 * what it found through ke_render_opts. */
#define _DEFAULT_SOURCE /* TIOCGWINSZ */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "command.h"

/* COLUMNS (or LINES) as a positive number, or 0. */
static size_t env_size(const char *name)
{
    const char *s = getenv(name);
    if (!s || !*s)
        return 0;
    size_t n = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || n > 100000)
            return 0;
        n = n * 10 + (size_t)(*s - '0');
    }
    return n;
}

void kc_terminal_detect(kc_terminal *term)
{
    const char *no_color = getenv("NO_COLOR");
    const char *term_name = getenv("TERM");
    /* a dumb terminal shows escape sequences as text */
    term->no_color_env = (no_color && *no_color) || (term_name && strcmp(term_name, "dumb") == 0);
    term->is_tty = isatty(STDOUT_FILENO);
    term->columns = 0;
    term->rows = 0;
    if (!term->is_tty)
        return;
    struct winsize ws;
    int got = ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0;
    if (got && ws.ws_col > 0)
        term->columns = ws.ws_col;
    else if (!(term->columns = env_size("COLUMNS")))
        term->columns = 80;
    if (got && ws.ws_row > 0)
        term->rows = ws.ws_row;
    else if (!(term->rows = env_size("LINES")))
        term->rows = 24;
}

const char *kc_pager_command(void)
{
    const char *p = getenv("KAIECO_PAGER");
    if (!p)
        p = getenv("PAGER");
    if (!p)
        return "less -FRX";
    if (!*p || strcmp(p, "cat") == 0)
        return NULL;
    return p;
}
