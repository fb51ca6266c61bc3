package dev.readiness.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.readiness.contract.ContractSections.Fields;
import dev.readiness.contract.ContractSections.Key;
import dev.readiness.contract.ContractSections.ListOf;
import dev.readiness.contract.ContractSections.MapOf;
import dev.readiness.contract.ContractSections.Shape;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The declared sections and the keys {@link Contract} binds are the same keys, at every depth: a key bound but not
 * declared would be missing from the schema and the docs, a key declared but not bound would be accepted by the schema
 * and refused by the loader.
 */
class ContractSectionsTest {

    @Test
    void every_key_the_contract_binds_is_declared_and_every_declared_key_is_bound() {
        List<String> bound = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        keys(Contract.class, "", bound);
        for (Key section : ContractSections.SECTIONS) {
            declared(section, "", declared);
        }

        assertThat(declared).containsExactlyInAnyOrderElementsOf(bound);
        assertThat(bound).contains("operations.failureModes.test", "metrics.thresholds.min", "waivers.subjects");
    }

    @Test
    void sections_keep_the_order_a_contract_lists_them() {
        assertThat(ContractSections.SECTIONS.stream().map(Key::name)).containsExactly("$schema", "contract", "extends",
                "owners", "entryPoint", "operations", "schemas", "metrics", "rules", "signoffs", "waivers");
        assertThat(ContractSections.description("owners")).contains("on-call");
    }

    private static void declared(Key key, String prefix, List<String> into) {
        String path = prefix + key.name();
        into.add(path);
        Shape shape = key.shape();
        while (shape instanceof ListOf list) {
            shape = list.items();
        }
        if (shape instanceof MapOf map) {
            shape = map.values();
        }
        if (shape instanceof Fields fields) {
            fields.keys().forEach(k -> declared(k, path + ".", into));
        }
    }

    /** The JSON keys of a record's creator, and of the records inside it, as dotted paths. */
    private static void keys(Class<?> type, String prefix, List<String> into) {
        Constructor<?> creator = Arrays.stream(type.getDeclaredConstructors())
                .filter(c -> c.isAnnotationPresent(JsonCreator.class)).findFirst().orElseThrow();
        Map<String, Type> keys = new LinkedHashMap<>();
        for (Parameter parameter : creator.getParameters()) {
            keys.put(parameter.getAnnotation(JsonProperty.class).value(), parameter.getParameterizedType());
        }
        keys.forEach((name, valueType) -> {
            String path = prefix + name;
            into.add(path);
            Class<?> element = element(valueType);
            if (element.isRecord() && element.getEnclosingClass() == Contract.class) {
                keys(element, path + ".", into);
            }
        });
    }

    /** The record a value binds to: itself, or the element of a list or the value of a map. */
    private static Class<?> element(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            return element(arguments[arguments.length - 1]);
        }
        return type instanceof Class<?> c ? c : Object.class;
    }
}
