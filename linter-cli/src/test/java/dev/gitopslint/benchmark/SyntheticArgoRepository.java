package dev.gitopslint.benchmark;

import java.util.List;

/**
 * An Argo CD repository of the reference shape with N components deployed to 4 environments: one
 * ApplicationSet whose matrix crosses the cluster config files ({@code config/clusters/*.yaml}, one
 * entry per environment) with the component files ({@code environments/_shared/components/**}), a
 * 6-layer values tree (base, cluster type, environment, node profile, component, component in one
 * environment), and the shared charts of {@link SharedCharts}. Every app renders cleanly.
 */
final class SyntheticArgoRepository {

    static final String REPO_URL = "https://git.example.com/bench/gitops.git";
    static final List<String> DOMAINS = List.of("apps", "data", "platform", "observability", "foundation");

    /** The 4 environments: name, cluster config file, cluster type, node profile. */
    private record Environment(String name, String clusterFile, String clusterType, String nodeProfile) {
    }

    private static final List<Environment> ENVIRONMENTS = List.of(
            new Environment("dev", "azure", "azure", "dev-pool"),
            new Environment("staging", "azure", "azure", "prod-pool"),
            new Environment("production", "azure", "azure", "prod-pool"),
            new Environment("local", "local", "local", "local-pool"));

    private final int components;

    SyntheticArgoRepository(int components) {
        this.components = components;
    }

    void writeTo(GeneratedTree tree) {
        tree.write("README.md", "Synthetic repository for the gitops-lint benchmarks: " + components
                + " components x " + ENVIRONMENTS.size() + " environments.\n");
        tree.write("argocd/applicationsets/components.yaml", APPLICATION_SET.replace("@repo@", REPO_URL));
        writeClusters(tree);
        writeSharedValues(tree);
        SharedCharts.writeTo(tree);
        for (int i = 0; i < components; i++) {
            writeComponent(tree, i);
        }
    }

    private static void writeClusters(GeneratedTree tree) {
        for (String file : List.of("azure", "local")) {
            StringBuilder entries = new StringBuilder("# One entry per environment on this cluster.\n");
            for (Environment env : ENVIRONMENTS) {
                if (env.clusterFile().equals(file)) {
                    entries.append("- cluster: ").append(file).append("-bench\n")
                            .append("  clusterType: ").append(env.clusterType()).append('\n')
                            .append("  env: ").append(env.name()).append('\n')
                            .append("  namespace: bench-").append(env.name()).append('\n')
                            .append("  nodeProfile: ").append(env.nodeProfile()).append('\n');
                }
            }
            tree.write("config/clusters/" + file + ".yaml", entries.toString());
        }
        for (String pool : List.of("dev-pool", "prod-pool", "local-pool")) {
            String label = pool.substring(0, pool.indexOf('-'));
            tree.write("config/node-profiles/" + pool + ".yaml", """
                    # Values layer 4: schedule onto the %1$s node pool.
                    nodeSelector:
                      bench.example.com/pool: %1$s
                    tolerations:
                      - key: bench.example.com/pool
                        operator: Equal
                        value: %1$s
                        effect: NoSchedule
                    """.formatted(label));
        }
    }

    private static void writeSharedValues(GeneratedTree tree) {
        tree.write("sources/values/base/globals.yaml", """
                # Layer 1: every application.
                global:
                  organization: bench
                imagePullSecrets:
                  - name: registry-pull
                podSecurityContext:
                  runAsNonRoot: true
                  seccompProfile:
                    type: RuntimeDefault
                """);
        tree.write("sources/values/cluster/azure/globals.yaml", """
                # Layer 2: applications on the azure cluster.
                global:
                  storageClass: managed-csi
                """);
        tree.write("sources/values/cluster/local/globals.yaml", """
                # Layer 2: applications on the local cluster.
                global:
                  storageClass: local-path
                """);
        for (Environment env : ENVIRONMENTS) {
            tree.write("sources/values/env/" + env.name() + "/globals.yaml", """
                    # Layer 3: every application of %1$s.
                    resources:
                      requests:
                        cpu: 50m
                        memory: 64Mi
                    """.formatted(env.name()));
        }
    }

    private void writeComponent(GeneratedTree tree, int index) {
        String domain = DOMAINS.get(index % DOMAINS.size());
        String name = String.format("%s-svc-%03d", domain, index);
        String chart = SharedCharts.NAMES.get(index % SharedCharts.NAMES.size());
        tree.write("environments/_shared/components/" + domain + "/" + name + "/component.yaml", """
                name: %s
                project: bench
                domain: %s
                rolloutPhase: "%d"
                chart:
                  repoURL: %s
                  path: %s/%s
                  version: main
                """.formatted(name, domain, 100 + 10 * (index % 5), REPO_URL, SharedCharts.ROOT, chart));
        tree.write("sources/values/_shared/" + domain + "/" + name + ".yaml", """
                # Layer 5: %1$s in every environment.
                replicaCount: 2
                image:
                  repository: registry.example.com/bench/%1$s
                  tag: "1.%2$d.0"
                config:
                  LOG_LEVEL: info
                  COMPONENT: %1$s
                  CACHE_TTL_SECONDS: %3$d
                resources:
                  requests:
                    cpu: 100m
                    memory: 128Mi
                  limits:
                    memory: 256Mi
                """.formatted(name, index % 40, 30 + index % 60));
        // Layer 6 exists for half of the components, in two environments: like a real tree, most
        // (environment, component) files are absent and skipped through ignoreMissingValueFiles.
        if (index % 2 == 0) {
            tree.write("sources/values/env/dev/" + domain + "/" + name + ".yaml", """
                    # Layer 6: %s in dev only.
                    replicaCount: 1
                    env:
                      - name: DEBUG
                        value: "true"
                    """.formatted(name));
            tree.write("sources/values/env/production/" + domain + "/" + name + ".yaml", """
                    # Layer 6: %s in production only.
                    replicaCount: 3
                    resources:
                      limits:
                        memory: 512Mi
                    """.formatted(name));
        }
    }

    private static final String APPLICATION_SET = """
            # One Application per (environment, component): every environment of every cluster file
            # crossed with every shared component.
            apiVersion: argoproj.io/v1alpha1
            kind: ApplicationSet
            metadata:
              name: components
              namespace: argocd
            spec:
              goTemplate: true
              goTemplateOptions: ["missingkey=error"]
              generators:
                - matrix:
                    generators:
                      - git:
                          repoURL: @repo@
                          revision: main
                          files:
                            - path: config/clusters/*.yaml
                          pathParamPrefix: clusterConfig
                      - git:
                          repoURL: @repo@
                          revision: main
                          files:
                            - path: environments/_shared/components/**/component.yaml
                          pathParamPrefix: componentFile
              template:
                metadata:
                  name: '{{ .env }}-{{ .name }}'
                  labels:
                    bench.example.com/environment: '{{ .env }}'
                    bench.example.com/domain: '{{ .domain }}'
                  annotations:
                    argocd.argoproj.io/sync-wave: '{{ .rolloutPhase }}'
                spec:
                  project: '{{ .project }}'
                  destination:
                    server: https://kubernetes.default.svc
                    namespace: '{{ .namespace }}'
              templatePatch: |
                spec:
                  sources:
                    - repoURL: {{ .chart.repoURL | quote }}
                      targetRevision: {{ .chart.version | quote }}
                      path: {{ .chart.path | quote }}
                      helm:
                        releaseName: {{ .name | quote }}
                        ignoreMissingValueFiles: true
                        valueFiles:
                          - $values/sources/values/base/globals.yaml
                          - $values/sources/values/cluster/{{ .clusterType }}/globals.yaml
                          - $values/sources/values/env/{{ .env }}/globals.yaml
                          - $values/config/node-profiles/{{ .nodeProfile }}.yaml
                          - $values/sources/values/_shared/{{ .domain }}/{{ .name }}.yaml
                          - $values/sources/values/env/{{ .env }}/{{ .domain }}/{{ .name }}.yaml
                    - repoURL: @repo@
                      targetRevision: main
                      ref: values
                  syncPolicy:
                    automated:
                      prune: true
                      selfHeal: true
            """;
}
