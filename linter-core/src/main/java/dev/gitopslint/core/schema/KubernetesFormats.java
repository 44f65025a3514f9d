package dev.gitopslint.core.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.format.Format;
import java.util.Base64;
import java.util.List;

/** The string formats Kubernetes checks that JSON Schema does not define. */
final class KubernetesFormats {

    static final String QUANTITY = "quantity";
    static final String BYTE = "byte";

    private KubernetesFormats() {
    }

    static List<Format> all() {
        return List.of(new QuantityFormat(), new Base64Format());
    }

    private static final class QuantityFormat implements Format {
        @Override
        public String getName() {
            return QUANTITY;
        }

        @Override
        public boolean matches(ExecutionContext context, SchemaContext schemaContext, String value) {
            return KubernetesQuantity.isValid(value);
        }
    }

    /**
     * {@code format: byte} (Secret data, ConfigMap binaryData): standard base64 with padding, as Go's
     * decoder reads it (line breaks are ignored).
     */
    private static final class Base64Format implements Format {
        @Override
        public String getName() {
            return BYTE;
        }

        @Override
        public boolean matches(ExecutionContext context, SchemaContext schemaContext, String value) {
            String compact = value.indexOf('\n') < 0 && value.indexOf('\r') < 0
                    ? value : value.replace("\n", "").replace("\r", "");
            if (compact.length() % 4 != 0) {
                return false;
            }
            try {
                Base64.getDecoder().decode(compact);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
