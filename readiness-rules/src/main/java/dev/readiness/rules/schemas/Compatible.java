package dev.readiness.rules.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.facts.DeclaredSchema;
import dev.readiness.facts.Facts;
import dev.readiness.facts.JsonFile;
import dev.readiness.manifest.Manifest;
import dev.readiness.manifest.PreviousRelease;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code schemas.compatible}: each declared schema keeps the promises of the previous release's schema of the same name,
 * as that release's handoff manifest recorded it. A new major version may break them; the rule then lists what breaks.
 */
public final class Compatible implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("schemas.compatible")
            .severity(Severity.ERROR)
            .sinceContract(2)
            .summary("Each schema keeps the promises of the previous release: an input accepts what it accepted, an "
                    + "output produces only what it produced")
            .because("Input and output schemas: the service engineering runs was built against the previous release's "
                    + "schemas; a change that breaks its clients or consumers must be announced by a new major version.")
            .help("The previous release is the newest non-SNAPSHOT version below this one in the project's "
                    + "repositories (offline: the local repository); its handoff manifest (classifier readiness, type "
                    + "json, attached by readiness:check) holds its schemas and valid samples. Make the change compatible "
                    + "(a new property optional, an enum value kept, a bound as loose as before), or release a new major "
                    + "version, whose breaking changes the rule lists.")
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
        PreviousRelease previous = context.require(context.facts().previousRelease());
        if (previous instanceof PreviousRelease.None none) {
            return Outcome.notApplicable(none.reason());
        }
        PreviousRelease.Released release = (PreviousRelease.Released) previous;
        String version = context.facts().project().version();
        boolean newMajor = major(version) > major(release.version()) && major(release.version()) >= 0;
        List<Finding> findings = new ArrayList<>();
        List<String> added = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        int compared = 0;
        for (DeclaredSchema loaded : context.require(context.facts().schemas(contract))) {
            String name = loaded.displayName();
            current.add(name);
            Optional<Manifest.Schema> before = release.manifest().schema(name);
            if (before.isEmpty()) {
                added.add(name);
                continue;
            }
            compared++;
            compare(context.facts(), contract, loaded, before.get(), release.version()).forEach(f -> findings.add(f.subject(name)));
        }
        for (Manifest.Schema schema : release.manifest().schemas()) {
            if (!current.contains(schema.displayName())) {
                findings.add(Finding.of("schema '" + schema.displayName() + "' of " + release.version()
                                + " is no longer declared; its clients or consumers lose it")
                        .at(contract.locate("/schemas"))
                        .hint("declare it again if it was renamed or is still served, or release a new major version")
                        .asAdvisory().subject(schema.displayName()));
            }
        }
        StringBuilder summary = new StringBuilder(compared + (compared == 1 ? " schema" : " schemas")
                + " compatible with " + release.version());
        if (!added.isEmpty()) {
            summary.append("; new in this version: ").append(String.join(", ", added));
        }
        if (newMajor) {
            if (findings.isEmpty()) {
                return Outcome.holds(summary.toString());
            }
            return Outcome.holds(version + " is a new major version over " + release.version()
                    + ", which may break; it announces: " + String.join("; ", findings.stream().map(Finding::message).toList())
                    + (added.isEmpty() ? "" : "; new in this version: " + String.join(", ", added)));
        }
        return Outcome.of(findings, summary.toString());
    }

    /** The findings of one schema against its previous release: its changes, then the old samples it now rejects. */
    private static List<Finding> compare(Facts facts, LoadedContract contract, DeclaredSchema loaded,
            Manifest.Schema before, String previousVersion) {
        String name = loaded.displayName();
        Location declared = contract.locate(LoadedContract.pointer("schemas", Integer.toString(loaded.index()), "schema"));
        if (loaded.schema().isEmpty()) {
            return List.of(Finding.of("cannot compare schema '" + name + "' with " + previousVersion + ": "
                            + loaded.problems().get(0).message())
                    .at(loaded.problems().get(0).location().orElse(declared))
                    .hint("make the schema valid first (schemas.declared lists every problem)"));
        }
        if (before.content().isEmpty()) {
            return List.of(Finding.of("cannot compare schema '" + name + "': the manifest of " + previousVersion
                    + " recorded it without content (it could not be read when that release was built)").at(declared)
                    .hint("check that release's schema by hand; the next release compares with this one").asAdvisory());
        }
        SchemaCompatibility.Role role;
        switch (loaded.declaration().role().toLowerCase(Locale.ROOT)) {
            case "input" -> role = SchemaCompatibility.Role.INPUT;
            case "output" -> role = SchemaCompatibility.Role.OUTPUT;
            default -> {
                return List.of(Finding.of("cannot compare schema '" + name + "' with " + previousVersion + ": its role \""
                                + loaded.declaration().role() + "\" is neither input nor output")
                        .at(contract.locate(LoadedContract.pointer("schemas", Integer.toString(loaded.index()), "role")))
                        .hint("declare \"role\": \"input\" for what the product reads, \"output\" for what it writes"));
            }
        }
        Evidence<JsonFile> document = facts.json(loaded.file().orElseThrow());
        if (!document.isPresent()) {
            Evidence.Missing<JsonFile> missing = (Evidence.Missing<JsonFile>) document;
            return List.of(new Finding(missing.reason(), missing.location(), missing.hint(), false));
        }
        JsonFile file = document.value();
        List<Finding> findings = new ArrayList<>();
        for (SchemaCompatibility.Change change : SchemaCompatibility.compare(before.content().get(), file.tree(), role)) {
            if (change.kind() == SchemaCompatibility.Kind.COMPATIBLE) {
                continue;
            }
            Finding finding = Finding.of(name + ": " + change.pointer() + ": " + change.change() + "; " + previousVersion
                            + " " + change.before())
                    .at(file.locate(change.pointer()))
                    .hint(change.kind() == SchemaCompatibility.Kind.BREAKING ? fix(change, previousVersion)
                            : "check by hand that the change keeps what " + previousVersion + " promised; the comparison "
                                    + "cannot judge this construct safely");
            findings.add(change.kind() == SchemaCompatibility.Kind.UNCERTAIN ? finding.asAdvisory() : finding);
        }
        if (role == SchemaCompatibility.Role.INPUT) {
            for (Manifest.Sample sample : before.validSamples()) {
                List<Error> errors = loaded.schema().get().validate(sample.content());
                if (!errors.isEmpty()) {
                    Error first = errors.get(0);
                    String at = first.getInstanceLocation().toString();
                    findings.add(Finding.of(name + ": the valid sample " + sample.file() + " of " + previousVersion
                                    + " no longer validates: at " + (at.isEmpty() ? "/" : at) + ": " + first.getMessage()
                                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : ""))
                            .at(Location.of(loaded.file().orElseThrow()))
                            .hint("clients that sent this request to " + previousVersion + " would be refused: accept it "
                                    + "again, or release a new major version"));
                }
            }
        }
        return findings;
    }

    private static String fix(SchemaCompatibility.Change change, String previousVersion) {
        String compatible = change.pointer().endsWith("/required") ? "make it optional"
                : "keep what " + previousVersion + " promised";
        return compatible + ", or release a new major version";
    }

    /** The major version: the leading number; -1 when the version does not start with one. */
    static int major(String version) {
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 9) {
            return -1;
        }
        return Integer.parseInt(version.substring(0, end));
    }
}
