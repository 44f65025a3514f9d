package dev.gitopslint.schemas.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class KubernetesBundleGeneratorTest {

    @TempDir
    Path upstream;

    @Test
    void mergesDocumentsResolvesReferencesAndPrunesUnusedDefinitions() throws IOException {
        write("api/v1.json", """
                {"components": {"schemas": {
                  "x.Widget": {"description": "a widget", "type": "object",
                    "x-kubernetes-group-version-kind": [{"group": "", "version": "v1", "kind": "Widget"}],
                    "properties": {
                      "description": {"type": "string", "description": "a property named description"},
                      "size": {"allOf": [{"$ref": "#/components/schemas/x.Size"}], "default": {}, "description": "d"}}},
                  "x.Size": {"type": "object", "x-kubernetes-preserve-unknown-fields": true,
                    "properties": {"n": {"type": "integer", "format": "int32", "enum": [1, 2],
                      "default": {"description": "kept, it is a value"}}}},
                  "x.Unused": {"type": "string"},
                  "x.Shared": {"type": "object", "x-kubernetes-group-version-kind": [
                    {"group": "", "version": "v1", "kind": "Shared"}, {"group": "apps", "version": "v1", "kind": "Shared"}]}
                }}}""");
        write("apis/apps/v1.json", """
                {"components": {"schemas": {
                  "x.Size": {"type": "object", "x-kubernetes-preserve-unknown-fields": true,
                    "properties": {"n": {"type": "integer", "format": "int32", "enum": [1, 2],
                      "default": {"description": "kept, it is a value"}}}}
                }}}""");

        JsonNode bundle = new KubernetesBundleGenerator().generate("1.99", upstream);

        assertThat(bundle.path("kinds").toString()).isEqualTo("{\"v1/Widget\":\"x.Widget\"}");
        JsonNode widget = bundle.at("/$defs/x.Widget");
        assertThat(widget.has("description")).isFalse();
        assertThat(widget.at("/properties/description/type").asString()).isEqualTo("string");
        assertThat(widget.at("/properties/size").toString()).isEqualTo("{\"$ref\":\"#/$defs/x.Size\",\"default\":{}}");
        JsonNode size = bundle.at("/$defs/x.Size");
        assertThat(size.path("x-kubernetes-preserve-unknown-fields").asBoolean()).isTrue();
        assertThat(size.at("/properties/n/default/description").asString()).isEqualTo("kept, it is a value");
        assertThat(size.at("/properties/n/enum").size()).isEqualTo(2);
        assertThat(bundle.path("$defs").has("x.Unused")).isFalse();
        assertThat(bundle.path("$defs").has("x.Shared")).isFalse();
    }

    @Test
    void failsOnAReferenceThatLeadsNowhere() throws IOException {
        write("api/v1.json", """
                {"components": {"schemas": {"x.Widget": {"type": "object",
                  "x-kubernetes-group-version-kind": [{"group": "", "version": "v1", "kind": "Widget"}],
                  "properties": {"a": {"$ref": "#/components/schemas/x.Missing"}}}}}}""");
        assertThatThrownBy(() -> new KubernetesBundleGenerator().generate("1.99", upstream))
                .hasMessageContaining("x.Missing");
    }

    @Test
    void failsWhenTwoDocumentsDisagreeOnADefinition() throws IOException {
        write("api/v1.json", "{\"components\": {\"schemas\": {\"x.A\": {\"type\": \"string\"}}}}");
        write("apis/apps/v1.json", "{\"components\": {\"schemas\": {\"x.A\": {\"type\": \"integer\"}}}}");
        assertThatThrownBy(() -> new KubernetesBundleGenerator().generate("1.99", upstream))
                .hasMessageContaining("x.A differs");
    }

    private void write(String relative, String json) throws IOException {
        Path file = upstream.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }
}
