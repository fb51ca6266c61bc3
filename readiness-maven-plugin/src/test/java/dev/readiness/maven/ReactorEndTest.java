package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReactorEndTest {

    @Test
    void the_last_module_checked_ends_the_reactor_once() {
        ReactorEnd end = new ReactorEnd(List.of("a", "b"));
        end.started();
        assertThat(end.ended("a", List.of(), false)).isFalse();
        end.started();
        assertThat(end.ended("b", List.of(), false)).isTrue();
        end.started();
        assertThat(end.ended("b", List.of(), false)).as("a second time").isFalse();
    }

    @Test
    void under_parallel_builds_the_check_that_ends_last_ends_the_reactor_whichever_module_it_is() {
        ReactorEnd end = new ReactorEnd(List.of("a", "b", "c"));
        end.started();
        end.started();
        assertThat(end.ended("b", List.of(), false)).isFalse();
        end.started();
        assertThat(end.ended("c", List.of(), false)).as("a still running").isFalse();
        assertThat(end.ended("a", List.of(), false)).isTrue();
    }

    @Test
    void a_failure_that_stops_the_build_ends_the_reactor_once_the_running_checks_end() {
        ReactorEnd end = new ReactorEnd(List.of("a", "b", "c"));
        end.started();
        end.started();
        assertThat(end.ended("a", List.of(), true)).as("b still running").isFalse();
        assertThat(end.ended("b", List.of(), false)).as("c will not start").isTrue();
    }

    @Test
    void modules_downstream_of_a_failed_one_are_not_waited_for() {
        ReactorEnd end = new ReactorEnd(List.of("a", "b", "c"));
        end.started();
        assertThat(end.ended("a", List.of("b"), false)).as("c is still to come").isFalse();
        end.started();
        assertThat(end.ended("c", List.of(), false)).isTrue();
    }

    @Test
    void the_modules_not_checked_are_those_whose_check_never_ended_in_build_order() {
        ReactorEnd end = new ReactorEnd(List.of("root", "a", "b", "c"));
        end.started();
        end.ended("root", List.of(), false);
        end.started();
        assertThat(end.notChecked()).as("a is being checked").containsExactly("a", "b", "c");

        assertThat(end.ended("a", List.of(), true)).isTrue();
        assertThat(end.notChecked()).containsExactly("b", "c");
    }

    @Test
    void a_module_between_checks_is_waited_for() {
        ReactorEnd end = new ReactorEnd(List.of("a", "b"));
        end.started();
        assertThat(end.ended("a", List.of(), false)).as("b has not started its check yet").isFalse();
    }
}
