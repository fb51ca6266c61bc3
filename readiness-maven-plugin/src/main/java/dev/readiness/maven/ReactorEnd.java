package dev.readiness.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the check that ends the reactor: the reactor summary is printed by the last module's check, in build order,
 * with nothing but what every Maven offers a plugin (the session's projects and their results), so it keeps working
 * under Maven 3.9 and 4, serially and under {@code -T}.
 * <p>
 * A check ends the reactor when no other check is running and either every module expected to be checked has been, or
 * the build is stopping: a module failed and the build fails fast, so the modules not yet started never will be.
 * Modules that cannot run any more (those downstream of a failed one) are no longer waited for. It answers yes once.
 * <p>
 * {@code init} at a multi-module root uses one too, to write the root's contract once every module's build has ended
 * ({@link ReadinessBuild#lastInit}); it waits for every module, whatever fails.
 */
final class ReactorEnd {

    private final Set<String> expected;
    private final Set<String> pending;
    /** The modules whose check ended, whatever its outcome. */
    private final Set<String> checked = new LinkedHashSet<>();
    private int running;
    private boolean stopping;
    private boolean ended;

    /** @param expected the ids of the modules whose build runs the check */
    ReactorEnd(Collection<String> expected) {
        this.expected = new LinkedHashSet<>(expected);
        this.pending = new LinkedHashSet<>(expected);
    }

    synchronized void started() {
        running++;
    }

    /**
     * The modules expected to be checked whose check has not ended, in build order; once the reactor ended, those that
     * never will be, because the build stopped first or they depend on a failed module.
     */
    synchronized List<String> notChecked() {
        List<String> modules = new ArrayList<>(expected);
        modules.removeAll(checked);
        return modules;
    }

    /**
     * A module's check ended.
     *
     * @param module the module's id
     * @param notComing modules that will not be checked after all (downstream of a failed module)
     * @param buildStops true when the build stops early: this or another module failed and the build fails fast
     * @return true, once, when this check is the last of the reactor and so prints the summary
     */
    synchronized boolean ended(String module, Collection<String> notComing, boolean buildStops) {
        running--;
        checked.add(module);
        pending.remove(module);
        pending.removeAll(notComing);
        stopping |= buildStops;
        if (ended || running > 0 || !(pending.isEmpty() || stopping)) {
            return false;
        }
        ended = true;
        return true;
    }
}
