import * as core from '@actions/core';
import { PinshipError } from '../errors.js';

/**
 * Reads a boolean action input, `fallback` when empty. Accepts what people write in workflows
 * (true/false, yes/no, 1/0, any case), unlike core.getBooleanInput's YAML 1.2 core schema only.
 */
export function getBooleanInputOr(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (!raw) return fallback;
  if (['true', 'yes', '1'].includes(raw)) return true;
  if (['false', 'no', '0'].includes(raw)) return false;
  throw new PinshipError(`expected true or false, got ${JSON.stringify(raw)}`, { field: name });
}
