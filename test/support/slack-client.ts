import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { slackSignature } from '../../bots/slack/slack-signature.js'

export const SIGNING_SECRET = 'test-signing-secret-8f3a'

const FIXTURES = new URL('../fixtures/slack/', import.meta.url)
const Json = z.record(z.unknown())

/** A payload sample of test/fixtures/slack, parsed fresh each time. */
export function slackFixture(name: 'event-message-im' | 'event-app-mention' | 'event-app-home-opened' | 'slash-command' | 'block-actions' | 'view-submission' | 'url-verification'): Record<string, unknown> {
  return Json.parse(JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')))
}

export interface Sent {
  status: number
  body: string
  ms: number
}

export interface SignOptions {
  /** Seconds to shift X-Slack-Request-Timestamp by (stale: -600). */
  skewSeconds?: number
  secret?: string
  unsigned?: boolean
  retryNum?: number
}

/** Slack sends typed text with & < > as entities (and links as <url|label>). */
const asSlackSends = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

let seq = 0
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(++seq).toString(36)}`.toUpperCase()

/**
 * Slack's side of POST /slack/events: real payload samples with the parts a test varies,
 * signed as Slack signs them (v0 HMAC over timestamp and raw body) unless told otherwise.
 */
export function slackClient(baseUrl: string, o: { responseUrl?: (id: string) => string } = {}) {
  const send = async (raw: string, contentType: string, s: SignOptions = {}): Promise<Sent> => {
    const ts = String(Math.floor(Date.now() / 1000) + (s.skewSeconds ?? 0))
    const headers: Record<string, string> = { 'content-type': contentType }
    if (!s.unsigned) {
      headers['x-slack-request-timestamp'] = ts
      headers['x-slack-signature'] = slackSignature(s.secret ?? SIGNING_SECRET, ts, raw)
    }
    if (s.retryNum !== undefined) Object.assign(headers, { 'x-slack-retry-num': String(s.retryNum), 'x-slack-retry-reason': 'http_timeout' })
    const started = Date.now()
    const res = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body: raw })
    return { status: res.status, body: await res.text(), ms: Date.now() - started }
  }
  const json = (body: unknown, s?: SignOptions) => send(JSON.stringify(body), 'application/json', s)
  const interaction = (payload: unknown, s?: SignOptions) => send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', s)
  const responseUrl = (id: string) => o.responseUrl?.(id) ?? `https://hooks.slack.com/commands/T0LIANXIN/${id}`

  return {
    send,
    json,
    /** A DM to the app (message.im); returns the event id used. */
    dm: async (user: string, text: string, s: SignOptions & { eventId?: string } = {}) => {
      const f = slackFixture('event-message-im')
      const eventId = s.eventId ?? nextId('Ev')
      const event = { ...(f.event as object), user, text: asSlackSends(text), channel: `D${user.slice(1)}`, ts: `${Date.now() / 1000}` }
      return { eventId, sent: await json({ ...f, event_id: eventId, event }, s) }
    },
    mention: async (user: string, channel: string, text: string, s: SignOptions = {}) => {
      const f = slackFixture('event-app-mention')
      const ts = (Date.now() / 1000).toFixed(6)
      return { ts, sent: await json({ ...f, event_id: nextId('Ev'), event: { ...(f.event as object), user, channel, ts, text: `<@U0LIANXIN> ${asSlackSends(text)}` } }, s) }
    },
    homeOpened: (user: string) => {
      const f = slackFixture('event-app-home-opened')
      return json({ ...f, event_id: nextId('Ev'), event: { ...(f.event as object), user } })
    },
    /** `/lianxin <text>`; the answer goes to responseUrl(trigger id). */
    command: async (user: string, text: string, s: SignOptions & { channel?: string } = {}) => {
      const f = z.record(z.string()).parse(slackFixture('slash-command'))
      const trigger = nextId('TRG')
      const form = { ...f, user_id: user, text: asSlackSends(text), channel_id: s.channel ?? f.channel_id!, trigger_id: trigger, response_url: responseUrl(trigger) }
      return { trigger, sent: await send(new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded', s) }
    },
    /** A press on a button (its token) in a message of `channel`. */
    press: (user: string, channel: string, token: string, s: SignOptions & { ephemeral?: boolean } = {}) => {
      const f = slackFixture('block-actions')
      const trigger = nextId('TRG')
      const action = { ...(f.actions as object[])[0], action_id: token, value: token }
      return interaction({ ...f, user: { id: user, name: user }, channel: { id: channel }, container: { type: 'message', message_ts: '1764300050.000500', channel_id: channel, is_ephemeral: !!s.ephemeral }, trigger_id: trigger, response_url: responseUrl(trigger), actions: [action] }, s)
    },
    submitNotice: (user: string, values: { title: string; when: number; where: string; agenda?: string }) => {
      const f = slackFixture('view-submission')
      const view = f.view as Record<string, unknown>
      const field = (type: string, v: Record<string, unknown>) => ({ type, ...v })
      const state = {
        values: {
          title: { title: field('plain_text_input', { value: values.title }) },
          when: { when: field('datetimepicker', { selected_date_time: values.when }) },
          where: { where: field('plain_text_input', { value: values.where }) },
          agenda: { agenda: field('plain_text_input', { value: values.agenda ?? null }) },
        },
      }
      return interaction({ ...f, user: { id: user }, view: { ...view, id: nextId('V'), state } })
    },
  }
}
export type SlackClient = ReturnType<typeof slackClient>
