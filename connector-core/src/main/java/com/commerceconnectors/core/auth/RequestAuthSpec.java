package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.SafeUri;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.HttpMethod;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Request authentication, fully resolved: the document's {@code requestAuth} fields merged with the connector's preset
 * ({@link #resolve}). Sign in with {@code method tokenUri} and the body, take the token at {@code tokenPointer}, send
 * it in {@code header} written as {@code template}.
 *
 * @param tokenUri     absolute token endpoint
 * @param method       sign-in method
 * @param body         sign-in body
 * @param tokenPointer JSON pointer to the token; {@code ""} for a bare JSON string; {@code null} for either a bare
 *                     string or {@code access_token}/{@code token}
 * @param header       how the token is sent
 * @param ttl          lifetime to assume when the token and the answer do not say; {@code null} for none
 * @param username     the login name
 * @param password     the password
 */
public record RequestAuthSpec(
        URI tokenUri,
        HttpMethod method,
        BodyTemplate body,
        String tokenPointer,
        HeaderTemplate header,
        Duration ttl,
        String username,
        Secret password) {

    public RequestAuthSpec {
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        String scheme = tokenUri.getScheme() == null ? "" : tokenUri.getScheme().toLowerCase(Locale.ROOT);
        if (!tokenUri.isAbsolute() || tokenUri.getHost() == null || !scheme.equals("http") && !scheme.equals("https")) {
            throw ApiException.configuration("auth.tokenUri " + SafeUri.of(tokenUri) + " is not an absolute http(s) URI",
                    "Give an absolute URI, or a path relative to baseUri");
        }
        if (ttl != null && (ttl.isZero() || ttl.isNegative())) {
            throw ApiException.configuration("auth.ttlSeconds must be positive", "Give the token's lifetime in seconds");
        }
    }

    /**
     * Merges the document's {@code requestAuth} with a connector's preset: a value in the document wins, then the
     * preset's, then the generic default ({@link RequestAuthDefaults#GENERIC}).
     *
     * @param baseUri the connection's base URI, against which a relative token URI is resolved (a relative
     *                {@code V1/integration/admin/token} or {@code /V1/integration/admin/token} is appended to
     *                baseUri's path)
     * @throws ApiException (CONFIGURATION) when no token URI is known or a value is unusable
     */
    public static RequestAuthSpec resolve(RequestAuth auth, RequestAuthDefaults preset, URI baseUri) {
        RequestAuthDefaults d = (preset == null ? RequestAuthDefaults.GENERIC : preset).orGeneric();
        String tokenUri = auth.tokenUri() != null ? auth.tokenUri().toString() : d.tokenUri();
        if (tokenUri == null || tokenUri.isBlank()) {
            throw ApiException.configuration("auth.tokenUri is missing and this connector has no preset token endpoint",
                    "Set auth.tokenUri to the URI that answers the sign-in with a token");
        }
        HttpMethod method = d.method();
        if (auth.method() != null) {
            method = HttpMethod.parseOrNull(auth.method());
            if (method == null) {
                throw ApiException.configuration("auth.method '" + auth.method() + "' is not an HTTP method",
                        "Use POST (the usual), PUT or GET");
            }
        }
        String pointer = auth.tokenPointer() != null ? auth.tokenPointer() : d.tokenPointer();
        if (pointer != null && !pointer.isEmpty() && !pointer.startsWith("/")) {
            throw ApiException.configuration("auth.tokenPointer '" + pointer + "' is not a JSON pointer",
                    "Start it with / (e.g. /access_token), or use \"\" for a bare JSON string answer");
        }
        return new RequestAuthSpec(
                absolute(tokenUri, baseUri),
                method,
                BodyTemplate.of(auth.body() != null ? auth.body() : d.body()),
                pointer,
                new HeaderTemplate(auth.header() != null ? auth.header() : d.header(),
                        auth.template() != null ? auth.template() : d.template()),
                auth.ttl() != null ? auth.ttl() : d.ttl(),
                auth.username(),
                auth.password());
    }

    /** The sign-in request: never sent through an auth policy, and marked safe to repeat (a sign-in writes nothing). */
    public ApiRequest tokenRequest() {
        ApiRequest request = ApiRequest.of(method, tokenUri).withHeader("Accept", "application/json").withIdempotent(true);
        String rendered = body.render(username, password.reveal());
        return rendered.isEmpty() ? request : request.withBody(rendered.getBytes(StandardCharsets.UTF_8), body.contentType());
    }

    static URI absolute(String tokenUri, URI baseUri) {
        try {
            URI given = new URI(tokenUri.strip());
            if (given.isAbsolute()) {
                return given;
            }
            if (baseUri == null) {
                throw ApiException.configuration("auth.tokenUri '" + tokenUri + "' is relative but the connection has no baseUri",
                        "Give an absolute auth.tokenUri");
            }
            String base = baseUri.toString();
            int cut = base.indexOf('?');
            base = cut >= 0 ? base.substring(0, cut) : base;
            String left = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            String right = tokenUri.strip().startsWith("/") ? tokenUri.strip().substring(1) : tokenUri.strip();
            return new URI(left + "/" + right);
        } catch (java.net.URISyntaxException e) {
            throw ApiException.configuration("auth.tokenUri '" + tokenUri + "' is not a valid URI (" + e.getReason() + ")",
                    "Percent-encode special characters in it");
        }
    }

    @Override
    public String toString() {
        return "RequestAuthSpec[" + method + " " + SafeUri.of(tokenUri) + ", tokenPointer=" + tokenPointer + ", header="
                + header.name() + ", ttl=" + ttl + ", username=" + username + ", password=" + Secret.MASK + "]";
    }
}
