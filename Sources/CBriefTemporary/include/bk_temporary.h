// Temporary output files that an interrupting signal (SIGINT, SIGTERM, SIGHUP) removes (see temporary.c).
#ifndef BK_TEMPORARY_H
#define BK_TEMPORARY_H

/// mkstemp(template), recording the file it creates so that the signal clean-up removes it. Returns the
/// descriptor, or -1 with errno set. `*slot` receives the record's number for the calls below (-1 when
/// every record is in use: the file is then made but not recorded).
int bk_temporary_create(char *template_path, int *slot);

/// rename(the recorded file, to), forgetting the record when it succeeds. Returns rename's result; errno is
/// rename's.
int bk_temporary_commit(int slot, const char *template_path, const char *to);

/// Removes the recorded file and forgets it (`template_path` is removed when the slot is -1).
void bk_temporary_discard(int slot, const char *template_path);

/// Installs handlers for SIGINT, SIGTERM and SIGHUP (not over a signal that is ignored, as under nohup)
/// that remove the recorded files and then die of the same signal. For programs, at start-up: a library
/// should not install signal handlers on its own. Returns 0, or -1 when a handler could not be installed.
int bk_temporary_remove_on_signals(void);

/// Test hook: raises `signal` as if it arrived while a temporary file is open (0 does nothing).
void bk_temporary_raise(int signal);

#endif
