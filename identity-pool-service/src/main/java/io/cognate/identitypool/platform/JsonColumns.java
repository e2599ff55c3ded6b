package io.cognate.identitypool.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cognate.contracts.json.AwsJson;
import java.util.Map;

/**
 * JSONB columns hold Cognito shapes exactly as they travel on the wire (PascalCase members), so a
 * stored document reads back into the same records the operations answer with.
 */
public final class JsonColumns {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private JsonColumns() {}

    public static Map<String, Object> toMap(Object shape) {
        return AwsJson.mapper().convertValue(shape, MAP);
    }

    public static <T> T read(Map<String, Object> column, Class<T> type) {
        return AwsJson.mapper().convertValue(column, type);
    }

    public static <T> T read(Object column, TypeReference<T> type) {
        return AwsJson.mapper().convertValue(column, type);
    }
}
