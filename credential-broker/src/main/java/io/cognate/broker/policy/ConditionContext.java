package io.cognate.broker.policy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The condition keys of one request ({@code aws:username}, {@code aws:PrincipalTag/department},
 * {@code cognito-identity.amazonaws.com:amr}, …) and their values. Key names are case-insensitive,
 * as in IAM; values keep their case. A key with several values is a multivalued key (for the {@code
 * ForAnyValue:} / {@code ForAllValues:} set operators); an empty list is an empty set.
 */
public final class ConditionContext {

    public static final String CURRENT_TIME = "aws:CurrentTime";
    public static final String EPOCH_TIME = "aws:EpochTime";
    public static final String USERNAME = "aws:username";
    public static final String USERID = "aws:userid";
    public static final String SOURCE_IP = "aws:SourceIp";
    public static final String PRINCIPAL_TAG = "aws:PrincipalTag/";
    public static final String REQUEST_TAG = "aws:RequestTag/";
    public static final String TAG_KEYS = "aws:TagKeys";

    private static final String NORMALIZED_CURRENT_TIME = normalize(CURRENT_TIME);
    private static final String NORMALIZED_EPOCH_TIME = normalize(EPOCH_TIME);

    private static final ConditionContext EMPTY = new ConditionContext(Map.of(), Map.of());

    /** The keys of this request. */
    private final Map<String, List<String>> values;

    /** Keys shared by many requests ({@link SharedKeys}): they win over {@link #values}. */
    private final Map<String, List<String>> shared;

    private ConditionContext(Map<String, List<String>> values, Map<String, List<String>> shared) {
        this.values = Map.copyOf(values);
        this.shared = shared;
    }

    public static ConditionContext empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder(Map.of());
    }

    /** A builder that starts from these keys (to add or replace some). */
    public Builder toBuilder() {
        Map<String, List<String>> all = new HashMap<>(values);
        all.putAll(shared);
        return new Builder(all);
    }

    /** The values of {@code key} (case-insensitive), empty when the request does not carry it. */
    public Optional<List<String>> values(String key) {
        String normalized = normalize(key);
        List<String> common = shared.get(normalized);
        return Optional.ofNullable(common != null ? common : values.get(normalized));
    }

    /** Whether the request carries {@code key} (case-insensitive). */
    public boolean contains(String key) {
        String normalized = normalize(key);
        return shared.containsKey(normalized) || values.containsKey(normalized);
    }

    static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    /** Collects keys; a later value for the same key replaces the earlier one. */
    public static final class Builder {

        private final Map<String, List<String>> values;
        private Map<String, List<String>> shared = Map.of();

        private Builder(Map<String, List<String>> initial) {
            this.values = new HashMap<>(initial);
        }

        /**
         * Keys shared with other requests; they win over every key {@link #put}, before or after (a
         * role session's own keys over what a resource service says about the request).
         */
        public Builder shared(SharedKeys keys) {
            this.shared = keys.values();
            return this;
        }

        public Builder put(String key, String value) {
            return put(key, List.of(value));
        }

        /** A multivalued key; an empty list makes the key present with an empty set. */
        public Builder put(String key, List<String> keyValues) {
            values.put(normalize(key), List.copyOf(keyValues));
            return this;
        }

        /** {@code aws:PrincipalTag/<tagKey>}: a session tag of the caller. */
        public Builder principalTag(String tagKey, String value) {
            return put(PRINCIPAL_TAG + tagKey, value);
        }

        public Builder principalTags(Map<String, String> tags) {
            tags.forEach(this::principalTag);
            return this;
        }

        /**
         * {@code aws:RequestTag/<tagKey>} for each tag the request passes, and {@code aws:TagKeys}
         * with their keys.
         */
        public Builder requestTags(Map<String, String> tags) {
            tags.forEach((key, value) -> put(REQUEST_TAG + key, value));
            return put(TAG_KEYS, List.copyOf(tags.keySet()));
        }

        /** {@code aws:CurrentTime} (ISO 8601, seconds) and {@code aws:EpochTime}. */
        public Builder currentTime(Instant now) {
            TimeKeys time = TimeKeys.at(now.getEpochSecond());
            values.put(NORMALIZED_CURRENT_TIME, time.currentTime());
            values.put(NORMALIZED_EPOCH_TIME, time.epochTime());
            return this;
        }

        /** Sets the time keys only when the caller did not give them. */
        public Builder currentTimeIfAbsent(Instant now) {
            if (!values.containsKey(normalize(CURRENT_TIME))
                    && !values.containsKey(normalize(EPOCH_TIME))) {
                currentTime(now);
            }
            return this;
        }

        public ConditionContext build() {
            return new ConditionContext(values, shared);
        }
    }
}
