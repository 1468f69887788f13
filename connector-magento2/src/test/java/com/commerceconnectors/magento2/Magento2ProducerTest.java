package com.commerceconnectors.magento2;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.search.PagingMode;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Magento2ProducerTest extends SandboxCamelSupport {

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        magento.seedProducts(120);
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        context.getRegistry().bind("bearer", bearerConnection());
        startCamelContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchReadsOnePageWithFiltersAndTheTotal() {
        Exchange out = template.request("magento2:products?connection=#shop&operation=search&pageSize=10&currentPage=2"
                + "&filter=type_id:eq:simple&sort=entity_id:desc", e -> { });
        assertThat(out.getException()).isNull();
        List<Map<String, Object>> items = out.getMessage().getBody(List.class);
        long expectedTotal = magento.products().all().stream().filter(p -> p.typeId().equals("simple")).count();
        assertThat(out.getMessage().getHeader(Magento2Constants.TOTAL_COUNT, Long.class)).isEqualTo(expectedTotal);
        assertThat(items).hasSize(10).allSatisfy(p -> assertThat(p.get("type_id")).isEqualTo("simple"));
        List<Integer> ids = items.stream().map(p -> ((Number) p.get("id")).intValue()).toList();
        assertThat(ids).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    @SuppressWarnings("unchecked")
    void fetchAllEndsOnBothMagentoPagingBehaviours() {
        for (PagingMode mode : PagingMode.values()) {
            magento.settings().pagingMode(mode);
            List<Map<String, Object>> all = template.requestBody(
                    "magento2:products?connection=#shop&operation=search&fetchAll=true&pageSize=25&sort=entity_id", null, List.class);
            Set<Object> skus = new HashSet<>();
            all.forEach(p -> skus.add(p.get("sku")));
            assertThat(all).as(mode.name()).hasSize(120);
            assertThat(skus).as(mode.name()).hasSize(120);
        }
        // a multiple of the page size: 2.3 answers page 6 with page 5 again, 2.4 with an empty page
        magento.settings().pagingMode(PagingMode.REPEAT_LAST_PAGE);
        List<?> exact = template.requestBody(
                "magento2:products?connection=#shop&operation=search&fetchAll=true&pageSize=24&sort=entity_id", null, List.class);
        assertThat(exact).hasSize(120);
    }

    @Test
    @SuppressWarnings("unchecked")
    void getsAProductWhoseSkuHasASlashFromAStoreView() {
        var product = magento.products().all().get(0);
        magento.products().update(product.sku(), p -> p.withSku("MB/01 blue"));
        Map<String, Object> body = template.requestBodyAndHeader("magento2:products?connection=#shop&operation=get",
                null, Magento2Constants.RESOURCE_KEY, "MB/01 blue", Map.class);
        assertThat(body.get("sku")).isEqualTo("MB/01 blue");
        assertThat(magento.requests().last().orElseThrow().path()).endsWith("/V1/products/MB%2F01%20blue");
        assertThat(magento.requests().last().orElseThrow().scope()).isNull();

        template.requestBodyAndHeader("magento2:products?connection=#shop&operation=get&storeCode=default", "MB/01 blue",
                Magento2Constants.STORE_CODE, "all", Map.class);
        assertThat(magento.requests().last().orElseThrow().scope()).isEqualTo("all");
    }

    @Test
    void aMissingRecordIsANotFoundErrorThatSaysSo() {
        assertThatThrownBy(() -> template.requestBodyAndHeader("magento2:products?connection=#shop&operation=get", null,
                Magento2Constants.RESOURCE_KEY, "NO-SUCH-SKU"))
                .isInstanceOf(CamelExecutionException.class)
                .cause()
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.NOT_FOUND);
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("NO-SUCH-SKU");
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void rawCallsReadAnyPathAndWritesDefaultToAllStores() {
        List<Map<String, Object>> views = template.requestBodyAndHeaders("magento2:raw?connection=#shop&operation=raw", null,
                Map.of(Magento2Constants.HTTP_PATH, "V1/store/storeViews"), List.class);
        assertThat(views).isNotEmpty();
        assertThat(views.get(0)).containsKey("code");

        template.requestBodyAndHeaders("magento2:raw?connection=#shop&operation=raw",
                "{\"product\":{\"sku\":\"RAW-1\",\"name\":\"Raw\",\"price\":5,\"attribute_set_id\":4,\"type_id\":\"simple\"}}",
                Map.of(Magento2Constants.HTTP_METHOD, "POST", Magento2Constants.HTTP_PATH, "V1/products"));
        assertThat(magento.requests().last().orElseThrow().scope()).isEqualTo("all");
        assertThat(magento.products().find("RAW-1")).isPresent();
    }

    @Test
    void bearerTokensAreSentAsIsAndRefusedTokensAreNotRetried() {
        template.requestBody("magento2:products?connection=#bearer&pageSize=1", null, List.class);
        assertThat(magento.lastAuthorizationHeader()).isPresent();

        magento.settings().integrationTokenAsBearer(false); // Magento 2.4.4+ default
        int before = magento.apiCalls();
        assertThatThrownBy(() -> template.requestBody("magento2:products?connection=#bearer&pageSize=1", null, List.class))
                .cause()
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("Bearer").doesNotContain(MagentoSandbox.INTEGRATION_TOKEN);
                });
        assertThat(magento.apiCalls() - before).isEqualTo(1);
    }

    @Test
    void sixtyFourConcurrentCallersOnAColdCacheCauseOneTokenRequest() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(() -> template.requestBody("magento2:products?connection=#shop&pageSize=1", null, List.class));
            }
            for (Future<Object> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void testConnectionSaysWhatIsWrongAndNeverRetriesAWrongPassword() {
        Map<String, Object> ok = template.requestBody("magento2:x?connection=#shop&operation=testConnection", null, Map.class);
        assertThat(ok).containsEntry("ok", true).containsEntry("category", "OK").containsEntry("authType", "requestAuth");

        context.getRegistry().bind("wrong", connection("""
                {"name":"wrong","connector":"magento2","baseUri":"%s",
                 "auth":{"type":"requestAuth","username":"admin","password":"not-the-password"}}
                """.formatted(magento.restUri())));
        int before = magento.tokenRequests(UserType.ADMIN);
        Exchange out = template.request("magento2:x?connection=#wrong&operation=testConnection", e -> { });
        Map<String, Object> failed = out.getMessage().getBody(Map.class);
        assertThat(failed).containsEntry("ok", false).containsEntry("category", "AUTHENTICATION");
        assertThat((String) failed.get("hint")).contains("6 failed sign-ins");
        assertThat(out.getMessage().getHeader(Magento2Constants.CONNECTION_OK, Boolean.class)).isFalse();
        assertThat(failed.toString()).doesNotContain("not-the-password");
        assertThat(magento.tokenRequests(UserType.ADMIN) - before).isEqualTo(1);
    }

    @Test
    void secretsInEndpointOptionsAreMaskedInUrisAndTheConfigurationIsValidated() {
        String uri = "magento2:products?baseUri=" + magento.restUri() + "&username=admin&password=" + MagentoSandbox.ADMIN_PASSWORD;
        List<?> page = template.requestBody(uri + "&pageSize=2", null, List.class);
        assertThat(page).hasSize(2);
        context.getEndpoints().forEach(e -> assertThat(e.toString()).doesNotContain(MagentoSandbox.ADMIN_PASSWORD));

        assertThatThrownBy(() -> template.requestBody("magento2:products?baseUri=ftp://shop&bearerToken=abc", (Object) null))
                .hasStackTraceContaining("/baseUri")
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("bearerToken=abc"));
        assertThatThrownBy(() -> template.requestBody("magento2:products?connection=#shop&bearerToken=abc", (Object) null))
                .hasStackTraceContaining("exactly one source");
    }

    private static String stackText(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            s.append(c.getMessage()).append('\n');
        }
        return s.toString();
    }
}
