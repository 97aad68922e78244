import type Docker from 'dockerode';
import { authService, type RegistryLogin } from '../docker/buildkit/auth-service.js';
import { runBuildKitBuild } from '../docker/buildkit/build.js';
import { secretsService } from '../docker/buildkit/secrets-service.js';
import { openSession } from '../docker/buildkit/session.js';
import { runEngineBuild } from '../docker/image-build.js';
import type { Logger } from '../log/logger.js';
import type { BuildOptions } from './build-image.js';
import { packContext, tarSize } from './context-tar.js';
import { mb, type BuildPlan } from './plan.js';

/** What a build may reuse and where its credentials come from. */
export interface EngineBuildInputs {
  /** Cache sources checked to exist (BuildKit imports their layers and inline cache metadata). */
  cacheFrom: string[];
  /** Write inline cache metadata into the image (BuildKit; for a pushed image). */
  inlineCache: boolean;
  loginFor: (host: string) => Promise<RegistryLogin | undefined>;
}

/** Sends the planned context to the engine and builds it as `name:<first tag>`; resolves to the image ID. */
export async function buildInEngine(
  docker: Docker,
  plan: BuildPlan,
  options: BuildOptions,
  inputs: EngineBuildInputs,
  log: Logger,
): Promise<string> {
  const { context, name, tags } = plan;
  // Progress counts tar bytes (headers and padding too), so the total is the tar's length.
  const total = mb(tarSize(context));
  const tar = packContext(context, {
    onBytes: throttle((sent) => log.progress(`sending context: ${mb(sent)} / ${total} MB`)),
    expectIds: plan.contentIds,
  });
  const common = {
    group: `building ${name}:${tags[0]} (${plan.builder === 'buildkit' ? 'BuildKit' : 'classic builder'})`,
    tag: `${name}:${tags[0]}`,
    dockerfile: context.dockerfileName,
    labels: plan.labels,
    target: options.target,
    platform: options.platform,
    network: plan.network,
  };
  if (plan.builder === 'classic') {
    return runEngineBuild(docker, tar, { ...common, buildArgs: options.buildArgs ?? {} }, log);
  }

  if (context.readOnlyEntries.length) {
    // moby 20.10 hands BuildKit an uploaded context as a remote one, to which the Dockerfile
    // frontend applies no .dockerignore: what the CLI's session transfer leaves out stays in.
    log.warn(
      `with BuildKit, COPY of the whole context also copies ${context.readOnlyEntries.join(', ')}, ` +
        'which .dockerignore excludes but the engine must read (the classic builder drops them)',
    );
  }
  const session = await openSession(docker, [authService(inputs.loginFor), secretsService(plan.secrets)]);
  try {
    return await runBuildKitBuild(
      docker,
      tar,
      {
        ...common,
        // Not in the input digest: it adds cache metadata to the image config, nothing else.
        buildArgs: { ...options.buildArgs, ...(inputs.inlineCache ? { BUILDKIT_INLINE_CACHE: '1' } : {}) },
        dockerfileText: context.dockerfileContent.toString('utf8'),
        cacheFrom: inputs.cacheFrom,
        pull: plan.pull,
        session: session.id,
      },
      log,
    );
  } finally {
    session.close();
  }
}

function throttle(fn: (n: number) => void, ms = 500): (n: number) => void {
  let last = 0;
  return (n) => {
    const now = Date.now();
    if (now - last >= ms) {
      last = now;
      fn(n);
    }
  };
}
