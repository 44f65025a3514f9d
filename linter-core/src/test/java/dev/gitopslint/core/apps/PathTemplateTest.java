package dev.gitopslint.core.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void matchesAndExpands() {
        PathTemplate template = new PathTemplate("sources/values/env/{env}/{domain}/{name}.yaml");
        assertThat(template.match("sources/values/env/dev/platform/keycloak.yaml"))
                .contains(Map.of("env", "dev", "domain", "platform", "name", "keycloak"));
        assertThat(template.match("sources/values/env/dev/platform/x/keycloak.yaml")).isEmpty();
        assertThat(template.expand(Map.of("env", "local", "domain", "data", "name", "redis")))
                .contains("sources/values/env/local/data/redis.yaml");
        assertThat(template.expand(Map.of("env", "local"))).isEmpty();
        assertThat(template.missing(Map.of("env", "local"))).containsExactly("domain", "name");
    }

    @Test
    void repeatedPlaceholdersMustAgree() {
        PathTemplate template = new PathTemplate("{name}/{name}.yaml");
        assertThat(template.match("a/a.yaml")).contains(Map.of("name", "a"));
        assertThat(template.match("a/b.yaml")).isEmpty();
    }

    @Test
    void regexCharactersInPathsAreLiteral() {
        assertThat(new PathTemplate("a.b/{x}.yaml").match("aXb/c.yaml")).isEmpty();
    }
}
