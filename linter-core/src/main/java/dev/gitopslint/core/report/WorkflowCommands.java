package dev.gitopslint.core.report;

/**
 * GitHub Actions' escaping for workflow commands: in the message {@code %}, CR and LF; in property values
 * also {@code :} and {@code ,}, which would otherwise end the value.
 */
final class WorkflowCommands {

    private WorkflowCommands() {
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
