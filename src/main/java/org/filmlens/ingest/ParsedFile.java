package org.filmlens.ingest;

import java.nio.file.Path;
import java.util.List;

/** One input file read, decoded, split into pages and cleaned, with the warnings it raised. */
record ParsedFile(Path file, List<CleanPage> pages, List<String> warnings) {}
