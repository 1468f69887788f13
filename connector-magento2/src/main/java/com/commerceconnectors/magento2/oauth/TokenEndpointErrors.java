package com.commerceconnectors.magento2.oauth;

import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorAdvisor;
import com.commerceconnectors.core.error.ErrorBodyDecoder;
import com.commerceconnectors.core.error.FailureContext;
import com.commerceconnectors.core.http.ApiResponse;

import java.util.Locale;

/**
 * How Magento's {@code /oauth/token/*} endpoints refuse, and what to do about it. They answer
 * {@code oauth_problem=<message>} (form-encoded, under {@code text/html}) with 400 or 401; the messages are
 * {@code Framework\Oauth}'s.
 */
final class TokenEndpointErrors {

    /** Reads {@code oauth_problem}; anything else is left to the standard decoder. */
    static final ErrorBodyDecoder DECODER = TokenEndpointErrors::decode;

    /** Advice for a refused step of the exchange. */
    static final ErrorAdvisor ADVISOR = TokenEndpointErrors::advise;

    private static final String ACTIVATE_AGAIN = "activate the integration again (System > Extensions > Integrations"
            + " > Reauthorize) while the activation is being waited for";

    private TokenEndpointErrors() {
    }

    private static DecodedError decode(ApiResponse response) {
        String body = response.bodyAsString();
        if (body != null && body.strip().startsWith("oauth_problem=")) {
            try {
                String problem = FormFields.parse(body).value("oauth_problem").orElse(null);
                if (problem != null) {
                    return DecodedError.of(DecodedError.Shape.TEXT, problem);
                }
            } catch (IllegalArgumentException e) {
                // not a form after all: the standard decoder says what it is
            }
        }
        return ErrorBodyDecoder.standard().decode(response);
    }

    private static String advise(FailureContext failure, String defaultAdvice) {
        String said = failure.decoded() == null || failure.decoded().message() == null ? ""
                : failure.decoded().message().toLowerCase(Locale.ROOT);
        if (said.contains("consumer key has expired")) {
            return "Magento allows 5 minutes (oauth/consumer/expiration_period) between 'Activate' and the token"
                    + " exchange, and they had passed: " + ACTIVATE_AGAIN;
        }
        if (said.contains("signature method") && said.contains("not supported")) {
            return "The store does not accept HMAC-SHA256 signatures, which every Magento since 2.3 does: check that"
                    + " store_base_url belongs to a Magento 2 store";
        }
        if ((said.contains("signature") || said.contains("signatire")) && said.contains("invalid")) {
            return "Magento computed another signature over the URL it saw: the address in store_base_url must be the"
                    + " one this machine reaches unchanged (https and not http behind a TLS proxy, same host and port);"
                    + " otherwise the posted consumer secret was altered on the way";
        }
        if (said.contains("nonce")) {
            return "Magento has seen this request's nonce before: something between here and Magento sent the request"
                    + " twice. " + capitalized(ACTIVATE_AGAIN);
        }
        if (said.contains("timestamp")) {
            return "Magento refuses OAuth timestamps more than 10 minutes ahead of its clock: set this machine's clock"
                    + " right (NTP), then " + ACTIVATE_AGAIN;
        }
        if (said.contains("verifier") || said.contains("already being used") || said.contains("not a verifier")
                || said.contains("not a request token") || said.contains("token is not the correct length")
                || said.contains("specified token does not exist") || said.contains("does not exist")) {
            return "This activation was already used or was replaced by a newer one (each 'Activate' or 'Reauthorize'"
                    + " issues a new verifier and voids the earlier ones): " + ACTIVATE_AGAIN;
        }
        if (said.contains("consumer") && said.contains("length")) {
            return "The consumer key posted is not one Magento issued: " + ACTIVATE_AGAIN;
        }
        if (failure.status() == 404 || failure.status() == 405) {
            return "Magento has no OAuth token endpoint below store_base_url: it must be the store's base URL"
                    + " (e.g. https://shop.example.com/), as Magento posts it";
        }
        return defaultAdvice;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
