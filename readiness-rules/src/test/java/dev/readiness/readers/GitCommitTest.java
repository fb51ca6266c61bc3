package dev.readiness.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {

    private static final String MAIN = "0123456789abcdef0123456789abcdef01234567";
    private static final String FEATURE = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void reads_the_loose_ref_head_points_to_from_a_module_below_the_checkout() throws IOException {
        write("repo/.git/HEAD", "ref: refs/heads/main\n");
        write("repo/.git/refs/heads/main", MAIN + "\n");
        Files.createDirectories(dir.resolve("repo/scoring"));

        assertThat(GitCommit.of(dir.resolve("repo/scoring"))).contains(MAIN);
    }

    @Test
    void reads_a_packed_ref_skipping_the_header_and_peeled_tags() throws IOException {
        write("repo/.git/HEAD", "ref: refs/heads/main\n");
        write("repo/.git/packed-refs", "# pack-refs with: peeled fully-peeled sorted \n"
                + FEATURE + " refs/heads/feature\n" + MAIN + " refs/heads/main\n^" + FEATURE + "\n");

        assertThat(GitCommit.of(dir.resolve("repo"))).contains(MAIN);
    }

    @Test
    void a_loose_ref_wins_over_the_packed_one_git_has_not_repacked_yet() throws IOException {
        write("repo/.git/HEAD", "ref: refs/heads/main\n");
        write("repo/.git/packed-refs", FEATURE + " refs/heads/main\n");
        write("repo/.git/refs/heads/main", MAIN + "\n");

        assertThat(GitCommit.of(dir.resolve("repo"))).contains(MAIN);
    }

    @Test
    void reads_a_detached_head() throws IOException {
        write("repo/.git/HEAD", FEATURE + "\n");

        assertThat(GitCommit.of(dir.resolve("repo"))).contains(FEATURE);
    }

    @Test
    void follows_a_worktree_git_file_to_its_head_and_the_refs_of_the_common_directory() throws IOException {
        write("main/.git/HEAD", "ref: refs/heads/main\n");
        write("main/.git/refs/heads/main", MAIN + "\n");
        write("main/.git/packed-refs", FEATURE + " refs/heads/feature\n");
        write("main/.git/worktrees/wt/HEAD", "ref: refs/heads/feature\n");
        write("main/.git/worktrees/wt/commondir", "../..\n");
        write("wt/.git", "gitdir: ../main/.git/worktrees/wt\n");

        assertThat(GitCommit.of(dir.resolve("wt"))).contains(FEATURE);
    }

    @Test
    void is_empty_on_an_unborn_branch() throws IOException {
        write("repo/.git/HEAD", "ref: refs/heads/main\n");

        assertThat(GitCommit.of(dir.resolve("repo"))).isEmpty();
    }

    @Test
    void refuses_a_ref_that_climbs_out_of_the_git_directory() throws IOException {
        write("repo/.git/HEAD", "ref: refs/../../secret\n");
        write("secret", MAIN + "\n");

        assertThat(GitCommit.of(dir.resolve("repo"))).isEmpty();
    }
}
