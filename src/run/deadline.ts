/** The longest delay setTimeout takes (2^31-1 ms, 24.8 days); a longer one fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Calls `onExpire` once `ms` have passed, for any length: Node clamps a longer setTimeout delay
 * to 1 ms (TimeoutOverflowWarning), so a 30-day timeout would fire at once. Long delays are
 * chained in steps of at most MAX_TIMER_MS. Returns a function that cancels it.
 */
export function startDeadline(ms: number, onExpire: () => void): () => void {
  const due = Date.now() + ms;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const left = due - Date.now();
    if (left <= 0) return onExpire();
    timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
  };
  timer = setTimeout(arm, Math.min(ms, MAX_TIMER_MS));
  return () => clearTimeout(timer);
}
