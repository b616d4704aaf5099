/* wcwidth() is only declared for X/Open; glibc needs a feature macro before any include. */
#define _GNU_SOURCE 1
#include "CNCurses.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t session_claimed = 0;
static volatile sig_atomic_t session_active = 0;
static volatile sig_atomic_t saved_stderr = -1;
static volatile sig_atomic_t in_handler = 0;
static int handlers_installed = 0;
static struct sigaction old_actions[NSIG];

int cnc_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return (cup != NULL && cup != (char *)-1 && cup[0] != '\0') ? 1 : 0;
}

static int codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

int cnc_setup_utf8_locale(void) {
    setlocale(LC_ALL, "");
    if (codeset_is_utf8()) return 1;
    static const char *fallbacks[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8" };
    for (unsigned i = 0; i < sizeof fallbacks / sizeof fallbacks[0]; i++) {
        if (setlocale(LC_CTYPE, fallbacks[i]) != NULL && codeset_is_utf8()) return 1;
    }
    return 0;
}

int cnc_claim_session(void) {
    if (session_claimed) return 0;
    session_claimed = 1;
    return 1;
}

void cnc_set_session_active(int active) { session_active = active ? 1 : 0; }

void cnc_release_session(void) {
    session_active = 0;
    session_claimed = 0;
}

int cnc_redirect_stderr(const char *path) {
    if (saved_stderr >= 0) return 0;
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) return errno;
    int saved = dup(STDERR_FILENO);
    if (saved < 0) {
        int e = errno;
        close(fd);
        return e;
    }
    (void)fcntl(saved, F_SETFD, FD_CLOEXEC);
    if (dup2(fd, STDERR_FILENO) < 0) {
        int e = errno;
        close(fd);
        close(saved);
        return e;
    }
    close(fd);
    saved_stderr = saved;
    return 0;
}

/* Async-signal-safe (dup2/close only). */
void cnc_restore_stderr(void) {
    int saved = saved_stderr;
    if (saved < 0) return;
    saved_stderr = -1;
    (void)dup2(saved, STDERR_FILENO);
    (void)close(saved);
}

int cnc_input_closed(void) {
    if (!isatty(STDIN_FILENO)) return 1;
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return errno == EINTR ? 0 : 1;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) ? 1 : 0;
}

/* endwin() is not async-signal-safe; acceptable for a process that is about to die, and far
 * better than leaving the user in the alternate screen with echo off. */
static void restore_terminal(void) {
    if (session_active) {
        session_active = 0;
        if (!isendwin()) endwin();
    }
    cnc_restore_stderr();
}

static void crash_handler(int sig) {
    if (!in_handler) {
        in_handler = 1;
        int was_active = session_active;
        restore_terminal();
        if (was_active) {
            static const char msg[] = "\n[casus] terminal restored after a fatal signal\n";
            (void)!write(STDERR_FILENO, msg, sizeof msg - 1);
        }
    }
    /* Back to Swift's backtracer (or SIG_DFL). Synchronous faults re-execute the faulting
     * instruction on return and reach it with full siginfo; SIGABRT is raised again. */
    sigaction(sig, &old_actions[sig], NULL);
    if (sig == SIGABRT) raise(sig);
}

static void terminate_handler(int sig) {
    restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void atexit_endwin(void) { restore_terminal(); }

void cnc_install_handlers(void) {
    if (handlers_installed) return; /* never save our own handler as the "previous" one */
    handlers_installed = 1;
    const int crash[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof crash / sizeof crash[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = crash_handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_NODEFER;
        sigaction(crash[i], &sa, &old_actions[crash[i]]);
    }
    const int term[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT };
    for (unsigned i = 0; i < sizeof term / sizeof term[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = terminate_handler;
        sigemptyset(&sa.sa_mask);
        sigaction(term[i], &sa, &old_actions[term[i]]);
        /* A signal the parent chose to ignore (nohup, background jobs) stays ignored. */
        if (old_actions[term[i]].sa_handler == SIG_IGN) sigaction(term[i], &old_actions[term[i]], NULL);
    }
    atexit(atexit_endwin);
}

int cnc_wcwidth(wchar_t c) { return wcwidth(c); }
