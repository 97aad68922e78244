import type Docker from 'dockerode';
import type { Readable } from 'node:stream';
import { describeError, PinshipError } from '../../errors.js';
import { displayText } from '../../log/display-text.js';
import type { Logger } from '../../log/logger.js';
import { readJsonMessages } from '../json-stream.js';
import { failureHint } from './failure-hints.js';
import { dockerfileLine } from './step-line.js';
import { StepLog, type FailedStep } from './step-log.js';
import { decodeTrace, TRACE_ID } from './trace.js';

export interface BuildKitOptions {
  /** Name:tag the engine gives the result. */
  tag: string;
  dockerfile: string;
  /** The Dockerfile's text, to name the line of a failing step. */
  dockerfileText: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  target?: string;
  platform?: string;
  /** `networkmode` for RUN steps; undefined: the engine's default. */
  network?: string;
  /** Images whose layers (and inline cache metadata) may be reused. */
  cacheFrom: string[];
  /** Check the registry for newer base images (`pull=1`). */
  pull?: boolean;
  /** The session serving credentials, secrets and (without a tar) the context's file sync. */
  session: string;
  /** Why the file sync failed, if it did: wins over what the engine reports about it. */
  syncFailure?: () => unknown;
}

/**
 * Runs a BuildKit build (`POST /build?version=2`) of `context` (a tar stream), or, without one,
 * of the directories the session's file sync serves (`remote=client-session`, as the docker CLI
 * builds a local directory), logging each step inside a log group; resolves to the image ID. A
 * failing step becomes an error naming its Dockerfile line, with its last output lines repeated
 * after the group, so that they show without expanding it. When the context fails to go out (a
 * file changed while it was sent), that error wins over whatever the engine reports about it.
 */
export async function runBuildKitBuild(
  docker: Docker,
  context: Readable | undefined,
  options: BuildKitOptions & { group: string },
  log: Logger,
): Promise<string> {
  let tarError: unknown;
  context?.on('error', (err) => (tarError ??= err));
  const uploadError = () => tarError ?? options.syncFailure?.();
  const steps = new StepLog(log);
  let outcome: { imageId?: string; failure?: string };
  try {
    outcome = await log.group(options.group, () => streamBuild(docker, context, options, steps));
  } catch (err) {
    throw uploadError() ?? err;
  }
  const failed = uploadError();
  if (failed) throw failed;
  if (outcome.failure) throw buildFailure(outcome.failure, steps.failure(), options, log);
  if (!outcome.imageId) throw new PinshipError(`building ${options.tag}: the engine reported no image id`);
  return outcome.imageId;
}

async function streamBuild(docker: Docker, context: Readable | undefined, options: BuildKitOptions, steps: StepLog) {
  const query: Record<string, string> = {
    version: '2',
    session: options.session,
    t: options.tag,
    dockerfile: options.dockerfile,
    buildargs: JSON.stringify(options.buildArgs),
    labels: JSON.stringify(options.labels),
    rm: '1',
    forcerm: '1',
  };
  if (options.target) query.target = options.target;
  if (options.platform) query.platform = options.platform;
  if (options.network) query.networkmode = options.network;
  if (options.cacheFrom.length) query.cachefrom = JSON.stringify(options.cacheFrom);
  if (options.pull) query.pull = '1';
  // moby's builder-next: no `context` attribute for the frontend, which then reads the local
  // sources `context` and `dockerfile` from the session.
  if (!context) query.remote = 'client-session';

  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
    docker.modem.dial(
      {
        path: '/build?',
        method: 'POST',
        // Without a body, docker-modem would send the query as a JSON body: `_body: {}` sends none.
        ...(context ? { file: context, options: query } : { options: { _query: query, _body: {} } }),
        isStream: true,
        statusCodes: { 200: true, 400: 'bad parameter', 500: 'server error' },
      } as never,
      (err: unknown, res: unknown) => {
        if (err) reject(engineRefused(err, options));
        else resolve(res as NodeJS.ReadableStream);
      },
    );
  });
  const out: { imageId?: string; failure?: string } = {};
  await readJsonMessages(stream, (m) => {
    const aux = (m as { aux?: unknown }).aux;
    if (m.id === TRACE_ID && typeof aux === 'string') steps.update(decodeTrace(aux));
    else if (m.id === 'moby.image.id' && m.aux?.ID) out.imageId = m.aux.ID;
    if (m.error || m.errorDetail) out.failure = m.errorDetail?.message ?? m.error;
  }).catch((err: unknown) => {
    const why = `the engine's build stream broke: ${describeError(err)}`;
    throw new PinshipError(`building ${options.tag}: ${why}`, { cause: err });
  });
  return out;
}

function engineRefused(err: unknown, options: BuildKitOptions): PinshipError {
  const message = (err as { json?: { message?: string } }).json?.message ?? describeError(err);
  return new PinshipError(`building ${options.tag}: the engine refused the build: ${message.trim()}`, { cause: err });
}

/** The error for a failed build: the Dockerfile line and output of the failing step when known. */
function buildFailure(
  failure: string,
  step: FailedStep | undefined,
  options: BuildKitOptions,
  log: Logger,
): PinshipError {
  const frontend = /^#\s*syntax\s*=\s*(\S+)/im.exec(options.dockerfileText);
  // The frontend image is resolved before any Dockerfile step runs: no `[n/m]` step has failed.
  const dockerfileStepFailed = Boolean(step?.name.match(/^\[.*\d+\/\d+\]/));
  if (frontend && !dockerfileStepFailed && /frontend|dockerfile/i.test(failure)) {
    const what = `the Dockerfile's frontend ${frontend[1]} (its "# syntax=" line) could not be pulled`;
    return new PinshipError(`building ${options.tag}: ${what}: ${failure}`, {
      field: 'file',
      hint:
        'make that image reachable from the engine, or remove the "# syntax=" line to use the engine\'s ' +
        'built-in Dockerfile frontend',
    });
  }
  const target = /failed to reach build target (\S+)|target stage (\S+) could not be found/.exec(failure);
  if (target) {
    const stage = target[1] ?? target[2]!;
    const why = `${options.dockerfile} has no FROM … AS ${stage}`;
    return new PinshipError(`unknown build stage ${JSON.stringify(stage)}: ${why}`, { field: 'target' });
  }
  const hint = failureHint(failure, options.dockerfileText);
  if (!step) return new PinshipError(`building ${options.tag} failed: ${failure}`, { hint });
  log.info(`failing step: ${step.name}`);
  for (const line of step.lines) log.info(`  ${displayText(line)}`);
  const line = dockerfileLine(options.dockerfileText, step.name, options.buildArgs);
  // Without a line, the step name alone: `Dockerfile: [internal] …` would read as a line left empty.
  const where = line ? `${options.dockerfile}:${line}: ` : 'step ';
  return new PinshipError(`building ${options.tag} failed at ${where}${step.name}: ${failure}`, { hint });
}
