import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AlertsConfig } from '../../core/alerts/alert-config.js'
import { unresolvedByLight } from '../../core/alerts/alert-metrics.js'
import { AlertStore } from '../../core/alerts/alert-store.js'
import type { LoadedDirectory } from '../../core/directory/provider.js'
import type { Keys } from '../../core/store/keys.js'
import type { Redis } from '../../core/store/redis.js'

/**
 * GET /metrics in the Prometheus text format: unresolved alerts per center and light, so a
 * center's monitoring can page on a red light. Counts only; no names, no text.
 */
export function metricsRoute(o: { redis: Redis; keys: Keys; directory: { current(): Promise<LoadedDirectory> }; config: AlertsConfig; now: () => Date }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' || req.url !== '/metrics') return false
    const { directory } = await o.directory.current()
    const rows = await unresolvedByLight(new AlertStore(o.redis, o.keys), directory, o.config, o.now())
    const lines = ['# HELP lianxin_alerts_unresolved Unresolved distress alerts by center and SLA light.', '# TYPE lianxin_alerts_unresolved gauge']
    for (const r of rows) for (const [light, n] of Object.entries(r.lights)) lines.push(`lianxin_alerts_unresolved{center="${r.centerId}",light="${light}"} ${n}`)
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(lines.join('\n') + '\n')
    return true
  }
}
