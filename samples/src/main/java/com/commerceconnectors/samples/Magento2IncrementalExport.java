package com.commerceconnectors.samples;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The Java DSL twin of {@code routes/magento2-incremental-export.camel.yaml}: Magento products changed since the last
 * run, every 10 seconds (quartz cron), appended to an NDJSON file; the watermark survives restarts.
 * <pre>
 * java -jar samples/target/connectors.jar run --sandbox --max-seconds 25 com.commerceconnectors.samples.Magento2IncrementalExport
 * </pre>
 */
public class Magento2IncrementalExport extends RouteBuilder {

    @Override
    public void configure() {
        from("magento2:products?connection=#magento&pageSize=100"
                + "&stateFile={{exportDir:target/exports}}/magento-products.state"
                + "&scheduler=quartz&scheduler.cron={{exportCron:0/10+*+*+*+*+?}}")
                .routeId("magento2-incremental-export")
                .marshal().json(JsonLibrary.Jackson)
                .to("file:{{exportDir:target/exports}}?fileName=magento-products.ndjson&fileExist=Append&appendChars=\\n")
                .to("log:magento2-export?groupSize=500");
    }
}
