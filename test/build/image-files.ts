import type Docker from 'dockerode';

/** The content of `path` in `image`, read from a created (never started) container; undefined if absent. */
export async function readImageFile(docker: Docker, image: string, path: string): Promise<string | undefined> {
  const container = await docker.createContainer({ Image: image, Cmd: ['none'], NetworkDisabled: true });
  try {
    const stream = await container.getArchive({ path }).catch((err: { statusCode?: number }) => {
      if (err.statusCode === 404) return undefined;
      throw err;
    });
    if (!stream) return undefined;
    const tar = await collect(stream);
    // One regular file: a 512-byte ustar header (size in octal at 124), then its content.
    const size = parseInt(tar.toString('latin1', 124, 136).replace(/\0.*$/, '').trim(), 8);
    return tar.toString('utf8', 512, 512 + size);
  } finally {
    await container.remove({ force: true });
  }
}

/** The permission bits of `path` (a file or a directory) in `image`, from its archive's first header. */
export async function readImageMode(docker: Docker, image: string, path: string): Promise<number> {
  const container = await docker.createContainer({ Image: image, Cmd: ['none'], NetworkDisabled: true });
  try {
    const tar = await collect(await container.getArchive({ path }));
    return parseInt(tar.toString('latin1', 100, 108).replace(/\0.*$/, '').trim(), 8) & 0o7777;
  } finally {
    await container.remove({ force: true });
  }
}

/** Every byte of `docker save` of the image (uncompressed layer tars, config, manifest). */
export async function savedImage(docker: Docker, image: string): Promise<Buffer> {
  return collect(await docker.getImage(image).get());
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
