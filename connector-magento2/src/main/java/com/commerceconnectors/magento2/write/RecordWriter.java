package com.commerceconnectors.magento2.write;

import com.commerceconnectors.core.auth.oauth1.PercentEncoding;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.http.HttpMethod;
import com.commerceconnectors.magento2.UrlKeySource;
import com.commerceconnectors.magento2.api.MagentoApi;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.api.WriteRoutes;
import com.commerceconnectors.magento2.support.MagentoErrorAdvisor;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;
import java.util.Optional;

/**
 * Creates, updates, deletes and upserts records of one resource with Magento's semantics.
 * <ul>
 *   <li><b>create</b>: POST to the resource. Magento's product save creates or overwrites by SKU: a create of a
 *       SKU that exists updates that product.</li>
 *   <li><b>update</b>: PUT to the record. For products, whose PUT would create a missing SKU, the product is read
 *       first so that an update of a missing record fails with NOT_FOUND instead of creating it.</li>
 *   <li><b>delete</b>: DELETE of the record; Magento answers {@code true}.</li>
 *   <li><b>upsert</b>: read by key, then update or create. Products are written with PUT in both cases: on 2.3 and
 *       2.4 the PUT and POST routes both call {@code ProductRepository::save}, which creates a SKU it cannot find,
 *       and a PUT may be repeated after a dropped connection while a POST may not. Other resources are created
 *       with POST, without the id (Magento assigns it).</li>
 * </ul>
 * A new product without a {@code url_key} gets Magento's key from its name, or with {@code urlKeyFrom=sku} one from
 * its SKU (on create the product is read first, so an existing one keeps its key); a save Magento refuses for a URL
 * key in use says what the key was made from and what to do.
 * Writes go to the store code given, else the connection's, else {@code all}. POSTs are never repeated after a
 * failure whose outcome is unknown, nor are PUTs that upload images; such failures say what to check.
 */
public final class RecordWriter {

    private static final String PRODUCTS = "products";

    private final MagentoApi api;
    private final MagentoResource resource;
    private final UrlKeySource urlKeyFrom;

    /** A writer whose new products get Magento's own URL keys, made from their names. */
    public RecordWriter(MagentoApi api, MagentoResource resource) {
        this(api, resource, UrlKeySource.name);
    }

    /** @param urlKeyFrom where a new product without a url_key gets one from */
    public RecordWriter(MagentoApi api, MagentoResource resource, UrlKeySource urlKeyFrom) {
        this.api = Objects.requireNonNull(api, "api");
        this.resource = Objects.requireNonNull(resource, "resource");
        this.urlKeyFrom = Objects.requireNonNull(urlKeyFrom, "urlKeyFrom");
    }

    public WriteResult create(RecordInput input, String storeCode) {
        WriteRoutes routes = routes("create", resource.writes().canCreate());
        RecordInput body = input;
        if (!resource.numericKey() && input.recordKey() == null && input.key() != null) {
            // a SKU given only in the header belongs in the record: Magento reads it from there
            body = input.withKeyInRecord(input.key());
        }
        if (keysFromSku(body) && api.find(resource, body.key(), storeCode).isEmpty()) {
            // only a new product: a create of a SKU that exists updates it, and its key must stay
            body = UrlKeys.withKey(body, body.key());
        }
        MagentoApi.WriteResponse r = post(routes, body, storeCode, "creating " + describe(body.key()));
        return new WriteResult(WriteOutcome.CREATED, r.status(), r.json());
    }

    public WriteResult update(RecordInput input, String storeCode) {
        WriteRoutes routes = routes("update", resource.writes().canUpdate());
        String key = requireKey(input.key(), "update");
        if (routes.updateCreatesWhenMissing() && api.find(resource, key, storeCode).isEmpty()) {
            throw ApiException.builder(ErrorCategory.NOT_FOUND, FailureReason.HTTP_STATUS)
                    .status(404)
                    .summary("Magento has no " + resource.noun() + " with " + resource.keyField() + " '" + key + "', so"
                            + " nothing was updated")
                    .advice(notFoundAdvice())
                    .build();
        }
        try {
            MagentoApi.WriteResponse r = put(routes, key, withKey(input, key), storeCode, "updating " + describe(key));
            return new WriteResult(WriteOutcome.UPDATED, r.status(), r.json());
        } catch (ApiException e) {
            throw missingRecord(e, notFoundAdvice());
        }
    }

    public WriteResult delete(String key, String storeCode) {
        WriteRoutes routes = routes("delete", resource.writes().canDelete());
        requireKey(key, "delete");
        String path = routes.deletePath().replace("{key}", PercentEncoding.encode(key));
        try {
            MagentoApi.WriteResponse r = api.write(HttpMethod.DELETE, path, storeCode, null, true);
            return new WriteResult(WriteOutcome.DELETED, r.status(), r.json());
        } catch (ApiException e) {
            throw missingRecord(e, "Nothing was deleted: there is no " + resource.noun() + " with " + resource.keyField()
                    + " '" + key + "' (deleted already?)");
        }
    }

    public WriteResult upsert(RecordInput input, String storeCode) {
        WriteRoutes routes = routes("upsert", resource.writes().canCreate() && resource.writes().canUpdate());
        String key = input.key();
        if (key == null) {
            if (!resource.numericKey()) {
                throw WriteErrors.missingKey("upsert", resource);
            }
            // nothing to look up: a record without an id is a new one
            MagentoApi.WriteResponse r = post(routes, input, storeCode, "creating " + describe(null));
            return new WriteResult(WriteOutcome.CREATED, r.status(), r.json());
        }
        Optional<JsonNode> existing = api.find(resource, key, storeCode);
        if (existing.isPresent() || routes.updateCreatesWhenMissing()) {
            WriteOutcome outcome = existing.isPresent() ? WriteOutcome.UPDATED : WriteOutcome.CREATED;
            RecordInput body = withKey(input, key);
            if (existing.isEmpty() && keysFromSku(body)) {
                body = UrlKeys.withKey(body, key);
            }
            MagentoApi.WriteResponse r = put(routes, key, body, storeCode,
                    (existing.isPresent() ? "updating " : "creating ") + describe(key));
            return new WriteResult(outcome, r.status(), r.json());
        }
        // the id names no record: create one, and let Magento assign the id
        MagentoApi.WriteResponse r = post(routes, input.withoutKey(), storeCode, "creating " + describe(null));
        return new WriteResult(WriteOutcome.CREATED, r.status(), r.json());
    }

    private MagentoApi.WriteResponse post(WriteRoutes routes, RecordInput body, String storeCode, String doing) {
        try {
            return api.write(HttpMethod.POST, routes.createPath(), storeCode, body.body(), false);
        } catch (ApiException e) {
            throw UnknownOutcome.explain(urlKeyExplained(e, body), doing, resource, body.key());
        }
    }

    private MagentoApi.WriteResponse put(WriteRoutes routes, String key, RecordInput body, String storeCode, String doing) {
        String path = routes.updatePath().replace("{key}", PercentEncoding.encode(key));
        try {
            return api.write(HttpMethod.PUT, path, storeCode, body.body(), body.repeatable());
        } catch (ApiException e) {
            throw UnknownOutcome.explain(urlKeyExplained(e, body), doing, resource, key);
        }
    }

    /** Whether this product, if new, gets its URL key from its SKU: asked for, and the record sends none. */
    private boolean keysFromSku(RecordInput input) {
        return urlKeyFrom == UrlKeySource.sku && PRODUCTS.equals(resource.name()) && input.key() != null
                && UrlKeys.sent(input.record()) == null;
    }

    private ApiException urlKeyExplained(ApiException e, RecordInput body) {
        return PRODUCTS.equals(resource.name()) && UrlKeys.clashed(e) ? UrlKeys.explained(e, body) : e;
    }

    /** The record with its key in it: Magento reads the id from the body, not only from the URL. */
    private static RecordInput withKey(RecordInput input, String key) {
        return input.recordKey() == null ? input.withKeyInRecord(key) : input;
    }

    private WriteRoutes routes(String operation, boolean supported) {
        if (!supported) {
            throw WriteErrors.notSupported(operation, resource);
        }
        return resource.writes();
    }

    private String requireKey(String key, String operation) {
        if (key == null) {
            throw WriteErrors.missingKey(operation, resource);
        }
        return key;
    }

    private String describe(String key) {
        String noun = resource.noun();
        return key == null ? ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun : noun + " '" + key + "'";
    }

    private String notFoundAdvice() {
        return "update changes existing records only: use operation=upsert to create the " + resource.noun()
                + " when it is missing, or operation=create";
    }

    /** A 404 for the record (not for an unknown route) with advice for this write. */
    private static ApiException missingRecord(ApiException e, String advice) {
        if (e.category() == ErrorCategory.NOT_FOUND && !MagentoErrorAdvisor.isUnknownRoute(e.platformMessage().orElse(""))) {
            return e.toBuilder().advice(advice).build();
        }
        return e;
    }
}
