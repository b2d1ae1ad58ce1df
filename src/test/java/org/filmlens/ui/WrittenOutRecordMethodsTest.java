package org.filmlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.filmlens.ui.common.Choice;
import org.filmlens.ui.ending.AnswerCell;
import org.filmlens.ui.ending.QuestionRow;
import org.filmlens.ui.sources.SourceGroup;
import org.filmlens.ui.sources.SourceRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records of the window's first frame write out equals and hashCode: a record's generated ones are linked
 * through invokedynamic at their first call, cold method-handle work (35-49 ms for the first record class in a
 * C1-only JVM, 3.5-7 ms for each after it) that fell on the FX thread while the first frame was made
 * (docs/performance.md, ninth session). They keep a record's rule: equal exactly when every component is equal, and
 * equal records hash alike. Checked component by component, null included, so a component added later and
 * forgotten fails here.
 */
class WrittenOutRecordMethodsTest {
    @ParameterizedTest
    @ValueSource(classes = {Choice.class, AnswerCell.class, QuestionRow.class, SourceGroup.class, SourceRow.class})
    void equalExactlyWhenEveryComponentIs(Class<? extends Record> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Constructor<? extends Record> make = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getType(), 0);
        }
        Record one = make.newInstance(values);
        Record same = make.newInstance(values.clone());
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        for (int i = 0; i < components.length; i++) {
            for (int variant = 1; variant <= 2; variant++) {
                Object[] changed = values.clone();
                changed[i] = value(components[i].getType(), variant);
                if (changed[i] == null && components[i].getType().isPrimitive()) {
                    continue;
                }
                Record other = make.newInstance(changed);
                assertNotEquals(one, other, type.getSimpleName() + "." + components[i].getName());
                assertNotEquals(other, one, type.getSimpleName() + "." + components[i].getName());
                assertEquals(other, make.newInstance(changed.clone()));
            }
        }
        assertNotEquals(one, null);
        assertNotEquals(one, "not a record");
    }

    /** Variant 0, 1 and 2 of a component's value: three different values (the third null where one can be). */
    private static Object value(Class<?> type, int variant) {
        if (type == String.class) {
            return variant == 2 ? null : "v" + variant;
        }
        if (type == int.class) {
            return variant == 2 ? null : variant + 1;
        }
        if (type == List.class) {
            return variant == 2 ? null : variant == 0 ? List.of() : List.of("x");
        }
        if (type.isEnum()) {
            return variant == 2 ? null : type.getEnumConstants()[variant];
        }
        throw new AssertionError("no test values for " + type);
    }
}
