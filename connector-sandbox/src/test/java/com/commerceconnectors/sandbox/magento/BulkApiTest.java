package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.commerceconnectors.sandbox.magento.bulk.BulkQueue;
import com.commerceconnectors.sandbox.magento.bulk.OperationStatus;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.commerceconnectors.sandbox.magento.integration.IntegrationCredentials;
import com.commerceconnectors.sandbox.magento.store.StoreView;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Magento's asynchronous bulk API: accepting, queueing, the emulated consumer, and the status endpoints. */
class BulkApiTest extends SandboxFixture {

    private static final String BULK = "/all/async/bulk/V1/products";
    private static final String SUCCESS = "Service execution success Magento\\Catalog\\Model\\ProductRepository\\Interceptor::save";

    private final ManualClock clock = new ManualClock(Instant.parse("2025-06-02T10:15:00Z"));
    private MagentoSandbox magento;
    private String token;

    @Override
    protected Clock clock() {
        return clock;
    }

    @BeforeEach
    void start() throws Exception {
        magento = sandbox.magento();
        token = http.adminToken();
    }

    private static String products(String... skus) {
        List<String> entities = new ArrayList<>();
        for (String sku : skus) {
            entities.add("{\"product\":{\"sku\":\"" + sku + "\",\"name\":\"Name of " + sku + "\",\"price\":10}}");
        }
        return "[" + String.join(",", entities) + "]";
    }

    private Reply status(String uuid) {
        return http.get("/V1/bulk/" + uuid + "/status", token);
    }

    @Test
    void aBulkIsAcceptedWith202AndAppliedOnlyWhenTheConsumerRuns() {
        magento.bulk().consumeManually();

        Reply accepted = http.post(BULK, token, products("B-1", "B-2", "B-3"));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode body = accepted.json();
        String uuid = body.path("bulk_uuid").asText();
        assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(body.path("errors").asBoolean(true)).isFalse();
        assertThat(body.path("request_items")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode item = body.path("request_items").get(i);
            assertThat(item.path("id").asInt()).isEqualTo(i);
            assertThat(item.path("status").asText()).isEqualTo("accepted");
            assertThat(item.path("data_hash").asText()).matches("[0-9a-f]{64}");
        }
        assertThat(magento.products().find("B-1")).as("queued, not applied").isEmpty();

        JsonNode open = status(uuid).json();
        assertThat(open.path("operations_list")).hasSize(3)
                .allSatisfy(op -> assertThat(op.path("status").asInt()).isEqualTo(4));
        assertThat(open.path("operation_count").asInt()).isEqualTo(3);
        assertThat(magento.bulk().openOperations()).isEqualTo(3);

        assertThat(magento.runBulkConsumer()).isEqualTo(3);

        assertThat(magento.products().find("B-2")).map(Product::name).contains("Name of B-2");
        JsonNode done = status(uuid).json();
        assertThat(done.path("bulk_id").asText()).isEqualTo(uuid);
        assertThat(done.path("description").asText())
                .isEqualTo("Topic async.magento.catalog.api.productrepositoryinterface.save.post");
        assertThat(done.path("user_type").asInt()).as("an admin").isEqualTo(2);
        assertThat(done.path("start_time").asText()).isEqualTo("2025-06-02 10:15:00");
        assertThat(done.path("operations_list")).allSatisfy(op -> {
            assertThat(op.path("status").asInt()).isEqualTo(1);
            assertThat(op.path("result_message").asText()).isEqualTo(SUCCESS);
            assertThat(op.path("error_code").isNull()).isTrue();
        });
    }

    @Test
    void byDefaultTheConsumerCatchesUpAfterTheFirstStatusAnswer() {
        String uuid = http.post(BULK, token, products("AUTO-1", "AUTO-2")).json().path("bulk_uuid").asText();

        JsonNode first = status(uuid).json();
        JsonNode second = status(uuid).json();

        assertThat(first.path("operations_list")).allSatisfy(op -> assertThat(op.path("status").asInt()).isEqualTo(4));
        assertThat(second.path("operations_list")).allSatisfy(op -> assertThat(op.path("status").asInt()).isEqualTo(1));
        assertThat(magento.products().find("AUTO-2")).isPresent();
    }

    @Test
    void consumeAfterZeroPollsAppliesBeforeTheFirstAnswer() {
        magento.bulk().consumeAfterPolls(0);
        String uuid = http.post(BULK, token, products("NOW-1")).json().path("bulk_uuid").asText();

        assertThat(status(uuid).json().path("operations_list").get(0).path("status").asInt()).isEqualTo(1);
    }

    @Test
    void anEntityTheSaveRefusesFailsAloneWithStatus3AndTheRenderedMessage() {
        magento.bulk().consumeManually();
        String body = "[{\"product\":{\"sku\":\"OK-1\",\"name\":\"Fine\",\"price\":1}},"
                + "{\"product\":{\"sku\":\"NO-NAME\",\"price\":1}},"
                + "{\"product\":{\"sku\":\"OK-2\",\"name\":\"Fine too\",\"price\":2}}]";
        String uuid = http.post(BULK, token, body).json().path("bulk_uuid").asText();
        magento.runBulkConsumer();

        JsonNode ops = status(uuid).json().path("operations_list");

        assertThat(ops.get(0).path("status").asInt()).isEqualTo(1);
        assertThat(ops.get(1).path("id").asInt()).isEqualTo(1);
        assertThat(ops.get(1).path("status").asInt()).isEqualTo(3);
        assertThat(ops.get(1).path("result_message").asText())
                .isEqualTo("The \"Product Name\" attribute value is empty. Set the attribute and try again.");
        assertThat(ops.get(1).path("error_code").asInt(-1)).isZero();
        assertThat(ops.get(2).path("status").asInt()).isEqualTo(1);
        assertThat(magento.products().find("NO-NAME")).isEmpty();
        assertThat(http.get("/V1/bulk/" + uuid + "/operation-status/3", token).body()).isEqualTo("1");
        assertThat(http.get("/V1/bulk/" + uuid + "/operation-status/1", token).body()).isEqualTo("2");
        assertThat(http.get("/V1/bulk/" + uuid + "/operation-status/4", token).body()).isEqualTo("0");
    }

    @Test
    void aTypeErrorInAnyEntityRefusesTheWholeRequestAndQueuesNothing() {
        Reply reply = http.post(BULK, token, "[{\"product\":{\"sku\":\"T-1\",\"name\":\"T\",\"price\":1}},"
                + "{\"product\":{\"sku\":\"T-2\",\"name\":\"T\",\"price\":\"cheap\"}}]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).contains("\"cheap\" value's type is invalid");
        assertThat(magento.bulk().bulks()).isEmpty();
        assertThat(magento.bulk().openOperations()).isZero();
    }

    @Test
    void anEntityWithoutTheProductWrapperRefusesTheRequest() {
        Reply reply = http.post(BULK, token, "[{\"sku\":\"BARE\",\"name\":\"Bare\",\"price\":1}]");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.message()).isEqualTo("\"%fieldName\" is required. Enter and try again.");
        assertThat(reply.json().path("parameters").path("fieldName").asText()).isEqualTo("product");
        assertThat(magento.bulk().bulks()).isEmpty();
    }

    @Test
    void scalarEntitiesAreSkippedAndKeepTheirKeys() {
        Reply reply = http.post(BULK, token, "[42, {\"product\":{\"sku\":\"K-1\",\"name\":\"K\",\"price\":1}}]");

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(reply.json().path("request_items")).hasSize(1);
        assertThat(reply.json().path("request_items").get(0).path("id").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownBulkIsA404InMagentosWordsAndCountsNothing() {
        Reply reply = status("00000000-0000-0000-0000-000000000000");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.message()).isEqualTo("Bulk uuid %bulkUuid not exist");
        assertThat(reply.json().path("parameters").path("bulkUuid").asText())
                .isEqualTo("00000000-0000-0000-0000-000000000000");
        assertThat(http.get("/V1/bulk/nope/detailed-status", token).status()).isEqualTo(404);
        assertThat(http.get("/V1/bulk/nope/operation-status/1", token).body()).isEqualTo("0");
    }

    @Test
    void bulkRoutesNeedTheSameCredentialsAsTheSynchronousOnes() {
        Reply anonymous = http.post(BULK, null, products("ANON-1"));
        Reply customer = http.post(BULK, http.customerToken(MagentoSandbox.CUSTOMER_EMAIL,
                MagentoSandbox.CUSTOMER_PASSWORD), products("CUST-1"));
        Reply integration = http.post(BULK, MagentoSandbox.INTEGRATION_TOKEN, products("INT-1"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("parameters").path("resources").asText()).isEqualTo("Magento_Catalog::products");
        assertThat(customer.status()).isEqualTo(401);
        assertThat(integration.status()).isEqualTo(202);
        String uuid = integration.json().path("bulk_uuid").asText();
        assertThat(http.get("/V1/bulk/" + uuid + "/status", null).status()).isEqualTo(401);
        assertThat(http.get("/V1/bulk/" + uuid + "/status", MagentoSandbox.INTEGRATION_TOKEN).json()
                .path("user_type").asInt()).as("an integration").isEqualTo(1);
        assertThat(magento.bulk().bulks()).hasSize(1);
    }

    @Test
    void readingBulkStatusNeedsTheBulkActionsResource() {
        magento.createIntegration("catalog-only", "Magento_Catalog::products");
        IntegrationCredentials limited = magento.activateIntegration("catalog-only");
        Reply accepted = http.post(BULK, limited.accessToken(), products("LIM-1"));

        Reply status = status(accepted.json().path("bulk_uuid").asText());
        Reply refused = http.get("/V1/bulk/" + accepted.json().path("bulk_uuid").asText() + "/status",
                limited.accessToken());

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(status.status()).as("the admin may").isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("parameters").path("resources").asText())
                .isEqualTo("Magento_AsynchronousOperations::system_magento_logging_bulk_operations");
    }

    @Test
    void theStoreCodeOfTheAsyncUrlIsWhereTheConsumerWrites() {
        StoreView german = magento.stores().addStoreView("de", "German");
        magento.seedProducts(1);
        magento.bulk().consumeManually();

        assertThat(http.post("/de/async/bulk/V1/products", token,
                "[{\"product\":{\"sku\":\"SBX-000001\",\"name\":\"Deutsch\"}}]").status()).isEqualTo(202);
        assertThat(http.post("/async/bulk/V1/products", token,
                "[{\"product\":{\"sku\":\"SBX-000001\",\"price\":3}}]").status()).isEqualTo(202);
        magento.runBulkConsumer();

        Product product = magento.products().find("SBX-000001").orElseThrow();
        assertThat(product.inStore(german.id()).name()).isEqualTo("Deutsch");
        assertThat(product.name()).as("the global name is untouched").isNotEqualTo("Deutsch");
        assertThat(product.price()).isEqualByComparingTo(new BigDecimal("3"));
        String firstUuid = magento.bulk().bulks().get(0).uuid();
        JsonNode detailed = http.get("/V1/bulk/" + firstUuid + "/detailed-status", token).json();
        assertThat(detailed.path("operations_list").get(0).path("serialized_data").asText())
                .contains("\"store_id\":" + german.id());
        String defaultUuid = magento.bulk().bulks().get(1).uuid();
        assertThat(http.get("/V1/bulk/" + defaultUuid + "/detailed-status", token).json()
                .path("operations_list").get(0).path("serialized_data").asText())
                .as("/rest/async/… is the default store view").contains("\"store_id\":1");
    }

    @Test
    void theDetailedStatusCarriesTheQueuedMessageAndTheSavedProduct() {
        magento.bulk().consumeAfterPolls(0);
        String uuid = http.post(BULK, token, products("DET-1")).json().path("bulk_uuid").asText();

        JsonNode op = http.get("/V1/bulk/" + uuid + "/detailed-status", token).json().path("operations_list").get(0);

        assertThat(op.path("bulk_uuid").asText()).isEqualTo(uuid);
        assertThat(op.path("topic_name").asText()).isEqualTo("async.magento.catalog.api.productrepositoryinterface.save.post");
        assertThat(op.path("serialized_data").asText()).contains("meta_information").contains("DET-1");
        assertThat(op.path("result_serialized_data").asText()).contains("\"sku\":\"DET-1\"");
        assertThat(op.path("status").asInt()).isEqualTo(1);
    }

    @Test
    void putBySkuTakesEachSkuFromItsEntity() {
        magento.seedProducts(2);
        magento.bulk().consumeAfterPolls(0);
        Reply reply = http.put("/all/async/bulk/V1/products/bySku", token,
                "[{\"sku\":\"SBX-000001\",\"product\":{\"price\":11}},{\"sku\":\"SBX-000002\",\"product\":{\"price\":12}}]");

        JsonNode done = status(reply.json().path("bulk_uuid").asText()).json();

        assertThat(reply.status()).isEqualTo(202);
        assertThat(done.path("description").asText()).endsWith("save.put");
        assertThat(magento.products().find("SBX-000001").orElseThrow().price()).isEqualByComparingTo("11");
        assertThat(magento.products().find("SBX-000002").orElseThrow().price()).isEqualByComparingTo("12");
    }

    @Test
    void theSingleAsyncRoutesQueueOneOperation() {
        magento.bulk().consumeAfterPolls(0);
        Reply post = http.post("/all/async/V1/products", token, "{\"product\":{\"sku\":\"ONE-1\",\"name\":\"One\",\"price\":1}}");
        Reply put = http.put("/all/async/V1/products/ONE-2", token, "{\"product\":{\"name\":\"Two\",\"price\":2}}");

        assertThat(post.status()).isEqualTo(202);
        assertThat(put.status()).isEqualTo(202);
        assertThat(status(post.json().path("bulk_uuid").asText()).json().path("operation_count").asInt()).isEqualTo(1);
        status(put.json().path("bulk_uuid").asText());
        assertThat(magento.products().find("ONE-1")).isPresent();
        assertThat(magento.products().find("ONE-2")).map(Product::name).contains("Two");
    }

    @Test
    void getIsNotAnAsynchronousMethod() {
        assertThat(http.get("/all/async/bulk/V1/products", token).status()).isEqualTo(404);
        assertThat(http.get("/all/async/V1/products/SBX-000001", token).message())
                .isEqualTo("Request does not match any route.");
    }

    @Test
    void injectedFailuresEndOperationsWithoutApplyingThem() {
        magento.bulk().consumeManually().deadlockNext(1)
                .failNext(1, OperationStatus.REJECTED, "Not allowed", 0);
        String uuid = http.post(BULK, token, products("F-1", "F-2", "F-3")).json().path("bulk_uuid").asText();
        magento.runBulkConsumer();

        JsonNode ops = status(uuid).json().path("operations_list");

        assertThat(ops.get(0).path("status").asInt()).isEqualTo(2);
        assertThat(ops.get(0).path("result_message").asText()).isEqualTo(BulkQueue.DEADLOCK_MESSAGE);
        assertThat(ops.get(1).path("status").asInt()).isEqualTo(5);
        assertThat(ops.get(2).path("status").asInt()).isEqualTo(1);
        assertThat(magento.products().find("F-1")).isEmpty();
        assertThat(magento.products().find("F-3")).isPresent();
    }

    @Test
    void theConsumerWorksOldestFirstAcrossBulks() {
        magento.bulk().consumeManually();
        String first = http.post(BULK, token, products("Q-1", "Q-2", "Q-3")).json().path("bulk_uuid").asText();
        String second = http.post(BULK, token, products("Q-4")).json().path("bulk_uuid").asText();

        assertThat(magento.bulk().runConsumer(2)).isEqualTo(2);

        assertThat(magento.bulk().find(first).orElseThrow().count(OperationStatus.COMPLETE)).isEqualTo(2);
        assertThat(magento.bulk().find(second).orElseThrow().finished()).isFalse();
        assertThat(magento.bulk().runConsumer()).isEqualTo(2);
        assertThat(magento.bulk().find(second).orElseThrow().finished()).isTrue();
        assertThat(magento.bulk().processedOperations()).isEqualTo(4);
    }
}
