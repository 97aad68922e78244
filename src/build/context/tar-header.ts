/**
 * POSIX ustar headers, with a PAX extended header ('x') for what ustar cannot hold: paths over
 * 100 (+155 prefix) bytes, non-ASCII names, long link targets, files of 8 GiB or more. This is
 * what Go's archive/tar (the docker CLI's) writes, and what the engine reads.
 */
export interface TarHeader {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'fifo';
  mode: number;
  size: number;
  mtimeMs: number;
  linkname?: string;
}

const TYPEFLAG = { file: '0', symlink: '2', directory: '5', fifo: '6' } as const;
const MAX_OCTAL_11 = 0o77777777777;

/** The header block(s) for one entry: 512 bytes, or PAX header + records + 512 bytes. */
export function encodeHeader(h: TarHeader): Buffer {
  const name = h.type === 'directory' && !h.name.endsWith('/') ? `${h.name}/` : h.name;
  const split = splitName(name);
  const records: [string, string][] = [];
  if (!split) records.push(['path', name]);
  if (h.linkname && (!isAscii(h.linkname) || h.linkname.length > 100)) records.push(['linkpath', h.linkname]);
  if (h.size > MAX_OCTAL_11) records.push(['size', String(h.size)]);
  const main = ustar({
    name: split?.name ?? asciiFallback(name).slice(-100),
    prefix: split?.prefix ?? '',
    typeflag: TYPEFLAG[h.type],
    mode: h.mode,
    size: h.size > MAX_OCTAL_11 ? 0 : h.size,
    mtimeMs: h.mtimeMs,
    linkname:
      h.linkname && records.every(([k]) => k !== 'linkpath')
        ? h.linkname
        : asciiFallback(h.linkname ?? '').slice(0, 100),
  });
  if (records.length === 0) return main;
  const body = Buffer.from(records.map(([k, v]) => paxRecord(k, v)).join(''), 'utf8');
  const pax = ustar({
    name: 'PaxHeader',
    prefix: '',
    typeflag: 'x',
    mode: 0o644,
    size: body.length,
    mtimeMs: h.mtimeMs,
    linkname: '',
  });
  return Buffer.concat([pax, body, Buffer.alloc(padding(body.length)), main]);
}

/** Zero bytes that round `size` up to a whole 512-byte block. */
export function padding(size: number): number {
  return (512 - (size % 512)) % 512;
}

// ustar keeps a path as prefix (155) + "/" + name (100); undefined when it does not fit.
function splitName(path: string): { name: string; prefix: string } | undefined {
  if (!isAscii(path)) return undefined;
  if (path.length <= 100) return { name: path, prefix: '' };
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (prefix.length <= 155 && name.length <= 100 && name.length > 0) return { name, prefix };
    if (prefix.length > 155) break;
  }
  return undefined;
}

interface Fields {
  name: string;
  prefix: string;
  typeflag: string;
  mode: number;
  size: number;
  mtimeMs: number;
  linkname: string;
}

function ustar(f: Fields): Buffer {
  const buf = Buffer.alloc(512);
  buf.write(f.name, 0, 100, 'latin1');
  octal(buf, 100, 8, f.mode & 0o7777);
  octal(buf, 108, 8, 0); // uid: root, as the docker CLI sends the context
  octal(buf, 116, 8, 0); // gid
  octal(buf, 124, 12, f.size);
  octal(buf, 136, 12, Math.max(0, Math.floor(f.mtimeMs / 1000)));
  buf.write('        ', 148, 8, 'latin1'); // checksum field counts as spaces
  buf.write(f.typeflag, 156, 1, 'latin1');
  buf.write(f.linkname, 157, 100, 'latin1');
  buf.write('ustar\x0000', 257, 8, 'latin1');
  buf.write(f.prefix, 345, 155, 'latin1');
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += buf[i]!;
  buf.write(`${sum.toString(8).padStart(6, '0')}\x00 `, 148, 8, 'latin1');
  return buf;
}

function octal(buf: Buffer, offset: number, width: number, value: number): void {
  buf.write(`${value.toString(8).padStart(width - 1, '0')}\x00`, offset, width, 'latin1');
}

// "<length> <key>=<value>\n", where length counts itself.
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  const bytes = Buffer.byteLength(rest);
  let length = bytes + 1;
  while (String(length).length + bytes !== length) length = String(length).length + bytes;
  return `${length}${rest}`;
}

function isAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

function asciiFallback(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '_');
}
