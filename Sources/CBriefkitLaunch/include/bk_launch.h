// Fontconfig set-up started before `main` (see launch.c).
#ifndef BK_LAUNCH_H
#define BK_LAUNCH_H

/// 1 when the program's start launched fontconfig's set-up on a thread of its own.
int bk_launch_fontconfig_started(void);

/// Waits for that set-up to finish (at once when none was started); safe to call more than once.
void bk_launch_wait_fontconfig(void);

#endif
