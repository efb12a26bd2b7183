import { recordText, t } from '../i18n/catalog.js'
import type { Directory } from '../directory/directory.js'
import type { AlertDeps } from './alert-deps.js'
import { alertStore } from './alert-deps.js'
import { whenText } from './alert-text.js'

/**
 * Once someone acknowledged (or resolved) an alert, every page of it — on every platform,
 * to every level that was paged — is replaced by a line saying who took it, so nobody else
 * acts on a stale page and its buttons disappear where the platform can edit messages.
 */
export async function updatePages(deps: AlertDeps, alertId: string, change: 'taken' | 'closed', by: string, at: Date, directory: Directory): Promise<void> {
  const pages = await alertStore(deps).pages(alertId)
  const when = whenText(at, deps.config.timeZone)
  for (const page of pages) {
    const lang = directory.person(page.personId)?.lang ?? 'zh-Hans'
    const who = recordText(lang, directory.person(by)?.name ?? by)
    const text = change === 'taken' ? t(lang, 'alert_page_taken', { id: alertId, who, at: when }) : t(lang, 'alert_page_closed', { id: alertId, at: when })
    await deps.notifier.notify({ personId: page.personId }, { key: `${page.key}:${change}`, replaces: page.key, text, urgent: true })
  }
}
