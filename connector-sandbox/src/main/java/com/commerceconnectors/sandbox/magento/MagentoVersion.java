package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.magento.search.PagingMode;
import com.commerceconnectors.sandbox.oauth1.SignatureMethod;

import java.time.Duration;

/** Presets for the behaviours that changed between Magento versions. */
public enum MagentoVersion {

    /**
     * 2.3: opaque tokens (admin 4 h, customer 1 h), the last page repeated past the end, bearer integration tokens,
     * OAuth signatures with HMAC-SHA1 or HMAC-SHA256.
     */
    V2_3 {
        @Override
        void applyTo(MagentoSettings settings) {
            settings.jwtTokens(false)
                    .adminTokenLifetime(Duration.ofHours(4))
                    .customerTokenLifetime(Duration.ofHours(1))
                    .integrationTokenAsBearer(true)
                    .pagingMode(PagingMode.REPEAT_LAST_PAGE)
                    .oauthSignatureMethods(SignatureMethod.HMAC_SHA1, SignatureMethod.HMAC_SHA256);
        }
    },

    /**
     * 2.4.7 as installed: JWT tokens of one hour, integration tokens refused as bearer tokens, an empty page past
     * the end, OAuth signatures with HMAC-SHA256 only. (A real 2.4 also enables admin 2FA by default; turn it on with {@code twoFactorAuth(true)}.)
     */
    V2_4_7 {
        @Override
        void applyTo(MagentoSettings settings) {
            settings.jwtTokens(true)
                    .adminTokenLifetime(Duration.ofHours(1))
                    .customerTokenLifetime(Duration.ofHours(1))
                    .integrationTokenAsBearer(false)
                    .pagingMode(PagingMode.EMPTY_PAST_END)
                    .oauthSignatureMethods(SignatureMethod.HMAC_SHA256);
        }
    };

    abstract void applyTo(MagentoSettings settings);
}
