package com.commerceconnectors.sandbox.magento.store;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;

import java.util.List;

/** {@code GET /V1/modules}: the enabled modules (admin only); lets a client learn what the store runs. */
public final class ModuleEndpoints {

    private static final List<String> MODULES = List.of("Magento_Store", "Magento_Directory", "Magento_Eav",
            "Magento_Backend", "Magento_Customer", "Magento_Catalog", "Magento_CatalogInventory", "Magento_Sales",
            "Magento_Quote", "Magento_Webapi", "Magento_Integration", "Magento_JwtUserToken",
            "Magento_JwtFrameworkAdapter", "Magento_Security", "Magento_TwoFactorAuth");

    public SandboxResponse modules(CallContext call) {
        return MagentoJson.ok(json -> {
            json.writeStartArray();
            for (String module : MODULES) {
                json.writeString(module);
            }
            json.writeEndArray();
        });
    }
}
