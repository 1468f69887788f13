package com.commerceconnectors.sandbox.commercelayer;

/** What {@code SandboxMain} seeds: a few hundred SKUs (a dozen pages of 25) and some orders. */
public final class CommerceLayerDemoData {

    public static final int SKUS = 300;
    public static final int ORDERS = 20;

    private CommerceLayerDemoData() {
    }

    public static void seed(CommerceLayerSandbox commerceLayer) {
        commerceLayer.seedSkus(SKUS);
        commerceLayer.seedOrders(ORDERS);
    }
}
