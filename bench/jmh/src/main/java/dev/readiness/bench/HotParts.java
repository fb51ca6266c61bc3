package dev.readiness.bench;

import dev.readiness.contract.ContractLoader;
import dev.readiness.contract.ContractSource;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.core.Gate;
import dev.readiness.engine.Engine;
import dev.readiness.engine.Report;
import dev.readiness.engine.RuleRegistry;
import dev.readiness.facts.Coverage;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.facts.TestReports;
import dev.readiness.facts.deps.Coordinates;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.readers.FileReaders;
import dev.readiness.readers.JacocoReports;
import dev.readiness.readers.SurefireReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The check's hot parts on the side-by-side benchmark's product ({@code -Dbench.product=bench/target/product}): its
 * ~20 MB JaCoCo XML report, its 5,000+ Surefire cases, and the engine evaluating every rule on prepared facts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HotParts {

    private Path product;
    private Path jacocoXml;
    private List<Path> surefire;
    private Engine engine;
    private LoadedContract contract;
    private DependencyGraph graph;
    private Facts prepared;

    @Setup(Level.Trial)
    public void setUp() {
        product = Path.of(System.getProperty("bench.product", "bench/target/product")).toAbsolutePath().normalize();
        jacocoXml = product.resolve("target/site/jacoco/jacoco.xml");
        if (!Files.isRegularFile(jacocoXml)) {
            throw new IllegalStateException("no " + jacocoXml + ": run bench/side-by-side.sh first");
        }
        surefire = List.of(product.resolve("target/surefire-reports"));
        engine = new Engine(RuleRegistry.load(HotParts.class.getClassLoader()));
        contract = new ContractLoader(HotParts.class.getClassLoader())
                .load(ContractSource.file(product.resolve("readiness.json")), Optional.empty());
        graph = graph();
        prepared = facts();
        // Read every piece of evidence once, as the first module of a build does.
        engine.evaluate(contract, prepared, Gate.DEFAULT, "bench", LocalDate.of(2026, 1, 15));
    }

    /** A resolved graph the size of the product's: 270 artifacts, 3 direct, up to 4 deep, 150 requests omitted. */
    private static DependencyGraph graph() {
        Coordinates project = Coordinates.of("bench.acme", "data-product", "1.0.0");
        List<DependencyGraph.Node> nodes = new ArrayList<>();
        List<Coordinates> direct = List.of(Coordinates.of("org.apache.spark", "spark-mllib_2.13", "3.5.3"),
                Coordinates.of("org.apache.hadoop", "hadoop-client", "3.3.6"),
                Coordinates.of("software.amazon.awssdk", "s3", "2.29.52"));
        for (Coordinates d : direct) {
            nodes.add(new DependencyGraph.Node(d, "compile", false, Optional.empty(), List.of(d), false));
        }
        for (int i = 0; nodes.size() < 270; i++) {
            Coordinates d = direct.get(i % 3);
            Coordinates mid = Coordinates.of("org.lib" + (i % 20), "mid" + (i % 20), "1." + (i % 20) + ".0");
            Coordinates leaf = Coordinates.of("org.lib" + (i % 37), "leaf" + i, "2." + (i % 9) + ".1");
            nodes.add(new DependencyGraph.Node(leaf, i % 10 == 0 ? "runtime" : "compile", i % 13 == 0, Optional.empty(),
                    List.of(d, mid, leaf), false));
        }
        List<DependencyGraph.Omitted> omitted = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Coordinates node = nodes.get(3 + (i * 7) % 267).coordinates();
            Coordinates loser = Coordinates.of(node.groupId(), node.artifactId(), i % 3 == 0 ? "9.0.0" : "0.1.0");
            omitted.add(new DependencyGraph.Omitted(loser, List.of(direct.get(i % 3), loser)));
        }
        return DependencyGraph.resolved(project, nodes).withOmitted(omitted);
    }

    private Facts facts() {
        return FileReaders.facts(ProjectInfo.standard("bench.acme", "data-product", "1.0.0", product))
                .testReportDirectories(surefire)
                .dependencies(graph)
                .build();
    }

    @Benchmark
    public Evidence<Coverage> coverageRead20MbJacocoXml() {
        return JacocoReports.read(jacocoXml);
    }

    @Benchmark
    public Evidence<TestReports> testReportsRead5000Cases() {
        return SurefireReports.read(surefire);
    }

    @Benchmark
    public Report engineEvaluatePreparedFacts() {
        return engine.evaluate(contract, prepared, Gate.DEFAULT, "bench", LocalDate.of(2026, 1, 15));
    }

    @Benchmark
    public Report engineEvaluateFreshFacts() {
        return engine.evaluate(contract, facts(), Gate.DEFAULT, "bench", LocalDate.of(2026, 1, 15));
    }

    /** What the check goal does: the slowest evidence read ahead on the engine's threads, then all rules. */
    @Benchmark
    public Report engineReadAheadAndEvaluateFreshFacts() {
        Facts facts = facts();
        engine.readAhead(facts);
        return engine.evaluate(contract, facts, Gate.DEFAULT, "bench", LocalDate.of(2026, 1, 15));
    }
}
