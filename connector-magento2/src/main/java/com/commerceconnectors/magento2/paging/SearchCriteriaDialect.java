package com.commerceconnectors.magento2.paging;

import com.commerceconnectors.core.paging.KeysetDialect;
import com.commerceconnectors.core.paging.KeysetStep;
import com.commerceconnectors.core.paging.PagingException;
import com.commerceconnectors.core.paging.Watermark;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.api.MagentoTime;
import com.commerceconnectors.magento2.api.SearchCriteria;
import com.commerceconnectors.magento2.api.SearchCriteria.Filter;
import com.commerceconnectors.magento2.api.SearchCriteria.SortOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Keyset paging in Magento's searchCriteria. Filter groups AND and the filters of one group OR, so "after (W, I)" is
 * one query: {@code updated_at gteq W} AND ({@code updated_at gt W} OR {@code entity_id gt I}), sorted by (updated_at,
 * entity_id) ascending, always {@code currentPage=1}; the run's upper bound is {@code updated_at lt B}, and the user's
 * filter groups follow. Times are Magento's {@code yyyy-MM-dd HH:mm:ss} in UTC, to the second; the stored watermark
 * is {@code yyyy-MM-dd HH:mm:ss|id}, as it always was.
 */
public final class SearchCriteriaDialect implements KeysetDialect<SearchCriteria> {

    private final MagentoResource resource;
    private final SearchCriteria userFilter;

    public SearchCriteriaDialect(MagentoResource resource, SearchCriteria userFilter) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.userFilter = userFilter == null ? SearchCriteria.empty() : userFilter;
    }

    @Override
    public String platform() {
        return "Magento";
    }

    @Override
    public String resource() {
        return resource.name();
    }

    @Override
    public String timeField() {
        return resource.updatedField();
    }

    @Override
    public String idField() {
        return resource.idField();
    }

    @Override
    public boolean canAskAfter() {
        return true;
    }

    @Override
    public SearchCriteria query(KeysetStep step, int pageSize) {
        String time = resource.updatedField();
        String id = resource.idField();
        Watermark at = step.position();
        SearchCriteria c = SearchCriteria.empty();
        c = switch (step.kind()) {
            case FROM -> step.since() == null ? c : c.and(time, "gteq", formatTime(step.since()));
            case AFTER -> c.and(time, "gteq", at.time())
                    .andAnyOf(new Filter(time, "gt", at.time()), new Filter(id, "gt", at.id()));
            case TIE -> c.and(time, "eq", at.time()).and(id, "gt", at.id());
            case AT_OR_AFTER -> c.and(time, "gteq", at.time());
            case LATER_THAN -> c.and(time, "gt", at.time());
        };
        if (step.upperBound() != null) {
            c = c.and(time, "lt", formatTime(step.upperBound()));
        }
        SortOrder[] sort = step.kind() == KeysetStep.Kind.TIE
                ? new SortOrder[] { new SortOrder(id, true) }
                : new SortOrder[] { new SortOrder(time, true), new SortOrder(id, true) };
        return c.andAll(userFilter).sortedBy(sort).page(pageSize, 1);
    }

    @Override
    public Watermark positionOf(JsonNode record) {
        JsonNode updated = record.get(resource.updatedField());
        JsonNode id = record.get(resource.idJsonField());
        if (updated == null || !updated.isTextual() || id == null || !(id.isIntegralNumber() || id.isTextual())) {
            throw new PagingException("a " + resource.name() + " record has no '" + resource.updatedField() + "' or '"
                    + resource.idJsonField() + "' field, which incremental export needs; set the updatedField/idField"
                    + " options to the resource's own field names");
        }
        try {
            MagentoTime.parse(updated.asText());
            long number = id.isIntegralNumber() ? id.asLong() : Long.parseLong(id.asText());
            return new Watermark(updated.asText(), Long.toString(number));
        } catch (RuntimeException e) {
            throw new PagingException("a " + resource.name() + " record has an unreadable '" + resource.updatedField()
                    + "' ('" + updated.asText() + "') or '" + resource.idJsonField() + "' value");
        }
    }

    @Override
    public Instant instantOf(String time) {
        try {
            return MagentoTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new PagingException("'" + time + "' is not a Magento time (yyyy-MM-dd HH:mm:ss, UTC)");
        }
    }

    /**
     * Magento compares times to the second, so an instant within a second rounds up: {@code gteq} the rounded since
     * keeps exactly the records at or after it, and {@code lt} the rounded bound exactly those before it.
     */
    @Override
    public String formatTime(Instant instant) {
        Instant second = instant.truncatedTo(ChronoUnit.SECONDS);
        return MagentoTime.format(second.equals(instant) ? second : second.plusSeconds(1));
    }
}
