package org.warraq.theme;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warraq.config.FileNames;
import org.warraq.problem.BuildFailure;
import org.warraq.problem.Problem;

/**
 * The static files of the theme, fingerprinted: each is published under a name that carries a
 * hash of its content ({@code css/warraq.3f2a9c1b7e.css}), so it can be cached forever, and is
 * referenced with Subresource Integrity.
 */
public final class Assets {
    private final Map<String, Asset> byPath;

    /** One published static file. */
    public record Asset(String source, String published, String integrity, byte[] bytes) {
    }

    private Assets(Map<String, Asset> byPath) {
        this.byPath = byPath;
    }

    /**
     * Fingerprints every static file of the theme; throws {@link BuildFailure} for files whose
     * name, with the hash, is longer than a file name may be.
     */
    public static Assets of(List<Theme.StaticFile> files) {
        Map<String, Asset> byPath = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Theme.StaticFile file : files) {
            String published = fingerprinted(file.path(), file.bytes());
            String name = published.substring(published.lastIndexOf('/') + 1);
            int bytes = FileNames.bytes(name);
            if (bytes > FileNames.MAX_BYTES) {
                problems.add(Problem.error("static/" + file.path(), 0, 0, "published as " + bytes + " bytes of name with its content"
                        + " hash (11 more), more than file systems allow (" + FileNames.MAX_BYTES + ") — shorten the file's name"));
                continue;
            }
            byPath.put(file.path(), new Asset(file.path(), published,
                    "sha384-" + Base64.getEncoder().encodeToString(digest("SHA-384", file.bytes())), file.bytes()));
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return new Assets(byPath);
    }


    /** The asset published for a static path ("css/warraq.css"), or null if the theme has none. */
    public Asset get(String source) {
        return byPath.get(source);
    }

    /** All assets in path order. */
    public List<Asset> all() {
        return List.copyOf(byPath.values());
    }

    /** "css/site.css" → "css/site.&lt;10 hex digits of SHA-256&gt;.css". */
    static String fingerprinted(String path, byte[] bytes) {
        String hash = HexFormat.of().formatHex(digest("SHA-256", bytes)).substring(0, 10);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) {
            return path + "." + hash;
        }
        return path.substring(0, dot) + "." + hash + path.substring(dot);
    }

    static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
