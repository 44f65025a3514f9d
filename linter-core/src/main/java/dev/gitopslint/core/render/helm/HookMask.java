package dev.gitopslint.core.render.helm;

import java.nio.charset.StandardCharsets;

/**
 * Keeps Helm hooks in the rendered output.
 *
 * <p>{@code helm template} prints hooks (documents annotated {@code helm.sh/hook}) after the other
 * manifests, and Argo CD applies them as sync hooks. helm-java's template returns only the non-hook
 * manifests, and hooks are exactly what several Argo CD rules look at. So every input that could
 * carry the annotation key (chart files, value files, inline values, parameters) has
 * {@code helm.sh/hook} replaced by {@code helm.sh/HOOK}, a key Helm does not recognise, and the output
 * has it put back. The replacement has the same length, so lines and columns do not move.
 * {@code helm.sh/hook-weight} and {@code helm.sh/hook-delete-policy} are left alone: only the exact key
 * decides what is a hook. Differences from {@code helm template}: hooks come out among the other
 * manifests in Helm's install order instead of after them; a key assembled at render time from
 * pieces ({@code printf "helm.sh/%s" "hook"}) is not seen; a checksum computed in a template over text
 * that contains the key differs.
 */
final class HookMask {

    static final String KEY = "helm.sh/hook";
    static final String MASKED = "helm.sh/HOOK";
    private static final byte[] KEY_BYTES = KEY.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MASKED_BYTES = MASKED.getBytes(StandardCharsets.US_ASCII);

    private HookMask() {
    }

    static boolean containsKey(byte[] data) {
        return indexOfKey(data, 0) >= 0;
    }

    static boolean containsKey(String text) {
        return text != null && indexOfKey(text, 0) >= 0;
    }

    /** A copy of {@code data} with every hook key masked, or {@code data} itself when there is none. */
    static byte[] mask(byte[] data) {
        int at = indexOfKey(data, 0);
        if (at < 0) {
            return data;
        }
        byte[] copy = data.clone();
        while (at >= 0) {
            System.arraycopy(MASKED_BYTES, 0, copy, at, MASKED_BYTES.length);
            at = indexOfKey(data, at + KEY_BYTES.length);
        }
        return copy;
    }

    static String mask(String text) {
        if (text == null || indexOfKey(text, 0) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        int at = indexOfKey(text, 0);
        while (at >= 0) {
            out.replace(at, at + KEY.length(), MASKED);
            at = indexOfKey(text, at + KEY.length());
        }
        return out.toString();
    }

    static String unmask(String text) {
        return text == null ? null : text.replace(MASKED, KEY);
    }

    private static int indexOfKey(String text, int from) {
        int at = text.indexOf(KEY, from);
        while (at >= 0) {
            int after = at + KEY.length();
            if (after >= text.length() || text.charAt(after) != '-') {
                return at;
            }
            at = text.indexOf(KEY, after);
        }
        return -1;
    }

    private static int indexOfKey(byte[] data, int from) {
        outer:
        for (int i = from; i <= data.length - KEY_BYTES.length; i++) {
            for (int j = 0; j < KEY_BYTES.length; j++) {
                if (data[i + j] != KEY_BYTES[j]) {
                    continue outer;
                }
            }
            int after = i + KEY_BYTES.length;
            if (after >= data.length || data[after] != '-') {
                return i;
            }
        }
        return -1;
    }
}
