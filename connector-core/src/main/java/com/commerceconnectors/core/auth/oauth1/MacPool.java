package com.commerceconnectors.core.auth.oauth1;

import javax.crypto.Mac;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Keyed {@link Mac}s ready for use, cloned from one prototype. {@code doFinal} leaves a {@code Mac} reset to its key,
 * so a finished one can sign the next request; keeping a few here spares the clone, which costs about a tenth of
 * a MAC over a typical base string. A thread takes the one in its slot (slots are spread by thread id, so threads
 * rarely meet) or, finding it empty, a fresh clone. The pool belongs to the signature algorithm: it goes when the
 * algorithm goes, and nothing is left in a pooled thread's locals.
 */
final class MacPool {

    private final Mac prototype;
    private final AtomicReferenceArray<Mac> idle;
    private final int mask;

    /** @param prototype initialised with the key; this pool's own from now on */
    MacPool(Mac prototype) {
        this.prototype = prototype;
        int wanted = Math.min(64, 2 * Runtime.getRuntime().availableProcessors());
        int slots = Integer.highestOneBit(wanted * 2 - 1); // the power of two at or above
        this.idle = new AtomicReferenceArray<>(slots);
        this.mask = slots - 1;
    }

    /** A keyed, reset {@code Mac} for this thread's use only, until it is {@link #giveBack given back}. */
    Mac take() {
        Mac mac = idle.getAndSet(slot(), null);
        if (mac != null) {
            return mac;
        }
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("cloning a " + prototype.getAlgorithm() + " Mac failed although it worked before", e);
        }
    }

    /** Returns a {@code Mac} after {@code doFinal}; one that failed half-way must not come back. */
    void giveBack(Mac mac) {
        idle.setRelease(slot(), mac);
    }

    private int slot() {
        return (int) Thread.currentThread().getId() & mask;
    }
}
