package com.commerceconnectors.cli.export;

/** Told after each page's records are written, from the consumer's thread. */
@FunctionalInterface
public interface ExportProgress {

    /** Reports nothing. */
    ExportProgress NONE = (records, pages) -> { };

    void written(long records, int pages);
}
