package com.commerceconnectors.magento2.bulk;

import com.commerceconnectors.core.error.ApiException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Magento's "Input List Limit" ({@code webapi/validation/complex_array_limit}, 20 unless set) as a bulk request meets
 * it: with the web API input limits on, {@code EntityArrayValidator} refuses an entity's list of data objects (a
 * product's {@code tier_prices}, {@code product_links}, {@code media_gallery_entries}, {@code options}, its
 * {@code category_links}…) longer than the limit with 400 "Maximum items of type "%type" is %max" — for the whole
 * request, nothing of it queued. Bulk routes keep the synchronous limit for their entities' lists; the bulk's own
 * array of entities is not limited.
 */
final class EntityArrayLimit {

    private static final Pattern REFUSAL = Pattern.compile("Maximum items of type \"([^\"]*)\" is (\\d{1,9})\\b");

    /** What Magento's refusal said: the item type it counted and the limit. */
    record Refusal(String itemType, int maximum) {
    }

    private EntityArrayLimit() {
    }

    /** The limit, when the failure is Magento refusing an entity's list as too long. */
    static Optional<Refusal> refusal(ApiException e) {
        if (e.status() != 400) {
            return Optional.empty();
        }
        Matcher m = REFUSAL.matcher(e.platformMessage().orElse(""));
        if (!m.find()) {
            return Optional.empty();
        }
        int max = Integer.parseInt(m.group(2));
        return max < 1 ? Optional.empty() : Optional.of(new Refusal(m.group(1), max));
    }

    /**
     * The first list of objects in the record longer than {@code max}, as "tier_prices has 21 items"; empty when
     * there is none. Lists of plain values ({@code website_ids}) are not entity arrays and are not counted.
     */
    static Optional<String> tooLong(JsonNode record, int max) {
        return tooLong(record, "", max);
    }

    private static Optional<String> tooLong(JsonNode node, String path, int max) {
        if (node.isArray()) {
            boolean objects = node.size() > 0 && node.get(0).isObject();
            if (objects && node.size() > max) {
                return Optional.of(path + " has " + node.size() + " items");
            }
            for (int i = 0; i < node.size(); i++) {
                Optional<String> inner = tooLong(node.get(i), path + "[" + i + "]", max);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Optional<String> inner = tooLong(field.getValue(), path.isEmpty() ? field.getKey()
                        : path + "." + field.getKey(), max);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /** Why a record was not sent, and what to do. */
    static String message(String tooLong, Refusal refusal) {
        return "Not sent: Magento's web API input limits take at most " + refusal.maximum() + " items per list of an"
                + " entity, and this record's " + tooLong + " (Magento said: Maximum items of type \""
                + refusal.itemType() + "\" is " + refusal.maximum() + "). Save the list in parts of at most "
                + refusal.maximum() + ", or raise Stores > Configuration > Services > Web API Input Limits > Input List"
                + " Limit";
    }
}
