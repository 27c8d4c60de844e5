/* What the CLI knows about standard output: whether it is a terminal and
 * how wide. Only here does kaieco look at the terminal; the formatters get
 * what it found through ke_render_opts. */
#define _DEFAULT_SOURCE /* TIOCGWINSZ */
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "command.h"

/* COLUMNS as a positive number, or 0. */
static size_t env_columns(void)
{
    const char *s = getenv("COLUMNS");
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
    term->no_color_env = no_color && *no_color;
    term->is_tty = isatty(STDOUT_FILENO);
    term->columns = 0;
    if (!term->is_tty)
        return;
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        term->columns = ws.ws_col;
    else if (!(term->columns = env_columns()))
        term->columns = 80;
}
