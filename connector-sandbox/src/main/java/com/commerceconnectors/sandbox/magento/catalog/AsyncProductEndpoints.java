package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.bulk.AsyncResponses;
import com.commerceconnectors.sandbox.magento.bulk.BulkQueue;
import com.commerceconnectors.sandbox.magento.bulk.BulkSnapshot;
import com.commerceconnectors.sandbox.magento.bulk.BulkTopic;
import com.commerceconnectors.sandbox.magento.bulk.QueuedEntity;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.commerceconnectors.sandbox.magento.web.RequestBodies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The asynchronous product save routes of Magento_WebapiAsync: {@code POST /async/bulk/V1/products} and
 * {@code PUT /async/bulk/V1/products/bySku} take an array of the synchronous bodies, {@code POST /async/V1/products}
 * and {@code PUT /async/V1/products/:sku} one. Every entity goes through input validation first (a type error or a
 * missing {@code product} refuses the whole request and queues nothing); the accepted entities become one bulk
 * whose operations the emulated consumer applies later with the synchronous save's semantics, in the store the
 * URL names. Non-object entities of a bulk body are skipped, as Magento skips them.
 */
public final class AsyncProductEndpoints {

    static final BulkTopic SAVE_POST = new BulkTopic("async.magento.catalog.api.productrepositoryinterface.save.post",
            "Magento\\Catalog\\Model\\ProductRepository\\Interceptor::save");
    static final BulkTopic SAVE_PUT = new BulkTopic("async.magento.catalog.api.productrepositoryinterface.save.put",
            "Magento\\Catalog\\Model\\ProductRepository\\Interceptor::save");

    private final ProductCatalog catalog;
    private final BulkQueue queue;

    public AsyncProductEndpoints(ProductCatalog catalog, BulkQueue queue) {
        this.catalog = catalog;
        this.queue = queue;
    }

    /** {@code POST /async/bulk/V1/products}: {@code [{"product": {…}}, …]}. */
    public SandboxResponse bulkSave(CallContext call) {
        return schedule(call, SAVE_POST, bulkEntities(call), false);
    }

    /** {@code PUT /async/bulk/V1/products/bySku}: {@code [{"sku": "…", "product": {…}}, …]}. */
    public SandboxResponse bulkSaveBySku(CallContext call) {
        return schedule(call, SAVE_PUT, bulkEntities(call), true);
    }

    /** {@code POST /async/V1/products}: one {@code {"product": {…}}}. */
    public SandboxResponse asyncSave(CallContext call) {
        return schedule(call, SAVE_POST, List.of(RequestBodies.json(call.request())), false);
    }

    /** {@code PUT /async/V1/products/:sku}: one {@code {"product": {…}}} for the URL's SKU. */
    public SandboxResponse asyncSaveBySku(CallContext call) {
        ObjectNode body = RequestBodies.json(call.request()).deepCopy();
        body.put("sku", call.param("sku"));
        return schedule(call, SAVE_PUT, List.of(body), true);
    }

    private SandboxResponse schedule(CallContext call, BulkTopic topic, List<ObjectNode> entities, boolean skuParam) {
        int storeId = call.storeId();
        List<QueuedEntity> accepted = new ArrayList<>(entities.size());
        for (int key = 0; key < entities.size(); key++) {
            ObjectNode entity = entities.get(key);
            if (entity == null) {
                continue;
            }
            ProductInput input = ProductPayload.parse(entity, skuParam ? skuOf(entity) : null, call.inputLimits());
            accepted.add(new QueuedEntity(key, entity.toString(), storeId, () -> save(input, storeId)));
        }
        BulkSnapshot bulk = queue.schedule(call.caller(), topic, accepted);
        return AsyncResponses.accepted(bulk, accepted);
    }

    /** What the consumer runs: the synchronous save; its output is the saved product. */
    private String save(ProductInput input, int storeId) {
        Product saved = catalog.save(input, storeId).product();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MagentoJson.write(out, json -> ProductJson.write(json, saved.inStore(storeId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The entities of a bulk body by their key (index): an array's elements or an object's values. Scalars are
     * skipped ({@code null} in the list); a nested array has no named parameters, so it reads as an empty object.
     */
    private static List<ObjectNode> bulkEntities(CallContext call) {
        JsonNode body = RequestBodies.jsonValue(call.request());
        List<ObjectNode> entities = new ArrayList<>();
        Iterator<JsonNode> values = body.elements();
        while (values.hasNext()) {
            JsonNode value = values.next();
            if (value instanceof ObjectNode object) {
                entities.add(object);
            } else if (value.isArray()) {
                entities.add(JsonNodeFactory.instance.objectNode());
            } else {
                entities.add(null);
            }
        }
        return entities;
    }

    private static String skuOf(ObjectNode entity) {
        JsonNode sku = entity.get("sku");
        return sku == null || sku.isNull() || sku.isContainerNode() ? null : sku.asText();
    }
}
