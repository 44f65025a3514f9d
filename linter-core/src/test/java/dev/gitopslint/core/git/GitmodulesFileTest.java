package dev.gitopslint.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GitmodulesFileTest {

    @Test
    void entriesCarryTheirValuesAndHeaderPositions() {
        GitmodulesFile file = GitmodulesFile.parse("""
                # submodules of the repository
                [submodule "backlog"]
                	path = backlog
                	url = https://github.com/example/backlog.git

                  [submodule "charts/vendor"] ; a comment
                	path = ./charts/vendor/
                	url = ../vendor.git
                """);

        assertThat(file.problems()).isEmpty();
        assertThat(file.entries()).containsExactly(
                new GitmodulesEntry("backlog", "backlog", "https://github.com/example/backlog.git",
                        new TextPosition(2, 1)),
                new GitmodulesEntry("charts/vendor", "charts/vendor", "../vendor.git", new TextPosition(6, 3)));
    }

    @Test
    void escapedNamesAndCaseInsensitiveSectionsAreFound() {
        GitmodulesFile file = GitmodulesFile.parse("""
                [core]
                	x = 1
                [Submodule "quo\\"ted"]
                	path = q
                	url = u
                """);

        assertThat(file.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("quo\"ted");
            assertThat(entry.position()).isEqualTo(new TextPosition(3, 1));
        });
    }

    @Test
    void headerLikeTextInsideAContinuedValueIsNotAHeader() {
        GitmodulesFile file = GitmodulesFile.parse("""
                [submodule "a"]
                	path = a
                	url = one\\
                [submodule "b"]
                [submodule "b"]
                	path = b
                	url = u
                """);

        assertThat(file.entries()).extracting(GitmodulesEntry::name, GitmodulesEntry::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", new TextPosition(1, 1)),
                        org.assertj.core.groups.Tuple.tuple("b", new TextPosition(5, 1)));
    }

    @Test
    void entryWithoutPathIsAProblemAtItsHeader() {
        GitmodulesFile file = GitmodulesFile.parse("""
                [submodule "ok"]
                	path = ok
                	url = u
                [submodule "pathless"]
                	url = u
                """);

        assertThat(file.problems()).containsExactly(
                new GitmodulesProblem("submodule \"pathless\" has no path", new TextPosition(4, 1)));
    }

    @Test
    void syntaxErrorIsAProblemAtTheBrokenHeader() {
        GitmodulesFile file = GitmodulesFile.parse("""
                [submodule "ok"]
                	path = ok
                [submodule "unterminated]
                	path = x
                """);

        assertThat(file.entries()).isEmpty();
        assertThat(file.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(new TextPosition(3, 1));
            assertThat(problem.message()).startsWith("cannot parse .gitmodules: ");
        });
    }

    @Test
    void windowsLineEndingsKeepLineNumbers() {
        GitmodulesFile file = GitmodulesFile.parse("[submodule \"a\"]\r\n\tpath = a\r\n\turl = u\r\n"
                + "[submodule \"b\"]\r\n\tpath = b\r\n\turl = u\r\n");

        assertThat(file.entries()).extracting(GitmodulesEntry::position)
                .containsExactly(new TextPosition(1, 1), new TextPosition(4, 1));
        assertThat(file.entries()).extracting(GitmodulesEntry::url).containsOnly("u");
    }
}
