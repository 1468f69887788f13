package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.document.Pointers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the document's values for the checks that run after the schema, tolerating any shape. */
final class Fields {

    private final JsonNode document;

    Fields(JsonNode document) {
        this.document = document;
    }

    Optional<String> text(String pointer) {
        JsonNode value = Pointers.at(document, pointer);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    OptionalLong integer(String pointer) {
        JsonNode value = Pointers.at(document, pointer);
        return value.isIntegralNumber() ? OptionalLong.of(value.asLong()) : OptionalLong.empty();
    }

    boolean has(String pointer) {
        return !Pointers.at(document, pointer).isMissingNode();
    }

    boolean is(String pointer, String expected) {
        return text(pointer).map(expected::equals).orElse(false);
    }

    String connector() {
        return text("/connector").orElse("");
    }

    String authType() {
        return text("/auth/type").orElse("");
    }
}
