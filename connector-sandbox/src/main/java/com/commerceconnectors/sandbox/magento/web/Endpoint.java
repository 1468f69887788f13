package com.commerceconnectors.sandbox.magento.web;

import com.commerceconnectors.sandbox.http.SandboxResponse;

/** The service method behind one route. May throw {@link MagentoException} for an error answer. */
@FunctionalInterface
public interface Endpoint {

    SandboxResponse handle(CallContext call);
}
