package com.commerceconnectors.sandbox.magento.customer;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.auth.Accounts;
import com.commerceconnectors.sandbox.magento.search.SearchRunner;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.InputValues;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.commerceconnectors.sandbox.magento.web.TypeMismatch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /V1/customers}: search, get, {@code me} (a customer token's own account), create (anonymous, as a storefront
 * sign-up), replace and delete.
 */
public final class CustomerEndpoints {

    private static final String DUPLICATE_EMAIL =
            "A customer with the same email address already exists in an associated website.";

    private final CustomerDirectory directory;
    private final Accounts accounts;
    private final SearchRunner search;

    public CustomerEndpoints(CustomerDirectory directory, Accounts accounts, SearchRunner search) {
        this.directory = directory;
        this.accounts = accounts;
        this.search = search;
    }

    public SandboxResponse search(CallContext call) {
        return search.run(call, directory.source(), CustomerFields.CATALOG, CustomerJson::write);
    }

    public SandboxResponse get(CallContext call) {
        return respond(existing(call.idParam("customerId")));
    }

    public SandboxResponse me(CallContext call) {
        return respond(existing(call.caller().userId()));
    }

    /** {@code POST /V1/customers} {@code {"customer": {...}, "password": "..."}}. */
    public SandboxResponse create(CallContext call) {
        ObjectNode body = call.jsonBody();
        CustomerInput input = CustomerPayload.parse(body, call.inputLimits());
        CustomerPayload.validate(input);
        String password = password(body);
        if (password != null) {
            CustomerPayload.validatePassword(password);
        }
        int websiteId = input.websiteId() != null ? input.websiteId()
                : call.store().isAdmin() ? 1 : call.store().websiteId();
        int storeId = input.storeId() != null ? input.storeId() : call.store().isAdmin() ? 1 : call.storeId();
        if (directory.findByEmail(input.email(), websiteId).isPresent()) {
            throw MagentoException.badRequest(DUPLICATE_EMAIL);
        }
        Customer created;
        try {
            created = directory.insert(new Customer(0, input.email(), input.firstname(), input.lastname(),
                    input.groupId() == null ? 1 : input.groupId(), websiteId, storeId,
                    call.store().isAdmin() ? "Admin" : call.store().name(), null, null, input.dob(), input.gender(),
                    input.addressesJson(), false));
        } catch (IllegalArgumentException e) {
            throw MagentoException.badRequest(DUPLICATE_EMAIL);
        }
        if (password != null) {
            accounts.setCustomerPassword(created.id(), password);
        }
        return respond(created);
    }

    /** {@code PUT /V1/customers/:customerId}: the whole customer is sent again (names and e-mail required). */
    public SandboxResponse replace(CallContext call) {
        return replace(call, call.idParam("customerId"));
    }

    public SandboxResponse replaceMe(CallContext call) {
        return replace(call, call.caller().userId());
    }

    public SandboxResponse delete(CallContext call) {
        long id = call.idParam("customerId");
        if (!directory.delete(id)) {
            throw MagentoException.noSuchEntity("customerId", id);
        }
        accounts.removeCustomer(id);
        return MagentoJson.ok(json -> json.writeBoolean(true));
    }

    private SandboxResponse replace(CallContext call, long id) {
        Customer current = existing(id);
        CustomerInput input = CustomerPayload.parse(call.jsonBody(), call.inputLimits());
        CustomerPayload.validate(input);
        int websiteId = input.websiteId() != null ? input.websiteId() : current.websiteId();
        directory.findByEmail(input.email(), websiteId).filter(other -> other.id() != id).ifPresent(other -> {
            throw MagentoException.badRequest(DUPLICATE_EMAIL);
        });
        Customer replacement = new Customer(id, input.email(), input.firstname(), input.lastname(),
                input.groupId() != null ? input.groupId() : current.groupId(), websiteId,
                input.storeId() != null ? input.storeId() : current.storeId(), current.createdIn(),
                current.createdAt(), call.now(), input.dob() != null ? input.dob() : current.dob(),
                input.gender() != null ? input.gender() : current.gender(),
                input.addressesJson() != null ? input.addressesJson() : current.addressesJson(),
                current.subscribed());
        try {
            return respond(directory.update(id, c -> replacement)
                    .orElseThrow(() -> MagentoException.noSuchEntity("customerId", id)));
        } catch (IllegalArgumentException e) {
            throw MagentoException.badRequest(DUPLICATE_EMAIL);
        }
    }

    private Customer existing(long id) {
        return directory.find(id).orElseThrow(() -> MagentoException.noSuchEntity("customerId", id));
    }

    private static SandboxResponse respond(Customer customer) {
        return MagentoJson.ok(json -> CustomerJson.write(json, customer));
    }

    private static String password(ObjectNode body) {
        JsonNode password = body.get("password");
        if (password == null || password.isNull()) {
            return null;
        }
        try {
            return InputValues.toStringValue(password);
        } catch (TypeMismatch e) {
            throw e.toResponse();
        }
    }
}
