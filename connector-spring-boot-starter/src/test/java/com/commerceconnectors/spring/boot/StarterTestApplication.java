package com.commerceconnectors.spring.boot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** The application the tests start: auto-configuration only, each test adds its routes. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StarterTestApplication {
}
