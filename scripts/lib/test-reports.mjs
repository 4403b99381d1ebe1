import fs from "node:fs"

const readJson = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : undefined)

/** A part whose runner wrote no report failed before its tests ran: that counts as one failure. */
const NO_REPORT = { passed: 0, failed: 1, skipped: 0 }

export function countsFromJest(file) {
  const report = readJson(file)
  if (!report) return NO_REPORT
  const failedSuites = report.testResults.filter((suite) => suite.status === "failed" && !suite.assertionResults.length).length
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + failedSuites,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

export function countsFromPlaywright(file) {
  const report = readJson(file)
  if (!report) return NO_REPORT
  const { expected = 0, unexpected = 0, skipped = 0, flaky = 0 } = report.stats ?? {}
  return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped }
}

export function countsFromNodeTest(lines) {
  const count = (label) => Number(lines.map((line) => line.match(new RegExp(`^# ${label} (\\d+)`))).find(Boolean)?.[1] ?? 0)
  const passed = count("pass")
  const failed = count("fail") + count("cancelled")
  if (!passed && !failed) return NO_REPORT
  return { passed, failed, skipped: count("skipped") + count("todo") }
}
