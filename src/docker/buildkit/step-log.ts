import type { Logger } from '../../log/logger.js';
import type { BuildTrace } from './trace.js';

interface Step {
  number: number;
  name: string;
  started?: number;
  completed?: number;
  cached: boolean;
  error: string;
  done: boolean;
  /** Output not yet ended by a newline. */
  partial: string;
  /** The last lines of output, for a failure. */
  tail: string[];
}

/** A step that failed: its name (`[build 3/5] RUN make`), BuildKit's error and its last output lines. */
export interface FailedStep {
  name: string;
  error: string;
  lines: string[];
}

const TAIL = 20;

/**
 * Turns BuildKit's status stream into a readable log: each step's output as it arrives
 * (`#4 | …`), then one line when the step ends, with its time or `CACHED` (`#4 [2/3] RUN make 3.1s`),
 * as `docker build --progress=plain` does, without repeating running steps.
 */
export class StepLog {
  private readonly steps = new Map<string, Step>();
  private failed?: Step;

  constructor(private readonly log: Logger) {}

  /** Takes one decoded StatusResponse. */
  update(trace: BuildTrace): void {
    for (const v of trace.vertexes) {
      const step = this.step(v.digest, v.name);
      step.cached ||= v.cached;
      step.started ??= v.started;
      if (v.completed) step.completed = v.completed;
      if (v.error) step.error = v.error;
    }
    for (const l of trace.logs) this.output(this.step(l.vertex), l.msg.toString('utf8'));
    for (const w of trace.warnings) this.log.warn(`${this.label(this.step(w.vertex))}: ${w.short}`);
    for (const v of trace.vertexes) {
      const step = this.steps.get(v.digest)!;
      if (step.completed && !step.done) this.finish(step);
    }
  }

  /** The step that failed, if one did (the first one reported with an error). */
  failure(): FailedStep | undefined {
    const step = this.failed;
    return step && { name: step.name, error: step.error, lines: step.tail };
  }

  private step(digest: string, name?: string): Step {
    let step = this.steps.get(digest);
    if (!step) {
      step = {
        number: this.steps.size + 1,
        name: name ?? '',
        cached: false,
        error: '',
        done: false,
        partial: '',
        tail: [],
      };
      this.steps.set(digest, step);
    }
    if (name && !step.name) step.name = name;
    return step;
  }

  private output(step: Step, text: string): void {
    const lines = (step.partial + text).split(/\r?\n/);
    step.partial = lines.pop() ?? '';
    for (const line of lines) this.line(step, line);
  }

  private line(step: Step, line: string): void {
    step.tail.push(line);
    if (step.tail.length > TAIL) step.tail.shift();
    this.log.info(`#${step.number} | ${line}`);
  }

  private finish(step: Step): void {
    step.done = true;
    if (step.partial) this.line(step, step.partial);
    step.partial = '';
    const took = step.started && step.completed ? ` ${((step.completed - step.started) / 1000).toFixed(1)}s` : '';
    if (step.error) {
      this.failed ??= step;
      this.log.info(`${this.label(step)} ERROR${took}: ${step.error}`);
    } else {
      this.log.info(`${this.label(step)}${step.cached ? ' CACHED' : took}`);
    }
  }

  private label(step: Step): string {
    return `#${step.number} ${step.name}`;
  }
}
