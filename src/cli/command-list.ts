import { buildCommand } from './build.js';
import { cleanupCommand } from './cleanup.js';
import type { Command } from './command.js';
import { pinCommand } from './pin.js';
import { reportCommand } from './report.js';
import { runCommand } from './run.js';

export const commands: Command[] = [buildCommand, pinCommand, runCommand, reportCommand, cleanupCommand];
