package org.filmlens.index;

import java.util.List;

public record QuoteResults(String query, long total, long tookMicros, List<QuoteHit> hits) {}
