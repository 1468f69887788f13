package com.commerceconnectors.oro;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Oro 6.1 sorts and filters only configured fields, and users have no sorter on updatedAt: against the sandbox with its
 * real defaults, users export in full by id (sort=id, filter[id][gt]), and an incremental export of them is refused
 * before the first request, saying why and what to do instead.
 */
class OroFullExportTest extends OroSandboxSupport {

    private static final String USERS = "oro:users?connection=#oro&stateRepository=#state&initialDelay=0&delay=3600000";

    private final List<Exchange> received = new CopyOnWriteArrayList<>();
    private final List<Throwable> pollFailures = new CopyOnWriteArrayList<>();
    private CountDownLatch batchComplete = new CountDownLatch(1);
    private MemoryStateRepository state;

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
        context.getRegistry().bind("oro", wsseConnection());
        context.getRegistry().bind("failures", (ExceptionHandler) new Failures());
    }

    private void route(String uri, Consumer<Exchange> step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("export").process(e -> {
                    step.accept(e);
                    received.add(e.copy());
                    if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                        batchComplete.countDown();
                    }
                });
            }
        });
    }

    private void awaitRun() throws InterruptedException {
        assertThat(batchComplete.await(30, TimeUnit.SECONDS)).as("the export run completed").isTrue();
    }

    @SuppressWarnings("unchecked")
    private static long id(Exchange e) {
        return Long.parseLong((String) e.getMessage().getBody(Map.class).get("id"));
    }

    private List<RecordedRequest> userReads() {
        return requests("GET", "/admin/api/users");
    }

    private static String query(RecordedRequest request) {
        return URLDecoder.decode(request.query() == null ? "" : request.query(), StandardCharsets.UTF_8);
    }

    @Test
    void usersAreExportedInFullByIdUnderOro61sDefaults() throws Exception {
        assertThat(oro.settings().onlyConfiguredSortersAndFilters()).as("the sandbox's real default").isTrue();
        oro.seedUsers(249); // and the admin: 250
        route(USERS + "&exportMode=full&pageSize=100", e -> { });
        context.start();
        awaitRun();

        assertThat(received).extracting(OroFullExportTest::id)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 250).boxed().toList());
        assertThat(received.get(received.size() - 1).getMessage().getHeader(OroConstants.WATERMARK)).isEqualTo("|250");
        assertThat(userReads()).hasSize(3).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(query(r)).contains("sort=id").doesNotContain("updatedAt");
        });
        assertThat(query(userReads().get(0))).doesNotContain("filter[id]");
        assertThat(query(userReads().get(1))).contains("filter[id][gt]=100");
        assertThat(query(userReads().get(2))).contains("filter[id][gt]=200");
        // written once the last exchange is done, after the run's last record went out
        assertThat(waitFor(() -> "".equals(state.getState("oro:oro-wsse:/admin/api:users:full"))))
                .as("complete: the position is cleared, so the next poll starts over").isTrue();
    }

    @Test
    void aStoppedFullExportResumesWhereItStoppedAndOnceCompleteTheNextPollExportsEverythingAgain() throws Exception {
        oro.seedUsers(49); // 50 users
        int[] calls = {0};
        route(USERS + "&exportMode=full&pageSize=20", e -> {
            if (++calls[0] == 25) {
                throw new IllegalStateException("downstream is down");
            }
        });
        context.start();
        assertThat(waitFor(() -> calls[0] >= 25)).isTrue();
        assertThat(received).hasSize(24);
        assertThat(waitFor(() -> "|24".equals(state.getState("oro:oro-wsse:/admin/api:users:full"))))
                .as("the position of the last record done").isTrue();

        context.getRouteController().stopRoute("export");
        context.getRouteController().startRoute("export");
        awaitRun();
        assertThat(received).extracting(OroFullExportTest::id)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());

        received.clear();
        batchComplete = new CountDownLatch(1);
        context.getRouteController().stopRoute("export");
        context.getRouteController().startRoute("export");
        awaitRun();
        assertThat(received).as("a full export again").hasSize(50);
    }

    @Test
    void anIncrementalExportOfUsersIsRefusedBeforeTheFirstRequest() throws Exception {
        oro.seedUsers(9);
        route(USERS, e -> { });

        assertThatThrownBy(context::start).satisfies(e -> {
            ApiException refusal = rootApiException(e);
            assertThat(refusal.getMessage())
                    .contains("oro:users cannot be exported incrementally")
                    .contains("Oro cannot sort or filter users by updatedAt")
                    .contains("exportMode=full")
                    .contains("watermarkField");
        });
        assertThat(oro.requests().entries()).as("nothing was sent").isEmpty();
    }

    @Test
    void aWatermarkFieldOroDoesNotSortByIsExplainedAtTheFirstRequest() throws Exception {
        oro.seedUsers(9);
        // chosen: the connector believes it (an api.yml may add a sorter), and Oro's answer tells otherwise
        route(USERS + "&watermarkField=updatedAt&exceptionHandler=#failures", e -> { });
        context.start();
        assertThat(waitFor(() -> !pollFailures.isEmpty())).isTrue();

        ApiException explained = rootApiException(pollFailures.get(0));
        assertThat(explained.getMessage())
                .contains("oro:users cannot be exported incrementally")
                .contains("Oro refused to sort or filter users by updatedAt")
                .contains("exportMode=full");
        assertThat(explained.getCause()).as("Oro's own answer").isInstanceOf(ApiException.class);
        assertThat(((ApiException) explained.getCause()).status()).isEqualTo(400);
        assertThat(received).isEmpty();
    }

    @Test
    void sinceDoesNotApplyToAFullExport() throws Exception {
        route(USERS + "&exportMode=full&since=2024-03-01", e -> { });

        assertThatThrownBy(context::start).hasStackTraceContaining("since does not apply to exportMode=full");
        assertThat(oro.requests().entries()).isEmpty();
    }

    private static ApiException rootApiException(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ApiException api && api.getMessage().contains("cannot be exported")) {
                return api;
            }
        }
        throw new AssertionError("no refusal in " + thrown, thrown);
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return condition.getAsBoolean();
    }

    /** Records what a poll threw. */
    private final class Failures implements ExceptionHandler {
        @Override
        public void handleException(Throwable exception) {
            pollFailures.add(exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            pollFailures.add(exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            pollFailures.add(exception);
        }
    }
}
