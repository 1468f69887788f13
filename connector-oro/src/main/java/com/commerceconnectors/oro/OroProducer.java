package com.commerceconnectors.oro;

import com.commerceconnectors.core.check.TestResult;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.oro.api.FilterExpression;
import com.commerceconnectors.core.http.RawCall;
import com.commerceconnectors.core.paging.ListPage;
import com.commerceconnectors.oro.api.OroApi;
import com.commerceconnectors.oro.api.OroResource;
import com.commerceconnectors.oro.api.SparseFields;
import com.commerceconnectors.core.paging.PageNumberPager;
import com.commerceconnectors.oro.write.ResourceObjectReader;
import com.commerceconnectors.oro.write.ResourceWriter;
import com.commerceconnectors.oro.write.WriteResult;
import com.commerceconnectors.core.json.JsonToJava;
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
import java.util.List;
import java.util.Map;

/**
 * Runs the producer operations. Bodies out are plain maps and lists (a record is its JSON:API resource object with
 * {@code included} resources resolved into its relationships), so Camel's simple language and data formats apply.
 */
public class OroProducer extends DefaultProducer {

    static final ObjectMapper JSON = new ObjectMapper();

    public OroProducer(OroEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public OroEndpoint getEndpoint() {
        return (OroEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // options that cannot work say so at start-up, not with the first exchange
        OroConfiguration config = getEndpoint().getConfiguration();
        readQuery(config, config.getFilter());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        OroConfiguration config = getEndpoint().getConfiguration();
        OroOperation operation = operation(in, config);
        OroApi api = getEndpoint().api();
        OroResource resource = getEndpoint().resource();
        in.removeHeader(OroConstants.WRITE_OUTCOME);
        switch (operation) {
            case list -> list(in, api, resource, config);
            case get -> {
                String id = in.getHeader(OroConstants.RESOURCE_ID, String.class);
                if (id == null) {
                    id = ResourceObjectReader.readId(body(in), resource, "get");
                }
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("get needs the record id in header " + OroConstants.RESOURCE_ID
                            + " or in the body");
                }
                in.setBody(toMap(api.get(resource, id.strip(), readQuery(config, null))));
            }
            case create, update, delete, upsert -> write(in, operation, api, resource);
            case raw -> raw(in, api);
            case testConnection -> {
                TestResult result = api.testConnection(resource);
                in.setHeader(OroConstants.CONNECTION_OK, result.ok());
                if (result.httpStatus() != 0) {
                    in.setHeader(OroConstants.HTTP_STATUS, result.httpStatus());
                }
                in.setBody(result.toMap());
            }
            default -> throw new IllegalStateException("operation " + operation + " is not handled");
        }
    }

    private static OroOperation operation(Message in, OroConfiguration config) {
        String header = in.getHeader(OroConstants.OPERATION, String.class);
        if (header == null) {
            return config.getOperation();
        }
        try {
            return OroOperation.valueOf(header.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("header " + OroConstants.OPERATION + " names no operation: '" + header
                    + "'; use one of " + Arrays.toString(OroOperation.values()));
        }
    }

    private void write(Message in, OroOperation operation, OroApi api, OroResource resource) {
        ResourceWriter writer = new ResourceWriter(api, resource);
        String headerId = in.getHeader(OroConstants.RESOURCE_ID, String.class);
        String name = operation.name();
        try {
            WriteResult result = switch (operation) {
                case create -> writer.create(ResourceObjectReader.read(body(in), resource, name));
                case update -> writer.update(ResourceObjectReader.read(body(in), resource, name), headerId);
                case upsert -> writer.upsert(ResourceObjectReader.read(body(in), resource, name), headerId);
                case delete -> writer.delete(headerId != null ? headerId : ResourceObjectReader.readId(body(in), resource, name));
                default -> throw new IllegalStateException("operation " + operation + " is not a write");
            };
            in.setHeader(OroConstants.HTTP_STATUS, result.status());
            in.setHeader(OroConstants.WRITE_OUTCOME, result.outcome().label());
            in.setBody(result.record() == null ? null : toMap(result.record()));
        } catch (ApiException e) {
            if (e.status() > 0) {
                in.setHeader(OroConstants.HTTP_STATUS, e.status());
            }
            throw e;
        }
    }

    private void raw(Message in, OroApi api) throws Exception {
        String method = in.getHeader(OroConstants.HTTP_METHOD, "GET", String.class);
        String path = in.getHeader(OroConstants.HTTP_PATH, String.class);
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("raw needs the path below the API path (e.g. products/12/relationships/owner)"
                    + " in header " + OroConstants.HTTP_PATH);
        }
        byte[] payload = null;
        Object body = body(in);
        if (body != null && !"GET".equalsIgnoreCase(method) && !"DELETE".equalsIgnoreCase(method)) {
            payload = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : body instanceof byte[] b ? b
                    : JSON.writeValueAsBytes(body);
        }
        RawCall.Result result = api.raw(method, path, payload);
        in.setHeader(OroConstants.HTTP_STATUS, result.status());
        in.setBody(result.json() != null ? JsonToJava.convert(result.json()) : result.text());
    }

    private void list(Message in, OroApi api, OroResource resource, OroConfiguration config) {
        String filter = in.getHeader(OroConstants.FILTER, config.getFilter(), String.class);
        JsonApiQuery query = readQuery(config, filter).sort(config.getSort());
        if (!config.isFetchAll()) {
            int page = in.getHeader(OroConstants.CURRENT_PAGE, config.getPageNumber(), Integer.class);
            ListPage result = api.list(resource, query.page(page, config.getPageSize()), true);
            in.setHeader(OroConstants.PAGE_NUMBER, page);
            if (result.totalCount() != null) {
                in.setHeader(OroConstants.TOTAL_COUNT, result.totalCount());
            }
            in.setBody(JsonToJava.convertAll(result.records()));
            return;
        }
        List<Object> all = new ArrayList<>();
        int size = config.getPageSize();
        PageNumberPager<JsonApiQuery> pager = new PageNumberPager<>(number -> query.copy().page(number, size), size,
                (q, first) -> api.list(resource, q, first), 0);
        Long total = pager.forEachPage(1, (number, page) -> {
            List<JsonNode> records = page.records();
            if (all.size() + records.size() > config.getMaxRecords()) {
                throw new IllegalStateException("list with fetchAll matched more than maxRecords=" + config.getMaxRecords()
                        + " " + resource.name() + "; narrow the filter, raise maxRecords, or export with an oro consumer,"
                        + " which streams pages");
            }
            all.addAll(JsonToJava.convertAll(records));
        });
        if (total != null) {
            in.setHeader(OroConstants.TOTAL_COUNT, total);
        }
        in.setBody(all);
    }

    /** The endpoint's filter, include and fields as query parameters. */
    static JsonApiQuery readQuery(OroConfiguration config, String filter) {
        JsonApiQuery query = FilterExpression.addTo(new JsonApiQuery(), filter);
        query.include(config.getInclude());
        SparseFields.parse(config.getFields(), config.getResource()).addTo(query);
        return query;
    }

    /** The body as the readers take it: streams and files are read as text, everything else as it is. */
    private static Object body(Message in) {
        Object body = in.getBody();
        if (body instanceof InputStream || body instanceof Reader || body instanceof StreamCache || body instanceof WrappedFile) {
            return in.getBody(String.class);
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(JsonNode record) {
        if (!record.isObject()) {
            throw new IllegalArgumentException("a JSON:API resource is an object, not " + record.getNodeType());
        }
        return (Map<String, Object>) JsonToJava.convert(record);
    }
}
