package org.filmlens.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmlens.corpus.PassageKind;

/**
 * One input file read, decoded, split into pages and cleaned, with the warnings it raised. Only the pages and the
 * kinds of their passages are kept: every file waits here until ids are assigned in file order, and the file's
 * raw lines and statistics would otherwise stay in memory for all files at once.
 *
 * @param kinds the passage kinds of each page's body lines, page by page
 */
record ParsedFile(Path file, List<Page> pages, List<List<PassageKind>> kinds, List<String> warnings) {
    static ParsedFile of(Path file, DumpReader.Parsed parsed, List<String> warnings) {
        List<List<PassageKind>> kinds = new ArrayList<>(parsed.pages().size());
        for (Page page : parsed.pages()) {
            kinds.add(PassageBuilder.kinds(page, parsed.stats()));
        }
        return new ParsedFile(file, parsed.pages(), kinds, warnings);
    }
}
