import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { loadRequestDescription, pointer } from './openapi-description.js';

/**
 * GitHub's official OpenAPI description (@octokit/openapi, api.github.com) as the contract the
 * stand-in enforces: every request must name a documented operation, carry its required
 * parameters with valid values, and a body that its request schema accepts.
 */
const SPEC_ID = 'https://api.github.com/openapi';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: object;
  $ref?: string;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema: object }> };
}

interface Route {
  regex: RegExp;
  names: string[];
  operations: Map<string, Operation>;
}

export interface MatchedOperation {
  operation: Operation;
  params: Record<string, string>;
}

let loaded: { spec: any; routes: Route[]; ajv: Ajv } | undefined;

function load() {
  if (loaded) return loaded;
  const spec = loadRequestDescription();
  const routes: Route[] = [];
  for (const [template, item] of Object.entries<any>(spec.paths)) {
    const names: string[] = [];
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    const operations = new Map<string, Operation>();
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Parameter) =>
        p.$ref ? pointer(spec, p.$ref) : p,
      );
      operations.set(method.toUpperCase(), {
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        parameters,
        requestBody: op.requestBody,
      });
    }
    routes.push({ regex: new RegExp(`^${pattern}$`), names, operations });
  }
  // Literal segments win over parameters (`/repos/{o}/{r}/pulls/comments` vs `/pulls/{n}`).
  routes.sort((a, b) => a.names.length - b.names.length);
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false, logger: false });
  (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: spec.components });
  loaded = { spec, routes, ajv };
  return loaded;
}

/** The documented operation for a method and path, or undefined (GitHub: 404). */
export function matchOperation(method: string, path: string): MatchedOperation | undefined {
  for (const route of load().routes) {
    const m = route.regex.exec(path);
    if (!m) continue;
    const operation = route.operations.get(method.toUpperCase());
    if (!operation) continue;
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
    return { operation, params };
  }
  return undefined;
}

const validators = new Map<string, ValidateFunction>();

function validator(key: string, schema: object): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    const text = JSON.stringify(schema).replace(/"#\/components\//g, `"${SPEC_ID}#/components/`);
    v = load().ajv.compile(JSON.parse(text));
    validators.set(key, v);
  }
  return v;
}

/**
 * Loads the description and compiles the validators of these operations now rather than on their
 * first request (the load alone takes a second or more): a benchmark then times its clients, not
 * the stand-in's warm-up, whichever client happens to ask first.
 */
export function compileValidators(operationIds: string[]): void {
  for (const route of load().routes) {
    for (const operation of route.operations.values()) {
      if (!operationIds.includes(operation.operationId)) continue;
      for (const p of operation.parameters)
        if (p.in !== 'header' && p.schema) validator(`${operation.operationId}:${p.in}:${p.name}`, p.schema);
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      if (schema) validator(`${operation.operationId}:body`, schema);
    }
  }
}

/** Problems with a request against its operation: missing or invalid parameters, a body the schema refuses. */
export function validateRequest(match: MatchedOperation, query: URLSearchParams, body: unknown): string[] {
  const problems: string[] = [];
  const { operation, params } = match;
  for (const p of operation.parameters) {
    if (p.in === 'header') continue;
    const raw = p.in === 'path' ? params[p.name] : (query.get(p.name) ?? undefined);
    if (raw === undefined) {
      if (p.required) problems.push(`missing required ${p.in} parameter ${p.name}`);
      continue;
    }
    if (!p.schema) continue;
    const type = (p.schema as { type?: string }).type;
    const value =
      type === 'integer' || type === 'number'
        ? Number(raw)
        : type === 'boolean'
          ? raw === 'true'
            ? true
            : raw === 'false'
              ? false
              : raw
          : raw;
    const v = validator(`${operation.operationId}:${p.in}:${p.name}`, p.schema);
    if (!v(value))
      problems.push(`${p.in} parameter ${p.name}=${JSON.stringify(raw)}: ${load().ajv.errorsText(v.errors)}`);
  }
  for (const name of query.keys()) {
    if (!operation.parameters.some((p) => p.in === 'query' && p.name === name))
      problems.push(`unknown query parameter ${name}`);
  }
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (body === undefined) {
    if (operation.requestBody?.required) problems.push('missing request body');
  } else if (!schema) {
    problems.push('this operation takes no JSON body');
  } else {
    const v = validator(`${operation.operationId}:body`, schema);
    if (!v(body)) problems.push(`request body: ${load().ajv.errorsText(v.errors, { dataVar: 'body' })}`);
  }
  return problems;
}
