package dev.readiness.core;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one layout of the JSON files the plugin writes for people to commit or read (the lock, the baseline, the handoff
 * manifest): two-space indent, {@code "key": value}, {@code \n} line ends and a final line end, the same on every OS.
 */
public final class JsonText {

    private JsonText() {
    }

    public static String pretty(JsonNode tree) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JsonTrees.text(tree, printer) + "\n";
    }
}
