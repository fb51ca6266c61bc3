package dev.readiness.engine;

import dev.readiness.api.Rule;
import dev.readiness.api.RuleDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** The rules available to a build: the built-in ones and those of rule jars added to the plugin, by id. */
public final class RuleRegistry {

    private final Map<String, Rule> rules;

    public RuleRegistry(Collection<? extends Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule rule : rules) {
            Rule previous = byId.putIfAbsent(rule.descriptor().id(), rule);
            if (previous != null && previous.getClass() != rule.getClass()) {
                throw new IllegalStateException("two rules have the id '" + rule.descriptor().id() + "': "
                        + previous.getClass().getName() + " and " + rule.getClass().getName()
                        + "; a third-party rule must use its own id prefix");
            }
        }
        this.rules = Collections.unmodifiableMap(byId);
    }

    /** Every rule registered through {@code META-INF/services/dev.readiness.api.Rule} on the class path. */
    public static RuleRegistry load(ClassLoader classLoader) {
        List<Rule> found = new ArrayList<>();
        try {
            for (Rule rule : ServiceLoader.load(Rule.class, classLoader)) {
                found.add(rule);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("a rule jar on the plugin's class path is broken: " + e.getMessage(), e);
        }
        return new RuleRegistry(found);
    }

    public Collection<Rule> rules() {
        return rules.values();
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public List<String> ids() {
        return List.copyOf(rules.keySet());
    }

    public List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> descriptors = new ArrayList<>(rules.size());
        for (Rule rule : rules.values()) {
            descriptors.add(rule.descriptor());
        }
        return Collections.unmodifiableList(descriptors);
    }
}
