package dev.gitopslint.core.images;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * A content digest {@code algorithm:hex}. Only the algorithms registries accept are valid (sha256,
 * sha384, sha512), each with its exact length of lowercase hex, as the reference implementation
 * validates them: anything else could never be pulled.
 */
public record Digest(String algorithm, String hex) implements Comparable<Digest> {

    private static final Map<String, Integer> HEX_LENGTHS = Map.of("sha256", 64, "sha384", 96, "sha512", 128);
    private static final Map<String, String> JAVA_NAMES = Map.of("sha256", "SHA-256", "sha384", "SHA-384",
            "sha512", "SHA-512");

    public Digest {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(hex, "hex");
        String problem = problem(algorithm, hex);
        if (problem != null) {
            throw new IllegalArgumentException("invalid digest \"" + algorithm + ":" + hex + "\": " + problem);
        }
    }

    /** Parses {@code algorithm:hex}; the exception message says what is wrong. */
    public static Digest parse(String text) {
        Objects.requireNonNull(text, "text");
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException("invalid digest \"" + text + "\": " + problem);
        }
        int colon = text.indexOf(':');
        return new Digest(text.substring(0, colon), text.substring(colon + 1));
    }

    /** The SHA-256 digest of some bytes, as registries compute it for manifests and blobs. */
    public static Digest sha256Of(byte[] content) {
        return of("sha256", content);
    }

    /** The digest of {@code content} with the same algorithm as this one. */
    public Digest recompute(byte[] content) {
        return of(algorithm, content);
    }

    /** Why {@code text} is not a valid digest, or {@code null} when it is. */
    static String problem(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return "a digest is written algorithm:hex, e.g. sha256:<64 hex digits>";
        }
        return problem(text.substring(0, colon), text.substring(colon + 1));
    }

    private static String problem(String algorithm, String hex) {
        if (algorithm.isEmpty()) {
            return "the digest algorithm is missing before ':'";
        }
        Integer length = HEX_LENGTHS.get(algorithm);
        if (length == null) {
            return "unsupported digest algorithm \"" + algorithm + "\" (expected sha256, sha384 or sha512)";
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            boolean lowerHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!lowerHex) {
                return (c >= 'A' && c <= 'F')
                        ? "the digest must be lowercase hex"
                        : "the digest contains '" + c + "', which is not a hex digit";
            }
        }
        if (hex.length() != length) {
            return "a " + algorithm + " digest has " + length + " hex digits, this one has " + hex.length();
        }
        return null;
    }

    private static Digest of(String algorithm, byte[] content) {
        try {
            MessageDigest md = MessageDigest.getInstance(JAVA_NAMES.get(algorithm));
            return new Digest(algorithm, HexFormat.of().formatHex(md.digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    @Override
    public int compareTo(Digest other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return algorithm + ":" + hex;
    }
}
