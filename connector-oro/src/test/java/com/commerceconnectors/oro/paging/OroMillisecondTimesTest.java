package com.commerceconnectors.oro.paging;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.http.ClientOptions;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.RetryPolicy;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.paging.KeysetPager;
import com.commerceconnectors.core.paging.Watermark;
import com.commerceconnectors.oro.api.OroApi;
import com.commerceconnectors.oro.api.OroResource;
import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import com.commerceconnectors.sandbox.oro.OroVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records whose times have milliseconds, which Oro 6.1's datetime filters cannot write (two digits of a second at most),
 * exported through the sandbox with 6.1's syntax: no filter goes out truncated — {@code filter[updatedAt]=…:00.12Z}
 * would match none of the records at {@code .123} and skip them, {@code filter[updatedAt][gt]=…:00.12Z} would return
 * them again — every time sent is in the form 6.0 and 6.1 both take, and every record comes exactly once, through a tie
 * group larger than a page at one millisecond, the rest of its hundredth, a since between two hundredths, and runs
 * stopped inside either.
 */
class OroMillisecondTimesTest {

    private static final Instant START = Instant.parse("2024-03-10T08:00:00Z");
    /** A datetime filter value: whole seconds, or two digits of a second. */
    private static final Pattern SENT_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{2})?Z");
    private static final Pattern ANY_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    private ManualClock clock;
    private Sandbox sandbox;
    private OroSandbox oro;
    private final List<ConnectorClient> clients = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        clock = new ManualClock(START);
        sandbox = Sandbox.builder().clock(clock).start();
        oro = sandbox.oro();
        oro.seedProducts(25); // updatedAt in March, whole minutes: ids 21-25 stay so
        oro.settings().timestampPrecision(ChronoUnit.MILLIS);
        touch(123, 1, 12);   // a tie group of 12 at .123: more than a page of 5
        touch(127, 13, 15);  // the rest of that hundredth, after it
        touch(130, 16, 17);  // a time the filters write: .13
        touch(131, 18, 18);
        touch(500, 19, 19);  // .50
        touch(1000, 20, 20); // a whole second
        clock.set(START.plus(Duration.ofMinutes(1)));
    }

    @AfterEach
    void stop() {
        clients.forEach(ConnectorClient::close);
        sandbox.close();
    }

    private void touch(long millis, int fromId, int toId) {
        clock.set(START.plusMillis(millis));
        IntStream.rangeClosed(fromId, toId).forEach(id -> oro.touchProduct(id));
    }

    private KeysetPager<JsonApiQuery> pager(int pageSize) {
        Connection connection = new ConnectionLoader().parse("""
                {"name":"oro-millis","connector":"oro","baseUri":"%s","apiPath":"/admin/api",
                 "auth":{"type":"wsse","username":"%s","apiKey":"%s"}}
                """.formatted(oro.baseUri(), OroSandbox.ADMIN_USERNAME, OroSandbox.ADMIN_API_KEY), "test");
        ConnectorClient client = OroApi.newClient(connection, null, new ClientOptions(RetryPolicy.NONE, d -> { }, clock));
        clients.add(client);
        OroApi api = OroApi.standalone(client);
        OroResource products = OroResource.of("products");
        return new KeysetPager<>(OroKeysetDialect.incremental(products, new JsonApiQuery()),
                (q, first) -> api.list(products, q, first), pageSize, clock, Duration.ZERO);
    }

    /** Runs to the end; returns the ids delivered and, as the consumer would store it, where the run resumes. */
    private Result drain(KeysetPager<JsonApiQuery>.Run run, int maxPages) {
        List<String> ids = new ArrayList<>();
        Watermark resumeAt = null;
        for (int pages = 0; run.hasNext() && pages < maxPages; pages++) {
            KeysetPager.Page page = run.next();
            page.records().forEach(r -> ids.add(r.path("id").asText()));
            if (page.resumeAt() != null) {
                resumeAt = page.resumeAt();
            }
        }
        assertThat(run.hasNext() && maxPages == Integer.MAX_VALUE).as("the run ends").isFalse();
        return new Result(ids, resumeAt);
    }

    private record Result(List<String> ids, Watermark resumeAt) {
    }

    private static List<String> ids(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }

    private List<RecordedRequest> reads() {
        return oro.requests().matching(r -> r.routePath().startsWith("/admin/api/products"));
    }

    private void assertEveryTimeSentIsOneBothVersionsTake() {
        assertThat(reads()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.status()).as(r.query()).isEqualTo(200);
            Matcher m = ANY_TIME.matcher(URLDecoder.decode(r.query(), StandardCharsets.UTF_8));
            while (m.find()) {
                assertThat(m.group()).as("a time sent in " + r.query()).matches(SENT_TIME);
            }
        });
    }

    @Test
    void everyRecordComesOnceAndEveryTimeSentIsOneOro60And61BothTake() {
        List<String> delivered = drain(pager(5).open(null, null), Integer.MAX_VALUE).ids();

        assertThat(delivered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(1, 25));
        assertThat(delivered.subList(0, 5)).as("the untouched first").containsExactlyInAnyOrderElementsOf(ids(21, 25));
        assertThat(delivered.subList(5, 17)).as("the tie group at .123").containsExactlyElementsOf(ids(1, 12));
        assertThat(delivered.subList(17, 25)).as("then in time order").containsExactlyElementsOf(ids(13, 20));
        assertEveryTimeSentIsOneBothVersionsTake();
        assertThat(reads()).extracting(r -> URLDecoder.decode(r.query(), StandardCharsets.UTF_8))
                .as("the hundredth around .123, as Oro's range")
                .anySatisfy(q -> assertThat(q).contains("filter[updatedAt]=2024-03-10T08:00:00.12Z..2024-03-10T08:00:00.13Z"));

        oro.requests().clear();
        oro.settings().emulate(OroVersion.V6_0);
        assertThat(drain(pager(5).open(null, null), Integer.MAX_VALUE).ids()).as("6.0")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(1, 25));
        assertEveryTimeSentIsOneBothVersionsTake();
    }

    @Test
    void aSinceBetweenTwoHundredthsStartsExactlyThere() {
        assertThat(drain(pager(5).open(null, START.plusMillis(125)), Integer.MAX_VALUE).ids())
                .containsExactlyInAnyOrderElementsOf(ids(13, 20));
        assertThat(drain(pager(5).open(null, START.plusMillis(123)), Integer.MAX_VALUE).ids())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(1, 20));
        assertThat(drain(pager(5).open(null, START.plusMillis(131)), Integer.MAX_VALUE).ids())
                .containsExactly("18", "19", "20");
        assertEveryTimeSentIsOneBothVersionsTake();
    }

    @Test
    void aRunStoppedInsideTheTieGroupAtOneMillisecondResumesWithoutSkipOrRepeat() {
        Result first = drain(pager(5).open(null, null), 3); // the 5 untouched, then two pages into the group
        assertThat(first.resumeAt().time()).isEqualTo("2024-03-10T08:00:00.123Z");

        List<String> after = drain(pager(5).open(Watermark.decode(first.resumeAt().encode()), null), Integer.MAX_VALUE).ids();

        List<String> all = new ArrayList<>(first.ids());
        all.addAll(after);
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(1, 25));
        assertEveryTimeSentIsOneBothVersionsTake();
    }

    @Test
    void aRunStoppedInsideTheRestOfAHundredthDoesThatHundredthAgainAndSkipsNothing() {
        KeysetPager<JsonApiQuery>.Run run = pager(2).open(null, null);
        List<String> before = new ArrayList<>();
        Watermark resumeAt = null;
        while (!before.contains("13")) {
            KeysetPager.Page page = run.next();
            page.records().forEach(r -> before.add(r.path("id").asText()));
            resumeAt = page.resumeAt() != null ? page.resumeAt() : resumeAt;
        }
        assertThat(before).contains("14").doesNotContain("15");
        assertThat(resumeAt).as("before the hundredth's rest").isEqualTo(new Watermark("2024-03-10T08:00:00.123Z", "12"));

        List<String> after = drain(pager(2).open(resumeAt, null), Integer.MAX_VALUE).ids();

        Map<String, Integer> times = new HashMap<>();
        before.forEach(id -> times.merge(id, 1, Integer::sum));
        after.forEach(id -> times.merge(id, 1, Integer::sum));
        assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(ids(1, 25));
        times.forEach((id, n) -> assertThat(n).as(id).isEqualTo(id.equals("13") || id.equals("14") ? 2 : 1));
    }

    @Test
    void aRunEndingInsideAHundredthResumesAfterItsLastRecordSoTheNextRunRepeatsNothing() {
        Result first = drain(pager(5).open(null, null), Integer.MAX_VALUE);
        // the newest records are the whole second's; resume from the rest of .12 instead, as a run ending there would
        Result partial = drain(pager(20).open(null, START.plusMillis(125)), 1); // that hundredth in one page
        assertThat(partial.ids()).containsExactly("13", "14", "15");
        assertThat(partial.resumeAt()).as("after the last record of the latest time delivered in the hundredth")
                .isEqualTo(new Watermark("2024-03-10T08:00:00.127Z", "15"));

        assertThat(first.resumeAt()).isEqualTo(new Watermark("2024-03-10T08:00:01Z", "20"));
        assertThat(drain(pager(5).open(first.resumeAt(), null), Integer.MAX_VALUE).ids()).isEmpty();
        assertThat(drain(pager(5).open(partial.resumeAt(), null), Integer.MAX_VALUE).ids())
                .containsExactlyElementsOf(ids(16, 20));
    }
}
