package dev.gitopslint.core.images;

import java.util.Objects;
import java.util.Optional;

/**
 * A container image reference following the distribution reference grammar, normalised the way
 * Docker and containerd pull it:
 *
 * <pre>
 * reference  := name [ ":" tag ] [ "@" digest ]
 * name       := [ registry "/" ] path
 * registry   := host [ ":" port ]        host: DNS name, IPv4, or "[" IPv6 "]"
 * path       := component ( "/" component )*
 * component  := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
 * tag        := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
 * digest     := ( "sha256" | "sha384" | "sha512" ) ":" lowercase hex of the algorithm's length
 * </pre>
 *
 * The first path element is a registry only when it contains {@code .} or {@code :}, is
 * {@code localhost}, or has an uppercase letter (Docker's rule); otherwise the registry is
 * {@code docker.io}, and a single-component Docker Hub name gets the {@code library/} prefix.
 * {@code index.docker.io} is the same registry as {@code docker.io}. The name (registry and path as
 * written) may be at most 255 characters.
 */
public final class ImageReference implements Comparable<ImageReference> {

    /** The registry assumed when a reference names none. */
    public static final String DOCKER_HUB = "docker.io";

    static final int NAME_MAX_LENGTH = 255;
    static final int TAG_MAX_LENGTH = 128;
    private static final String LEGACY_DOCKER_HUB = "index.docker.io";
    private static final String OFFICIAL_PREFIX = "library/";

    private final String registry;
    private final String repository;
    private final String tag;
    private final Digest digest;

    private ImageReference(String registry, String repository, String tag, Digest digest) {
        this.registry = registry;
        this.repository = repository;
        this.tag = tag;
        this.digest = digest;
    }

    /**
     * Parses a reference.
     *
     * @throws InvalidImageReferenceException with a message saying what is wrong
     */
    public static ImageReference parse(String text) {
        if (text == null) {
            throw new InvalidImageReferenceException("", "the image reference is missing");
        }
        return new Parser(text).parse();
    }

    /** Parses a reference, or empty when the text is not one. */
    public static Optional<ImageReference> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidImageReferenceException e) {
            return Optional.empty();
        }
    }

    /** Builds a reference from parts already split (e.g. a values block); validates like {@link #parse}. */
    public static ImageReference of(String registry, String repository, String tag, String digest) {
        StringBuilder text = new StringBuilder();
        if (registry != null && !registry.isEmpty()) {
            text.append(registry).append('/');
        }
        text.append(repository == null ? "" : repository);
        if (tag != null && !tag.isEmpty()) {
            text.append(':').append(tag);
        }
        if (digest != null && !digest.isEmpty()) {
            text.append('@').append(digest);
        }
        return parse(text.toString());
    }

    /** The registry host, with its port when one was given ({@code docker.io} by default). */
    public String registry() {
        return registry;
    }

    /** The repository path inside the registry, e.g. {@code library/nginx} or {@code ameideio/mirror/alloy}. */
    public String repository() {
        return repository;
    }

    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    public Optional<Digest> digest() {
        return Optional.ofNullable(digest);
    }

    /** {@code registry/repository}, e.g. {@code docker.io/library/nginx}. */
    public String name() {
        return registry + "/" + repository;
    }

    /** The short form people write: {@code nginx:1.25}, {@code bitnami/redis:7}, {@code ghcr.io/x/y:1}. */
    public String familiarName() {
        String familiar;
        if (!registry.equals(DOCKER_HUB)) {
            familiar = name();
        } else if (repository.startsWith(OFFICIAL_PREFIX) && repository.indexOf('/', OFFICIAL_PREFIX.length()) < 0) {
            familiar = repository.substring(OFFICIAL_PREFIX.length());
        } else {
            familiar = repository;
        }
        return familiar + suffix();
    }

    /** The fully-qualified form: {@code docker.io/library/nginx:1.25@sha256:...}. */
    public String fullName() {
        return name() + suffix();
    }

    public boolean hasTag() {
        return tag != null;
    }

    public boolean hasDigest() {
        return digest != null;
    }

    /** The same image pinned by {@code digest}, keeping the tag for readers. */
    public ImageReference withDigest(Digest newDigest) {
        return new ImageReference(registry, repository, tag, Objects.requireNonNull(newDigest, "digest"));
    }

    /** The same image without its digest. */
    public ImageReference withoutDigest() {
        return new ImageReference(registry, repository, tag, null);
    }

    /**
     * What to ask the registry for: the digest when there is one (it wins over the tag, as in a
     * pull), else the tag, else {@code latest}.
     */
    public String manifestReference() {
        if (digest != null) {
            return digest.toString();
        }
        return tag != null ? tag : "latest";
    }

    private String suffix() {
        return (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    @Override
    public int compareTo(ImageReference other) {
        return fullName().compareTo(other.fullName());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageReference other && fullName().equals(other.fullName());
    }

    @Override
    public int hashCode() {
        return fullName().hashCode();
    }

    /** The fully-qualified form. */
    @Override
    public String toString() {
        return fullName();
    }

    /** One parse of one string; every check says what it found. */
    private static final class Parser {

        private final String input;

        Parser(String input) {
            this.input = input;
        }

        ImageReference parse() {
            rejectObviousNonReferences();
            String rest = input;
            Digest digest = null;
            int at = rest.indexOf('@');
            if (at >= 0) {
                digest = digest(rest.substring(at + 1));
                rest = rest.substring(0, at);
            }
            String tag = null;
            int lastColon = rest.lastIndexOf(':');
            if (lastColon > rest.lastIndexOf('/') && lastColon > rest.lastIndexOf(']')) {
                tag = tag(rest.substring(lastColon + 1));
                rest = rest.substring(0, lastColon);
            }
            return name(rest, tag, digest);
        }

        private void rejectObviousNonReferences() {
            if (input.isEmpty()) {
                fail("the image reference is empty");
            }
            if (input.contains("{{") || input.contains("}}")) {
                fail("it is an unrendered template expression, not an image reference");
            }
            if (input.contains("${")) {
                fail("it contains an unexpanded variable (${...})");
            }
            for (int i = 0; i < input.length(); i++) {
                if (Character.isWhitespace(input.charAt(i))) {
                    fail("it contains whitespace");
                }
            }
            if (input.indexOf('@') != input.lastIndexOf('@')) {
                fail("it contains more than one '@'");
            }
        }

        private Digest digest(String text) {
            if (text.isEmpty()) {
                fail("the digest after '@' is empty");
            }
            String problem = Digest.problem(text);
            if (problem != null) {
                fail("invalid digest \"" + text + "\": " + problem);
            }
            return Digest.parse(text);
        }

        private String tag(String text) {
            if (text.isEmpty()) {
                fail("the tag after ':' is empty");
            }
            if (text.length() > TAG_MAX_LENGTH) {
                fail("the tag is " + text.length() + " characters long, at most " + TAG_MAX_LENGTH + " are allowed");
            }
            char first = text.charAt(0);
            if (!isWordChar(first)) {
                fail("the tag \"" + text + "\" must start with a letter, digit or '_'");
            }
            for (int i = 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isWordChar(c) && c != '.' && c != '-') {
                    fail("the tag \"" + text + "\" contains '" + c + "' (allowed: letters, digits, '_', '.', '-')");
                }
            }
            return text;
        }

        private ImageReference name(String name, String tag, Digest digest) {
            if (name.isEmpty()) {
                fail("the image name is missing");
            }
            if (name.length() > NAME_MAX_LENGTH) {
                fail("the name is " + name.length() + " characters long, at most " + NAME_MAX_LENGTH
                        + " are allowed");
            }
            String registry = DOCKER_HUB;
            String path = name;
            int slash = name.indexOf('/');
            if (slash >= 0 && isRegistry(name.substring(0, slash))) {
                registry = registry(name.substring(0, slash));
                path = name.substring(slash + 1);
            } else if (name.startsWith("[")) {
                fail("an IPv6 registry address must be followed by '/' and a repository path");
            }
            validatePath(path);
            if (registry.equals(LEGACY_DOCKER_HUB)) {
                registry = DOCKER_HUB;
            }
            if (registry.equals(DOCKER_HUB)) {
                if (isHexIdentifier(path)) {
                    fail("a 64-digit hex string is an image ID, not a repository name");
                }
                if (path.indexOf('/') < 0) {
                    path = OFFICIAL_PREFIX + path;
                }
            }
            return new ImageReference(registry, path, tag, digest);
        }

        private static boolean isRegistry(String first) {
            return first.contains(".") || first.contains(":") || first.equals("localhost") || first.startsWith("[")
                    || !first.equals(first.toLowerCase(java.util.Locale.ROOT));
        }

        private String registry(String text) {
            String host = text;
            String port = null;
            if (text.startsWith("[")) {
                int close = text.indexOf(']');
                if (close < 0) {
                    fail("the IPv6 registry address \"" + text + "\" lacks its closing ']'");
                }
                validateIpv6(text.substring(1, close));
                host = text.substring(0, close + 1);
                String after = text.substring(close + 1);
                if (!after.isEmpty()) {
                    if (after.charAt(0) != ':') {
                        fail("unexpected \"" + after + "\" after the IPv6 registry address");
                    }
                    port = after.substring(1);
                }
            } else {
                int colon = text.indexOf(':');
                if (colon >= 0) {
                    host = text.substring(0, colon);
                    port = text.substring(colon + 1);
                }
                validateHostName(host);
            }
            if (port != null) {
                validatePort(port);
            }
            return text;
        }

        private void validateHostName(String host) {
            if (host.isEmpty()) {
                fail("the registry host name is empty");
            }
            for (String label : host.split("\\.", -1)) {
                if (label.isEmpty()) {
                    fail("the registry host \"" + host + "\" has an empty label");
                }
                for (int i = 0; i < label.length(); i++) {
                    char c = label.charAt(i);
                    if (!isAsciiLetterOrDigit(c) && c != '-') {
                        fail("the registry host \"" + host + "\" contains '" + c + "'");
                    }
                }
                if (label.startsWith("-") || label.endsWith("-")) {
                    fail("the registry host \"" + host + "\" has a label starting or ending with '-'");
                }
            }
        }

        private void validateIpv6(String address) {
            if (address.isEmpty() || address.chars().anyMatch(c -> !(Character.digit(c, 16) >= 0 || c == ':'
                    || c == '.'))) {
                fail("\"[" + address + "]\" is not an IPv6 address");
            }
            if (!address.contains(":")) {
                fail("\"[" + address + "]\" is not an IPv6 address");
            }
        }

        private void validatePort(String port) {
            if (port.isEmpty()) {
                fail("the registry port after ':' is empty");
            }
            for (int i = 0; i < port.length(); i++) {
                if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                    fail("the registry port \"" + port + "\" is not a number");
                }
            }
            if (port.length() > 5 || Integer.parseInt(port) > 65535) {
                fail("the registry port " + port + " is out of range (at most 65535)");
            }
        }

        private void validatePath(String path) {
            if (path.isEmpty()) {
                fail("the repository path is empty");
            }
            for (String component : path.split("/", -1)) {
                validateComponent(component);
            }
        }

        private void validateComponent(String component) {
            if (component.isEmpty()) {
                fail("the repository path has an empty component (\"//\" or a leading or trailing '/')");
            }
            for (int i = 0; i < component.length(); i++) {
                char c = component.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    fail("the repository name must be lowercase (\"" + component + "\")");
                }
                if (!isLowerAlnum(c) && c != '.' && c != '_' && c != '-') {
                    fail("the repository name \"" + component + "\" contains '" + c
                            + "' (allowed: a-z, 0-9, and '.', '_', '__', '-' between them)");
                }
            }
            if (!isLowerAlnum(component.charAt(0)) || !isLowerAlnum(component.charAt(component.length() - 1))) {
                fail("the repository name \"" + component + "\" must start and end with a letter or digit");
            }
            for (int i = 0; i < component.length(); i++) {
                char c = component.charAt(i);
                if (c == '.' && !isLowerAlnum(component.charAt(i + 1))) {
                    fail("the repository name \"" + component + "\" has '.' followed by a separator");
                }
                if (c == '_') {
                    int run = 1;
                    while (component.charAt(i + run) == '_') {
                        run++;
                    }
                    if (run > 2 || !isLowerAlnum(component.charAt(i + run))) {
                        fail("the repository name \"" + component + "\" has a separator other than '.', '_', "
                                + "'__' or dashes");
                    }
                    i += run - 1;
                }
                if (c == '-' && (component.charAt(i + 1) == '.' || component.charAt(i + 1) == '_')) {
                    fail("the repository name \"" + component + "\" has '-' followed by another separator");
                }
            }
        }

        private static boolean isHexIdentifier(String path) {
            return path.length() == 64 && path.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        }

        private static boolean isWordChar(char c) {
            return isAsciiLetterOrDigit(c) || c == '_';
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        private static boolean isLowerAlnum(char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }

        private void fail(String reason) {
            throw new InvalidImageReferenceException(input, reason);
        }
    }
}
