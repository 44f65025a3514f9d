package dev.gitopslint.core.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Repository paths as the URI references SARIF wants: each segment percent-encoded, {@code /} kept. */
final class SarifUris {

    private static final String HEX = "0123456789ABCDEF";

    private SarifUris() {
    }

    /**
     * A relative reference. {@code :} is encoded too: in a first segment it would read as a scheme.
     */
    static String relative(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/' || isUnreserved(c) || "!$&'()*+,;=@".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return uri.toString();
    }

    /** A directory as an absolute {@code file:} URI ending in {@code /}, as base URIs must. */
    static String directory(Path directory) {
        String path = directory.toAbsolutePath().normalize().toString().replace('\\', '/');
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        return "file://" + relative(path) + (path.endsWith("/") ? "" : "/");
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
    }
}
