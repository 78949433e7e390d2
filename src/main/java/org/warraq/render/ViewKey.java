package org.warraq.render;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of everything a page's HTML is made from besides the theme: template name, language
 * and the whole view record tree. Two pages with equal keys render to equal bytes (given the same
 * templates, UI strings and generator), so the render cache can reuse the earlier HTML.
 *
 * <p>Every value is written with its type and length, so different trees never feed the digest
 * the same bytes ("a, b" as one string is not the list of "a" and "b").
 */
final class ViewKey {
    private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = RecordAccessors.of(components[i]);
            }
            return accessors;
        }
    };

    private final MessageDigest digest;
    /** Digests of the cards pages share, or null to digest everything in place. */
    private final Shared shared;
    /**
     * Bytes on their way to the digest. Fed one by one (type marks, lengths), they cost a call
     * chain each: at 28,000 pages that was a fifth of computing the keys.
     */
    private final byte[] pending = new byte[4096];
    private int used;

    private ViewKey(Shared shared) {
        this.shared = shared;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of a page view, as hex, with the digests of shared cards taken from (and added to) {@code shared}. */
    static String of(PageView page, Shared shared) {
        ViewKey key = new ViewKey(shared);
        key.string(page.template());
        key.string(page.language().code());
        key.value(page.view());
        key.flush();
        return HexFormat.of().formatHex(key.digest.digest());
    }

    /**
     * The digests of article cards, each made once per render: an article's card is one object
     * shared by every list and related section that shows it (some 180,000 cards on the pages of a
     * 10,000-article site, 34,000 distinct ones). Keyed by identity; a card is digested by its
     * content, so equal cards still give equal keys. Thread-safe.
     */
    static final class Shared {
        private final Map<Object, byte[]> digests = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

        byte[] digest(View.ArticleCard card) {
            byte[] known = digests.get(card);
            if (known == null) {
                ViewKey key = new ViewKey(null);
                key.value(card);
                key.flush();
                known = key.digest.digest();
                digests.put(card, known); // two threads may both compute it: the same bytes
            }
            return known;
        }
    }

    private void value(Object value) {
        if (value instanceof View.ArticleCard card && shared != null) {
            put((byte) 6);
            for (byte b : shared.digest(card)) {
                put(b);
            }
        } else if (value == null) {
            put((byte) 0);
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Record record) {
            put((byte) 2);
            string(record.getClass().getName());
            for (MethodHandle accessor : ACCESSORS.get(record.getClass())) {
                value(RecordAccessors.read(accessor, record));
            }
        } else if (value instanceof Collection<?> list) {
            put((byte) 3);
            integer(list.size());
            list.forEach(this::value);
        } else if (value instanceof Map<?, ?> map) {
            put((byte) 4);
            integer(map.size());
            // Sorted by key text: immutable maps iterate in an order that changes between runs.
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            sorted.forEach((k, v) -> {
                string(k);
                value(v);
            });
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            put((byte) 5);
            string(value.getClass().getName() + ":" + value);
        } else {
            throw new IllegalArgumentException("views hold records, collections, strings and numbers, not "
                    + value.getClass().getName());
        }
    }

    private void string(String s) {
        put((byte) 1);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        integer(bytes.length);
        if (bytes.length > pending.length - used) {
            flush();
            if (bytes.length > pending.length) {
                digest.update(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, pending, used, bytes.length);
        used += bytes.length;
    }

    private void integer(int n) {
        put((byte) (n >>> 24));
        put((byte) (n >>> 16));
        put((byte) (n >>> 8));
        put((byte) n);
    }

    private void put(byte b) {
        if (used == pending.length) {
            flush();
        }
        pending[used++] = b;
    }

    private void flush() {
        digest.update(pending, 0, used);
        used = 0;
    }
}
