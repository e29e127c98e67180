#ifndef POLICYSCOPE_TERMINAL_SIGNALS_H
#define POLICYSCOPE_TERMINAL_SIGNALS_H

/* Restoring the terminal on signals, without racing the thread that draws.
 *
 * SIGINT, SIGTERM, SIGHUP and SIGQUIT are only recorded: the key loop sees them within one read
 * timeout, closes curses itself and dies of the signal. A second one of them, or any crash
 * signal (SEGV, BUS, ILL, FPE, ABRT, TRAP), restores the terminal at once and dies. SIGTSTP
 * (C-z) is recorded too: the key loop closes curses, stops, and takes the screen back on SIGCONT. */

/* Installs the handlers. */
void ps_signals_install(void);
/* Installs the SIGTSTP handler alone. Call it before curses starts: ncurses takes over SIGTSTP
 * only when it finds the default action, and it then ignores SIGTSTP during every doupdate(), so a
 * C-z (or `kill -TSTP`) that arrives while the screen is being drawn would be lost. */
void ps_signals_claim_stop(void);
/* Puts the default handlers back. */
void ps_signals_reset(void);
/* The recorded signal number, or 0. */
int ps_signals_pending(void);
/* 1 once after SIGTSTP arrived (and forgets it), else 0. */
int ps_signals_take_stop(void);
/* Stops the process as SIGTSTP's default action does (call after leaving curses); returns once
 * it is continued (SIGCONT, the shell's `fg`). */
void ps_signals_stop(void);
/* Restores the default action for `sig` and raises it (call after closing curses). */
void ps_signals_die(int sig);

#endif
