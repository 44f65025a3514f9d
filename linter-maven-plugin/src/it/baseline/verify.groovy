// The baselined error is only informational, the stale entry is listed, the new warning fails the
// build at failOn=warning, and every format lands in target/gitops-lint.
def log = new File(basedir, 'build.log').text
def values = new File(basedir, 'gitops/values/env/dev/apps/api.yaml').canonicalPath
assert log.contains("[INFO] (baselined) ${values}:2:1: values-empty-override:")
assert log.contains("[WARNING] ${values}:3:1: values-ineffective-override:")
assert log.contains('[WARNING] gitops-lint: baseline entry no longer found: ' + new File(basedir, 'gitops/values/globals.yaml').canonicalPath
        + ': secret-placeholder: a placeholder that was since replaced')
assert log.contains('gitops-lint: 1 of 2 entries of ')
assert log.contains('gitops-lint: 1 finding at or above warning (0 errors, 1 warning, 0 info)')
assert log.contains('BUILD FAILURE')

def reports = new File(basedir, 'target/gitops-lint')
assert reports.list().toList().sort() ==
        ['TEST-gitops-lint.xml', 'gitops-lint-github.txt', 'gitops-lint.json', 'gitops-lint.sarif', 'gitops-lint.txt']
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'gitops-lint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId.contains('values-ineffective-override')
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(reports, 'TEST-gitops-lint.xml'))
assert junit.documentElement.tagName in ['testsuites', 'testsuite']
assert new File(reports, 'gitops-lint-github.txt').text.contains('::warning file=values/env/dev/apps/api.yaml,line=3')
