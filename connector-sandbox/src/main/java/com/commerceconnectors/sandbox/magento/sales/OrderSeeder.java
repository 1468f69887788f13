package com.commerceconnectors.sandbox.magento.sales;

import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.commerceconnectors.sandbox.magento.catalog.ProductSeeder;
import com.commerceconnectors.sandbox.magento.customer.Customer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic demo orders: order {@code n} depends on {@code n} and on the customers and products present (it
 * picks them by position). Four consecutive orders share each {@code updated_at}; every tenth was updated days
 * after it was placed.
 */
final class OrderSeeder {

    private static final long SEED = 0x0DE5_2024L;
    private static final String[][] STATES = {{"processing", "processing"}, {"new", "pending"},
        {"complete", "complete"}, {"processing", "processing"}, {"complete", "complete"}, {"new", "pending"},
        {"complete", "complete"}, {"canceled", "canceled"}};

    private OrderSeeder() {
    }

    static Order order(long n, List<Customer> customers, List<Product> products) {
        SplittableRandom random = new SplittableRandom(SEED ^ (n * 0x9E3779B97F4A7C15L));
        int lines = 1 + random.nextInt(3);
        List<OrderItem> items = new ArrayList<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        for (int line = 0; line < lines; line++) {
            OrderItem item;
            if (products.isEmpty()) {
                long pseudo = 1 + random.nextInt(500);
                item = new OrderItem(0, ProductSeeder.sku(pseudo), "Sandbox item " + pseudo, "simple", pseudo,
                        BigDecimal.valueOf(1 + random.nextInt(3)), BigDecimal.valueOf(500 + random.nextInt(9500), 2));
            } else {
                Product product = products.get(random.nextInt(products.size()));
                item = new OrderItem(0, product.sku(), product.name(), product.typeId(), product.id(),
                        BigDecimal.valueOf(1 + random.nextInt(3)), product.price() == null ? BigDecimal.TEN
                        : product.price());
            }
            items.add(item);
            subtotal = subtotal.add(item.rowTotal());
        }
        BigDecimal shipping = BigDecimal.valueOf(5 * lines);
        BigDecimal tax = subtotal.multiply(BigDecimal.valueOf(825, 4)).setScale(2, java.math.RoundingMode.HALF_UP);
        String[] state = STATES[(int) (n % STATES.length)];
        LocalDateTime created = ProductSeeder.BASE.plusHours(n * 5);
        LocalDateTime updated = n % 10 == 0 ? created.plusDays(3)
                : ProductSeeder.BASE.plusHours((n * 5 + 19) / 20 * 20);
        Customer customer = customers.isEmpty() || n % 6 == 0 ? null : customers.get((int) (n % customers.size()));
        String email = customer == null ? "guest" + n + "@example.com" : customer.email();
        String first = customer == null ? "Guest" : customer.firstname();
        String last = customer == null ? "Shopper " + n : customer.lastname();
        String address = "{\"address_type\":\"billing\",\"city\":\"Calder\",\"country_id\":\"US\",\"email\":\""
                + email + "\",\"firstname\":\"" + first + "\",\"lastname\":\"" + last
                + "\",\"postcode\":\"49628\",\"region\":\"Michigan\",\"region_code\":\"MI\",\"region_id\":33,"
                + "\"street\":[\"6146 Honey Bluff Parkway\"],\"telephone\":\"555-0100\"}";
        return new Order(0, null, state[0], state[1], customer == null ? null : customer.id(), email, first, last,
                customer == null ? 0 : customer.groupId(), 1, "USD", subtotal, shipping, tax, BigDecimal.ZERO,
                subtotal.add(shipping).add(tax), created, updated, items, address, "checkmo");
    }
}
