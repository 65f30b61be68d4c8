// Temporary output files removed when SIGINT, SIGTERM or SIGHUP interrupts the write: a record of each file
// in static memory, and a handler that only calls async-signal-safe functions (unlink, signal, raise).
//
// Records change only inside a section counted by `busy`; a signal arriving then (on any thread) is left in
// `pending` and handled by the thread that ends the last section, so the handler never reads a record while
// it is half written, nor misses a file that mkstemp has made but that is not recorded yet. All of it is
// lock-free atomics: no system call on the write path.

#include "bk_temporary.h"
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SLOTS 16

static char paths[SLOTS][PATH_MAX];
static atomic_int used[SLOTS];      // 1: the slot's path names a file to remove on a signal
static atomic_int claimed[SLOTS];   // 1: the slot belongs to a write in progress
static atomic_int busy;             // sections changing records, on all threads
static atomic_int pending;          // a signal that arrived during a section
static atomic_int dying;            // a signal is being handled: no new section starts

static void remove_all(void) {
    for (int i = 0; i < SLOTS; i++) {
        if (atomic_load(&used[i])) unlink(paths[i]);
    }
}

static void die(int sig) {
    remove_all();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void enter(void) {
    atomic_fetch_add(&busy, 1);
    // A signal came and is waiting for the sections under way: this one does not start but ends the process
    // (the handler, seeing `busy`, left it to us).
    if (atomic_load(&dying)) die(atomic_load(&pending));
}

static void leave(void) {
    int saved = errno;
    if (atomic_fetch_sub(&busy, 1) == 1) {
        int sig = atomic_load(&pending);
        if (sig) die(sig);
    }
    errno = saved;
}

static void handler(int sig) {
    int saved = errno;
    atomic_store(&pending, sig);
    atomic_store(&dying, 1);
    if (atomic_load(&busy) == 0) die(sig);
    errno = saved;
}

int bk_temporary_create(char *template_path, int *slot) {
    *slot = -1;
    size_t length = strlen(template_path);
    enter();
    int fd = mkstemp(template_path);
    if (fd >= 0 && length < PATH_MAX) {
        for (int i = 0; i < SLOTS; i++) {
            int expected = 0;
            if (atomic_compare_exchange_strong(&claimed[i], &expected, 1)) {
                memcpy(paths[i], template_path, length + 1);
                atomic_store(&used[i], 1);
                *slot = i;
                break;
            }
        }
    }
    int saved = errno;
    leave();
    errno = saved;
    return fd;
}

int bk_temporary_commit(int slot, const char *template_path, const char *to) {
    if (slot < 0) return rename(template_path, to);
    enter();
    int result = rename(paths[slot], to);
    int saved = errno;
    if (result == 0) {
        atomic_store(&used[slot], 0);
        atomic_store(&claimed[slot], 0);
    }
    leave();
    errno = saved;
    return result;
}

void bk_temporary_discard(int slot, const char *template_path) {
    if (slot < 0) {
        unlink(template_path);
        return;
    }
    enter();
    unlink(paths[slot]);
    atomic_store(&used[slot], 0);
    atomic_store(&claimed[slot], 0);
    leave();
}

int bk_temporary_remove_on_signals(void) {
    static const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    int result = 0;
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction old;
        if (sigaction(signals[i], 0, &old) != 0) { result = -1; continue; }
        if (old.sa_handler == SIG_IGN) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = handler;
        sigfillset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (sigaction(signals[i], &action, 0) != 0) result = -1;
    }
    return result;
}

void bk_temporary_raise(int sig) {
    if (sig > 0) raise(sig);
}
