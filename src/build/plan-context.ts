import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stageNames } from '../docker/dockerfile-stages.js';
import { readInstructions } from '../docker/dockerfile-syntax.js';
import { PinshipError } from '../errors.js';
import { credentialKeys } from '../git/config-credentials.js';
import type { Logger } from '../log/logger.js';
import type { BuildOptions } from './build-image.js';
import { readBuildContext, type BuildContext } from './context/read-context.js';

/** The context as docker build sends it, checked against --target; warns when it sends .git. */
export async function readContext(options: BuildOptions, log: Logger): Promise<BuildContext> {
  const context = await readBuildContext(options.context, options.file);
  checkNotEmpty(context, options);
  checkTarget(context, options);
  if (context.dockerfileIgnore) {
    log.info(`${context.dockerfileIgnore.name} beside the Dockerfile applies instead of the context's .dockerignore`);
  }
  warnSentCredentials(context, options, log);
  if (context.entries.some((e) => e.name === '.git')) {
    // Docker sends .git like any directory; every commit then changes the input digest.
    log.warn(
      'the context sends .git, so every commit changes the input digest and nothing is ever skipped: ' +
        `add .git to ${options.context}/.dockerignore`,
    );
  }
  return context;
}

/**
 * A `.git/config` the context sends gives its credentials to every RUN and `COPY . .`:
 * actions/checkout leaves the job token there as an extraheader unless `persist-credentials: false`.
 */
function warnSentCredentials(context: BuildContext, options: BuildOptions, log: Logger): void {
  for (const entry of context.entries) {
    if (entry.type !== 'file' || !entry.source || !/(^|\/)\.git\/config$/.test(entry.name)) continue;
    const keys = credentialKeys(readFileSync(entry.source, 'utf8'));
    if (keys.length === 0) continue;
    log.warn(
      `${join(options.context, entry.name)} holds credentials (${keys.join(', ')}) and the context sends it ` +
        'to the build, where RUN and COPY can put it in the image: add .git to .dockerignore, and check out ' +
        'with persist-credentials: false',
    );
  }
}

/** Refuses a Dockerfile with no instruction, which each builder refuses in words of its own. */
function checkNotEmpty(context: BuildContext, options: BuildOptions): void {
  if (readInstructions(context.dockerfileContent.toString('utf8')).length > 0) return;
  throw new PinshipError(
    `the Dockerfile ${options.file ?? `${options.context}/Dockerfile`} has no instructions (it needs at least a FROM)`,
    { field: 'file' },
  );
}

/** Refuses a --target the Dockerfile does not declare, before anything is sent. */
function checkTarget(context: BuildContext, options: BuildOptions): void {
  if (!options.target) return;
  const stages = stageNames(context.dockerfileContent.toString('utf8'));
  if (stages.includes(options.target.toLowerCase())) return;
  throw new PinshipError(
    `unknown build stage ${JSON.stringify(options.target)} in ${options.file ?? `${options.context}/Dockerfile`}` +
      (stages.length ? `: its stages are ${stages.join(', ')}` : ': it names no stages (FROM … AS name)'),
    { field: 'target' },
  );
}
