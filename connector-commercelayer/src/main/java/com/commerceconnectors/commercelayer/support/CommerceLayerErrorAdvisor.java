package com.commerceconnectors.commercelayer.support;

import com.commerceconnectors.core.error.ErrorAdvisor;
import com.commerceconnectors.core.error.FailureContext;

import java.util.Locale;

/**
 * What to do about Commerce Layer's failures, in its terms. Its JSON:API errors (title, detail, code, source pointer)
 * are already quoted by the error mapper; this adds what an operator should change.
 */
public final class CommerceLayerErrorAdvisor implements ErrorAdvisor {

    private final String authType;

    private CommerceLayerErrorAdvisor(String authType) {
        this.authType = authType;
    }

    /** Advice for connections of this auth type ({@code oauth2} or {@code bearer}). */
    public static CommerceLayerErrorAdvisor forAuthType(String authType) {
        return new CommerceLayerErrorAdvisor(authType);
    }

    @Override
    public String advise(FailureContext failure, String defaultAdvice) {
        String code = failure.decoded() == null || failure.decoded().code() == null ? ""
                : failure.decoded().code().toUpperCase(Locale.ROOT);
        if (failure.tokenEndpoint()) {
            if (failure.status() == 429) {
                return "Commerce Layer's auth endpoint allows about 30 token requests a minute. Tokens are cached per"
                        + " connection and CamelContext: share one connection between routes rather than creating"
                        + " contexts or connections in a loop, and wait a minute";
            }
            return defaultAdvice;
        }
        return switch (failure.status()) {
            case 401 -> unauthorized(failure.credentialsRefreshed());
            case 403 -> "The token is valid but its application may not do this: check the role of the integration"
                    + " (admin, read-only or custom) in the dashboard, or the scope of the sales channel's token";
            case 404 -> "RECORD_NOT_FOUND".equals(code)
                    ? "No record has this id (or the token's market or owner does not see it): check the id, e.g."
                            + " WLgbSXqyoZ"
                    : "No such resource: check the resource name (plural snake_case, e.g. skus, stock_items) and that"
                            + " baseUri is the organization's address (https://<organization>.commercelayer.io)";
            case 406, 415 -> "Commerce Layer speaks JSON:API only: send Accept and Content-Type"
                    + " application/vnd.api+json (the connector does; check headers a raw call sets)";
            case 409 -> "The record in the body does not fit the request: data.type must be the resource and data.id"
                    + " the id of the record being updated";
            case 422 -> "Correct the record and send it again: " + (failure.decoded() != null && failure.decoded().hasMessage()
                    ? failure.decoded().message() : "the attributes named above were refused");
            case 423 -> "The record is locked while Commerce Layer works on it (an order being placed, an import or"
                    + " export running): retry later";
            case 429 -> "Commerce Layer limits requests per IP with sliding windows and sends no reset time: requests"
                    + " were retried with growing, jittered waits. Lower the number of concurrent routes or consumers,"
                    + " use pages of 25 records, and for bulk reads consider Commerce Layer's exports";
            case 400 -> "POST".equals(failure.method()) || "PATCH".equals(failure.method())
                    ? "Check the record: its attributes and relationships must be ones Commerce Layer accepts on this"
                            + " resource (read-only ones and to-many relationships are refused)"
                    : "Check the query: filter predicates (ransack, e.g. code_eq, updated_at_gteq, status_in),"
                    + " sort, include and fields must name attributes and relationships of the resource, and"
                    + " page[size] may be at most 25";
            default -> defaultAdvice;
        };
    }

    private String unauthorized(boolean refreshed) {
        if ("bearer".equals(authType)) {
            return "The access token is expired, revoked or not for this organization; a bearer token is never renewed:"
                    + " use auth type oauth2 with the application's client id (and secret) so tokens are renewed";
        }
        if (refreshed) {
            return "A fresh token was refused too: the application may not do this (sales-channel and customer tokens"
                    + " cannot write most resources; customer tokens see only the customer's own data). Use an"
                    + " integration application with a role that allows it";
        }
        return "The access token was refused: it expired, was revoked, or lacks the permission";
    }

    @Override
    public String toString() {
        return "CommerceLayerErrorAdvisor[" + authType + "]";
    }
}
