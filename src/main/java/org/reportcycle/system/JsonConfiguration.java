package org.reportcycle.system;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON bodies are read strictly, so that what a client sent is never guessed at: a key given twice,, a null inside
 * a list ({@code "reportTo":[null]}) and a null for a whole number ({@code "version":null}) are 400s naming the
 * field.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(mapper -> {
                    mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
                    // A version sent as null would otherwise read as 0, the version of a report never saved.
                    mapper.configOverride(int.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL));
                    // A date is written 2026-12-15; a bare number would be read as days since 1970.
                    mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
                });
    }
}
