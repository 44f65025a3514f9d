package dev.gitopslint.core.report;

/**
 * Escaping for hand-written XML 1.0. Characters XML cannot carry at all (most control characters, lone
 * surrogates) are replaced by U+FFFD, since a finding message may quote any byte of a broken file.
 */
final class XmlText {

    private XmlText() {
    }

    static String attribute(String value) {
        StringBuilder out = new StringBuilder(value.length());
        escape(value, out, true);
        return out.toString();
    }

    static String content(String value) {
        StringBuilder out = new StringBuilder(value.length());
        escape(value, out, false);
        return out.toString();
    }

    private static void escape(String value, StringBuilder out, boolean attribute) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
