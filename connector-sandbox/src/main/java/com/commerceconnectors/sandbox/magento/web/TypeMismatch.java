package com.commerceconnectors.sandbox.magento.web;

/**
 * The type-conversion errors of Magento's service input processor. They are rendered into plain text (no
 * parameters) and wrapped once per enclosing object property, exactly as Magento nests them.
 */
public final class TypeMismatch extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private TypeMismatch(String renderedMessage) {
        super(renderedMessage, null, false, false);
    }

    public static TypeMismatch of(String value, String expectedType) {
        return new TypeMismatch("The \"" + value + "\" value's type is invalid. The \"" + expectedType
                + "\" type was expected. Verify and try again.");
    }

    public static TypeMismatch plain(String renderedMessage) {
        return new TypeMismatch(renderedMessage);
    }

    /** The message as an enclosing property {@code fieldName} reports it. */
    public TypeMismatch within(String fieldName) {
        return new TypeMismatch("Error occurred during \"" + fieldName + "\" processing. " + getMessage());
    }

    /** At the top level Magento turns the conversion error into a plain 400. */
    public MagentoException toResponse() {
        return MagentoException.badRequest(getMessage());
    }
}
