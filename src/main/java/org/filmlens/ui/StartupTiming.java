package org.filmlens.ui;

import java.lang.management.ManagementFactory;

/**
 * Prints how long after the JVM started the window reached each startup milestone, on stderr, when run with
 * {@code -Dfilmlens.startupTiming=true} (how the 1 s startup budget is measured).
 */
final class StartupTiming {
    static final String PROPERTY = "filmlens.startupTiming";
    private static boolean workspaceShown;

    private StartupTiming() {}

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    static void mark(String milestone) {
        if (enabled()) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("filmlens startup: " + milestone + " at " + since + " ms after JVM start");
        }
    }

    /** The first time a workspace with sources is on screen. */
    static void markWorkspaceShownOnce() {
        if (!workspaceShown) {
            workspaceShown = true;
            mark("workspace shown");
        }
    }
}
