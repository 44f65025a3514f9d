package dev.gitopslint.rules.argocd;

import dev.gitopslint.core.manifest.Manifest;

/** The kinds that run to completion and so make sense as sync hooks: Job, Pod and Argo Workflow. */
final class HookKinds {

    private HookKinds() {
    }

    static boolean isRunnable(Manifest manifest) {
        String group = manifest.group();
        return switch (manifest.kind()) {
            case "Job" -> group.equals("batch");
            case "Pod" -> group.isEmpty();
            case "Workflow" -> group.equals("argoproj.io");
            default -> false;
        };
    }

    static boolean isJob(Manifest manifest) {
        return manifest.kind().equals("Job") && manifest.group().equals("batch");
    }
}
