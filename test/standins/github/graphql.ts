import type { Reply } from './operations/types.js';
import type { GitHubState } from './state.js';

/**
 * The GraphQL queries the stand-in answers, by their text with whitespace collapsed. GraphQL is
 * not in GitHub's OpenAPI description, so instead of a schema check a query must be one of these,
 * written as GitHub's GraphQL schema spells it (`viewer` is the token's own account, `databaseId`
 * the id REST answers call `id`); any other is a problem.
 */
const QUERIES: Record<string, (state: GitHubState) => unknown> = {
  'query { viewer { login databaseId } }': (state) => ({
    viewer: { login: state.login, databaseId: state.userId(state.login) },
  }),
};

/** Answers `POST /graphql` as GitHub does: 200 with `data`, or 200 with `errors`. */
export function graphqlReply(state: GitHubState, body: unknown, problems: string[]): Reply {
  const { query, variables, ...rest } = (body ?? {}) as { query?: unknown; variables?: unknown };
  const text = typeof query === 'string' ? query.replace(/\s+/g, ' ').trim() : undefined;
  const answer = text === undefined ? undefined : QUERIES[text];
  if (!answer || Object.keys(rest).length > 0 || (variables !== undefined && typeof variables !== 'object')) {
    problems.push(`graphql: not a query the stand-in knows: ${JSON.stringify(body)}`);
    return { status: 200, body: { errors: [{ message: 'stand-in: unknown GraphQL query' }] } };
  }
  return { status: 200, body: { data: answer(state) } };
}
