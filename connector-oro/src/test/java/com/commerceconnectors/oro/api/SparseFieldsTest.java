package com.commerceconnectors.oro.api;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparseFieldsTest {

    private static String decoded(SparseFields fields) {
        return URLDecoder.decode(fields.addTo(new JsonApiQuery()).toQueryString(), StandardCharsets.UTF_8);
    }

    @Test
    void aBareListIsTheResourcesOwnTypeAndTypedListsNameTheirs() {
        assertThat(decoded(SparseFields.parse("sku,names;users:username,email", "products")))
                .isEqualTo("fields[products]=sku,names&fields[users]=username,email");
    }

    @Test
    void theWatermarkFieldIsAddedOnlyToAnExistingListThatLacksIt() {
        assertThat(decoded(SparseFields.parse("sku", "products").including("products", "updatedAt")))
                .isEqualTo("fields[products]=sku,updatedAt");
        assertThat(decoded(SparseFields.parse("sku,updatedAt", "products").including("products", "updatedAt")))
                .isEqualTo("fields[products]=sku,updatedAt");
        assertThat(decoded(SparseFields.parse(null, "products").including("products", "updatedAt"))).isEmpty();
    }

    @Test
    void anEmptyTypedListIsRefused() {
        assertThatThrownBy(() -> SparseFields.parse("users:", "products"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type:a,b");
    }
}
