package dev.readiness.maven;

import dev.readiness.contract.ContractLoader;
import dev.readiness.engine.Engine;
import dev.readiness.engine.Report;
import dev.readiness.engine.RuleRegistry;
import dev.readiness.maven.adapter.SharedDependencyFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Inject;
import javax.inject.Named;
import org.apache.maven.SessionScoped;
import org.eclipse.aether.RepositorySystem;

/**
 * What one Maven build shares between its modules and threads: the rule registry, the contract loader with its
 * cache of parsed contracts, the dependency graphs and checksums, and each module's report for the reactor summary.
 * Owned by the Maven session, so a new build (or a new mvnd request) starts afresh.
 */
@Named
@SessionScoped
public class ReadinessBuild {

    private final RuleRegistry registry;
    private final Engine engine;
    private final ContractLoader contracts;
    private final SharedDependencyFacts dependencies;
    private final Map<String, Report> reports = new ConcurrentHashMap<>();
    private final Map<String, Boolean> summaryPrinted = new ConcurrentHashMap<>();

    @Inject
    public ReadinessBuild(RepositorySystem repositorySystem) {
        ClassLoader pluginRealm = ReadinessBuild.class.getClassLoader();
        this.registry = RuleRegistry.load(pluginRealm);
        this.engine = new Engine(registry);
        this.contracts = new ContractLoader(pluginRealm);
        this.dependencies = new SharedDependencyFacts(repositorySystem);
    }

    public RuleRegistry registry() {
        return registry;
    }

    public Engine engine() {
        return engine;
    }

    public ContractLoader contracts() {
        return contracts;
    }

    /** The verbose dependency graphs and artifact checksums gathered so far in this build. */
    public SharedDependencyFacts dependencies() {
        return dependencies;
    }

    /** Records a module's report; returns every report recorded so far. */
    public List<Report> record(String moduleId, Report report) {
        reports.put(moduleId, report);
        return new ArrayList<>(reports.values());
    }

    public Map<String, Report> reports() {
        return Map.copyOf(reports);
    }

    /** True exactly once per build: the caller prints the reactor summary. */
    public boolean claimSummary() {
        return summaryPrinted.putIfAbsent("summary", Boolean.TRUE) == null;
    }
}
