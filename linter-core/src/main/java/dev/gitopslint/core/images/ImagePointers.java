package dev.gitopslint.core.images;

/** RFC 6901 JSON pointer building for the image extraction helpers. */
final class ImagePointers {

    private ImagePointers() {
    }

    static String append(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    static String append(String pointer, int index) {
        return pointer + "/" + index;
    }
}
