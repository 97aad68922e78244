/** Bytes a piece of the text gathers before it is handed on (one write per piece). */
const PIECE = 64 * 1024;

/**
 * The text of `JSON.stringify(value, null, 2)` and a newline, in pieces of about 64 KiB: each
 * top-level field, and each element of a top-level array, is stringified on its own. A record of
 * 10,000 shards is 15 MB of JSON: written whole, the string, its flattened copy and the Buffer
 * that goes to the file would each cost that much again, on top of the record itself.
 */
export function* jsonTextPieces(value: object): Generator<string> {
  let piece = '';
  for (const part of jsonParts(value)) {
    piece += part;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
}

function* jsonParts(value: object): Generator<string> {
  // JSON.stringify leaves out fields whose value is undefined, a function or a symbol.
  const entries = Object.entries(value).filter(([, v]) => !['undefined', 'function', 'symbol'].includes(typeof v));
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, v]] of entries.entries()) {
    const head = `  ${JSON.stringify(key)}: `;
    const tail = i < entries.length - 1 ? ',\n' : '\n';
    if (Array.isArray(v) && v.length > 0) {
      yield `${head}[\n`;
      for (let j = 0; j < v.length; j++) {
        // Inside an array, JSON.stringify writes null for what it leaves out of an object.
        const text = JSON.stringify(v[j], null, 2) ?? 'null';
        yield `    ${indent(text, '    ')}${j < v.length - 1 ? ',\n' : '\n'}`;
      }
      yield `  ]${tail}`;
    } else {
      yield `${head}${indent(JSON.stringify(v, null, 2), '  ')}${tail}`;
    }
  }
  yield '}\n';
}

/** JSON text has no raw line breaks inside strings (they are escaped): every one starts a line. */
function indent(text: string, pad: string): string {
  return text.replaceAll('\n', `\n${pad}`);
}
