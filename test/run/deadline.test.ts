import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_MS, startDeadline } from '../../src/run/deadline.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('startDeadline', () => {
  it('does not fire at once for a timeout over 24.8 days (setTimeout alone would)', async () => {
    let fired = false;
    const cancel = startDeadline(30 * 24 * 3600 * 1000, () => {
      fired = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    cancel();
    expect(fired).toBe(false);
  });

  it('fires once the whole delay has passed, chaining timers past the longest one', () => {
    vi.useFakeTimers();
    let fired = 0;
    startDeadline(MAX_TIMER_MS * 2 + 5000, () => {
      fired += 1;
    });
    vi.advanceTimersByTime(MAX_TIMER_MS * 2);
    expect(fired).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(fired).toBe(1);
  });

  it('never fires once cancelled', () => {
    vi.useFakeTimers();
    let fired = false;
    const cancel = startDeadline(1000, () => {
      fired = true;
    });
    cancel();
    vi.advanceTimersByTime(5000);
    expect(fired).toBe(false);
  });
});
