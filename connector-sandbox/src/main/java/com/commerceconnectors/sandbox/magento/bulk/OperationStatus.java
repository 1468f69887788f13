package com.commerceconnectors.sandbox.magento.bulk;

/** The status of one operation of a bulk, with the number Magento's status endpoints report for it. */
public enum OperationStatus {
    /** Processed successfully. */
    COMPLETE(1),
    /** Failed in a way that may succeed when tried again (a deadlock, a lost database connection). */
    RETRIABLY_FAILED(2),
    /** Failed; the data must change before it can succeed (a validation error). */
    NOT_RETRIABLY_FAILED(3),
    /** Queued, not processed yet. */
    OPEN(4),
    /** Refused without being processed. */
    REJECTED(5);

    private final int code;

    OperationStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The status with this number, or {@code null} when none has it. */
    public static OperationStatus ofCode(int code) {
        for (OperationStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        return null;
    }
}
