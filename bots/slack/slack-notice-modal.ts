import type { types } from '@slack/bolt'
import { z } from 'zod'
import { t } from '../../core/i18n/catalog.js'
import type { InboundEvent } from '../../core/model/events.js'
import type { Lang } from '../../core/model/records.js'

export const NOTICE_MODAL_ID = 'lianxin_notice'

/** views.open: a secretary's meeting notice (title, date-time picker, place, agenda). */
export function noticeModal(lang: Lang): types.ModalView {
  const input = (block: string, label: string, element: types.PlainTextInput | types.DateTimepicker, optional = false): types.InputBlock => ({
    type: 'input',
    block_id: block,
    optional,
    label: { type: 'plain_text', text: label },
    element: { ...element, action_id: block },
  })
  return {
    type: 'modal',
    callback_id: NOTICE_MODAL_ID,
    title: { type: 'plain_text', text: t(lang, 'slack_notice_title') },
    submit: { type: 'plain_text', text: t(lang, 'slack_notice_submit') },
    close: { type: 'plain_text', text: t(lang, 'slack_notice_cancel') },
    blocks: [
      input('title', t(lang, 'slack_notice_field_title'), { type: 'plain_text_input', max_length: 100 }),
      input('when', t(lang, 'slack_notice_field_when'), { type: 'datetimepicker' }),
      input('where', t(lang, 'slack_notice_field_where'), { type: 'plain_text_input', max_length: 200 }),
      input('agenda', t(lang, 'slack_notice_field_agenda'), { type: 'plain_text_input', multiline: true, max_length: 1000 }, true),
    ],
  }
}

const Field = z.object({ value: z.string().max(3000).nullish(), selected_date_time: z.number().int().nullish() })
export const NoticeSubmission = z.object({
  type: z.literal('view_submission'),
  user: z.object({ id: z.string().min(1).max(100) }),
  view: z.object({
    id: z.string().min(1).max(100),
    callback_id: z.literal(NOTICE_MODAL_ID),
    state: z.object({ values: z.record(z.record(Field)) }),
  }),
})
export type NoticeSubmission = z.infer<typeof NoticeSubmission>

/** "2026-12-04 14:30" in the center's time zone, the form /notice reads. */
function wallClock(unixSeconds: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(unixSeconds * 1000))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`
}

/**
 * The submitted modal as the typed command `/notice <title> | <when> | <where> [| <agenda>]`,
 * so the notice has one way into the core. A "|" typed in a field would shift the fields, so
 * it becomes the full-width "｜". A view is submitted once: its id is the event id.
 */
export function fromNoticeSubmission(s: NoticeSubmission, at: Date, timeZone: string): InboundEvent {
  const field = (name: string) => s.view.state.values[name]?.[name]
  const text = (name: string) => (field(name)?.value ?? '').replace(/\|/g, '｜').replace(/\s+/g, ' ').trim()
  const when = field('when')?.selected_date_time
  const parts = [text('title'), when ? wallClock(when, timeZone) : '', text('where')]
  const agenda = text('agenda')
  return {
    kind: 'message',
    id: `view:${s.view.id}`,
    platform: 'slack',
    userId: s.user.id,
    chatId: s.user.id,
    text: `/notice ${[...parts, ...(agenda ? [agenda] : [])].join(' | ')}`,
    at,
  }
}
