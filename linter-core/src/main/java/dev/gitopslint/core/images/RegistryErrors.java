package dev.gitopslint.core.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the distribution API's error body {@code {"errors":[{"code","message"}]}} for messages. */
final class RegistryErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TEXT = 200;

    private RegistryErrors() {
    }

    /** E.g. {@code MANIFEST_UNKNOWN: manifest unknown}; empty when the body has no such errors. */
    static Optional<String> describe(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode errors = JSON.readTree(body).path("errors");
            List<String> parts = new ArrayList<>();
            for (JsonNode error : errors) {
                String code = error.path("code").asString("");
                String message = error.path("message").asString("");
                parts.add(code.isEmpty() ? message : message.isEmpty() ? code : code + ": " + message);
            }
            String text = String.join("; ", parts);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
