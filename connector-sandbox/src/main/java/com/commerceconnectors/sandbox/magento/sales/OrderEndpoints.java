package com.commerceconnectors.sandbox.magento.sales;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.search.SearchRunner;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code /V1/orders}: search, get by entity id, and save ({@code POST}, create or update by entity id). */
public final class OrderEndpoints {

    private static final String NOT_FOUND = "The entity that was requested doesn't exist. Verify the entity and try "
            + "again.";

    private final OrderBook orders;
    private final SearchRunner search;

    public OrderEndpoints(OrderBook orders, SearchRunner search) {
        this.orders = orders;
        this.search = search;
    }

    public SandboxResponse search(CallContext call) {
        return search.run(call, orders.source(), OrderFields.CATALOG, OrderJson::write);
    }

    public SandboxResponse get(CallContext call) {
        long id = call.idParam("id");
        Order order = orders.find(id).orElseThrow(OrderEndpoints::notFound);
        return MagentoJson.ok(json -> OrderJson.write(json, order));
    }

    public SandboxResponse save(CallContext call) {
        JsonNode entity = OrderPayload.entity(call.jsonBody());
        Long id = OrderPayload.entityId(entity);
        Order saved;
        if (id == null) {
            saved = orders.insert(OrderPayload.create(entity, call.now()));
        } else {
            saved = orders.update(id, order -> OrderPayload.apply(order, entity, call.now()))
                    .orElseThrow(OrderEndpoints::notFound);
        }
        return MagentoJson.ok(json -> OrderJson.write(json, saved));
    }

    private static MagentoException notFound() {
        return MagentoException.of(404, NOT_FOUND, null);
    }
}
