/* C shim over ncursesw for Swift 6.
 *
 * Why a shim: SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on
 * here; Swift 6 strict concurrency rejects ncurses' mutable globals (stdscr, COLS, ...), so they
 * are read through functions; function-like and expression macros (KEY_F, A_BOLD, COLOR_PAIR as
 * attr_t) do not import, so they are wrapped. Code that needs storage (signal handlers, the
 * saved stderr) lives in shim.c. See docs in research/swift-ncurses-notes.md. */
#ifndef CNCURSES_H
#define CNCURSES_H

/* Wide-character API (get_wch, mvaddwstr, cchar_t): must be defined BEFORE curses.h. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <ncursesw/curses.h> /* Debian: same file as <curses.h>; Fedora/Arch: only here */

/* ---- Mutable globals as functions (Swift 6: "not concurrency-safe") ---- */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
/* Ctrl-L: forget the physical screen so the next refresh repaints every cell. */
static inline int cnc_invalidate(void) { return clearok(curscr, TRUE); }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }

/* ---- Macros the importer drops ---- */
static inline attr_t cnc_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline int cnc_key_f(int n) { return KEY_F(n); }
static inline int cnc_attrset(attr_t a) { return wattrset(stdscr, (int)a); }
static inline int cnc_keypad_stdscr(bool on) { return keypad(stdscr, on); }

static const attr_t CNC_A_NORMAL = A_NORMAL;
static const attr_t CNC_A_BOLD = A_BOLD;
static const attr_t CNC_A_DIM = A_DIM;
static const attr_t CNC_A_REVERSE = A_REVERSE;
static const attr_t CNC_A_UNDERLINE = A_UNDERLINE;

/* ---- Start-up ---- */
/* newterm() returns NULL on an unknown TERM; initscr() would print and exit(1). */
static inline SCREEN *cnc_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }

/* 1 when the terminal can position the cursor (terminfo "cup"), else 0 (e.g. TERM=dumb). */
int cnc_has_cursor_addressing(void);

/* Makes LC_CTYPE UTF-8: setlocale(LC_ALL, "") first, then C.UTF-8 / C.utf8 as a fallback.
 * Returns 1 when the character set is UTF-8 afterwards, 0 otherwise. */
int cnc_setup_utf8_locale(void);

/* Claims the single ncurses session of this process: 1 on success, 0 if one is open. */
int cnc_claim_session(void);
/* Marks the session open (handlers restore the terminal) or closed (they leave it alone). */
void cnc_set_session_active(int active);
void cnc_release_session(void);

/* ---- Cleanup on crash, signal and exit (once per process; idempotent) ----
 * SIGILL/SIGTRAP/SIGSEGV/SIGBUS/SIGABRT/SIGFPE: endwin, restore stderr, chain to the previous
 * handler (Swift's backtracer). SIGTERM/SIGHUP/SIGINT/SIGQUIT: endwin, restore stderr, then die
 * of the same signal with the default action. atexit: endwin. */
void cnc_install_handlers(void);

/* ---- stderr while curses owns the screen ----
 * Redirects fd 2 to `path` (appending, created 0600). Returns 0, or errno on failure. */
int cnc_redirect_stderr(const char *path);
/* Puts the original fd 2 back (no-op when not redirected). */
void cnc_restore_stderr(void);

/* wcwidth() of the C library (what ncurses advances by); -1 for non-printing characters. */
int cnc_wcwidth(wchar_t c);

/* 1 when fd 0 is no longer a terminal or poll() reports hang-up/error on it, else 0. */
int cnc_input_closed(void);

#endif
