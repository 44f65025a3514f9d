package dev.gitopslint.core.render.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetParametersTest {

    @Test
    void plainParametersGoToSetWithArgoEscapesResolved() {
        SetParameters.Plan plan = SetParameters.plan(List.of(
                HelmParameter.set("image.tag", "1.2.3"),
                HelmParameter.set("args", "a\\,b"),
                HelmParameter.setString("name", "web"),
                HelmParameter.set("image.tag", "1.2.4")));

        assertThat(plan.sets()).containsExactly(Map.entry("image.tag", "1.2.4"), Map.entry("args", "a,b"),
                Map.entry("name", "web"));
        assertThat(plan.overrides()).isEmpty();
    }

    @Test
    void stringsHelmWouldTypeAndListsGoToTheValuesFile() {
        SetParameters.Plan plan = SetParameters.plan(List.of(
                HelmParameter.setString("a.b", "true"),
                HelmParameter.setString("port", "8080"),
                HelmParameter.set("zones", "{eu-1, 2,true}"),
                HelmParameter.setString("tags", "{1,x}"),
                HelmParameter.setString("list[1].name", "007"),
                HelmParameter.setString("dotted\\.key", "null")));

        assertThat(plan.sets()).containsExactly(Map.entry("list[1].name", "007"));
        assertThat(plan.overrides()).isEqualTo(Map.of(
                "a", Map.of("b", "true"),
                "port", "8080",
                "zones", List.of("eu-1", " 2", true),
                "tags", List.of("1", "x"),
                "dotted.key", "null"));
    }

    @Test
    void typesValuesLikeHelm() {
        assertThat(SetParameters.typed("TRUE")).isEqualTo(true);
        assertThat(SetParameters.typed("null")).isNull();
        assertThat(SetParameters.typed("0")).isEqualTo(0L);
        assertThat(SetParameters.typed("-12")).isEqualTo(-12L);
        assertThat(SetParameters.typed("012")).isEqualTo("012");
        assertThat(SetParameters.typed("1.5")).isEqualTo("1.5");
        assertThat(SetParameters.typed("99999999999999999999")).isEqualTo("99999999999999999999");
    }

    @Test
    void parsesHelmKeys() {
        assertThat(SetParameters.parseKey("a.b\\.c[2].d")).containsExactly("a", "b.c", 2, "d");
        assertThat(SetParameters.parseKey("list[0]")).containsExactly("list", 0);
        assertThat(SetParameters.parseKey("odd[x]")).containsExactly("odd[x]");
    }
}
