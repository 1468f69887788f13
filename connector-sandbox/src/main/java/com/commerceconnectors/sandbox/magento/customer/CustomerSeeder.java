package com.commerceconnectors.sandbox.magento.customer;

import com.commerceconnectors.sandbox.magento.catalog.ProductSeeder;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic demo customers; customer {@code n} depends only on {@code n}. Five consecutive customers share
 * each {@code updated_at} (ties for paging tests).
 */
public final class CustomerSeeder {

    private static final long SEED = 0xC057_2024L;
    private static final String[] FIRST = {"Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana",
        "Ines", "Jonas", "Keiko", "Luca", "Mira", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tove"};
    private static final String[] LAST = {"Andersen", "Baptiste", "Costa", "Dubois", "Eriksen", "Fischer",
        "Garcia", "Horvat", "Ivanova", "Jansen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov"};
    private static final String[] CITIES = {"Calder", "Riverton", "Maple Grove", "Eastport", "Silverlake"};

    private CustomerSeeder() {
    }

    public static String email(long n) {
        return String.format(Locale.ROOT, "customer%05d@example.com", n);
    }

    static Customer customer(long n, long addressId) {
        SplittableRandom random = new SplittableRandom(SEED ^ (n * 0x9E3779B97F4A7C15L));
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        LocalDateTime created = ProductSeeder.BASE.plusHours(n * 3);
        LocalDateTime updated = ProductSeeder.BASE.plusHours((n * 3 + 14) / 15 * 15);
        String address = "[{\"id\":" + addressId + ",\"customer_id\":0,\"region\":{\"region_code\":\"MI\","
                + "\"region\":\"Michigan\",\"region_id\":33},\"region_id\":33,\"country_id\":\"US\",\"street\":[\""
                + (100 + random.nextInt(9000)) + " Honey Bluff Parkway\"],\"telephone\":\"555-0" + (100 + n % 900)
                + "\",\"postcode\":\"49628\",\"city\":\"" + CITIES[random.nextInt(CITIES.length)]
                + "\",\"firstname\":\"" + first + "\",\"lastname\":\"" + last
                + "\",\"default_shipping\":true,\"default_billing\":true}]";
        return new Customer(0, email(n), first, last, 1, 1, 1, "Default Store View", created, updated,
                (1960 + random.nextInt(40)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9),
                1 + random.nextInt(2), address, n % 4 == 0);
    }
}
