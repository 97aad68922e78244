import { execFile, type ExecFileException } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { PinshipError, describeError } from '../errors.js';

/** Credentials for one registry, and where they came from (for messages, never the secret). */
export interface RegistryCredentials {
  username: string;
  password: string;
  /** `inputs`, `config.json auths`, or `docker-credential-<helper>`. */
  source: string;
}

export interface CredentialOptions {
  username?: string;
  password?: string;
  env?: NodeJS.ProcessEnv;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** How a user of build or run gives credentials, named as both the CLI and the actions spell them. */
export const CREDENTIALS_HINT =
  'run docker login for it, or give --username and --password-stdin (action inputs: username, password)';

/** The key Docker Hub credentials are stored under in config.json. */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';

/**
 * Finds credentials the way docker/login-action and the docker CLI do: explicit inputs first,
 * then `$DOCKER_CONFIG/config.json` (or `~/.docker/config.json`): `credHelpers[registry]`,
 * `auths[registry].auth`, then `credsStore`. Undefined when there are none (anonymous access).
 */
export async function resolveCredentials(
  registry: string,
  options: CredentialOptions = {},
): Promise<RegistryCredentials | undefined> {
  if (options.username || options.password) {
    if (!options.username || !options.password) {
      throw new PinshipError(`give both a username and a password for ${registry}`, {
        field: options.username ? 'password' : 'username',
      });
    }
    return { username: options.username, password: options.password, source: 'inputs' };
  }
  const env = options.env ?? process.env;
  const configPath = join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json');
  const config = await readConfig(configPath);
  if (!config) return undefined;

  const helper = config.credHelpers?.[registry] ?? config.credHelpers?.[serverAddress(registry)];
  if (helper) return fromHelper(helper, registry, env);

  const entry = findAuth(config.auths ?? {}, registry);
  if (entry?.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) {
      throw new PinshipError(`the auth entry for ${registry} is not base64 of user:password`, { file: configPath });
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: 'config.json auths' };
  }
  if (entry?.username && entry.password) {
    return { username: entry.username, password: entry.password, source: 'config.json auths' };
  }
  if (config.credsStore) return fromHelper(config.credsStore, registry, env, true);
  return undefined;
}

async function readConfig(path: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new PinshipError(`cannot read it: ${describeError(err)}`, { file: path, cause: err });
  }
  try {
    return JSON.parse(text) as DockerConfig;
  } catch (err) {
    throw new PinshipError(`not valid JSON: ${describeError(err)}`, { file: path, cause: err });
  }
}

/** The server address Docker files a registry's credentials under (Docker Hub's is a URL). */
export function serverAddress(registry: string): string {
  return registry === 'docker.io' ? DOCKER_HUB_KEY : registry;
}

// config.json keys are written as `host`, `https://host` or `https://host/v1/`: compare hosts.
function findAuth(auths: NonNullable<DockerConfig['auths']>, registry: string) {
  const want = registry === 'docker.io' ? 'index.docker.io' : registry;
  for (const [key, value] of Object.entries(auths)) {
    const host = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    if (host === want || (registry === 'docker.io' && host === 'docker.io')) return value;
  }
  return undefined;
}

/** Asks `docker-credential-<helper> get` (stdin: the server URL), without a shell. */
function fromHelper(
  helper: string,
  registry: string,
  env: NodeJS.ProcessEnv,
  optional = false,
): Promise<RegistryCredentials | undefined> {
  const program = `docker-credential-${helper}`;
  return new Promise((resolve, reject) => {
    const child = execFile(program, ['get'], { timeout: HELPER_TIMEOUT_MS, env }, (err, stdout) => {
      if (err) {
        // The helper says "credentials not found in native keychain" when it has none: anonymous.
        if (optional || /not found/i.test(String(stdout) + String(err.message))) return resolve(undefined);
        // Neither its output nor err.message (which holds its stderr): a helper may print secrets.
        return reject(
          new PinshipError(`${program} get failed for ${registry}: ${helperFailure(err)}`, {
            hint: `run \`echo ${serverAddress(registry)} | ${program} get\` to see what it says`,
          }),
        );
      }
      try {
        const out = JSON.parse(stdout) as { Username?: string; Secret?: string };
        if (!out.Username || !out.Secret) return resolve(undefined);
        resolve({ username: out.Username, password: out.Secret, source: program });
      } catch (parseErr) {
        reject(new PinshipError(`${program} get printed no JSON for ${registry}`, { cause: parseErr }));
      }
    });
    // A helper that exits without reading its input would make the write fail with EPIPE.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(serverAddress(registry));
  });
}

const HELPER_TIMEOUT_MS = 30_000;

/** Why a helper failed, without anything it printed. */
function helperFailure(err: ExecFileException): string {
  if (err.killed && err.signal === 'SIGTERM') return `no answer within ${HELPER_TIMEOUT_MS / 1000} s`;
  if ((err as { code?: unknown }).code === 'ENOENT') return 'not found on PATH';
  if (typeof err.code === 'number') return `exit ${err.code}`;
  return err.signal ? `killed by ${err.signal}` : 'it failed';
}
