package org.filmlens.corpus.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a name or a tag typed by the user is compared with the film's: case, accents and the apostrophe's shape
 * aside, so "soren" finds Søren, "ELODIE" Élodie and "lampe-eclairee" the tag "lampe-éclairée", as search does.
 */
public final class NameKeys {
    private NameKeys() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (c) { // letters no decomposition takes apart
                case 'ø', 'Ø' -> out.append('o');
                case 'æ', 'Æ' -> out.append("ae");
                case 'œ', 'Œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                case 'ł', 'Ł' -> out.append('l');
                case 'đ', 'Đ' -> out.append('d');
                case '’', '‘' -> out.append('\'');
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && of(a).equals(of(b));
    }
}
