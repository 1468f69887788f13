package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.search.SearchRunner;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;


/** {@code /V1/products}: search, get, create-or-update, update, delete. */
public final class ProductEndpoints {

    static final String NOT_FOUND = "The product that was requested doesn't exist. Verify the product and try again.";

    private final ProductCatalog catalog;
    private final SearchRunner search;

    public ProductEndpoints(ProductCatalog catalog, SearchRunner search) {
        this.catalog = catalog;
        this.search = search;
    }

    public SandboxResponse search(CallContext call) {
        int storeId = call.storeId();
        return search.run(call, catalog.source(), ProductFields.CATALOG,
                (json, product) -> ProductJson.write(json, product.inStore(storeId)));
    }

    /** {@code GET /V1/products/:sku[?storeId=N]}; the SKU is URL-decoded ({@code %2F} is a slash). */
    public SandboxResponse get(CallContext call) {
        int storeId = call.intQueryValue("storeId").orElse(call.storeId());
        Product product = catalog.find(call.param("sku")).orElseThrow(ProductEndpoints::notFound);
        return MagentoJson.ok(json -> ProductJson.write(json, product.inStore(storeId)));
    }

    /** {@code POST /V1/products}: Magento's save, which creates or updates by SKU. */
    public SandboxResponse save(CallContext call) {
        ProductInput input = ProductPayload.parse(call.jsonBody(), null, call.inputLimits());
        return saved(call, input);
    }

    /** {@code PUT /V1/products/:sku}: the same save with the URL's SKU (it creates the product if missing). */
    public SandboxResponse update(CallContext call) {
        ProductInput input = ProductPayload.parse(call.jsonBody(), call.param("sku"), call.inputLimits());
        return saved(call, input);
    }

    public SandboxResponse delete(CallContext call) {
        if (!catalog.delete(call.param("sku"))) {
            throw notFound();
        }
        return MagentoJson.ok(json -> json.writeBoolean(true));
    }

    private SandboxResponse saved(CallContext call, ProductInput input) {
        Product saved = catalog.save(input, call.storeId()).product();
        int storeId = call.storeId();
        return MagentoJson.ok(json -> ProductJson.write(json, saved.inStore(storeId)));
    }

    private static MagentoException notFound() {
        return MagentoException.of(404, NOT_FOUND, null);
    }
}
