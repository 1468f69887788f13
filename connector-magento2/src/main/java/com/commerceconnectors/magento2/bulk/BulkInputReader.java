package com.commerceconnectors.magento2.bulk;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.write.RecordInput;
import com.commerceconnectors.magento2.write.RecordInputReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the records of a bulk import from an exchange body: a {@code List} (or any {@code Iterable}, an array, an
 * {@code Iterator}) of records, a JSON array as text or bytes, or a Jackson array. Each record is read as the single
 * writes read it — bare or wrapped ({@code {"product": {…}}}) — and a record that cannot be one fails the whole
 * exchange before anything is sent, naming its index. Messages never quote the records.
 */
public final class BulkInputReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPERATION = "bulk";

    private BulkInputReader() {
    }

    public static List<RecordInput> read(Object body, MagentoResource resource) {
        List<Object> elements = elements(body, resource);
        List<RecordInput> records = new ArrayList<>(elements.size());
        for (int index = 0; index < elements.size(); index++) {
            Object element = elements.get(index);
            if (element == null || element instanceof JsonNode node && node.isNull()) {
                throw invalid("Record #" + index + " of the bulk is empty (null)",
                        "Remove it, or send a " + resource.noun() + " in its place");
            }
            if (element instanceof CharSequence || element instanceof byte[]) {
                element = textRecord(element, index, resource);
            }
            try {
                records.add(RecordInputReader.read(element, resource, null, OPERATION));
            } catch (ApiException e) {
                throw e.toBuilder()
                        .summary("Record #" + index + " of the bulk cannot be sent: " + e.summary())
                        .build();
            }
        }
        return records;
    }

    /** A record given as JSON text; text that is not JSON is named as such, never quoted. */
    private static JsonNode textRecord(Object element, int index, MagentoResource resource) {
        byte[] bytes = element instanceof byte[] b ? b : element.toString().getBytes(StandardCharsets.UTF_8);
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node != null && !node.isMissingNode()) {
                return node;
            }
        } catch (IOException e) {
            // reported below
        }
        throw invalid("Record #" + index + " of the bulk is text that is not a JSON record",
                "Send each " + resource.noun() + " as a map, a JSON object or a Java object");
    }

    private static List<Object> elements(Object body, MagentoResource resource) {
        if (body == null) {
            throw invalid("bulk needs a list of " + resource.name() + ", and the body is empty",
                    "Send a List of records (maps, JSON objects or Java objects) or a JSON array");
        }
        if (body instanceof Iterable<?> iterable) {
            List<Object> list = new ArrayList<>();
            iterable.forEach(list::add);
            return list;
        }
        if (body instanceof Iterator<?> iterator) {
            List<Object> list = new ArrayList<>();
            iterator.forEachRemaining(list::add);
            return list;
        }
        if (body instanceof Object[] array) {
            return Arrays.asList(array);
        }
        if (body instanceof Map<?, ?>) {
            throw oneRecord(resource);
        }
        JsonNode tree = tree(body, resource);
        if (tree.isArray()) {
            List<Object> list = new ArrayList<>(tree.size());
            tree.forEach(list::add);
            return list;
        }
        if (tree.isObject()) {
            throw oneRecord(resource);
        }
        throw invalid("bulk needs a list of " + resource.name() + ", and the body is a JSON "
                        + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
                "Send a List of records or a JSON array");
    }

    private static JsonNode tree(Object body, MagentoResource resource) {
        if (body instanceof JsonNode node) {
            return node;
        }
        if (body instanceof CharSequence || body instanceof byte[]) {
            byte[] bytes = body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
            try {
                JsonNode node = JSON.readTree(bytes);
                if (node == null || node.isMissingNode()) {
                    throw invalid("bulk needs a list of " + resource.name() + ", and the body is blank",
                            "Send a JSON array of records");
                }
                return node;
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? ""
                        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
                throw invalid("The body of bulk " + resource.name() + " is not valid JSON" + where,
                        "Send a JSON array of records, or a List");
            } catch (IOException e) {
                throw invalid("The body of bulk " + resource.name() + " could not be read", "Send a JSON array or a List");
            }
        }
        try {
            return JSON.valueToTree(body);
        } catch (IllegalArgumentException e) {
            throw invalid("The body of bulk " + resource.name() + " (a " + body.getClass().getSimpleName()
                    + ") cannot be turned into JSON", "Send a List of records or a JSON array");
        }
    }

    private static ApiException oneRecord(MagentoResource resource) {
        return invalid("bulk needs a list of " + resource.name() + ", and the body is a single record",
                "Put it in a list (aggregate the records first), or use operation=create or upsert for one record");
    }

    private static ApiException invalid(String whatIsWrong, String whatToDo) {
        return ApiException.builder(ErrorCategory.VALIDATION, FailureReason.OTHER)
                .summary(whatIsWrong)
                .advice(whatToDo)
                .build();
    }
}
