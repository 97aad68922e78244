import type Docker from 'dockerode';
import { buildImage, type BuildOptions } from '../../src/build/build-image.js';
import type { TestInfra } from '../support/infra.js';
import { RecordingLogger, cleanEnv } from './helpers.js';

export type TestBuildOptions = Partial<BuildOptions> & { context: string; image: string };

/**
 * `build(options, log?, engine?)` as the build tests run it: pushed to the test registry with its
 * credentials and a clean environment (options override), each image remembered in `created`
 * for removal. `engine()` is read per call: the tests connect in beforeAll.
 */
export function pushingBuild(infra: TestInfra, engine: () => Docker, created: Set<string>) {
  return async (options: TestBuildOptions, log = new RecordingLogger(), docker = engine()) => {
    const result = await buildImage(
      { push: true, username: infra.username, password: infra.password, env: cleanEnv(), ...options },
      { docker, log },
    );
    created.add(result.image);
    return { result, log };
  };
}
