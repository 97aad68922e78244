import type Docker from 'dockerode';
import type { Readable } from 'node:stream';
import { PinshipError, describeError } from '../errors.js';
import { displayText } from '../log/display-text.js';
import type { Logger } from '../log/logger.js';
import { readJsonMessages } from './json-stream.js';

export interface EngineBuildOptions {
  /** Name:tag the engine gives the result. */
  tag: string;
  dockerfile: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  target?: string;
  platform?: string;
  /** `networkmode` for RUN steps; undefined: the engine's default. */
  network?: string;
}

/** Lines of the step that was running when a build failed. */
interface StepLog {
  header: string;
  lines: string[];
}

/**
 * Runs a classic-builder build of `context` (a tar stream) on the engine, logging its output
 * live inside a log group named `group` (collapsed in Actions); resolves to the image ID. A failed
 * step becomes an error naming `Step N/M`, and its output is repeated after the group closes, so
 * that it shows without expanding the group.
 */
export async function runEngineBuild(
  docker: Docker,
  context: Readable,
  options: EngineBuildOptions & { group?: string },
  log: Logger,
): Promise<string> {
  const streamed = options.group
    ? await log.group(options.group, () => streamBuild(docker, context, options, log))
    : await streamBuild(docker, context, options, log);
  const { failure, step } = streamed;
  let { imageId } = streamed;

  if (failure) {
    const target = /failed to reach build target (\S+)/.exec(failure);
    if (target) throw unknownTarget(target[1]!, options.dockerfile);
    if (step) {
      log.info(`failing step: ${step.header}`);
      for (const line of step.lines.slice(-20)) log.info(`  ${displayText(line)}`);
      throw new PinshipError(`building ${options.tag} failed at ${step.header.replace(/\s+/g, ' ')}: ${failure}`);
    }
    throw new PinshipError(`building ${options.tag} failed: ${failure}`);
  }
  if (!imageId) {
    // Engines before API 1.29 send no aux ID: the tag then names the result.
    imageId = (await docker.getImage(options.tag).inspect()).Id;
  }
  return imageId;
}

interface StreamedBuild {
  imageId?: string;
  /** The engine's error message, when the build failed. */
  failure?: string;
  /** The step running when it failed. */
  step?: StepLog;
}

/** Sends the context and logs the engine's build stream as it arrives. */
async function streamBuild(
  docker: Docker,
  context: Readable,
  options: EngineBuildOptions,
  log: Logger,
): Promise<StreamedBuild> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = await docker.buildImage(context, {
      t: options.tag,
      dockerfile: options.dockerfile,
      buildargs: options.buildArgs,
      labels: options.labels,
      target: options.target || undefined,
      platform: options.platform || undefined,
      networkmode: options.network || undefined,
      rm: true,
      forcerm: true,
      version: '1',
    });
  } catch (err) {
    throw engineError(err, options);
  }

  const out: StreamedBuild = {};
  let partial = '';
  const emit = (line: string) => {
    // The classic builder wraps a RUN's stderr in colour codes, which may open the next line.
    const plain = stripAnsi(line);
    if (/^Step \d+\/\d+ :/.test(plain)) out.step = { header: plain, lines: [] };
    else if (!/^ ---> |^Removing intermediate container /.test(plain)) out.step?.lines.push(plain);
    log.info(line);
  };
  await readJsonMessages(stream, (m) => {
    if (m.aux?.ID) out.imageId = m.aux.ID;
    if (m.stream) {
      partial += m.stream;
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) emit(line.replace(/\r$/, ''));
    }
    if (m.error || m.errorDetail) out.failure = m.errorDetail?.message ?? m.error;
  }).catch((err: unknown) => {
    throw new PinshipError(`building ${options.tag}: the engine's build stream broke: ${describeError(err)}`, {
      cause: err,
    });
  });
  if (partial) emit(partial);
  return out;
}

function engineError(err: unknown, options: EngineBuildOptions): PinshipError {
  const message = (err as { json?: { message?: string } }).json?.message ?? describeError(err);
  const target = /failed to reach build target (\S+)/.exec(message);
  if (target) return unknownTarget(target[1]!, options.dockerfile);
  return new PinshipError(`building ${options.tag}: the engine refused the build: ${message}`, { cause: err });
}

function unknownTarget(stage: string, dockerfile: string): PinshipError {
  return new PinshipError(`unknown build stage ${JSON.stringify(stage)}: ${dockerfile} has no FROM … AS ${stage}`, {
    field: 'target',
  });
}

// The classic builder wraps a RUN's stderr in red (ESC[91m … ESC[0m); keep the repeated tail plain.
function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
