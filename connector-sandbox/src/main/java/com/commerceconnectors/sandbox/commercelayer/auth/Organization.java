package com.commerceconnectors.sandbox.commercelayer.auth;

/** The emulated organization, as tokens describe it. */
public record Organization(String id, String slug, String region) {
}
