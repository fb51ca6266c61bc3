package dev.readiness.rules.schemas;

import static dev.readiness.rules.schemas.SchemaCompatibility.Kind.BREAKING;
import static dev.readiness.rules.schemas.SchemaCompatibility.Kind.COMPATIBLE;
import static dev.readiness.rules.schemas.SchemaCompatibility.Kind.UNCERTAIN;
import static dev.readiness.rules.schemas.SchemaCompatibility.Role.INPUT;
import static dev.readiness.rules.schemas.SchemaCompatibility.Role.OUTPUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.rules.schemas.SchemaCompatibility.Change;
import dev.readiness.rules.schemas.SchemaCompatibility.Kind;
import dev.readiness.rules.schemas.SchemaCompatibility.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GUARD = Duration.ofSeconds(20);

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<Change> compare(String previous, String current, Role role) {
        return SchemaCompatibility.compare(json(previous), json(current), role);
    }

    /** The single change between the versions, as seen by the role. */
    private static Change only(String previous, String current, Role role) {
        List<Change> changes = compare(previous, current, role);
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    private static Kind kind(String previous, String current, Role role) {
        return only(previous, current, role).kind();
    }

    private static final String MERCHANT_OPTIONAL = """
            {"type": "object", "properties": {"merchant": {"type": "string"}}}
            """;
    private static final String MERCHANT_REQUIRED = """
            {"type": "object", "properties": {"merchant": {"type": "string"}}, "required": ["merchant"]}
            """;

    @Nested
    class ObjectSchemas {

        @Test
        void a_newly_required_property_breaks_requests_not_responses() {
            assertThat(only(MERCHANT_OPTIONAL, MERCHANT_REQUIRED, INPUT))
                    .isEqualTo(new Change("/required", BREAKING, "merchant is now required",
                            "accepted requests without it"));
            assertThat(only(MERCHANT_OPTIONAL, MERCHANT_REQUIRED, OUTPUT))
                    .isEqualTo(new Change("/required", COMPATIBLE, "merchant is now required",
                            "returned responses without it"));
        }

        @Test
        void a_property_no_longer_required_breaks_responses_not_requests() {
            assertThat(only(MERCHANT_REQUIRED, MERCHANT_OPTIONAL, OUTPUT))
                    .isEqualTo(new Change("/required", BREAKING, "merchant is no longer required",
                            "always returned it"));
            assertThat(only(MERCHANT_REQUIRED, MERCHANT_OPTIONAL, INPUT))
                    .isEqualTo(new Change("/required", COMPATIBLE, "merchant is no longer required", "required it"));
        }

        @Test
        void nested_properties_are_named_by_their_path() {
            String before = """
                    {"properties": {"customer": {"properties": {"id": {"type": "string"}}}}}
                    """;
            String after = """
                    {"properties": {"customer": {"properties": {"id": {"type": "string"}}, "required": ["id"]}}}
                    """;
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/properties/customer/required", BREAKING,
                    "customer.id is now required", "accepted requests without it"));
        }

        @Test
        void a_property_removed_from_a_closed_object_breaks_requests() {
            String before = """
                    {"properties": {"a": {}, "b": {"type": "string"}}, "additionalProperties": false}
                    """;
            String after = """
                    {"properties": {"a": {}}, "additionalProperties": false}
                    """;
            assertThat(only(before, after, INPUT))
                    .isEqualTo(new Change("/properties/b", BREAKING, "b is no longer allowed", "accepted it"));
            assertThat(kind(before, after, OUTPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void a_property_added_to_a_closed_object_breaks_responses() {
            String before = """
                    {"properties": {"score": {"type": "number"}}, "additionalProperties": false}
                    """;
            String after = """
                    {"properties": {"score": {"type": "number"}, "band": {"type": "string"}},
                     "additionalProperties": false}
                    """;
            assertThat(only(before, after, OUTPUT))
                    .isEqualTo(new Change("/properties/band", BREAKING, "band is a new property", "never returned it"));
            assertThat(kind(before, after, INPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void a_property_removed_from_an_open_object_drops_its_constraints() {
            String before = """
                    {"properties": {"score": {"type": "number"}, "band": {"type": "string"}}}
                    """;
            String after = """
                    {"properties": {"score": {"type": "number"}}}
                    """;
            assertThat(only(before, after, OUTPUT)).isEqualTo(new Change("/properties/band", BREAKING,
                    "band is no longer declared, so any value is allowed", "returned only values its declaration allowed"));
            assertThat(kind(before, after, INPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void a_property_added_to_an_open_object_constrains_what_was_free() {
            String before = """
                    {"properties": {"score": {"type": "number"}}}
                    """;
            String after = """
                    {"properties": {"score": {"type": "number"}, "band": {"type": "string"}}}
                    """;
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/properties/band", BREAKING,
                    "band is a new property with constraints", "accepted any value for it"));
            assertThat(kind(before, after, OUTPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void a_property_added_without_constraints_changes_nothing() {
            assertThat(compare("""
                    {"properties": {}}
                    """, """
                    {"properties": {"note": {"description": "free text"}}}
                    """, INPUT)).isEmpty();
        }

        @Test
        void closing_an_object_breaks_requests() {
            String open = """
                    {"properties": {"a": {}}}
                    """;
            String closed = """
                    {"properties": {"a": {}}, "additionalProperties": false}
                    """;
            assertThat(only(open, closed, INPUT)).isEqualTo(new Change("/additionalProperties", BREAKING,
                    "other properties of the request are no longer allowed", "accepted them"));
            assertThat(kind(open, closed, OUTPUT)).isEqualTo(COMPATIBLE);
            assertThat(only(closed, open, OUTPUT)).isEqualTo(new Change("/additionalProperties", BREAKING,
                    "other properties of the response are now allowed", "never returned them"));
            assertThat(kind(closed, open, INPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void additional_properties_as_a_schema_are_compared_as_one() {
            String before = """
                    {"additionalProperties": {"type": "string"}}
                    """;
            String after = """
                    {"additionalProperties": {"type": "string", "maxLength": 10}}
                    """;
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/additionalProperties/maxLength", BREAKING,
                    "other properties of the request must now have at most 10 characters",
                    "accepted more than 10 characters"));
            assertThat(kind(before, after, OUTPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void a_declared_property_removed_is_compared_with_the_additional_schema() {
            String before = """
                    {"properties": {"a": {"type": "string"}}, "additionalProperties": {"type": "number"}}
                    """;
            String after = """
                    {"additionalProperties": {"type": "number"}}
                    """;
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/additionalProperties/type", BREAKING,
                    "a must now be a number", "accepted a string"));
            assertThat(only(before, after, OUTPUT).kind()).isEqualTo(BREAKING);
        }

        @Test
        void property_counts_are_bounds() {
            String before = """
                    {"type": "object", "minProperties": 1}
                    """;
            String after = """
                    {"type": "object", "minProperties": 2, "maxProperties": 5}
                    """;
            assertThat(compare(before, after, INPUT)).extracting(Change::pointer, Change::kind, Change::change)
                    .containsExactly(
                            tuple("/minProperties", BREAKING, "the request must now have at least 2 properties"),
                            tuple("/maxProperties", BREAKING, "the request must now have at most 5 properties"));
            assertThat(compare(before, after, OUTPUT)).extracting(Change::kind).containsOnly(COMPATIBLE);
        }
    }

    @Nested
    class Types {

        @Test
        void a_nullable_response_field_breaks_consumers() {
            String before = """
                    {"properties": {"score": {"type": "number"}}}
                    """;
            String after = """
                    {"properties": {"score": {"type": ["number", "null"]}}}
                    """;
            assertThat(only(before, after, OUTPUT)).isEqualTo(new Change("/properties/score/type", BREAKING,
                    "score may now be null", "never returned null"));
            assertThat(kind(before, after, INPUT)).isEqualTo(COMPATIBLE);
            assertThat(only(after, before, INPUT)).isEqualTo(new Change("/properties/score/type", BREAKING,
                    "score must now be a number", "accepted null"));
        }

        @Test
        void an_integer_is_a_number() {
            String integer = """
                    {"type": "integer"}
                    """;
            String number = """
                    {"type": "number"}
                    """;
            assertThat(only(integer, number, OUTPUT)).isEqualTo(new Change("/type", BREAKING,
                    "the response may now be a fractional number", "never returned a fractional number"));
            assertThat(kind(integer, number, INPUT)).isEqualTo(COMPATIBLE);
            assertThat(only(number, integer, INPUT)).isEqualTo(new Change("/type", BREAKING,
                    "the request must now be an integer", "accepted a fractional number"));
            assertThat(compare("""
                    {"type": ["integer", "number"]}
                    """, number, INPUT)).isEmpty();
        }

        @Test
        void a_missing_type_means_any_type() {
            String any = """
                    {"properties": {"id": {}}}
                    """;
            String text = """
                    {"properties": {"id": {"type": "string"}}}
                    """;
            assertThat(only(any, text, INPUT)).isEqualTo(new Change("/properties/id/type", BREAKING,
                    "id must now be a string", "accepted any type"));
            assertThat(kind(any, text, OUTPUT)).isEqualTo(COMPATIBLE);
            assertThat(only(text, any, OUTPUT)).isEqualTo(new Change("/properties/id/type", BREAKING,
                    "id may now be of any type", "returned only a string"));
        }

        @Test
        void a_type_replaced_breaks_both_directions() {
            String before = """
                    {"type": "string"}
                    """;
            String after = """
                    {"type": "number"}
                    """;
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/type", BREAKING,
                    "the request must now be a number", "accepted a string"));
            assertThat(only(before, after, OUTPUT)).isEqualTo(new Change("/type", BREAKING,
                    "the response must now be a number", "never returned a number"));
        }

        @Test
        void nullable_adds_null() {
            assertThat(compare("""
                    {"type": ["string", "null"]}
                    """, """
                    {"type": "string", "nullable": true}
                    """, OUTPUT)).isEmpty();
        }

        @Test
        void an_unknown_type_name_is_uncertain() {
            assertThat(only("""
                    {"type": "string"}
                    """, """
                    {"type": "text"}
                    """, INPUT).kind()).isEqualTo(UNCERTAIN);
        }
    }

    @Nested
    class Numbers {

        private static final String AMOUNT = """
                {"properties": {"amount": {"type": "number", %s}}}
                """;

        private String amount(String keywords) {
            return AMOUNT.formatted(keywords);
        }

        @Test
        void a_raised_minimum_breaks_requests() {
            String before = amount("\"minimum\": 0");
            String after = amount("\"minimum\": 10");
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/properties/amount/minimum", BREAKING,
                    "amount must now be at least 10", "accepted values below 10"));
            assertThat(kind(before, after, OUTPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void a_removed_maximum_breaks_responses() {
            String before = amount("\"maximum\": 100");
            String after = amount("\"description\": \"any amount\"");
            assertThat(only(before, after, OUTPUT)).isEqualTo(new Change("/properties/amount/maximum", BREAKING,
                    "amount may now be more than 100", "never returned values more than 100"));
            assertThat(kind(before, after, INPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void an_exclusive_bound_at_the_same_value_is_tighter() {
            String inclusive = amount("\"minimum\": 0");
            String exclusive = amount("\"exclusiveMinimum\": 0");
            assertThat(only(inclusive, exclusive, INPUT)).isEqualTo(new Change(
                    "/properties/amount/exclusiveMinimum", BREAKING, "amount must now be greater than 0", "accepted 0"));
            assertThat(only(exclusive, inclusive, OUTPUT)).isEqualTo(new Change("/properties/amount/minimum",
                    BREAKING, "amount may now be 0", "never returned 0"));
            assertThat(kind(exclusive, inclusive, INPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void the_tighter_of_minimum_and_exclusive_minimum_counts() {
            assertThat(compare(amount("\"exclusiveMaximum\": 10"),
                    amount("\"exclusiveMaximum\": 10, \"maximum\": 20"), INPUT)).isEmpty();
        }

        @Test
        void the_draft_04_boolean_exclusive_minimum_is_read() {
            String before = """
                    {"$schema": "http://json-schema.org/draft-04/schema#", "minimum": 5}
                    """;
            String after = """
                    {"$schema": "http://json-schema.org/draft-04/schema#", "minimum": 5, "exclusiveMinimum": true}
                    """;
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/minimum", BREAKING,
                    "the request must now be greater than 5", "accepted 5"));
        }

        @Test
        void equal_numbers_written_differently_are_the_same() {
            assertThat(compare(amount("\"maximum\": 1"), amount("\"maximum\": 1.0"), INPUT)).isEmpty();
        }

        @Test
        void multiple_of_is_judged_only_when_added_or_removed() {
            String none = amount("\"minimum\": 0");
            String cents = amount("\"minimum\": 0, \"multipleOf\": 0.01");
            assertThat(only(none, cents, INPUT)).isEqualTo(new Change("/properties/amount/multipleOf", BREAKING,
                    "amount must now be a multiple of 0.01", "accepted other values"));
            assertThat(kind(none, cents, OUTPUT)).isEqualTo(COMPATIBLE);
            assertThat(kind(cents, none, OUTPUT)).isEqualTo(BREAKING);
            assertThat(only(cents, amount("\"minimum\": 0, \"multipleOf\": 0.1"), INPUT)).isEqualTo(new Change(
                    "/properties/amount/multipleOf", UNCERTAIN,
                    "the multipleOf of amount changed from 0.01 to 0.1 and is too complex to compare safely",
                    "required multiples of 0.01"));
        }

        @Test
        void a_bound_that_is_not_a_number_is_uncertain() {
            assertThat(only(amount("\"minimum\": 0"), amount("\"minimum\": \"0\""), INPUT).kind())
                    .isEqualTo(UNCERTAIN);
        }
    }

    @Nested
    class StringsAndArrays {

        @Test
        void lengths_are_bounds() {
            String before = """
                    {"properties": {"code": {"type": "string", "minLength": 1, "maxLength": 8}}}
                    """;
            String after = """
                    {"properties": {"code": {"type": "string", "minLength": 2, "maxLength": 16}}}
                    """;
            assertThat(compare(before, after, INPUT)).containsExactly(
                    new Change("/properties/code/minLength", BREAKING, "code must now have at least 2 characters",
                            "accepted fewer than 2 characters"),
                    new Change("/properties/code/maxLength", COMPATIBLE, "code may now have more than 8 characters",
                            "never accepted more than 8 characters"));
            assertThat(compare(before, after, OUTPUT)).extracting(Change::kind).containsExactly(COMPATIBLE, BREAKING);
        }

        @Test
        void a_pattern_added_narrows_removed_widens_changed_is_uncertain() {
            String free = """
                    {"properties": {"iban": {"type": "string"}}}
                    """;
            String patterned = """
                    {"properties": {"iban": {"type": "string", "pattern": "^[A-Z]{2}"}}}
                    """;
            assertThat(only(free, patterned, INPUT)).isEqualTo(new Change("/properties/iban/pattern", BREAKING,
                    "iban must now match \"^[A-Z]{2}\"", "accepted values that do not match it"));
            assertThat(kind(free, patterned, OUTPUT)).isEqualTo(COMPATIBLE);
            assertThat(only(patterned, free, OUTPUT)).isEqualTo(new Change("/properties/iban/pattern", BREAKING,
                    "iban no longer has to match \"^[A-Z]{2}\"", "never returned values that did not match it"));
            assertThat(kind(patterned, free, INPUT)).isEqualTo(COMPATIBLE);
            Change changed = only(patterned, patterned.replace("{2}", "{2,3}"), INPUT);
            assertThat(changed.kind()).isEqualTo(UNCERTAIN);
            assertThat(changed.change()).isEqualTo(
                    "the pattern of iban changed from \"^[A-Z]{2}\" to \"^[A-Z]{2,3}\" and is too complex to compare safely");
        }

        @Test
        void a_format_is_treated_like_a_pattern() {
            String free = """
                    {"properties": {"email": {"type": "string"}}}
                    """;
            String formatted = """
                    {"properties": {"email": {"type": "string", "format": "email"}}}
                    """;
            assertThat(only(free, formatted, INPUT)).isEqualTo(new Change("/properties/email/format", BREAKING,
                    "email must now have the format \"email\"", "accepted values in any format"));
            assertThat(kind(formatted, free, OUTPUT)).isEqualTo(BREAKING);
            assertThat(kind(formatted, free, INPUT)).isEqualTo(COMPATIBLE);
            assertThat(kind(formatted, formatted.replace("\"email\"}", "\"idn-email\"}"), OUTPUT))
                    .isEqualTo(UNCERTAIN);
        }

        @Test
        void item_counts_and_uniqueness_are_compared() {
            String before = """
                    {"type": "array", "maxItems": 10}
                    """;
            String after = """
                    {"type": "array", "minItems": 1, "maxItems": 10, "uniqueItems": true}
                    """;
            assertThat(compare(before, after, INPUT)).containsExactly(
                    new Change("/minItems", BREAKING, "the request must now have at least 1 item",
                            "accepted fewer than 1 item"),
                    new Change("/uniqueItems", BREAKING, "the request must now hold unique items",
                            "accepted repeated items"));
            assertThat(compare(after, before, OUTPUT)).extracting(Change::kind).containsOnly(BREAKING);
        }

        @Test
        void items_are_compared_recursively() {
            String before = """
                    {"properties": {"lines": {"type": "array", "items": {"properties": {"sku": {"type": "string"}}}}}}
                    """;
            String after = """
                    {"properties": {"lines": {"type": "array",
                      "items": {"properties": {"sku": {"type": "string"}}, "required": ["sku"]}}}}
                    """;
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/properties/lines/items/required", BREAKING,
                    "lines[].sku is now required", "accepted requests without it"));
        }

        @Test
        void prefix_items_are_compared_by_position_against_the_rest() {
            String before = """
                    {"prefixItems": [{"type": "string"}], "items": {"type": "number"}}
                    """;
            String after = """
                    {"prefixItems": [{"type": "string"}, {"type": "integer"}], "items": {"type": "number"}}
                    """;
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/prefixItems/1/type", BREAKING,
                    "the request[1] must now be an integer", "accepted a fractional number"));
            assertThat(kind(before, after, OUTPUT)).isEqualTo(COMPATIBLE);
        }
    }

    @Nested
    class Values {

        private static final String OPEN_CLOSED = """
                {"properties": {"status": {"enum": ["OPEN", "CLOSED"]}}}
                """;
        private static final String WITH_REVIEW = """
                {"properties": {"status": {"enum": ["OPEN", "CLOSED", "REVIEW"]}}}
                """;

        @Test
        void an_enum_value_added_breaks_responses() {
            assertThat(only(OPEN_CLOSED, WITH_REVIEW, OUTPUT)).isEqualTo(new Change("/properties/status/enum",
                    BREAKING, "status may now be \"REVIEW\"", "never returned it"));
            assertThat(only(OPEN_CLOSED, WITH_REVIEW, INPUT)).isEqualTo(new Change("/properties/status/enum",
                    COMPATIBLE, "status may now be \"REVIEW\"", "never accepted it"));
        }

        @Test
        void an_enum_value_removed_breaks_requests() {
            assertThat(only(WITH_REVIEW, OPEN_CLOSED, INPUT)).isEqualTo(new Change("/properties/status/enum",
                    BREAKING, "status may no longer be \"REVIEW\"", "accepted it"));
            assertThat(kind(WITH_REVIEW, OPEN_CLOSED, OUTPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void an_enum_added_or_dropped_limits_or_frees_the_values() {
            String free = """
                    {"properties": {"status": {}}}
                    """;
            assertThat(only(free, OPEN_CLOSED, INPUT)).isEqualTo(new Change("/properties/status/enum", BREAKING,
                    "status must now be one of \"OPEN\", \"CLOSED\"", "accepted other values"));
            assertThat(only(OPEN_CLOSED, free, OUTPUT)).isEqualTo(new Change("/properties/status/enum", BREAKING,
                    "status may now be any value", "never returned other values"));
        }

        @Test
        void const_is_an_enum_of_one() {
            assertThat(compare("""
                    {"const": 1}
                    """, """
                    {"enum": [1.0]}
                    """, INPUT)).isEmpty();
            assertThat(only("""
                    {"const": "v1"}
                    """, """
                    {"enum": ["v1", "v2"]}
                    """, OUTPUT)).isEqualTo(new Change("/enum", BREAKING, "the response may now be \"v2\"",
                    "never returned it"));
        }

        @Test
        void a_long_list_of_values_is_summed_up() {
            String many = "{\"enum\": [" + String.join(",", java.util.stream.IntStream.range(0, 30)
                    .mapToObj(Integer::toString).toList()) + "]}";
            List<Change> changes = compare(many, "{\"enum\": [0]}", INPUT);
            assertThat(changes).hasSize(SchemaCompatibility.MAX_LISTED + 1);
            assertThat(changes.get(changes.size() - 1).change()).isEqualTo("the request may no longer be 19 other values");
            assertThat(changes).extracting(Change::kind).containsOnly(BREAKING);
        }
    }

    @Nested
    class BooleanSchemas {

        @Test
        void a_property_forbidden_breaks_requests() {
            String before = """
                    {"properties": {"legacy": true}}
                    """;
            String after = """
                    {"properties": {"legacy": false}}
                    """;
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/properties/legacy", BREAKING,
                    "legacy is no longer allowed", "accepted it"));
            assertThat(kind(before, after, OUTPUT)).isEqualTo(COMPATIBLE);
            assertThat(only(after, before, OUTPUT)).isEqualTo(new Change("/properties/legacy", BREAKING,
                    "legacy is now allowed", "never returned it"));
        }

        @Test
        void true_is_the_empty_schema() {
            assertThat(compare("true", "{}", INPUT)).isEmpty();
            assertThat(only("true", """
                    {"type": "object"}
                    """, INPUT)).isEqualTo(new Change("/type", BREAKING, "the request must now be an object",
                    "accepted any type"));
        }
    }

    @Nested
    class References {

        private static final String MONEY = """
                {"properties": {"amount": {"$ref": "#/$defs/money"}},
                 "$defs": {"money": {"type": "number", "minimum": %s}}}
                """;

        @Test
        void a_reference_is_followed_and_named_by_its_use() {
            String before = MONEY.formatted("0");
            String after = MONEY.formatted("1");
            assertThat(only(before, after, INPUT)).isEqualTo(new Change("/$defs/money/minimum", BREAKING,
                    "amount must now be at least 1", "accepted values below 1"));
            assertThat(kind(before, after, OUTPUT)).isEqualTo(COMPATIBLE);
        }

        @Test
        void an_inline_schema_moved_into_a_definition_is_unchanged() {
            String inline = """
                    {"properties": {"amount": {"type": "number", "minimum": 0}}}
                    """;
            assertThat(compare(inline, MONEY.formatted("0"), INPUT)).isEmpty();
            assertThat(compare(MONEY.formatted("0"), inline, OUTPUT)).isEmpty();
        }

        @Test
        void pointer_escapes_and_the_root_reference_are_followed() {
            String before = """
                    {"properties": {"a": {"$ref": "#/$defs/a~1b~0c"}, "self": {"$ref": "#"}},
                     "$defs": {"a/b~c": {"type": "string"}}}
                    """;
            String after = """
                    {"properties": {"a": {"$ref": "#/$defs/a~1b%7E0c"}, "self": {"$ref": "#"}},
                     "$defs": {"a/b~c": {"type": "string"}, "unused": {}}, "required": ["a"]}
                    """;
            assertThat(compare(before, after, INPUT)).extracting(Change::pointer, Change::change)
                    .containsExactly(tuple("/required", "a is now required"));
        }

        @Test
        void a_percent_encoded_reference_is_decoded_as_utf_8() {
            String before = """
                    {"properties": {"p": {"$ref": "#/$defs/pr%C3%A9c%F0%9F%98%80"}}, "$defs": {"préc😀": {"maxLength": 5}}}
                    """;
            String after = before.replace("\"maxLength\": 5", "\"maxLength\": 4");
            assertThat(only(before, after, INPUT)).extracting(Change::pointer, Change::change)
                    .isEqualTo(List.of("/$defs/préc😀/maxLength", "p must now have at most 4 characters"));
        }

        @Test
        void a_cycle_of_references_ends() {
            String tree = """
                    {"$ref": "#/$defs/node",
                     "$defs": {"node": {"type": "object",
                       "properties": {"value": {"type": "%s"}, "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}}
                    """;
            List<Change> changes = assertTimeoutPreemptively(GUARD,
                    () -> compare(tree.formatted("integer"), tree.formatted("number"), OUTPUT));
            assertThat(changes).containsExactly(new Change("/$defs/node/properties/value/type", BREAKING,
                    "value may now be a fractional number", "never returned a fractional number"));
        }

        @Test
        void a_reference_loop_without_a_schema_is_uncertain() {
            String loop = """
                    {"properties": {"a": {"$ref": "#/$defs/x"}}, "$defs": {"x": {"$ref": "#/$defs/y"}, "y": {"$ref": "#/$defs/x"}}}
                    """;
            List<Change> changes = assertTimeoutPreemptively(GUARD, () -> compare("""
                    {"properties": {"a": {"type": "string"}}}
                    """, loop, INPUT));
            assertThat(changes).extracting(Change::pointer, Change::kind)
                    .containsExactly(tuple("/properties/a", UNCERTAIN));
        }

        @Test
        void a_reference_to_another_document_is_compared_for_equality_only() {
            String common = """
                    {"properties": {"money": {"$ref": "common.schema.json#/$defs/%s"}}}
                    """;
            assertThat(compare(common.formatted("money"), common.formatted("money"), INPUT)).isEmpty();
            assertThat(only(common.formatted("money"), common.formatted("amount"), INPUT)).isEqualTo(new Change(
                    "/properties/money/$ref", UNCERTAIN,
                    "the $ref of money changed and is too complex to compare safely", "declared it differently"));
        }

        @Test
        void keywords_beside_a_reference_apply_too_from_2019_09_on() {
            String before = """
                    {"properties": {"amount": {"$ref": "#/$defs/money"}}, "$defs": {"money": {"type": "number"}}}
                    """;
            String after = """
                    {"properties": {"amount": {"$ref": "#/$defs/money", "maximum": 100}},
                     "$defs": {"money": {"type": "number"}}}
                    """;
            for (Role role : Role.values()) {
                assertThat(compare(before, after, role)).extracting(Change::pointer, Change::kind)
                        .containsExactly(tuple("/properties/amount/$ref", UNCERTAIN));
            }
            String both = after.replace("\"maximum\": 100", "\"maximum\": 50");
            assertThat(only(after, both, INPUT)).isEqualTo(new Change("/properties/amount/maximum", BREAKING,
                    "amount must now be at most 50", "accepted values above 50"));
        }
    }

    @Nested
    class TooComplex {

        @Test
        void a_changed_composition_is_one_uncertain_change() {
            String before = """
                    {"properties": {"id": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}}
                    """;
            String after = """
                    {"properties": {"id": {"anyOf": [{"type": "string"}]}}}
                    """;
            for (Role role : Role.values()) {
                assertThat(only(before, after, role)).isEqualTo(new Change("/properties/id/anyOf", UNCERTAIN,
                        "the anyOf of id changed and is too complex to compare safely", "declared it differently"));
            }
        }

        @Test
        void each_construct_compared_for_equality_only_is_uncertain_when_changed() {
            for (String keyword : List.of("allOf", "oneOf", "not", "if", "then", "else", "dependentSchemas",
                    "dependentRequired", "patternProperties", "unevaluatedProperties", "$dynamicRef")) {
                String before = "{\"type\": \"object\"}";
                String value = keyword.equals("dependentRequired") ? "{\"a\": [\"b\"]}"
                        : keyword.equals("$dynamicRef") ? "\"#node\""
                        : keyword.equals("allOf") || keyword.equals("oneOf") ? "[{\"type\": \"object\"}]"
                        : keyword.equals("dependentSchemas") || keyword.equals("patternProperties") ? "{\"^a\": false}"
                        : "{\"required\": [\"a\"]}";
                String after = "{\"type\": \"object\", \"" + keyword + "\": " + value + "}";
                assertThat(only(before, after, INPUT)).as(keyword)
                        .extracting(Change::pointer, Change::kind)
                        .isEqualTo(List.of("/" + keyword, UNCERTAIN));
            }
        }

        @Test
        void an_equal_composition_over_a_changed_definition_is_uncertain() {
            String schema = """
                    {"properties": {"id": {"oneOf": [{"$ref": "#/$defs/code"}, {"type": "integer"}]}},
                     "$defs": {"code": {"type": "string", "maxLength": %s}}}
                    """;
            List<Change> changes = compare(schema.formatted("8"), schema.formatted("4"), OUTPUT);
            assertThat(changes).extracting(Change::pointer, Change::kind).containsExactly(
                    tuple("/properties/id/oneOf", UNCERTAIN),
                    tuple("/$defs/code/maxLength", COMPATIBLE));
            assertThat(changes.get(0).change())
                    .isEqualTo("the oneOf of id refers to definitions that changed, too complex to compare safely");
        }

        @Test
        void a_property_added_beside_pattern_properties_is_uncertain() {
            String before = """
                    {"patternProperties": {"^x-": {"type": "string"}}}
                    """;
            String after = """
                    {"patternProperties": {"^x-": {"type": "string"}}, "properties": {"x-id": {"type": "integer"}}}
                    """;
            assertThat(only(before, after, INPUT)).extracting(Change::pointer, Change::kind)
                    .isEqualTo(List.of("/properties/x-id", UNCERTAIN));
        }
    }

    @Nested
    class Unchanged {

        private static final String SCORE_REQUEST = """
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "https://example.com/score-request.schema.json",
                  "title": "Score request",
                  "type": "object",
                  "required": ["customerId", "amount"],
                  "additionalProperties": false,
                  "properties": {
                    "customerId": {"type": "string", "pattern": "^C[0-9]{6}$", "minLength": 7, "maxLength": 7},
                    "amount": {"$ref": "#/$defs/money"},
                    "channel": {"enum": ["web", "store", "phone"]},
                    "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 20, "uniqueItems": true},
                    "location": {"prefixItems": [{"type": "number"}, {"type": "number"}], "items": false},
                    "note": {"type": ["string", "null"], "format": "uuid"},
                    "extra": {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/money"}]}
                  },
                  "$defs": {"money": {"type": "number", "exclusiveMinimum": 0, "maximum": 1e6, "multipleOf": 0.01}}
                }
                """;

        @Test
        void an_unchanged_schema_has_no_changes_in_either_role() {
            for (Role role : Role.values()) {
                assertThat(compare(SCORE_REQUEST, SCORE_REQUEST, role)).isEmpty();
            }
        }

        @Test
        void annotations_and_the_dialect_are_ignored() {
            String annotated = SCORE_REQUEST
                    .replace("\"title\": \"Score request\"", "\"title\": \"Scoring request\", \"description\": \"x\"")
                    .replace("draft/2020-12", "draft/2019-09");
            assertThat(compare(SCORE_REQUEST, annotated, INPUT)).isEmpty();
        }
    }

    @Nested
    class Draft07 {

        private static final String BEFORE = """
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "type": "object",
                  "properties": {
                    "amount": {"$ref": "#/definitions/money", "description": "ignored beside $ref in draft-07"},
                    "pair": {"type": "array", "items": [{"type": "string"}], "additionalItems": false}
                  },
                  "definitions": {"money": {"type": "number", "maximum": 100}}
                }
                """;

        @Test
        void definitions_and_items_as_a_list_are_compared() {
            String after = BEFORE
                    .replace("\"maximum\": 100", "\"maximum\": 1000")
                    .replace("\"additionalItems\": false", "\"additionalItems\": {\"type\": \"number\"}");
            assertThat(compare(BEFORE, after, OUTPUT)).containsExactly(
                    new Change("/definitions/money/maximum", BREAKING, "amount may now be more than 100",
                            "never returned values more than 100"),
                    new Change("/properties/pair/additionalItems", BREAKING, "pair[] is now allowed",
                            "never returned it"));
            assertThat(compare(BEFORE, after, INPUT)).extracting(Change::kind).containsOnly(COMPATIBLE);
        }

        @Test
        void keywords_beside_a_reference_are_ignored_before_2019_09() {
            String after = BEFORE.replace("\"description\": \"ignored beside $ref in draft-07\"", "\"minimum\": 5");
            assertThat(compare(BEFORE, after, INPUT)).isEmpty();
        }

        @Test
        void items_as_a_list_match_prefix_items() {
            String modern = """
                    {"properties": {"pair": {"type": "array", "prefixItems": [{"type": "string"}], "items": false}},
                     "type": "object", "$defs": {"money": {"type": "number", "maximum": 100}},
                     "$comment": "the same as draft-07 form"}
                    """;
            String draft07Pair = """
                    {"properties": {"pair": {"type": "array", "items": [{"type": "string"}], "additionalItems": false}},
                     "type": "object"}
                    """;
            assertThat(compare(draft07Pair, modern, INPUT)).isEmpty();
            assertThat(compare(modern, draft07Pair, OUTPUT)).isEmpty();
        }
    }

    @Nested
    class Hostile {

        private String nested(int levels, String leaf) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < levels; i++) {
                text.append("{\"properties\": {\"p\": ");
            }
            text.append(leaf);
            text.append("}}".repeat(levels));
            return text.toString();
        }

        @Test
        void a_schema_nested_too_deeply_ends_with_one_uncertain_change() {
            List<Change> changes = assertTimeoutPreemptively(GUARD, () -> compare(
                    nested(200, "{\"type\": \"string\"}"), nested(200, "{\"type\": \"number\"}"), INPUT));
            assertThat(changes).singleElement().satisfies(change -> {
                assertThat(change.kind()).isEqualTo(UNCERTAIN);
                assertThat(change.pointer()).isEqualTo("/properties/p".repeat(SchemaCompatibility.MAX_DEPTH + 1));
                assertThat(change.change()).endsWith(" is nested too deeply to compare safely");
            });
        }

        @Test
        void a_deep_but_unchanged_schema_has_no_changes() {
            String deep = nested(200, "{\"type\": \"string\"}");
            assertThat(assertTimeoutPreemptively(GUARD, () -> compare(deep, deep, OUTPUT))).isEmpty();
        }

        @Test
        void a_change_within_the_depth_bound_is_judged() {
            assertThat(compare(nested(40, "{\"type\": \"string\"}"), nested(40, "{\"type\": \"number\"}"), OUTPUT))
                    .extracting(Change::kind).containsExactly(BREAKING);
        }

        @Test
        void interlocked_reference_cycles_end_at_the_depth_bound() {
            // Cycles of 997 and 1009 definitions would pair up 997 * 1009 ways; followed references count as depth.
            List<Change> changes = assertTimeoutPreemptively(GUARD,
                    () -> SchemaCompatibility.compare(ring(997, "string"), ring(1009, "number"), INPUT));
            assertThat(changes).extracting(Change::kind).contains(UNCERTAIN);
            assertThat(changes).extracting(Change::change)
                    .allSatisfy(text -> assertThat(text.length()).isLessThan(200));
        }

        @Test
        void past_the_work_bound_the_walk_ends_with_one_uncertain_change() {
            List<Change> changes = SchemaCompatibility.compare(ring(97, "string"), ring(101, "string"), INPUT, 500);
            assertThat(changes).containsExactly(new Change("", UNCERTAIN, "the schemas are too large to compare safely",
                    "declared them differently"));
            assertThat(SchemaCompatibility.compare(ring(97, "string"), ring(97, "string"), INPUT)).isEmpty();
        }

        private JsonNode ring(int size, String type) {
            StringBuilder text = new StringBuilder("{\"$ref\": \"#/$defs/d0\", \"$defs\": {");
            for (int i = 0; i < size; i++) {
                text.append(i == 0 ? "" : ",").append("\"d").append(i).append("\": {\"properties\": {")
                        .append("\"v\": {\"type\": \"").append(i == 0 ? type : "string").append("\"},")
                        .append("\"next\": {\"$ref\": \"#/$defs/d").append((i + 1) % size).append("\"}}}");
            }
            return json(text.append("}}").toString());
        }

        @Test
        void a_huge_schema_ends_quickly_and_its_changes_are_capped() {
            StringBuilder before = new StringBuilder("{\"properties\": {");
            StringBuilder after = new StringBuilder("{\"additionalProperties\": false, \"properties\": {");
            for (int i = 0; i < 20_000; i++) {
                String property = (i == 0 ? "" : ",") + "\"p" + i + "\": {\"type\": \"string\", \"enum\": [\"a\", \"b\"]}";
                before.append(property);
                after.append(property.replace("\"b\"", "\"c\""));
            }
            JsonNode old = json(before.append("}}").toString());
            JsonNode current = json(after.append("}}").toString());
            List<Change> changes = assertTimeoutPreemptively(GUARD,
                    () -> SchemaCompatibility.compare(old, current, OUTPUT));
            assertThat(changes).hasSize(SchemaCompatibility.MAX_CHANGES + 1);
            assertThat(changes.get(changes.size() - 1)).isEqualTo(new Change("", BREAKING,
                    "39001 more changes not listed", "declared them differently"));
        }

        @Test
        void something_that_is_not_a_schema_is_uncertain_not_a_crash() {
            assertThat(only("{\"properties\": {\"a\": 5}}", "{\"properties\": {\"a\": \"x\"}}", INPUT).kind())
                    .isEqualTo(UNCERTAIN);
            assertThat(only("[]", "{}", INPUT).kind()).isEqualTo(UNCERTAIN);
            assertThat(compare("{\"$ref\": \"#/nowhere\"}", "{\"$ref\": \"#/nowhere\"}", INPUT)).isEmpty();
        }
    }
}
