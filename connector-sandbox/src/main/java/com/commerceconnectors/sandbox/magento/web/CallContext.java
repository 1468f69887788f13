package com.commerceconnectors.sandbox.magento.web;

import com.commerceconnectors.sandbox.http.BracketQuery;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.magento.auth.Caller;
import com.commerceconnectors.sandbox.magento.store.StoreView;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/** Everything an endpoint needs about one call: the request, the store it addresses, the caller, URL variables. */
public final class CallContext {

    private final SandboxRequest request;
    private final StoreView store;
    private final Caller caller;
    private final Map<String, String> params;
    private final Clock clock;
    private final InputLimits inputLimits;
    private Map<String, Object> query;

    public CallContext(SandboxRequest request, StoreView store, Caller caller, Map<String, String> params,
                       Clock clock, InputLimits inputLimits) {
        this.request = request;
        this.store = store;
        this.caller = caller;
        this.params = Map.copyOf(params);
        this.clock = clock;
        this.inputLimits = inputLimits;
    }

    public SandboxRequest request() {
        return request;
    }

    public StoreView store() {
        return store;
    }

    public int storeId() {
        return store.id();
    }

    public Caller caller() {
        return caller;
    }

    public Clock clock() {
        return clock;
    }

    /** The web API input limits in force for this request. */
    public InputLimits inputLimits() {
        return inputLimits;
    }

    /** Now, as Magento stores it: UTC, whole seconds. */
    public LocalDateTime now() {
        return MagentoTime.now(clock);
    }

    /** A URL variable, already decoded. */
    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no variable " + name);
        }
        return value;
    }

    /** A URL variable declared {@code int} by the service method. */
    public long idParam(String name) {
        try {
            return InputValues.toLong(param(name));
        } catch (TypeMismatch e) {
            throw e.toResponse();
        }
    }

    /** The query parsed as PHP parses it (nested maps for bracketed names). */
    public synchronized Map<String, Object> query() {
        if (query == null) {
            query = BracketQuery.parse(request.rawQuery());
        }
        return query;
    }

    /** A plain (non-array) query parameter. */
    public Optional<String> queryValue(String name) {
        Object value = query().get(name);
        return value instanceof String ? Optional.of((String) value) : Optional.empty();
    }

    /** A plain query parameter declared {@code int} by the service method; absent or empty means not given. */
    public Optional<Integer> intQueryValue(String name) {
        Optional<String> value = queryValue(name);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InputValues.toInt(value.get()));
        } catch (TypeMismatch e) {
            throw e.toResponse();
        }
    }

    public ObjectNode jsonBody() {
        return RequestBodies.json(request);
    }
}
