#include "terminal_signals.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>

static volatile sig_atomic_t pending = 0;

void ps_signals_die(int sig);

static const int deferred[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
static const int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };

static void restore_and_die(int sig) {
    endwin();
    ps_signals_die(sig);
}

static void on_deferred(int sig) {
    if (pending == 0) {
        pending = sig;
        return;
    }
    restore_and_die(sig);
}

void ps_signals_install(void) {
    pending = 0;
    for (unsigned i = 0; i < sizeof deferred / sizeof deferred[0]; i++) signal(deferred[i], on_deferred);
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) signal(crashes[i], restore_and_die);
}

void ps_signals_reset(void) {
    for (unsigned i = 0; i < sizeof deferred / sizeof deferred[0]; i++) signal(deferred[i], SIG_DFL);
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) signal(crashes[i], SIG_DFL);
}

int ps_signals_pending(void) {
    return pending;
}

void ps_signals_die(int sig) {
    signal(sig, SIG_DFL);
    /* The key loop's thread may have inherited a mask that blocks the signal (dispatch worker
     * threads block most signals), so unblock it here before raising it. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    kill(getpid(), sig);
    _exit(128 + sig);
}
