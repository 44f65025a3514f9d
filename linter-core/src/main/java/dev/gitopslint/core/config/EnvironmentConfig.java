package dev.gitopslint.core.config;

import java.util.List;
import java.util.Map;

/** An environment declared in the config: variables for layer paths, platforms its images need. */
public record EnvironmentConfig(Map<String, String> vars, List<String> platforms) {

    public EnvironmentConfig {
        vars = Map.copyOf(vars);
        platforms = List.copyOf(platforms);
    }

    public static EnvironmentConfig empty() {
        return new EnvironmentConfig(Map.of(), List.of());
    }
}
