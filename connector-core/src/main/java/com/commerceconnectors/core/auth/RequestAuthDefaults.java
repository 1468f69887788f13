package com.commerceconnectors.core.auth;

import com.commerceconnectors.core.http.HttpMethod;

import java.time.Duration;

/**
 * A connector's preset for request authentication: what to use where the connection document says nothing
 * (e.g. magento2's admin token endpoint). Fields may be {@code null} where the generic default applies.
 *
 * @param tokenUri     token endpoint, absolute or relative to the connection's baseUri
 * @param method       HTTP method of the sign-in
 * @param body         body template with {@code {username}} and {@code {password}}
 * @param tokenPointer JSON pointer to the token ({@code ""} for a bare JSON string; {@code null} to accept a bare
 *                     string or {@code access_token}/{@code token})
 * @param header       the header that carries the token
 * @param template     the header value with {@code {token}}
 * @param ttl          lifetime to assume when neither the token (JWT {@code exp}) nor the answer ({@code expires_in}) says
 */
public record RequestAuthDefaults(
        String tokenUri,
        HttpMethod method,
        String body,
        String tokenPointer,
        String header,
        String template,
        Duration ttl) {

    /** No token endpoint (the document must name one); JSON sign-in, bearer header, one hour. */
    public static final RequestAuthDefaults GENERIC = new RequestAuthDefaults(
            null, HttpMethod.POST, "{\"username\":\"{username}\",\"password\":\"{password}\"}", null,
            "Authorization", "Bearer {token}", Duration.ofHours(1));

    /** These values where given, the generic ones elsewhere. */
    public RequestAuthDefaults orGeneric() {
        return new RequestAuthDefaults(
                tokenUri,
                method != null ? method : GENERIC.method,
                body != null ? body : GENERIC.body,
                tokenPointer,
                header != null ? header : GENERIC.header,
                template != null ? template : GENERIC.template,
                ttl != null ? ttl : GENERIC.ttl);
    }
}
