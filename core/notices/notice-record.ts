import { z } from 'zod'

// Records of meeting notices as stored in Redis (parsed when read back), and the job payloads
// that are the contract between core/notices and the notices worker in jobs/.

export const NOTICE_ID = /^N\d{1,12}$/
export const SERIES_ID = /^S\d{1,12}$/
const personId = z.string().min(1).max(64)

export const MAX_TITLE = 100
export const MAX_PLACE = 200
export const MAX_AGENDA = 1000
export const MAX_REASON = 300

export const Notice = z.object({
  id: z.string().regex(NOTICE_ID),
  branchId: z.string().min(1).max(64),
  centerId: z.string().min(1).max(64),
  title: z.string().min(1).max(MAX_TITLE),
  /** Start of the meeting, epoch ms. */
  at: z.number().int().positive(),
  where: z.string().min(1).max(MAX_PLACE),
  agenda: z.string().max(MAX_AGENDA).nullable(),
  createdBy: personId,
  createdAt: z.number().int().nonnegative(),
  /** Set when the notice is one occurrence of a recurring series. */
  seriesId: z.string().regex(SERIES_ID).nullable(),
  /** The recurrence as the secretary typed it ("每月第二个星期五 19:00"), on a draft of a series. */
  rule: z.string().max(200).nullable(),
  /** Raised by each change of time or place (/editnotice): jobs planned for an older version do nothing. */
  version: z.number().int().nonnegative().default(0),
})
export type Notice = z.infer<typeof Notice>

export const NoticeState = z.enum(['draft', 'sent', 'cancelled'])
export type NoticeState = z.infer<typeof NoticeState>

/** Google Calendar's answers; "no answer" (needsAction) is the absence of a record. */
export const RsvpState = z.enum(['accepted', 'declined', 'tentative'])
export type RsvpState = z.infer<typeof RsvpState>
export type RsvpOrNone = RsvpState | 'needsAction'

export const Rsvp = z.object({
  state: RsvpState,
  reason: z.string().max(MAX_REASON).nullable(),
  at: z.number().int().nonnegative(),
  via: z.enum(['button', 'text']),
})
export type Rsvp = z.infer<typeof Rsvp>

/** A recurring meeting: announced automatically ahead of each occurrence until cancelled. */
export const Series = z.object({
  id: z.string().regex(SERIES_ID),
  branchId: z.string().min(1).max(64),
  centerId: z.string().min(1).max(64),
  title: z.string().min(1).max(MAX_TITLE),
  where: z.string().min(1).max(MAX_PLACE),
  agenda: z.string().max(MAX_AGENDA).nullable(),
  rule: z.string().min(1).max(200),
  createdBy: personId,
  active: z.boolean(),
})
export type Series = z.infer<typeof Series>

/** "n12", "#N12" or "12" → "N12"; null when it cannot be a notice id. */
export function parseNoticeId(input: string): string | null {
  const m = /^#?[Nn]?(\d{1,12})$/.exec(input.trim())
  return m ? `N${m[1]}` : null
}

/** The notifier key of the notice itself to one person: a retried job never sends it twice. */
export function noticeKey(noticeId: string, personId: string): string {
  return `notice:${noticeId}:${personId}`
}

// Job kinds and payloads.
export const NOTICE_FANOUT_JOB = 'notice.fanout'
export const NOTICE_SEND_JOB = 'notice.send'
export const NOTICE_REMIND_JOB = 'notice.remind'
export const NOTICE_ANNOUNCE_JOB = 'notice.announce'

export const FanoutJob = z.object({ noticeId: z.string().regex(NOTICE_ID) })
export type FanoutJob = z.infer<typeof FanoutJob>

/** What one message to one person is: the notice, a reminder, "see you", a cancellation or a change. */
export const SendWhat = z.enum(['notice', 'reminder', 'see_you', 'cancelled', 'changed'])
export type SendWhat = z.infer<typeof SendWhat>

export const SendJob = z.object({
  noticeId: z.string().regex(NOTICE_ID),
  personId,
  what: SendWhat,
  /** Distinguishes repeated messages of one kind (the reminder stage). */
  tag: z.string().max(40).regex(/^[A-Za-z0-9_-]*$/),
})
export type SendJob = z.infer<typeof SendJob>

export const RemindJob = z.object({
  noticeId: z.string().regex(NOTICE_ID),
  /** "auto0", "auto1" (index into the configured offsets) or "manual<epoch s>". */
  stage: z.string().regex(/^(auto\d|manual\d{1,12})$/),
  /** The start the round was planned for: after a change of time the old rounds do nothing. */
  at: z.number().int().positive().optional(),
})
export type RemindJob = z.infer<typeof RemindJob>

export const AnnounceJob = z.object({ seriesId: z.string().regex(SERIES_ID), at: z.number().int().positive() })
export type AnnounceJob = z.infer<typeof AnnounceJob>

/** Sends of the notice itself go before reminders; both stay behind alert pages (another queue). */
export const SEND_PRIORITY = 5
export const REMIND_PRIORITY = 10
