package dev.gitopslint.core.report;

import dev.gitopslint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a lint result in one output format. */
public interface Reporter {

    void write(LintResult result, Writer out) throws IOException;
}
