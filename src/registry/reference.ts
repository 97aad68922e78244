import { PinshipError } from '../errors.js';

/** A parsed image reference: `[registry/]repository[:tag][@sha256:hex]`. */
export interface ImageReference {
  /** Registry host (with port) as written, or `docker.io` when none is written. */
  registry: string;
  /** Repository path within the registry, e.g. `library/busybox` or `team/compute`. */
  path: string;
  /** The name as written, without tag or digest: `127.0.0.1:5000/team/compute`. */
  name: string;
  tag?: string;
  digest?: string;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const HOST_LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
const HOST = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[a-fA-F0-9:]+\\])(?::\\d+)?$`);

/** True for a tag Docker accepts: a word character, then up to 127 of `[\w.-]`. */
export function isTag(value: string): boolean {
  return TAG.test(value);
}

/** True for `sha256:` followed by 64 lowercase hex digits. */
export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

/**
 * Parses an image reference by Docker's grammar (distribution/reference). The first path
 * component is a registry host when it has a `.` or `:` or is `localhost`, as Docker decides.
 */
export function parseReference(input: string, field = 'image'): ImageReference {
  const fail = (why: string): never => {
    throw new PinshipError(`invalid image reference ${JSON.stringify(input)}: ${why}`, { field });
  };
  const text = input.trim();
  if (!text) fail('it is empty');

  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) fail(`the digest must be sha256: and 64 lowercase hex digits`);
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) fail(`the tag ${JSON.stringify(tag)} is not valid`);
  }

  const parts = rest.split('/');
  let registry = 'docker.io';
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    parts.shift();
    if (!HOST.test(registry)) fail(`the registry host ${JSON.stringify(registry)} is not valid`);
  }
  if (parts.length === 0 || parts.some((p) => !PATH_COMPONENT.test(p))) {
    fail('the repository must be lowercase letters, digits and separators (. _ __ -) between slashes');
  }
  const explicitName = rest;
  const path = registry === 'docker.io' && parts.length === 1 ? `library/${parts[0]}` : parts.join('/');
  return { registry, path, name: explicitName, tag, digest };
}

/** Formats a reference back to text; `name` is kept as the user wrote it. */
export function formatReference(ref: Pick<ImageReference, 'name' | 'tag' | 'digest'>): string {
  return `${ref.name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
