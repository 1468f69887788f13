package com.commerceconnectors.sandbox.magento.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The operation's {@code serialized_data} and the request item's {@code data_hash}, as Magento derives them. */
final class MessageEnvelope {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageEnvelope() {
    }

    /** {@code {"entity_id":null,"entity_link":"","meta_information":"…","store_id":N}} as text. */
    static String of(QueuedEntity entity) {
        ObjectNode data = JSON.createObjectNode();
        data.putNull("entity_id");
        data.put("entity_link", "");
        data.put("meta_information", entity.metaInformation());
        data.put("store_id", entity.storeId());
        return data.toString();
    }

    /** SHA-256 of the queued message, in hex. */
    static String dataHash(String metaInformation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(metaInformation.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
