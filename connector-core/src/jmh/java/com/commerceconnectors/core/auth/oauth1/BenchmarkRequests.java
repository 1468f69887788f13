package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.http.ApiRequest;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/** The request and credentials the benchmarks sign: a typical incremental Magento product search. */
final class BenchmarkRequests {

    static final String CONSUMER_SECRET = "bench-consumer-secret-0123456789ab";
    static final String TOKEN_SECRET = "bench-token-secret-0123456789abcde";
    static final String ACCESS_TOKEN = "bench-access-token-0123456789abcde";

    /** Keyset paging of products changed since a watermark, 100 a page, in a store view. */
    static final ApiRequest MAGENTO_SEARCH = ApiRequest.get(URI.create("https://shop.example.com/rest/default/V1/products?"
            + "searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=updated_at"
            + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=2026-05-01%2000%3A00%3A00"
            + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=gteq"
            + "&searchCriteria%5Bfilter_groups%5D%5B1%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=entity_id"
            + "&searchCriteria%5Bfilter_groups%5D%5B1%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=41873"
            + "&searchCriteria%5Bfilter_groups%5D%5B1%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=gt"
            + "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bfield%5D=updated_at"
            + "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bdirection%5D=ASC"
            + "&searchCriteria%5BsortOrders%5D%5B1%5D%5Bfield%5D=entity_id"
            + "&searchCriteria%5BsortOrders%5D%5B1%5D%5Bdirection%5D=ASC"
            + "&searchCriteria%5BpageSize%5D=100&searchCriteria%5BcurrentPage%5D=1"));

    private BenchmarkRequests() {
    }

    /** A fresh 2048-bit RSA key pair, the size the connection validator asks for. */
    static KeyPair rsaKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static OAuth1Auth auth(SignatureMethod method, KeyPair rsa) {
        if (method.isRsa()) {
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(rsa.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            return new OAuth1Auth(method, "bench-consumer-key", null, Secret.of(ACCESS_TOKEN), null, Secret.of(pem), null);
        }
        return new OAuth1Auth(method, "bench-consumer-key", Secret.of(CONSUMER_SECRET), Secret.of(ACCESS_TOKEN),
                Secret.of(TOKEN_SECRET), null, null);
    }

    /** The protocol parameters of one attempt, with a fixed nonce and time. */
    static ProtocolParameters protocolParameters() {
        return ProtocolParameters.of("bench-consumer-key", Secret.of(ACCESS_TOKEN), 1777888800L,
                "Vq3bWz8TQm0kX1sLd9Rf2YcHn7JpGa4e");
    }

    /** The base string of {@link #MAGENTO_SEARCH} as the policy would sign it (fixed nonce and time). */
    static String baseString(SignatureAlgorithm algorithm) {
        return new OAuth1Signer(algorithm, null).baseString(MAGENTO_SEARCH, protocolParameters()).value();
    }
}
