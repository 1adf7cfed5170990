/**
 * Runs after every browser test (jest setupFilesAfterEnv): a Content-Security-Policy violation or a
 * page without its security headers, on any page the test opened, fails the test. So every browser
 * test also proves that the policy breaks nothing.
 */
import { takeSecurityProblems } from './browser';

async function failOnSecurityProblems(): Promise<void> {
  const problems = await takeSecurityProblems();
  if (problems.length > 0) {
    throw new Error(
      `Content-Security-Policy violations or missing security headers:\n${problems.join('\n')}`,
    );
  }
}

afterEach(failOnSecurityProblems);
afterAll(failOnSecurityProblems);
