import { PinshipError } from '../errors.js';
import type { Command } from './command.js';

export const pinCommand: Command = {
  name: 'pin',
  summary: '(not yet available)',
  help: 'pinship pin: not yet available',
  async run() {
    throw new PinshipError('pin is not yet available');
  },
};
