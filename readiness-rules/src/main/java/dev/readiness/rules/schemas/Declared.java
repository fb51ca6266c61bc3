package dev.readiness.rules.schemas;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract.SchemaDeclaration;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Severity;
import dev.readiness.core.Suggestions;
import dev.readiness.facts.DeclaredSchema;
import java.util.ArrayList;
import java.util.List;

/** {@code schemas.declared}: the product's input and output are described by valid JSON Schemas. */
public final class Declared implements Rule {

    static final List<String> ROLES = List.of("input", "output");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("schemas.declared")
            .severity(Severity.ERROR)
            .summary("At least one input and one output schema are declared, and each is a valid JSON Schema")
            .because("Input and output schemas: the interface between the model and the systems around it must be "
                    + "written down and machine-checkable, not implied by a notebook's data frames.")
            .help("Declare \"schemas\": [{\"name\": \"score-request\", \"role\": \"input\", \"schema\": "
                    + "\"src/main/resources/schemas/score-request.schema.json\"}, ...] with one input and one output "
                    + "schema; draft 2020-12 unless the file's \"$schema\" names draft-07, 2019-09, draft-06 or draft-04.")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        LoadedContract contract = context.contract();
        List<SchemaDeclaration> schemas = contract.contract().schemas();
        List<Finding> findings = new ArrayList<>();
        for (String role : ROLES) {
            if (!declares(schemas, role)) {
                findings.add(Finding.of("the contract declares no " + role + " schema")
                        .at(contract.locate(schemas.isEmpty() ? "" : "/schemas")).subject(role)
                        .hint("add {\"name\": \"...\", \"role\": \"" + role + "\", \"schema\": \"src/main/resources/schemas/"
                                + "<name>.schema.json\"} to \"schemas\""));
            }
        }
        for (int i = 0; i < schemas.size(); i++) {
            String role = schemas.get(i).role();
            if (!ROLES.contains(role)) {
                String problem = role.isEmpty() ? "schemas[" + i + "] declares no role"
                        : "schemas[" + i + "] has the role \"" + role + "\", which is not one of " + String.join(", ", ROLES);
                findings.add(Finding.of(problem + Suggestions.didYouMean(role, ROLES))
                        .at(contract.locate(LoadedContract.pointer("schemas", Integer.toString(i), "role")))
                        .subject(schemas.get(i).name().isBlank() ? "schemas[" + i + "]" : schemas.get(i).name())
                        .hint("set \"role\" to \"input\" or \"output\""));
            }
        }
        List<DeclaredSchema> loaded = context.require(context.facts().schemas(contract));
        int valid = 0;
        for (DeclaredSchema schema : loaded) {
            for (DeclaredSchema.Problem p : schema.problems()) {
                findings.add(Finding.of(p.message()).at(p.location()).hint(p.hint()).subject(schema.displayName()));
            }
            valid += schema.problems().isEmpty() ? 1 : 0;
        }
        return Outcome.of(findings, valid + " schemas declared, each a valid JSON Schema");
    }

    private static boolean declares(List<SchemaDeclaration> schemas, String role) {
        for (SchemaDeclaration schema : schemas) {
            if (schema.role().equals(role)) {
                return true;
            }
        }
        return false;
    }
}
