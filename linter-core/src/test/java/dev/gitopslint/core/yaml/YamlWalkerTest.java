package dev.gitopslint.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlWalkerTest {

    @Test
    void visitsEveryEntryInDocumentOrderWithItsEscapedPointer() {
        YamlNode root = load("""
                a:
                  b: 1
                  list:
                    - x: 2
                    - [ {y: 3} ]
                c/d: {e~f: 4}
                z: 5
                """);
        List<String> visited = new ArrayList<>();
        YamlWalker.walk(root, (path, entry, parent) -> visited.add(path.pointer() + "=" + entry.name()));

        assertThat(visited).containsExactly(
                "/a=a", "/a/b=b", "/a/list=list", "/a/list/0/x=x", "/a/list/1/0/y=y",
                "/c~1d=c/d", "/c~1d/e~0f=e~f", "/z=z");
    }

    @Test
    void givesTheMappingHoldingEachEntryAndResolvablePointers() {
        YamlNode root = load("spec:\n  template:\n    spec:\n      containers:\n        - image: app:1\n");
        List<String> checked = new ArrayList<>();
        YamlWalker.walk(root, (path, entry, parent) -> {
            assertThat(parent.get(entry.name())).containsSame(entry.value());
            assertThat(JsonPointers.resolve(root, path.pointer())).containsSame(entry.value());
            checked.add(entry.name());
        });
        assertThat(checked).containsExactly("spec", "template", "spec", "containers", "image");
    }

    private static YamlNode load(String text) {
        YamlFile file = new YamlLoader(YamlLimits.defaults()).load("f.yaml", text.getBytes(StandardCharsets.UTF_8));
        return file.documents().get(0).root().orElseThrow();
    }
}
