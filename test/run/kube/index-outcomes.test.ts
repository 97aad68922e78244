import { describe, expect, it } from 'vitest';
import { IndexOutcomes } from '../../../src/run/kube/index-outcomes.js';

describe("a Job's index outcomes", () => {
  it('decide the run once every index succeeded, before the Job is marked Complete', () => {
    const outcomes = new IndexOutcomes(2);
    outcomes.settle(10, 'succeeded');
    expect(outcomes.decided()).toBe(false);
    outcomes.settle(11, 'succeeded');
    expect(outcomes.decided()).toBe(true);
  });

  it("leave a failed index to the Job's Failed condition, unless another index is stuck", () => {
    const outcomes = new IndexOutcomes(3);
    outcomes.settle(0, 'succeeded');
    outcomes.settle(1, 'failed');
    outcomes.settle(2, 'succeeded');
    expect(outcomes.decided()).toBe(false);
    outcomes.settle(2, 'stuck');
    expect(outcomes.decided()).toBe(false); // a success stays a success
    outcomes.settle(1, 'stuck');
    expect(outcomes.decided()).toBe(true);
  });

  it('keep a stuck index stuck when its attempt then fails, and let a retry succeed', () => {
    const outcomes = new IndexOutcomes(1);
    outcomes.settle(0, 'stuck');
    outcomes.settle(0, 'failed');
    expect(outcomes.decided()).toBe(true);
    outcomes.settle(0, 'succeeded');
    expect(outcomes.succeeded(0)).toBe(true);
  });
});
