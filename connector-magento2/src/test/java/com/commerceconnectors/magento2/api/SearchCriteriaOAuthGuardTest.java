package com.commerceconnectors.magento2.api;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Magento 2.4.4–2.4.6 verify OAuth signatures with a natural sort: indexes of 10 and more are refused there. */
class SearchCriteriaOAuthGuardTest {

    private static final Connection OAUTH1 = load("""
            {"name":"s","connector":"magento2","baseUri":"https://shop.example.com/rest",
             "auth":{"type":"oauth1","signatureMethod":"HMAC-SHA256","consumerKey":"k","consumerSecret":"cs",
                     "accessToken":"t","accessTokenSecret":"ts"}}""");
    private static final Connection BEARER = load("""
            {"name":"s","connector":"magento2","baseUri":"https://shop.example.com/rest",
             "auth":{"type":"bearer","token":"t"}}""");

    @Test
    void tenOfEachIsSafeAndTheEleventhOfAnyIsNot() {
        SearchCriteria ten = groups(10).sortedBy(sorts(10));
        assertThat(ten.oauthSafe()).isTrue();
        assertThat(ten.toQueryString()).contains("%5Bfilter_groups%5D%5B9%5D").doesNotContain("%5B10%5D");

        assertThat(groups(11).indexOverflow()).contains("11 filter groups");
        assertThat(groups(11).toQueryString()).contains("%5Bfilter_groups%5D%5B10%5D");
        SearchCriteria wideGroup = SearchCriteria.empty().and("a", "eq", "1").andAnyOf(IntStream.range(0, 12)
                .mapToObj(i -> new SearchCriteria.Filter("sku", "eq", "S" + i)).toArray(SearchCriteria.Filter[]::new));
        assertThat(wideGroup.indexOverflow()).contains("12 filters in filter group 1");
        assertThat(SearchCriteria.empty().sortedBy(sorts(11)).indexOverflow()).contains("11 sort orders");
    }

    @Test
    void onlyOAuth1ConnectionsAreRefusedAndTheMessageSaysHowToShorten() {
        SearchCriteria tooMany = groups(11);
        assertThatCode(() -> SearchCriteria.requireOAuthSafe(tooMany, BEARER.auth())).doesNotThrowAnyException();
        assertThatCode(() -> SearchCriteria.requireOAuthSafe(groups(10), OAUTH1.auth())).doesNotThrowAnyException();
        assertThatThrownBy(() -> SearchCriteria.requireOAuthSafe(tooMany, OAUTH1.auth()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).contains("11 filter groups").contains("2.4.4 to 2.4.6")
                            .contains("'in' filter");
                });
    }

    private static SearchCriteria groups(int n) {
        SearchCriteria c = SearchCriteria.empty();
        for (int i = 0; i < n; i++) {
            c = c.and("f" + i, "eq", Integer.toString(i));
        }
        return c;
    }

    private static SearchCriteria.SortOrder[] sorts(int n) {
        return IntStream.range(0, n).mapToObj(i -> new SearchCriteria.SortOrder("f" + i, true))
                .toArray(SearchCriteria.SortOrder[]::new);
    }

    private static Connection load(String json) {
        return new ConnectionLoader().parse(json, "test");
    }
}
