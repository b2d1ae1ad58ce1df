package org.filmlens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;

/** The only writer to stdout: JSON documents or human text. */
final class Output {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final PrintWriter OUT = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
            true);

    private Output() {}

    static void json(Object value) {
        try {
            OUT.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON output", e);
        }
        OUT.flush();
    }

    static void line(String text) {
        OUT.println(text);
    }

    /** Text exactly as given (an export), no line end added. */
    static void text(String text) {
        OUT.print(text);
        OUT.flush();
    }

    static void flush() {
        OUT.flush();
    }
}
