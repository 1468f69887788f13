package com.commerceconnectors.sandbox.oauth1;

/** Checks the {@code oauth_signature} of collected parameters against the base string they make. */
public final class SignatureVerifier {

    private SignatureVerifier() {
    }

    public static boolean verify(String httpMethod, String baseUri, CollectedParameters parameters,
                                 SignatureMethod method, VerificationKeys keys) {
        String signature = parameters.value("oauth_signature").orElse(null);
        return method.verify(baseString(httpMethod, baseUri, parameters), signature, keys);
    }

    public static String baseString(String httpMethod, String baseUri, CollectedParameters parameters) {
        return SignatureBaseString.of(httpMethod, baseUri, parameters.signed());
    }
}
