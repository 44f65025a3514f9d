// -Dgitops-lint.skip=true: the defective repository is not linted and the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] gitops-lint: skipped')
assert !log.contains('values-empty-override')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/gitops-lint').exists()
