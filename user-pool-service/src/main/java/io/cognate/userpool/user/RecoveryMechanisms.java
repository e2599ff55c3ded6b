package io.cognate.userpool.user;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The pool's {@code AccountRecoverySetting.RecoveryMechanisms} names, by priority. */
final class RecoveryMechanisms {

    private static final List<String> LEGACY = List.of("verified_phone_number", "verified_email");

    private RecoveryMechanisms() {}

    static List<String> of(PoolRules pool) {
        Object mechanisms = pool.section("AccountRecoverySetting").get("RecoveryMechanisms");
        if (!(mechanisms instanceof List<?> list) || list.isEmpty()) {
            return LEGACY;
        }
        return list.stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .sorted(
                        Comparator.comparingInt(
                                m -> m.get("Priority") instanceof Number n ? n.intValue() : 99))
                .map(m -> String.valueOf(m.get("Name")))
                .filter(LEGACY::contains)
                .toList();
    }
}
