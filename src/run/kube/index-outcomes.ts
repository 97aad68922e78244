/** How an index of a Job ended: it succeeded, ran out of retries, or is stuck (Kubernetes would retry it forever). */
export type IndexOutcome = 'succeeded' | 'failed' | 'stuck';

/** The outcome of each index of one Job, by its record position (the Job's offset + the index). */
export class IndexOutcomes {
  private readonly outcomes = new Map<number, IndexOutcome>();

  constructor(private readonly completions: number) {}

  /** A later failure of the same attempt does not hide that the index is stuck; nothing hides a success. */
  settle(position: number, how: IndexOutcome): void {
    const was = this.outcomes.get(position);
    if (was === 'succeeded' || (was === 'stuck' && how === 'failed')) return;
    this.outcomes.set(position, how);
  }

  succeeded(position: number): boolean {
    return this.outcomes.get(position) === 'succeeded';
  }

  /**
   * Every index settled and none can still change the Job's outcome: every one succeeded (the Job
   * controller marks the Job Complete a second or two later: it batches its status writes), or
   * one is stuck (Kubernetes never fails a pod whose image cannot be pulled).
   */
  decided(): boolean {
    if (this.outcomes.size !== this.completions) return false;
    const outcomes = [...this.outcomes.values()];
    return outcomes.includes('stuck') || outcomes.every((how) => how === 'succeeded');
  }
}
