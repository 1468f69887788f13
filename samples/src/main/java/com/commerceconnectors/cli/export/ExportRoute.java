package com.commerceconnectors.cli.export;

import com.commerceconnectors.cli.camel.CamelRuntime;
import com.commerceconnectors.core.camel.ConnectorDescriptor;
import com.commerceconnectors.core.camel.ExportMode;
import org.apache.camel.builder.RouteBuilder;

/**
 * The export route: the connector's consumer, configured for one run, writing each record to the file.
 * <pre>
 * magento2:products?connection=#conn&amp;stateRepository=#exportState&amp;since=…&amp;pageSize=…&amp;splitRecords=true
 *     &amp;initialDelay=0&amp;repeatCount=1&amp;greedy=false&amp;pollStrategy=#exportRun&amp;exceptionHandler=#exportRun
 *   → RecordFile
 * </pre>
 * A fresh in-memory state repository keeps a one-shot export away from any watermark file. There is no error
 * handler: a failed exchange goes back to the consumer, which stops the run and tells {@link SingleRun}. Without a
 * since, on a connector that can export in full ({@code exportMode=full}, paging by id alone), the export takes every
 * record that way: it works on every resource, including those without a sortable last-change time (Oro's users).
 */
final class ExportRoute extends RouteBuilder {

    static final String STATE_BEAN = "exportState";
    static final String RUN_BEAN = "exportRun";
    static final String ROUTE_ID = "export";

    /** Far beyond any run: {@code repeatCount=1} already stops the scheduler after the first poll. */
    private static final long NEXT_POLL_DELAY_MS = 24L * 60 * 60 * 1000;

    private final String uri;
    private final RecordFile file;

    ExportRoute(String scheme, ExportRequest request, RecordFile file) {
        this.uri = uri(scheme, request);
        this.file = file;
    }

    static String uri(String scheme, ExportRequest request) {
        StringBuilder uri = new StringBuilder(scheme).append(':').append(request.resource())
                .append("?connection=#").append(CamelRuntime.CONNECTION_BEAN)
                .append("&stateRepository=#").append(STATE_BEAN)
                .append("&splitRecords=true")
                .append("&pageSize=").append(request.pageSize());
        if (request.since() != null) {
            // Instant.toString is ISO-8601 in UTC: no '+' that a URI query would read as a space
            uri.append("&since=").append(request.since());
        } else if (ConnectorDescriptor.forScheme(scheme).map(ConnectorDescriptor::exportsInFull).orElse(false)) {
            uri.append('&').append(ExportMode.OPTION).append('=').append(ExportMode.full);
        }
        return uri.append("&initialDelay=0&repeatCount=1&greedy=false&delay=").append(NEXT_POLL_DELAY_MS)
                .append("&pollStrategy=#").append(RUN_BEAN)
                .append("&exceptionHandler=#").append(RUN_BEAN)
                .toString();
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(uri).routeId(ROUTE_ID).process(file);
    }
}
