// An invalid configuration stops the build as an error of the build, with the file:line of the problem.
def log = new File(basedir, 'build.log').text
assert log.contains('gitops-lint: invalid configuration (paths relative to ' + basedir.canonicalPath + '):')
assert log.contains("[ERROR] .gitops-lint.yaml:9:1: unknown key 'layerz'")
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/gitops-lint').exists()
