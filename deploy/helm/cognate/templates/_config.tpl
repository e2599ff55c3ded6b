{{/*
application.properties of one component: every setting that is not a secret. Quarkus reads it from
/deployments/config/ (the working directory's config/, ordinal 260): above the properties inside the
image, below environment variables, so `env` and the Secrets' variables still win.
Call with (dict "root" $ "component" $c).
*/}}
{{- define "cognate.configProperties" -}}
{{- $root := .root -}}
{{- $c := .component -}}
{{- $svc := index $root.Values $c.key -}}
{{- $fullname := include "cognate.fullname" $root -}}
# Rendered by the Cognate chart for {{ $c.name }}; change the chart's values, not this file.
quarkus.http.host=0.0.0.0
quarkus.http.port={{ $c.port }}
quarkus.shutdown.timeout={{ $root.Values.shutdown.timeoutSeconds }}s
cognate.region={{ $root.Values.cognate.region }}
cognate.account-id={{ $root.Values.cognate.accountId }}
cognate.public-base-url={{ include "cognate.publicBaseUrl" $root }}
{{- if eq $c.name "federation-gateway" }}
{{- range (include "cognate.componentList" $root | fromJson).items }}
{{- if .backend }}
cognate.upstream.{{ .name }}=http://{{ $fullname }}-{{ .name }}:{{ (index $root.Values .key).service.port }}
{{- end }}
{{- end }}
{{- end }}
{{- if $c.backend }}
{{- $db := include "cognate.database" . | fromJson }}
{{- $mode := $db.tls.mode }}
{{- $ca := "" }}
{{- if $db.tls.caSecret.name }}
{{- $ca = "/etc/cognate/database-ca/ca.crt" }}
{{- end }}
{{- if $db.jdbcUrl }}
quarkus.datasource.jdbc.url={{ $db.jdbcUrl }}
{{- else }}
{{- $params := list }}
{{- if $mode }}{{ $params = append $params (printf "sslmode=%s" $mode) }}{{ end }}
{{- if $ca }}{{ $params = append $params (printf "sslrootcert=%s" $ca) }}{{ end }}
quarkus.datasource.jdbc.url=jdbc:postgresql://{{ $db.host }}:{{ $db.port }}/{{ $db.name }}{{ if $params }}?{{ join "&" $params }}{{ end }}
{{- end }}
quarkus.datasource.reactive.url={{ default (printf "postgresql://%s:%v/%s" $db.host $db.port $db.name) $db.reactiveUrl }}
{{- if $mode }}
quarkus.datasource.reactive.postgresql.ssl-mode={{ $mode }}
{{- end }}
{{- if $ca }}
quarkus.datasource.reactive.trust-certificate-pem=true
quarkus.datasource.reactive.trust-certificate-pem.certs={{ $ca }}
{{- else if eq $mode "require" }}
# sslmode=require without a CA encrypts without verifying, as libpq does.
quarkus.datasource.reactive.trust-all=true
{{- end }}
{{- if eq $mode "verify-full" }}
quarkus.datasource.reactive.hostname-verification-algorithm=HTTPS
{{- end }}
quarkus.flyway.migrate-at-start={{ $db.migrateAtStart }}
kafka.bootstrap.servers={{ $root.Values.kafka.bootstrapServers }}
{{- with $root.Values.kafka.securityProtocol }}
kafka.security.protocol={{ . }}
{{- end }}
{{- with $root.Values.kafka.sasl.mechanism }}
kafka.sasl.mechanism={{ . }}
{{- end }}
{{- if $root.Values.kafka.tls.caSecret.name }}
kafka.ssl.truststore.type=PEM
kafka.ssl.truststore.location=/etc/cognate/kafka-ca/ca.crt
{{- end }}
{{- range $k, $v := $root.Values.kafka.config }}
kafka.{{ $k }}={{ include "cognate.propertyValue" $v }}
{{- end }}
{{- end }}
{{- if $c.backend }}
{{- /* How the services reach each other inside the cluster, and the public issuers they trust. */}}
{{- $urls := dict }}
{{- range (include "cognate.componentList" $root | fromJson).items }}
{{- if .backend }}
{{- $_ := set $urls .name (printf "http://%s-%s:%v" $fullname .name (index $root.Values .key).service.port) }}
{{- end }}
{{- end }}
{{- $public := include "cognate.publicBaseUrl" $root }}
{{- if has $c.name (list "user-pool-service" "identity-pool-service") }}
cognate.broker.url={{ index $urls "credential-broker" }}
{{- end }}
{{- if eq $c.name "identity-pool-service" }}
cognate.identity.issuer={{ $public }}/identity
cognate.identity.user-pool-issuer-base={{ $public }}
cognate.identity.user-pool-jwks-url={{ index $urls "user-pool-service" }}/{userPoolId}/.well-known/jwks.json
cognate.identity.user-pool-token-check-url={{ index $urls "user-pool-service" }}/internal/token-check
cognate.identity.sts-url={{ index $urls "credential-broker" }}/
{{- end }}
{{- if eq $c.name "credential-broker" }}
cognate.broker.identity-issuer={{ $public }}/identity
cognate.broker.identity-jwks-url={{ index $urls "identity-pool-service" }}/identity/.well-known/jwks.json
{{- end }}
{{- end }}
{{- if and (eq $c.name "user-pool-service") $root.Values.smtp.host }}
quarkus.mailer.host={{ $root.Values.smtp.host }}
quarkus.mailer.port={{ $root.Values.smtp.port }}
quarkus.mailer.start-tls={{ $root.Values.smtp.startTls }}
quarkus.mailer.tls={{ $root.Values.smtp.tls }}
{{- with $root.Values.smtp.from }}
quarkus.mailer.from={{ . }}
{{- end }}
{{- end }}
{{- with $root.Values.otel.endpoint }}
quarkus.otel.exporter.otlp.endpoint={{ . }}
{{- end }}
{{- range $k, $v := $svc.config }}
{{ $k }}={{ include "cognate.propertyValue" $v }}
{{- end }}
{{- end -}}

{{/* A value escaped for a .properties file (backslashes and line breaks). */}}
{{- define "cognate.propertyValue" -}}
{{- toString . | replace "\\" "\\\\" | replace "\n" "\\n" -}}
{{- end -}}
