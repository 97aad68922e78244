import { readFile } from 'node:fs/promises';
import { describeError, PinshipError } from '../errors.js';
import type { Logger } from '../log/logger.js';

/** A build secret: `id=X,src=FILE` or `id=X,env=VAR`, as `docker buildx build --secret` takes it. */
export interface SecretSpec {
  id: string;
  src?: string;
  env?: string;
}

/** Parses one `--secret` value / line of the `secrets` input. */
export function parseSecretSpec(text: string, field = 'secrets'): SecretSpec {
  const fields = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      throw new PinshipError(`invalid secret ${JSON.stringify(text)}: expected id=X,src=FILE or id=X,env=VAR`, {
        field,
      });
    }
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const id = fields.get('id');
  const src = fields.get('src') ?? fields.get('source');
  const env = fields.get('env');
  const type = fields.get('type');
  if (!id) throw new PinshipError(`invalid secret ${JSON.stringify(text)}: it has no id=`, { field });
  if ((src ? 1 : 0) + (env ? 1 : 0) !== 1) {
    throw new PinshipError(`invalid secret ${JSON.stringify(id)}: give exactly one of src=FILE or env=VAR`, { field });
  }
  if (type && type !== (src ? 'file' : 'env')) {
    const given = src ? 'src=' : 'env=';
    throw new PinshipError(`invalid secret ${JSON.stringify(id)}: type=${type} does not match ${given}`, { field });
  }
  return src ? { id, src } : { id, env };
}

/**
 * Reads each secret's value and registers it with the logger's mask before anything else can
 * print it. The values go only to the build session (BuildKit mounts them for one RUN step).
 */
export async function readSecrets(
  specs: readonly SecretSpec[],
  env: NodeJS.ProcessEnv,
  log: Logger,
  field = 'secrets',
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const spec of specs) {
    if (out.has(spec.id)) throw new PinshipError(`secret ${JSON.stringify(spec.id)} is given twice`, { field });
    let value: Buffer;
    if (spec.src) {
      value = await readFile(spec.src).catch((err: unknown) => {
        const why = `cannot read ${spec.src}: ${describeError(err)}`;
        throw new PinshipError(`secret ${JSON.stringify(spec.id)}: ${why}`, { field, file: spec.src });
      });
    } else {
      const text = env[spec.env!];
      if (text === undefined) {
        throw new PinshipError(`secret ${JSON.stringify(spec.id)}: the environment variable ${spec.env} is not set`, {
          field,
        });
      }
      value = Buffer.from(text);
    }
    log.addSecret(value.toString('utf8'));
    out.set(spec.id, value);
  }
  return out;
}
