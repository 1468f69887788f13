package com.commerceconnectors.connection;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code {type: requestAuth, …}}: log in at a token endpoint, take the token from the response and send it on every call.
 * Every field but the credentials is optional in the document; a connector fills the gaps with its presets
 * (for magento2 the admin or customer token endpoint).
 *
 * @param username     login name (a customer's e-mail address for magento2 customers)
 * @param password     login password
 * @param userType     magento2 only: {@code admin} or {@code customer}; {@code null} when not given
 * @param tokenUri     token endpoint, absolute or relative to the base URI; {@code null} for the connector's preset
 * @param method       HTTP method of the login request; {@code null} for the preset ({@code POST})
 * @param body         login request body template with {@code {username}} and {@code {password}}; {@code null} for the preset
 * @param tokenPointer JSON pointer to the token in the response; {@code ""} for a bare JSON string; {@code null} for the preset
 * @param header       request header that carries the token; {@code null} for {@code Authorization}
 * @param template     header value template with {@code {token}}; {@code null} for {@code Bearer {token}}
 * @param ttl          how long a token lives when neither a JWT {@code exp} nor {@code expires_in} says; {@code null} for the preset
 */
public record RequestAuth(
        String username,
        Secret password,
        String userType,
        URI tokenUri,
        String method,
        String body,
        String tokenPointer,
        String header,
        String template,
        Duration ttl) implements Auth {

    public RequestAuth {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String type() {
        return "requestAuth";
    }
}
