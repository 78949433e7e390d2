package org.warraq.content;

import java.io.ByteArrayInputStream;
import java.util.Objects;

/**
 * A byte array read as a stream without {@link ByteArrayInputStream}'s lock, which it takes for
 * every byte ({@code DataInputStream.readInt} takes it four times): reading the caches of a
 * 10,000-article site called it tens of millions of times.
 */
public class ByteInput extends ByteArrayInputStream {
    public ByteInput(byte[] bytes) {
        super(bytes);
    }

    @Override
    public int read() {
        return pos < count ? buf[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (pos >= count) {
            return len == 0 ? 0 : -1;
        }
        int n = Math.min(len, count - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }
}
