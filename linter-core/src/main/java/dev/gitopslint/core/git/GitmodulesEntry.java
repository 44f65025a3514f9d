package dev.gitopslint.core.git;

/** One {@code [submodule "name"]} entry of {@code .gitmodules}; missing values are empty strings. */
record GitmodulesEntry(String name, String path, String url, TextPosition position) {
}
