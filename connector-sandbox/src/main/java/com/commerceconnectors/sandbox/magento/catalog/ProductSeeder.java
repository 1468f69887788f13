package com.commerceconnectors.sandbox.magento.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic demo products: product {@code n} depends only on {@code n} (its own fixed-seed random stream).
 * Timestamps are made for paging tests: product {@code n} is created {@code 37 n} seconds after {@link #BASE};
 * about sixteen consecutive products share each {@code updated_at} (the end of the ten-minute slot they were
 * created in), and every 13th product carries the same later "bulk price update" time, so a large group of ties
 * sits out of entity-id order.
 */
public final class ProductSeeder {

    /** When the seeded catalogue starts. */
    public static final LocalDateTime BASE = LocalDateTime.of(2024, 1, 1, 0, 0, 0);
    /** The {@code updated_at} every 13th seeded product shares (after every creation up to product 140,000). */
    public static final LocalDateTime BULK_UPDATE = BASE.plusDays(60).plusHours(6);
    private static final long SLOT_SECONDS = 600;

    private static final long SEED = 0x5EED_2024L;
    private static final String[] ADJECTIVES = {"Aero", "Breeze", "Cascade", "Driftwood", "Ember", "Frost",
        "Glacier", "Harbor", "Ivy", "Juniper", "Kestrel", "Lumen", "Meadow", "Nimbus", "Onyx", "Pioneer", "Quartz",
        "Ridge", "Summit", "Tundra"};
    private static final String[] NOUNS = {"Backpack", "Hoodie", "Tee", "Jacket", "Water Bottle", "Yoga Mat",
        "Running Shoe", "Duffle Bag", "Watch", "Cap", "Leggings", "Fleece", "Tote", "Headband", "Sock Pack"};
    private static final long[] CATEGORIES = {4, 5, 6, 7, 8, 9};

    private ProductSeeder() {
    }

    /** The SKU of seeded product {@code n}: {@code SBX-000001} and so on. */
    public static String sku(long n) {
        return String.format(Locale.ROOT, "SBX-%06d", n);
    }

    static Product product(long n) {
        SplittableRandom random = new SplittableRandom(SEED ^ (n * 0x9E3779B97F4A7C15L));
        String name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)];
        BigDecimal price = BigDecimal.valueOf(500 + random.nextInt(20_000), 2);
        boolean virtual = n % 17 == 0;
        BigDecimal weight = virtual ? null : BigDecimal.valueOf(10 + random.nextInt(490), 2);
        LocalDateTime created = BASE.plusSeconds(n * 37);
        LocalDateTime slotEnd = BASE.plusSeconds((n * 37 + SLOT_SECONDS - 1) / SLOT_SECONDS * SLOT_SECONDS);
        LocalDateTime updated = n % 13 != 0 ? slotEnd : created.isAfter(BULK_UPDATE) ? created : BULK_UPDATE;
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("description", "<p>" + name + ", item " + n + " of the sandbox catalogue.</p>");
        custom.put("url_key", name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + n);
        custom.put("tax_class_id", "2");
        custom.put("category_ids", List.of(Long.toString(CATEGORIES[(int) (n % CATEGORIES.length)])));
        if (n % 5 != 0) {
            custom.put("color", Integer.toString(49 + random.nextInt(10)));
        }
        if (n % 7 == 0) {
            custom.put("special_price", price.multiply(BigDecimal.valueOf(8, 1)).setScale(2, RoundingMode.HALF_UP)
                    .toPlainString());
        }
        return new Product(0, sku(n), name, price,
                n % 23 == 0 ? Product.STATUS_DISABLED : Product.STATUS_ENABLED,
                n % 11 == 0 ? 1 : Product.VISIBILITY_BOTH,
                virtual ? "virtual" : "simple", 4, weight, created, updated, custom, List.of(1), Map.of());
    }
}
