package dev.readiness.maven;

import dev.readiness.contract.ContractLoader;
import dev.readiness.contract.ContractSource;
import dev.readiness.contract.LoadedContract;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.engine.Engine;
import dev.readiness.engine.Report;
import dev.readiness.engine.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Inject;
import javax.inject.Named;
import org.apache.maven.SessionScoped;

/**
 * What one Maven build shares between its modules and threads: the rule registry, the contract loader with its
 * cache of parsed contracts, and each module's report for the reactor summary. Owned by the Maven session, so a new
 * build (or a new mvnd request) starts afresh.
 */
@Named
@SessionScoped
public class ReadinessBuild {

    private final RuleRegistry registry;
    private final Engine engine;
    private final ContractLoader contracts;
    private final Map<String, Report> reports = new ConcurrentHashMap<>();
    private final Map<String, Boolean> summaryPrinted = new ConcurrentHashMap<>();

    @Inject
    public ReadinessBuild() {
        ClassLoader pluginRealm = ReadinessBuild.class.getClassLoader();
        this.registry = RuleRegistry.load(pluginRealm);
        this.engine = new Engine(registry);
        this.contracts = new ContractLoader(pluginRealm);
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

    /**
     * The module's contract with its chain: the configured one, or the nearest {@code readiness.json}, extended by
     * the organisation policy when one is set.
     */
    public LoadedContract contract(String configured, String policy, ProjectInfo project) {
        ContractSource source = ContractLookup.find(configured, project.baseDir(), project.reactorRoot());
        return contracts.load(source, ContractLookup.policy(policy, project.baseDir()));
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
