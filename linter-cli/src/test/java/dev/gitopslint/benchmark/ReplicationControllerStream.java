package dev.gitopslint.benchmark;

/**
 * One YAML stream of N small ReplicationControllers ({@code replicationcontrollers.yaml}, about 400 bytes
 * per object), and a config raising the file size limit for it. Every 1000th object has a string replica
 * count, so the error path of the schema validation runs too.
 */
final class ReplicationControllerStream {

    static final int INVALID_EVERY = 1000;

    private final int objects;

    ReplicationControllerStream(int objects) {
        this.objects = objects;
    }

    void writeTo(GeneratedTree tree) {
        tree.write(".gitops-lint.yaml", "# The generated stream is larger than the default 8 MiB limit.\n"
                + "maxFileSize: 1GiB\n");
        // Written as a stream: the whole text would be tens of megabytes.
        tree.write("replicationcontrollers.yaml", out -> {
            for (int i = 1; i <= objects; i++) {
                out.write(object(i));
            }
        });
    }

    static String object(int index) {
        String name = String.format("rc-%06d", index);
        String replicas = index % INVALID_EVERY == 0 ? "\"3\"" : Integer.toString(1 + index % 3);
        return """
                ---
                apiVersion: v1
                kind: ReplicationController
                metadata:
                  name: %1$s
                  namespace: bench
                  labels:
                    app: %1$s
                spec:
                  replicas: %2$s
                  selector:
                    app: %1$s
                  template:
                    metadata:
                      labels:
                        app: %1$s
                    spec:
                      containers:
                        - name: app
                          image: registry.example.com/bench/app:1.%3$d.0
                          ports:
                            - containerPort: 8080
                          resources:
                            requests:
                              cpu: 10m
                              memory: 32Mi
                """.formatted(name, replicas, index % 50);
    }
}
