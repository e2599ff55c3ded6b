package io.cognate.contracts.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The one Jackson configuration for AWS wire shapes: PascalCase members, absent members omitted,
 * unknown members ignored (as AWS does), and timestamps as epoch seconds (fractional) numbers.
 */
public final class AwsJson {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                    .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                    .addModule(epochSecondsModule())
                    .build();

    private AwsJson() {}

    /** Shared and thread-safe; never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static SimpleModule epochSecondsModule() {
        SimpleModule module = new SimpleModule("aws-epoch-seconds");
        module.addSerializer(
                Instant.class,
                new JsonSerializer<>() {
                    @Override
                    public void serialize(Instant value, JsonGenerator gen, SerializerProvider p)
                            throws IOException {
                        gen.writeNumber(BigDecimal.valueOf(value.toEpochMilli()).movePointLeft(3));
                    }
                });
        module.addDeserializer(
                Instant.class,
                new JsonDeserializer<>() {
                    @Override
                    public Instant deserialize(JsonParser parser, DeserializationContext ctx)
                            throws IOException {
                        if (parser.currentToken().isNumeric()) {
                            BigDecimal seconds = parser.getDecimalValue();
                            return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
                        }
                        return Instant.parse(parser.getValueAsString());
                    }
                });
        return module;
    }
}
