package com.commerceconnectors.samples;

import org.apache.camel.builder.RouteBuilder;

import java.util.Objects;

/**
 * Keeps Commerce Layer's SKUs in step with Magento's products: every product changed since the last run is mapped by
 * {@link MagentoProductToSku} and upserted by its code, so a product synced twice is updated, never duplicated. The
 * watermark advances only after Commerce Layer accepted the SKU; a failure stops the run, and the next one starts at
 * the product that failed. Properties: {@code shippingCategoryId}, the Commerce Layer shipping category of SKUs
 * that ship; {@code magentoWeightUnit}, {@code kgs} (default) or {@code lbs}.
 * <pre>
 * java -jar samples/target/connectors.jar run --sandbox --max-seconds 40 com.commerceconnectors.samples.MagentoToCommerceLayerSkuSync
 * </pre>
 */
public class MagentoToCommerceLayerSkuSync extends RouteBuilder {

    /** Every 10 seconds, with a watermark file under {@code exportDir}. */
    public static final String SCHEDULED = "stateFile={{exportDir:target/exports}}/sku-sync.state"
            + "&scheduler=quartz&scheduler.cron={{syncCron:0/10+*+*+*+*+?}}";

    private final String consumerOptions;

    public MagentoToCommerceLayerSkuSync() {
        this(SCHEDULED);
    }

    /** @param consumerOptions how the magento2 consumer is scheduled and where it keeps its watermark */
    public MagentoToCommerceLayerSkuSync(String consumerOptions) {
        this.consumerOptions = Objects.requireNonNull(consumerOptions, "consumerOptions");
    }

    @Override
    public void configure() {
        String shippingCategory = getContext().getPropertiesComponent().resolveProperty("shippingCategoryId").orElse(null);
        String weightUnit = getContext().getPropertiesComponent().resolveProperty("magentoWeightUnit").orElse("kgs");
        MagentoProductToSku mapping = new MagentoProductToSku(shippingCategory, weightUnit);
        from("magento2:products?connection=#magento&pageSize=100&" + consumerOptions)
                .routeId("magento2-to-commercelayer-skus")
                .bean(mapping, "toSku")
                .to("commercelayer:skus?operation=upsert&keyAttribute=code&connection=#commercelayer")
                .to("log:sku-sync?groupSize=100");
    }
}
