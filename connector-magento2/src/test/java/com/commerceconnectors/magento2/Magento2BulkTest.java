package com.commerceconnectors.magento2;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.bulk.BulkQueue;
import com.commerceconnectors.sandbox.magento.bulk.BulkSnapshot;
import com.commerceconnectors.sandbox.magento.bulk.OperationStatus;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.commerceconnectors.sandbox.magento.store.StoreView;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * operation=bulk against the sandbox's asynchronous bulk API over real HTTP: batching, waiting through the injected
 * sleeper (nothing sleeps for real), per-record failures, timeouts, store codes, 401s, and the POST that is never
 * sent twice.
 */
class Magento2BulkTest extends SandboxCamelSupport {

    private static final String BULK = "magento2:products?connection=#shop&operation=bulk";
    private static final String BULK_ROUTE = "/async/bulk/V1/products";

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        startCamelContext();
    }

    private static List<Object> products(String prefix, int count) {
        List<Object> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Object> product = Map.of("sku", prefix + i, "name", "Bulk product " + i, "price", 10 + i);
            // bare and wrapped records may be mixed
            records.add(i % 2 == 0 ? product : Map.of("product", product));
        }
        return records;
    }

    private List<RecordedRequest> bulkPosts() {
        return magento.requests().matching(r -> r.method().equals("POST") && BULK_ROUTE.equals(r.routePath()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(Exchange exchange) {
        assertThat(exchange.getException()).as("the exchange succeeded").isNull();
        return exchange.getMessage().getBody(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> failures(Map<String, Object> summary) {
        return (List<Map<String, Object>>) summary.get("failures");
    }

    @Test
    void twoHundredFiftyProductsGoAsThreeBulksToAllAndAllComplete() {
        Exchange out = send(BULK, products("MANY-", 250), Map.of());

        Map<String, Object> summary = summary(out);
        assertThat(summary).containsEntry("total", 250).containsEntry("complete", 250).containsEntry("failed", 0)
                .containsEntry("rejected", 0).containsEntry("open", 0);
        assertThat(failures(summary)).isEmpty();
        assertThat(bulkPosts()).hasSize(3).allSatisfy(r -> assertThat(r.scope()).isEqualTo("all"));
        assertThat(magento.bulk().bulks()).extracting(BulkSnapshot::operationCount).containsExactly(100, 100, 50);
        List<String> uuids = magento.bulk().bulks().stream().map(BulkSnapshot::uuid).toList();
        assertThat(summary.get("bulkUuids")).isEqualTo(uuids);
        assertThat(out.getMessage().getHeader(Magento2Constants.BULK_UUIDS)).isEqualTo(uuids);
        assertThat(magento.products().size()).isEqualTo(250);
        assertThat(magento.products().find("MANY-249")).map(Product::name).contains("Bulk product 249");
        // the sandbox consumer catches up after a bulk's first status answer: one round open, one sleep, one round done
        assertThat(requests("GET", "/V1/bulk/")).isEqualTo(6);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void productsMagentoRefusesFailTheExchangeNamingTheirIndexAndTheRestIsSaved() {
        List<Object> records = new ArrayList<>(products("VAL-", 5));
        records.set(1, Map.of("sku", "VAL-NONAME", "price", 5));
        records.set(3, Map.of("product", Map.of("sku", "VAL-NOPRICE", "name", "No price")));

        Exchange out = send(BULK, records, Map.of());

        ApiException e = failure(out);
        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(e.getMessage())
                .contains("Magento did not save 2 of 5 records of the bulk")
                .contains("#1 (VAL-NONAME) failed: The \"Product Name\" attribute value is empty. Set the attribute and try again; #3")
                .contains("#3 (VAL-NOPRICE) failed: The \"Price\" attribute value is empty")
                .contains("CamelMagento2BulkSummary");
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = out.getMessage().getHeader(Magento2Constants.BULK_SUMMARY, Map.class);
        assertThat(failures(summary)).extracting(f -> f.get("index")).containsExactly(1, 3);
        assertThat(summary).containsEntry("complete", 3).containsEntry("failed", 2);
        assertThat(out.getMessage().getBody()).as("the body stays the records").isEqualTo(records);
        assertThat(magento.products().find("VAL-4")).isPresent();
        assertThat(magento.products().find("VAL-NONAME")).isEmpty();
    }

    @Test
    void withFailOnItemErrorFalseTheSummaryIsTheBodyAndEveryFailureKindIsReported() {
        magento.bulk().deadlockNext(1).failNext(1, OperationStatus.REJECTED, "Not allowed for this user", 0);
        List<Object> records = new ArrayList<>(products("KIND-", 4));
        records.set(3, Map.of("sku", "KIND-NONAME", "price", 1));

        Map<String, Object> summary = summary(send(BULK + "&bulkFailOnItemError=false", records, Map.of()));

        assertThat(summary).containsEntry("total", 4).containsEntry("complete", 1).containsEntry("failed", 2)
                .containsEntry("rejected", 1).containsEntry("open", 0);
        List<Map<String, Object>> failures = failures(summary);
        assertThat(failures).extracting(f -> f.get("status")).containsExactly("retriable", "rejected", "failed");
        assertThat(failures.get(0)).containsEntry("index", 0).containsEntry("key", "KIND-0")
                .containsEntry("message", BulkQueue.DEADLOCK_MESSAGE)
                .containsEntry("bulkUuid", magento.bulk().bulks().get(0).uuid());
        assertThat(failures.get(1)).containsEntry("index", 1).containsEntry("message", "Not allowed for this user");
        assertThat(failures.get(2)).containsEntry("index", 3).containsEntry("key", "KIND-NONAME");
    }

    @Test
    void onlyRetriableFailuresAreAServerErrorThatSaysToSendThemAgain() {
        magento.bulk().deadlockNext(2);

        ApiException e = failure(send(BULK, products("DL-", 3), Map.of()));

        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER);
        assertThat(e.getMessage()).contains("#0 (DL-0) retriable: SQLSTATE[40001]").contains("send those records again");
    }

    @Test
    void aConsumerThatNeverRunsTimesOutNamingTheBulksAndTheRecordsStayQueued() {
        magento.bulk().consumeManually();

        Exchange out = send(BULK + "&bulkSize=4&bulkPollInterval=1s&bulkTimeout=5s", products("LATE-", 6), Map.of());

        ApiException e = failure(out);
        List<String> uuids = magento.bulk().bulks().stream().map(BulkSnapshot::uuid).toList();
        assertThat(uuids).hasSize(2);
        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER);
        assertThat(e.getMessage())
                .contains("has not processed 6 of 6 records within 5 seconds")
                .contains(uuids.get(0)).contains(uuids.get(1))
                .contains("do not send them again")
                .contains("async.operations.all");
        assertThat(sleeps).hasSize(5).allMatch(d -> d.equals(Duration.ofSeconds(1)));
        assertThat(requests("GET", "/V1/bulk/")).as("6 rounds of 2 bulks").isEqualTo(12);
        assertThat(out.getMessage().getHeader(Magento2Constants.BULK_UUIDS)).isEqualTo(uuids);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = out.getMessage().getHeader(Magento2Constants.BULK_SUMMARY, Map.class);
        assertThat(summary).containsEntry("open", 6).containsEntry("complete", 0);

        assertThat(magento.runBulkConsumer()).as("queued all along").isEqualTo(6);
        assertThat(magento.products().find("LATE-5")).isPresent();
    }

    @Test
    void withoutWaitingTheQueuedRecordsAreOpenAndNoStatusIsRead() {
        magento.bulk().consumeManually();

        Exchange out = send(BULK + "&bulkWaitForCompletion=false", products("NOWAIT-", 3), Map.of());

        assertThat(summary(out)).containsEntry("open", 3).containsEntry("complete", 0);
        assertThat(requests("GET", "/V1/bulk/")).isZero();
        assertThat(sleeps).isEmpty();
        assertThat(magento.bulk().openOperations()).isEqualTo(3);
    }

    @Test
    void aStoreCodeSendsTheBulkToThatStoreView() {
        StoreView german = magento.stores().addStoreView("de", "German");
        magento.seedProducts(1);

        Exchange out = send(BULK, List.of(Map.of("sku", "SBX-000001", "name", "Deutscher Name")),
                Map.of(Magento2Constants.STORE_CODE, "de"));

        assertThat(summary(out)).containsEntry("complete", 1);
        assertThat(bulkPosts()).singleElement().satisfies(r -> assertThat(r.scope()).isEqualTo("de"));
        Product product = magento.products().find("SBX-000001").orElseThrow();
        assertThat(product.inStore(german.id()).name()).isEqualTo("Deutscher Name");
        assertThat(product.name()).isNotEqualTo("Deutscher Name");
    }

    @Test
    void aRevokedTokenIsRefreshedOnceAndTheRefusedPostReplayedWithoutDuplicates() {
        template.requestBody("magento2:products?connection=#shop&pageSize=1", null, List.class);
        magento.revokeTokens(UserType.ADMIN, MagentoSandbox.ADMIN_USERNAME);

        Map<String, Object> summary = summary(send(BULK, products("REAUTH-", 3), Map.of()));

        assertThat(summary).containsEntry("complete", 3);
        assertThat(bulkPosts()).extracting(RecordedRequest::status).containsExactly(401, 202);
        assertThat(magento.bulk().bulks()).as("the 401 queued nothing; the replay queued once").hasSize(1);
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(2);
    }

    @Test
    void aRefusedBearerTokenFailsWithAuthenticationAndQueuesNothing() {
        context.getRegistry().bind("wrong", connection("""
                {"name":"wrong-bearer","connector":"magento2","baseUri":"%s",
                 "auth":{"type":"bearer","token":"not-a-valid-token-0000000000001"}}
                """.formatted(magento.restUri())));

        ApiException e = failure(send("magento2:products?connection=#wrong&operation=bulk", products("NOPE-", 2),
                Map.of()));

        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.getMessage()).contains("Magento did not take bulk request 1 of 1 (records #0–#1)")
                .doesNotContain("not-a-valid-token");
        assertThat(bulkPosts()).hasSize(1);
        assertThat(magento.bulk().bulks()).isEmpty();
    }

    @Test
    void aDroppedConnectionAfterMagentoQueuedTheBulkIsNotSentAgainAndTheRestIsNotSent() {
        magento.faults().on(BULK_ROUTE).method("POST").times(1).respond(Fault.prematureEnd());

        Exchange out = send(BULK + "&bulkSize=10", products("DROP-", 30), Map.of());

        ApiException e = failure(out);
        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
        assertThat(e.reason()).isEqualTo(FailureReason.CONNECTION_DROPPED);
        assertThat(e.getMessage())
                .contains("outcome of bulk request 1 of 3 (records #0–#9) is unknown")
                .contains("were not sent again")
                .contains("Bulk Actions")
                .contains("Not sent: records #10–#29");
        assertThat(bulkPosts()).hasSize(1);
        assertThat(sleeps).as("no retry was planned").isEmpty();
        assertThat(magento.bulk().bulks()).as("Magento queued it, once").hasSize(1);
    }

    @Test
    void aConnectionDroppedBeforeProcessingIsNotRetriedEither() {
        magento.faults().on(BULK_ROUTE).method("POST").times(1).respond(Fault.dropConnection());

        ApiException e = failure(send(BULK, products("DROP2-", 2), Map.of()));

        assertThat(e.getMessage()).contains("is unknown");
        assertThat(bulkPosts()).hasSize(1);
        assertThat(magento.bulk().bulks()).isEmpty();
    }

    @Test
    void aBatchMagentoRefusesAsAWholeIsRejectedAndTheOthersGoOn() {
        List<Object> records = new ArrayList<>(products("WHOLE-", 25));
        records.set(12, Map.of("sku", "WHOLE-12", "name", "Cheap", "price", "cheap"));

        Map<String, Object> summary = summary(send(BULK + "&bulkSize=10&bulkFailOnItemError=false", records, Map.of()));

        assertThat(summary).containsEntry("complete", 15).containsEntry("rejected", 10).containsEntry("failed", 0);
        assertThat(failures(summary)).extracting(f -> f.get("index"))
                .containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(failures(summary).get(0).get("message").toString())
                .contains("as a whole").contains("\"cheap\" value's type is invalid");
        assertThat(failures(summary).get(0)).doesNotContainKey("bulkUuid");
        assertThat((List<?>) summary.get("bulkUuids")).hasSize(2);
        assertThat(magento.products().find("WHOLE-11")).isEmpty();
        assertThat(magento.products().find("WHOLE-24")).isPresent();
    }

    @Test
    void withInputLimitsOnOnlyRecordsWithListsOverTheStoresLimitAreRejectedAndTheRestIsSaved() {
        magento.settings().inputLimits(true); // the synchronous Input List Limit, 20, applies to bulk entities
        List<Object> records = new ArrayList<>(products("LIST-", 25));
        records.set(3, Map.of("sku", "LIST-3", "name", "Many tiers", "price", 3, "tier_prices", tierPrices(21)));
        records.set(17, Map.of("product", Map.of("sku", "LIST-17", "name", "Many tiers too", "price", 3,
                "tier_prices", tierPrices(30))));
        records.set(20, Map.of("sku", "LIST-20", "name", "Twenty tiers", "price", 3, "tier_prices", tierPrices(20)));

        Map<String, Object> summary = summary(send(BULK + "&bulkSize=10&bulkFailOnItemError=false", records, Map.of()));

        assertThat(summary).containsEntry("complete", 23).containsEntry("rejected", 2).containsEntry("failed", 0);
        assertThat(failures(summary)).extracting(f -> f.get("index")).containsExactly(3, 17);
        assertThat(failures(summary).get(0).get("message").toString())
                .contains("tier_prices has 21 items").contains("at most 20")
                .contains("Maximum items of type \"\\Magento\\Catalog\\Api\\Data\\ProductTierPriceInterface\" is 20")
                .doesNotContain("%max").doesNotContain("%type");
        assertThat(failures(summary).get(1).get("message").toString()).contains("tier_prices has 30 items");
        // the first batch was refused once, then sent without record #3; the second was checked before it went
        assertThat(bulkPosts()).hasSize(4);
        assertThat(magento.products().find("LIST-3")).isEmpty();
        assertThat(magento.products().find("LIST-20")).isPresent();
        assertThat(magento.products().size()).isEqualTo(23);
    }

    private static List<Object> tierPrices(int count) {
        List<Object> tiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tiers.add(Map.of("customer_group_id", 0, "qty", i + 1, "value", 1));
        }
        return tiers;
    }

    @Test
    void aStatusThatCannotBeReadNamesTheQueuedBulks() {
        magento.faults().on("/V1/bulk/*").method("GET").times(10).respond(Fault.htmlPage(502));

        Exchange out = send(BULK, products("UNREAD-", 2), Map.of());

        ApiException e = failure(out);
        String uuid = magento.bulk().bulks().get(0).uuid();
        assertThat(e.getMessage()).contains("Magento accepted the records as bulk " + uuid)
                .contains("reading their status failed")
                .contains("rather than sending them again");
        assertThat(out.getMessage().getHeader(Magento2Constants.BULK_UUIDS)).isEqualTo(List.of(uuid));
        assertThat(bulkPosts()).hasSize(1);
    }

    @Test
    void anIntegrationThatMayNotReadBulkStatusIsToldWhichResourceItNeeds() {
        magento.createIntegration("catalog-only", "Magento_Catalog::products");
        String token = magento.activateIntegration("catalog-only").accessToken();
        context.getRegistry().bind("limited", connection("""
                {"name":"limited","connector":"magento2","baseUri":"%s","auth":{"type":"bearer","token":"%s"}}
                """.formatted(magento.restUri(), token)));

        ApiException e = failure(send("magento2:products?connection=#limited&operation=bulk", products("ACL-", 1),
                Map.of()));

        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.getMessage()).contains("Magento_AsynchronousOperations::system_magento_logging_bulk_operations")
                .doesNotContain(token);
    }

    @Test
    void unusableInputFailsBeforeAnythingIsSent() {
        ApiException single = failure(send(BULK, Map.of("sku", "ONE", "name", "One", "price", 1), Map.of()));
        ApiException notARecord = failure(send(BULK, List.of(Map.of("sku", "A", "name", "A", "price", 1), "oops"),
                Map.of()));
        ApiException wrapped = failure(send(BULK, List.of(Map.of("sku", "A", "name", "A", "price", 1),
                Map.of("product", "not a record")), Map.of()));
        ApiException json = failure(send(BULK, "[{\"sku\": \"A\",", Map.of()));
        ApiException customers = failure(send("magento2:customers?connection=#shop", List.of(Map.of("id", 1)),
                Map.of(Magento2Constants.OPERATION, "bulk")));

        assertThat(single.getMessage()).contains("the body is a single record").contains("operation=create or upsert");
        assertThat(notARecord.getMessage()).contains("Record #1 of the bulk is text that is not a JSON record");
        assertThat(wrapped.getMessage()).contains("Record #1 of the bulk cannot be sent")
                .contains("\"product\" is a JSON string");
        assertThat(json.getMessage()).contains("not valid JSON");
        assertThat(customers.category()).isEqualTo(ErrorCategory.CONFIGURATION);
        assertThat(customers.getMessage()).contains("supports products, not customers").contains("operation=raw");
        assertThat(magento.requests().matching(r -> r.routePath() != null && r.routePath().startsWith("/async")))
                .isEmpty();
    }

    @Test
    void aJsonArrayBodyWorksAndAnEmptyListSendsNothing() {
        Map<String, Object> fromJson = summary(send(BULK,
                "[{\"sku\":\"J-1\",\"name\":\"J 1\",\"price\":1},{\"product\":{\"sku\":\"J-2\",\"name\":\"J 2\",\"price\":2}}]",
                Map.of()));
        sleeps.clear();
        Map<String, Object> empty = summary(send(BULK, List.of(), Map.of()));

        assertThat(fromJson).containsEntry("complete", 2);
        assertThat(empty).containsEntry("total", 0).containsEntry("bulkUuids", List.of());
        assertThat(bulkPosts()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aBulkSizeOutsideMagentosLimitStopsTheRouteFromStarting() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:big").to(BULK + "&bulkSize=5001");
            }
        })).hasStackTraceContaining("bulkSize must be between 1 and 5000");
    }

    @Test
    void noSecretReachesTheLogsOrTheErrors() {
        magento.bulk().consumeManually();
        Map<String, Object> headers = new HashMap<>();
        try (CapturedLogs logs = new CapturedLogs("com.commerceconnectors", "org.apache.hc")) {
            ApiException e = failure(send(BULK + "&bulkPollInterval=1s&bulkTimeout=2s", products("SECRET-", 2),
                    headers));
            String token = magento.lastAuthorizationHeader().orElseThrow().replace("Bearer ", "");

            assertThat(logs.events()).isNotEmpty().noneMatch(line -> line.contains(MagentoSandbox.ADMIN_PASSWORD)
                    || line.contains(token));
            assertThat(e.getMessage()).doesNotContain(token).doesNotContain(MagentoSandbox.ADMIN_PASSWORD);
        }
    }
}
