package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SeedDataTest {

    @Test
    void seedingIsDeterministicAcrossSandboxesAndBatches() throws Exception {
        try (Sandbox one = Sandbox.start(); Sandbox two = Sandbox.start()) {
            one.magento().seedProducts(300);
            two.magento().seedProducts(100);
            two.magento().seedProducts(200);
            one.magento().seedCustomers(20);
            two.magento().seedCustomers(20);
            one.magento().seedOrders(40);
            two.magento().seedOrders(40);

            assertThat(two.magento().products().all()).isEqualTo(one.magento().products().all());
            assertThat(two.magento().customers().all()).isEqualTo(one.magento().customers().all());
            assertThat(two.magento().orders().all()).isEqualTo(one.magento().orders().all());
        }
    }

    @Test
    void seededRecordsAreConsistentAndShareUpdatedAtValues() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().clock(new ManualClock(Instant.parse("2026-01-01T00:00:00Z")))
                .start()) {
            MagentoSandbox magento = sandbox.magento();
            magento.seedProducts(5_000);
            magento.seedCustomers(50);
            magento.seedOrders(80);

            assertThat(magento.products().all()).allSatisfy(p -> assertThat(p.updatedAt()).isAfterOrEqualTo(p.createdAt()));
            assertThat(magento.customers().all()).allSatisfy(c -> assertThat(c.updatedAt()).isAfterOrEqualTo(c.createdAt()));
            assertThat(magento.orders().all()).allSatisfy(o -> assertThat(o.updatedAt()).isAfterOrEqualTo(o.createdAt()));
            Map<Object, Long> ties = magento.products().all().stream()
                    .collect(Collectors.groupingBy(Product::updatedAt, Collectors.counting()));
            assertThat(ties.values()).allMatch(count -> count >= 1);
            assertThat(ties.values().stream().mapToLong(Long::longValue).max().orElse(0)).isGreaterThan(300);
            assertThat(ties.values().stream().filter(count -> count >= 10).count()).isGreaterThan(100);
            assertThat(magento.products().all()).extracting(Product::status).contains(Product.STATUS_DISABLED);
        }
    }
}
