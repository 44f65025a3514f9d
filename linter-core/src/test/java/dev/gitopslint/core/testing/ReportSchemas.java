package dev.gitopslint.core.testing;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates reports against the published formats, offline: SARIF against the OASIS 2.1.0 JSON Schema
 * (draft-04, format assertions on), JUnit XML against the common-format XSD. See the PROVENANCE note next
 * to the schemas. Nothing is ever fetched: the JSON Schema loader refuses remote documents and the XML
 * validator refuses external DTDs and schemas.
 */
public final class ReportSchemas {

    private static final String RESOURCES = "/dev/gitopslint/core/report/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SARIF = loadSarif();
    private static final javax.xml.validation.Schema JUNIT = loadJunit();

    private ReportSchemas() {
    }

    /** The schema violations of a SARIF document, as readable lines; empty when it is valid. */
    public static List<String> sarifErrors(String sarif) {
        JsonNode document = JSON.readTree(sarif);
        return SARIF.validate(document).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** The XSD violations of a JUnit XML report, with their line; empty when it is valid. */
    public static List<String> junitErrors(String xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = JUNIT.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return errors;
    }

    private static Schema loadSarif() {
        try (InputStream in = ReportSchemas.class.getResourceAsStream(RESOURCES + "sarif-schema-2.1.0.json")) {
            JsonNode schema = JSON.readTree(in);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getDraft4(), builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)));
            Schema compiled = registry.getSchema(SchemaLocation.of("https://gitops-lint.invalid/sarif-schema-2.1.0.json"),
                    schema);
            compiled.initializeValidators();
            return compiled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static javax.xml.validation.Schema loadJunit() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL xsd = ReportSchemas.class.getResource(RESOURCES + "junit-common.xsd");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("junit-common.xsd does not compile", e);
        }
    }
}
