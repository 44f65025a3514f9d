// The error fails the build with a one-line summary; each finding is logged at its own level with
// file:line:col; the reports are written before the build fails.
def log = new File(basedir, 'build.log').text
def values = new File(basedir, 'gitops/values/env/dev/apps/api.yaml').canonicalPath
assert log.contains("[ERROR] ${values}:2:1: values-empty-override: `tolerations: []` replaces the inherited tolerations")
assert log.contains("[WARNING] ${values}:3:1: values-ineffective-override: `nodeSelector: {}` changes nothing")
assert log.contains('-> ' + new File(basedir, 'gitops/values/globals.yaml').canonicalPath + ':3:1  inherited tolerations')
assert log.contains('gitops-lint: 1 finding at or above error (1 error, 1 warning, 0 info)')
assert log.contains('BUILD FAILURE')

def reports = new File(basedir, 'target/gitops-lint')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'gitops-lint.json'))
assert json.findings*.ruleId == ['values-empty-override', 'values-ineffective-override']
assert json.findings[0].file == 'values/env/dev/apps/api.yaml'
assert new File(reports, 'gitops-lint.txt').text.contains('values/env/dev/apps/api.yaml:2:1  error    values-empty-override')
