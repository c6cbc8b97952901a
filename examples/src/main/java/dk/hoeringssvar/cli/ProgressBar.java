package dk.hoeringssvar.cli;

import dk.hoeringssvar.RenderProgress;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/** A one-line progress bar on stderr, redrawn in place; only on a terminal, never into a log or a pipe. */
final class ProgressBar implements RenderProgress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String what;
    private int shown = -1;

    private ProgressBar(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    /** A bar when {@code forced}, or when stderr is a terminal and {@code forced} is null; else nothing. */
    static RenderProgress on(PrintWriter err, String what, Boolean forced) {
        boolean show = forced != null ? forced : isTerminal();
        return show ? new ProgressBar(err, what) : RenderProgress.NONE;
    }

    @Override
    public void statementsDone(int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        if (filled == shown && done != total) {
            return;
        }
        shown = filled;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + what);
        if (done == total) {
            err.println();
        }
        err.flush();
    }

    /** Java 22+ always has a Console; {@code isTerminal()} says whether it is one. Java 21: a console is one. */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
