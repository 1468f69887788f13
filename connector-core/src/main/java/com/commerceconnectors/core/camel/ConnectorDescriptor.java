package com.commerceconnectors.core.camel;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The facts of one connector that tools outside it need — the CLI, docs, tests — published once by the connector
 * instead of being known again wherever they are used. Each connector has a subclass with a public no-argument
 * constructor, listed in {@code META-INF/services/com.commerceconnectors.core.camel.ConnectorDescriptor}.
 */
public abstract class ConnectorDescriptor {

    private final String scheme;
    private final String platform;
    private final String headerPrefix;
    private final int maxPageSize;
    private final String pageSizeLimitReason;
    private final String probeResource;
    private final Map<String, String> importKeys;

    /**
     * @param scheme              the Camel scheme, which is also the connection document's {@code connector}
     * @param platform            the platform's name for messages
     * @param headerPrefix        the prefix of every exchange header the component reads or sets, e.g. {@code CamelOro}
     * @param maxPageSize         the largest page the platform answers
     * @param pageSizeLimitReason why larger pages are refused, for the error that rejects one
     * @param probeResource       a resource every account of the platform can read, for the connection test
     * @param importKeys          per resource, the attribute an import finds an existing record by
     */
    protected ConnectorDescriptor(String scheme, String platform, String headerPrefix, int maxPageSize,
                                  String pageSizeLimitReason, String probeResource, Map<String, String> importKeys) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.headerPrefix = Objects.requireNonNull(headerPrefix, "headerPrefix");
        this.maxPageSize = maxPageSize;
        this.pageSizeLimitReason = Objects.requireNonNull(pageSizeLimitReason, "pageSizeLimitReason");
        this.probeResource = Objects.requireNonNull(probeResource, "probeResource");
        this.importKeys = Map.copyOf(importKeys);
    }

    public String scheme() {
        return scheme;
    }

    public String platform() {
        return platform;
    }

    public String headerPrefix() {
        return headerPrefix;
    }

    public int maxPageSize() {
        return maxPageSize;
    }

    public String pageSizeLimitReason() {
        return pageSizeLimitReason;
    }

    public String probeResource() {
        return probeResource;
    }

    /** The attribute an import finds an existing record of {@code resource} by, when the platform needs one. */
    public Optional<String> importKey(String resource) {
        return Optional.ofNullable(importKeys.get(resource));
    }

    /** The descriptor of the connector with this scheme, among those on the class path. */
    public static Optional<ConnectorDescriptor> forScheme(String scheme) {
        for (ConnectorDescriptor d : ServiceLoader.load(ConnectorDescriptor.class, ConnectorDescriptor.class.getClassLoader())) {
            if (d.scheme().equals(scheme)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "ConnectorDescriptor[" + scheme + "]";
    }
}
