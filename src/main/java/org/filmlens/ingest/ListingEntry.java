package org.filmlens.ingest;

/**
 * One result of a search-results listing that a scraper appended to a dump ("3. Title - Site" and an indented
 * snippet): the real title and site of a page, and a piece of its text to recognise it by.
 */
record ListingEntry(String title, String site, String author, String snippet) {

    /** Parses "Title - Site", "Title | by Author | Site" and "Title | by Author - Site". */
    static ListingEntry parse(String heading, String snippet) {
        String title = heading.trim();
        String site = null;
        String author = null;
        int dash = title.lastIndexOf(" - ");
        if (dash > 0) {
            site = title.substring(dash + 3).trim();
            title = title.substring(0, dash).trim();
        }
        int tag = title.indexOf(" - ");
        if (tag > 0 && tag <= 20 && title.substring(0, tag).chars().allMatch(Character::isLowerCase)
                && tag + 3 < title.length() && Character.isUpperCase(title.charAt(tag + 3))) {
            title = title.substring(tag + 3); // "ending - What does ...": a forum's tag before the title
        }
        if (title.contains(" | ")) {
            String[] parts = title.split(" \\| ");
            title = parts[0].trim();
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.toLowerCase().startsWith("by ")) {
                    author = p.substring(3).trim();
                } else if (site == null && i == parts.length - 1) {
                    site = p;
                }
            }
        }
        return new ListingEntry(title, emptyToNull(site), emptyToNull(author), snippet);
    }

    /** The listing cut the title short ("Script To Screen: “Her”. Samantha tells ..."). */
    boolean truncated() {
        return title.endsWith("...") || title.endsWith("\u2026");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
