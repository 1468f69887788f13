package com.commerceconnectors.core.paging;

/**
 * The platform refused the page size asked for and said the largest it serves (Magento with its web API input limits
 * on: "Maximum SearchCriteria pageSize is 300"). A page source throws it so that the pager goes on with pages the
 * platform serves instead of failing the export.
 */
public class PageSizeRefusedException extends PagingException {

    private final int maximum;

    /**
     * @param maximum the largest page the platform serves, at least 1
     * @param message what the platform said, placeholders filled
     */
    public PageSizeRefusedException(int maximum, String message) {
        super(message);
        if (maximum < 1) {
            throw new IllegalArgumentException("a platform serves at least one record per page, not " + maximum);
        }
        this.maximum = maximum;
    }

    public int maximum() {
        return maximum;
    }
}
