#ifndef POLICYSCOPE_CNCURSESW_SHIM_H
#define POLICYSCOPE_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

/* Things Swift cannot import from curses.h (macros, non-Sendable globals), as functions. */

static inline WINDOW *ps_stdscr(void) { return stdscr; }
static inline int ps_max_y(WINDOW *w) { return getmaxy(w); }
static inline int ps_max_x(WINDOW *w) { return getmaxx(w); }
static inline int ps_colors(void) { return COLORS; }
static inline attr_t ps_a_bold(void) { return A_BOLD; }
static inline attr_t ps_a_reverse(void) { return A_REVERSE; }
static inline attr_t ps_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ps_a_dim(void) { return A_DIM; }
static inline attr_t ps_a_italic(void) { return A_ITALIC; }
static inline int ps_key_f(int n) { return KEY_F(n); }

/* newterm on the process's own stdout/stdin; NULL when the terminal type is unknown. */
static inline SCREEN *ps_newterm(void) { return newterm(NULL, stdout, stdin); }

/* True when the terminal can address the cursor (TERM=dumb cannot). */
static inline int ps_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* Draws n wide characters at (y, x) with the given attributes and colour pair. */
static inline void ps_put(WINDOW *w, int y, int x, const wchar_t *s, int n, attr_t a, short pair) {
    wattr_set(w, a, pair, NULL);
    mvwaddnwstr(w, y, x, s, n);
}

/* The tty's size from the kernel; 0 on success. */
static inline int ps_tty_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/* 1 when stdin has hung up or reads as end of file (readable with nothing curses could use). */
static inline int ps_stdin_readable_or_hung_up(void) {
    struct pollfd p = { .fd = 0, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) <= 0) return 0;
    return (p.revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL)) != 0;
}

/* 1 when stdin has hung up (POLLHUP: the terminal was closed, or a pipe's writer ended). */
static inline int ps_stdin_hung_up(void) {
    struct pollfd p = { .fd = 0, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) <= 0) return 0;
    return (p.revents & POLLHUP) != 0;
}

/* Mouse reporting: button-1 presses and the wheel, reported at once (no click timing). */
static inline int ps_mouse_on(void) {
    mouseinterval(0);
    return mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL) != 0;
}

/* The pending mouse event: kind 1 press, 2 wheel up, 3 wheel down, 0 anything else. */
static inline int ps_get_mouse(int *kind, int *x, int *y) {
    MEVENT e;
    if (getmouse(&e) != OK) return ERR;
    *x = e.x;
    *y = e.y;
    *kind = (e.bstate & BUTTON1_PRESSED) ? 1 : (e.bstate & BUTTON4_PRESSED) ? 2 : (e.bstate & BUTTON5_PRESSED) ? 3 : 0;
    return OK;
}

static inline void ps_setlocale(void) { setlocale(LC_ALL, ""); }
#endif
