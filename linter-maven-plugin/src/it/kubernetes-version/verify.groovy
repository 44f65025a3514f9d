// The version set through a user property reaches the linter, which refuses one it has no schemas for.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] Kubernetes version 1\.20 is not bundled; choose one of 1\.\d+/
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/gitops-lint').exists()
