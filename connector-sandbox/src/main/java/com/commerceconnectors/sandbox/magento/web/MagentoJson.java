package com.commerceconnectors.sandbox.magento.web;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * JSON as Magento writes it: PHP's {@code json_encode} escapes {@code /} as {@code \/} and every non-ASCII character
 * as {@code \}{@code uXXXX}; numbers without trailing zeros (PHP floats).
 */
public final class MagentoJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private MagentoJson() {
    }

    /** Writes one JSON document. */
    @FunctionalInterface
    public interface Document {
        void write(JsonGenerator json) throws IOException;
    }

    public static SandboxResponse response(int status, Document document) {
        return SandboxResponse.json(status, out -> write(out, document));
    }

    public static SandboxResponse ok(Document document) {
        return response(200, document);
    }

    public static void write(OutputStream out, Document document) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setCharacterEscapes(PhpEscapes.INSTANCE);
        json.setCodec(MAPPER);
        document.write(json);
        json.flush();
    }

    public static void decimal(JsonGenerator json, String field, BigDecimal value) throws IOException {
        json.writeFieldName(field);
        decimal(json, value);
    }

    public static void decimal(JsonGenerator json, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNull();
            return;
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        json.writeNumber(stripped.toPlainString());
    }

    public static void time(JsonGenerator json, String field, LocalDateTime value) throws IOException {
        if (value != null) {
            json.writeStringField(field, MagentoTime.format(value));
        }
    }

    public static void stringIfPresent(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    /** A raw JSON fragment kept as text (nested documents the sandbox stores as they were written). */
    public static void raw(JsonGenerator json, String field, String rawJson) throws IOException {
        json.writeFieldName(field);
        json.writeTree(MAPPER.readTree(rawJson));
    }

    private static final class PhpEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        static final PhpEscapes INSTANCE = new PhpEscapes();
        private static final SerializedString SLASH = new SerializedString("\\/");
        private final int[] escapes;

        private PhpEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['/'] = CharacterEscapes.ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '/' ? SLASH : null;
        }
    }
}
