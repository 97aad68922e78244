// The work a start-up case cannot avoid, done by the shortest script that does it, for
// bench/startup.ts: its time above `node -e 0` is what the case is allowed beyond bare Node.
//   node bench/startup-own-work.mjs build REGISTRY REPOSITORY IN_TAG BASE_IMAGE CONTEXT < password
//     the skipping build's requests: the engine's platform, networks and base image (one request
//     each, at once, beside the git processes the build starts), and the registry's challenge, the
//     manifest of IN_TAG and its PUT as `latest`, with the user from PINSHIP_TEST_REGISTRY_USER.
//   node bench/startup-own-work.mjs report RECORD > comment
//     the report's: read and parse the record, find the clone (one git process), write a comment.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** GET `path` from the Docker engine's socket; resolves to the parsed JSON body. */
async function engine(path) {
  // Imported here: the report's work makes no HTTP request.
  const { request } = await import('node:http');
  return new Promise((done, fail) => {
    const req = request({ socketPath: '/var/run/docker.sock', path }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d)).on('end', () => done(body && path !== '/_ping' ? JSON.parse(body) : body));
    });
    req.on('error', fail).end();
  });
}

/** The git processes a build runs outside a work tree: its commit, config, paths, then the ownership check. */
async function gitOfBuild(dir) {
  const quiet = (args) => run('git', ['-C', dir, ...args]).catch(() => undefined);
  await Promise.all([
    quiet(['log', '-1', '--format=%H %ct%n%D']),
    quiet(['config', '-z', '--get-regexp', '^(core\\.autocrlf|core\\.attributesfile|remote\\.origin\\.url)$']),
    quiet(['rev-parse', '--show-object-format', '--absolute-git-dir', '--show-toplevel', '--show-prefix']),
    quiet(['--exec-path']),
  ]);
  await quiet(['rev-parse', '--git-dir']);
}

async function registry(host, repository, inTag, password) {
  const base = `http://${host}/v2`;
  await fetch(`${base}/`).then((r) => r.arrayBuffer()); // the challenge: which credentials, where
  const user = process.env.PINSHIP_TEST_REGISTRY_USER ?? 'pinship';
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const accept = 'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json';
  const found = await fetch(`${base}/${repository}/manifests/${inTag}`, { headers: { authorization, accept } });
  if (!found.ok) throw new Error(`${repository}:${inTag}: ${found.status}`);
  const put = await fetch(`${base}/${repository}/manifests/latest`, {
    method: 'PUT',
    headers: { authorization, 'content-type': found.headers.get('content-type') },
    body: Buffer.from(await found.arrayBuffer()),
  });
  if (!put.ok) throw new Error(`PUT ${repository}:latest: ${put.status}`);
}

async function build([host, repository, inTag, baseImage, context]) {
  let password = '';
  for await (const chunk of process.stdin) password += chunk;
  password = password.trim();
  await Promise.all([
    engine('/_ping'),
    engine('/version'),
    engine('/networks'),
    engine(`/images/${baseImage}/json`),
    gitOfBuild(context),
    readFile(join(context, 'Dockerfile')),
    registry(host, repository, inTag, password),
  ]);
  process.stdout.write(`${host}/${repository}\n`);
}

async function report([record]) {
  const [text] = await Promise.all([
    readFile(record, 'utf8'),
    run('git', ['rev-parse', '--show-toplevel']).catch(() => undefined),
  ]);
  const parsed = JSON.parse(text);
  process.stdout.write(`### ${parsed.id}: ${parsed.conclusion}\n${JSON.stringify(parsed.totals)}\n`);
}

const [what, ...args] = process.argv.slice(2);
await (what === 'build' ? build(args) : report(args));
