package com.commerceconnectors.core.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where page-number paging ends, over an in-memory page source (the pager's HTTP seam). */
class PageNumberPagerTest {

    /** Seven records in pages of {@code size}; past the end, the last page again (Magento 2.3) or nothing. */
    private static PageSource<Integer> store(int size, boolean repeatLastPage, List<Integer> asked) {
        return (page, first) -> {
            asked.add(page);
            int lastPage = (7 + size - 1) / size;
            int served = repeatLastPage ? Math.min(page, lastPage) : page;
            List<JsonNode> records = new ArrayList<>();
            for (int i = (served - 1) * size + 1; i <= Math.min(7, served * size); i++) {
                records.add(JsonNodeFactory.instance.numberNode(i));
            }
            return new ListPage(records, null, null);
        };
    }

    private static List<Integer> visit(PageNumberPager<Integer> pager) {
        List<Integer> visited = new ArrayList<>();
        pager.forEachPage(1, (number, page) -> visited.add(number));
        return visited;
    }

    @Test
    void withoutAPageLimitEveryPageIsRead() {
        List<Integer> asked = new ArrayList<>();
        assertThat(visit(new PageNumberPager<>(n -> n, 2, store(2, false, asked), 0))).containsExactly(1, 2, 3, 4);
        assertThat(asked).containsExactly(1, 2, 3, 4); // the fourth is short: no fifth request
    }

    @Test
    void aRepeatedLastPageEndsTheReadWithoutVisitingItTwice() {
        List<Integer> asked = new ArrayList<>();
        // a multiple of the page size would need the repeat to end: 7 records in pages of 7, then page 1 again
        assertThat(visit(new PageNumberPager<>(n -> n, 7, store(7, true, asked), 0))).containsExactly(1);
        assertThat(visit(new PageNumberPager<>(n -> n, 1, store(1, true, new ArrayList<>()), 0)))
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aPageLimitStopsTheRead() {
        List<Integer> asked = new ArrayList<>();
        assertThat(visit(new PageNumberPager<>(n -> n, 2, store(2, false, asked), 2))).containsExactly(1, 2);
        assertThat(asked).containsExactly(1, 2);
    }
}
