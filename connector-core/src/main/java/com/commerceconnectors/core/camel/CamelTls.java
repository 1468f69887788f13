package com.commerceconnectors.core.camel;

import com.commerceconnectors.core.error.ApiException;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.security.GeneralSecurityException;

/** Turns Camel's {@link SSLContextParameters} into the {@link SSLContext} the transport uses. */
public final class CamelTls {

    private CamelTls() {
    }

    /**
     * @return the TLS context, or {@code null} when {@code parameters} is {@code null} (the JVM's default trust)
     * @throws ApiException (CONFIGURATION) when the key or trust store cannot be loaded
     */
    public static SSLContext sslContext(SSLContextParameters parameters, CamelContext context) {
        if (parameters == null) {
            return null;
        }
        try {
            return parameters.createSSLContext(context);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw ApiException.configuration(
                    "sslContextParameters could not be turned into a TLS context (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + ")",
                    "Check the key store and trust store resources, types and passwords");
        }
    }
}
