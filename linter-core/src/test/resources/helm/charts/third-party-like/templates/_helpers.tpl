{{- define "ingress.namespace" -}}
{{- default .Release.Namespace .Values.namespace -}}
{{- end -}}
