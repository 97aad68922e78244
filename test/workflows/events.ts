// GitHub event payloads act is given (the fields the workflows and pinship read). No vitest here:
// bench/pipeline.ts uses them too.

function repositoryOf(fullName: string) {
  const [owner, name] = fullName.split('/');
  return { full_name: fullName, name, owner: { login: owner }, default_branch: 'main' };
}

/** A push event payload; `ref` is a branch's or a tag's. */
export function pushEvent(after: string, fullName = 'acme/main-app', ref = 'refs/heads/main') {
  return { ref, before: '0'.repeat(40), after, head_commit: { id: after }, repository: repositoryOf(fullName) };
}

export function pullRequestEvent(number: number, action: string, head: string, base: string, fullName = 'acme/app') {
  return {
    action,
    number,
    pull_request: {
      number,
      head: { sha: head, ref: 'feature', repo: { full_name: fullName } },
      base: { sha: base, ref: 'main', repo: { full_name: fullName } },
    },
    repository: repositoryOf(fullName),
  };
}
