package dev.gitopslint.core.config;

import java.util.List;

/** The configuration is invalid; each problem is one line, prefixed with file:line:column. */
public final class ConfigException extends Exception {

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
