package dev.gitopslint.core.apps;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every (app, environment) pair of the repository, and which charts each values file reaches. */
public final class AppModel {

    /** Something that stops apps from being generated or read, located where it is written. */
    /**
     * Something that stops Argo CD from generating or reading an application, found during discovery;
     * or, when {@code offlineLimit}, applications only Argo CD itself can generate (not linted).
     */
    public record Problem(dev.gitopslint.core.source.Position position, String message, boolean offlineLimit) {

        public Problem(dev.gitopslint.core.source.Position position, String message) {
            this(position, message, false);
        }
    }

    private final List<App> apps;
    private final List<Problem> problems;
    private final Map<dev.gitopslint.core.finding.Target, App> byTarget = new java.util.HashMap<>();
    private final SortedSet<String> environments;
    private final SortedMap<String, SortedSet<String>> chartsByLayerFile;

    public AppModel(List<App> apps) {
        this(apps, List.of());
    }

    public AppModel(List<App> apps, List<Problem> problems) {
        this.apps = List.copyOf(apps);
        this.problems = List.copyOf(problems);
        this.environments = new TreeSet<>();
        this.chartsByLayerFile = new TreeMap<>();
        for (App app : apps) {
            byTarget.putIfAbsent(app.target(), app);
            environments.add(app.environment());
            app.values().presentLayers().forEach(layer ->
                    chartsByLayerFile.computeIfAbsent(layer.file(), f -> new TreeSet<>()).add(app.chartKey()));
        }
    }

    public static AppModel empty() {
        return new AppModel(List.of());
    }

    public List<App> apps() {
        return apps;
    }

    /** The app a finding's target names. */
    public java.util.Optional<App> app(dev.gitopslint.core.finding.Target target) {
        return java.util.Optional.ofNullable(byTarget.get(target));
    }

    public List<Problem> problems() {
        return problems;
    }

    public SortedSet<String> environments() {
        return environments;
    }

    /** The distinct charts a values file is merged into, across all apps and environments. */
    public Set<String> chartsReachedBy(String layerFile) {
        return chartsByLayerFile.getOrDefault(layerFile, new TreeSet<>());
    }

    public Map<String, SortedSet<String>> chartsByLayerFile() {
        return chartsByLayerFile;
    }
}
