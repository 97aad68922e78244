/** A pull request as the stand-in holds it (the fields pinship and octokit read). */
export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  head: string;
  base: string;
  draft: boolean;
  createdAt: string;
  updatedAt: string;
  /** The head and base commits (`head.sha`, `base.sha`); tests move `headSha` to simulate a push. */
  headSha: string;
  baseSha: string;
  /** `owner/name` of the head repository: another one for a pull request from a fork. */
  headRepo?: string;
}

/** An issue or pull-request comment. */
export interface IssueComment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

/** A check run (`checks/create`, `checks/update`). */
export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  title?: string;
  summary?: string;
  text?: string;
  detailsUrl?: string;
}

/** A commit status (`repos/create-commit-status`). */
export interface CommitStatus {
  id: number;
  sha: string;
  state: string;
  context: string;
  description?: string;
  targetUrl?: string;
}

/**
 * A workflow run (`actions/get-workflow-run`), with the artifacts it uploaded: `artifactsDir`
 * holds `<name>/<name>.zip` per artifact, as act's artifact server (`--artifact-server-path`)
 * stores a run's uploads.
 */
export interface WorkflowRun {
  id: number;
  name: string;
  event: string;
  status: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string;
  /** `owner/name` of the head repository: a fork's for a fork's pull request. */
  headRepo: string;
  /** Numbers GitHub lists in `pull_requests`: empty for a fork's pull request. */
  pullRequests: number[];
  artifactsDir?: string;
}

/** One repository's state. */
export interface RepoState {
  owner: string;
  name: string;
  defaultBranch: string;
  pulls: PullRequest[];
  comments: IssueComment[];
  checkRuns: CheckRun[];
  statuses: CommitStatus[];
  workflowRuns: WorkflowRun[];
  /** Whether a branch exists (wire it to a bare remote); by default every branch does. */
  branchExists: (branch: string) => boolean;
}

/** Everything the stand-in knows; tests read it to assert outcomes. */
export class GitHubState {
  readonly repos = new Map<string, RepoState>();
  private nextNumber = 1;

  addRepo(fullName: string, options: Partial<Pick<RepoState, 'defaultBranch' | 'branchExists'>> = {}): RepoState {
    const [owner, name] = fullName.split('/') as [string, string];
    const repo: RepoState = {
      owner,
      name,
      defaultBranch: options.defaultBranch ?? 'main',
      pulls: [],
      comments: [],
      checkRuns: [],
      statuses: [],
      workflowRuns: [],
      branchExists: options.branchExists ?? (() => true),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  private nextId = 1_000_000;
  /** The login comments are created as (the token's identity, GraphQL's `viewer`). */
  login = 'github-actions[bot]';
  private readonly userIds = new Map<string, number>([['github-actions[bot]', 41898282]]);

  /** The account id of a login (`user.id`), stable within the stand-in. */
  userId(login: string): number {
    const known = this.userIds.get(login);
    if (known !== undefined) return known;
    const id = 5_000_000 + this.userIds.size;
    this.userIds.set(login, id);
    return id;
  }

  /** Issue and pull request numbers share one sequence per GitHub; one global counter is enough here. */
  allocateNumber(): number {
    return this.nextNumber++;
  }

  /** Ids of comments, check runs and statuses: increasing, as GitHub's are. */
  allocateId(): number {
    return this.nextId++;
  }

  /** Adds an open pull request as a test's starting point. */
  addPull(repo: RepoState, pr: Partial<PullRequest> & Pick<PullRequest, 'head' | 'headSha'>): PullRequest {
    const now = new Date().toISOString();
    const full: PullRequest = {
      number: this.allocateNumber(),
      state: 'open',
      title: 'a change',
      body: '',
      base: repo.defaultBranch,
      baseSha: '0'.repeat(40),
      draft: false,
      createdAt: now,
      updatedAt: now,
      ...pr,
    };
    repo.pulls.push(full);
    return full;
  }

  /** Adds a completed workflow run (a pull request's, by default a successful one). */
  addWorkflowRun(
    repo: RepoState,
    run: Partial<WorkflowRun> & Pick<WorkflowRun, 'id' | 'headSha' | 'headRepo'>,
  ): WorkflowRun {
    const full: WorkflowRun = {
      name: 'pinship',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      headBranch: 'feature',
      pullRequests: [],
      ...run,
    };
    repo.workflowRuns.push(full);
    return full;
  }

  /** Adds a comment as `user` (another person's, or an earlier run's). */
  addComment(repo: RepoState, issueNumber: number, body: string, user = 'octocat'): IssueComment {
    const now = new Date().toISOString();
    const comment = { id: this.allocateId(), issueNumber, body, user, createdAt: now, updatedAt: now };
    repo.comments.push(comment);
    return comment;
  }
}
