package com.commerceconnectors.magento2.support;

import com.commerceconnectors.core.error.ErrorAdvisor;
import com.commerceconnectors.core.error.FailureContext;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What to do about Magento's failures, in Magento's terms. Magento answers 401 alike for refused credentials and for a
 * missing ACL permission, and what to check depends on the kind of credentials: {@link #forAuthType(String)} gives
 * advice for one auth type; {@link #INSTANCE} does not know it and names the likely causes of each.
 */
public final class MagentoErrorAdvisor implements ErrorAdvisor {

    /** Advice when the connection's auth type is not known. */
    public static final MagentoErrorAdvisor INSTANCE = new MagentoErrorAdvisor(null);

    private static final String BEARER_SINCE_244 = "an integration's access token used as a Bearer token is refused"
            + " since Magento 2.4.4 unless 'Allow OAuth Access Tokens to be used as standalone Bearer tokens'"
            + " (oauth/consumer/enable_integration_as_bearer) is on";

    private final String authType;

    private MagentoErrorAdvisor(String authType) {
        this.authType = authType;
    }

    /** Advice for connections of this auth type ({@code bearer}, {@code requestAuth}, {@code oauth1}…). */
    public static MagentoErrorAdvisor forAuthType(String authType) {
        return authType == null ? INSTANCE : new MagentoErrorAdvisor(authType);
    }

    @Override
    public String advise(FailureContext failure, String defaultAdvice) {
        String said = failure.decoded() == null || failure.decoded().message() == null ? ""
                : failure.decoded().message().toLowerCase(Locale.ROOT);
        if (said.contains("2fa")) {
            return "Two-factor authentication is on for this admin, so the admin token endpoint cannot be used unattended:"
                    + " use an integration with OAuth 1.0a (auth type oauth1), or a customer token";
        }
        if (said.contains("sign-in was incorrect") || said.contains("account is disabled temporarily")) {
            return "Magento refused the user name or password (or the account is locked: Magento locks it for 30 minutes"
                    + " after 6 failed sign-ins). Fix the credentials before trying again; repeated attempts extend the lock";
        }
        if (said.contains("signature method") && said.contains("not supported")) {
            return "Magento 2.4.4 and later accept only HMAC-SHA256 signatures (HMAC-SHA1, RSA-* and PLAINTEXT are"
                    + " refused): set auth.signatureMethod to HMAC-SHA256";
        }
        if (said.contains("oauth_timestamp")) {
            return "Magento refuses OAuth timestamps more than 10 minutes ahead of its own clock: set this machine's"
                    + " clock right (NTP)";
        }
        if (said.contains("nonce is already being used")) {
            return "Magento has seen this request's nonce before: something between here and Magento (a proxy, an"
                    + " agent) sent the same signed request twice. Every request is signed with a new nonce here";
        }
        if (said.contains("consumer key has expired")) {
            return consumerKeyExpired();
        }
        if (failure.status() == 401 && !failure.tokenEndpoint()) {
            if (failure.credentialsRefreshed()) {
                return "A fresh token was refused too, so the credentials work but lack permission: grant the admin role"
                        + " or integration access to this resource (System > Permissions or System > Integrations > API)";
            }
            return unauthorized();
        }
        if (failure.status() == 404 && isUnknownRoute(said)) {
            return "No such REST route: check the resource name and that baseUri ends with /rest";
        }
        if (failure.status() == 400 && !failure.tokenEndpoint() && failure.decoded() != null) {
            List<FieldProblem> problems = MagentoFieldErrors.of(failure.decoded().message());
            if (!problems.isEmpty()) {
                return "Correct the record and send it again: "
                        + problems.stream().map(FieldProblem::advice).collect(Collectors.joining("; "));
            }
        }
        return defaultAdvice;
    }

    /** The 401 of an ordinary call, for this advisor's auth type. */
    private String unauthorized() {
        String both = "Magento answers 401 alike for refused credentials (wrong, expired or revoked) and for a missing"
                + " ACL permission. ";
        if ("oauth1".equals(authType)) {
            return both + "Check that auth.consumerKey, auth.accessToken and their secrets belong to the same active"
                    + " integration, and that the integration may use this resource (System > Extensions > Integrations"
                    + " > API)";
        }
        if ("bearer".equals(authType)) {
            return both + "Check the token; " + BEARER_SINCE_244 + ": prefer auth type oauth1 with the integration's"
                    + " consumer key, access token and their secrets";
        }
        if ("requestAuth".equals(authType)) {
            return both + "Check the user's role resources (System > Permissions > User Roles)";
        }
        return both + "Check the credentials and what the user or integration may access; with auth type bearer, "
                + BEARER_SINCE_244 + " — prefer auth type oauth1";
    }

    /**
     * "Consumer key has expired" is what Magento says both for an admin or customer token past its lifetime and for an
     * integration whose token exchange came too late after activation.
     */
    private String consumerKeyExpired() {
        if ("bearer".equals(authType)) {
            return "The admin or customer token has expired (Magento 2.4.4+ issues them for 1 hour by default): use auth"
                    + " type requestAuth, which renews them, or an integration with auth type oauth1";
        }
        if ("requestAuth".equals(authType)) {
            return "The token expired and could not be renewed: check the token lifetime settings"
                    + " (Stores > Configuration > Services > OAuth > Access Token Expiration)";
        }
        return "The integration's consumer key expired before its tokens were exchanged: Magento allows 5 minutes"
                + " (oauth/consumer/expiration_period) after 'Activate'. Activate the integration again"
                + " (System > Extensions > Integrations > Reauthorize) and finish the exchange within 5 minutes";
    }

    @Override
    public String toString() {
        return "MagentoErrorAdvisor[" + (authType == null ? "any auth" : authType) + "]";
    }

    /** Whether Magento's message says the URL matches no REST route (as opposed to a record that does not exist). */
    public static boolean isUnknownRoute(String platformMessage) {
        return platformMessage != null && platformMessage.toLowerCase(Locale.ROOT).contains("request does not match any route");
    }
}
