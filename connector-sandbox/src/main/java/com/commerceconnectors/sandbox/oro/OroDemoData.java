package com.commerceconnectors.sandbox.oro;

/** The Oro data {@code SandboxMain} and the demo start with. */
public final class OroDemoData {

    public static final int PRODUCTS = 500;
    /** Back-office users besides {@code admin}. */
    public static final int USERS = 20;
    /** Customers besides the one of the sign-in customer user. */
    public static final int CUSTOMERS = 10;
    public static final int ORDERS = 50;

    private OroDemoData() {
    }

    public static void seed(OroSandbox oro) {
        oro.seedProducts(PRODUCTS);
        oro.seedUsers(USERS);
        oro.seedCustomers(CUSTOMERS);
        oro.seedOrders(ORDERS);
    }
}
