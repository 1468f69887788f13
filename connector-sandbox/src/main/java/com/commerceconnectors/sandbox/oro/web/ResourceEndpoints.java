package com.commerceconnectors.sandbox.oro.web;

import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.oro.auth.ApiKind;
import com.commerceconnectors.sandbox.oro.auth.Caller;
import com.commerceconnectors.sandbox.oro.data.OroData;
import com.commerceconnectors.sandbox.oro.data.Relation;
import com.commerceconnectors.sandbox.oro.data.Resource;
import com.commerceconnectors.sandbox.oro.data.ResourceStore;
import com.commerceconnectors.sandbox.oro.data.ResourceType;
import com.commerceconnectors.sandbox.oro.jsonapi.ApiProblem;
import com.commerceconnectors.sandbox.oro.jsonapi.DocumentWriter;
import com.commerceconnectors.sandbox.oro.jsonapi.JsonApi;
import com.commerceconnectors.sandbox.oro.jsonapi.ResourceLinks;
import com.commerceconnectors.sandbox.oro.query.PageResult;
import com.commerceconnectors.sandbox.oro.query.QueryRules;
import com.commerceconnectors.sandbox.oro.query.ResourceQuery;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The JSON:API actions on {@code /{type}} and {@code /{type}/{id}}: get_list, get, create, update, delete and
 * delete_list (with filters), plus {@code /{type}/{id}/{relationship}} (the related resources) and
 * {@code /{type}/{id}/relationships/{relationship}} (the linkage), and the back office's {@code /userprofile}.
 * Writes must be sent as {@code application/vnd.api+json} without parameters (415 otherwise);
 * {@code X-Include: totalCount} adds
 * {@code X-Include-Total-Count}, {@code deletedCount} adds {@code X-Include-Deleted-Count},
 * {@code noHateoas} drops the links.
 */
public final class ResourceEndpoints {

    private static final String USER_PROFILE = "userprofile";

    private final OroData data;
    private final ResourceWriter writer;
    private final DocumentWriter documents;
    private final StorefrontScope scope;
    private final Supplier<QueryRules> rules;

    /** @param rules the query rules in force, read afresh for every request */
    public ResourceEndpoints(OroData data, ResourceWriter writer, Supplier<QueryRules> rules) {
        this.data = data;
        this.writer = writer;
        this.documents = new DocumentWriter(data);
        this.scope = new StorefrontScope(data);
        this.rules = rules;
    }

    /**
     * @param apiRoot  the absolute URL of the API, e.g. {@code http://127.0.0.1:PORT/oro/admin/api}
     * @param segments the path under the API root, split on {@code /}
     */
    public SandboxResponse handle(SandboxRequest request, ApiKind api, Caller caller, String apiRoot,
                                  List<String> segments) {
        if (segments.isEmpty()) {
            throw ApiProblem.notFound();
        }
        requireAcceptable(request);
        if (api == ApiKind.BACK_OFFICE && segments.equals(List.of(USER_PROFILE))) {
            return userProfile(request, caller, apiRoot);
        }
        ResourceType type = data.schema().type(segments.get(0)).filter(t -> t.servedOn(api))
                .orElseThrow(ApiProblem::notFound);
        Set<String> include = xInclude(request);
        Optional<ResourceLinks> links = include.contains("noHateoas") ? Optional.empty()
                : Optional.of(new ResourceLinks(apiRoot, "/" + String.join("/", segments), request.rawQuery()));
        String method = request.method();
        Predicate<Resource> visible = scope.visibleTo(api, caller);
        if (segments.size() == 1) {
            switch (method) {
                case "GET":
                    return list(request, type, visible, include, links);
                case "POST":
                    requireWritable(type, api);
                    requireJsonApiBody(request);
                    return create(request, type, caller, visible, links);
                case "DELETE":
                    requireWritable(type, api);
                    return deleteList(request, type, include);
                default:
                    return methodNotAllowed("GET, POST, DELETE");
            }
        }
        long id = id(segments.get(1));
        if (segments.size() == 2) {
            switch (method) {
                case "GET":
                    return single(request, type, id, visible, links);
                case "PATCH":
                    requireWritable(type, api);
                    requireJsonApiBody(request);
                    return update(request, type, id, visible, links);
                case "DELETE":
                    requireWritable(type, api);
                    if (!data.store(type.name()).delete(id)) {
                        throw ApiProblem.notFound();
                    }
                    return SandboxResponse.empty(204, null);
                default:
                    return methodNotAllowed("GET, PATCH, DELETE");
            }
        }
        if (!method.equals("GET")) {
            return methodNotAllowed("GET");
        }
        if (segments.size() == 3) {
            return related(request, type, id, segments.get(2), visible, include, links);
        }
        if (segments.size() == 4 && segments.get(2).equals("relationships")) {
            return linkage(type, id, segments.get(3), visible);
        }
        throw ApiProblem.notFound();
    }

    /**
     * {@code GET /admin/api/userprofile}: the signed-in user (for a client-credentials token, the user the OAuth
     * application belongs to), the cheapest authenticated call a connection test can make.
     */
    private SandboxResponse userProfile(SandboxRequest request, Caller caller, String apiRoot) {
        if (!request.method().equals("GET")) {
            return methodNotAllowed("GET");
        }
        ResourceType users = data.store("users").type();
        Resource user = data.store("users").find(caller.userId()).orElseThrow(ApiProblem::notFound);
        ResourceQuery query = ResourceQuery.parse(request.rawQuery(), users, false, rules.get());
        Optional<ResourceLinks> links = xInclude(request).contains("noHateoas") ? Optional.empty()
                : Optional.of(new ResourceLinks(apiRoot, "/" + USER_PROFILE, request.rawQuery()));
        return JsonApi.document(200, documents.single(user, users, query, links, row -> true));
    }

    private SandboxResponse list(SandboxRequest request, ResourceType type, Predicate<Resource> visible,
                                 Set<String> include, Optional<ResourceLinks> links) {
        ResourceQuery query = ResourceQuery.parse(request.rawQuery(), type, true, rules.get());
        PageResult page = query.run(data.store(type.name()).all().stream().filter(visible).toList(), type);
        SandboxResponse response = JsonApi.document(200, documents.list(page, type, query, links, visible));
        return include.contains("totalCount")
                ? response.withHeader("X-Include-Total-Count", Integer.toString(page.total())) : response;
    }

    private SandboxResponse single(SandboxRequest request, ResourceType type, long id, Predicate<Resource> visible,
                                   Optional<ResourceLinks> links) {
        ResourceQuery query = ResourceQuery.parse(request.rawQuery(), type, false, rules.get());
        Resource row = data.store(type.name()).find(id).filter(visible).orElseThrow(ApiProblem::notFound);
        return JsonApi.document(200, documents.single(row, type, query, links, visible));
    }

    private SandboxResponse create(SandboxRequest request, ResourceType type, Caller caller,
                                   Predicate<Resource> visible, Optional<ResourceLinks> links) {
        ResourceQuery query = ResourceQuery.parse(request.rawQuery(), type, false, rules.get());
        RequestDocument document = RequestDocument.read(request.body(), type, Optional.empty(), data);
        Resource created = writer.create(type, document, caller);
        SandboxResponse response = JsonApi.document(201, documents.single(created, type, query, links, visible));
        return links.map(l -> response.withHeader("Location", l.self(type.name(), created.id()))).orElse(response);
    }

    private SandboxResponse update(SandboxRequest request, ResourceType type, long id, Predicate<Resource> visible,
                                   Optional<ResourceLinks> links) {
        ResourceQuery query = ResourceQuery.parse(request.rawQuery(), type, false, rules.get());
        if (data.store(type.name()).find(id).isEmpty()) {
            throw ApiProblem.notFound();
        }
        RequestDocument document = RequestDocument.read(request.body(), type, Optional.of(id), data);
        Resource updated = writer.update(type, id, document).orElseThrow(ApiProblem::notFound);
        return JsonApi.document(200, documents.single(updated, type, query, links, visible));
    }

    /** delete_list: Oro refuses it without a filter, so one request cannot empty a table by accident. */
    private SandboxResponse deleteList(SandboxRequest request, ResourceType type, Set<String> include) {
        ResourceQuery query = ResourceQuery.parse(request.rawQuery(), type, true, rules.get().unpagedAndExact());
        if (!query.hasFilters()) {
            throw ApiProblem.of(400, "filter constraint", "At least one filter must be provided.");
        }
        ResourceStore store = data.store(type.name());
        PageResult matching = query.run(store.all(), type);
        int deleted = 0;
        for (Resource row : matching.rows()) {
            if (store.delete(row.id())) {
                deleted++;
            }
        }
        SandboxResponse response = SandboxResponse.empty(204, null);
        if (include.contains("totalCount")) {
            response = response.withHeader("X-Include-Total-Count", Integer.toString(store.size()));
        }
        if (include.contains("deletedCount")) {
            response = response.withHeader("X-Include-Deleted-Count", Integer.toString(deleted));
        }
        return response;
    }

    private SandboxResponse related(SandboxRequest request, ResourceType type, long id, String name,
                                    Predicate<Resource> visible, Set<String> include, Optional<ResourceLinks> links) {
        Relation relation = type.relation(name).orElseThrow(ApiProblem::notFound);
        Resource row = data.store(type.name()).find(id).filter(visible).orElseThrow(ApiProblem::notFound);
        ResourceType target = data.store(relation.targetType()).type();
        ResourceStore targets = data.store(relation.targetType());
        if (!relation.toMany()) {
            ResourceQuery query = ResourceQuery.parse(request.rawQuery(), target, false, rules.get());
            Optional<Resource> related = row.related(name).stream().findFirst().flatMap(targets::find)
                    .filter(visible);
            if (related.isEmpty()) {
                return JsonApi.document(200, JsonApi.mapper().createObjectNode().putNull("data"));
            }
            return JsonApi.document(200, documents.single(related.get(), target, query, links, visible));
        }
        ResourceQuery query = ResourceQuery.parse(request.rawQuery(), target, true, rules.get());
        List<Resource> rows = row.related(name).stream().map(targets::find).flatMap(Optional::stream)
                .filter(visible).toList();
        PageResult page = query.run(rows, target);
        SandboxResponse response = JsonApi.document(200, documents.list(page, target, query, links, visible));
        return include.contains("totalCount")
                ? response.withHeader("X-Include-Total-Count", Integer.toString(page.total())) : response;
    }

    private SandboxResponse linkage(ResourceType type, long id, String name, Predicate<Resource> visible) {
        Relation relation = type.relation(name).orElseThrow(ApiProblem::notFound);
        Resource row = data.store(type.name()).find(id).filter(visible).orElseThrow(ApiProblem::notFound);
        ObjectNode root = JsonApi.mapper().createObjectNode();
        List<Long> ids = row.related(name);
        if (relation.toMany()) {
            ArrayNode array = root.putArray("data");
            ids.forEach(i -> array.addObject().put("type", relation.targetType()).put("id", Long.toString(i)));
        } else if (ids.isEmpty()) {
            root.putNull("data");
        } else {
            root.putObject("data").put("type", relation.targetType()).put("id", Long.toString(ids.get(0)));
        }
        return JsonApi.document(200, root);
    }

    private static void requireWritable(ResourceType type, ApiKind api) {
        if (!type.writableOn(api)) {
            throw ApiProblem.of(405, "method not allowed http exception", "The method is not allowed.");
        }
    }

    /** The JSON:API media type, without parameters (JSON:API and Oro refuse any), or 415. */
    private static void requireJsonApiBody(SandboxRequest request) {
        String contentType = request.header("Content-Type").orElse("").trim().toLowerCase(Locale.ROOT);
        if (!contentType.equals(JsonApi.MEDIA_TYPE)) {
            throw ApiProblem.of(415, "unsupported media type http exception",
                    "The \"Content-Type\" request header must be \"" + JsonApi.MEDIA_TYPE + "\".");
        }
    }

    /**
     * 406 when {@code Accept} names the JSON:API media type only with parameters other than a quality value, as
     * JSON:API and Oro's client requirements say; any other {@code Accept} is served JSON:API.
     */
    private static void requireAcceptable(SandboxRequest request) {
        List<String> jsonApiRanges = request.headers().getOrDefault("Accept", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(range -> range.toLowerCase(Locale.ROOT).startsWith(JsonApi.MEDIA_TYPE))
                .toList();
        boolean unmodified = jsonApiRanges.stream().anyMatch(range -> Arrays.stream(range.split(";")).skip(1)
                .map(String::trim).allMatch(p -> p.isEmpty() || p.toLowerCase(Locale.ROOT).startsWith("q=")));
        if (!jsonApiRanges.isEmpty() && !unmodified) {
            throw ApiProblem.of(406, "not acceptable http exception", "The \"Accept\" request header must name \""
                    + JsonApi.MEDIA_TYPE + "\" without media type parameters other than a quality value.");
        }
    }

    private static SandboxResponse methodNotAllowed(String allow) {
        return JsonApi.problem(ApiProblem.of(405, "method not allowed http exception",
                "The method is not allowed. Allowed methods: " + allow + "."))
                .withHeader("Allow", allow);
    }

    private static long id(String segment) {
        try {
            long id = Long.parseLong(segment);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.of(404, "not found http exception", "An entity with the requested identifier does not exist.");
    }

    private static Set<String> xInclude(SandboxRequest request) {
        return request.headers().getOrDefault("X-Include", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split("[,;]")))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
