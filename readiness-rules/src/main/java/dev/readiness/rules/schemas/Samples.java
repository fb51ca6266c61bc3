package dev.readiness.rules.schemas;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.facts.DeclaredSchema;
import dev.readiness.facts.Facts;
import dev.readiness.facts.JsonFile;
import dev.readiness.facts.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code schemas.samples}: golden samples show that each schema accepts what it should and rejects what it should not. */
public final class Samples implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("schemas.samples")
            .severity(Severity.ERROR)
            .summary("Each schema has at least one valid sample; valid samples validate and invalid samples are rejected")
            .because("Input and output schemas: a schema nobody tested against real payloads drifts from them; "
                    + "golden samples keep the schema and the data it describes in step.")
            .help("Add \"samples\": {\"valid\": [\"src/test/resources/samples/request-*.json\"], \"invalid\": "
                    + "[\"src/test/resources/samples/bad-request-*.json\"]} to each schema, with paths relative to the "
                    + "module; fix the schema or the sample named in each finding.")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        LoadedContract contract = context.contract();
        if (contract.contract().schemas().isEmpty()) {
            return Outcome.notApplicable("the contract declares no schemas (schemas.declared requires them)");
        }
        Workspace workspace = context.facts().workspace();
        List<String> moduleFiles = context.require(workspace.moduleFiles());
        List<Finding> findings = new ArrayList<>();
        int checked = 0;
        for (DeclaredSchema loaded : context.require(context.facts().schemas(contract))) {
            List<Finding> found = new ArrayList<>();
            checked += check(context.facts(), contract, loaded, found);
            // Every finding about a schema's samples is about the schema, which a waiver's subjects name.
            for (Finding finding : found) {
                findings.add(finding.subject(loaded.displayName()));
            }
        }
        return Outcome.of(findings, checked + " samples behave as their schemas say");
    }

    /** Checks one schema's samples; returns how many samples it checked. */
    private static int check(Facts facts, LoadedContract contract, DeclaredSchema loaded, List<Finding> findings) {
        Workspace workspace = facts.workspace();
        int checked = 0;
        String at = Integer.toString(loaded.index());
        if (loaded.schema().isEmpty()) {
            findings.add(Finding.of("cannot check the samples of schema '" + loaded.displayName() + "': "
                            + loaded.problems().get(0).message())
                    .at(loaded.problems().get(0).location().orElse(contract.locate(LoadedContract.pointer("schemas", at))))
                    .hint("make the schema valid first (schemas.declared lists every problem)"));
            return 0;
        }
        Schema schema = loaded.schema().get();
        Set<Path> valid = samples(workspace, contract, loaded, "valid", loaded.declaration().samples().valid(), findings);
        Set<Path> invalid = samples(workspace, contract, loaded, "invalid", loaded.declaration().samples().invalid(), findings);
        if (valid.isEmpty()) {
            findings.add(Finding.of("schema '" + loaded.displayName() + "' has no valid sample")
                    .at(contract.locate(LoadedContract.pointer("schemas", at, "samples")))
                    .hint("save a real " + (loaded.declaration().role().isEmpty() ? "" : loaded.declaration().role() + " ")
                            + "payload as a JSON file, e.g. under src/test/resources/samples/, and list it in "
                            + "\"samples\": {\"valid\": [...]}"));
        }
        for (Path sample : valid) {
            checked++;
            checkValid(facts, loaded, schema, sample, findings);
        }
        for (Path sample : invalid) {
            checked++;
            checkInvalid(facts, loaded, schema, sample, findings);
        }
        return checked;
    }

    /** The files a list of globs matches; a glob that matches nothing is a finding, usually a typo. */
    private static Set<Path> samples(Workspace workspace, LoadedContract contract, DeclaredSchema loaded, String kind,
            List<String> globs, List<Finding> findings) {
        Set<Path> files = new LinkedHashSet<>();
        for (int i = 0; i < globs.size(); i++) {
            Location declaredAt = contract.locate(LoadedContract.pointer("schemas", Integer.toString(loaded.index()),
                    "samples", kind, Integer.toString(i)));
            try {
                workspace.checkPattern(globs.get(i), "samples." + kind, declaredAt);
            } catch (InvalidInputException e) {
                findings.add(new Finding(e.problem(), e.location(), e.fix(), false));
                continue;
            }
            List<Path> matches = workspace.glob(globs.get(i)).value();
            if (matches.isEmpty()) {
                findings.add(Finding.of("schema '" + loaded.displayName() + "': samples." + kind + " pattern \""
                                + globs.get(i) + "\" matches no file in the module")
                        .at(contract.locate(LoadedContract.pointer("schemas", Integer.toString(loaded.index()), "samples",
                                kind, Integer.toString(i))))
                        .hint("correct the pattern; it is relative to the module directory, with ** for any directories"));
            }
            files.addAll(matches);
        }
        return files;
    }

    private static void checkValid(Facts facts, DeclaredSchema loaded, Schema schema, Path sample,
            List<Finding> findings) {
        Workspace workspace = facts.workspace();
        Evidence<JsonFile> json = facts.sample(sample);
        if (json instanceof Evidence.Missing<JsonFile> missing) {
            findings.add(notJson(loaded, "valid", missing));
            return;
        }
        List<Error> errors = schema.validate(json.value().tree());
        String relative = workspace.relative(sample);
        for (int i = 0; i < errors.size(); i++) {
            if (i == DeclaredSchema.MAX_ERRORS) {
                findings.add(Finding.of("valid sample " + relative + " has " + (errors.size() - i)
                        + " more errors against schema '" + loaded.displayName() + "'").at(Location.of(sample)));
                break;
            }
            Error error = errors.get(i);
            String pointer = error.getInstanceLocation().toString();
            findings.add(Finding.of("valid sample " + relative + " does not match schema '" + loaded.displayName()
                            + "': at " + (pointer.isEmpty() ? "/" : pointer) + ": " + error.getMessage())
                    .at(json.value().locate(pointer))
                    .hint("if the sample shows what the product really exchanges, update the schema "
                            + workspace.relative(loaded.file().orElseThrow()) + "; otherwise correct the sample"));
        }
    }

    private static void checkInvalid(Facts facts, DeclaredSchema loaded, Schema schema, Path sample,
            List<Finding> findings) {
        Workspace workspace = facts.workspace();
        Evidence<JsonFile> json = facts.sample(sample);
        if (json instanceof Evidence.Missing<JsonFile> missing) {
            findings.add(notJson(loaded, "invalid", missing));
            return;
        }
        if (schema.validate(json.value().tree()).isEmpty()) {
            findings.add(Finding.of("invalid sample " + workspace.relative(sample) + " is accepted by schema '"
                            + loaded.displayName() + "'")
                    .at(Location.of(sample, 1))
                    .hint("tighten " + workspace.relative(loaded.file().orElseThrow())
                            + " so that it rejects this payload, or move the sample to \"valid\""));
        }
    }

    /** An invalid sample must still be JSON: it shows what the schema rejects, not what the parser does. */
    private static Finding notJson(DeclaredSchema loaded, String kind, Evidence.Missing<JsonFile> missing) {
        return new Finding(kind + " sample of schema '" + loaded.displayName() + "': " + missing.reason(),
                missing.location(), missing.hint(), false);
    }
}
