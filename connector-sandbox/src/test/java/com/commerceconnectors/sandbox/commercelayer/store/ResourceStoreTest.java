package com.commerceconnectors.sandbox.commercelayer.store;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceStoreTest {

    private final ResourceStore store = new ResourceStore();

    @Test
    void attributeLookupsFollowUpdatesAndRemovals() {
        Resource a = price("A", "SKU-1");
        Resource b = price("B", "SKU-1");
        store.put(a);
        store.put(b);
        assertThat(store.where("prices", "sku_code", "SKU-1")).containsExactly(a, b);

        Resource moved = a.with(Map.of("sku_code", "SKU-2"));
        store.put(moved);
        store.remove("prices", "B");
        Resource late = price("C", "SKU-1");
        store.put(late);

        assertThat(store.where("prices", "sku_code", "SKU-1")).containsExactly(late);
        assertThat(store.where("prices", "sku_code", "SKU-2")).containsExactly(moved);
        assertThat(store.where("prices", "sku_code", "SKU-3")).isEmpty();
        assertThat(store.all("prices")).extracting(Resource::id).containsExactly("A", "C");
    }

    @Test
    void linkLookupsFollowChangedLinks() {
        Resource item = new Resource("line_items", "L", Map.of(), Map.of("order", "O1"));
        store.put(item);
        assertThat(store.linkedTo("line_items", "order", "O1")).containsExactly(item);

        store.put(item.withLinks(Map.of("order", "O2")));

        assertThat(store.linkedTo("line_items", "order", "O1")).isEmpty();
        assertThat(store.linkedTo("line_items", "order", "O2")).extracting(Resource::id).containsExactly("L");
    }

    @Test
    void newIdsAreTenAlphanumericsStartingWithALetterAndNeverRepeat() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String id = store.newId();
            assertThat(id).matches("[A-Za-z][A-Za-z0-9]{9}");
            assertThat(seen.add(id)).isTrue();
        }
    }

    private static Resource price(String id, String skuCode) {
        return new Resource("prices", id, Map.of("sku_code", skuCode), Map.of());
    }
}
