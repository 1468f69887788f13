package com.commerceconnectors.samples;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The Java DSL twin of {@code routes/oro-product-export.camel.yaml}: Oro products changed since the last run, every
 * 10 seconds (quartz cron), appended to an NDJSON file, one JSON:API resource object per line.
 * <pre>
 * java -jar samples/target/connectors.jar run --sandbox --max-seconds 25 com.commerceconnectors.samples.OroProductExport
 * </pre>
 */
public class OroProductExport extends RouteBuilder {

    @Override
    public void configure() {
        from("oro:products?connection=#oro&pageSize=100"
                + "&stateFile={{exportDir:target/exports}}/oro-products.state"
                + "&scheduler=quartz&scheduler.cron={{exportCron:0/10+*+*+*+*+?}}")
                .routeId("oro-product-export")
                .marshal().json(JsonLibrary.Jackson)
                .to("file:{{exportDir:target/exports}}?fileName=oro-products.ndjson&fileExist=Append&appendChars=\\n")
                .to("log:oro-export?groupSize=500");
    }
}
