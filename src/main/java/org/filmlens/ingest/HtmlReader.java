package org.filmlens.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page with jsoup: the charset from a byte-order mark or a meta tag (else UTF-8, falling back to
 * windows-1252), the main text (article or main element when there is one) as lines, headings and paragraphs as
 * lines and list items as bullets, and the page's title, site, author and address from its metadata.
 */
final class HtmlReader {
    /** The elements whose text makes lines of their own. */
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote",
            "figcaption", "pre", "dt", "dd", "td", "th", "div");
    static final String CHROME = "script,style,noscript,template,svg,iframe,form,nav,header,footer,aside,button,"
            + "select,input";
    static final int HEAD_SNIFF = 4096;
    /** A block is a link when its links hold this share of its text or more. */
    static final double MIN_LINK_SHARE = 0.9;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** A page read from HTML: its lines (list items marked as in a text dump) and its metadata. */
    record HtmlPage(List<String> lines, Set<Integer> headings, String title, String site, String author, String url,
                    String warning) { }

    /**
     * The text of a page's blocks as lines, and which of the lines are the text of a section's heading ({@code <h2>}
     * to {@code <h6>}; an {@code <h1>} is the page's title): positions in the lines.
     */
    record Blocks(List<String> lines, Set<Integer> headings) { }

    private HtmlReader() {
    }

    static HtmlPage read(String name, byte[] bytes) throws IngestException {
        String warning;
        String html;
        Charset declared = declaredCharset(bytes);
        TextDecoder.Decoded d = declared != null && !hasBom(bytes) ? TextDecoder.decodeDeclared(name, bytes, declared)
                : TextDecoder.decode(name, bytes);
        html = d.text();
        warning = d.warning();
        Document doc = Jsoup.parse(html);
        String title = meta(doc, "meta[property=og:title]", "content");
        if (title == null && !doc.title().isBlank()) {
            title = doc.title().trim();
        }
        String site = meta(doc, "meta[property=og:site_name]", "content");
        String author = meta(doc, "meta[name=author]", "content");
        String url = meta(doc, "link[rel=canonical]", "href");
        if (url == null) {
            url = meta(doc, "meta[property=og:url]", "content");
        }
        doc.select(CHROME).remove();
        Element root = doc.selectFirst("article, main, [role=main]");
        boolean article = root != null && !root.text().isBlank();
        if (!article) {
            root = doc.body();
        }
        Blocks blocks = root == null ? new Blocks(List.of(), Set.of()) : blocks(root);
        List<String> lines = blocks.lines();
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }
        if (lines.isEmpty() && (root == null || root.text().isBlank())) {
            throw new IngestException(name + ": the HTML page has no text");
        }
        // the headings of the page's article are its sections' (a sidebar's headlines are outside it)
        return new HtmlPage(lines, article ? blocks.headings() : Set.of(), stripSite(title, site), site, author, url,
                warning);
    }

    /** Innermost block elements in document order; list items become bullets like those of a text dump. */
    static List<String> lines(Element root) {
        return blocks(root).lines();
    }

    /** {@link #lines}, and which of them are headings. */
    static Blocks blocks(Element root) {
        List<String> out = new ArrayList<>();
        Set<Integer> headings = new HashSet<>();
        for (Element el : innermostBlocks(root)) {
            if (HEADINGS.contains(el.normalName()) && !el.normalName().equals("h1")) { // h1: the page's title
                int from = out.size();
                out.addAll(textLines(el));
                for (int i = from; i < out.size(); i++) {
                    headings.add(i);
                }
                continue;
            }
            if (el.tagName().equals("pre")) { // a script's pages are often preformatted text
                out.addAll(ScreenplayBlocks.joinRaw(DumpReader.splitLines(el.wholeText())));
                continue;
            }
            boolean link = isLinkBlock(el);
            boolean item = link || el.tagName().equals("li");
            for (String text : textLines(el)) {
                if (link && !Shapes.endsSentence(text)) {
                    continue; // a menu's item or another story's headline; a linked quote ends like a sentence
                }
                out.add(item ? "  \u2022 " + text : text);
            }
        }
        if (out.isEmpty()) {
            out.addAll(DumpReader.splitLines(root.wholeText()));
        }
        return new Blocks(out, headings);
    }

    /**
     * A block whose text is all, or nearly all, the text of its links: an item of a menu, of a list of other stories
     * or of quotes each linked to its own page, however the site lays them out (a page of {@code <div>}s has no
     * {@code <nav>} or {@code <aside>} to say so). Left out unless it ends like a sentence (a linked quote), which is
     * read as a list item. A heading is none: a page's own title is often a link to itself.
     */
    static boolean isLinkBlock(Element block) {
        if (HEADINGS.contains(block.normalName())) {
            return false;
        }
        int text = letters(block.text()); // letters and digits: "Movies | TV" is all links
        if (text == 0) {
            return false;
        }
        int linked = 0;
        for (Element a : block.getElementsByTag("a")) {
            linked += letters(a.text());
        }
        return linked >= MIN_LINK_SHARE * text;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isLetterOrDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /**
     * A block's text, white space collapsed, a line per stretch between line breaks: a quotes page often gives an
     * exchange as one paragraph with a {@code <br>} after each speaker's line.
     */
    static List<String> textLines(Element block) {
        if (block.getElementsByTag("br").isEmpty()) {
            String text = block.text().trim();
            return text.isEmpty() ? List.of() : List.of(text);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                line.append(t.getWholeText());
            } else if (node instanceof Element e && e.normalName().equals("br")) {
                addCollapsed(line, lines);
            }
        }, block);
        addCollapsed(line, lines);
        return lines;
    }

    /** Adds the line, white space collapsed as a dump's lines are, unless blank (no-break spaces too); empties it. */
    private static void addCollapsed(StringBuilder line, List<String> lines) {
        String text = Line.collapse(line.toString());
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }

    /**
     * The block elements holding no other block, in document order, found in one walk of the tree: each element
     * learns from its children, as the walk leaves it, whether a block lies below. (Selecting the blocks below each
     * block instead read every subtree again: a page of thousands of nested divs took tens of seconds.) Innermost
     * blocks never hold one another, so the order in which the walk leaves them is their document order.
     */
    static List<Element> innermostBlocks(Element root) {
        List<Element> out = new ArrayList<>();
        Deque<Boolean> blockBelow = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    blockBelow.push(false);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                boolean below = blockBelow.pop();
                boolean block = BLOCKS.contains(el.normalName());
                if (block && !below) {
                    out.add(el);
                }
                if ((block || below) && !blockBelow.isEmpty()) {
                    blockBelow.pop(); // the parent's: a block lies below it
                    blockBelow.push(true);
                }
            }
        }, root);
        return out;
    }

    private static String meta(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.attr(attr).trim();
        return v.isEmpty() ? null : v;
    }

    /** "Title - Site" or "Title | Site" becomes "Title" when the site is known. */
    static String stripSite(String title, String site) {
        if (title == null || site == null) {
            return title;
        }
        for (String sep : new String[] {" - ", " | ", " \u2013 ", " \u2014 "}) {
            if (title.endsWith(sep + site)) {
                return title.substring(0, title.length() - sep.length() - site.length()).trim();
            }
        }
        return title;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xEF || (b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFE);
    }

    /** The charset a meta tag in the first bytes declares, when Java knows it. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_SNIFF), StandardCharsets.ISO_8859_1);
        Document d = Jsoup.parse(head);
        String cs = null;
        Element m = d.selectFirst("meta[charset]");
        if (m != null) {
            cs = m.attr("charset");
        } else {
            Element h = d.selectFirst("meta[http-equiv~=(?i)content-type]");
            if (h != null) {
                String c = h.attr("content").toLowerCase(Locale.ROOT);
                int at = c.indexOf("charset=");
                if (at >= 0) {
                    cs = c.substring(at + 8).trim();
                }
            }
        }
        if (cs == null || cs.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(cs.trim().replace("\"", ""));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
