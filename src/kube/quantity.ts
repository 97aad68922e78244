const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

/**
 * Reads a Kubernetes resource quantity (`500m`, `2`, `256Mi`, `1G`, `1e3`) as a number of base
 * units (cores, bytes); null when it is not one. As apimachinery's resource.Quantity, binary
 * suffixes are powers of 2 and decimal ones powers of 10.
 */
export function parseQuantity(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([eE][+-]?\d+)|(n|u|m|k|M|G|T|P|E)?)$/.exec(
    value.trim(),
  );
  if (!m) return null;
  const number = Number(m[1]);
  if (m[2]) return number * BINARY[m[2]]!;
  if (m[3]) return number * 10 ** Number(m[3].slice(1));
  return number * DECIMAL[m[4] ?? '']!;
}
