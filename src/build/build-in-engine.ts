import type Docker from 'dockerode';
import type { Readable } from 'node:stream';
import { authService, type RegistryLogin } from '../docker/buildkit/auth-service.js';
import { runBuildKitBuild } from '../docker/buildkit/build.js';
import { secretsService } from '../docker/buildkit/secrets-service.js';
import { fileSyncService } from '../docker/buildkit/filesync-service.js';
import type { SessionService } from '../docker/buildkit/grpc-service.js';
import { openSession } from '../docker/buildkit/session.js';
import { runEngineBuild } from '../docker/image-build.js';
import type { Logger } from '../log/logger.js';
import { mb } from '../log/megabytes.js';
import type { BuildOptions } from './build-image.js';
import { contextSync } from './context/sync.js';
import { packContext, tarSize } from './context/tar.js';
import { contextTransfer } from './engine-choice.js';
import type { BuildPlan } from './plan.js';

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
    const tar = contextTar(plan, log);
    return runEngineBuild(docker, tar, { ...common, buildArgs: options.buildArgs ?? {} }, log);
  }

  const services = [authService(inputs.loginFor), secretsService(plan.secrets)];
  const buildKit = {
    ...common,
    // Not in the input digest: it adds cache metadata to the image config, nothing else.
    buildArgs: { ...options.buildArgs, ...(inputs.inlineCache ? { BUILDKIT_INLINE_CACHE: '1' } : {}) },
    dockerfileText: context.dockerfileContent.toString('utf8'),
    cacheFrom: inputs.cacheFrom,
    pull: plan.pull,
  };
  const call = { docker, plan, buildKit, services, log };
  return contextTransfer(options) === 'tar' ? buildKitFromTar(call) : buildKitOverFileSync(call);
}

/** One BuildKit build: its options but the session, and the services its session serves. */
interface BuildKitCall {
  docker: Docker;
  plan: BuildPlan;
  buildKit: Omit<Parameters<typeof runBuildKitBuild>[2], 'session'>;
  services: SessionService[];
  log: Logger;
}

/** BuildKit given the context as an uploaded tar (`context-transfer: tar`). */
async function buildKitFromTar({ docker, plan, buildKit, services, log }: BuildKitCall): Promise<string> {
  if (plan.context.readOnlyEntries.length) {
    // moby 20.10 hands BuildKit an uploaded context as a remote one, to which the Dockerfile
    // frontend applies no .dockerignore: what the file sync leaves out stays in.
    const kept = plan.context.readOnlyEntries.join(', ');
    log.warn(
      `with BuildKit and a tar upload, COPY of the whole context also copies ${kept}, ` +
        'which .dockerignore excludes but the engine must read (the file sync and the classic builder drop them)',
    );
  }
  const tar = contextTar(plan, log);
  const session = await openSession(docker, services);
  try {
    return await runBuildKitBuild(docker, tar, { ...buildKit, session: session.id }, log);
  } finally {
    session.close();
  }
}

/** BuildKit reading the context over the session's file sync: it asks only for the files it lacks. */
async function buildKitOverFileSync({ docker, plan, buildKit, services, log }: BuildKitCall): Promise<string> {
  const total = mb(plan.context.bytes);
  let failure: unknown;
  const sync = contextSync(
    plan.context,
    plan.contentIds,
    throttle((sent) => log.progress(`sending context: ${mb(sent)} / ${total} MB (the files the engine asks for)`)),
  );
  const fileSync = fileSyncService(sync.dirs, (err) => (failure ??= err));
  const session = await openSession(docker, [...services, fileSync], { sharedKey: sync.sharedKey });
  try {
    const syncFailure = () => failure;
    const id = await runBuildKitBuild(
      docker,
      undefined,
      { ...buildKit, dockerfile: sync.dockerfileName, session: session.id, syncFailure },
      log,
    );
    const sent = sync.sent();
    log.info(
      `context: the engine asked for ${sent.files} of ${sent.offered} files (${mb(sent.bytes)} of ${total} MB); ` +
        'the others it kept from an earlier build of this directory, or no step reads them',
    );
    return id;
  } finally {
    session.close();
  }
}

/** The planned context as a tar stream, checked against the planned content ids as it goes. */
function contextTar(plan: BuildPlan, log: Logger): Readable {
  // Progress counts tar bytes (headers and padding too), so the total is the tar's length.
  const total = mb(tarSize(plan.context));
  return packContext(plan.context, {
    onBytes: throttle((sent) => log.progress(`sending context: ${mb(sent)} / ${total} MB`)),
    expectIds: plan.contentIds,
  });
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
