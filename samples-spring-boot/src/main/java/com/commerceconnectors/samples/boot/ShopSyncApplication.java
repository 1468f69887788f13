package com.commerceconnectors.samples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Magento products become Commerce Layer SKUs: the two connections come from {@code commerce.connections} in
 * application.yaml, the route is {@link ProductSyncRoute}, and Actuator's readiness group holds the connections'
 * checks. With the profile {@code sandbox} the application starts the embedded emulators first and syncs their
 * products once.
 */
@SpringBootApplication
public class ShopSyncApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ShopSyncApplication.class);
        application.addListeners(new SandboxLauncher());
        application.run(args);
    }
}
