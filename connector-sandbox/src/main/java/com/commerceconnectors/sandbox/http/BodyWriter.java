package com.commerceconnectors.sandbox.http;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a response body; lets large JSON documents stream instead of being built in memory first. */
@FunctionalInterface
public interface BodyWriter {

    void writeTo(OutputStream out) throws IOException;
}
