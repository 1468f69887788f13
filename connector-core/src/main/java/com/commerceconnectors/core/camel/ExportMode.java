package com.commerceconnectors.core.camel;

/**
 * What an export consumer's poll delivers, where a platform offers the choice ({@code exportMode}).
 */
public enum ExportMode {

    /**
     * The records that changed since the watermark, paged by a last-change time and the id; the watermark moves on
     * with every page, so each poll delivers only what changed after the last.
     */
    incremental,

    /**
     * Every record on every poll, paged by id alone, for resources the platform cannot sort or filter by a
     * last-change time. The position is stored after each page, so a poll that stops resumes where it stopped; once
     * a run is complete it is cleared, and the next poll exports everything again.
     */
    full;

    /** The option's name, for tools that add it to a URI. */
    public static final String OPTION = "exportMode";
}
