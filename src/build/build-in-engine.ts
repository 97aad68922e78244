import type Docker from 'dockerode';
import { runEngineBuild } from '../docker/image-build.js';
import type { Logger } from '../log/logger.js';
import type { BuildOptions } from './build-image.js';
import { packContext, tarSize } from './context-tar.js';
import { mb, type BuildPlan } from './plan.js';

/** Sends the planned context to the engine and builds it as `name:<first tag>`; resolves to the image ID. */
export function buildInEngine(docker: Docker, plan: BuildPlan, options: BuildOptions, log: Logger): Promise<string> {
  const { context, name, tags } = plan;
  // Progress counts tar bytes (headers and padding too), so the total is the tar's length.
  const total = mb(tarSize(context));
  const tar = packContext(context, { onBytes: throttle((sent) => log.progress(`sending context: ${mb(sent)} / ${total} MB`)) });
  return runEngineBuild(docker, tar, {
    group: `building ${name}:${tags[0]}`,
    tag: `${name}:${tags[0]}`,
    dockerfile: context.dockerfileName,
    buildArgs: options.buildArgs ?? {},
    labels: plan.labels,
    target: options.target,
    platform: options.platform,
  }, log);
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
