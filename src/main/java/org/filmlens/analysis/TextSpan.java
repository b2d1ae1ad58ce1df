package org.filmlens.analysis;

/** A stretch of a text, from {@code start} (inclusive) to {@code end} (exclusive). */
record TextSpan(int start, int end) {}
