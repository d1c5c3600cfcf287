// The test endpoint's log (tools/wtr/request-server.js), for the request elements' browser tests.

/** What the endpoint received in one scenario. */
export interface RequestServerLog {
  posts: number;
  lookups: number;
  created: number;
  lastHeaders: Record<string, string | null>;
  lastParts: { name: string; filename?: string; type?: string; size?: number }[];
  lastApplication: unknown;
}

/** The log of `scenario`; with `reset`, empties the scenario first (records, keys, counters). */
export async function serverLog(scenario: string, reset = false): Promise<RequestServerLog> {
  const r = await fetch(`/api/requests/${scenario}/__log`, { method: reset ? 'DELETE' : 'GET' });
  return (await r.json()) as RequestServerLog;
}
