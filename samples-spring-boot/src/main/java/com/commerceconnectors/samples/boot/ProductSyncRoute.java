package com.commerceconnectors.samples.boot;

import com.commerceconnectors.commercelayer.CommerceLayerConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Every Magento product changed since the last run is upserted into Commerce Layer as a SKU, by its code; the
 * watermark advances only after Commerce Layer took the SKU. Neither endpoint names a connection: each uses the only
 * connection of its connector among the application's beans.
 */
@Component
public class ProductSyncRoute extends RouteBuilder {

    private final SyncSummary summary;

    public ProductSyncRoute(SyncSummary summary) {
        this.summary = summary;
    }

    @Override
    public void configure() {
        from("magento2:products?stateFile={{shop-sync.state-file}}&delay={{shop-sync.delay}}")
                .routeId("magento-products-to-commercelayer-skus")
                .bean(ProductToSku.class, "toSku")
                .to("commercelayer:skus?operation=upsert&keyAttribute=code")
                .process(e -> summary.count(e.getMessage().getHeader(CommerceLayerConstants.WRITE_OUTCOME, String.class)))
                .to("log:shop-sync?groupSize=10");
    }
}
