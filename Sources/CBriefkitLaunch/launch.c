// The briefkit command starts fontconfig's set-up (reading its configuration and font caches, about a
// quarter of drawing a timeline) as the process starts, before the Swift runtime's and Foundation's own
// start-up and `main`, on a thread of its own; FontSystem waits for it before the first text is measured.
// Only the command links this: a library should not start threads when it is loaded.
//
// The thread is kept off the CPU the program starts on while the main thread still has work (parsing
// arguments, reading the briefing): left to itself, Linux often puts a new thread beside its parent, and
// the two then take turns instead of running together (measured: a timeline 2.5 ms slower in most
// runs). When the main thread has to wait for it, it may run anywhere again.

#define _GNU_SOURCE
#include "bk_launch.h"
#include <fontconfig/fontconfig.h>
#include <pthread.h>
#include <sched.h>

static pthread_t fontconfig_thread;
static int fontconfig_started;
static pthread_mutex_t waiting = PTHREAD_MUTEX_INITIALIZER;

static void *initialise_fontconfig(void *unused) {
    (void)unused;
    FcInit();
    return 0;
}

__attribute__((constructor(101))) static void start_fontconfig(void) {
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return;
    cpu_set_t others;
    int here = sched_getcpu();
    if (here >= 0 && sched_getaffinity(0, sizeof others, &others) == 0 && CPU_COUNT(&others) > 1) {
        CPU_CLR(here, &others);
        pthread_attr_setaffinity_np(&attributes, sizeof others, &others);
    }
    fontconfig_started = pthread_create(&fontconfig_thread, &attributes, initialise_fontconfig, 0) == 0;
    pthread_attr_destroy(&attributes);
}

int bk_launch_fontconfig_started(void) { return fontconfig_started; }

void bk_launch_wait_fontconfig(void) {
    pthread_mutex_lock(&waiting);
    if (fontconfig_started) {
        cpu_set_t all;
        if (sched_getaffinity(0, sizeof all, &all) == 0) pthread_setaffinity_np(fontconfig_thread, sizeof all, &all);
        pthread_join(fontconfig_thread, 0);
        fontconfig_started = 0;
    }
    pthread_mutex_unlock(&waiting);
}
