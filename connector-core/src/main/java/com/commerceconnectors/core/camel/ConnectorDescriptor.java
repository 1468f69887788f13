package com.commerceconnectors.core.camel;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The facts of one connector that tools outside it need — the CLI, docs, tests — published once by the connector
 * (as a {@link ServiceLoader} service) instead of being known again wherever they are used.
 */
public interface ConnectorDescriptor {

    /** The Camel scheme, which is also the connection document's {@code connector}, e.g. {@code oro}. */
    String scheme();

    /** The platform's name for messages, e.g. {@code Oro}. */
    String platform();

    /** The prefix of every exchange header the component reads or sets, e.g. {@code CamelOro}. */
    String headerPrefix();

    /** The largest page the platform answers. */
    int maxPageSize();

    /** Why larger pages are refused, for the error that rejects one, e.g. {@code Oro's maximum page[size]}. */
    String pageSizeLimitReason();

    /** A resource every account of the platform can read, for the connection test. */
    String probeResource();

    /** The attribute an import finds an existing record of {@code resource} by, when the platform needs one. */
    Optional<String> importKey(String resource);

    /** The descriptor of the connector with this scheme, among those on the class path. */
    static Optional<ConnectorDescriptor> forScheme(String scheme) {
        for (ConnectorDescriptor d : ServiceLoader.load(ConnectorDescriptor.class, ConnectorDescriptor.class.getClassLoader())) {
            if (d.scheme().equals(scheme)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
