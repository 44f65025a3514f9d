package dev.gitopslint.rules.git;

import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.git.BrokenSymlink;
import dev.gitopslint.core.rule.FindingSink;
import dev.gitopslint.core.rule.RepoRule;
import dev.gitopslint.core.rule.RuleContext;
import dev.gitopslint.core.rule.RuleInfo;
import dev.gitopslint.core.rule.Scope;
import dev.gitopslint.core.source.Position;

@RuleInfo(
        id = "git-broken-symlink",
        severity = Severity.ERROR,
        scope = Scope.REPO,
        summary = "A symlink whose target is missing or outside the repository.",
        description = "Argo CD reads the repository as committed: a tracked symlink to a file that is not "
                + "committed, or to a path outside the repository (absolute, or through `..`), resolves to "
                + "nothing in the repo-server's clone, and ApplicationSet git generators fail on it. Point the "
                + "link at a committed file inside the repository, or replace it with a copy.",
        origin = "An ApplicationSet generator failing on a broken symlink.",
        bad = "ln -s ../../shared/values.yaml sources/values/base/globals.yaml   # outside the repository",
        good = "cp ../../shared/values.yaml sources/values/base/globals.yaml")
public final class GitBrokenSymlinkRule implements RepoRule {

    @Override
    public void check(RuleContext context, FindingSink sink) {
        for (BrokenSymlink link : context.git().brokenSymlinks()) {
            sink.report(Position.ofFile(link.path()), "symlink " + link.path() + " -> " + link.target() + ": "
                    + link.reason() + ". Point it at a committed file inside the repository, or replace it with "
                    + "a copy");
        }
    }
}
