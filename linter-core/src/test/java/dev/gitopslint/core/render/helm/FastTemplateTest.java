package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FastTemplateTest {

    private static final Map<String, String> PARAMS = Map.of(
            "path", "apps/payments",
            "path.basename", "payments",
            "path[0]", "apps",
            "cluster", "prod");

    @Test
    void substitutesFlattenedParameters() {
        assertThat(FastTemplate.substitute("{{path.basename}}-{{ cluster }}", PARAMS).output()).isEqualTo("payments-prod");
        assertThat(FastTemplate.substitute("{{path[0]}}/{{path}}", PARAMS).output()).isEqualTo("apps/apps/payments");
    }

    @Test
    void leavesUnknownAndEmptyTagsAsTheyAre() {
        assertThat(FastTemplate.substitute("{{ unknown }}-{{}}-{{  }}-{{path}}", PARAMS).output())
                .isEqualTo("{{ unknown }}-{{}}-{{  }}-apps/payments");
        assertThat(FastTemplate.substitute("{{ .path }}", PARAMS).output()).isEqualTo("{{ .path }}");
    }

    @Test
    void doesNotRescanSubstitutedValues() {
        assertThat(FastTemplate.substitute("{{a}}", Map.of("a", "{{b}}", "b", "x")).output()).isEqualTo("{{b}}");
    }

    @Test
    void onlyTemplatesStringsWithATagOnOneLine() {
        String split = "{{path\n}}";
        assertThat(FastTemplate.substitute(split, PARAMS).output()).isEqualTo(split);
        // Once one line has a tag, every tag is substituted, and keys are trimmed of line breaks too.
        assertThat(FastTemplate.substitute("{{path}}\n{{cluster\n}}", PARAMS).output()).isEqualTo("apps/payments\nprod");
        assertThat(FastTemplate.substitute("no tags", PARAMS).output()).isEqualTo("no tags");
    }

    @Test
    void rejectsAnUnclosedTag() {
        TemplateResult result = FastTemplate.substitute("{{path}} and {{cluster", PARAMS);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.error()).isEqualTo("invalid template: Cannot find end tag=\"}}\" in the template="
                + "\"{{path}} and {{cluster\" starting from \"cluster\"");
    }
}
