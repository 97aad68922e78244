import { loadRequestDescription } from '../standins/github/openapi-description.js';

/**
 * Vitest global setup: makes the GitHub stand-in's request description once, before the test
 * files start, so that no two files extract it from the 13 MB description at the same time.
 */
export default function githubDescriptionOnce(): void {
  loadRequestDescription();
}
