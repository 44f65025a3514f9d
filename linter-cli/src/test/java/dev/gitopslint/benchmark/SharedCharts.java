package dev.gitopslint.benchmark;

import java.util.List;

/**
 * The few small charts every synthetic component deploys with (as in the reference layout, where generic
 * charts are shared by many components): a web service, a worker, a cron job and a stateful set. Each
 * has named templates for its labels and pod spec, so a render does the usual Helm work: includes,
 * {@code toYaml | nindent}, defaults, a checksum annotation.
 */
final class SharedCharts {

    static final List<String> NAMES = List.of("web", "worker", "cron", "stateful");
    static final String ROOT = "sources/charts/shared";

    private SharedCharts() {
    }

    static void writeTo(GeneratedTree tree) {
        for (String chart : NAMES) {
            String dir = ROOT + "/" + chart + "/";
            tree.write(dir + "Chart.yaml", """
                    apiVersion: v2
                    name: @chart@
                    description: Shared @chart@ chart of the synthetic benchmark repository.
                    type: application
                    version: 1.2.0
                    appVersion: "1.2.0"
                    """.replace("@chart@", chart));
            tree.write(dir + "values.yaml", VALUES);
            tree.write(dir + "templates/_helpers.tpl", HELPERS.replace("@chart@", chart));
            tree.write(dir + "templates/serviceaccount.yaml", SERVICE_ACCOUNT.replace("@chart@", chart));
        }
        tree.write(ROOT + "/web/templates/deployment.yaml", DEPLOYMENT.replace("@chart@", "web"));
        tree.write(ROOT + "/web/templates/service.yaml", SERVICE.replace("@chart@", "web")
                .replace("@clusterIP@", ""));
        tree.write(ROOT + "/web/templates/configmap.yaml", CONFIG_MAP.replace("@chart@", "web"));
        tree.write(ROOT + "/worker/templates/deployment.yaml", DEPLOYMENT.replace("@chart@", "worker"));
        tree.write(ROOT + "/worker/templates/configmap.yaml", CONFIG_MAP.replace("@chart@", "worker"));
        tree.write(ROOT + "/worker/templates/pdb.yaml", PDB.replace("@chart@", "worker"));
        tree.write(ROOT + "/cron/templates/cronjob.yaml", CRON_JOB.replace("@chart@", "cron"));
        tree.write(ROOT + "/cron/templates/configmap.yaml", CONFIG_MAP.replace("@chart@", "cron"));
        tree.write(ROOT + "/stateful/templates/statefulset.yaml", STATEFUL_SET.replace("@chart@", "stateful"));
        tree.write(ROOT + "/stateful/templates/service.yaml", SERVICE.replace("@chart@", "stateful")
                .replace("@clusterIP@", "\n  clusterIP: None"));
        tree.write(ROOT + "/stateful/templates/configmap.yaml", CONFIG_MAP.replace("@chart@", "stateful"));
    }

    private static final String VALUES = """
            # Defaults; every component's values set image, config and resources.
            fullnameOverride: ""
            replicaCount: 1
            image:
              repository: registry.example.com/bench/app
              tag: "1.0.0"
            imagePullPolicy: IfNotPresent
            containerPort: 8080
            service:
              port: 80
            schedule: "*/30 * * * *"
            storage:
              size: 1Gi
            config: {}
            env: []
            resources: {}
            podSecurityContext: {}
            imagePullSecrets: []
            nodeSelector: {}
            tolerations: []
            affinity: {}
            """;

    private static final String HELPERS = """
            {{- define "@chart@.fullname" -}}
            {{- default .Release.Name .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
            {{- end -}}

            {{- define "@chart@.selectorLabels" -}}
            app.kubernetes.io/name: {{ include "@chart@.fullname" . }}
            app.kubernetes.io/instance: {{ .Release.Name }}
            {{- end -}}

            {{- define "@chart@.labels" -}}
            {{ include "@chart@.selectorLabels" . }}
            app.kubernetes.io/managed-by: {{ .Release.Service }}
            helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
            {{- with (index .Values "global") }}{{ with .organization }}
            app.kubernetes.io/part-of: {{ . }}
            {{- end }}{{ end }}
            {{- end -}}

            {{- define "@chart@.podSpec" -}}
            serviceAccountName: {{ include "@chart@.fullname" . }}
            {{- with .Values.imagePullSecrets }}
            imagePullSecrets:
              {{- toYaml . | nindent 2 }}
            {{- end }}
            {{- with .Values.podSecurityContext }}
            securityContext:
              {{- toYaml . | nindent 2 }}
            {{- end }}
            containers:
              - name: {{ .Chart.Name }}
                image: {{ printf "%s:%s" .Values.image.repository (toString .Values.image.tag) | quote }}
                imagePullPolicy: {{ .Values.imagePullPolicy }}
                {{- if ne .Chart.Name "cron" }}
                ports:
                  - name: http
                    containerPort: {{ .Values.containerPort }}
                readinessProbe:
                  httpGet:
                    path: /healthz
                    port: http
                  timeoutSeconds: 5
                {{- end }}
                envFrom:
                  - configMapRef:
                      name: {{ include "@chart@.fullname" . }}
                {{- with .Values.env }}
                env:
                  {{- toYaml . | nindent 6 }}
                {{- end }}
                {{- with .Values.resources }}
                resources:
                  {{- toYaml . | nindent 6 }}
                {{- end }}
            {{- with .Values.nodeSelector }}
            nodeSelector:
              {{- toYaml . | nindent 2 }}
            {{- end }}
            {{- with .Values.tolerations }}
            tolerations:
              {{- toYaml . | nindent 2 }}
            {{- end }}
            {{- with .Values.affinity }}
            affinity:
              {{- toYaml . | nindent 2 }}
            {{- end }}
            {{- end -}}
            """;

    private static final String SERVICE_ACCOUNT = """
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: {{ include "@chart@.fullname" . }}
              namespace: {{ .Release.Namespace }}
              labels:
                {{- include "@chart@.labels" . | nindent 4 }}
            """;

    private static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ include "@chart@.fullname" . }}
              namespace: {{ .Release.Namespace }}
              labels:
                {{- include "@chart@.labels" . | nindent 4 }}
            data:
              RELEASE: {{ .Release.Name | quote }}
              {{- range $key, $value := .Values.config }}
              {{ $key }}: {{ $value | toString | quote }}
              {{- end }}
            """;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {{ include "@chart@.fullname" . }}
              namespace: {{ .Release.Namespace }}
              labels:
                {{- include "@chart@.labels" . | nindent 4 }}
            spec:
              replicas: {{ .Values.replicaCount }}
              selector:
                matchLabels:
                  {{- include "@chart@.selectorLabels" . | nindent 6 }}
              template:
                metadata:
                  labels:
                    {{- include "@chart@.selectorLabels" . | nindent 8 }}
                  annotations:
                    checksum/config: {{ toYaml .Values.config | sha256sum }}
                spec:
                  {{- include "@chart@.podSpec" . | nindent 6 }}
            """;

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: {{ include "@chart@.fullname" . }}
              namespace: {{ .Release.Namespace }}
              labels:
                {{- include "@chart@.labels" . | nindent 4 }}
            spec:@clusterIP@
              selector:
                {{- include "@chart@.selectorLabels" . | nindent 4 }}
              ports:
                - name: http
                  port: {{ .Values.service.port }}
                  targetPort: http
            """;

    private static final String PDB = """
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: {{ include "@chart@.fullname" . }}
              namespace: {{ .Release.Namespace }}
              labels:
                {{- include "@chart@.labels" . | nindent 4 }}
            spec:
              maxUnavailable: 1
              selector:
                matchLabels:
                  {{- include "@chart@.selectorLabels" . | nindent 6 }}
            """;

    private static final String CRON_JOB = """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: {{ include "@chart@.fullname" . }}
              namespace: {{ .Release.Namespace }}
              labels:
                {{- include "@chart@.labels" . | nindent 4 }}
            spec:
              schedule: {{ .Values.schedule | quote }}
              concurrencyPolicy: Forbid
              failedJobsHistoryLimit: 3
              successfulJobsHistoryLimit: 1
              jobTemplate:
                spec:
                  ttlSecondsAfterFinished: 3600
                  backoffLimit: 2
                  template:
                    metadata:
                      labels:
                        {{- include "@chart@.selectorLabels" . | nindent 12 }}
                    spec:
                      restartPolicy: OnFailure
                      {{- include "@chart@.podSpec" . | nindent 10 }}
            """;

    private static final String STATEFUL_SET = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: {{ include "@chart@.fullname" . }}
              namespace: {{ .Release.Namespace }}
              labels:
                {{- include "@chart@.labels" . | nindent 4 }}
            spec:
              serviceName: {{ include "@chart@.fullname" . }}
              replicas: {{ .Values.replicaCount }}
              selector:
                matchLabels:
                  {{- include "@chart@.selectorLabels" . | nindent 6 }}
              template:
                metadata:
                  labels:
                    {{- include "@chart@.selectorLabels" . | nindent 8 }}
                spec:
                  {{- include "@chart@.podSpec" . | nindent 6 }}
              volumeClaimTemplates:
                - metadata:
                    name: data
                  spec:
                    accessModes: ["ReadWriteOnce"]
                    {{- with (index .Values "global") }}{{ with .storageClass }}
                    storageClassName: {{ . }}
                    {{- end }}{{ end }}
                    resources:
                      requests:
                        storage: {{ .Values.storage.size }}
            """;
}
