package dev.readiness.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The real Surefire, Failsafe and JaCoCo outputs in {@code src/test/resources/reports/sample} (see its README). */
public final class Samples {

    private Samples() {
    }

    public static Path directory() {
        try {
            return Path.of(Samples.class.getResource("/reports/sample/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path surefireReports() {
        return directory().resolve("surefire-reports");
    }

    public static Path failsafeReports() {
        return directory().resolve("failsafe-reports");
    }

    public static Path jacocoXml() {
        return directory().resolve("site/jacoco/jacoco.xml");
    }
}
