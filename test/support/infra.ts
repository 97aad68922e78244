import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

/** The engine, registry and base image that scripts/dev-infra.sh starts (npm test sources it). */
export interface TestInfra {
  registry: string;
  username: string;
  password: string;
  baseImage: string;
}

export function testInfra(): TestInfra {
  const registry = process.env.PINSHIP_TEST_REGISTRY;
  const passwordFile = process.env.PINSHIP_TEST_REGISTRY_PASSWORD_FILE;
  if (!registry || !passwordFile) {
    // Fail, never skip: these tests must run in CI. `npm test` starts everything they need.
    throw new Error('PINSHIP_TEST_REGISTRY is not set: run the tests with `npm test`');
  }
  return {
    registry,
    username: process.env.PINSHIP_TEST_REGISTRY_USER ?? 'pinship',
    password: readFileSync(passwordFile, 'utf8').trim(),
    baseImage: process.env.PINSHIP_TEST_BASE_IMAGE ?? 'pinship/busybox:base',
  };
}

/** A repository name no other test (or concurrent run) uses. */
export function uniqueRepo(infra: TestInfra, name: string): string {
  return `${infra.registry}/test/${name}-${randomBytes(4).toString('hex')}`;
}
