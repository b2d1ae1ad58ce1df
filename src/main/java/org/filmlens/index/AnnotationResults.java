package org.filmlens.index;

import java.util.List;

public record AnnotationResults(String query, long total, long tookMicros, List<AnnotationHit> hits) {}
