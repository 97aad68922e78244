import { pullsCreate, pullsGet, pullsList, pullsUpdate } from './pulls.js';
import type { Handler } from './types.js';

/**
 * Handlers by OpenAPI operationId. A later issue adds `issues/create-comment`,
 * `issues/list-comments`, `checks/create`, `rate-limit/get` here, each in its own file.
 */
export const operations: Record<string, Handler> = {
  'pulls/create': pullsCreate,
  'pulls/list': pullsList,
  'pulls/get': pullsGet,
  'pulls/update': pullsUpdate,
};
