package dev.gitopslint.benchmark;

import java.util.List;
import java.util.function.IntFunction;

/**
 * N plain manifest files spread over team folders, cycling through built-in kinds (workloads, services,
 * config, networking, autoscaling, RBAC), custom resources of the bundled catalog (cert-manager
 * Certificates, Prometheus ServiceMonitors) and of a CRD defined in the corpus itself (Widgets). A few
 * files hold two documents. Every 500th file has an undeclared field, so findings are produced too.
 */
final class MixedManifestCorpus {

    static final int FILES_PER_TEAM = 250;
    static final int INVALID_EVERY = 500;

    private static final List<IntFunction<String>> KINDS = List.of(
            MixedManifestCorpus::deployment, MixedManifestCorpus::service, MixedManifestCorpus::configMap,
            MixedManifestCorpus::serviceAccountAndRole, MixedManifestCorpus::ingress, MixedManifestCorpus::cronJob,
            MixedManifestCorpus::autoscaler, MixedManifestCorpus::networkPolicy, MixedManifestCorpus::certificate,
            MixedManifestCorpus::serviceMonitor, MixedManifestCorpus::widget);

    private final int files;

    MixedManifestCorpus(int files) {
        this.files = files;
    }

    void writeTo(GeneratedTree tree) {
        tree.write("crds/widgets.bench.example.com.yaml", WIDGET_CRD);
        for (int i = 1; i < files; i++) {
            String text = KINDS.get(i % KINDS.size()).apply(i);
            if (i % INVALID_EVERY == 0) {
                text = text.replaceFirst("\nmetadata:\n", "\nmetadata:\n  owner: team-" + team(i) + "\n");
            }
            String kind = text.substring(text.indexOf("\nkind: ") + 7, text.indexOf('\n', text.indexOf("\nkind: ") + 1));
            tree.write(String.format("teams/team-%02d/%s-%05d.yaml", team(i), kind.toLowerCase(java.util.Locale.ROOT), i),
                    text);
        }
    }

    private static int team(int index) {
        return index / FILES_PER_TEAM;
    }

    private static String name(int index) {
        return String.format("svc-%05d", index);
    }

    private static String namespace(int index) {
        return String.format("team-%02d", team(index));
    }

    private static String deployment(int i) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %1$s
                  namespace: %2$s
                  labels:
                    app.kubernetes.io/name: %1$s
                spec:
                  replicas: 2
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: %1$s
                  template:
                    metadata:
                      labels:
                        app.kubernetes.io/name: %1$s
                    spec:
                      containers:
                        - name: app
                          image: registry.example.com/bench/%1$s:2.%3$d.1
                          ports:
                            - name: http
                              containerPort: 8080
                          env:
                            - name: LOG_LEVEL
                              value: info
                          resources:
                            requests:
                              cpu: 100m
                              memory: 128Mi
                            limits:
                              memory: 256Mi
                          livenessProbe:
                            httpGet:
                              path: /healthz
                              port: http
                            timeoutSeconds: 5
                """.formatted(name(i), namespace(i), i % 30);
    }

    private static String service(int i) {
        return """
                apiVersion: v1
                kind: Service
                metadata:
                  name: %1$s
                  namespace: %2$s
                spec:
                  type: ClusterIP
                  selector:
                    app.kubernetes.io/name: %1$s
                  ports:
                    - name: http
                      port: 80
                      targetPort: 8080
                """.formatted(name(i), namespace(i));
    }

    private static String configMap(int i) {
        return """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: %1$s-config
                  namespace: %2$s
                data:
                  LOG_LEVEL: info
                  FEATURE_FLAGS: "search,export"
                  application.yaml: |
                    server:
                      port: 8080
                    cache:
                      ttlSeconds: %3$d
                """.formatted(name(i), namespace(i), 60 + i % 100);
    }

    private static String serviceAccountAndRole(int i) {
        return """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: %1$s
                  namespace: %2$s
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata:
                  name: %1$s-reader
                  namespace: %2$s
                rules:
                  - apiGroups: [""]
                    resources: ["configmaps", "secrets"]
                    verbs: ["get", "list", "watch"]
                """.formatted(name(i), namespace(i));
    }

    private static String ingress(int i) {
        return """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: %1$s
                  namespace: %2$s
                  annotations:
                    cert-manager.io/cluster-issuer: letsencrypt
                spec:
                  ingressClassName: nginx
                  tls:
                    - hosts: [%1$s.bench.example.com]
                      secretName: %1$s-tls
                  rules:
                    - host: %1$s.bench.example.com
                      http:
                        paths:
                          - path: /
                            pathType: Prefix
                            backend:
                              service:
                                name: %1$s
                                port:
                                  name: http
                """.formatted(name(i), namespace(i));
    }

    private static String cronJob(int i) {
        return """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: %1$s-cleanup
                  namespace: %2$s
                spec:
                  schedule: "%3$d 3 * * *"
                  concurrencyPolicy: Forbid
                  failedJobsHistoryLimit: 3
                  jobTemplate:
                    spec:
                      ttlSecondsAfterFinished: 3600
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers:
                            - name: cleanup
                              image: registry.example.com/bench/cleanup:1.4.2
                              args: ["--older-than", "7d"]
                              resources:
                                requests:
                                  cpu: 10m
                                  memory: 32Mi
                """.formatted(name(i), namespace(i), i % 60);
    }

    private static String autoscaler(int i) {
        return """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata:
                  name: %1$s
                  namespace: %2$s
                spec:
                  scaleTargetRef:
                    apiVersion: apps/v1
                    kind: Deployment
                    name: %1$s
                  minReplicas: 2
                  maxReplicas: 10
                  metrics:
                    - type: Resource
                      resource:
                        name: cpu
                        target:
                          type: Utilization
                          averageUtilization: 75
                """.formatted(name(i), namespace(i));
    }

    private static String networkPolicy(int i) {
        return """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: %1$s-ingress
                  namespace: %2$s
                spec:
                  podSelector:
                    matchLabels:
                      app.kubernetes.io/name: %1$s
                  policyTypes: [Ingress]
                  ingress:
                    - from:
                        - namespaceSelector:
                            matchLabels:
                              kubernetes.io/metadata.name: ingress-nginx
                      ports:
                        - protocol: TCP
                          port: 8080
                """.formatted(name(i), namespace(i));
    }

    private static String certificate(int i) {
        return """
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata:
                  name: %1$s
                  namespace: %2$s
                spec:
                  secretName: %1$s-tls
                  duration: 2160h
                  renewBefore: 360h
                  dnsNames:
                    - %1$s.bench.example.com
                  issuerRef:
                    name: letsencrypt
                    kind: ClusterIssuer
                    group: cert-manager.io
                """.formatted(name(i), namespace(i));
    }

    private static String serviceMonitor(int i) {
        return """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: %1$s
                  namespace: %2$s
                spec:
                  selector:
                    matchLabels:
                      app.kubernetes.io/name: %1$s
                  endpoints:
                    - port: http
                      path: /metrics
                      interval: 30s
                """.formatted(name(i), namespace(i));
    }

    private static String widget(int i) {
        return """
                apiVersion: bench.example.com/v1
                kind: Widget
                metadata:
                  name: %1$s
                  namespace: %2$s
                spec:
                  size: %3$d
                  color: blue
                  owners:
                    - team-%4$02d
                """.formatted(name(i), namespace(i), 1 + i % 9, team(i));
    }

    private static final String WIDGET_CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: widgets.bench.example.com
            spec:
              group: bench.example.com
              scope: Namespaced
              names:
                plural: widgets
                singular: widget
                kind: Widget
              versions:
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      properties:
                        spec:
                          type: object
                          required: [size]
                          properties:
                            size:
                              type: integer
                              minimum: 1
                            color:
                              type: string
                              enum: [red, green, blue]
                            owners:
                              type: array
                              items:
                                type: string
            """;
}
