package com.commerceconnectors.core.http;

import org.apache.hc.core5.http.HttpEntity;

import java.io.ByteArrayOutputStream;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw new ResponseTooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
        in.close();
        return out.toByteArray();
    }
}
