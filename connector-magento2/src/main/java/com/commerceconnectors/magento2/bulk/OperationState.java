package com.commerceconnectors.magento2.bulk;

/** Where one record of a bulk stands, by the number Magento's bulk status endpoints report. */
public enum OperationState {
    /** 1: saved. */
    COMPLETE(1, "complete"),
    /** 2: failed, and Magento says trying again may succeed (a deadlock, a lost database connection). */
    RETRIABLY_FAILED(2, "retriable"),
    /** 3: failed; the record must change first (a validation error). */
    FAILED(3, "failed"),
    /** 4: queued, not processed yet. */
    OPEN(4, "open"),
    /** 5: refused without being processed. */
    REJECTED(5, "rejected");

    private final int code;
    private final String label;

    OperationState(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The word the summary uses for it. */
    public String label() {
        return label;
    }

    public boolean isFailure() {
        return this == RETRIABLY_FAILED || this == FAILED || this == REJECTED;
    }

    /** The state with this number; {@code null} for a number Magento does not define. */
    public static OperationState ofCode(int code) {
        for (OperationState state : values()) {
            if (state.code == code) {
                return state;
            }
        }
        return null;
    }
}
