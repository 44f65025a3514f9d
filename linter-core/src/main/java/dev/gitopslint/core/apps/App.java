package dev.gitopslint.core.apps;

import dev.gitopslint.core.finding.Target;
import dev.gitopslint.core.source.Position;
import dev.gitopslint.core.values.LayerStack;
import dev.gitopslint.core.workspace.Chart;
import java.util.Optional;

/**
 * One app in one environment, as it would be deployed: its chart ({@code chartId} names it; {@code chart}
 * is set when it is in the repository), its
 * ordered values layers, where it lands and how it syncs. {@code definedAt} is where the app comes from
 * (an Application, an ApplicationSet, or the config); {@code deployment} is how Argo CD renders it.
 */
public record App(String name, String environment, String chartId, Optional<Chart> chart, LayerStack values,
        Optional<String> destinationNamespace, SyncPolicy syncPolicy, Position definedAt, Deployment deployment) {

    public Target target() {
        return new Target(name, environment);
    }

    /**
     * What identifies the chart this app renders, the same in every environment ("is this layer shared
     * by several charts?"): {@code chart:<dir>} for a chart in the repository, else the chart's source.
     */
    public String chartKey() {
        return chartId;
    }
}
