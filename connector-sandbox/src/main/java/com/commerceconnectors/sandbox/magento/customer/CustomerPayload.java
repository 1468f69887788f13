package com.commerceconnectors.sandbox.magento.customer;

import com.commerceconnectors.sandbox.magento.web.ErrorMessage;
import com.commerceconnectors.sandbox.magento.web.InputLimits;
import com.commerceconnectors.sandbox.magento.web.InputValues;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.ServiceInputReader;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads and validates {@code {"customer": {...}}} and a new account's password, with Magento's messages. */
final class CustomerPayload {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MIN_PASSWORD_CLASSES = 3;

    private CustomerPayload() {
    }

    /** The item type of a customer's {@code addresses}, as CustomerInterface's getter declares it. */
    private static final String ADDRESS = "\\Magento\\Customer\\Api\\Data\\AddressInterface";

    /** @param limits the input limits, which cap the customer's addresses */
    static CustomerInput parse(JsonNode body, InputLimits limits) {
        return ServiceInputReader.readEntity(body, "customer", customer -> read(customer, limits));
    }

    /** Required names and a well-formed e-mail address, all problems reported together. */
    static void validate(CustomerInput input) {
        List<ErrorMessage> errors = new ArrayList<>();
        for (Map.Entry<String, String> required : Map.of("firstname", nonNull(input.firstname()),
                "lastname", nonNull(input.lastname())).entrySet()) {
            if (required.getValue().isBlank()) {
                errors.add(requiredValue(required.getKey()));
            }
        }
        if (input.email() == null || input.email().isBlank()) {
            errors.add(requiredValue("email"));
        } else if (!EMAIL.matcher(input.email()).matches()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("fieldName", "email");
            parameters.put("value", input.email());
            errors.add(new ErrorMessage("Invalid value of \"%value\" provided for the %fieldName field.",
                    parameters));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(e -> String.valueOf(e.parameters())));
            throw MagentoException.inputErrors(errors);
        }
    }

    static void validatePassword(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw MagentoException.badRequest(
                    "The password needs at least %1 characters. Create a new password and try again.",
                    List.of(MIN_PASSWORD_LENGTH));
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < MIN_PASSWORD_CLASSES) {
            throw MagentoException.badRequest("Minimum of different classes of characters in password is %1. "
                    + "Classes of characters: Lower Case, Upper Case, Digits, Special Characters.",
                    List.of(MIN_PASSWORD_CLASSES));
        }
    }

    private static CustomerInput read(JsonNode customer, InputLimits limits) {
        Properties properties = new Properties(limits);
        ServiceInputReader.readProperties(customer, properties::read);
        return properties.toInput();
    }

    /** The properties read so far; {@code null} means "not sent". */
    private static final class Properties {
        private final InputLimits limits;
        private String email;
        private String firstname;
        private String lastname;
        private Integer groupId;
        private Integer websiteId;
        private Integer storeId;
        private String dob;
        private Integer gender;
        private String addresses;

        Properties(InputLimits limits) {
            this.limits = limits;
        }

        void read(String matchKey, String key, JsonNode value) {
            switch (matchKey) {
                case "email":
                    email = InputValues.toStringValue(value);
                    break;
                case "firstname":
                    firstname = InputValues.toStringValue(value);
                    break;
                case "lastname":
                    lastname = InputValues.toStringValue(value);
                    break;
                case "groupid":
                    groupId = InputValues.toInt(value);
                    break;
                case "websiteid":
                    websiteId = InputValues.toInt(value);
                    break;
                case "storeid":
                    storeId = InputValues.toInt(value);
                    break;
                case "dob":
                    dob = InputValues.toStringValue(value);
                    break;
                case "gender":
                    gender = InputValues.toInt(value);
                    break;
                case "addresses":
                    if (value.isContainerNode()) {
                        limits.checkList(ADDRESS, value.size());
                    }
                    addresses = value.isArray() ? value.toString() : "[]";
                    break;
                case "id":
                case "defaultbilling":
                case "defaultshipping":
                case "confirmation":
                case "createdat":
                case "updatedat":
                case "createdin":
                case "middlename":
                case "prefix":
                case "suffix":
                case "taxvat":
                case "disableautogroupchange":
                case "extensionattributes":
                case "customattributes":
                    break;
                default:
                    throw MagentoException.notSupported(key);
            }
        }

        CustomerInput toInput() {
            return new CustomerInput(email, firstname, lastname, groupId, websiteId, storeId, dob, gender,
                    addresses);
        }
    }

    private static ErrorMessage requiredValue(String field) {
        return new ErrorMessage("\"%fieldName\" is a required value.", Map.of("fieldName", field));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
