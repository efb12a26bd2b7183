import type { AlertsConfig } from '../../core/alerts/alert-config.js'
import { AlertStore } from '../../core/alerts/alert-store.js'
import { openAlertsOverview } from '../../core/alerts/alerts-overview.js'
import type { LoadedDirectory } from '../../core/directory/provider.js'
import { t } from '../../core/i18n/catalog.js'
import type { Lang, Person } from '../../core/model/records.js'
import type { Keys } from '../../core/store/keys.js'
import type { Redis } from '../../core/store/redis.js'

/**
 * What a platform's home screen adds for counselors and admins: the open alerts of their own
 * center with lights and age (the core checks the role and audits each reading). Nothing for
 * anyone else.
 */
export function counselorHomeExtras(o: { redis: Redis; keys: Keys; directory: { current(): Promise<LoadedDirectory> }; config: AlertsConfig; now: () => Date }) {
  return async (person: Person, lang: Lang): Promise<{ title: string; text: string } | null> => {
    const { directory } = await o.directory.current()
    const r = await openAlertsOverview(new AlertStore(o.redis, o.keys), o.config, directory, person, lang, o.now(), 'home')
    return 'text' in r ? { title: t(lang, 'home_open_alerts'), text: r.text } : null
  }
}
