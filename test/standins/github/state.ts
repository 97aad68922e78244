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
}

/** One repository's state; later issues add issue comments and check runs beside `pulls`. */
export interface RepoState {
  owner: string;
  name: string;
  defaultBranch: string;
  pulls: PullRequest[];
  /** Whether a branch exists (wire it to a bare remote); by default every branch does. */
  branchExists: (branch: string) => boolean;
}

/** Everything the stand-in knows; tests read it to assert outcomes. */
export class GitHubState {
  readonly repos = new Map<string, RepoState>();
  private nextNumber = 1;

  addRepo(fullName: string, options: Partial<Pick<RepoState, 'defaultBranch' | 'branchExists'>> = {}): RepoState {
    const [owner, name] = fullName.split('/') as [string, string];
    const repo: RepoState = { owner, name, defaultBranch: options.defaultBranch ?? 'main', pulls: [], branchExists: options.branchExists ?? (() => true) };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** Issue and pull request numbers share one sequence per GitHub; one global counter is enough here. */
  allocateNumber(): number {
    return this.nextNumber++;
  }
}
