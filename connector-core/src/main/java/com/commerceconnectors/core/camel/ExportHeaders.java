package com.commerceconnectors.core.camel;

/** The names of the headers an export sets on each exchange; every connector's are its prefix and the same words. */
public record ExportHeaders(String watermark, String pageNumber, String upperBound, String totalCount) {

    public static ExportHeaders withPrefix(String prefix) {
        return new ExportHeaders(prefix + "Watermark", prefix + "PageNumber", prefix + "UpperBound", prefix + "TotalCount");
    }
}
