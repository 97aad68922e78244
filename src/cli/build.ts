import { PinshipError } from '../errors.js';
import type { Command } from './command.js';

export const buildCommand: Command = {
  name: 'build',
  summary: '(not yet available)',
  help: 'pinship build: not yet available',
  async run() {
    throw new PinshipError('build is not yet available');
  },
};
