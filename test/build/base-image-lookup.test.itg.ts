import { describe, expect, it } from 'vitest';
import { resolveBaseImages } from '../../src/build/base-images.js';
import { connectEngine } from '../../src/docker/engine.js';
import { testInfra } from '../support/infra.js';
import { RecordingLogger } from './helpers.js';

describe('resolving base images in their registries', () => {
  it('says why a registry could not be asked, instead of treating the base as absent', async () => {
    const docker = await connectEngine();
    const log = new RecordingLogger();
    // Nothing serves port 1: the lookup fails, it does not find "no such tag".
    const resolved = await resolveBaseImages(['127.0.0.1:1/team/base:1'], docker, async () => undefined, log);
    expect(resolved.unresolved).toEqual(['127.0.0.1:1/team/base:1']);
    expect(resolved.lookupFailures).toEqual([
      { image: '127.0.0.1:1/team/base:1', reason: expect.stringContaining('cannot reach registry 127.0.0.1:1') },
    ]);
  });

  it('a tag the registry does not have is absent, not a failure', async () => {
    const infra = testInfra();
    const docker = await connectEngine();
    const credentials = { username: infra.username, password: infra.password, source: 'inputs' };
    const image = `${infra.registry}/pinship-test/no-such-base:never-pushed`;
    const resolved = await resolveBaseImages([image], docker, async () => credentials, new RecordingLogger());
    expect(resolved.lookupFailures).toEqual([]);
    expect(resolved.unresolved).toEqual([image]);
  });
});
