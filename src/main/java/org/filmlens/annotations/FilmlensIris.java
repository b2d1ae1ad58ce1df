package org.filmlens.annotations;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.filmlens.corpus.Source;

/**
 * The stable IRIs Filmlens gives what it exports: a source's own url when it has a usable one, otherwise
 * {@code urn:filmlens:source:ID}; quotes, scenes and ending questions as {@code urn:filmlens:KIND:ID}.
 */
final class FilmlensIris {
    static final String SOURCE = "urn:filmlens:source:";
    static final String QUOTE = "urn:filmlens:quote:";
    static final String SCENE = "urn:filmlens:scene:";
    static final String QUESTION = "urn:filmlens:question:";
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s\"<>{}|\\\\^`]+$");

    private FilmlensIris() {}

    static String source(Source s) {
        String url = s.url();
        return url != null && ABSOLUTE_IRI.matcher(url.strip()).matches() ? url.strip() : SOURCE + encode(s.id());
    }

    static String source(String sourceId) {
        return SOURCE + encode(sourceId);
    }

    static String ref(String prefix, String id) {
        return prefix + encode(id);
    }

    /** The id after {@code prefix}, when {@code iri} starts with it. */
    static Optional<String> idAfter(String prefix, String iri) {
        if (iri == null || !iri.startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of(URLDecoder.decode(iri.substring(prefix.length()), StandardCharsets.UTF_8));
    }

    static boolean isIri(String text) {
        return text != null && ABSOLUTE_IRI.matcher(text).matches();
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
