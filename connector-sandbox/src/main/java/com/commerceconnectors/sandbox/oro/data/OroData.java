package com.commerceconnectors.sandbox.oro.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** The stores of every resource type of the schema. */
public final class OroData {

    private final OroSchema schema;
    private final Map<String, ResourceStore> stores = new LinkedHashMap<>();

    public OroData(OroSchema schema) {
        this.schema = schema;
        schema.types().values().forEach(type -> stores.put(type.name(), new ResourceStore(type)));
    }

    public OroSchema schema() {
        return schema;
    }

    /** @throws NoSuchElementException for a type the schema does not declare */
    public ResourceStore store(String type) {
        ResourceStore store = stores.get(type);
        if (store == null) {
            throw new NoSuchElementException("the Oro sandbox has no resource type '" + type + "'");
        }
        return store;
    }

    public boolean exists(String type, long id) {
        ResourceStore store = stores.get(type);
        return store != null && store.find(id).isPresent();
    }
}
