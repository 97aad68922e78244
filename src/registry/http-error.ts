/** A registry answered with an unexpected HTTP status. */
export class RegistryHttpError extends Error {
  constructor(
    readonly status: number,
    readonly what: string,
    readonly body: string,
    readonly retryAfterMs?: number,
  ) {
    super(`${what}: HTTP ${status}${summarize(body)}`);
    this.name = 'RegistryHttpError';
  }
}

// Registries answer errors as {"errors":[{"code","message"}]}; keep the first message only.
function summarize(body: string): string {
  try {
    const first = (JSON.parse(body) as { errors?: { code?: string; message?: string }[] }).errors?.[0];
    if (first) return ` ${first.code ?? ''} ${first.message ?? ''}`.trimEnd();
  } catch {
    // not JSON: fall through
  }
  const text = body.replace(/\s+/g, ' ').trim();
  return text ? ` ${text.slice(0, 200)}` : '';
}

/** Reads Retry-After (seconds) into milliseconds, when a 429 or 503 carries one. */
export function retryAfterMs(header: string | null): number | undefined {
  if (!header || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}
