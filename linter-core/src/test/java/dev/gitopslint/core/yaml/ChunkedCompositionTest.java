package dev.gitopslint.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Composing a large stream in parts must give exactly what one pass gives, positions included. */
class ChunkedCompositionTest {

    private static final int SMALL_CHUNKS = 64;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Test
    void manyObjectsWithCommentsEmptyDocumentsAndEndMarkers() {
        StringBuilder text = new StringBuilder("# a stream\n");
        for (int i = 0; i < 60; i++) {
            text.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-").append(i)
                    .append("  # trailing comment\ndata:\n  key: \"value ").append(i).append("\"\n  list: [1, 2.5, true, ~]\n");
            if (i % 7 == 0) {
                text.append("---\n");
            }
            if (i % 11 == 0) {
                text.append("...\n# between documents\n");
            }
            if (i % 13 == 0) {
                text.append("--- {inline: ").append(i).append("}\n");
            }
        }
        assertCutAndSameAsOnePass(text.toString());
        assertCutAndSameAsOnePass(text.toString().replace("\n", "\r\n"));
        assertThat(composedInParts(text.toString())).isTrue();
    }

    @Test
    void problemsKeepTheirPositionsAndOrder() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("---\nbase: &b {x: 1}\ncopy: *b\nmerged:\n  <<: *b\n  y: 2\ndup: 1\ndup: 2\nmissing: *nowhere\n");
        }
        assertCutAndSameAsOnePass(text.toString());
    }

    @Test
    void aSyntaxErrorGivesTheSinglePassResult() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("---\nname: n").append(i).append('\n');
            if (i == 20) {
                text.append("broken: \"unclosed\n");
            }
        }
        assertCutAndSameAsOnePass(text.toString());
        assertThat(composedInParts(text.toString())).isFalse();
    }

    @Test
    void topLevelBlockScalarsGiveTheSinglePassResult() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("--- |\n  text ").append(i).append("\nfoo\n---\nkey: ").append(i).append('\n');
        }
        assertCutAndSameAsOnePass(text.toString());
    }

    @Test
    void linesThatOnlyLookLikeMarkersAreNotCuts() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("---\ntext: |\n  ----\n  ---x\nplain: a\n  ---b\n");
        }
        assertCutAndSameAsOnePass(text.toString());
    }

    @Test
    void directivesAndLoneCarriageReturnsAreNotCut() {
        StringBuilder directives = new StringBuilder();
        StringBuilder carriageReturns = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            directives.append("%YAML 1.2\n---\nkey: ").append(i).append("\n...\n");
            carriageReturns.append("---\rkey: ").append(i).append('\r');
        }
        assertThat(DocumentChunks.split(directives.toString(), SMALL_CHUNKS)).hasSize(1);
        assertThat(DocumentChunks.split(carriageReturns.toString(), SMALL_CHUNKS)).hasSize(1);
        assertSameAsOnePass(directives.toString());
        assertSameAsOnePass(carriageReturns.toString());
    }

    @Test
    void smallTextsAreNotCut() {
        assertThat(DocumentChunks.split("a: 1\n---\nb: 2\n", YamlLoader.CHUNK_CHARS)).hasSize(1);
    }

    private static boolean composedInParts(String text) {
        YamlLoader loader = new YamlLoader(YamlLimits.defaults());
        return ChunkedComposition.compose("f.yaml", DocumentChunks.split(text, SMALL_CHUNKS), POOL,
                chunk -> loader.parse("f.yaml", chunk.text())).isPresent();
    }

    private static void assertCutAndSameAsOnePass(String text) {
        assertThat(DocumentChunks.split(text, SMALL_CHUNKS).size()).isGreaterThan(5);
        assertSameAsOnePass(text);
    }

    private static void assertSameAsOnePass(String text) {
        YamlFile single = new YamlLoader(YamlLimits.defaults()).parse("f.yaml", text);
        YamlFile chunked = new YamlLoader(YamlLimits.defaults(), POOL, SMALL_CHUNKS).parse("f.yaml", text);
        assertThat(dump(chunked)).isEqualTo(dump(single));
        assertThat(single.documents()).isNotEmpty();
    }

    private static String dump(YamlFile file) {
        StringBuilder out = new StringBuilder(file.path()).append('\n');
        for (YamlDocument document : file.documents()) {
            out.append("document ").append(document.index()).append(" of ").append(document.file()).append(" at ")
                    .append(document.start()).append(": ");
            document.root().ifPresentOrElse(root -> dump(root, out), () -> out.append("(empty)"));
            out.append('\n');
        }
        file.problems().forEach(p -> out.append(p.kind()).append(' ').append(p.position()).append(' ')
                .append(p.message()).append('\n'));
        return out.toString();
    }

    private static void dump(YamlNode node, StringBuilder out) {
        out.append(node.position()).append(' ');
        if (node instanceof YamlMap map) {
            out.append('{');
            for (YamlEntry entry : map.entries()) {
                dump(entry.key(), out);
                out.append(": ");
                dump(entry.value(), out);
                out.append(", ");
            }
            out.append('}');
        } else if (node instanceof YamlSeq seq) {
            out.append('[');
            seq.items().forEach(item -> {
                dump(item, out);
                out.append(", ");
            });
            out.append(']');
        } else if (node instanceof YamlScalar scalar) {
            out.append(scalar.kind()).append('(').append(scalar.value()).append('|').append(scalar.text())
                    .append(scalar.quoted() ? "|quoted" : "").append(')');
        }
    }
}
