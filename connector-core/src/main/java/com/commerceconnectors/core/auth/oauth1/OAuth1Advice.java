package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.error.FailureContext;

import java.util.Locale;

/**
 * Advice for failures of OAuth 1.0a-signed requests, keyed to what the platform said. OAuth 1.0a access tokens cannot
 * be refreshed, so a 401 is final and the advice is all an operator gets: it names the setting to check. Texts follow
 * the messages of Magento's OAuth module (its only OAuth 1.0a platform here) but stay true for any server.
 */
final class OAuth1Advice {

    static final String BASE_STRING_LOGGER = "com.commerceconnectors.core.auth.oauth1.BaseString";

    private OAuth1Advice() {
    }

    static String advise(FailureContext failure, String advice, SignatureMethod method) {
        if (failure.status() != 400 && failure.status() != 401) {
            // OAuth failures are answered with these two; anything else is not about the signature
            return advice;
        }
        String said = failure.decoded() == null || failure.decoded().message() == null ? ""
                : failure.decoded().message().toLowerCase(Locale.ROOT);
        if (said.contains("signature method") && said.contains("not supported")) {
            return "The platform does not accept " + method + " signatures: set auth.signatureMethod to one it does"
                    + " (Magento 2.4.4 and later accept only HMAC-SHA256)";
        }
        // older Magento versions spell it "signatire"
        if ((said.contains("signature") || said.contains("signatire")) && said.contains("invalid")) {
            String keys = method.isRsa() ? "that auth.privateKey belongs to the public key registered with the platform"
                    : "auth.consumerSecret and auth.accessTokenSecret";
            return "The platform computed a different signature. Check " + keys + ","
                    + " and that baseUri is exactly the URL the platform sees: https and not http behind a TLS proxy,"
                    + " host and port, store code, index.php. Then compare the base string that DEBUG logging of "
                    + BASE_STRING_LOGGER + " prints with the platform's";
        }
        if (said.contains("nonce")) {
            return "The platform has seen this request's nonce before, so something sent the same signed request twice"
                    + " (a proxy or agent replaying it); every attempt here is signed with a new nonce";
        }
        if (said.contains("timestamp")) {
            return "The platform refused the request's time: set this machine's clock right (NTP). Magento refuses"
                    + " timestamps more than 10 minutes ahead of its own clock";
        }
        if (said.contains("consumer key has expired")) {
            return "The integration's consumer key expired before its tokens were exchanged: activate the integration"
                    + " again (Magento: System > Extensions > Integrations > Reauthorize) and copy the new credentials";
        }
        if (said.contains("consumer") && (said.contains("not exist") || said.contains("n't exist") || said.contains("rejected"))) {
            return "The platform knows no consumer with this key: check auth.consumerKey against the integration's"
                    + " details, and that the integration was not deleted";
        }
        if (said.contains("token") && (said.contains("revoked") || said.contains("not exist") || said.contains("n't exist")
                || said.contains("length") || said.contains("rejected") || said.contains("not an access token"))) {
            return "The platform does not accept this access token: it was revoked or replaced (reauthorizing an"
                    + " integration issues a new one). Copy the current access token and its secret into auth.accessToken"
                    + " and auth.accessTokenSecret";
        }
        if (failure.status() != 401) {
            return advice;
        }
        if (said.contains("not authorized") || said.contains("isn't authorized")) {
            return "The signature was not rejected, but the request did not count as the integration's: either the"
                    + " integration may not use this resource (grant it under the integration's API tab; Magento then"
                    + " asks to reauthorize, which issues new tokens), or the Authorization header never reached the"
                    + " platform (Apache with PHP-FPM drops it unless told SetEnvIf Authorization \"(.*)\""
                    + " HTTP_AUTHORIZATION=$1; HTTP Basic auth in front of a staging site replaces it)";
        }
        return "OAuth 1.0a credentials cannot be refreshed, so the request was not replayed. Check that auth.consumerKey,"
                + " auth.accessToken and their secrets belong to the same active integration, and this machine's clock;"
                + " DEBUG logging of " + BASE_STRING_LOGGER + " shows what was signed";
    }
}
