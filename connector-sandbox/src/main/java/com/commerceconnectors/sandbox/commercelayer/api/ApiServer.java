package com.commerceconnectors.sandbox.commercelayer.api;

import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSettings;
import com.commerceconnectors.sandbox.commercelayer.auth.BearerAuthenticator;
import com.commerceconnectors.sandbox.commercelayer.auth.Caller;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.Condition;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.DocumentWriter;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.ErrorDocument;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.JsonApiException;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.MediaTypes;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.QueryParser;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.ResourceQuery;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.SortKey;
import com.commerceconnectors.sandbox.commercelayer.ratelimit.RequestClass;
import com.commerceconnectors.sandbox.commercelayer.store.RelationshipDef;
import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceStore;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceType;
import com.commerceconnectors.sandbox.commercelayer.store.Schema;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.http.UrlDecoding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The emulated core API under {@code /api}: {@code GET /api/{type}} (filtered, sorted, paged),
 * {@code GET /api/{type}/{id}}, {@code GET /api/{type}/{id}/{relationship}} (and its
 * {@code /relationships/{relationship}} linkage), {@code POST /api/{type}}, {@code PATCH} and
 * {@code DELETE /api/{type}/{id}}. Order of checks: route (404), {@code Accept} (406), token (401), average and
 * burst limits (429), permissions (401), {@code Content-Type} of writes (415), query and body. Every answer carries
 * the average limit's {@code X-Ratelimit-*} headers for the client's IP and the request's class; answers given before
 * the limits are applied report the window without counting themselves.
 */
public final class ApiServer {

    private final Schema schema;
    private final ResourceStore store;
    private final BearerAuthenticator bearer;
    private final CommerceLayerSettings settings;
    private final AccessRules access;
    private final AverageLimit average;
    private final BurstLimit burst;
    private final ResourceWriter writer;
    private final DocumentWriter documents;

    public ApiServer(Schema schema, ResourceStore store, BearerAuthenticator bearer, CommerceLayerSettings settings,
                     Supplier<String> apiRoot, String organizationId, Clock clock) {
        this.schema = schema;
        this.store = store;
        this.bearer = bearer;
        this.settings = settings;
        this.access = new AccessRules(store);
        this.average = new AverageLimit(settings, clock);
        this.burst = new BurstLimit(settings, clock);
        this.writer = new ResourceWriter(store, clock);
        this.documents = new DocumentWriter(schema, store, apiRoot, organizationId);
    }

    public ResourceWriter writer() {
        return writer;
    }

    /** Forgets the rate limiters' windows. */
    public void resetRateLimit() {
        average.reset();
        burst.reset();
    }

    /** Answers a request whose path below the API root is {@code path}, e.g. {@code /skus/WLgbSXqyoZ}. */
    public SandboxResponse handle(SandboxRequest request, String path) {
        List<String> segments = segments(path);
        String typeName = segments.isEmpty() ? null : segments.get(0);
        RequestClass requestClass = RequestClass.of(request.method(), typeName);
        String clientIp = request.remoteAddress();
        AverageLimit.Window window = average.peek(clientIp, requestClass);
        try {
            if (segments.isEmpty() || segments.size() > 4
                    || (segments.size() == 4 && !segments.get(2).equals("relationships"))) {
                throw JsonApiException.routeNotFound("/api" + path);
            }
            ResourceType type = schema.type(typeName)
                    .orElseThrow(() -> JsonApiException.routeNotFound("/api" + path));
            MediaTypes.checkAccept(request);
            Caller caller = bearer.authenticate(request);
            window = average.acquire(clientIp, requestClass);
            if (!window.allowed() || !burst.acquire(clientIp, type.name())) {
                return AverageLimit.withHeaders(TooManyRequests.answer(settings), window);
            }
            return AverageLimit.withHeaders(route(request, caller, type, segments), window);
        } catch (JsonApiException e) {
            return AverageLimit.withHeaders(ErrorDocument.of(e), window);
        }
    }

    private SandboxResponse route(SandboxRequest request, Caller caller, ResourceType type, List<String> segments) {
        String method = request.method();
        if (segments.size() == 1) {
            if (method.equals("GET")) {
                return list(request, caller, type);
            }
            if (method.equals("POST")) {
                access.checkWrite(caller);
                MediaTypes.checkContentType(request);
                ResourceQuery query = parser().single(request.rawQuery(), type);
                Resource created = writer.create(type, WritePayload.read(request.body(), type, store));
                return documents.single(201, created, query);
            }
            throw JsonApiException.methodNotAllowed(method);
        }
        String id = segments.get(1);
        if (segments.size() == 4) {
            if (!method.equals("GET")) {
                throw JsonApiException.methodNotAllowed(method);
            }
            return linkage(caller, type, id, segments.get(3));
        }
        if (segments.size() == 3) {
            if (!method.equals("GET")) {
                throw JsonApiException.methodNotAllowed(method);
            }
            return related(request, caller, type, id, segments.get(2));
        }
        switch (method) {
            case "GET": {
                access.checkRead(caller, type.name());
                ResourceQuery query = parser().single(request.rawQuery(), type);
                return documents.single(200, visible(caller, type, id), query);
            }
            case "PATCH": {
                access.checkWrite(caller);
                MediaTypes.checkContentType(request);
                ResourceQuery query = parser().single(request.rawQuery(), type);
                Resource updated = writer.update(type, id, WritePayload.read(request.body(), type, store));
                return documents.single(200, updated, query);
            }
            case "DELETE":
                access.checkWrite(caller);
                writer.delete(type, id);
                return SandboxResponse.empty(204, null);
            default:
                throw JsonApiException.methodNotAllowed(method);
        }
    }

    private SandboxResponse list(SandboxRequest request, Caller caller, ResourceType type) {
        access.checkRead(caller, type.name());
        ResourceQuery query = parser().collection(request.rawQuery(), type);
        List<Resource> matching = new ArrayList<>();
        List<Condition> applied = applied(query);
        for (Resource resource : store.all(type.name())) {
            if (access.visible(caller, resource) && applied.stream().allMatch(c -> c.matches(resource))) {
                matching.add(resource);
            }
        }
        return page(matching, query, "/" + type.name(), request.rawQuery());
    }

    private SandboxResponse related(SandboxRequest request, Caller caller, ResourceType type, String id,
                                    String name) {
        access.checkRead(caller, type.name());
        RelationshipDef relationship = type.relationship(name)
                .orElseThrow(() -> JsonApiException.routeNotFound("/api/" + type.name() + "/" + id + "/" + name));
        Resource source = visible(caller, type, id);
        ResourceType target = schema.type(relationship.targetType()).orElseThrow();
        access.checkRead(caller, target.name());
        List<Resource> members = relationship.resolve(source, store).stream()
                .filter(r -> access.visible(caller, r)).toList();
        if (!relationship.toMany()) {
            ResourceQuery query = parser().single(request.rawQuery(), target);
            if (members.isEmpty()) {
                return SandboxResponse.text(200, MediaTypes.JSON_API, "{\"data\":null}");
            }
            return documents.single(200, members.get(0), query);
        }
        ResourceQuery query = parser().collection(request.rawQuery(), target);
        List<Condition> applied = applied(query);
        List<Resource> matching = members.stream()
                .filter(r -> applied.stream().allMatch(c -> c.matches(r))).toList();
        return page(matching, query, "/" + type.name() + "/" + id + "/" + name, request.rawQuery());
    }

    /** {@code GET /api/{type}/{id}/relationships/{name}}: the identifiers only, as JSON:API defines it. */
    private SandboxResponse linkage(Caller caller, ResourceType type, String id, String name) {
        access.checkRead(caller, type.name());
        RelationshipDef relationship = type.relationship(name).orElseThrow(() -> JsonApiException.routeNotFound(
                "/api/" + type.name() + "/" + id + "/relationships/" + name));
        Resource source = visible(caller, type, id);
        access.checkRead(caller, relationship.targetType());
        List<Resource> members = relationship.resolve(source, store).stream()
                .filter(r -> access.visible(caller, r)).toList();
        return documents.linkage(source, relationship, members);
    }

    private SandboxResponse page(List<Resource> matching, ResourceQuery query, String path, String rawQuery) {
        List<Resource> sorted = new ArrayList<>(matching);
        if (!query.sort().isEmpty() && !settings.ignoreSort()) {
            Comparator<Resource> order = null;
            for (SortKey key : query.sort()) {
                order = order == null ? key.comparator() : order.thenComparing(key.comparator());
            }
            // The id breaks the remaining ties, so a page boundary never splits equal keys unpredictably.
            sorted.sort(order.thenComparing(Resource::id, settings.idCollation().order()));
        }
        int from = Math.min(sorted.size(), query.page().offset());
        int to = Math.min(sorted.size(), from + query.page().size());
        return documents.collection(sorted.subList(from, to), sorted.size(), query, path, rawQuery);
    }

    private Resource visible(Caller caller, ResourceType type, String id) {
        return store.find(type.name(), id).filter(r -> access.visible(caller, r))
                .orElseThrow(() -> JsonApiException.recordNotFound(id));
    }

    private QueryParser parser() {
        return new QueryParser(schema, settings.defaultPageSize(), settings.maxPageSize(), settings.idCollation());
    }

    /** The conditions the server applies: all of them, unless the settings make it ignore some predicates. */
    private List<Condition> applied(ResourceQuery query) {
        return query.conditions().stream().filter(c -> !settings.ignoredFilterPredicates().contains(c.key()))
                .toList();
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(UrlDecoding.rawUrlDecode(segment));
            }
        }
        return segments;
    }
}
