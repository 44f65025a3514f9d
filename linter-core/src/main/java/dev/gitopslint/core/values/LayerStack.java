package dev.gitopslint.core.values;

import dev.gitopslint.core.concurrent.Memo;
import dev.gitopslint.core.images.ValuesImage;
import dev.gitopslint.core.images.ValuesImages;
import dev.gitopslint.core.yaml.YamlToJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An app's ordered values layers (lowest first, last wins) over its chart's defaults. Merges are
 * computed on demand and cached; {@link #mergedBefore(int)} answers "what would this layer override?",
 * which the override rules need.
 */
public final class LayerStack {

    private final List<ValuesLayer> layers;
    private final Optional<ValuesLayer> chartDefaults;
    private final List<SubchartDefaults> subcharts;
    private final ConcurrentMap<Integer, MergedValues> prefixes = new ConcurrentHashMap<>();
    private final Memo<List<ValuesImage>> images =
            Memo.of(() -> List.copyOf(ValuesImages.find(YamlToJackson.convert(merged().root()))));

    public LayerStack(List<ValuesLayer> layers, Optional<ValuesLayer> chartDefaults) {
        this(layers, chartDefaults, List.of());
    }

    public LayerStack(List<ValuesLayer> layers, Optional<ValuesLayer> chartDefaults, List<SubchartDefaults> subcharts) {
        this.layers = List.copyOf(layers);
        this.chartDefaults = chartDefaults;
        this.subcharts = List.copyOf(subcharts);
    }

    public List<SubchartDefaults> subcharts() {
        return subcharts;
    }

    public List<ValuesLayer> layers() {
        return layers;
    }

    public Optional<ValuesLayer> chartDefaults() {
        return chartDefaults;
    }

    /** All layers merged and coalesced with the chart defaults: what the templates see. */
    public MergedValues merged() {
        return mergedBefore(layers.size());
    }

    /** Layers {@code 0..index-1} merged and coalesced with the chart defaults. */
    public MergedValues mergedBefore(int index) {
        return prefixes.computeIfAbsent(index,
                i -> HelmValuesMerge.merge(new ArrayList<>(layers.subList(0, i)), chartDefaults, subcharts));
    }

    /**
     * The images the merged values declare. Remembered: every image rule asks for them, once for each
     * object the app renders.
     */
    public List<ValuesImage> images() {
        return images.get();
    }

    public List<ValuesLayer> presentLayers() {
        return layers.stream().filter(ValuesLayer::present).toList();
    }
}
