import type { Logger } from '../../log/logger.js';

/**
 * A suspended Job (as Kueue and other queues create them) has no pods until it is resumed: the
 * wait goes on, and the time is counted apart from the run's.
 */
export class JobSuspension {
  /** When the Job was last seen become suspended (`spec.suspend: true`), null while it is not. */
  private since: number | null = null;
  private totalMs = 0;
  private was = false;

  constructor(
    private readonly jobName: string,
    private readonly log: Logger,
  ) {}

  /** Follows the Job's `spec.suspend` as the watch sees it change. */
  follow(suspended: boolean): void {
    if (suspended && this.since === null) {
      this.since = Date.now();
      this.was = true;
      this.log.info(`job/${this.jobName} is suspended (spec.suspend: true): waiting until it is resumed`);
    } else if (!suspended && this.since !== null) {
      this.totalMs += Date.now() - this.since;
      this.since = null;
      this.log.info(`job/${this.jobName} resumed after ${Math.round(this.totalMs / 1000)}s suspended`);
    }
  }

  /** Whether the Job is suspended now (a queue has not admitted it). */
  isSuspended(): boolean {
    return this.since !== null;
  }

  /** Seconds the Job spent suspended while pinship watched it, or null when it never was. */
  seconds(): number | null {
    if (!this.was) return null;
    return (this.totalMs + (this.since === null ? 0 : Date.now() - this.since)) / 1000;
  }
}
