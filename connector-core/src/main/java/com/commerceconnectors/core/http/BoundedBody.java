package com.commerceconnectors.core.http;

import org.apache.hc.core5.http.HttpEntity;

import java.io.IOException;
import java.io.InputStream;

/** Reads an entity completely, but no more than a limit; beyond it the caller gets a clear error, not an OOM. */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * Reads to the end and closes the stream, which returns the connection to the pool. On failure the stream is left
     * open: closing it would drain the rest of a huge body; the caller discards the connection instead.
     */
    static byte[] read(HttpEntity entity, long limit) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > limit) {
            throw new ResponseTooLargeException(limit);
        }
        InputStream in = entity.getContent();
        if (in == null) {
            return new byte[0];
        }
        byte[] body;
        if (declared >= 0) {
            // the usual answer: its length is known, so it is read straight into an array of that size
            body = in.readNBytes((int) declared);
            if (body.length == declared && in.read() != -1) {
                throw new IOException("the answer is longer than its Content-Length");
            }
        } else {
            // chunked: read in small pieces up to one byte past the limit, which tells "too large" from "just fits"
            body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (body.length > limit) {
                throw new ResponseTooLargeException(limit);
            }
        }
        in.close();
        return body;
    }
}
