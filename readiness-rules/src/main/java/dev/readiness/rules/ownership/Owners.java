package dev.readiness.rules.ownership;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Severity;
import dev.readiness.core.Placeholders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code ownership.owners}: a named person on each side of the handoff, and a rota that answers at night. */
public final class Owners implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("ownership.owners")
            .severity(Severity.ERROR)
            .summary("owners.science, owners.engineering and owners.oncall are set, not placeholders")
            .because("Explicit ownership: when the model misbehaves in production, someone on each side must be "
                    + "reachable, and on-call must know where to page.")
            .help("Set \"owners\": {\"science\": \"...\", \"engineering\": \"...\", \"oncall\": \"...\"} to real "
                    + "people, teams or rota URLs.")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Contract.Owners owners = context.contract().contract().owners();
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("science", owners.science());
        roles.put("engineering", owners.engineering());
        roles.put("oncall", owners.oncall());
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, String> role : roles.entrySet()) {
            String value = role.getValue();
            if (Placeholders.isPlaceholder(value)) {
                String pointer = LoadedContract.pointer("owners", role.getKey());
                findings.add(Finding.of(value.isBlank()
                                ? "owners." + role.getKey() + " is not set"
                                : "owners." + role.getKey() + " is a placeholder (\"" + value + "\")")
                        .at(context.contract().locate(pointer))
                        .subject("owners." + role.getKey())
                        .hint("set \"owners\": {\"" + role.getKey() + "\": \"...\"} to a person, team or "
                                + (role.getKey().equals("oncall") ? "paging rota URL" : "mailing list")));
            }
        }
        return Outcome.of(findings, "science, engineering and on-call owners are named");
    }
}
