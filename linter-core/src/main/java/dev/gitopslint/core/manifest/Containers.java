package dev.gitopslint.core.manifest;

import dev.gitopslint.core.yaml.YamlMap;
import dev.gitopslint.core.yaml.YamlNode;
import dev.gitopslint.core.yaml.YamlSeq;
import dev.gitopslint.core.yaml.YamlWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every container of every pod template in an object, whatever its kind: the lists under
 * {@code containers}, {@code initContainers} and {@code ephemeralContainers}, wherever they are
 * nested (Deployments, CronJobs, and custom resources that embed pod templates alike).
 */
public final class Containers {

    private static final Set<String> LISTS = Set.of("containers", "initContainers", "ephemeralContainers");

    /** A container with the JSON pointer of its mapping and the pointer of the pod spec holding it. */
    public record Container(String pointer, String podSpecPointer, YamlMap container) {

        public String name() {
            return container.text("name").orElse("?");
        }
    }

    private Containers() {
    }

    public static List<Container> of(YamlMap object) {
        List<Container> found = new ArrayList<>();
        YamlWalker.walk(object, (path, entry, parent) -> {
            if (!LISTS.contains(entry.name()) || !(entry.value() instanceof YamlSeq seq)) {
                return;
            }
            String pointer = path.pointer();
            String podSpec = pointer.substring(0, pointer.lastIndexOf('/'));
            for (int i = 0; i < seq.size(); i++) {
                YamlNode item = seq.items().get(i);
                if (item instanceof YamlMap container && container.get("image").isPresent()) {
                    found.add(new Container(pointer + "/" + i, podSpec, container));
                }
            }
        });
        return found;
    }
}
