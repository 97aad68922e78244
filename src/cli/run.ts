import { PinshipError } from '../errors.js';
import type { Command } from './command.js';

export const runCommand: Command = {
  name: 'run',
  summary: '(not yet available)',
  help: 'pinship run: not yet available',
  async run() {
    throw new PinshipError('run is not yet available');
  },
};
