package org.warraq.output;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.warraq.model.OutputFile;

/**
 * The key an output file is recorded under: its view key when rendering gave it one, else the
 * SHA-256 of its bytes, marked so it never equals a view key.
 */
public final class ContentKey {
    private ContentKey() {
    }

    public static String of(OutputFile file) {
        return file.key() != null ? file.key() : of(file.bytes());
    }

    static String of(byte[] bytes) {
        try {
            return OutputFile.contentKey(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
