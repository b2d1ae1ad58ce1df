package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A page's lines: the text of its innermost blocks, in document order. */
class HtmlReaderTest {
    private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,dt,dd,td,th,div";
    private static final String[] TAGS = {"div", "p", "li", "span", "b", "section", "td", "blockquote", "pre", "h2",
        "em", "article", "ul", "table"};

    @Test
    void linesAreTheInnermostBlocksInDocumentOrder() {
        Element body = Jsoup.parse("<div><h2>Act one</h2><div><p>She <b>leaves</b>.</p><ul><li>A line</li></ul>"
                + "</div><section>Loose <span>text</span></section><div>Last</div></div>").body();
        assertEquals(List.of("Act one", "She leaves.", "  \u2022 A line", "Last"), HtmlReader.lines(body));
    }

    /** An exchange given as one paragraph, a line break after each speaker's line, is a line per speaker. */
    @Test
    void lineBreaksInsideABlockCutItsLines() {
        Element body = Jsoup.parse("<p><b>Mara:</b> The lamp is lit.<br><b>Elias:</b>  Then go\n now.<br/>&nbsp;<br>"
                + "</p><ul><li>One<br>Two</li></ul><p>No break, <i>one</i> line.</p>").body();
        assertEquals(List.of("Mara: The lamp is lit.", "Elias: Then go now.", "  \u2022 One", "  \u2022 Two",
                "No break, one line."), HtmlReader.lines(body));
    }

    /**
     * A block that is all links is a menu's item or another story's headline, however the site lays it out; a linked
     * sentence (a quote linked to its own page) is kept, as a list item.
     */
    @Test
    void blocksOfLinksAreLeftOutButLinkedSentences() {
        Element body = Jsoup.parse("<div><a href='/'>Home</a></div><div class='nav'><a>Movies</a> | <a>TV</a></div>"
                + "<h1><a href='/her'>The Salt Lantern, reviewed</a></h1>"
                + "<p>Mara leaves the rock, as <a href='/q'>the keeper</a> watches from the gallery.</p>"
                + "<ul><li><a>Ten films about fog</a></li><li>Jo Keel as <a>Mara</a></li></ul>"
                + "<div class='quote'><a href='/quote/7'>The light doesn't care who's lonely.</a></div>").body();
        assertEquals(List.of("The Salt Lantern, reviewed", "Mara leaves the rock, as the keeper watches from the gallery.",
                "  \u2022 Jo Keel as Mara", "  \u2022 The light doesn't care who's lonely."), HtmlReader.lines(body));
    }

    /** Random trees of blocks and inline elements: the blocks that hold no block, as selecting below each finds. */
    @Test
    void innermostBlocksAreThoseHoldingNoBlockOnRandomPages() {
        Random rnd = new Random(5);
        for (int round = 0; round < 2000; round++) {
            StringBuilder html = new StringBuilder("<html><body>");
            tree(rnd, html, 0);
            html.append("</body></html>");
            Element body = Jsoup.parse(html.toString()).body();
            assertEquals(bySelecting(body), HtmlReader.innermostBlocks(body), html.toString());
        }
    }

    /** A page of thousands of nested blocks, the innermost holding the text, reads as its one line. */
    @Test
    void deeplyNestedBlocksGiveTheirInnermostText() {
        String html = "<div>".repeat(20_000) + "<p>At the bottom.</p>" + "</div>".repeat(20_000);
        assertEquals(List.of("At the bottom."), HtmlReader.lines(Jsoup.parse(html).body()));
    }

    private static void tree(Random rnd, StringBuilder html, int depth) {
        for (int i = rnd.nextInt(depth > 4 ? 2 : 4); i >= 0; i--) {
            if (rnd.nextInt(3) == 0 || depth > 6) {
                html.append(rnd.nextBoolean() ? "word " : "Words here. ");
                continue;
            }
            String tag = TAGS[rnd.nextInt(TAGS.length)];
            html.append('<').append(tag).append('>');
            tree(rnd, html, depth + 1);
            html.append("</").append(tag).append('>');
        }
    }

    /** The rule as selectors say it: each block whose children hold no block, in document order. */
    private static List<Element> bySelecting(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element el : root.select(BLOCKS)) {
            if (el.children().select(BLOCKS).isEmpty()) {
                out.add(el);
            }
        }
        return out;
    }

    /**
     * An article's own headings are its sections, whatever words they use: after an ad slot, or in words the rest of
     * the page hardly uses ("The Stranger's True Identity"), they are kept; a newsletter box's heading is not. The
     * page is an invented thriller's explainer, laid out as such sites lay theirs out.
     */
    @Test
    void anArticlesHeadingsAreKept() throws Exception {
        java.nio.file.Path page = java.nio.file.Path.of("src/test/resources/ingest/invented-thriller-ending.html");
        List<String> headings = new Ingester().ingest(new org.filmlens.corpus.Film("The Drowning Room", 2017, null),
                        List.of(page), org.filmlens.corpus.Progress.NONE).passages().stream()
                .filter(p -> p.kind() == org.filmlens.corpus.PassageKind.HEADING).map(p -> p.text()).toList();
        assertTrue(headings.containsAll(List.of("Did Helen Imagine The Whole Thing?", "The Stranger's True Identity",
                "What Happened To Sophie On The Pier?", "Why Is Kit's Coat Wet?",
                "Was Helen Responsible For Daniel's Death?")), headings.toString());
        assertTrue(headings.stream().noneMatch(h -> h.contains("Never miss")), headings.toString());
    }
}
