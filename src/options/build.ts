import { boolean, keyValues, lines, type OptionsOf, oneOf, requiredText, text, textOr } from './option.js';

/**
 * The build verb's options (`pinship build`, actions/build, the root action.yml). `push` is off on
 * the CLI (a local build) and on in the action (a CI build is for pulling elsewhere). Registry credentials come
 * as `--password-stdin` on the CLI and the masked `password` input in the action.
 */
export const buildSchema = {
  context: textOr({ flag: 'context', input: 'context' }, '.'),
  file: text({ flag: 'file', input: 'file' }),
  image: requiredText({ flag: 'image', input: 'image' }, 'e.g. --image 127.0.0.1:5000/team/compute'),
  tags: lines({ flag: 'tag', input: 'tags', split: true }),
  buildArgs: keyValues({ flag: 'build-arg', input: 'build-args' }),
  target: text({ flag: 'target', input: 'target' }),
  labels: keyValues({ flag: 'label', input: 'labels' }),
  platform: text({ flag: 'platform', input: 'platform' }),
  builder: oneOf({ flag: 'builder', input: 'builder' }, ['buildkit', 'classic']),
  network: text({ flag: 'network', input: 'network' }),
  secrets: lines({ flag: 'secret', input: 'secrets' }),
  cacheFrom: lines({ flag: 'cache-from', input: 'cache-from', split: true }),
  cacheTo: text({ flag: 'cache-to', input: 'cache-to' }),
  push: boolean({ flag: 'push', input: 'push', actionDefault: 'true' }),
  username: text({ flag: 'username', input: 'username' }),
  password: text({ input: 'password' }),
  passwordStdin: boolean({ flag: 'password-stdin' }),
  json: boolean({ flag: 'json' }),
};

export type BuildOptions = OptionsOf<typeof buildSchema>;
