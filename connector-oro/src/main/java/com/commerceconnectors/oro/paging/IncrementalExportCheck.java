package com.commerceconnectors.oro.paging;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.oro.api.OroResource;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether Oro can page an incremental export of a resource by its watermark field, which it must both sort and
 * filter by. Oro 6.1 sorts and filters only configured fields: {@code GET /api/users?sort=updatedAt,id} answers 400
 * "sort constraint". A resource known to lack a sorter on updatedAt is refused before the first request; for any
 * other, Oro's refusal of the field on the first request is turned into the same explanation. Both name the resource,
 * why, and the two ways out: a full export by id, or a watermark field Oro sorts and filters by.
 */
public final class IncrementalExportCheck {

    private IncrementalExportCheck() {
    }

    /**
     * Refuses, before any request, an incremental export of a resource Oro does not sort by updatedAt by default,
     * unless the watermark field was chosen (an {@code api.yml} may have given that field a sorter and a filter).
     *
     * @param fieldChosen whether the endpoint set watermarkField itself
     * @throws ApiException (CONFIGURATION) naming the resource, why and the options
     */
    public static void beforeFirstRequest(OroResource resource, boolean fieldChosen) {
        if (fieldChosen) {
            return;
        }
        Optional<String> sortedBy = resource.sortedWithoutUpdatedAt();
        if (sortedBy.isPresent()) {
            throw refusal(resource, "Oro cannot sort or filter " + resource.name() + " by updatedAt (by default Oro"
                    + " 6.1 sorts them only by " + sortedBy.get() + "), and an incremental export pages by a"
                    + " last-change time", null);
        }
    }

    /**
     * Oro's answer to an export's first request, explained when it refused to sort or filter by the watermark field;
     * any other failure as it was.
     */
    public static RuntimeException onFirstRequest(OroResource resource, ApiException failure) {
        String said = failure.platformMessage().orElse(failure.summary());
        String lower = said.toLowerCase(Locale.ROOT);
        boolean aboutTheField = lower.contains(resource.watermarkField().toLowerCase(Locale.ROOT))
                && (lower.contains("sort") || lower.contains("filter"));
        if (failure.status() != 400 || !aboutTheField) {
            return failure;
        }
        return refusal(resource, "Oro refused to sort or filter " + resource.name() + " by "
                + resource.watermarkField() + " (it answered: " + said + "), and an incremental export pages by a"
                + " last-change time", failure);
    }

    private static ApiException refusal(OroResource resource, String why, Throwable cause) {
        return ApiException.configuration("oro:" + resource.name() + " cannot be exported incrementally: " + why,
                        "Export " + resource.name() + " in full with exportMode=full, which pages by id (the connectors"
                        + " CLI does so for export without --since), or set watermarkField to a last-change timestamp"
                        + " of " + resource.name() + " that Oro both sorts and filters by (one your API configuration"
                        + " gives a sorter and a filter)")
                .toBuilder().cause(cause).build();
    }
}
