import type { Directory } from '../directory/directory.js'
import { recordText, t } from '../i18n/catalog.js'
import type { Lang, Person } from '../model/records.js'
import type { AlertsConfig } from './alert-config.js'
import type { AlertStore } from './alert-store.js'
import { listItemText } from './alert-text.js'
import { alertLight } from './sla.js'

const LIST_LIMIT = 20

/**
 * The unresolved alerts of a counselor's or admin's own center, most urgent first, with light
 * and age — for /alerts and a platform's home screen alike. Null for anyone else. Each alert
 * shown is a reading of its text, and is audited as one (`via` says where).
 */
export async function openAlertsOverview(
  store: AlertStore,
  config: AlertsConfig,
  dir: Directory,
  person: Person,
  lang: Lang,
  now: Date,
  via: string,
): Promise<{ text: string } | { refused: 'role' | 'no_center' }> {
  if (person.role !== 'counselor' && person.role !== 'admin') return { refused: 'role' }
  const center = dir.centerOfPerson(person)
  if (!center) return { refused: 'no_center' }
  const alerts = await store.listUnresolved(center.id, LIST_LIMIT)
  const name = recordText(lang, center.name)
  if (alerts.length === 0) return { text: t(lang, 'alert_list_none', { center: name }) }
  const total = await store.countUnresolved(center.id)
  for (const a of alerts) await store.audit('read', a.id, person.id, now, { via })
  const items = alerts.map((a) => listItemText(lang, a, dir, alertLight(a, now, config), now))
  return { text: [t(lang, 'alert_list_head', { center: name, count: total }), ...items].join('\n\n') }
}
