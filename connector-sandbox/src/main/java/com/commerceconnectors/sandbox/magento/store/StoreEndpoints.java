package com.commerceconnectors.sandbox.magento.store;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /V1/store/storeViews}, {@code /V1/store/storeConfigs} and {@code /V1/store/websites}: cheap authenticated
 * reads, the kind a connection test uses.
 */
public final class StoreEndpoints {

    private final StoreRegistry stores;
    private final Supplier<URI> baseUri;

    public StoreEndpoints(StoreRegistry stores, Supplier<URI> baseUri) {
        this.stores = stores;
        this.baseUri = baseUri;
    }

    public SandboxResponse storeViews(CallContext call) {
        List<StoreView> all = stores.all();
        return MagentoJson.ok(json -> {
            json.writeStartArray();
            for (StoreView store : all) {
                json.writeStartObject();
                json.writeNumberField("id", store.id());
                json.writeStringField("code", store.code());
                json.writeStringField("name", store.name());
                json.writeNumberField("website_id", store.websiteId());
                json.writeNumberField("store_group_id", store.groupId());
                json.writeNumberField("is_active", store.active() ? 1 : 0);
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** Every store view but admin, or those named by {@code storeCodes[]}. */
    public SandboxResponse storeConfigs(CallContext call) {
        List<String> wanted = requestedCodes(call.query().get("storeCodes"));
        List<StoreView> selected = new ArrayList<>();
        for (StoreView store : stores.all()) {
            if (!store.isAdmin() && (wanted.isEmpty() || wanted.contains(store.code()))) {
                selected.add(store);
            }
        }
        String base = baseUri.get() + "/";
        return MagentoJson.ok(json -> {
            json.writeStartArray();
            for (StoreView store : selected) {
                writeConfig(json, store, base);
            }
            json.writeEndArray();
        });
    }

    public SandboxResponse websites(CallContext call) {
        return MagentoJson.ok(json -> {
            json.writeStartArray();
            website(json, 0, "admin", "Admin", 0);
            website(json, 1, "base", "Main Website", 1);
            json.writeEndArray();
        });
    }

    private static void writeConfig(JsonGenerator json, StoreView store, String base) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", store.id());
        json.writeStringField("code", store.code());
        json.writeNumberField("website_id", store.websiteId());
        json.writeStringField("locale", "en_US");
        json.writeStringField("base_currency_code", "USD");
        json.writeStringField("default_display_currency_code", "USD");
        json.writeStringField("timezone", "UTC");
        json.writeStringField("weight_unit", "lbs");
        json.writeStringField("base_url", base);
        json.writeStringField("base_link_url", base);
        json.writeStringField("base_static_url", base + "static/version1/frontend/Magento/luma/en_US/");
        json.writeStringField("base_media_url", base + "media/");
        json.writeStringField("secure_base_url", base);
        json.writeStringField("secure_base_link_url", base);
        json.writeStringField("secure_base_static_url", base + "static/version1/frontend/Magento/luma/en_US/");
        json.writeStringField("secure_base_media_url", base + "media/");
        json.writeEndObject();
    }

    private static void website(JsonGenerator json, int id, String code, String name, int group) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", id);
        json.writeStringField("code", code);
        json.writeStringField("name", name);
        json.writeNumberField("default_group_id", group);
        json.writeEndObject();
    }

    private static List<String> requestedCodes(Object parameter) {
        List<String> codes = new ArrayList<>();
        if (parameter instanceof String && !((String) parameter).isEmpty()) {
            codes.add((String) parameter);
        } else if (parameter instanceof Map) {
            for (Object value : ((Map<?, ?>) parameter).values()) {
                if (value instanceof String) {
                    codes.add((String) value);
                }
            }
        }
        return codes;
    }
}
