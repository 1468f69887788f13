package com.commerceconnectors.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** How commands print {@code --json}: one compact object on one line, so that line-oriented tools can read it. */
public final class JsonOutput {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonOutput() {
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serialises
            throw new IllegalStateException("cannot write JSON output", e);
        }
    }
}
