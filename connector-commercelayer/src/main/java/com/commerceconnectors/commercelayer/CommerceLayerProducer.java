package com.commerceconnectors.commercelayer;

import com.commerceconnectors.commercelayer.api.CommerceLayerApi;
import com.commerceconnectors.commercelayer.api.ListOptions;
import com.commerceconnectors.commercelayer.api.ResourcePath;
import com.commerceconnectors.commercelayer.write.RecordInput;
import com.commerceconnectors.commercelayer.write.RecordWriter;
import com.commerceconnectors.commercelayer.write.WriteResult;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.RawCall;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.json.JsonToJava;
import com.commerceconnectors.core.paging.ListPage;
import com.commerceconnectors.core.paging.PageNumberPager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;
import org.apache.camel.support.DefaultProducer;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the producer operations; bodies out are plain maps and lists (a resource object with its included resources
 * resolved), so Camel's simple language and data formats apply.
 */
public class CommerceLayerProducer extends DefaultProducer {

    static final ObjectMapper JSON = new ObjectMapper();

    public CommerceLayerProducer(CommerceLayerEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public CommerceLayerEndpoint getEndpoint() {
        return (CommerceLayerEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        CommerceLayerConfiguration config = getEndpoint().getConfiguration();
        CommerceLayerOperation operation = operation(in, config);
        CommerceLayerApi api = getEndpoint().api();
        ResourcePath resource = getEndpoint().resource();
        switch (operation) {
            case list -> list(in, api, resource, config);
            case get -> {
                String id = RecordInput.readId(idBody(in), resource, in.getHeader(CommerceLayerConstants.RESOURCE_ID, String.class), "get");
                in.setBody(JsonToJava.convert(api.get(resource, id, readQuery(resource, config))));
            }
            case create, update, delete, upsert -> write(in, operation, api, resource, config);
            case raw -> raw(in, api);
            case testConnection -> {
                var result = api.testConnection();
                in.setHeader(CommerceLayerConstants.CONNECTION_OK, result.ok());
                if (result.httpStatus() != 0) {
                    in.setHeader(CommerceLayerConstants.HTTP_STATUS, result.httpStatus());
                }
                in.setBody(result.toMap());
            }
            case revokeToken -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("revoked", api.revokeToken());
                in.setBody(body);
            }
            default -> throw new IllegalStateException("operation " + operation + " is not handled");
        }
    }

    private static CommerceLayerOperation operation(Message in, CommerceLayerConfiguration config) {
        String header = in.getHeader(CommerceLayerConstants.OPERATION, String.class);
        if (header == null) {
            return config.getOperation();
        }
        try {
            return CommerceLayerOperation.valueOf(header.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("header " + CommerceLayerConstants.OPERATION + " names no operation: '"
                    + header + "'; use one of " + Arrays.toString(CommerceLayerOperation.values()));
        }
    }

    private void list(Message in, CommerceLayerApi api, ResourcePath resource, CommerceLayerConfiguration config) {
        JsonApiQuery query = ListOptions.addFilter(new JsonApiQuery(),
                in.getHeader(CommerceLayerConstants.FILTER, config.getFilter(), String.class));
        query.sort(config.getSort());
        query.include(config.getInclude());
        ListOptions.addFields(query, config.getFields(), resource.type());
        int size = config.getPageSize();
        if (!config.isFetchAll()) {
            int number = in.getHeader(CommerceLayerConstants.PAGE_NUMBER, config.getPageNumber(), Integer.class);
            ListPage page = api.list(resource, query.page(number, size));
            in.setHeader(CommerceLayerConstants.PAGE_NUMBER, number);
            setCounts(in, page);
            in.setBody(JsonToJava.convertAll(page.records()));
            return;
        }
        List<Object> all = new ArrayList<>();
        new PageNumberPager<>(number -> query.copy().page(number, size), size, (q, first) -> api.list(resource, q), 0)
                .forEachPage(1, (number, page) -> {
            if (all.size() + page.records().size() > config.getMaxRecords()) {
                throw new IllegalStateException("list with fetchAll matched more than maxRecords=" + config.getMaxRecords()
                        + " " + resource.type() + "; narrow the filter, raise maxRecords, or export with a"
                        + " commercelayer consumer, which streams pages");
            }
            setCounts(in, page);
            all.addAll(JsonToJava.convertAll(page.records()));
        });
        in.setBody(all);
    }

    private static void setCounts(Message in, ListPage page) {
        if (page.totalCount() != null) {
            in.setHeader(CommerceLayerConstants.TOTAL_COUNT, page.totalCount());
        }
        if (page.pageCount() != null) {
            in.setHeader(CommerceLayerConstants.PAGE_COUNT, page.pageCount());
        }
    }

    private static JsonApiQuery readQuery(ResourcePath resource, CommerceLayerConfiguration config) {
        JsonApiQuery query = new JsonApiQuery().include(config.getInclude());
        return ListOptions.addFields(query, config.getFields(), resource.type());
    }

    private void write(Message in, CommerceLayerOperation operation, CommerceLayerApi api, ResourcePath resource,
                       CommerceLayerConfiguration config) {
        RecordWriter writer = new RecordWriter(api, resource);
        String headerId = in.getHeader(CommerceLayerConstants.RESOURCE_ID, String.class);
        String name = operation.name();
        in.removeHeader(CommerceLayerConstants.WRITE_OUTCOME);
        try {
            WriteResult result = switch (operation) {
                case create -> writer.create(RecordInput.read(recordBody(in), resource, headerId, name));
                case update -> writer.update(RecordInput.read(recordBody(in), resource, headerId, name));
                case upsert -> writer.upsert(RecordInput.read(recordBody(in), resource, headerId, name), config.getKeyAttribute());
                case delete -> writer.delete(RecordInput.readId(idBody(in), resource, headerId, name));
                default -> throw new IllegalStateException("operation " + operation + " is not a write");
            };
            in.setHeader(CommerceLayerConstants.HTTP_STATUS, result.status());
            in.setHeader(CommerceLayerConstants.WRITE_OUTCOME, result.outcome().label());
            in.setBody(result.record() == null ? null : JsonToJava.convert(result.record()));
        } catch (ApiException e) {
            if (e.status() > 0) {
                in.setHeader(CommerceLayerConstants.HTTP_STATUS, e.status());
            }
            throw e;
        }
    }

    private static void raw(Message in, CommerceLayerApi api) throws Exception {
        String method = in.getHeader(CommerceLayerConstants.HTTP_METHOD, "GET", String.class);
        String path = in.getHeader(CommerceLayerConstants.HTTP_PATH, String.class);
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("raw needs the path below /api/ (e.g. skus/WLgbSXqyoZ/prices) in header "
                    + CommerceLayerConstants.HTTP_PATH);
        }
        byte[] body = null;
        Object payload = recordBody(in);
        if (payload != null && !"GET".equalsIgnoreCase(method) && !"DELETE".equalsIgnoreCase(method)) {
            body = payload instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : payload instanceof byte[] b ? b
                    : JSON.writeValueAsBytes(payload);
        }
        RawCall.Result result = api.raw(method, path, body);
        in.setHeader(CommerceLayerConstants.HTTP_STATUS, result.status());
        in.setBody(result.json() != null ? JsonToJava.convert(result.json()) : result.text());
    }

    /** The body as the record reader takes it: streams and files are read as text, everything else as it is. */
    private static Object recordBody(Message in) {
        Object body = in.getBody();
        if (body instanceof InputStream || body instanceof Reader || body instanceof StreamCache || body instanceof WrappedFile) {
            return in.getBody(String.class);
        }
        return body;
    }

    /** For get and delete: an id, a record, or nothing (then the header names the id). */
    private static Object idBody(Message in) {
        Object body = recordBody(in);
        return body instanceof String || body == null || body instanceof Map || body instanceof JsonNode
                || body instanceof byte[] ? body : in.getBody(String.class);
    }
}
