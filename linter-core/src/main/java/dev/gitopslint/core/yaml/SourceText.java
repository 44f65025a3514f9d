package dev.gitopslint.core.yaml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text for the YAML parser, or says why it cannot: not UTF-8, binary. A BOM is
 * dropped; line breaks stay as written (the parser treats CRLF as one break).
 */
public final class SourceText {

    private SourceText() {
    }

    /** Either the decoded text, or a problem with the 1-based line it was found on. */
    public record Decoded(String text, String problem, int problemLine) {
        public boolean ok() {
            return problem == null;
        }
    }

    public static Decoded decode(byte[] bytes) {
        // The JDK's own decoding is many times faster than a reporting decoder; it replaces malformed
        // input with U+FFFD, so a text without that character was valid UTF-8 and needs nothing more.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0 && fast.indexOf('\0') < 0) {
            return new Decoded(withoutBom(fast), null, 0);
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            return new Decoded(null, "binary content (NUL byte at offset " + nul + "): not a YAML text file",
                    lineAt(bytes, nul));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return new Decoded(withoutBom(decoder.decode(in).toString()), null, 0);
        } catch (MalformedInputException e) {
            int offset = in.position();
            return new Decoded(null, String.format("invalid UTF-8 byte 0x%02X at offset %d: save the file as UTF-8",
                    bytes[Math.min(offset, bytes.length - 1)] & 0xFF, offset), lineAt(bytes, offset));
        } catch (CharacterCodingException e) {
            return new Decoded(null, "cannot decode the file as UTF-8: " + e.getMessage(), 1);
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
