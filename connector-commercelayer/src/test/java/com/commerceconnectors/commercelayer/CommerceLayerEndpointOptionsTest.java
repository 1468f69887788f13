package com.commerceconnectors.commercelayer;

import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.connection.OAuth2Auth;
import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Endpoint options: validated like a connection document, page sizes Commerce Layer refuses refused up front. */
class CommerceLayerEndpointOptionsTest {

    private CamelContext context;

    @BeforeEach
    void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private CommerceLayerEndpoint endpoint(String uri) throws Exception {
        CommerceLayerEndpoint endpoint = context.getEndpoint(uri, CommerceLayerEndpoint.class);
        endpoint.init();
        return endpoint;
    }

    private static Throwable causeOf(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    @Test
    void securityOptionsBecomeAnOAuth2Connection() throws Exception {
        CommerceLayerEndpoint endpoint = endpoint("commercelayer:skus?clientId=abc&clientSecret=RAW(s3cr+t)"
                + "&scope=market:code:europe&tokenUri=https://auth.example.test/oauth/token");
        OAuth2Auth auth = (OAuth2Auth) endpoint.getConnection().auth();
        assertThat(auth.grantType()).isEqualTo("client_credentials");
        assertThat(auth.clientSecret().reveal()).isEqualTo("s3cr+t");
        assertThat(auth.scope()).isEqualTo("market:code:europe");
        assertThat(endpoint.getConnection().baseUri()).as("derived from the token later").isNull();
        assertThat(endpoint.getConnection().toString() + endpoint.getConfiguration()).doesNotContain("s3cr+t");
    }

    @Test
    void aPageSizeAbove25IsRefusedSayingWhy() {
        assertThatThrownBy(() -> endpoint("commercelayer:skus?clientId=abc&clientSecret=s&pageSize=26"))
                .hasMessageContaining("pageSize=26").hasMessageContaining("1 to 25");
    }

    @Test
    void aGrantWithoutItsFieldsIsRefusedByTheSchema() {
        assertThatThrownBy(() -> endpoint("commercelayer:skus?clientId=abc&grantType=password&username=a@b.c"))
                .satisfies(e -> assertThat(causeOf(e, ConnectionException.class)).isNotNull()
                        .hasMessageContaining("/auth/password"));
    }

    @Test
    void twoSourcesOfAuthAreOneTooMany() {
        assertThatThrownBy(() -> endpoint("commercelayer:skus?clientId=abc&connectionResource=file:nowhere.json"))
                .hasMessageContaining("exactly one source");
    }

    @Test
    void anUnknownResourceShapeIsRefused() {
        assertThatThrownBy(() -> endpoint("commercelayer:Not A Resource?clientId=abc"))
                .isInstanceOfAny(ResolveEndpointFailedException.class, IllegalArgumentException.class);
    }

    @Test
    void camelMasksTheSecretOptionsInUris() {
        String uri = "commercelayer:skus?clientId=abc&clientSecret=s3cret&password=pw&refreshToken=rt"
                + "&assertionToken=jwt&bearerToken=tok&proxyPassword=pp";
        String masked = URISupport.sanitizeUri(uri);
        assertThat(masked).doesNotContain("s3cret", "=pw", "=rt", "=jwt", "=tok", "=pp");
    }
}
