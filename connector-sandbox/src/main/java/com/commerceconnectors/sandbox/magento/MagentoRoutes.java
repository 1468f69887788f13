package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.auth.TokenEndpoints;
import com.commerceconnectors.sandbox.magento.bulk.BulkStatusEndpoints;
import com.commerceconnectors.sandbox.magento.catalog.AsyncProductEndpoints;
import com.commerceconnectors.sandbox.magento.catalog.CategoryEndpoints;
import com.commerceconnectors.sandbox.magento.catalog.ProductEndpoints;
import com.commerceconnectors.sandbox.magento.customer.CustomerEndpoints;
import com.commerceconnectors.sandbox.magento.sales.OrderEndpoints;
import com.commerceconnectors.sandbox.magento.store.ModuleEndpoints;
import com.commerceconnectors.sandbox.magento.store.StoreEndpoints;
import com.commerceconnectors.sandbox.magento.web.Route;
import com.commerceconnectors.sandbox.magento.web.RouteTable;

/**
 * The emulated part of Magento's {@code webapi.xml}: URL templates, HTTP methods and ACL resources. Asynchronous
 * routes ({@code /async/V1/…}, {@code /async/bulk/V1/…}) need the resources of their synchronous routes; bulk routes
 * name path parameters with {@code by} ({@code /products/:sku} → {@code /products/bySku}); GET has none.
 */
final class MagentoRoutes {

    private MagentoRoutes() {
    }

    static RouteTable build(TokenEndpoints tokens, StoreEndpoints stores, ModuleEndpoints modules,
                            ProductEndpoints products, AsyncProductEndpoints asyncProducts,
                            CategoryEndpoints categories, CustomerEndpoints customers, OrderEndpoints orders,
                            BulkStatusEndpoints bulkStatus) {
        return new RouteTable()
                .add(Route.of("POST", "/V1/integration/admin/token", Route.ANONYMOUS, tokens::adminToken))
                .add(Route.of("POST", "/V1/integration/customer/token", Route.ANONYMOUS, tokens::customerToken))
                .add(Route.of("GET", "/V1/store/storeViews", "Magento_Backend::store", stores::storeViews))
                .add(Route.of("GET", "/V1/store/storeConfigs", "Magento_Backend::store", stores::storeConfigs))
                .add(Route.of("GET", "/V1/store/websites", "Magento_Backend::store", stores::websites))
                .add(Route.of("GET", "/V1/modules", "Magento_Backend::admin", modules::modules))
                .add(Route.of("GET", "/V1/products", "Magento_Catalog::products", products::search))
                .add(Route.of("GET", "/V1/products/:sku", "Magento_Catalog::products", products::get))
                .add(Route.of("POST", "/V1/products", "Magento_Catalog::products", products::save))
                .add(Route.of("PUT", "/V1/products/:sku", "Magento_Catalog::products", products::update))
                .add(Route.of("DELETE", "/V1/products/:sku", "Magento_Catalog::products", products::delete))
                .add(Route.of("POST", "/async/V1/products", "Magento_Catalog::products", asyncProducts::asyncSave))
                .add(Route.of("PUT", "/async/V1/products/:sku", "Magento_Catalog::products",
                        asyncProducts::asyncSaveBySku))
                .add(Route.of("POST", "/async/bulk/V1/products", "Magento_Catalog::products", asyncProducts::bulkSave))
                .add(Route.of("PUT", "/async/bulk/V1/products/bySku", "Magento_Catalog::products",
                        asyncProducts::bulkSaveBySku))
                .add(Route.of("GET", "/V1/bulk/:bulkUuid/status", BulkStatusEndpoints.RESOURCE, bulkStatus::status))
                .add(Route.of("GET", "/V1/bulk/:bulkUuid/detailed-status", BulkStatusEndpoints.RESOURCE,
                        bulkStatus::detailedStatus))
                .add(Route.of("GET", "/V1/bulk/:bulkUuid/operation-status/:status", BulkStatusEndpoints.RESOURCE,
                        bulkStatus::operationStatus))
                .add(Route.of("GET", "/V1/categories", "Magento_Catalog::categories", categories::tree))
                .add(Route.of("GET", "/V1/categories/list", "Magento_Catalog::categories", categories::list))
                .add(Route.of("GET", "/V1/categories/:categoryId", "Magento_Catalog::categories", categories::get))
                .add(Route.of("GET", "/V1/customers/search", "Magento_Customer::customer", customers::search))
                .add(Route.of("GET", "/V1/customers/me", Route.SELF, customers::me))
                .add(Route.of("PUT", "/V1/customers/me", Route.SELF, customers::replaceMe))
                .add(Route.of("GET", "/V1/customers/:customerId", "Magento_Customer::customer", customers::get))
                .add(Route.of("POST", "/V1/customers", Route.ANONYMOUS, customers::create))
                .add(Route.of("PUT", "/V1/customers/:customerId", "Magento_Customer::manage", customers::replace))
                .add(Route.of("DELETE", "/V1/customers/:customerId", "Magento_Customer::delete", customers::delete))
                .add(Route.of("GET", "/V1/orders", "Magento_Sales::actions_view", orders::search))
                .add(Route.of("GET", "/V1/orders/:id", "Magento_Sales::actions_view", orders::get))
                .add(Route.of("POST", "/V1/orders", "Magento_Sales::actions_edit", orders::save));
    }
}
