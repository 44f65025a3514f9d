package dev.gitopslint.core.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthChallengeTest {

    @Test
    void parsesABearerChallengeWithCommasInsideQuotes() {
        List<AuthChallenge> challenges = AuthChallenge.parse(List.of(
                "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\","
                        + "scope=\"repository:library/nginx:pull,push\""));
        assertThat(challenges).hasSize(1);
        AuthChallenge bearer = challenges.get(0);
        assertThat(bearer.isBearer()).isTrue();
        assertThat(bearer.parameter("realm")).contains("https://auth.docker.io/token");
        assertThat(bearer.parameter("service")).contains("registry.docker.io");
        assertThat(bearer.parameter("scope")).contains("repository:library/nginx:pull,push");
    }

    @Test
    void toleratesSpacesUnquotedValuesEscapesAndCase() {
        AuthChallenge challenge = AuthChallenge.parse(List.of(
                "bearer  Realm = https://ghcr.io/token , service=ghcr.io, error=\"insufficient \\\"scope\\\"\""))
                .get(0);
        assertThat(challenge.isBearer()).isTrue();
        assertThat(challenge.parameter("realm")).contains("https://ghcr.io/token");
        assertThat(challenge.parameter("service")).contains("ghcr.io");
        assertThat(challenge.parameter("error")).contains("insufficient \"scope\"");
    }

    @Test
    void severalChallengesInOneOrManyHeaders() {
        List<AuthChallenge> challenges = AuthChallenge.parse(List.of("Basic realm=\"registry\", Bearer realm=\"x\"",
                "Negotiate"));
        assertThat(challenges).extracting(AuthChallenge::scheme).containsExactly("basic", "bearer", "negotiate");
        assertThat(challenges.get(0).isBasic()).isTrue();
        assertThat(challenges.get(1).parameter("realm")).contains("x");
    }

    @Test
    void malformedHeadersDoNotThrow() {
        assertThat(AuthChallenge.parse(List.of("", "=", "realm=\"unterminated", ",,,", "Bearer realm=\"open")))
                .extracting(AuthChallenge::scheme).contains("bearer");
        assertThat(AuthChallenge.parse(List.of())).isEmpty();
    }
}
