package dev.gitopslint.core.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Finds pod specs in Kubernetes objects and the images of their containers, init containers and
 * ephemeral containers, each with its JSON pointer.
 */
public final class PodSpecImages {

    /** The container lists of a pod spec, in the order Kubernetes starts them. */
    public static final List<String> CONTAINER_TYPES = List.of("initContainers", "containers", "ephemeralContainers");

    /** Where the pod spec sits in the workload kinds of the core API. */
    private static final Map<String, String> POD_SPEC_POINTERS = Map.of(
            "Pod", "/spec",
            "PodTemplate", "/template/spec",
            "Deployment", "/spec/template/spec",
            "StatefulSet", "/spec/template/spec",
            "DaemonSet", "/spec/template/spec",
            "ReplicaSet", "/spec/template/spec",
            "ReplicationController", "/spec/template/spec",
            "Job", "/spec/template/spec",
            "CronJob", "/spec/jobTemplate/spec/template/spec");

    /** A pod spec found in an object, with its pointer. */
    public record PodSpec(String pointer, JsonNode spec) {
    }

    private PodSpecImages() {
    }

    /** The images of one pod spec; {@code podSpecPointer} is where it sits in its document. */
    public static List<ContainerImage> list(JsonNode podSpec, String podSpecPointer) {
        List<ContainerImage> images = new ArrayList<>();
        if (podSpec == null || !podSpec.isObject()) {
            return images;
        }
        for (String type : CONTAINER_TYPES) {
            JsonNode containers = podSpec.path(type);
            if (!containers.isArray()) {
                continue;
            }
            for (int i = 0; i < containers.size(); i++) {
                JsonNode container = containers.get(i);
                JsonNode image = container.path("image");
                if (image.isString()) {
                    String containerPointer = ImagePointers.append(ImagePointers.append(podSpecPointer, type), i);
                    images.add(new ContainerImage(type, container.path("name").asString(""), image.stringValue(),
                            containerPointer + "/image", podSpecPointer));
                }
            }
        }
        return images;
    }

    /**
     * The pod specs of a Kubernetes object: at the known place for core workload kinds; for any
     * other kind (Argo Rollouts, operators' CRDs...), every object below the root holding a
     * {@code containers} list.
     */
    public static List<PodSpec> podSpecs(JsonNode object) {
        List<PodSpec> specs = new ArrayList<>();
        if (object == null || !object.isObject()) {
            return specs;
        }
        String known = POD_SPEC_POINTERS.get(object.path("kind").asString(""));
        if (known != null && isApiGroupCore(object)) {
            JsonNode spec = object.at(known);
            if (spec.isObject()) {
                specs.add(new PodSpec(known, spec));
            }
            return specs;
        }
        collect(object.path("spec"), "/spec", specs);
        return specs;
    }

    /** Every container image of every pod spec in {@code object}. */
    public static List<ContainerImage> images(JsonNode object) {
        List<ContainerImage> images = new ArrayList<>();
        for (PodSpec spec : podSpecs(object)) {
            images.addAll(list(spec.spec(), spec.pointer()));
        }
        return images;
    }

    /** The core kinds live in {@code v1}, {@code apps/v1}, {@code batch/v1}; a CRD may reuse a kind name. */
    private static boolean isApiGroupCore(JsonNode object) {
        String apiVersion = object.path("apiVersion").asString("");
        return apiVersion.equals("v1") || apiVersion.startsWith("apps/") || apiVersion.startsWith("batch/")
                || apiVersion.startsWith("extensions/") || apiVersion.isEmpty();
    }

    private static void collect(JsonNode node, String pointer, List<PodSpec> specs) {
        if (node.isObject()) {
            if (node.path("containers").isArray()) {
                specs.add(new PodSpec(pointer, node));
                return;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), ImagePointers.append(pointer, field.getKey()), specs);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), ImagePointers.append(pointer, i), specs);
            }
        }
    }
}
