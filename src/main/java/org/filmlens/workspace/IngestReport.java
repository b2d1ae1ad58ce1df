package org.filmlens.workspace;

import java.util.List;

/** What an ingest produced, as the CLI prints it; warnings are one line each (e.g. an encoding guess). */
public record IngestReport(int sources, int passages, int quotes, int characters, long tookMillis,
                           List<String> warnings) {}
