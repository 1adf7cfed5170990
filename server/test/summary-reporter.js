/**
 * Prints one plain closing line, "jest: N passed, N failed, N skipped", that CI reads to tell a run
 * that tested something from one that tested nothing. Written at exit, so it is the last line.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } =
      results;
    // A test file that crashed outside its tests ("Test suite failed to run") fails the run too.
    const crashed = numRuntimeErrorTestSuites ? `, ${numRuntimeErrorTestSuites} test files crashed` : '';
    const line = `jest: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped${crashed}\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}

module.exports = SummaryReporter;
