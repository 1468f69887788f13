package com.commerceconnectors.sandbox.oro.query;

import com.commerceconnectors.sandbox.oro.data.Resource;

import java.util.List;

/**
 * One page of a list.
 *
 * @param rows    the rows of the page (empty past the end)
 * @param total   how many rows match the filters, over all pages
 * @param hasMore whether a row follows this page
 */
public record PageResult(List<Resource> rows, int total, boolean hasMore) {
}
