package com.commerceconnectors.core.paging;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

/**
 * What {@link KeysetPager} needs to know of one platform and resource: how to ask for each step of an export with
 * the server's own filters, where a record's position is, and how the platform writes time. The client never compares
 * ids itself — the server's collation decides their order (a MySQL store sorts them case-insensitively) — so every
 * step that depends on id order is a server-side filter, and the server's order stands.
 * <p>
 * A dialect without a time field ({@link #timeField()} {@code null}) pages a full export by id alone: every record
 * belongs to one tie group, so the pager asks {@link KeysetStep.Kind#FROM} (everything, sorted by id) and then
 * {@link KeysetStep.Kind#TIE} ({@code id > I}, sorted by id) until a short page; positions are
 * {@link Watermark#ofId ids alone}.
 *
 * @param <Q> the platform's query type
 */
public interface KeysetDialect<Q> {

    /** The platform's name for messages, e.g. {@code Commerce Layer}. */
    String platform();

    /** The resource for messages, e.g. {@code skus}. */
    String resource();

    /**
     * The time field the export pages by, e.g. {@code updated_at}; {@code null} when it pages by id alone (a full
     * export, for resources the platform cannot sort or filter by a last-change time).
     */
    String timeField();

    /** The id field as the platform's filters name it, e.g. {@code entity_id}. */
    String idField();

    /**
     * Whether {@link KeysetStep.Kind#AFTER} can be asked in one query ({@code time > W OR (time = W AND id > I)}, as
     * Magento's filter groups can). Platforms whose filters only AND (JSON:API) page the rest of a tie group first
     * ({@link KeysetStep.Kind#TIE}) and then {@link KeysetStep.Kind#LATER_THAN}.
     */
    boolean canAskAfter();

    /**
     * The query for one step: the step's filters, the user's own filters, a sort by (time, id) ascending (by id alone
     * for {@link KeysetStep.Kind#TIE}), the first page of {@code pageSize}, and the step's upper bound when the
     * platform takes one.
     */
    Q query(KeysetStep step, int pageSize);

    /**
     * A record's position as the platform writes it.
     *
     * @throws PagingException when the record lacks the time or id field, naming the option that fixes it
     */
    Watermark positionOf(JsonNode record);

    /**
     * The instant a time written by the platform stands for.
     *
     * @throws PagingException when it cannot be read
     */
    Instant instantOf(String time);

    /** An instant as the platform's filters take it. */
    String formatTime(Instant instant);

    /**
     * The finest difference of time the platform's filters can tell apart, when it is coarser than the times the
     * platform writes (Oro 6.1 takes two digits of a second at most); {@link Duration#ZERO}, the default, when a
     * filter takes any time exactly.
     * <p>
     * A dialect that cannot write a time exactly widens its filter to the nearest time it can write on the safe side
     * ({@code >= t} and {@code > t} from the time below, {@code = t} as the range around it, {@code < t} to the time
     * above) and the pager drops, by time, what the widening let in: records before the since, records at or before a
     * position it passed, records of another time in a tie group. A record outside the widened range still means the
     * server ignored the filter.
     */
    default Duration timeResolution() {
        return Duration.ZERO;
    }

    /**
     * The query for the records whose time lies from {@code start} to {@code end} (two consecutive times the filters
     * write; whether {@code end} itself is included is the platform's choice), with an id after {@code afterId} (all
     * when {@code null}), sorted by id, the first page of {@code pageSize}: how the pager pages through the times
     * between two its filters can write. Asked only of a dialect whose {@link #timeResolution()} is not zero.
     */
    default Q cellQuery(Instant start, Instant end, String afterId, int pageSize) {
        throw new UnsupportedOperationException(platform() + "'s filters take every time exactly");
    }
}
