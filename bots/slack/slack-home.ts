import { branchAnswer, duesAnswer, orgLifeAnswer } from '../../core/conversation/answers.js'
import type { Directory } from '../../core/directory/directory.js'
import { t } from '../../core/i18n/catalog.js'
import type { Lang, Person } from '../../core/model/records.js'
import { section, type SlackBlock } from './slack-render.js'

const header = (text: string): SlackBlock => ({ type: 'header', text: { type: 'plain_text', text: [...text].slice(0, 150).join('') } })

/**
 * views.publish for the App Home tab: the person's branch, dues and next organizational life,
 * each the core's own answer (core/conversation/answers.ts), only laid out here. Someone not
 * in the directory is told how to register.
 */
export function homeView(
  person: Person | undefined,
  lang: Lang,
  dir: Directory,
  now: Date,
  timeZone: string,
  extra: { title: string; text: string } | null = null,
): { type: 'home'; blocks: SlackBlock[] } {
  if (!person) return { type: 'home', blocks: [section(t(lang, 'slack_home_unknown'))] }
  // A counselor's or admin's open alerts come first: that is what they open the tab for.
  const top: SlackBlock[] = extra ? [header(extra.title), section(extra.text), { type: 'divider' }] : []
  const enterprise = dir.enterprise(person.enterprise_id) ?? null
  const branch = dir.branch(person.branch_id) ?? (enterprise ? dir.branchOfEnterprise(enterprise) : undefined)
  if (!branch) return { type: 'home', blocks: top.length ? top : [section(t(lang, 'slack_home_no_branch'))] }
  return {
    type: 'home',
    blocks: [
      ...top,
      header(t(lang, 'slack_home_branch')),
      section(branchAnswer(lang, dir, branch, enterprise)),
      { type: 'divider' },
      header(t(lang, 'slack_home_dues')),
      section(duesAnswer(lang, branch)),
      { type: 'divider' },
      header(t(lang, 'slack_home_meetings')),
      section(orgLifeAnswer(lang, branch, now, timeZone)),
    ],
  }
}
