import type Docker from 'dockerode';
import { readJsonMessages } from './json-stream.js';

/** Which containers the kernel's OOM killer hit, as the engine's `oom` events tell. */
export interface OomWatch {
  /**
   * True when an `oom` event named the container; waits up to `graceMs` for one still on its way.
   */
  sawOom(containerId: string, graceMs: number): Promise<boolean>;
  stop(): void;
}

/** An engine event as /events streams it (only the fields used here). */
interface EngineEvent {
  Action?: string;
  Actor?: { ID?: string };
}

/**
 * Follows the engine's `oom` events for containers labelled `label` (`key=value`).
 *
 * Docker 20.10 fixes `State.OOMKilled` when it handles containerd's TaskExit; when that arrives
 * before TaskOOM, the flag stays false for good, although the engine still logs the `oom` event.
 * Seen here in about 1 of 40 memory kills on a loaded machine; this watch catches those.
 */
export async function watchOomEvents(docker: Docker, label: string): Promise<OomWatch> {
  const stream = (await docker.getEvents({
    filters: { type: ['container'], event: ['oom'], label: [label] },
  })) as NodeJS.ReadableStream & { destroy(): void };
  const seen = new Set<string>();
  const waiters = new Map<string, () => void>();
  // The stream ends only when stopped or when the engine goes away; either way nothing is lost
  // that State.OOMKilled does not already say.
  readJsonMessages(stream, (message) => {
    const id = (message as EngineEvent).Actor?.ID;
    if ((message as EngineEvent).Action !== 'oom' || !id) return;
    seen.add(id);
    waiters.get(id)?.();
  }).catch(() => undefined);

  return {
    async sawOom(containerId, graceMs) {
      if (seen.has(containerId) || graceMs <= 0) return seen.has(containerId);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, graceMs);
        function done() {
          clearTimeout(timer);
          waiters.delete(containerId);
          resolve();
        }
        waiters.set(containerId, done);
      });
      return seen.has(containerId);
    },
    stop() {
      stream.destroy();
    },
  };
}
