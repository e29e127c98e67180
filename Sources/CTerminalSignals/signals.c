#include "terminal_signals.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <unistd.h>
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>

/* Set by handlers, which run on whichever thread the signal lands on, and read by the key
 * loop's thread: lock-free atomics (safe in a handler), not `volatile sig_atomic_t`, which only
 * orders a handler against the thread it interrupts (ThreadSanitizer reported the race, and a
 * stop arriving between take_stop's read and its reset was lost). */
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "the signal flags need lock-free atomics");
static atomic_int pending = 0;
static atomic_int stop_requested = 0;

void ps_signals_die(int sig);

static const int deferred[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
static const int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP };

static void restore_and_die(int sig) {
    endwin();
    ps_signals_die(sig);
}

static void on_deferred(int sig) {
    int none = 0;
    if (atomic_compare_exchange_strong(&pending, &none, sig)) return;
    restore_and_die(sig);
}

static void on_stop(int sig) {
    (void)sig;
    atomic_store(&stop_requested, 1);
}

void ps_signals_install(void) {
    atomic_store(&pending, 0);
    atomic_store(&stop_requested, 0);
    for (unsigned i = 0; i < sizeof deferred / sizeof deferred[0]; i++) signal(deferred[i], on_deferred);
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) signal(crashes[i], restore_and_die);
    /* Replaces ncurses' own SIGTSTP handler, which calls endwin() from whichever thread the
     * signal lands on (a loader thread inside malloc, say) and could deadlock. */
    signal(SIGTSTP, on_stop);
}

void ps_signals_reset(void) {
    for (unsigned i = 0; i < sizeof deferred / sizeof deferred[0]; i++) signal(deferred[i], SIG_DFL);
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) signal(crashes[i], SIG_DFL);
    signal(SIGTSTP, SIG_DFL);
}

void ps_signals_claim_stop(void) {
    atomic_store(&stop_requested, 0);
    signal(SIGTSTP, on_stop);
}

int ps_signals_take_stop(void) {
    return atomic_exchange(&stop_requested, 0);
}

void ps_signals_stop(void) {
    signal(SIGTSTP, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    /* raise, not kill(getpid()): a signal sent to the process may be taken by another thread
     * after the handler is back, and then it would only be recorded again. */
    raise(SIGTSTP); /* stops here until SIGCONT */
    signal(SIGTSTP, on_stop);
}

int ps_signals_pending(void) {
    return atomic_load(&pending);
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
