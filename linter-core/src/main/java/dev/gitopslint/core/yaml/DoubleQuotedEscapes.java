package dev.gitopslint.core.yaml;

/**
 * The escape sequences of a one-line double-quoted YAML scalar, as SnakeYAML Engine reads them: YAML
 * 1.2's set (5.7) without {@code \L} and {@code \P}, which it rejects, and with ASCII hexadecimal digits only.
 */
final class DoubleQuotedEscapes {

    private static final String SINGLE = "0abtnvfre \"/\\N_";
    private static final String MEANING = "\0\u0007\b\t\n\u000B\f\r\u001B \"/\\\u0085\u00A0";

    private DoubleQuotedEscapes() {
    }

    /** The text with its escapes replaced, or null when one is invalid (the parser reports those). */
    static String unescape(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == body.length()) {
                return null;
            }
            char escape = body.charAt(i);
            int single = SINGLE.indexOf(escape);
            if (single >= 0) {
                out.append(MEANING.charAt(single));
                continue;
            }
            int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : escape == 'U' ? 8 : 0;
            if (digits == 0 || i + digits >= body.length()) {
                return null;
            }
            long codePoint = hex(body, i + 1, i + 1 + digits);
            if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT
                    || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                return null;
            }
            out.appendCodePoint((int) codePoint);
            i += digits;
        }
        return out.toString();
    }

    private static long hex(String text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1; // Character.digit would also take fullwidth and other non-ASCII digits
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
