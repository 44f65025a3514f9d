package dev.gitopslint.rules.git;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.git.GitmodulesProblem;
import dev.gitopslint.core.git.Reachability;
import dev.gitopslint.core.git.SubmoduleReport;
import dev.gitopslint.core.git.SubmoduleResult;
import dev.gitopslint.core.git.TextPosition;
import dev.gitopslint.core.git.UnmatchedGitlink;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.source.Position;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "git-submodule-unreachable",
        severity = Severity.ERROR,
        scope = Scope.REPO,
        summary = "A submodule's recorded commit is not reachable from any branch or tag of its remote.",
        description = "Argo CD's repo-server clones the repository with its submodules; a gitlink to a commit "
                + "the submodule's remote does not have (never pushed, or rewritten away by a force push) fails "
                + "with `upload-pack: not our ref`, and every app of the repository fails to load its target "
                + "state. Offline, reachability is decided from the submodule clone's remote-tracking refs and "
                + "tags; `--online` asks the remote. Push the commit to the remote, or update the submodule to a "
                + "pushed commit. When the clone is missing or stale the finding is a warning (\"cannot verify\"): "
                + "run `git submodule update --init`, `git fetch` in the submodule, or lint with `--online`.",
        origin = "Seed 713 §A: `upload-pack: not our ref` — every app \"Failed to load target state\".",
        bad = "git -C backlog commit -m wip && git add backlog && git commit   # the backlog commit is not pushed",
        good = "git -C backlog push origin HEAD:main && git add backlog && git commit")
public final class GitSubmoduleUnreachableRule implements RepoRule {

    private static final String GITMODULES = ".gitmodules";

    @Override
    public void check(RuleContext context, FindingSink sink) {
        SubmoduleReport report = context.git().submodules();
        for (SubmoduleResult result : report.results()) {
            Position at = at(result.position());
            if (result.state() == Reachability.UNREACHABLE) {
                sink.report(at, "submodule " + result.name() + " (" + result.path() + ") records commit "
                        + result.shortCommit() + ", which " + result.remoteUrl() + " does not have on any branch "
                        + "or tag (" + result.reason() + "): Argo CD fails every app with 'upload-pack: not our "
                        + "ref'. Push the commit, or point the submodule at a pushed commit");
            } else if (result.state() == Reachability.UNVERIFIED) {
                sink.report(Optional.of(Severity.WARNING), at, "cannot verify that submodule " + result.name()
                        + " commit " + result.shortCommit() + " exists on " + result.remoteUrl() + ": "
                        + result.reason() + ". Initialise and fetch the submodule, or lint with --online",
                        List.of());
            }
        }
        for (UnmatchedGitlink gitlink : report.gitlinksWithoutEntry()) {
            sink.report(Position.ofFile(gitlink.path()), "gitlink " + gitlink.path() + " (commit "
                    + gitlink.commit().substring(0, Math.min(12, gitlink.commit().length())) + ") has no entry in "
                    + ".gitmodules: clones cannot fetch it. Add the submodule entry, or remove the gitlink");
        }
        for (GitmodulesProblem problem : report.problems()) {
            sink.report(at(problem.position()), problem.message());
        }
    }

    private static Position at(TextPosition position) {
        return new Position(GITMODULES, position.line(), position.column());
    }
}
