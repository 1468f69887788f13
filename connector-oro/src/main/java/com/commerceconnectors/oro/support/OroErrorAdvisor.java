package com.commerceconnectors.oro.support;

import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorAdvisor;
import com.commerceconnectors.core.error.FailureContext;

import java.util.Locale;

/**
 * What to do about Oro's failures, in Oro's terms and for the connection's API path and auth type. A refused WSSE
 * request gets its list of likely causes from the WSSE policy itself, which has the last word on a 401.
 */
public final class OroErrorAdvisor implements ErrorAdvisor {

    private final String apiPath;
    private final String authType;

    private OroErrorAdvisor(String apiPath, String authType) {
        this.apiPath = apiPath;
        this.authType = authType;
    }

    /**
     * @param apiPath  the normalised API path in use
     * @param authType the connection's auth type
     */
    public static OroErrorAdvisor forConnection(String apiPath, String authType) {
        return new OroErrorAdvisor(apiPath, authType);
    }

    private boolean backOffice() {
        return apiPath.startsWith("/admin");
    }

    @Override
    public String advise(FailureContext failure, String defaultAdvice) {
        if (failure.tokenEndpoint()) {
            return defaultAdvice;
        }
        boolean saidNothing = failure.decoded() == null || failure.decoded().shape() == DecodedError.Shape.EMPTY
                || failure.decoded().shape() == DecodedError.Shape.HTML;
        String said = failure.decoded() == null || failure.decoded().message() == null ? ""
                : failure.decoded().message().toLowerCase(Locale.ROOT);
        return switch (failure.status()) {
            case 401 -> unauthorized(failure, defaultAdvice);
            case 403 -> "The " + who() + " is signed in but its role may not do this: grant the role the entity's"
                    + " permissions (System > User Management > Roles in the back office, or the customer user role on"
                    + " the storefront) and enable the entity for the API";
            case 404 -> saidNothing
                    ? "No such API route: check apiPath (" + apiPath + " now; the back-office API is under /admin/api,"
                    + " the storefront API under /api), the resource name (the entity's plural alias, e.g. products),"
                    + " and that the API feature is enabled (System > Configuration > Web API): Oro answers 404 for"
                    + " every API path while it is off"
                    : "No record has this id: check the id, or whether the record was deleted";
            case 405 -> "Oro does not accept " + failure.method() + " for this resource: the entity may be read-only"
                    + " in the API, or the action is disabled in its API configuration";
            case 406, 415 -> "Oro accepts only application/vnd.api+json: a proxy may have changed the request's"
                    + " Content-Type or Accept header";
            case 409 -> said.contains("id") || said.contains("conflict")
                    ? "The id in the body differs from the id in the URL, or the type differs from the resource: send"
                    + " the record's own id and type (the header CamelOroResourceId must match the body's id)"
                    : "The record conflicts with its current state: read it again and retry";
            case 422, 400 -> validation(failure, said, defaultAdvice);
            case 423 -> "Oro locked the record (another process is changing it): retry later";
            case 429 -> "Oro, or a proxy in front of it, is limiting the request rate: the connector already waited"
                    + " as Retry-After asked; poll less often or lower pageSize concurrency";
            default -> defaultAdvice;
        };
    }

    private String unauthorized(FailureContext failure, String defaultAdvice) {
        if ("oauth2".equals(authType)) {
            if (failure.credentialsRefreshed()) {
                return "A freshly issued token was refused too. Oro's back-office and storefront tokens are not"
                        + " interchangeable: a back-office OAuth application's token works only under /admin/api, a"
                        + " storefront application's (password grant, customer users) only under /api. apiPath is "
                        + apiPath + " now: check it matches the application";
            }
            return "The token was refused: check that the OAuth application is active and belongs to "
                    + (backOffice() ? "the back office (apiPath /admin/api)" : "the storefront (apiPath /api)");
        }
        if ("bearer".equals(authType)) {
            return "The bearer token was refused: Oro's tokens expire (1 hour by default) and a static token is not"
                    + " renewed — use auth type oauth2, which fetches and renews tokens. Back-office and storefront"
                    + " tokens are not interchangeable (apiPath is " + apiPath + ")";
        }
        return defaultAdvice; // WSSE: the policy's own advice lists the causes
    }

    private static String validation(FailureContext failure, String said, String defaultAdvice) {
        if (said.contains("filter") && (said.contains("not supported") || said.contains("filter constraint"))) {
            return "Oro does not support this filter for the resource: use only fields the entity's API allows to"
                    + " filter by (the API sandbox at /admin/api/doc lists them); for incremental exports set"
                    + " watermarkField to a filterable timestamp field";
        }
        if (said.contains("page") && said.contains("size")) {
            return "Oro accepts page[size] up to 100 (or -1 for no paging): lower pageSize";
        }
        if (said.contains("unique")) {
            return "A record with this value exists already: use operation=upsert with keyAttribute naming that"
                    + " attribute, or change the value";
        }
        if (said.contains("sort")) {
            return "Oro cannot sort this resource by that field: sort by fields the entity's API allows";
        }
        if (failure.status() == 400 || failure.status() == 422) {
            return "Correct the request and send it again: each error names Oro's constraint and, after 'at', the"
                    + " attribute (/data/attributes/…) or parameter it refused";
        }
        return defaultAdvice;
    }

    private String who() {
        return backOffice() ? "back-office user" : "customer user";
    }

    @Override
    public String toString() {
        return "OroErrorAdvisor[" + apiPath + ", " + authType + "]";
    }
}
