package org.filmlens.quotes;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filmlens.corpus.text.LabelForms;

/**
 * The speakers as quotes pages label them. A label whose first word (after a title: {@code PersonTitles}) is
 * itself a label names the same person ("Theodore Twombly" is "Theodore", "Detective Ruiz" is "Ruiz"), as does a
 * titled full name its first name ("Dr. Helen Marsh" is Helen) and an initial the one full name it stands for
 * ("Danny P." is "Danny Pruitt"). The canonical name is the shortest form the labels use, shown as
 * {@link LabelForms} shows it ("FRANK" is "Frank").
 */
public final class SpeakerNames {
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    private final Map<String, String> canonicalByLabel = new HashMap<>();
    private final Map<String, Set<String>> labelsByName = new HashMap<>();

    public SpeakerNames(Collection<String> labels) {
        List<String> tidied = labels.stream().map(SpeakerNames::tidy).toList();
        LabelForms forms = new LabelForms(tidied);
        Set<String> distinct = new LinkedHashSet<>();
        for (String l : tidied) {
            distinct.add(forms.shown(l));
        }
        Map<String, String> byLower = new HashMap<>();
        distinct.stream().sorted(Comparator.comparingInt(String::length))
                .forEach(l -> byLower.putIfAbsent(l.toLowerCase(Locale.ROOT), l));
        for (String label : distinct) {
            String as = LabelForms.speaksAs(label, w -> byLower.containsKey(w.toLowerCase(Locale.ROOT)));
            canonicalByLabel.put(label.toLowerCase(Locale.ROOT),
                    byLower.getOrDefault(as.toLowerCase(Locale.ROOT), as));
        }
        for (String label : distinct) {
            String full = LabelForms.fullNameOfInitial(label, distinct);
            if (full != null) { // "Danny P." is the "Danny Pruitt" another page labels
                canonicalByLabel.put(label.toLowerCase(Locale.ROOT),
                        canonicalByLabel.get(full.toLowerCase(Locale.ROOT)));
            }
        }
        for (String label : distinct) {
            labelsByName.computeIfAbsent(canonical(label), k -> new LinkedHashSet<>()).add(label);
        }
    }

    /** The canonical name for a label as written, or null for a label never seen. */
    public String canonical(String label) {
        return label == null ? null : canonicalByLabel.get(tidy(label).toLowerCase(Locale.ROOT));
    }

    /** Every canonical name. */
    public Set<String> names() {
        return labelsByName.keySet();
    }

    /** The forms a name is labelled with, the canonical one included. */
    public List<String> labelsOf(String name) {
        return List.copyOf(labelsByName.getOrDefault(name, Set.of()));
    }

    private static String tidy(String label) {
        return BLANKS.matcher(label.strip()).replaceAll(" ");
    }
}
