// The clean repository passes, says so in one line, and both default reports are written.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] gitops-lint: no finding at or above error (0 errors, 0 warnings, 0 info)')
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/gitops-lint')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'gitops-lint.json'))
assert json.version == 1
assert json.findings.isEmpty()
assert json.summary.apps == 1
assert new File(reports, 'gitops-lint.txt').text.startsWith('No findings')
