package dev.readiness.rules.documentation;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Placeholders;
import dev.readiness.core.Severity;
import dev.readiness.core.WebAddress;
import java.util.ArrayList;
import java.util.List;

/** {@code documentation.monitoring}: the dashboard engineering watches and the alerts that page someone. */
public final class Monitoring implements Rule {

    public static final Option<Long> MIN_ALERTS = Option.of("minAlerts", OptionType.wholeNumber(0), 1L,
            Option.Strictness.HIGHER, "fewest complete alerts (name, condition, route) operations.monitoring must declare");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("documentation.monitoring")
            .severity(Severity.ERROR)
            .summary("operations.monitoring names a dashboard URL and at least one alert with its condition and route")
            .because("What engineering inherits: a service nobody watches fails silently. The dashboard and the alerts, "
                    + "each with the condition that fires it and who is paged, are agreed before the handoff.")
            .help("Declare \"operations\": {\"monitoring\": {\"dashboard\": \"https://grafana.acme.example/d/churn\", "
                    + "\"alerts\": [{\"name\": \"error rate\", \"condition\": \"5xx > 1% for 5m\", \"route\": "
                    + "\"https://oncall.acme.example/churn\"}]}}.")
            .options(MIN_ALERTS)
            .sinceContract(2)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Contract.Monitoring monitoring = context.contract().contract().operations().monitoring();
        LoadedContract contract = context.contract();
        String section = LoadedContract.pointer("operations", "monitoring");
        List<Finding> findings = new ArrayList<>();
        String dashboard = monitoring.dashboard();
        if (Placeholders.isPlaceholder(dashboard)) {
            findings.add(Finding.of("operations.monitoring declares no dashboard"
                            + (dashboard.isBlank() ? "" : " (\"" + dashboard + "\" is a placeholder)"))
                    .at(contract.locate(section + "/dashboard"))
                    .subject("operations.monitoring.dashboard")
                    .hint("set \"dashboard\" to the URL of the dashboard engineering watches, "
                            + "e.g. \"https://grafana.acme.example/d/churn\""));
        } else if (!WebAddress.isWebAddress(dashboard)) {
            findings.add(Finding.of("operations.monitoring.dashboard is \"" + dashboard + "\", not an http(s) URL")
                    .at(contract.locate(section + "/dashboard"))
                    .subject("operations.monitoring.dashboard")
                    .hint("write the dashboard's address, starting with https://"));
        }
        List<Contract.Alert> alerts = monitoring.alerts();
        int complete = 0;
        for (int i = 0; i < alerts.size(); i++) {
            Contract.Alert alert = alerts.get(i);
            String subject = Placeholders.isPlaceholder(alert.name()) ? "alert " + (i + 1) : alert.name();
            boolean whole = true;
            String[][] fields = {{"name", alert.name()}, {"condition", alert.condition()}, {"route", alert.route()}};
            for (String[] field : fields) {
                if (Placeholders.isPlaceholder(field[1])) {
                    whole = false;
                    findings.add(Finding.of("alert " + (i + 1) + (subject.equals("alert " + (i + 1)) ? "" : " (" + subject + ")")
                                    + " has no " + field[0] + (field[1].isBlank() ? "" : " (\"" + field[1] + "\" is a placeholder)"))
                            .at(contract.locate(section + "/alerts/" + i))
                            .subject(subject)
                            .hint(hint(field[0])));
                }
            }
            if (whole) {
                complete++;
            }
        }
        long min = context.option(MIN_ALERTS);
        if (complete < min) {
            findings.add(Finding.of("operations.monitoring declares " + complete + " complete alerts, at least " + min
                            + " required")
                    .at(contract.locate(section + "/alerts"))
                    .subject("operations.monitoring.alerts")
                    .hint("add {\"name\": \"...\", \"condition\": \"...\", \"route\": \"...\"} to operations.monitoring.alerts"));
        }
        return Outcome.of(findings, "dashboard " + dashboard + ", " + complete + " alerts with condition and route");
    }

    private static String hint(String field) {
        return switch (field) {
            case "name" -> "name the alert as the paging tool shows it";
            case "condition" -> "write the condition that fires it, e.g. \"p99 latency > 50 ms for 10m\"";
            default -> "write who or what is paged: a rota URL, a team or a channel";
        };
    }
}
