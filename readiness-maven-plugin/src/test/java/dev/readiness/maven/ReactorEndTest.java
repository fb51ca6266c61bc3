package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.execution.BuildFailure;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
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

    @Test
    void the_root_contract_of_init_is_written_by_the_module_whose_init_ends_last_and_never_when_one_never_ends() {
        MavenProject root = project("root");
        MavenProject features = project("features");
        MavenProject scoring = project("scoring");
        MavenSession session = new MavenSession(null, null, new DefaultMavenExecutionRequest(),
                new DefaultMavenExecutionResult());
        session.setProjects(List.of(root, features, scoring));
        session.getRequest().setReactorFailureBehavior(MavenExecutionRequest.REACTOR_FAIL_FAST);
        ReadinessBuild build = new ReadinessBuild(null, null);
        try {
            // Under -T: the last module in build order ends first.
            assertThat(build.lastInit(session, root)).isFalse();
            assertThat(build.lastInit(session, scoring)).isFalse();
            assertThat(build.lastInit(session, features)).isTrue();
            assertThat(build.lastInit(session, features)).as("once").isFalse();
        } finally {
            build.awaitWarmUp();
        }

        MavenSession failing = new MavenSession(null, null, new DefaultMavenExecutionRequest(),
                new DefaultMavenExecutionResult());
        failing.setProjects(List.of(root, features, scoring));
        failing.getRequest().setReactorFailureBehavior(MavenExecutionRequest.REACTOR_FAIL_FAST);
        failing.getResult().addBuildSummary(new BuildFailure(features, 0, new RuntimeException("tests failed")));
        ReadinessBuild stopped = new ReadinessBuild(null, null);
        try {
            // features failed: its init never runs, and the build stopping does not make the others the last.
            assertThat(stopped.lastInit(failing, root)).isFalse();
            assertThat(stopped.lastInit(failing, scoring)).isFalse();
        } finally {
            stopped.awaitWarmUp();
        }
    }

    private static MavenProject project(String artifactId) {
        MavenProject project = new MavenProject();
        project.setGroupId("com.acme");
        project.setArtifactId(artifactId);
        project.setVersion("1.0.0");
        return project;
    }
}
