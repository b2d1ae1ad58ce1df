package org.filmlens.index;

import java.util.List;

public record SearchResults(String query, long total, long tookMicros, List<SearchHit> hits) {}
