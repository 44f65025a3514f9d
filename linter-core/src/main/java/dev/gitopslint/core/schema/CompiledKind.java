package dev.gitopslint.core.schema;

import com.networknt.schema.Schema;

/** A kind's compiled schema and where it came from. */
record CompiledKind(KindSchema info, Schema schema) {
}
