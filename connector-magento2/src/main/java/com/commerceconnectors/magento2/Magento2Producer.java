package com.commerceconnectors.magento2;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.http.RawCall;
import com.commerceconnectors.core.json.JsonToJava;
import com.commerceconnectors.core.paging.ListPage;
import com.commerceconnectors.core.paging.PageNumberPager;
import com.commerceconnectors.magento2.api.FilterExpression;
import com.commerceconnectors.magento2.api.MagentoApi;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.api.SearchCriteria;
import com.commerceconnectors.magento2.bulk.BulkErrors;
import com.commerceconnectors.magento2.bulk.BulkImporter;
import com.commerceconnectors.magento2.bulk.BulkInputReader;
import com.commerceconnectors.magento2.bulk.BulkOptions;
import com.commerceconnectors.magento2.bulk.BulkSummary;
import com.commerceconnectors.magento2.support.MagentoFieldErrors;
import com.commerceconnectors.magento2.write.RecordInputReader;
import com.commerceconnectors.magento2.write.RecordWriter;
import com.commerceconnectors.magento2.write.WriteResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;
import org.apache.camel.support.DefaultProducer;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the producer operations; bodies out are plain maps and lists, so Camel's simple language and data formats apply.
 * Writes ({@link Magento2Operation#create}, {@code update}, {@code delete}, {@code upsert}) take the record in the body
 * (bare or wrapped as Magento sends it) and answer with the saved record; see {@link RecordWriter}.
 * {@link Magento2Operation#bulk} takes a list of records and answers with a summary; see {@link BulkImporter}.
 */
public class Magento2Producer extends DefaultProducer {

    static final ObjectMapper JSON = new ObjectMapper();

    public Magento2Producer(Magento2Endpoint endpoint) {
        super(endpoint);
    }

    @Override
    public Magento2Endpoint getEndpoint() {
        return (Magento2Endpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Magento2Configuration config = getEndpoint().getConfiguration();
        if (config.getOperation() == Magento2Operation.bulk) {
            // a route that cannot work says so at start-up, not with its first exchange
            bulkOptions(config);
            BulkImporter.pathFor(getEndpoint().resource());
        }
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        Magento2Configuration config = getEndpoint().getConfiguration();
        Magento2Operation operation = config.getOperation();
        String opHeader = in.getHeader(Magento2Constants.OPERATION, String.class);
        if (opHeader != null) {
            try {
                operation = Magento2Operation.valueOf(opHeader);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("header " + Magento2Constants.OPERATION + " names no operation: '" + opHeader
                        + "'; use one of " + Arrays.toString(Magento2Operation.values()));
            }
        }
        String storeCode = in.getHeader(Magento2Constants.STORE_CODE, String.class);
        MagentoApi api = getEndpoint().api();
        MagentoResource resource = getEndpoint().resource();
        switch (operation) {
            case get -> {
                String key = in.getHeader(Magento2Constants.RESOURCE_KEY, String.class);
                if (key == null) {
                    key = in.getBody(String.class);
                }
                if (key == null || key.isBlank()) {
                    throw new IllegalArgumentException("get needs the record key (" + resource.keyField() + ") in header "
                            + Magento2Constants.RESOURCE_KEY + " or in the body");
                }
                JsonNode record = api.get(resource, key.strip(), storeCode);
                in.setBody(JsonToJava.convert(record));
            }
            case search -> search(in, api, resource, config, storeCode);
            case testConnection -> {
                var result = api.testConnection();
                in.setHeader(Magento2Constants.CONNECTION_OK, result.ok());
                if (result.httpStatus() != 0) {
                    in.setHeader(Magento2Constants.HTTP_STATUS, result.httpStatus());
                }
                in.setBody(result.toMap());
            }
            case raw -> {
                String method = in.getHeader(Magento2Constants.HTTP_METHOD, "GET", String.class);
                String path = in.getHeader(Magento2Constants.HTTP_PATH, String.class);
                if (path == null || path.isBlank()) {
                    throw new IllegalArgumentException("raw needs the path (e.g. V1/store/storeViews) in header " + Magento2Constants.HTTP_PATH);
                }
                byte[] body = null;
                Object payload = in.getBody();
                if (payload != null && !"GET".equalsIgnoreCase(method) && !"DELETE".equalsIgnoreCase(method)) {
                    body = payload instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                            : payload instanceof byte[] b ? b
                            : JSON.writeValueAsBytes(payload);
                }
                RawCall.Result result = api.raw(method, path, storeCode, body);
                in.setHeader(Magento2Constants.HTTP_STATUS, result.status());
                in.setBody(result.json() != null ? JsonToJava.convert(result.json()) : result.text());
            }
            case create, update, delete, upsert -> write(in, operation, api, resource, storeCode);
            case bulk -> bulk(in, api, resource, config, storeCode);
            default -> throw new IllegalStateException("operation " + operation + " is not handled");
        }
    }

    /** Runs a write; on failure, names the fields Magento refused in a header for the error handler. */
    private void write(Message in, Magento2Operation operation, MagentoApi api, MagentoResource resource, String storeCode) {
        RecordWriter writer = new RecordWriter(api, resource, getEndpoint().getConfiguration().getUrlKeyFrom());
        String headerKey = in.getHeader(Magento2Constants.RESOURCE_KEY, String.class);
        String name = operation.name();
        in.removeHeader(Magento2Constants.INVALID_FIELDS);
        in.removeHeader(Magento2Constants.WRITE_OUTCOME);
        try {
            WriteResult result = switch (operation) {
                case create -> writer.create(RecordInputReader.read(recordBody(in), resource, headerKey, name), storeCode);
                case update -> writer.update(RecordInputReader.read(recordBody(in), resource, headerKey, name), storeCode);
                case upsert -> writer.upsert(RecordInputReader.read(recordBody(in), resource, headerKey, name), storeCode);
                case delete -> writer.delete(RecordInputReader.readKey(recordBody(in), resource, headerKey, name), storeCode);
                default -> throw new IllegalStateException("operation " + operation + " is not a write");
            };
            in.setHeader(Magento2Constants.HTTP_STATUS, result.status());
            in.setHeader(Magento2Constants.WRITE_OUTCOME, result.outcome().label());
            in.setBody(JsonToJava.convert(result.body()));
        } catch (ApiException e) {
            List<String> fields = MagentoFieldErrors.fields(e);
            if (!fields.isEmpty()) {
                in.setHeader(Magento2Constants.INVALID_FIELDS, fields);
            }
            if (e.status() > 0) {
                in.setHeader(Magento2Constants.HTTP_STATUS, e.status());
            }
            throw e;
        }
    }

    /**
     * Runs a bulk import. The body becomes the summary; when the exchange fails after records were sent, the body
     * stays the records and header CamelMagento2BulkSummary carries the summary.
     */
    private void bulk(Message in, MagentoApi api, MagentoResource resource, Magento2Configuration config, String storeCode) {
        BulkOptions options = bulkOptions(config);
        in.removeHeader(Magento2Constants.BULK_UUIDS);
        in.removeHeader(Magento2Constants.BULK_SUMMARY);
        ClientOptions client = getEndpoint().getComponent().clientOptions();
        BulkImporter importer = new BulkImporter(api, resource, options, client.sleeper(), client.clock());
        BulkSummary summary;
        try {
            summary = importer.run(BulkInputReader.read(recordBody(in), resource), storeCode);
        } finally {
            if (!importer.acceptedUuids().isEmpty()) {
                in.setHeader(Magento2Constants.BULK_UUIDS, importer.acceptedUuids());
            }
        }
        if (summary.timedOut()) {
            in.setHeader(Magento2Constants.BULK_SUMMARY, summary.toMap());
            throw BulkErrors.timedOut(summary, options.timeout());
        }
        if (summary.hasFailures() && options.failOnItemError()) {
            in.setHeader(Magento2Constants.BULK_SUMMARY, summary.toMap());
            throw BulkErrors.itemsFailed(summary);
        }
        in.setBody(summary.toMap());
    }

    private static BulkOptions bulkOptions(Magento2Configuration config) {
        return new BulkOptions(config.getBulkSize(), config.isBulkWaitForCompletion(),
                Duration.ofMillis(config.getBulkPollInterval()), Duration.ofMillis(config.getBulkTimeout()),
                config.isBulkFailOnItemError());
    }

    /** The body as the record reader takes it: streams and files are read as text, everything else as it is. */
    private static Object recordBody(Message in) {
        Object body = in.getBody();
        if (body instanceof InputStream || body instanceof Reader || body instanceof StreamCache || body instanceof WrappedFile) {
            return in.getBody(String.class);
        }
        return body;
    }

    private void search(Message in, MagentoApi api, MagentoResource resource, Magento2Configuration config, String storeCode) {
        String filter = in.getHeader(Magento2Constants.FILTER, config.getFilter(), String.class);
        SearchCriteria criteria = FilterExpression.parseFilter(filter)
                .sortedBy(FilterExpression.parseSort(config.getSort()).toArray(SearchCriteria.SortOrder[]::new));
        if (!config.isFetchAll()) {
            int page = in.getHeader(Magento2Constants.CURRENT_PAGE, config.getCurrentPage(), Integer.class);
            ListPage result = api.search(resource, criteria.page(config.getPageSize(), page), storeCode);
            in.setHeader(Magento2Constants.PAGE_NUMBER, page);
            if (result.totalCount() != null) {
                in.setHeader(Magento2Constants.TOTAL_COUNT, result.totalCount());
            }
            List<Object> records = new ArrayList<>(result.records().size());
            result.records().forEach(r -> records.add(JsonToJava.convert(r)));
            in.setBody(records);
            return;
        }
        List<Object> all = new ArrayList<>();
        PageNumberPager<SearchCriteria> pager = new PageNumberPager<>(number -> criteria.page(config.getPageSize(), number),
                config.getPageSize(), (c, first) -> api.search(resource, c, storeCode), 0);
        Long total = pager.forEachPage(1, (number, page) -> {
            if (all.size() + page.records().size() > config.getMaxRecords()) {
                throw new IllegalStateException("search with fetchAll matched more than maxRecords=" + config.getMaxRecords()
                        + " " + resource.name() + "; narrow the filter, raise maxRecords, or export with a magento2 consumer,"
                        + " which streams pages");
            }
            page.records().forEach(r -> all.add(JsonToJava.convert(r)));
        });
        if (total != null) {
            in.setHeader(Magento2Constants.TOTAL_COUNT, total);
        }
        in.setBody(all);
    }
}
