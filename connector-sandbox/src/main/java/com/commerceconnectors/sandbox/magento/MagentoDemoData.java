package com.commerceconnectors.sandbox.magento;

/** The data the demo and {@code SandboxMain} start with: enough to page through, small enough to start at once. */
public final class MagentoDemoData {

    public static final int PRODUCTS = 1_000;
    public static final int CUSTOMERS = 100;
    public static final int ORDERS = 250;

    private MagentoDemoData() {
    }

    public static void seed(MagentoSandbox magento) {
        seed(magento, PRODUCTS, CUSTOMERS, ORDERS);
    }

    public static void seed(MagentoSandbox magento, int products, int customers, int orders) {
        magento.seedProducts(products);
        magento.seedCustomers(customers);
        magento.seedOrders(orders);
    }
}
