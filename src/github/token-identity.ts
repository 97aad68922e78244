import type { GitHubClient } from './client.js';

/** Who a token acts as: `github-actions[bot]` for GITHUB_TOKEN, `<app>[bot]` for an app's token, a user for a PAT. */
export interface TokenIdentity {
  login: string;
  /** The account's id, as `user.id` in REST answers: a login can be renamed and taken by someone else. */
  id: number;
}

/**
 * The token's own account, from GraphQL's `viewer`: the one question every kind of token may ask
 * (REST `GET /user` answers 403 to installation tokens, GITHUB_TOKEN included, and `GET /app`
 * wants the app's JWT). marocchino/sticky-pull-request-comment finds its comment the same way.
 */
export async function tokenIdentity(client: Pick<GitHubClient, 'graphql'>): Promise<TokenIdentity> {
  const { viewer } = await client.graphql<{ viewer: { login: string; databaseId: number } }>(
    'query { viewer { login databaseId } }',
  );
  return { login: viewer.login, id: viewer.databaseId };
}
