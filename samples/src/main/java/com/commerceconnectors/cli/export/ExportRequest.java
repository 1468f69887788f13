package com.commerceconnectors.cli.export;

import com.commerceconnectors.cli.camel.Descriptors;
import com.commerceconnectors.connection.ConnectorType;
import com.commerceconnectors.connection.Connection;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to export, from where, to which file.
 *
 * @param connection the platform and its credentials
 * @param resource   the resource, e.g. {@code products}, or a path such as {@code cmsPage/search}
 * @param since      the first {@code updated_at} to include (inclusive); {@code null} for everything
 * @param pageSize   records per request
 * @param out        the NDJSON file to write; written as {@code out.partial} and renamed once complete
 */
public record ExportRequest(Connection connection, String resource, Instant since, int pageSize, Path out) {

    public static final int DEFAULT_PAGE_SIZE = 100;

    /** Letters, digits, '_' and '-', in segments separated by '/'. */
    private static final Pattern RESOURCE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(/[A-Za-z0-9_-]+)*");

    public ExportRequest {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(out, "out");
        if (!isResourceName(resource)) {
            throw new IllegalArgumentException("'" + resource + "' is not a resource name: use products, orders,"
                    + " customers, or a path such as cmsPage/search");
        }
        int max = maxPageSize(connection.connector());
        if (pageSize < 1 || pageSize > max) {
            throw new IllegalArgumentException("the page size must be between 1 and " + max + " for "
                    + connection.connector().id() + ", not " + pageSize);
        }
    }

    /** The largest page the platform serves. */
    public static int maxPageSize(ConnectorType connector) {
        return Descriptors.of(connector).maxPageSize();
    }

    /** The page size when none is asked for: 100, or the platform's largest when that is smaller. */
    public static int defaultPageSize(ConnectorType connector) {
        return Math.min(DEFAULT_PAGE_SIZE, maxPageSize(connector));
    }

    public static boolean isResourceName(String resource) {
        return resource != null && RESOURCE.matcher(resource).matches();
    }

    /** Where records go while the export runs. */
    public Path partial() {
        return out.resolveSibling(out.getFileName() + ".partial");
    }
}
