package com.commerceconnectors.sandbox.magento.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer in Magento's shape ({@code {"message", "parameters", "errors"}}), thrown inside the emulator and
 * turned into a response by the platform; it never leaves the sandbox.
 */
public final class MagentoException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom REPORT_IDS = new SecureRandom();

    public static final String SIGN_IN_FAILED = "The account sign-in was incorrect or your account is disabled "
            + "temporarily. Please wait and try again later.";
    public static final String NOT_AUTHORIZED = "The consumer isn't authorized to access %resources.";
    public static final String REQUIRED = "\"%fieldName\" is required. Enter and try again.";
    public static final String INPUT_ERRORS = "One or more input exceptions have occurred.";

    private final int status;
    private final String template;
    private final transient Object parameters;
    private final transient List<ErrorMessage> errors;

    private MagentoException(int status, String template, Object parameters, List<ErrorMessage> errors) {
        super(template, null, false, false);
        this.status = status;
        this.template = template;
        this.parameters = parameters;
        this.errors = List.copyOf(errors);
    }

    public static MagentoException of(int status, String template, Object parameters) {
        return new MagentoException(status, template, parameters, List.of());
    }

    public static MagentoException badRequest(String template, Object parameters) {
        return of(400, template, parameters);
    }

    public static MagentoException badRequest(String message) {
        return of(400, message, null);
    }

    public static MagentoException routeNotFound() {
        return of(404, "Request does not match any route.", null);
    }

    public static MagentoException notAuthorized(String resources) {
        return of(401, NOT_AUTHORIZED, Map.of("resources", resources));
    }

    public static MagentoException signInFailed() {
        return of(401, SIGN_IN_FAILED, null);
    }

    public static MagentoException noSuchEntity(String fieldName, Object fieldValue) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("fieldName", fieldName);
        parameters.put("fieldValue", fieldValue);
        return of(404, "No such entity with %fieldName = %fieldValue", parameters);
    }

    /** One missing field is reported as itself, several as an input-exception list, as Magento does. */
    public static MagentoException required(List<String> fieldNames) {
        if (fieldNames.size() == 1) {
            return badRequest(REQUIRED, Map.of("fieldName", fieldNames.get(0)));
        }
        return inputErrors(fieldNames.stream()
                .map(name -> new ErrorMessage(REQUIRED, Map.of("fieldName", name)))
                .toList());
    }

    public static MagentoException inputErrors(List<ErrorMessage> errors) {
        if (errors.size() == 1) {
            return badRequest(errors.get(0).message(), errors.get(0).parameters());
        }
        return new MagentoException(400, INPUT_ERRORS, null, errors);
    }

    /** An unknown property in a request document (Magento 2.4.7's wording). */
    public static MagentoException notSupported(String fieldName) {
        return badRequest("\"%fieldName\" is not supported. Correct the field name and try again.",
                Map.of("fieldName", fieldName));
    }

    /** Production mode hides the cause of a server error behind a report id. */
    public static MagentoException internalError() {
        byte[] id = new byte[7];
        REPORT_IDS.nextBytes(id);
        String reportId = "webapi-" + HexFormat.of().formatHex(id).substring(0, 13);
        return of(500, "Internal Error. Details are available in Magento log file. Report ID: " + reportId, null);
    }

    public int status() {
        return status;
    }

    public String template() {
        return template;
    }

    public Object parameters() {
        return parameters;
    }

    public List<ErrorMessage> errors() {
        return errors;
    }
}
