package dev.readiness.engine;

import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.readiness.facts.DeclaredSchema;
import dev.readiness.contract.LoadedContract;
import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.RuleResult;
import dev.readiness.core.Evidence;
import dev.readiness.core.Gate;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.facts.Facts;
import dev.readiness.testing.FixedRule;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

    @TempDir
    Path dir;

    @Test
    void a_rule_turned_off_is_skipped_without_running() {
        FixedRule crashing = FixedRule.of("test.off", Severity.ERROR, context -> {
            throw new AssertionError("an off rule must not run");
        });

        Report report = project("{ \"contract\": 1, \"rules\": { \"test.off\": \"off\" } }").check(crashing);

        RuleResult off = result(report, "test.off");
        assertThat(off.status()).isEqualTo(Status.SKIPPED);
        assertThat(off.severity()).isEqualTo(Severity.OFF);
        assertThat(off.message()).isEqualTo("turned off in the contract");
    }

    @Test
    void a_rule_that_holds_passes() {
        Report report = project("{ \"contract\": 1 }").check(FixedRule.holding("test.holds"));

        RuleResult holds = result(report, "test.holds");
        assertThat(holds.status()).isEqualTo(Status.PASS);
        assertThat(holds.message()).isEqualTo("all good");
        assertThat(holds.findings()).isEmpty();
        assertThat(holds.holds()).isTrue();
    }

    @Test
    void a_violation_at_error_fails() {
        Report report = project("{ \"contract\": 1 }").check(FixedRule.violated("test.rule", Severity.ERROR));

        RuleResult rule = result(report, "test.rule");
        assertThat(rule.status()).isEqualTo(Status.FAIL);
        assertThat(rule.severity()).isEqualTo(Severity.ERROR);
        assertThat(rule.message()).isEqualTo("something is wrong");
        assertThat(rule.findings()).extracting(Finding::hint).containsExactly("fix it");
    }

    @Test
    void a_violation_at_warn_warns() {
        Report report = project("{ \"contract\": 1, \"rules\": { \"test.rule\": \"warn\" } }")
                .check(FixedRule.violated("test.rule", Severity.ERROR));

        assertThat(result(report, "test.rule").status()).isEqualTo(Status.WARN);
        assertThat(report.verdict()).isEqualTo(Status.PASS);
    }

    @Test
    void the_release_gate_turns_a_warning_into_a_failure() {
        Report report = project("{ \"contract\": 1 }").gate(Gate.RELEASE)
                .check(FixedRule.violated("test.rule", Severity.WARN));

        assertThat(result(report, "test.rule").status()).isEqualTo(Status.FAIL);
        assertThat(report.gate()).isEqualTo(Gate.RELEASE);
        assertThat(report.verdict()).isEqualTo(Status.FAIL);
    }

    @Test
    void a_release_only_rule_is_skipped_outside_the_release_gate() {
        Report report = project("{ \"contract\": 1 }").check(FixedRule.releaseOnly("test.release-only"));

        RuleResult rule = result(report, "test.release-only");
        assertThat(rule.status()).isEqualTo(Status.SKIPPED);
        assertThat(rule.message()).startsWith("runs in the release gate only").contains("\"always\": true");
    }

    @Test
    void a_release_only_rule_runs_in_the_release_gate() {
        Report report = project("{ \"contract\": 1 }").gate(Gate.RELEASE).check(FixedRule.releaseOnly("test.release-only"));

        assertThat(result(report, "test.release-only").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void a_release_only_rule_configured_always_runs_in_every_build() {
        Report report = project("{ \"contract\": 1, \"rules\": { \"test.release-only\": { \"always\": true } } }")
                .check(FixedRule.releaseOnly("test.release-only"));

        assertThat(result(report, "test.release-only").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void a_valid_waiver_turns_a_failure_into_waived() {
        Report report = project("""
                { "contract": 1, "waivers": [ { "rule": "test.rule", "reason": "legacy importer, ML-231",
                                                "owner": "ml-platform@acme.example", "expires": "2026-07-01" } ] }
                """).check(FixedRule.violated("test.rule", Severity.ERROR));

        RuleResult rule = result(report, "test.rule");
        assertThat(rule.status()).isEqualTo(Status.WAIVED);
        assertThat(rule.waiver()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo("legacy importer, ML-231"));
        assertThat(rule.findings()).isNotEmpty();
        assertThat(report.verdict()).isEqualTo(Status.PASS);
    }

    @Test
    void a_valid_waiver_turns_a_warning_into_waived() {
        Report report = project("""
                { "contract": 1, "waivers": [ { "rule": "test.rule", "reason": "r", "owner": "o", "expires": "2026-07-01" } ] }
                """).check(FixedRule.violated("test.rule", Severity.WARN));

        assertThat(result(report, "test.rule").status()).isEqualTo(Status.WAIVED);
    }

    @Test
    void a_waiver_applies_through_its_expiry_day() {
        Report report = project("""
                { "contract": 1, "waivers": [ { "rule": "test.rule", "reason": "r", "owner": "o", "expires": "2026-06-01" } ] }
                """).today(RuleHarness.TODAY).check(FixedRule.violated("test.rule", Severity.ERROR));

        assertThat(result(report, "test.rule").status()).isEqualTo(Status.WAIVED);
    }

    @Test
    void an_expired_waiver_does_not_apply() {
        Report report = project("""
                { "contract": 1, "waivers": [ { "rule": "test.rule", "reason": "r", "owner": "o", "expires": "2026-05-31" } ] }
                """).today(RuleHarness.TODAY).check(FixedRule.violated("test.rule", Severity.ERROR));

        RuleResult rule = result(report, "test.rule");
        assertThat(rule.status()).isEqualTo(Status.FAIL);
        assertThat(rule.waiver()).isEmpty();
    }

    @Test
    void an_incomplete_waiver_does_not_apply() {
        Report report = project("""
                { "contract": 1, "waivers": [
                    { "rule": "test.rule", "reason": "r", "expires": "2026-07-01" },
                    { "rule": "test.rule", "owner": "o", "expires": "2026-07-01" },
                    { "rule": "test.rule", "reason": "r", "owner": "o", "expires": "next month" } ] }
                """).check(FixedRule.violated("test.rule", Severity.ERROR));

        assertThat(result(report, "test.rule").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void a_waiver_for_another_rule_does_not_apply() {
        Report report = project("""
                { "contract": 1, "waivers": [ { "rule": "test.other", "reason": "r", "owner": "o", "expires": "2026-07-01" } ] }
                """).check(FixedRule.violated("test.rule", Severity.ERROR), FixedRule.holding("test.other"));

        assertThat(result(report, "test.rule").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "test.other").status()).isEqualTo(Status.PASS);
        assertThat(result(report, "test.other").waiver()).isEmpty();
    }

    @Test
    void a_rule_that_throws_fails_with_the_rule_crashed() {
        FixedRule crashing = FixedRule.of("test.crashing", Severity.WARN, context -> {
            throw new IllegalStateException("boom");
        });

        Report report = project("{ \"contract\": 1 }").check(crashing, FixedRule.holding("test.holds"));

        RuleResult crashed = result(report, "test.crashing");
        assertThat(crashed.status()).isEqualTo(Status.FAIL);
        assertThat(crashed.message()).contains("the rule crashed").contains("boom");
        assertThat(crashed.findings()).singleElement().satisfies(f -> assertThat(f.hint()).contains("bug", "test.crashing"));
        assertThat(result(report, "test.holds").status()).isEqualTo(Status.PASS);
    }

    @Test
    void a_rule_that_overflows_the_stack_fails_instead_of_killing_the_build() {
        FixedRule crashing = FixedRule.of("test.deep", Severity.ERROR, context -> {
            throw new StackOverflowError();
        });

        Report report = project("{ \"contract\": 1 }").check(crashing);

        assertThat(result(report, "test.deep").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "test.deep").message()).contains("the rule crashed");
    }

    @Test
    void bad_input_found_by_a_rule_fails_it_with_the_location_and_fix() {
        Location where = Location.of(dir.resolve("target/metrics.json"), 7);
        FixedRule rule = FixedRule.of("test.input", Severity.ERROR, context -> {
            throw new InvalidInputException(where, "metrics.json is not an object", "write an object of numbers");
        });

        RuleResult result = result(project("{ \"contract\": 1 }").check(rule), "test.input");

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("cannot read its evidence: metrics.json is not an object");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).contains(where);
            assertThat(f.hint()).isEqualTo("write an object of numbers");
        });
    }

    @Test
    void unreadable_evidence_fails_even_at_warn_severity() {
        FixedRule rule = FixedRule.of("test.evidence", Severity.WARN, context -> Outcome.unreadable(
                Evidence.missing("target/site/jacoco/jacoco.xml does not exist", "run jacoco:report")));

        RuleResult result = result(project("{ \"contract\": 1 }").check(rule), "test.evidence");

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.severity()).isEqualTo(Severity.WARN);
        assertThat(result.message()).isEqualTo("cannot read its evidence: target/site/jacoco/jacoco.xml does not exist");
    }

    @Test
    void a_rule_that_requires_missing_evidence_stops_there_and_fails_with_its_reason_location_and_fix() {
        Location where = Location.of(dir.resolve("target/site/jacoco/jacoco.xml"), 3);
        List<String> reached = new ArrayList<>();
        FixedRule rule = FixedRule.of("test.require", Severity.WARN, context -> {
            context.require(Evidence.of("present"));
            reached.add("after present evidence");
            context.require(Evidence.missing("the JaCoCo report cannot be read at line 3", "run mvn verify again", where));
            reached.add("after missing evidence");
            return Outcome.holds("must not get here");
        });

        RuleResult result = result(project("{ \"contract\": 1 }").check(rule), "test.require");

        assertThat(reached).containsExactly("after present evidence");
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("cannot read its evidence: the JaCoCo report cannot be read at line 3");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.location()).contains(where);
            assertThat(f.hint()).isEqualTo("run mvn verify again");
        });
    }

    @Test
    void missing_pom_metadata_fails_a_warn_rule() {
        Report report = project("{ \"contract\": 1 }").withoutPomMetadata().check();

        RuleResult metadata = result(report, "structure.metadata");
        assertThat(metadata.severity()).isEqualTo(Severity.WARN);
        assertThat(metadata.status()).isEqualTo(Status.FAIL);
        assertThat(metadata.message()).contains("POM metadata was not collected");
    }

    @Test
    void a_rule_that_does_not_apply_is_skipped_with_its_reason() {
        FixedRule rule = FixedRule.of("test.na", Severity.ERROR, context -> Outcome.notApplicable("nothing declared"));

        RuleResult result = result(project("{ \"contract\": 1 }").check(rule), "test.na");

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.message()).isEqualTo("nothing declared");
    }

    @Test
    void advisory_findings_warn_at_error_severity_and_fail_in_the_release_gate() {
        FixedRule rule = FixedRule.of("test.advisory", Severity.ERROR,
                context -> Outcome.violated(Finding.of("tidy this up").asAdvisory()));

        assertThat(result(project("{ \"contract\": 1 }").check(rule), "test.advisory").status()).isEqualTo(Status.WARN);
        assertThat(result(project("{ \"contract\": 1 }").gate(Gate.RELEASE).check(rule), "test.advisory").status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void passes_the_bound_options_to_the_rule() {
        FixedRule rule = FixedRule.of("test.options", Severity.ERROR,
                context -> Outcome.holds("limit " + context.option(FixedRule.LIMIT)));

        RuleResult result = result(project("{ \"contract\": 1, \"rules\": { \"test.options\": { \"limit\": 7 } } }")
                .check(rule), "test.options");

        assertThat(result.message()).isEqualTo("limit 7");
    }

    @Test
    void a_rule_that_runs_after_others_sees_their_results() {
        List<String> seen = new ArrayList<>();
        FixedRule judge = FixedRule.judging("test.judge", context -> {
            context.results().forEach(r -> seen.add(r.rule() + "=" + r.status()));
            return Outcome.holds("judged");
        });

        Report report = project("{ \"contract\": 1 }")
                .check(judge, FixedRule.holding("test.pass"), FixedRule.violated("test.fail", Severity.ERROR));

        assertThat(seen).containsExactlyInAnyOrder("test.pass=PASS", "test.fail=FAIL");
        assertThat(report.results()).extracting(RuleResult::rule).containsExactly("test.judge", "test.pass", "test.fail");
    }

    @Test
    void counts_statuses_and_gives_the_verdict() {
        Report report = project("""
                { "contract": 1,
                  "rules": { "test.warn": "warn", "test.off": "off" },
                  "waivers": [ { "rule": "test.waived", "reason": "r", "owner": "o", "expires": "2026-07-01" } ] }
                """).check(FixedRule.holding("test.pass"), FixedRule.holding("test.pass-too"),
                FixedRule.violated("test.fail", Severity.ERROR), FixedRule.violated("test.warn", Severity.ERROR),
                FixedRule.violated("test.waived", Severity.ERROR), FixedRule.violated("test.off", Severity.ERROR));

        assertThat(report.summary()).isEqualTo(new Report.Summary(2, 1, 1, 1, 1));
        assertThat(report.verdict()).isEqualTo(Status.FAIL);
        assertThat(report.results()).extracting(RuleResult::rule)
                .containsExactly("test.pass", "test.pass-too", "test.fail", "test.warn", "test.waived", "test.off");
    }

    @Test
    void the_verdict_passes_when_nothing_fails() {
        Report report = project("{ \"contract\": 1, \"rules\": { \"test.warn\": \"warn\" } }")
                .check(FixedRule.holding("test.pass"), FixedRule.violated("test.warn", Severity.ERROR));

        assertThat(report.summary()).isEqualTo(new Report.Summary(1, 0, 1, 0, 0));
        assertThat(report.verdict()).isEqualTo(Status.PASS);
    }

    @Test
    void describes_the_project_and_the_contract_chain() {
        RuleHarness project = RuleHarness.in(dir)
                .file("org/policy.json", "{ \"contract\": 1 }")
                .contract("{ \"contract\": 1, \"extends\": \"org/policy.json\" }");

        Report report = project.check(FixedRule.holding("test.pass"));

        assertThat(report.project()).isEqualTo(new Report.Project("com.acme", "churn", "1.0.0-SNAPSHOT"));
        assertThat(report.contract().path()).isEqualTo("readiness.json");
        assertThat(report.contract().sha256()).hasSize(64);
        assertThat(report.contract().extendsChain()).containsExactly("org/policy.json");
        assertThat(report.gateReason()).isEqualTo("set by the test");
    }

    @Test
    void an_unknown_rule_in_the_contract_is_an_input_error() {
        Throwable thrown = catchThrowable(() -> project("{ \"contract\": 1, \"rules\": { \"test.rul\": \"warn\" } }")
                .check(FixedRule.holding("test.rule")));

        assertThat(thrown).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown rule id \"test.rul\"; did you mean \"test.rule\"?");
    }

    @Test
    void every_built_in_rule_runs_on_an_empty_project_without_crashing() {
        Report report = project("{ \"contract\": 1 }").check();

        assertThat(report.results()).extracting(RuleResult::rule).containsExactlyElementsOf(RuleHarness.builtInRules().ids());
        assertThat(report.results()).allSatisfy(r -> assertThat(r.message()).doesNotContain("the rule crashed"));
    }

    @Test
    void evidence_read_ahead_is_gathered_once_and_shared_with_the_rules_that_ask() throws InterruptedException {
        AtomicInteger collections = new AtomicInteger();
        CountDownLatch gathered = new CountDownLatch(1);
        RuleHarness project = project("{ \"contract\": 1 }").with(facts -> facts.dependencyConflicts(() -> {
            collections.incrementAndGet();
            gathered.countDown();
            return Evidence.missing("no graph in this test", "none");
        }));
        Facts facts = project.facts();
        List<String> seen = new CopyOnWriteArrayList<>();
        List<FixedRule> rules = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rules.add(FixedRule.of("test.graph" + i, Severity.ERROR, context -> {
                seen.add(context.facts().dependencyConflicts().toString());
                return Outcome.holds("read");
            }));
        }
        Engine engine = new Engine(new RuleRegistry(rules));

        engine.readAhead(facts);
        // Gathered before any rule asks...
        assertThat(gathered.await(30, TimeUnit.SECONDS)).isTrue();
        Report report = engine.evaluate(project.loadContract(), facts, Gate.DEFAULT, "set by the test", RuleHarness.TODAY);

        assertThat(report.results()).extracting(RuleResult::status).containsOnly(Status.PASS);
        // ...and not again when they do.
        assertThat(seen).hasSize(8).containsOnly(seen.get(0));
        assertThat(collections).hasValue(1);
    }

    @Test
    void the_checksums_of_the_build_are_read_ahead_only_when_the_module_has_a_lock_to_compare_them_with(@TempDir Path dir) {
        for (boolean locked : List.of(true, false)) {
            AtomicInteger asked = new AtomicInteger();
            CountDownLatch gathered = new CountDownLatch(1);
            RuleHarness project = RuleHarness.in(dir.resolve(locked ? "locked" : "unlocked")).contract("{ \"contract\": 1 }");
            if (locked) {
                project.file("readiness-lock.json", "{\"lockVersion\": 1, \"dependencies\": {}, \"plugins\": {}}\n");
            }
            Facts facts = project.with(builder -> builder.dependencies(() -> {
                asked.incrementAndGet();
                gathered.countDown();
                return Evidence.missing("no graph in this test", "none");
            })).facts();

            new Engine(new RuleRegistry(List.of())).readAhead(facts).finish();

            assertThat(gathered.getCount()).isEqualTo(locked ? 0 : 1);
            assertThat(asked).hasValue(locked ? 1 : 0);
        }
    }

    @Test
    void the_schemas_a_contract_declares_are_compiled_once_from_the_start_of_the_evaluation(@TempDir Path dir) {
        RuleHarness none = RuleHarness.in(dir.resolve("none")).contract("{ \"contract\": 1 }");
        assertThat(none.facts().slowestEvidence(none.loadContract())).isEmpty();

        RuleHarness declared = RuleHarness.in(dir.resolve("declared"))
                .file("request.schema.json", "{\"type\": \"object\"}")
                .contract("{ \"contract\": 1, \"schemas\": [{\"name\": \"request\", \"role\": \"input\","
                        + " \"schema\": \"request.schema.json\"}] }");
        Facts facts = declared.facts();
        LoadedContract contract = declared.loadContract();
        List<Runnable> ahead = facts.slowestEvidence(contract);
        assertThat(ahead).hasSize(1);
        ahead.get(0).run();
        Evidence<List<DeclaredSchema>> compiled = facts.schemas(contract);
        assertThat(compiled.value()).singleElement().satisfies(schema -> assertThat(schema.schema()).isPresent());
        ahead.get(0).run();
        assertThat(facts.schemas(contract)).isSameAs(compiled);
    }

    @Test
    void rules_run_with_the_callers_context_class_loader_on_every_thread() {
        ClassLoader marker = new ClassLoader(getClass().getClassLoader()) {
        };
        List<ClassLoader> seen = new CopyOnWriteArrayList<>();
        List<FixedRule> rules = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rules.add(FixedRule.of("test.loader" + i, Severity.ERROR, context -> {
                seen.add(Thread.currentThread().getContextClassLoader());
                return Outcome.holds("ran");
            }));
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(marker);
        try {
            project("{ \"contract\": 1 }").check(rules.toArray(FixedRule[]::new));
        } finally {
            thread.setContextClassLoader(before);
        }

        assertThat(seen).hasSize(12).containsOnly(marker);
    }

    @Test
    void a_waiver_with_subjects_waives_only_the_findings_they_match() {
        Report report = project("""
                { "contract": 1, "waivers": [ { "rule": "test.rule", "reason": "r", "owner": "o", "expires": "2026-07-01",
                                                "subjects": ["org.legacy:*"] } ] }
                """).check(twoFindings());

        RuleResult rule = result(report, "test.rule");
        assertThat(rule.status()).isEqualTo(Status.FAIL);
        assertThat(rule.waiver()).isEmpty();
        assertThat(rule.findings()).extracting(Finding::subject).containsExactly("org.legacy:importer", "com.acme:scorer");
        assertThat(rule.findings().get(0).waiver()).hasValueSatisfying(w -> assertThat(w.subjects()).containsExactly("org.legacy:*"));
        assertThat(rule.findings().get(1).waived()).isFalse();
        assertThat(rule.message()).isEqualTo("com.acme:scorer is wrong (1 more waived)");
        assertThat(report.verdict()).isEqualTo(Status.FAIL);
    }

    @Test
    void a_rule_is_waived_when_its_waivers_subjects_cover_every_finding() {
        Report report = project("""
                { "contract": 1, "waivers": [
                    { "rule": "test.rule", "reason": "r", "owner": "o", "expires": "2026-07-01", "subjects": ["org.legacy:importer"] },
                    { "rule": "test.rule", "reason": "s", "owner": "o", "expires": "2026-07-01", "subjects": ["com.*"] } ] }
                """).check(twoFindings());

        RuleResult rule = result(report, "test.rule");
        assertThat(rule.status()).isEqualTo(Status.WAIVED);
        assertThat(rule.findings()).allMatch(Finding::waived);
        assertThat(rule.findings()).extracting(f -> f.waiver().orElseThrow().reason()).containsExactly("r", "s");
        assertThat(rule.waiver()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo("r"));
    }

    @Test
    void a_waiver_with_a_placeholder_owner_or_reason_waives_nothing() {
        Report report = project("""
                { "contract": 1, "waivers": [
                    { "rule": "test.rule", "reason": "TODO", "owner": "o", "expires": "2026-07-01" },
                    { "rule": "test.rule", "reason": "r", "owner": "changeme", "expires": "2026-07-01" } ] }
                """).check(FixedRule.violated("test.rule", Severity.ERROR));

        assertThat(result(report, "test.rule").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void a_waiver_expiring_beyond_max_days_waives_nothing() {
        Report report = project("""
                { "contract": 1, "rules": { "contract.waivers": { "maxDays": 10 } },
                  "waivers": [ { "rule": "test.rule", "reason": "r", "owner": "o", "expires": "2026-06-12" },
                               { "rule": "test.other", "reason": "r", "owner": "o", "expires": "2026-06-11" } ] }
                """).today(RuleHarness.TODAY)
                .check(FixedRule.violated("test.rule", Severity.ERROR), FixedRule.violated("test.other", Severity.ERROR),
                        new dev.readiness.rules.contract.Waivers());

        assertThat(result(report, "test.rule").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "test.other").status()).isEqualTo(Status.WAIVED);
        assertThat(result(report, "contract.waivers").findings()).extracting(Finding::message)
                .containsExactly("waiver 1 (test.rule) expires on 2026-06-12, more than 10 days ahead");
    }

    @Test
    void a_waiver_on_contract_waivers_is_never_honoured_even_in_the_release_gate() {
        Report report = project("""
                { "contract": 1, "waivers": [
                    { "rule": "contract.waivers", "reason": "TODO", "owner": "TODO", "expires": "2099-01-01" },
                    { "rule": "test.rule", "reason": "TODO", "owner": "TODO", "expires": "2099-01-01" } ] }
                """).gate(Gate.RELEASE)
                .check(FixedRule.violated("test.rule", Severity.ERROR), new dev.readiness.rules.contract.Waivers());

        assertThat(result(report, "test.rule").status()).isEqualTo(Status.FAIL);
        RuleResult waivers = result(report, "contract.waivers");
        assertThat(waivers.status()).isEqualTo(Status.FAIL);
        assertThat(waivers.waiver()).isEmpty();
        assertThat(waivers.findings()).extracting(Finding::message)
                .contains("waiver 1 (contract.waivers) waives contract.waivers, which judges the waivers and is never waived",
                        "waiver 2 (test.rule) has no owner");
        assertThat(report.verdict()).isEqualTo(Status.FAIL);
    }

    @Test
    void a_waiver_whose_subjects_match_no_finding_is_reported_as_stale() {
        Report report = project("""
                { "contract": 1, "waivers": [ { "rule": "test.rule", "reason": "r", "owner": "o", "expires": "2026-07-01",
                                                "subjects": ["org.legacy:*", "org.gone:*"] } ] }
                """).check(twoFindings(), new dev.readiness.rules.contract.Waivers());

        RuleResult waivers = result(report, "contract.waivers");
        assertThat(waivers.status()).isEqualTo(Status.WARN);
        assertThat(waivers.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("waiver 1 (test.rule) names subjects that match no finding of test.rule: org.gone:*");
            assertThat(f.subject()).isEqualTo("/waivers/0");
        });
    }

    @Test
    void rules_that_end_on_the_same_missing_evidence_fail_once() {
        Evidence<String> missing = Evidence.missing("no test reports in target/surefire-reports", "run mvn verify");
        FixedRule first = FixedRule.of("test.first", Severity.ERROR, context -> Outcome.holds(context.require(missing)));
        FixedRule second = FixedRule.of("test.second", Severity.WARN, context -> Outcome.holds(context.require(missing)));
        FixedRule other = FixedRule.of("test.other", Severity.ERROR,
                context -> Outcome.holds(context.require(Evidence.missing("no JaCoCo report", "run jacoco:report"))));

        Report report = project("{ \"contract\": 1 }").check(first, second, other);

        assertThat(result(report, "test.first").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "test.other").status()).isEqualTo(Status.FAIL);
        RuleResult skipped = result(report, "test.second");
        assertThat(skipped.status()).isEqualTo(Status.SKIPPED);
        assertThat(skipped.message()).isEqualTo("its evidence is missing, as test.first reports: see test.first");
        assertThat(skipped.findings()).isEmpty();
    }

    @Test
    void control_characters_from_evidence_are_escaped_in_messages_findings_and_subjects() {
        FixedRule rule = FixedRule.of("test.rule", Severity.ERROR, context -> Outcome.violated(
                Finding.of("test \u001b[31mred\u0007 failed").subject("com.acme.\u001bTest").hint("fix\u0000 it")));

        RuleResult result = result(project("{ \"contract\": 1 }").check(rule), "test.rule");

        assertThat(result.message()).isEqualTo("test \\u001b[31mred\\u0007 failed");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("test \\u001b[31mred\\u0007 failed");
            assertThat(f.subject()).isEqualTo("com.acme.\\u001bTest");
            assertThat(f.hint()).isEqualTo("fix\\u0000 it");
        });
    }

    @Test
    void the_reports_list_the_first_findings_of_a_rule_and_count_the_rest() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(Finding.of("invalid sample s" + i + ".json is accepted").subject("request"));
        }
        FixedRule rule = FixedRule.of("test.rule", Severity.ERROR, context -> Outcome.violated(many));

        RuleResult result = result(project("{ \"contract\": 1 }").check(rule), "test.rule");

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).startsWith("20000 findings; first: invalid sample s0.json");
        assertThat(result.findings()).hasSize(Engine.MAX_LISTED_FINDINGS + 1);
        assertThat(result.findings().get(Engine.MAX_LISTED_FINDINGS).message())
                .isEqualTo("and 19800 more findings, not listed (20000 in all)");
    }

    @Test
    void a_message_of_megabytes_is_cut_with_the_count_of_what_was_left_out() {
        String huge = "x".repeat(3_000_000);
        FixedRule rule = FixedRule.of("test.rule", Severity.ERROR, context -> Outcome.violated(Finding.of(huge)));

        RuleResult result = result(project("{ \"contract\": 1 }").check(rule), "test.rule");

        assertThat(result.findings().get(0).message()).hasSize(Engine.MAX_TEXT + " (2996000 more characters)".length() + 3)
                .endsWith("... (2996000 more characters)");
        assertThat(result.message()).hasSizeLessThan(Engine.MAX_TEXT + 100);
    }

    @Test
    void a_credential_in_evidence_text_is_masked_in_the_result() {
        FixedRule rule = FixedRule.of("test.rule", Severity.ERROR, context -> Outcome.violated(
                Finding.of("LoginTest.rejects failed: expected password=hunter2 to be refused").hint("see db.password=hunter2")));

        RuleResult result = result(project("{ \"contract\": 1 }").check(rule), "test.rule");

        assertThat(result.message()).isEqualTo("LoginTest.rejects failed: expected password=**** to be refused");
        assertThat(result.findings().get(0).hint()).isEqualTo("see db.password=****");
    }

    private static FixedRule twoFindings() {
        return FixedRule.of("test.rule", Severity.ERROR, context -> Outcome.violated(List.of(
                Finding.of("org.legacy:importer is wrong").subject("org.legacy:importer"),
                Finding.of("com.acme:scorer is wrong").subject("com.acme:scorer"))));
    }

    private RuleHarness project(String contract) {
        return RuleHarness.in(dir).contract(contract);
    }
}
