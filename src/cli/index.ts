#!/usr/bin/env node
import { describeError } from '../errors.js';
import { ConsoleLogger } from '../log/console-logger.js';
import { isSupportedNode, MINIMUM_NODE } from './node-version.js';
import { verbs } from './verbs.js';

async function usage(): Promise<string> {
  const commands = await Promise.all(Object.values(verbs).map((load) => load()));
  return `pinship: build compute images by digest, pin them into Kustomize overlays, run, report.

Usage: pinship <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n')}

Run 'pinship <command> --help' for a command's options and examples.`;
}

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    process.stdout.write(`${await usage()}\n`);
    return verb ? 0 : 2;
  }
  if (verb === '--version') {
    process.stdout.write(`${process.env.PINSHIP_VERSION ?? '0.1.0'}\n`);
    return 0;
  }
  const load = Object.hasOwn(verbs, verb) ? verbs[verb] : undefined;
  if (!load) {
    process.stderr.write(`pinship: unknown command ${JSON.stringify(verb)}; run 'pinship --help'\n`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    const beforeDashes = rest.indexOf('--') === -1 ? rest : rest.slice(0, rest.indexOf('--'));
    if (beforeDashes.includes('--help') || beforeDashes.includes('-h')) {
      process.stdout.write(`${command.help.trim()}\n`);
      return 0;
    }
  }
  if (!isSupportedNode(process.versions.node)) {
    process.stderr.write(
      `pinship: needs Node ${MINIMUM_NODE} or later, this is ${process.versions.node}\n` +
        'hint: in a clone of pinship, npx pinship runs on the Node 24 in node_modules/.bin\n',
    );
    return 1;
  }
  const log = new ConsoleLogger();
  try {
    return await command.run({ argv: rest, log, stdout: process.stdout });
  } catch (err) {
    process.stderr.write(`pinship ${verb}: error: ${describeError(err)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
