package com.commerceconnectors.cli.imports;

/** Told after each record line's outcome, from whichever thread sent it. */
@FunctionalInterface
public interface ImportProgress {

    /** Reports nothing. */
    ImportProgress NONE = (created, updated, failed) -> { };

    void done(long created, long updated, long failed);
}
