package dev.readiness.rules.documentation;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code documentation.resources}: the CPU and memory the product needs are written down as quantities. */
public final class Resources implements Rule {

    /** Kubernetes-style quantities: {@code 2}, {@code 0.5}, {@code 500m}, {@code 4Gi}, {@code 512Mi}, {@code 10G}. */
    static final Pattern QUANTITY = Pattern.compile("[0-9]+(\\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?");

    public static final Option<List<String>> REQUIRED = Option.of("required", OptionType.textList(),
            List.of("cpu", "memory"), Option.Strictness.MORE, "resources that operations.resources must declare");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("documentation.resources")
            .severity(Severity.ERROR)
            .summary("operations.resources declares cpu and memory as quantities")
            .because("Documented resource requirements: engineering sizes containers and nodes from them, and a "
                    + "model that silently needs 16 GiB fails on the first night.")
            .help("Declare \"operations\": {\"resources\": {\"cpu\": \"2\", \"memory\": \"4Gi\"}} with quantities "
                    + "such as 2, 500m, 4Gi, 512Mi.")
            .options(REQUIRED)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Map<String, String> resources = context.contract().contract().operations().resources();
        List<Finding> findings = new ArrayList<>();
        for (String required : context.option(REQUIRED)) {
            if (!resources.containsKey(required)) {
                findings.add(Finding.of("operations.resources declares no " + required)
                        .at(context.contract().locate(LoadedContract.pointer("operations", "resources")))
                        .subject(required)
                        .hint("add \"" + required + "\": \"" + example(required) + "\" to operations.resources"));
            }
        }
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            String value = resource.getValue() == null ? "" : resource.getValue().trim();
            if (!QUANTITY.matcher(value).matches()) {
                findings.add(Finding.of("operations.resources." + resource.getKey() + " is \"" + value
                                + "\", not a quantity")
                        .at(context.contract().locate(LoadedContract.pointer("operations", "resources", resource.getKey())))
                        .subject(resource.getKey())
                        .hint("write a quantity such as \"" + example(resource.getKey()) + "\" (2, 500m, 4Gi, 512Mi)"));
            }
        }
        return Outcome.of(findings, "resources declared: " + resources);
    }

    private static String example(String resource) {
        return switch (resource) {
            case "cpu" -> "2";
            case "memory" -> "4Gi";
            case "gpu" -> "0";
            default -> "10Gi";
        };
    }
}
