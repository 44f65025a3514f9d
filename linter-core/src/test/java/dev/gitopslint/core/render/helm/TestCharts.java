package dev.gitopslint.core.render.helm;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The charts under {@code src/test/resources/helm}. */
final class TestCharts {

    private TestCharts() {
    }

    static Path chart(String name) {
        return resource("helm/charts/" + name);
    }

    static Path resource(String path) {
        URL url = TestCharts.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalArgumentException("No test resource " + path);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
