package org.filmlens.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Readable, stable source ids: a slug of the site ("screen-rant"), else of the title, else of the file name;
 * a second page with the same slug gets "-2", then "-3", in reading order, so the same input gives the same ids.
 */
final class SourceIds {
    static final int MAX_LENGTH = 40;

    private SourceIds() {
    }

    static String assign(String site, String title, String fallback, Set<String> used) {
        String base = slug(site);
        if (base.isEmpty()) {
            base = slug(title);
        }
        if (base.isEmpty()) {
            base = slug(fallback);
        }
        if (base.isEmpty()) {
            base = "source";
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length() && b.length() < MAX_LENGTH; i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                b.append(c);
                dash = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\'' && c != '\u2019') {
                dash = true;
            }
        }
        return b.toString();
    }
}
