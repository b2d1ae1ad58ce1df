package org.filmlens.ingest;

/** A test that one line, seen with the dump's statistics, is site debris rather than content. */
interface LineRule {
    /** A short name, used in reports and tests. */
    String name();

    boolean isDebris(Line line, DumpStats stats);
}
