package dev.gitopslint.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void findsEveryLineWithoutItsBreak() {
        LineIndex index = LineIndex.of("first\r\nsecond\n\nfourth");
        assertThat(index.line(1)).isEqualTo("first");
        assertThat(index.line(2)).isEqualTo("second");
        assertThat(index.line(3)).isEmpty();
        assertThat(index.line(4)).isEqualTo("fourth");
    }

    @Test
    void linesPastTheEndOrBeforeTheStartAreEmpty() {
        LineIndex index = LineIndex.of("only\n");
        assertThat(index.line(1)).isEqualTo("only");
        assertThat(index.line(2)).isEmpty();
        assertThat(index.line(3)).isEmpty();
        assertThat(index.line(0)).isEmpty();
    }

    @Test
    void handlesLongTexts() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            text.append("line ").append(i).append('\n');
        }
        LineIndex index = LineIndex.of(text.toString());
        assertThat(index.line(1)).isEqualTo("line 1");
        assertThat(index.line(9_999)).isEqualTo("line 9999");
        assertThat(index.line(10_000)).isEqualTo("line 10000");
        assertThat(index.line(10_001)).isEmpty();
    }
}
