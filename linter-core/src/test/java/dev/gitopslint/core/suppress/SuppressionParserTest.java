package dev.gitopslint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionParserTest {

    @Test
    void trailingCommentCoversItsOwnLine() {
        List<SuppressionDirective> found = SuppressionParser.parse("v.yaml",
                "a: 1\ntolerations: []  # gitops-lint: ignore values-empty-override -- runs anywhere\n");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.coveredLine()).isEqualTo(2);
            assertThat(d.ruleIds()).containsExactly("values-empty-override");
            assertThat(d.reason()).isEqualTo("runs anywhere");
            assertThat(d.covers("values-empty-override", "v.yaml", 2)).isTrue();
            assertThat(d.covers("values-empty-override", "other.yaml", 2)).isFalse();
        });
    }

    @Test
    void ownLineCommentCoversTheNextContentLine() {
        List<SuppressionDirective> found = SuppressionParser.parse("v.yaml",
                "# gitops-lint: ignore image-latest-tag, secret-placeholder -- demo data\n\n# note\nimage: x\n");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.coveredLine()).isEqualTo(4);
            assertThat(d.ruleIds()).containsExactly("image-latest-tag", "secret-placeholder");
        });
    }

    @Test
    void missingReasonIsKeptButHasNoReason() {
        List<SuppressionDirective> found = SuppressionParser.parse("v.yaml", "x: 1 # gitops-lint: ignore yaml-syntax\n");
        assertThat(found).singleElement().satisfies(d -> assertThat(d.hasReason()).isFalse());
    }

    @Test
    void goTemplateCommentsWork() {
        List<SuppressionDirective> found = SuppressionParser.parse("t.yaml",
                "{{/* gitops-lint: ignore argocd-cr-as-hook -- operator handles retries */}}\nkind: X\n");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.coveredLine()).isEqualTo(2);
            assertThat(d.reason()).isEqualTo("operator handles retries");
        });
    }
}
