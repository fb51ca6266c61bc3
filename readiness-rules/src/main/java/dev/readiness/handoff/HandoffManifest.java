package dev.readiness.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.core.InvalidInputException;
import dev.readiness.engine.Report;
import dev.readiness.facts.Facts;
import dev.readiness.facts.JsonFile;
import dev.readiness.facts.MetricValues;
import dev.readiness.facts.Workspace;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.manifest.Manifest;
import dev.readiness.manifest.ManifestJson;
import dev.readiness.readers.GitCommit;
import dev.readiness.readers.LockFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a module's handoff manifest from what the check saw: the report, the merged contract and the module's facts.
 * The declared schemas, their valid samples and the metrics come through the facts (a schema parsed for the rules is
 * not parsed again), the lock file's digest and the Git commit through their readers, so that the manifest carries
 * their content and not only their names.
 */
public final class HandoffManifest {

    /** Valid samples recorded per schema; a schema with more is recorded with its first ones, in file order. */
    public static final int MAX_SAMPLES = 1000;

    private HandoffManifest() {
    }

    /**
     * @param buildTime when the build ran, recorded only when {@code project.build.outputTimestamp} is not set
     */
    public static Manifest of(Report report, LoadedContract loaded, Facts facts, Instant buildTime) {
        Contract contract = loaded.contract();
        Workspace workspace = facts.workspace();
        List<Manifest.RuleStatus> rules = new ArrayList<>();
        for (RuleResult result : report.results()) {
            rules.add(new Manifest.RuleStatus(result.rule(), result.status().name(), result.severity().key(),
                    result.message()));
        }
        return new Manifest(Manifest.FORMAT_VERSION,
                new Manifest.Project(report.project().groupId(), report.project().artifactId(), report.project().version()),
                Optional.of(built(facts, buildTime)),
                GitCommit.of(facts.project().baseDir()),
                report.verdict().name(),
                new Manifest.Gate(report.gate().key(), report.gateReason()),
                rules,
                new Manifest.MergedContract(ManifestJson.sha256(loaded.tree()), loaded.tree().deepCopy()),
                contract.owners(), contract.operations().resources(), contract.operations().failureModes(),
                schemas(loaded, facts), metrics(contract, facts), lock(facts, workspace));
    }

    /**
     * The output timestamp as an instant when it is one (ISO-8601, or seconds since the epoch as Maven also accepts),
     * as written when it is not; the build time when it is not set.
     */
    static String built(Facts facts, Instant buildTime) {
        Evidence<PomSettings> settings = facts.pomSettings();
        Optional<PomSettings.Setting> timestamp = settings.isPresent() ? settings.value().outputTimestamp() : Optional.empty();
        String written = timestamp.isPresent() ? timestamp.get().value() : null;
        String value = written == null ? "" : written.trim();
        if (value.isEmpty()) {
            return buildTime.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        }
        try {
            if (digitsOnly(value) && value.length() < 19) {
                return Instant.ofEpochSecond(Long.parseLong(value)).toString();
            }
            return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException | NumberFormatException e) {
            return value;
        }
    }

    private static boolean digitsOnly(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Manifest.Schema> schemas(LoadedContract loaded, Facts facts) {
        Workspace workspace = facts.workspace();
        List<Manifest.Schema> schemas = new ArrayList<>();
        List<Contract.SchemaDeclaration> declarations = loaded.contract().schemas();
        for (int i = 0; i < declarations.size(); i++) {
            Contract.SchemaDeclaration declaration = declarations.get(i);
            Optional<JsonNode> content = read(facts, declaration.schema(), loaded,
                    LoadedContract.pointer("schemas", Integer.toString(i), "schema"));
            List<Manifest.Sample> samples = new ArrayList<>();
            for (Path sample : validSamples(workspace, declaration)) {
                if (samples.size() == MAX_SAMPLES) {
                    break;
                }
                Evidence<JsonFile> json = facts.sample(sample);
                if (json.isPresent()) {
                    samples.add(new Manifest.Sample(workspace.relative(sample), json.value().tree()));
                }
            }
            schemas.add(new Manifest.Schema(declaration.name(), declaration.role(), declaration.schema(), content, samples));
        }
        return schemas;
    }

    /** The schema document; empty when the path is refused or the file is not JSON, which schemas.declared reports. */
    private static Optional<JsonNode> read(Facts facts, String relative, LoadedContract loaded, String pointer) {
        if (relative.isBlank()) {
            return Optional.empty();
        }
        Workspace workspace = facts.workspace();
        try {
            Path file = workspace.resolve(relative, "schema", loaded.locate(pointer));
            if (!workspace.isFile(file)) {
                return Optional.empty();
            }
            Evidence<JsonFile> json = facts.json(file);
            return json.isPresent() ? Optional.of(json.value().tree()) : Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static Set<Path> validSamples(Workspace workspace, Contract.SchemaDeclaration declaration) {
        Set<Path> files = new LinkedHashSet<>();
        for (String glob : declaration.samples().valid()) {
            try {
                workspace.checkPattern(glob, "samples.valid", null);
            } catch (InvalidInputException e) {
                continue;
            }
            Evidence<List<Path>> matches = workspace.glob(glob);
            if (matches.isPresent()) {
                files.addAll(matches.value());
            }
        }
        return files;
    }

    private static Optional<java.util.SortedMap<String, Double>> metrics(Contract contract, Facts facts) {
        if (contract.metrics().files().isEmpty()) {
            return Optional.empty();
        }
        Evidence<MetricValues> values = facts.metrics(contract.metrics().files());
        return values.isPresent() ? Optional.of(values.value().values()) : Optional.empty();
    }

    private static Optional<Manifest.Lock> lock(Facts facts, Workspace workspace) {
        LockFile file = LockFile.in(facts.project().baseDir());
        Optional<String> digest = file.sha256();
        return digest.isPresent() ? Optional.of(new Manifest.Lock(workspace.relative(file.file()), digest.get()))
                : Optional.empty();
    }
}
