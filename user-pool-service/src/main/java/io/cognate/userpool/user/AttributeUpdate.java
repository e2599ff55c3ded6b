package io.cognate.userpool.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a user's own attribute update does, decided before anything is written: the attributes set
 * and deleted, the contacts whose live verification code stops counting, and the codes to send.
 *
 * @param set attribute values to store, {@code *_verified} flags included
 * @param deleted attributes to remove
 * @param forgotten contacts whose code and pending value are dropped
 * @param codes verification codes to send, email first
 */
record AttributeUpdate(
        Map<String, String> set, Set<String> deleted, List<String> forgotten, List<Code> codes) {

    /** A code for {@code value}; {@code pending} when the value waits for it to be stored. */
    record Code(String attribute, String value, boolean pending) {}

    private static final List<String> CONTACTS = List.of("email", "phone_number");

    /**
     * Checks {@code given} against the schema for a user writer (later duplicates win; a blank
     * value deletes) and plans the contact rules: a changed email or phone number becomes
     * unverified, and is sent a code when the pool auto-verifies it; when the pool also requires
     * verification before update, the new value is only sent a code and stored once verified. A
     * request that sets the verified flag itself (a client allowed to write it) takes effect at
     * once.
     */
    static AttributeUpdate plan(PoolRules pool, UserAccountEntity user, List<Attribute> given) {
        Map<String, String> requested = new LinkedHashMap<>();
        for (Attribute attribute : given) {
            requested.remove(attribute.name());
            requested.put(attribute.name(), attribute.value() == null ? "" : attribute.value());
        }
        List<Attribute> values = new ArrayList<>();
        Set<String> deleted = new TreeSet<>();
        requested.forEach(
                (name, value) -> {
                    if (value.isEmpty()) {
                        deleted.add(name);
                    } else {
                        values.add(new Attribute(name, value));
                    }
                });
        AttributeRules.checkDeletable(pool, deleted, AttributeRules.Writer.USER);
        Map<String, String> set =
                new LinkedHashMap<>(
                        AttributeRules.forUpdate(pool, values, AttributeRules.Writer.USER));
        List<String> auto = strings(pool.settings().get("AutoVerifiedAttributes"));
        List<String> deferred =
                strings(
                        pool.section("UserAttributeUpdateSettings")
                                .get("AttributesRequireVerificationBeforeUpdate"));
        List<String> forgotten = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        for (String contact : CONTACTS) {
            String flag = contact + "_verified";
            if (deleted.contains(contact)) {
                set.remove(flag);
                if (user.attributes.containsKey(flag)) {
                    deleted.add(flag);
                }
                forgotten.add(contact);
                continue;
            }
            String value = set.get(contact);
            if (value == null || value.equals(user.attributes.get(contact))) {
                continue;
            }
            boolean selfVerified = "true".equals(set.get(flag));
            if (auto.contains(contact) && deferred.contains(contact) && !selfVerified) {
                set.remove(contact);
                codes.add(new Code(contact, value, true));
                continue;
            }
            set.putIfAbsent(flag, "false");
            if (auto.contains(contact) && !selfVerified) {
                codes.add(new Code(contact, value, false));
            } else {
                forgotten.add(contact);
            }
        }
        return new AttributeUpdate(set, deleted, forgotten, codes);
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }
}
