import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConsoleLogger } from '../../src/log/console-logger.js';

function capture(interactive: boolean) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => (text += chunk.toString()));
  const log = new ConsoleLogger({ stream, interactive });
  return { log, text: () => text };
}

describe('ConsoleLogger', () => {
  it('masks registered secrets in every kind of line', async () => {
    const { log, text } = capture(false);
    log.addSecret('hunter2-secret');
    log.info('login with hunter2-secret');
    log.warn('retrying hunter2-secret');
    log.progress('pushing with hunter2-secret');
    await log.group('group hunter2-secret', async () => {});
    expect(text()).not.toContain('hunter2-secret');
    expect(text().match(/\*\*\*/g)).toHaveLength(4);
  });

  it('prints a progress line once per change outside a terminal', () => {
    const { log, text } = capture(false);
    log.progress('1/3');
    log.progress('1/3');
    log.progress('2/3');
    expect(text()).toBe('1/3\n2/3\n');
  });

  it('rewrites the progress line in place on a terminal and clears it before a message', () => {
    const { log, text } = capture(true);
    log.progress('1/3');
    log.progress('2/3');
    log.info('done');
    expect(text()).toBe('\r\x1b[2K1/3\r\x1b[2K2/3\r\x1b[2Kdone\n');
  });

  it('makes relayed workflow commands inert when it runs in a GitHub Actions step', async () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk) => (text += chunk.toString()));
    const log = new ConsoleLogger({ stream, interactive: false, actions: true });
    await log.group('shard 0 attempt 1: Error, exit 7', async () => {
      log.info('::stop-commands::xyz');
      log.info('plain');
    });
    const lines = text.split('\n');
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[1]!)?.[1];
    expect(token).toBeTruthy();
    expect(lines.slice(2, 5)).toEqual(['::stop-commands::xyz', `::${token}::`, 'plain']);
  });
});
