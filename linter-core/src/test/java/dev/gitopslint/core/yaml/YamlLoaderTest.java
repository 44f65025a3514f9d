package dev.gitopslint.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gitopslint.core.source.Position;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class YamlLoaderTest {

    private final YamlLoader loader = new YamlLoader(YamlLimits.defaults());

    private YamlFile load(String text) {
        return loader.load("f.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keysAndScalarsKeepTheirLineAndColumn() {
        YamlFile file = load("a:\n  b: 1\n  c:\n    - x\n    - {d: true}\n");
        YamlDocument doc = file.documents().get(0);
        assertThat(doc.positionOf("/a/b")).isEqualTo(new Position("f.yaml", 2, 3));
        assertThat(doc.at("/a/b").get().position()).isEqualTo(new Position("f.yaml", 2, 6));
        assertThat(doc.positionOf("/a/c/1/d")).isEqualTo(new Position("f.yaml", 5, 8));
        assertThat(doc.positionOf("/a/missing/deeper")).as("closest existing ancestor")
                .isEqualTo(new Position("f.yaml", 1, 1));
    }

    @Test
    void scalarsResolveWithTheCoreSchema() {
        YamlMap root = load("i: 42\nh: 0x1F\nf: 1.5\nb: true\nn: ~\ns: '42'\ny: yes\n").documents().get(0).rootMap().get();
        assertThat(((YamlScalar) root.get("i").get()).value()).isEqualTo(42L);
        assertThat(((YamlScalar) root.get("h").get()).value()).isEqualTo(31L);
        assertThat(((YamlScalar) root.get("f").get()).value()).isEqualTo(1.5);
        assertThat(((YamlScalar) root.get("b").get()).value()).isEqualTo(true);
        assertThat(root.get("n").get().isNull()).isTrue();
        assertThat(((YamlScalar) root.get("s").get()).kind()).isEqualTo(YamlScalar.Kind.STRING);
        assertThat(((YamlScalar) root.get("s").get()).quoted()).isTrue();
        assertThat(((YamlScalar) root.get("y").get()).kind()).isEqualTo(YamlScalar.Kind.STRING);
    }

    @Test
    void multiDocumentStreamsKeepEveryDocumentAndSkipEmptyOnes() {
        YamlFile file = load("a: 1\n---\n---\nb: 2\n");
        assertThat(file.documents()).hasSize(3);
        assertThat(file.documents().get(1).root()).isEmpty();
        assertThat(file.documents().get(2).positionOf("/b").line()).isEqualTo(4);
    }

    @Test
    void duplicateKeysAreReportedOnTheSecondAndTheLaterValueWins() {
        YamlFile file = load("a: 1\nb: 2\na: 3\n");
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.DUPLICATE_KEY);
            assertThat(p.position().line()).isEqualTo(3);
            assertThat(p.message()).contains("first at line 1");
        });
        assertThat(((YamlScalar) file.documents().get(0).at("/a").get()).value()).isEqualTo(3L);
    }

    /** Small mappings find duplicates by scanning, large ones by hashing: both must agree. */
    @Test
    void duplicateKeysAreFoundInLargeMappingsAndThroughMergeKeys() {
        StringBuilder text = new StringBuilder("base: &b {k1: base, extra: base}\nbig:\n  <<: *b\n");
        for (int i = 0; i < 12; i++) {
            text.append("  k").append(i).append(": ").append(i).append('\n');
        }
        text.append("  k3: again\n");
        YamlFile file = load(text.toString());
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.DUPLICATE_KEY);
            assertThat(p.position().line()).isEqualTo(16);
            assertThat(p.message()).contains("'k3'", "first at line 7");
        });
        YamlMap big = file.documents().get(0).rootMap().orElseThrow().map("big").orElseThrow();
        assertThat(big.text("k3")).contains("again");
        assertThat(big.text("k1")).as("explicit keys win over merged ones").contains("1");
        assertThat(big.text("extra")).contains("base");
        assertThat(big.size()).isEqualTo(13);
    }

    @Test
    void syntaxErrorsAreLocatedAndEarlierDocumentsKept() {
        YamlFile file = load("ok: 1\n---\na:\n  b: 1\n c: 2\n");
        assertThat(file.documents()).hasSize(1);
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX);
            assertThat(p.position().line()).isEqualTo(5);
        });
    }

    @Test
    void anOutOfRangeEscapeIsASyntaxProblemNotACrash() {
        YamlFile file = load("a: 1\n---\nb: \"\\U80000000\"\n");
        assertThat(file.documents()).hasSize(1);
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX);
            assertThat(p.position().line()).isEqualTo(3);
            assertThat(p.message()).contains("escape sequence").contains("out of range");
        });
    }

    @Test
    void tabIndentationIsASyntaxError() {
        YamlFile file = load("a:\n\tb: 1\n");
        assertThat(file.problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX));
    }

    @Test
    @Timeout(10)
    void aliasBombsAreRefusedWithoutExpansion() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        YamlFile file = load(bomb.toString());
        assertThat(file.documents()).isEmpty();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.UNSAFE);
            assertThat(p.message()).contains("alias");
        });
    }

    @Test
    @Timeout(10)
    void aHostileOneLineNestingIsRefusedWithoutHoldingUpTheRun() {
        // 400,000 open sequences on one line: the parser alone would take tens of seconds over them
        YamlFile file = load("a: 1\n---\n" + "- ".repeat(400_000) + "x\n---\n# next\nafter: 1\n");
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.UNSAFE);
            assertThat(p.position().line()).isEqualTo(3);
        });
        assertThat(file.documents()).hasSize(2);
        assertThat(file.documents().get(1).index()).isEqualTo(1);
        assertThat(file.documents().get(1).positionOf("/after").line()).isEqualTo(6);
    }

    @Test
    @Timeout(10)
    void deepNestingIsRefusedAndTheNextDocumentStillLoads() {
        String deep = "{a: ".repeat(10_000) + "x" + "}".repeat(10_000) + "\n---\nafter: 1\n";
        YamlFile file = load(deep);
        assertThat(file.problems()).anySatisfy(p -> assertThat(p.kind()).isEqualTo(YamlProblem.Kind.UNSAFE));
        assertThat(file.documents()).singleElement()
                .satisfies(d -> assertThat(d.at("/after")).isPresent());
    }

    @Test
    @Timeout(10)
    void deepFlowNestingIsRefused() {
        YamlFile file = load("[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertThat(file.documents()).isEmpty();
        assertThat(file.problems()).isNotEmpty();
    }

    @Test
    void byteOrderMarkAndCrlfAreHandled() {
        byte[] bytes = "\uFEFFa: 1\r\nb: 2\r\n".getBytes(StandardCharsets.UTF_8);
        YamlFile file = loader.load("f.yaml", bytes);
        assertThat(file.problems()).isEmpty();
        assertThat(file.documents().get(0).positionOf("/b")).isEqualTo(new Position("f.yaml", 2, 1));
        assertThat(((YamlScalar) file.documents().get(0).at("/a").get()).text()).isEqualTo("1");
    }

    @Test
    void invalidUtf8IsReportedOnItsLine() {
        byte[] bytes = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        YamlFile file = loader.load("f.yaml", bytes);
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(YamlProblem.Kind.UNREADABLE);
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.message()).contains("UTF-8");
        });
    }

    @Test
    void binaryContentIsNotParsed() {
        YamlFile file = loader.load("f.yaml", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
        assertThat(file.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("binary"));
    }

    @Test
    void oversizedFilesAreReportedNotLoaded() {
        YamlLoader small = new YamlLoader(YamlLimits.defaults().withMaxFileBytes(10));
        YamlFile file = small.load("f.yaml", "a: 123456789012\n".getBytes(StandardCharsets.UTF_8));
        assertThat(file.documents()).isEmpty();
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.position().line()).isZero();
            assertThat(p.message()).contains("limit");
        });
    }

    @Test
    void mergeKeysApplyWithExplicitKeysWinning() {
        YamlMap root = load("base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n").documents().get(0).rootMap().get();
        YamlMap derived = root.map("derived").get();
        assertThat(((YamlScalar) derived.get("x").get()).value()).isEqualTo(1L);
        assertThat(((YamlScalar) derived.get("y").get()).value()).isEqualTo(3L);
    }

    @Test
    void undefinedAliasIsASyntaxProblem() {
        YamlFile file = load("a: *nowhere\n");
        assertThat(file.problems()).extracting(YamlProblem::kind).containsExactly(YamlProblem.Kind.SYNTAX);
    }

    @Test
    void convertsToJacksonWithTypes() {
        YamlNode root = load("a: [1, '2', null, true]\n").documents().get(0).root().get();
        assertThat(YamlToJackson.convert(root).toString()).isEqualTo("{\"a\":[1,\"2\",null,true]}");
    }

    @Test
    void manyDocumentsKeepTheirPositions() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c").append(i).append('\n');
        }
        YamlFile file = load(text.toString());
        assertThat(file.documents()).hasSize(2_000);
        assertThat(file.documents().get(1_999).positionOf("/metadata/name").line()).isEqualTo(10_000);
    }
}
