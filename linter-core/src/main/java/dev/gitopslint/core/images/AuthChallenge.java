package dev.gitopslint.core.images;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One challenge of a {@code WWW-Authenticate} header (RFC 7235): a scheme and its parameters, e.g.
 * {@code Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:x/y:pull"}. Quoted
 * values may hold commas and escaped quotes (scopes such as {@code repository:x:pull,push} do).
 */
record AuthChallenge(String scheme, Map<String, String> parameters) {

    AuthChallenge {
        scheme = scheme.toLowerCase(Locale.ROOT);
        parameters = Map.copyOf(parameters);
    }

    boolean isBearer() {
        return scheme.equals("bearer");
    }

    boolean isBasic() {
        return scheme.equals("basic");
    }

    Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every challenge in the given header values; malformed parts are skipped, never thrown. */
    static List<AuthChallenge> parse(List<String> headerValues) {
        List<AuthChallenge> challenges = new ArrayList<>();
        for (String value : headerValues) {
            challenges.addAll(new Tokenizer(value).challenges());
        }
        return challenges;
    }

    private static final class Tokenizer {

        private final String text;
        private int pos;

        Tokenizer(String text) {
            this.text = text;
        }

        List<AuthChallenge> challenges() {
            List<AuthChallenge> result = new ArrayList<>();
            String scheme = null;
            Map<String, String> params = new LinkedHashMap<>();
            while (true) {
                skip(" \t,");
                if (pos >= text.length()) {
                    break;
                }
                String token = token();
                if (token.isEmpty()) {
                    pos++;
                    continue;
                }
                skip(" \t");
                if (pos < text.length() && text.charAt(pos) == '=' && scheme != null) {
                    pos++;
                    skip(" \t");
                    params.put(token.toLowerCase(Locale.ROOT), value());
                } else {
                    if (scheme != null) {
                        result.add(new AuthChallenge(scheme, params));
                    }
                    scheme = token;
                    params = new LinkedHashMap<>();
                }
            }
            if (scheme != null) {
                result.add(new AuthChallenge(scheme, params));
            }
            return result;
        }

        private String value() {
            if (pos < text.length() && text.charAt(pos) == '"') {
                pos++;
                StringBuilder out = new StringBuilder();
                while (pos < text.length() && text.charAt(pos) != '"') {
                    char c = text.charAt(pos++);
                    if (c == '\\' && pos < text.length()) {
                        c = text.charAt(pos++);
                    }
                    out.append(c);
                }
                pos++;
                return out.toString();
            }
            return token();
        }

        private String token() {
            int start = pos;
            while (pos < text.length() && " \t,=\"".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private void skip(String characters) {
            while (pos < text.length() && characters.indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }
    }
}
