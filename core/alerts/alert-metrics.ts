import type { Directory } from '../directory/directory.js'
import type { AlertsConfig } from './alert-config.js'
import type { AlertStore } from './alert-store.js'
import { alertLight, type Light } from './sla.js'

export interface CenterAlertLights {
  centerId: string
  lights: Record<Light, number>
}

/**
 * For the admin's view and /metrics: every center's unresolved alerts by light. Counts only,
 * never who or what, so it can be exposed to monitoring.
 */
export async function unresolvedByLight(store: AlertStore, dir: Directory, config: AlertsConfig, now: Date): Promise<CenterAlertLights[]> {
  return Promise.all(
    dir.allCenters().map(async (c) => {
      const lights: Record<Light, number> = { green: 0, yellow: 0, red: 0 }
      for (const a of await store.listUnresolved(c.id, 10_000)) lights[alertLight(a, now, config)]++
      return { centerId: c.id, lights }
    }),
  )
}
