import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const FULL = require.resolve('@octokit/openapi/generated/api.github.com.json');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * The part of GitHub's description (@octokit/openapi, api.github.com) that the stand-in checks
 * requests against: every path and operation with its parameters and request body, and the
 * components those refer to. Responses and examples, most of the 13 MB, are left out: parsing
 * the whole file took half a second or more in every test process that used the stand-in.
 */
// biome-ignore lint/suspicious/noExplicitAny: OpenAPI JSON, walked loosely.
export function requestDescription(spec: any): any {
  const paths: Record<string, object> = {};
  const refs = new Set<string>();
  const follow = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) follow(item);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key !== '$ref' || typeof value !== 'string') follow(value);
        else if (!refs.has(value)) {
          refs.add(value);
          follow(pointer(spec, value));
        }
      }
  };
  for (const [template, item] of Object.entries<any>(spec.paths)) {
    const kept: Record<string, object> = { parameters: item.parameters };
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const content = op.requestBody?.content as Record<string, { schema?: object }> | undefined;
      const requestBody = op.requestBody && {
        required: op.requestBody.required,
        content:
          content && Object.fromEntries(Object.entries(content).map(([type, c]) => [type, { schema: c.schema }])),
      };
      kept[method] = { operationId: op.operationId, parameters: op.parameters, requestBody };
    }
    follow(kept);
    paths[template] = kept;
  }
  const components: Record<string, Record<string, unknown>> = {};
  for (const ref of refs) {
    const [, , kind, name] = ref.split('/') as [string, string, string, string];
    components[kind] = { ...components[kind], [name]: pointer(spec, ref) };
  }
  return { paths, components };
}

/** The node a local JSON pointer (`#/components/schemas/x`) names. */
// biome-ignore lint/suspicious/noExplicitAny: OpenAPI JSON, walked loosely.
export function pointer(spec: any, ref: string): any {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

/**
 * Where the request description of the installed @octokit/openapi is kept: a scratch folder git
 * ignores, named by the package's version and this extraction's code, so neither an upgrade nor
 * an edit here can leave a stale copy in use.
 */
function cachedPath(): string {
  const { version } = require('@octokit/openapi/package.json') as { version: string };
  const code = createHash('sha256').update(requestDescription.toString()).digest('hex').slice(0, 12);
  return resolve(import.meta.dirname, `../../../.pinship/github-openapi/${version}-${code}.json`);
}

/**
 * The request description, read from its cached copy; made from the full description first when
 * there is none (test/support/github-description-once.ts makes it before the test files start).
 */
// biome-ignore lint/suspicious/noExplicitAny: OpenAPI JSON, walked loosely.
export function loadRequestDescription(): any {
  const path = cachedPath();
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8'));
  const description = requestDescription(JSON.parse(readFileSync(FULL, 'utf8')));
  mkdirSync(dirname(path), { recursive: true });
  for (const old of readdirSync(dirname(path))) if (old.endsWith('.json')) rmSync(join(dirname(path), old));
  // Whole or not at all: test files in other processes may read it meanwhile.
  const partial = join(dirname(path), `.${process.pid}.partial`);
  writeFileSync(partial, JSON.stringify(description));
  renameSync(partial, path);
  return description;
}
