package com.commerceconnectors.magento2.bulk;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A bulk Magento accepted: its UUID, the batch it carries, which records it queued (by their id in the request,
 * their position in the batch) and those it refused at once.
 */
record AcceptedBulk(String uuid, BulkBatch batch, Set<Integer> queued, Map<Integer, String> refused) {

    AcceptedBulk {
        Objects.requireNonNull(uuid, "uuid");
        queued = Set.copyOf(queued);
        refused = Map.copyOf(refused);
    }

    List<Integer> queuedInOrder() {
        return queued.stream().sorted().toList();
    }
}
