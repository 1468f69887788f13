package com.commerceconnectors.magento2;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which writes are repeated after a failure and which are not: a POST whose outcome is unknown is never sent twice
 * (the sandbox's prematureEnd processes the request, then drops the connection mid-answer — the case where a retry
 * would duplicate), while PUT and DELETE are retried like reads.
 */
class Magento2WriteRetryTest extends SandboxCamelSupport {

    private static final String CREATE = "magento2:products?connection=#shop&operation=create";
    private static final String UPDATE = "magento2:products?connection=#shop&operation=update";
    private static final Map<String, Object> NEW = Map.of("sku", "ONCE-1", "name", "Exactly once", "price", 9);

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        magento.seedProducts(2);
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        context.getRegistry().bind("bearer", bearerConnection());
        startCamelContext();
        // sign in before the faults, so they hit the writes
        template.requestBody("magento2:products?connection=#shop&pageSize=1", null, List.class);
    }

    private long productsWithSku(String sku) {
        return magento.products().all().stream().filter(p -> p.sku().equalsIgnoreCase(sku)).count();
    }

    @Test
    void aPostProcessedBeforeTheConnectionDroppedIsNotSentAgainAndTheErrorSaysWhatToCheck() {
        magento.faults().on("/V1/products").method("POST").times(1).respond(Fault.prematureEnd());

        ApiException e = failure(send(CREATE, NEW, Map.of()));

        assertThat(magento.faults().firedCount()).isEqualTo(1);
        assertThat(productsWithSku("ONCE-1")).as("Magento saved it, once").isEqualTo(1);
        assertThat(requests("POST", "/V1/products")).isEqualTo(1);
        assertThat(sleeps).as("no retry was planned").isEmpty();
        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
        assertThat(e.reason()).isEqualTo(FailureReason.CONNECTION_DROPPED);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage())
                .contains("outcome of creating product 'ONCE-1' is unknown")
                .contains("was not sent again")
                .contains("operation=get with header CamelMagento2ResourceKey=ONCE-1")
                .contains("operation=upsert is safe to repeat");
    }

    @Test
    void aPostDroppedBeforeProcessingIsNotRetriedEither() {
        // the client cannot tell this drop from the one above, so it must not retry: had it retried, the product
        // would exist now
        magento.faults().on("/V1/products").method("POST").times(1).respond(Fault.dropConnection());

        ApiException e = failure(send(CREATE, NEW, Map.of()));

        assertThat(productsWithSku("ONCE-1")).isZero();
        assertThat(requests("POST", "/V1/products")).isEqualTo(1);
        assertThat(e.getMessage()).contains("is unknown").contains("before sending it again");
    }

    @Test
    void aPostAnsweredWithAServerErrorIsNotRetried() {
        magento.faults().on("/V1/products").method("POST").times(1).respond(Fault.htmlPage(502));

        ApiException e = failure(send(CREATE, NEW, Map.of()));

        assertThat(requests("POST", "/V1/products")).isEqualTo(1);
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.getMessage()).contains("is unknown");
    }

    @Test
    void aPostRefusedWithRetryAfterWasNotProcessedAndIsRetried() {
        magento.faults().on("/V1/products").method("POST").times(1).respond(Fault.serviceUnavailable(Duration.ofSeconds(2)));

        Exchange out = send(CREATE, NEW, Map.of());

        assertThat(out.getException()).isNull();
        assertThat(productsWithSku("ONCE-1")).isEqualTo(1);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aPutIsRetriedAfterA503AndAfterADroppedAnswer() {
        Product p = magento.products().all().get(0);
        magento.faults().on("/V1/products/*").method("PUT").times(1).respond(Fault.htmlPage(503));
        magento.faults().on("/V1/products/*").method("PUT").times(1).respond(Fault.prematureEnd());

        Exchange out = send(UPDATE, Map.of("price", 42), Map.of(Magento2Constants.RESOURCE_KEY, p.sku()));

        assertThat(out.getException()).isNull();
        assertThat(requests("PUT", "/V1/products/")).isEqualTo(3);
        assertThat(sleeps).hasSize(2);
        assertThat(magento.products().find(p.sku()).orElseThrow().price()).isEqualByComparingTo("42");
    }

    @Test
    void aPutThatUploadsImagesIsNotRepeatableAndNotRetried() {
        Product p = magento.products().all().get(1);
        magento.faults().on("/V1/products/*").method("PUT").times(1).respond(Fault.prematureEnd());
        Map<String, Object> image = Map.of("media_type", "image", "label", "front", "content",
                Map.of("base64_encoded_data", "iVBORw0KGgo=", "type", "image/png", "name", "front.png"));

        ApiException e = failure(send(UPDATE, Map.of("media_gallery_entries", List.of(image)),
                Map.of(Magento2Constants.RESOURCE_KEY, p.sku())));

        assertThat(requests("PUT", "/V1/products/")).isEqualTo(1);
        assertThat(e.getMessage()).contains("outcome of updating product '" + p.sku() + "' is unknown");
    }

    @Test
    void aDeleteIsRetriedAfterADroppedConnection() {
        Product p = magento.products().all().get(0);
        magento.faults().on("/V1/products/*").method("DELETE").times(1).respond(Fault.dropConnection());

        Exchange out = send("magento2:products?connection=#shop&operation=delete", p.sku(), Map.of());

        assertThat(out.getException()).isNull();
        assertThat(requests("DELETE", "/V1/products/")).isEqualTo(2);
        assertThat(magento.products().find(p.sku())).isEmpty();
    }

    @Test
    void aRevokedTokenIsReplacedOnceAndThePostSavesOnce() {
        int tokensBefore = magento.tokenRequests(UserType.ADMIN);
        magento.revokeTokens(UserType.ADMIN, MagentoSandbox.ADMIN_USERNAME);

        Exchange out = send(CREATE, NEW, Map.of());

        assertThat(out.getException()).isNull();
        assertThat(productsWithSku("ONCE-1")).isEqualTo(1);
        assertThat(magento.tokenRequests(UserType.ADMIN) - tokensBefore).isEqualTo(1);
        // the refused POST was not processed (401), the replay was
        assertThat(magento.requests().matching(r -> r.method().equals("POST") && r.routePath().equals("/V1/products")))
                .extracting(r -> r.status()).containsExactly(401, 200);
    }

    @Test
    void aRefusedBearerTokenFailsTheWriteWithoutSavingOrShowingTheToken() {
        magento.settings().integrationTokenAsBearer(false);

        Exchange out = send("magento2:products?connection=#bearer&operation=create", NEW, Map.of());

        ApiException e = failure(out);
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).doesNotContain(MagentoSandbox.INTEGRATION_TOKEN);
        assertThat(out.getMessage().getHeader(Magento2Constants.HTTP_STATUS, Integer.class)).isEqualTo(401);
        assertThat(productsWithSku("ONCE-1")).isZero();
    }
}
