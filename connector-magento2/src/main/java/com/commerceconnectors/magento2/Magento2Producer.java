package com.commerceconnectors.magento2;

import com.commerceconnectors.magento2.api.FilterExpression;
import com.commerceconnectors.magento2.api.MagentoApi;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.api.SearchCriteria;
import com.commerceconnectors.magento2.paging.PageNumberPager;
import com.commerceconnectors.magento2.paging.SearchPage;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the producer operations; bodies out are plain maps and lists, so Camel's simple language and data formats apply. */
public class Magento2Producer extends DefaultProducer {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Object> ANY = new TypeReference<>() {
    };

    public Magento2Producer(Magento2Endpoint endpoint) {
        super(endpoint);
    }

    @Override
    public Magento2Endpoint getEndpoint() {
        return (Magento2Endpoint) super.getEndpoint();
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
                        + "'; use get, search, testConnection or raw");
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
                in.setBody(toJava(record));
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
                MagentoApi.RawResult result = api.raw(method, path, storeCode, body);
                in.setHeader(Magento2Constants.HTTP_STATUS, result.status());
                in.setBody(result.json() != null ? toJava(result.json()) : result.text());
            }
            default -> throw new IllegalStateException("operation " + operation + " is not handled");
        }
    }

    private void search(Message in, MagentoApi api, MagentoResource resource, Magento2Configuration config, String storeCode) {
        String filter = in.getHeader(Magento2Constants.FILTER, config.getFilter(), String.class);
        SearchCriteria criteria = FilterExpression.parseFilter(filter)
                .sortedBy(FilterExpression.parseSort(config.getSort()).toArray(SearchCriteria.SortOrder[]::new));
        if (!config.isFetchAll()) {
            int page = in.getHeader(Magento2Constants.CURRENT_PAGE, config.getCurrentPage(), Integer.class);
            SearchPage result = api.search(resource, criteria.page(config.getPageSize(), page), storeCode);
            in.setHeader(Magento2Constants.PAGE_NUMBER, page);
            if (result.totalCount() != null) {
                in.setHeader(Magento2Constants.TOTAL_COUNT, result.totalCount());
            }
            in.setBody(toJavaList(result.items()));
            return;
        }
        List<Object> all = new ArrayList<>();
        long[] total = {-1};
        PageNumberPager pager = new PageNumberPager(criteria, config.getPageSize(), c -> {
            SearchPage p = api.search(resource, c, storeCode);
            if (p.totalCount() != null) {
                total[0] = p.totalCount();
            }
            return p;
        }, 0);
        pager.forEachPage((number, items) -> {
            if (all.size() + items.size() > config.getMaxRecords()) {
                throw new IllegalStateException("search with fetchAll matched more than maxRecords=" + config.getMaxRecords()
                        + " " + resource.name() + "; narrow the filter, raise maxRecords, or export with a magento2 consumer,"
                        + " which streams pages");
            }
            all.addAll(toJavaList(items));
        });
        if (total[0] >= 0) {
            in.setHeader(Magento2Constants.TOTAL_COUNT, total[0]);
        }
        in.setBody(all);
    }

    static Object toJava(JsonNode node) {
        return JSON.convertValue(node, ANY);
    }

    static List<Object> toJavaList(List<JsonNode> nodes) {
        List<Object> out = new ArrayList<>(nodes.size());
        for (JsonNode n : nodes) {
            out.add(toJava(n));
        }
        return out;
    }
}
