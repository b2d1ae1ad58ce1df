package org.filmlens.annotations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Java reading of the W3C annotation-model MUST assertions that the kit in ../shared/w3c-annotation evaluates
 * (annotationMusts, the body/target checks, and the selector checks), so that the rules are checked even where
 * python3 is missing. Returns one message per broken rule.
 */
final class W3cMustRules {
    private static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Ajv 4's "fast" uri format, as the W3C harness uses it. */
    private static final Pattern URI = Pattern.compile("^(?:[a-z][a-z0-9+\\-.]*)?(?::|/)/?[^\\s]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-[01]\\d-[0-3]\\d[tT\\s][0-2]\\d:[0-5]\\d:"
            + "[0-5]\\d(?:\\.\\d+)?(?:[zZ]|[+-]\\d\\d:\\d\\d)$");
    private static final Set<String> SELECTORS = Set.of("FragmentSelector", "CssSelector", "XPathSelector",
            "TextQuoteSelector", "TextPositionSelector", "DataPositionSelector", "SvgSelector", "RangeSelector");

    private W3cMustRules() {}

    static List<String> check(JsonNode a) {
        List<String> errors = new ArrayList<>();
        if (!a.isObject()) {
            return List.of("annotation is not an object");
        }
        JsonNode ctx = a.path("@context");
        if (!(ctx.isTextual() && ctx.asText().equals(CONTEXT)) && !(ctx.isArray() && contains(ctx, CONTEXT))) {
            errors.add("3.1 @context must be or contain " + CONTEXT);
        }
        if (!isUri(a.path("id"))) {
            errors.add("3.1 id must be a single uri");
        }
        JsonNode type = a.path("type");
        if (!(type.isTextual() && type.asText().equals("Annotation")) && !(type.isArray() && contains(type,
                "Annotation"))) {
            errors.add("3.1 type must be or contain Annotation");
        }
        if (!a.has("target")) {
            errors.add("3.1 target is required");
        } else {
            for (JsonNode t : list(a.get("target"))) {
                resource(t, "target", errors);
            }
        }
        if (a.has("body") && a.has("bodyValue")) {
            errors.add("3.2.5 body and bodyValue must not both be present");
        }
        if (a.has("bodyValue") && !a.get("bodyValue").isTextual()) {
            errors.add("3.2.5 bodyValue must be a single string");
        }
        if (a.has("body")) {
            for (JsonNode b : list(a.get("body"))) {
                resource(b, "body", errors);
            }
        }
        for (String key : List.of("created", "modified", "generated")) {
            if (a.has(key) && !(a.get(key).isTextual() && DATE_TIME.matcher(a.get(key).asText()).matches())) {
                errors.add("3.3.1 " + key + " must be a single date-time");
            }
        }
        for (String key : List.of("rights", "via")) {
            if (a.has(key) && !list(a.get(key)).stream().allMatch(W3cMustRules::isUri)) {
                errors.add("3.3 " + key + " values must all be uris");
            }
        }
        if (a.has("canonical") && !isUri(a.get("canonical"))) {
            errors.add("3.3.7 canonical must be a single uri");
        }
        return errors;
    }

    private static void resource(JsonNode r, String role, List<String> errors) {
        if (r.isTextual()) {
            if (!isUri(r)) {
                errors.add("3.2 " + role + " string must be a uri");
            }
            return;
        }
        if (!r.isObject()) {
            errors.add("3.2 " + role + " must be a uri or an object");
            return;
        }
        boolean textual = r.path("type").asText("").equals("TextualBody") || r.has("value");
        if (textual) {
            if (role.equals("target") && r.path("type").asText("").equals("TextualBody")) {
                errors.add("3.2.4 a target must not be a TextualBody");
            }
            if (!r.path("value").isTextual()) {
                errors.add("3.2.4 a TextualBody needs a single string value");
            }
            if (r.has("source")) {
                errors.add("4 an embedded textual body must not have a source");
            }
        } else if (r.has("source")) {
            if (!isUri(r.get("source")) && !isUri(r.get("source").path("id"))) {
                errors.add("4 a SpecificResource source must be a uri");
            }
            if (r.has("value")) {
                errors.add("4 a SpecificResource must not have a value");
            }
            if (r.has("selector")) {
                for (JsonNode s : list(r.get("selector"))) {
                    selector(s, errors);
                }
            }
        } else if (!r.has("items") && !isUri(r.path("id"))) {
            errors.add("3.2 an external " + role + " needs an id that is a uri");
        }
    }

    private static void selector(JsonNode s, List<String> errors) {
        if (s.isTextual()) {
            if (!isUri(s)) {
                errors.add("4.2 a selector string must be a uri");
            }
            return;
        }
        String type = s.path("type").asText("");
        if (!SELECTORS.contains(type)) {
            errors.add("4.2 selector type '" + type + "' is not a model selector class");
            return;
        }
        switch (type) {
            case "TextQuoteSelector" -> {
                if (!s.path("exact").isTextual()) {
                    errors.add("4.2.4 TextQuoteSelector needs exact");
                }
            }
            case "TextPositionSelector", "DataPositionSelector" -> {
                for (String key : List.of("start", "end")) {
                    if (!s.path(key).canConvertToInt() || !s.path(key).isIntegralNumber() || s.get(key).asInt() < 0) {
                        errors.add("4.2.5 " + type + " needs " + key + " as a non-negative integer");
                    }
                }
            }
            case "RangeSelector" -> {
                if (!s.has("startSelector") || !s.has("endSelector")) {
                    errors.add("4.2.9 RangeSelector needs startSelector and endSelector");
                }
            }
            case "SvgSelector" -> {
                if (!s.has("value") && !s.has("id")) {
                    errors.add("4.2.7 SvgSelector needs value or id");
                }
            }
            default -> {
                if (!s.path("value").isTextual()) {
                    errors.add("4.2 " + type + " needs a single string value");
                }
            }
        }
    }

    private static boolean isUri(JsonNode n) {
        return n != null && n.isTextual() && URI.matcher(n.asText()).matches();
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.isTextual() && n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(out::add);
        } else {
            out.add(n);
        }
        return out;
    }
}
