package io.cognate.userpool.appclient;

import io.cognate.userpool.userpool.UserPoolEntity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The attribute names of a pool's {@code SchemaAttributes}, {@code custom:} ones included. */
final class PoolSchema {

    private PoolSchema() {}

    static Set<String> attributeNames(UserPoolEntity pool) {
        Set<String> names = new LinkedHashSet<>();
        if (pool.settings.get("SchemaAttributes") instanceof List<?> attributes) {
            for (Object attribute : attributes) {
                if (attribute instanceof Map<?, ?> map && map.get("Name") instanceof String name) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
