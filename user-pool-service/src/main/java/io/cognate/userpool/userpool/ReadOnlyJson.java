package io.cognate.userpool.userpool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep read-only copies of JSON documents held as maps and lists, so a cached document can be
 * shared by concurrent requests without one of them changing it for the others.
 */
final class ReadOnlyJson {

    private ReadOnlyJson() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> document) {
        return document == null ? Map.of() : (Map<String, Object>) value(document);
    }

    private static Object value(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, value(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(value(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
