import { PinshipError } from '../errors.js';
import type { EngineInfo } from '../docker/engine-info.js';
import type { Logger } from '../log/logger.js';
import type { BuildOptions } from './build-image.js';

export type Builder = 'buildkit' | 'classic';

/** BuildKit's session endpoint is in the API from 1.39 (Docker 18.09) on. */
const BUILDKIT_API = [1, 39];

/**
 * BuildKit unless asked for the classic builder; the classic one, said in one line, when the
 * engine has no BuildKit: Windows engines, APIs before 1.39, or `features.buildkit: false` in
 * daemon.json (/_ping then answers `Builder-Version: 1`).
 */
export function chooseBuilder(requested: string | undefined, info: EngineInfo, log: Logger): Builder {
  if (requested && requested !== 'buildkit' && requested !== 'classic') {
    throw new PinshipError(`unknown builder ${JSON.stringify(requested)}: use buildkit or classic`, {
      field: 'builder',
    });
  }
  if (requested === 'classic') return 'classic';
  const [major = 0, minor = 0] = info.apiVersion.split('.').map(Number);
  const oldApi = major < BUILDKIT_API[0]! || (major === BUILDKIT_API[0] && minor < BUILDKIT_API[1]!);
  const why = !info.platform.startsWith('linux/')
    ? `it runs ${info.platform.split('/')[0]}`
    : oldApi
      ? `its API is ${info.apiVersion} (BuildKit needs 1.39)`
      : info.builderVersion === '1'
        ? 'BuildKit is disabled in its daemon.json (features.buildkit: false)'
        : undefined;
  if (!why) return 'buildkit';
  if (requested === 'buildkit') {
    throw new PinshipError(`the engine has no BuildKit: ${why}`, { field: 'builder', hint: 'use builder classic' });
  }
  log.info(`using the classic builder: the engine has no BuildKit (${why})`);
  return 'classic';
}

/** BuildKit in the engine runs RUN steps in these network modes only (moby's builder-next). */
const BUILDKIT_NETWORKS = ['default', 'none', 'host'];

/**
 * The network for RUN steps: as asked, else `none` where the engine has no bridge (said once).
 * One the builder cannot use is refused before anything is sent: BuildKit knows three modes;
 * the classic builder also takes a network of the engine's, or `container:<name>`.
 */
export function chooseNetwork(
  requested: string | undefined,
  builder: Builder,
  info: EngineInfo,
  log: Logger,
): string | undefined {
  if (requested) {
    const known =
      BUILDKIT_NETWORKS.includes(requested) ||
      (builder === 'classic' && (requested.startsWith('container:') || info.networks.includes(requested)));
    if (!known) {
      const choices = builder === 'buildkit' ? BUILDKIT_NETWORKS : [...BUILDKIT_NETWORKS, ...info.networks];
      throw new PinshipError(
        `unknown network ${JSON.stringify(requested)} for the ${builder === 'buildkit' ? 'BuildKit' : 'classic'} ` +
          `builder: use one of ${[...new Set(choices)].join(', ')}`,
        { field: 'network' },
      );
    }
    return requested;
  }
  if (info.hasBridge) return undefined;
  log.info(
    'RUN steps get network "none": the engine has no bridge network (dockerd --bridge=none); ' +
      'set network to change it',
  );
  return 'none';
}

/**
 * How BuildKit gets the context: `filesync` (default; the session's file sync, as the docker CLI
 * sends it) or `tar` (uploaded as the request body, as the classic builder gets it), from the
 * `contextTransfer` option or PINSHIP_CONTEXT_TRANSFER.
 */
/** Refuses a platform that is not `os/arch` or `os/arch/variant`, before anything is sent. */
export function checkPlatform(platform: string | undefined): void {
  if (!platform || /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform)) return;
  throw new PinshipError(`invalid platform ${JSON.stringify(platform)}: write os/arch[/variant], e.g. linux/arm64`, {
    field: 'platform',
  });
}

export function contextTransfer(options: BuildOptions): 'filesync' | 'tar' {
  const given = options.contextTransfer ?? (options.env ?? process.env).PINSHIP_CONTEXT_TRANSFER ?? 'filesync';
  if (given === 'filesync' || given === 'tar') return given;
  throw new PinshipError(`unknown context transfer ${JSON.stringify(given)}: use filesync or tar`, {
    field: 'PINSHIP_CONTEXT_TRANSFER',
  });
}
