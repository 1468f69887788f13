package com.commerceconnectors.core.auth.oauth1;

/**
 * The arrays one signature is built in — the parameters, the base string, the header — kept per thread and grown on
 * demand, so that signing a request does not allocate and zero a few kilobytes every time. Nothing stays in them
 * after a call: {@link #release()} zeroes what was written (the base string holds the access token, the header the
 * signature, which for PLAINTEXT is the key) and lets go of arrays a huge form body made large.
 */
final class SigningWorkspace {

    private static final int KEEP_AT_MOST = 64 * 1024;
    private static final ThreadLocal<SigningWorkspace> PER_THREAD = ThreadLocal.withInitial(SigningWorkspace::new);

    final EncodedParameters parameters = new EncodedParameters();
    final ByteSink baseString = new ByteSink(2048);
    final ByteSink header = new ByteSink(512);
    private boolean inUse;

    private SigningWorkspace() {
    }

    /** This thread's workspace, or a new one should a signature be asked for while this thread is making one. */
    static SigningWorkspace acquire() {
        SigningWorkspace work = PER_THREAD.get();
        if (work.inUse) {
            return new SigningWorkspace();
        }
        work.inUse = true;
        return work;
    }

    /** Zeroes what this call wrote and hands the workspace back. */
    void release() {
        parameters.wipe(KEEP_AT_MOST);
        baseString.wipe(KEEP_AT_MOST);
        header.wipe(KEEP_AT_MOST);
        inUse = false;
    }
}
