package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void a_goal_that_awaits_the_warm_up_leaves_no_warm_up_running() {
        // Without a session the contract is not known, so the warm-up starts the JSON Schema validator too: the
        // longest warm-up there is, still running when the constructor returns (both threads count). Other tests' builds may still be warming
        // up in this JVM: only this build's thread counts.
        List<Thread> before = warmUps();
        ReadinessBuild build = new ReadinessBuild(null, null);

        build.awaitWarmUp();

        List<Thread> alive = warmUps();
        alive.removeAll(before);
        assertThat(alive).as("this build's warm-up alive after awaitWarmUp").isEmpty();
    }

    @Test
    void awaiting_the_warm_up_again_is_harmless() {
        List<Thread> before = warmUps();
        ReadinessBuild build = new ReadinessBuild(null, null);
        build.awaitWarmUp();

        build.awaitWarmUp();

        List<Thread> alive = warmUps();
        alive.removeAll(before);
        assertThat(alive).isEmpty();
    }

    private static List<Thread> warmUps() {
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("readiness-warm-up") && thread.isAlive()) {
                alive.add(thread);
            }
        }
        return alive;
    }
}
