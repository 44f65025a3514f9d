package dev.gitopslint.maven;

import dev.gitopslint.core.GitOpsLinter;
import dev.gitopslint.core.baseline.Baseline;
import dev.gitopslint.core.config.ConfigException;
import dev.gitopslint.core.engine.LintRequest;
import dev.gitopslint.core.engine.LintResult;
import dev.gitopslint.core.finding.Severity;
import dev.gitopslint.core.report.CheckoutPrefix;
import dev.gitopslint.core.report.ReportFormat;
import dev.gitopslint.core.report.ReportSettings;
import dev.gitopslint.core.report.Reports;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints a GitOps repository the way the {@code gitops-lint lint} command does: findings are logged
 * with their {@code file:line:col}, reports are written under {@code outputDirectory}, and the build
 * fails when a finding is at or above {@code failOn}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {

    /** The repository to lint. */
    @Parameter(property = "gitops-lint.repository", defaultValue = "${project.basedir}", required = true)
    File repository;

    /** The configuration file; by default {@code .gitops-lint.yaml} in the repository, if there is one. */
    @Parameter(property = "gitops-lint.configFile")
    File configFile;

    /** Fail the build on findings at or above this severity: error, warning or info. */
    @Parameter(property = "gitops-lint.failOn", defaultValue = "error")
    String failOn;

    /** Report formats, each written to {@code outputDirectory/gitops-lint.<extension>}. */
    @Parameter(property = "gitops-lint.formats", defaultValue = "text,json")
    List<String> formats;

    /** Where the reports are written. */
    @Parameter(property = "gitops-lint.outputDirectory", defaultValue = "${project.build.directory}/gitops-lint",
            required = true)
    File outputDirectory;

    /** A baseline file: findings recorded in it are reported as baselined and do not fail the build. */
    @Parameter(property = "gitops-lint.baseline")
    File baseline;

    /** Target Kubernetes version, e.g. 1.34; overrides the configuration's {@code kubernetesVersion}. */
    @Parameter(property = "gitops-lint.kubernetesVersion")
    String kubernetesVersion;

    /** Skip the goal. */
    @Parameter(property = "gitops-lint.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("gitops-lint: skipped");
            return;
        }
        Severity threshold = threshold();
        List<ReportFormat> reports = reportFormats();
        Optional<Baseline> accepted = BaselineParameter.read(baseline);

        GitOpsLinter linter = GitOpsLinter.withInstalledRules();
        Path root = repository.toPath().toAbsolutePath().normalize();
        LintResult linted = lint(linter, root);
        LintResult result = accepted.map(b -> b.applyTo(linted, baseline.toString())).orElse(linted);

        new FindingLog(getLog(), root).log(result);
        // Under GitHub Actions, SARIF and annotation paths are made relative to the checkout.
        ReportSettings settings = ReportSettings.of(root, linter.rules(), version())
                .withPathPrefix(CheckoutPrefix.detect(root, System.getenv()));
        try {
            new Reports(settings).writeAll(result, reports, outputDirectory.toPath())
                    .values().forEach(file -> getLog().info("gitops-lint: report written to " + file));
        } catch (IOException e) {
            throw new MojoExecutionException("gitops-lint: cannot write the reports to " + outputDirectory
                    + ": " + e.getMessage(), e);
        }

        Verdict verdict = Verdict.of(result, threshold);
        if (verdict.fails()) {
            throw new MojoFailureException(verdict.message());
        }
        getLog().info(verdict.message());
    }

    private LintResult lint(GitOpsLinter linter, Path root) throws MojoExecutionException {
        LintRequest request = LintRequest.of(root)
                .withConfigFile(Optional.ofNullable(configFile).map(File::toPath))
                .withKubernetesVersion(Optional.ofNullable(kubernetesVersion).filter(v -> !v.isBlank()));
        try {
            return linter.lint(request);
        } catch (ConfigException e) {
            throw new MojoExecutionException("gitops-lint: invalid configuration (paths relative to " + root
                    + "):\n" + String.join("\n", e.problems()));
        } catch (IOException e) {
            throw new MojoExecutionException("gitops-lint: cannot read " + root + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("gitops-lint: internal error (a bug in gitops-lint, please report it): "
                    + e, e);
        }
    }

    private Severity threshold() throws MojoExecutionException {
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("gitops-lint: failOn must be error, warning or info, not '" + failOn
                    + "'");
        }
    }

    private List<ReportFormat> reportFormats() throws MojoExecutionException {
        List<ReportFormat> chosen = new ArrayList<>();
        for (String entry : formats == null ? List.<String>of() : formats) {
            for (String name : entry.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    chosen.add(ReportFormat.parse(name));
                } catch (IllegalArgumentException e) {
                    throw new MojoExecutionException("gitops-lint: formats: " + e.getMessage());
                }
            }
        }
        return chosen;
    }

    private String version() {
        return plugin == null ? "development" : plugin.getVersion();
    }
}
