{{/*
The four services: name (object suffix and app.kubernetes.io/component), values key, container port,
whether it is a backend (PostgreSQL, Kafka, root keys). The ports are the services' own
quarkus.http.port defaults; the chart also writes them into each ConfigMap.
*/}}
{{- define "cognate.components" -}}
- name: federation-gateway
  key: gateway
  port: 8080
  backend: false
- name: user-pool-service
  key: userPoolService
  port: 8081
  backend: true
- name: identity-pool-service
  key: identityPoolService
  port: 8082
  backend: true
- name: credential-broker
  key: credentialBroker
  port: 8083
  backend: true
{{- end -}}

{{/* The components as a list of dicts. */}}
{{- define "cognate.componentList" -}}
{{- $list := include "cognate.components" . | fromYamlArray -}}
{{- dict "items" $list | toJson -}}
{{- end -}}

{{- define "cognate.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Name prefix of every object: <release>-cognate, or the release name when it contains the chart name. */}}
{{- define "cognate.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "cognate.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels every object carries. */}}
{{- define "cognate.labels" -}}
helm.sh/chart: {{ include "cognate.chart" . }}
app.kubernetes.io/name: {{ include "cognate.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: cognate
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Selects every pod of the release. */}}
{{- define "cognate.releaseSelectorLabels" -}}
app.kubernetes.io/name: {{ include "cognate.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Selects the pods of one component: call with (dict "root" $ "component" $c). */}}
{{- define "cognate.selectorLabels" -}}
{{ include "cognate.releaseSelectorLabels" .root }}
app.kubernetes.io/component: {{ .component.name }}
{{- end -}}

{{- define "cognate.componentLabels" -}}
{{ include "cognate.labels" .root }}
app.kubernetes.io/component: {{ .component.name }}
{{- end -}}

{{- define "cognate.componentFullname" -}}
{{- printf "%s-%s" (include "cognate.fullname" .root) .component.name -}}
{{- end -}}

{{- define "cognate.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "cognate.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* Image reference of a component: [registry/]repository(@digest|:tag). */}}
{{- define "cognate.image" -}}
{{- $svc := index .root.Values .component.key -}}
{{- $repo := $svc.image.repository -}}
{{- if .root.Values.image.registry -}}
{{- $repo = printf "%s/%s" (trimSuffix "/" .root.Values.image.registry) $repo -}}
{{- end -}}
{{- if $svc.image.digest -}}
{{- printf "%s@%s" $repo $svc.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repo (toString (coalesce $svc.image.tag .root.Values.image.tag .root.Chart.AppVersion)) -}}
{{- end -}}
{{- end -}}

{{/* The public origin: explicit, else the first ingress host, else the port-forward address. */}}
{{- define "cognate.publicBaseUrl" -}}
{{- if .Values.cognate.publicBaseUrl -}}
{{- .Values.cognate.publicBaseUrl | trimSuffix "/" -}}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts -}}
{{- printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) (first .Values.ingress.hosts) -}}
{{- else -}}
http://127.0.0.1:8080
{{- end -}}
{{- end -}}

{{/* Secret names: an existing Secret or the chart's own. */}}
{{- define "cognate.rootCredentialsSecret" -}}
{{- default (printf "%s-root-credentials" (include "cognate.fullname" .)) .Values.rootCredentials.existingSecret -}}
{{- end -}}

{{- define "cognate.kekSecret" -}}
{{- default (printf "%s-kek" (include "cognate.fullname" .)) .Values.kek.existingSecret -}}
{{- end -}}

{{- define "cognate.smtpSecret" -}}
{{- default (printf "%s-smtp" (include "cognate.fullname" .)) .Values.smtp.existingSecret -}}
{{- end -}}

{{- define "cognate.kafkaSecret" -}}
{{- default (printf "%s-kafka" (include "cognate.fullname" .)) .Values.kafka.sasl.existingSecret -}}
{{- end -}}

{{/* The database settings of a backend component: the top-level block with the service's merged over it. */}}
{{- define "cognate.database" -}}
{{- $svc := index .root.Values .component.key -}}
{{- $db := mergeOverwrite (deepCopy .root.Values.database) (deepCopy (default (dict) $svc.database)) -}}
{{- toJson $db -}}
{{- end -}}

{{/* Name of the database Secret of a backend component: the existing one, or the chart's own. */}}
{{- define "cognate.databaseSecret" -}}
{{- $db := include "cognate.database" . | fromJson -}}
{{- default (printf "%s-database" (include "cognate.componentFullname" .)) $db.existingSecret -}}
{{- end -}}

{{- define "cognate.validate" -}}
{{- if .Values.rootCredentials.existingSecret -}}
{{- if or .Values.rootCredentials.accessKeyId .Values.rootCredentials.secretAccessKey -}}
{{- fail (printf "rootCredentials: existingSecret is %q and accessKeyId/secretAccessKey are set; use one: set existingSecret to \"\" to have the chart make the Secret" .Values.rootCredentials.existingSecret) -}}
{{- end -}}
{{- else if or (not .Values.rootCredentials.accessKeyId) (not .Values.rootCredentials.secretAccessKey) -}}
{{- fail "rootCredentials: name an existingSecret, or set both accessKeyId and secretAccessKey" -}}
{{- end -}}
{{- if .Values.kek.existingSecret -}}
{{- if .Values.kek.value -}}
{{- fail (printf "kek: existingSecret is %q and value is set; use one: set existingSecret to \"\" to have the chart make the Secret" .Values.kek.existingSecret) -}}
{{- end -}}
{{- else if not .Values.kek.value -}}
{{- fail "kek: name an existingSecret, or set value (openssl rand -base64 32)" -}}
{{- else if ne (len (b64dec .Values.kek.value)) 32 -}}
{{- fail "kek.value must be the base64 of exactly 32 bytes (openssl rand -base64 32)" -}}
{{- end -}}
{{- if and .Values.smtp.existingSecret (or .Values.smtp.username .Values.smtp.password) -}}
{{- fail "smtp: set either existingSecret or username/password, not both" -}}
{{- end -}}
{{- if and .Values.kafka.sasl.existingSecret (or .Values.kafka.sasl.username .Values.kafka.sasl.password) -}}
{{- fail "kafka.sasl: set either existingSecret or username/password, not both" -}}
{{- end -}}
{{- if and (or .Values.kafka.sasl.username .Values.kafka.sasl.existingSecret) (not .Values.kafka.sasl.mechanism) -}}
{{- fail "kafka.sasl: a login needs a mechanism (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512)" -}}
{{- end -}}
{{- if not .Values.kafka.bootstrapServers -}}
{{- fail "kafka.bootstrapServers is required" -}}
{{- end -}}
{{- $root := . -}}
{{- range (include "cognate.componentList" . | fromJson).items -}}
{{- if .backend -}}
{{- $db := include "cognate.database" (dict "root" $root "component" .) | fromJson -}}
{{- if and $db.existingSecret (or $db.username $db.password) -}}
{{- fail (printf "%s database: set either existingSecret or username/password, not both" .key) -}}
{{- end -}}
{{- if and (not $db.existingSecret) (or (not $db.username) (not $db.password)) -}}
{{- fail (printf "%s database: set existingSecret, or username and password" .key) -}}
{{- end -}}
{{- if and (has $db.tls.mode (list "verify-ca" "verify-full")) (not $db.tls.caSecret.name) -}}
{{- fail (printf "%s database: tls.mode %s needs tls.caSecret.name" .key $db.tls.mode) -}}
{{- end -}}
{{- if and (not $db.jdbcUrl) (not $db.host) -}}
{{- fail (printf "%s database: set host (or jdbcUrl and reactiveUrl)" .key) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
