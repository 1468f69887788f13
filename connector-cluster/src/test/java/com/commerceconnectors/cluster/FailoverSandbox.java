package com.commerceconnectors.cluster;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.log.RecordedRequest;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The sandbox as its own process for the failover test: seeds {@code args[0]} Oro products, prints
 * {@code SANDBOX READY {json}}, then answers {@code requests} on standard input with one
 * {@code REQUEST <epoch millis> <status> <query>} line per product list request it received and {@code END}. Exits when
 * its standard input closes (the test ended or died).
 */
public final class FailoverSandbox {

    private FailoverSandbox() {
    }

    public static void main(String[] args) throws Exception {
        int products = Integer.parseInt(args[0]);
        try (Sandbox sandbox = Sandbox.builder().start()) {
            sandbox.oro().seedProducts(products);
            sandbox.oro().requests().clear();
            System.out.println("SANDBOX READY " + sandbox.readyJson());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.strip().equals("requests")) {
                    for (RecordedRequest r : sandbox.oro().requests().entries()) {
                        if (r.method().equals("GET") && r.path().endsWith("/products")) {
                            System.out.println("REQUEST " + r.at().toEpochMilli() + " " + r.status() + " " + r.query());
                        }
                    }
                    System.out.println("END");
                    System.out.flush();
                }
            }
        }
    }
}
