package com.commerceconnectors.core.paging;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * What {@link KeysetPager} needs to know of one platform and resource: how to ask for each step of an export with
 * the server's own filters, where a record's position is, and how the platform writes time. The client never compares
 * ids itself — the server's collation decides their order (a MySQL store sorts them case-insensitively) — so every
 * step that depends on id order is a server-side filter, and the server's order stands.
 *
 * @param <Q> the platform's query type
 */
public interface KeysetDialect<Q> {

    /** The platform's name for messages, e.g. {@code Commerce Layer}. */
    String platform();

    /** The resource for messages, e.g. {@code skus}. */
    String resource();

    /** The time field the export pages by, e.g. {@code updated_at}. */
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
}
