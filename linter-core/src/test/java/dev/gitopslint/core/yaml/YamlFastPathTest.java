package dev.gitopslint.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader must give exactly what the general parser gives — documents, values, kinds, quoting,
 * every position, every problem — or hand over to it. Checked on hand-written edge cases, on every YAML
 * file of the repository, and on many random mutations of them.
 */
class YamlFastPathTest {

    private static final YamlLoader LOADER = new YamlLoader(YamlLimits.defaults());

    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: two\n",
        "# comment\n\n  a: 1\n  b:\n    c: [] # empty\n    d: {}\n",
        "a:\n- x\n- y\nb: 2\n",
        "a:\n  - x\n  -\n  - y: 1\n    z:\n  -   w: 2\n",
        "- a: 1\n  b:\n  - c\n- d\n-\n- 'e''s'\n",
        "s: \"tab\\there \\\"q\\\" \\u00e9 \\x41 \\U0001F600\"\nt: 'x # not a comment'\n",
        "url: http://x:80/a#frag\nimage: nginx:1.25 # pinned\nk: a b  c   \n",
        "---\na: 1\n---\n---\n# only a comment\n---\n- 1\n",
        "--- # start\na: 1\n",
        "a: 1\n...\n",
        "a: 1\n---\nb: |\n  block\n---\nc: 3\n",
        "a: &x 1\nb: *x\n",
        "a: 1\n---\nb: !!str 2\n---\nc: 3\n",
        "a: b\n  c\n",
        "a: b\n  c: d\n",
        "a:\n  b\n",
        "- a\n  b: c\n",
        "a: 1\na: 2\n---\nb: [1, 2]\nb: 3\n",
        "a: 1\nb: 2\na: 3\n---\nc: {x: 1}\n",
        "\"quoted key\": 1\n'single': 2\n",
        "a: 'unclosed\n  b\n",
        "a: \"x\" y\n",
        "a:b\n",
        "? a\n: b\n",
        "key with spaces: value: more\n",
        "a: -1\nb: -x\nc: - x\n",
        "a: ~\nb: null\nc: true\nd: 0x1F\ne: 1.5e3\nf: .inf\ng: 012\nh: yes\n",
        "%YAML 1.2\n---\na: 1\n",
        "a:\n\tb: 1\n",
        "a: 1\r\nb: 2\r\n",
        "\uFEFFa: 1\n",
        "a: \"\\q\"\n",
        "a: 1\n- b\n",
        "- a\nb: 1\n",
        "  a: 1\nb: 2\n",
        "a: [1]\n",
        "a: {}x\n",
        "a: [] # c\nb: {}  \n",
        "x: 1\n---\ny: 2\n--- z\n",
        "",
        "# nothing\n",
        "a:\n",
        "-\n",
        "a: é ü\nb: \u4e2d\u6587\n",
        "a: [x, \"y\", 'z', 1, true, ~]\nb: [ x , y ]\nc: [x,y]\n- [a]\n",
        "a: [x, \"y\", 'z', 1, true, ~]\nb: [ x , y ]\nc: [x,y]\nd:\n- [a, b c] # c\n",
        "a: [x, ]\n", "a: [x y, z]\n", "a: [a:b]\n", "a: [-1, -x]\n", "a: [-]\n", "a: [x]y\n",
        "a: \"\\L\"\n", "a: \"\\P\"\n", "\"\\L\": 1\n", "a: [x, \"\\P\"]\n",
        "a: \"\\x\uFF14\uFF11\"\n", "a: \"\\x\u0663\u0663\"\n", "a: \"\\u\uFF26\uFF26\uFF10\uFF18\"\n",
        "a: \"\\U80000000\"\nb: 1\n",
        "a: [x\n", "a: [[x]]\n", "a: [{x: 1}]\n", "a: [x, 'y]\n", "a: [#x]\n", "a: [x #y]\n",
    })
    void edgeCasesMatchTheGeneralParser(String text) {
        assertSameAsGeneralParser("case.yaml", text);
    }

    @Test
    void aTypicalManifestIsReadWithoutTheGeneralParser() {
        String text = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: {}\n"
                + "spec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n      - name: web\n"
                + "        image: \"nginx:1.25\"\n        args: []\n        ports:\n        - containerPort: 80\n";
        BlockYamlFastPath.Result result = BlockYamlFastPath.read(text,
                new EventComposer("f.yaml", YamlLimits.defaults()));
        assertThat(result.complete()).isTrue();
        assertThat(describe(result.file())).isEqualTo(describe(LOADER.parseGenerally("f.yaml", text, 0)));
    }

    @Test
    void aDocumentOutsideTheSubsetIsHandedOverFromItsStart() {
        String text = "a: 1\n---\nb: |\n  block\n---\nc: 3\n";
        BlockYamlFastPath.Result result = BlockYamlFastPath.read(text,
                new EventComposer("f.yaml", YamlLimits.defaults()));
        assertThat(result.complete()).isFalse();
        assertThat(result.file().documents()).hasSize(1);
        assertThat(result.restartIndex()).isEqualTo(text.indexOf("---"));
        assertThat(result.restartLine()).isEqualTo(1);
    }

    @Test
    void problemsOfAHandedOverDocumentAreNotReportedTwice() {
        String text = "a: 1\na: 2\n---\nb: 1\nb: 2\nc: &x 1\n";
        YamlFile file = LOADER.load("f.yaml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(file.problems()).extracting(p -> p.position().line()).containsExactly(2, 5);
        assertThat(describe(file)).isEqualTo(describe(LOADER.parseGenerally("f.yaml", text, 0)));
    }

    @Test
    void everyYamlFileOfTheRepositoryReadsAsTheGeneralParserReadsIt() throws IOException {
        List<Path> files = repositoryYamlFiles();
        assertThat(files).hasSizeGreaterThan(100);
        int readWhole = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertSameAsGeneralParser(file.toString(), text);
            if (BlockYamlFastPath.read(text, new EventComposer("f.yaml", YamlLimits.defaults())).complete()) {
                readWhole++;
            }
        }
        assertThat(readWhole).as("files the fast reader reads whole").isGreaterThan(files.size() / 2);
    }

    @Test
    void randomMutationsOfTheRepositoryFilesReadAsTheGeneralParserReadsThem() throws IOException {
        Random random = new Random(20261123);
        String alphabet = " :-#'\"\\[]{}|>&*!?%@,\n\n\n  abc01.~";
        for (Path file : repositoryYamlFiles()) {
            String original = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (original.isEmpty() || original.length() > 20_000) {
                continue;
            }
            for (int round = 0; round < 10; round++) {
                StringBuilder text = new StringBuilder(original);
                for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                    int at = random.nextInt(text.length());
                    if (random.nextBoolean()) {
                        text.deleteCharAt(at);
                    } else {
                        text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    if (text.length() == 0) {
                        break;
                    }
                }
                assertSameAsGeneralParser(file + " mutated (round " + round + ")", text.toString());
            }
        }
    }

    private static void assertSameAsGeneralParser(String name, String text) {
        YamlFile general = LOADER.parseGenerally("f.yaml", text, 0);
        YamlFile loaded = LOADER.parse("f.yaml", text);
        assertThat(describe(loaded)).as(() -> name + ":\n" + text).isEqualTo(describe(general));
    }

    private static List<Path> repositoryYamlFiles() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (String top : List.of("fixtures", "linter-core/src", "linter-rules/src", "linter-cli/src", "docs")) {
            Path dir = root.resolve(top);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .filter(p -> !p.toString().contains("/target/"))
                        .filter(p -> p.toFile().length() < 1 << 20) // the 20 MiB hostile file: the loader refuses it
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    /** Everything a reader decides, positions included, as text (so a difference shows where it is). */
    static String describe(YamlFile file) {
        StringBuilder out = new StringBuilder();
        for (YamlDocument document : file.documents()) {
            out.append("document ").append(document.index()).append(" at ").append(document.start()).append('\n');
            document.root().ifPresent(root -> describe(root, "  ", out));
        }
        file.problems().forEach(p -> out.append("problem ").append(p.kind()).append(' ').append(p.position())
                .append(' ').append(p.message()).append('\n'));
        return out.toString();
    }

    private static void describe(YamlNode node, String indent, StringBuilder out) {
        out.append(indent).append(node.position().line()).append(':').append(node.position().column()).append(' ');
        if (node instanceof YamlScalar scalar) {
            out.append(scalar.kind()).append(scalar.quoted() ? " quoted " : " plain ").append('[')
                    .append(scalar.text()).append("] = ").append(scalar.value()).append('\n');
        } else if (node instanceof YamlSeq seq) {
            out.append("seq\n");
            seq.items().forEach(item -> describe(item, indent + "  ", out));
        } else if (node instanceof YamlMap map) {
            out.append("map\n");
            for (YamlEntry entry : map.entries()) {
                describe(entry.key(), indent + "  key ", out);
                describe(entry.value(), indent + "    ", out);
            }
        }
    }
}
