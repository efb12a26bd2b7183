// zod's v4 engine here: these schemas validate every row of a 100,000-company import, where
// v3 alone took seconds.
import { z } from 'zod/v4'

// Records of the directory. CSV cells arrive as strings; these schemas are the one place
// that says what a valid row is. Empty cells become null so that "absent" has one spelling.

const id = z.string().trim().min(1, 'must not be empty').max(64).regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only')
const text = z.string().trim().min(1, 'must not be empty').max(500)
const optional = z
  .string()
  .trim()
  .max(500)
  .transform((s) => (s === '' ? null : s))
const optionalId = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s))
  .pipe(id.nullable())
const list = z
  .string()
  .trim()
  .transform((s) => s.split('|').map((x) => x.trim()).filter((x) => x !== ''))

export const LANGS = ['zh-Hans', 'zh-Hant', 'en'] as const
export const Lang = z.enum(LANGS)
export type Lang = z.infer<typeof Lang>

export const Role = z.enum(['member', 'secretary', 'counselor', 'admin'])
export type Role = z.infer<typeof Role>

export const Center = z.object({
  id,
  name: text,
  district: optional,
  address: text,
  phone: text,
  hours: optional,
  services: list,
})
export type Center = z.infer<typeof Center>

export const Branch = z.object({
  id,
  name: text,
  kind: z.enum(['standalone', 'joint']),
  center_id: id,
  secretary: optional,
  secretary_phone: optional,
  dues_method: optional,
  dues_place: optional,
  org_life_schedule: optional,
  org_life_place: optional,
})
export type Branch = z.infer<typeof Branch>

export const Enterprise = z.object({
  id,
  name: text,
  aliases: list,
  credit_code: optional,
  area: optional,
  address: optional,
  branch_id: optionalId,
})
export type Enterprise = z.infer<typeof Enterprise>

export const Person = z.object({
  id,
  name: text,
  phone: optional,
  enterprise_id: optionalId,
  branch_id: optionalId,
  center_id: optionalId,
  role: Role,
  lang: z
    .string()
    .trim()
    .transform((s) => (s === '' ? 'zh-Hans' : s))
    .pipe(Lang),
  telegram_id: optional.pipe(z.string().regex(/^-?\d+$/, 'a numeric Telegram user id').nullable()),
  slack_id: optional.pipe(z.string().regex(/^[A-Z0-9]+$/, 'a Slack user id such as U0123ABC').nullable()),
})
export type Person = z.infer<typeof Person>

const hhmm = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM between 00:00 and 24:00')

export const Weekday = z.enum(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
export type Weekday = z.infer<typeof Weekday>

export const Shift = z.object({
  center_id: id,
  level: z.coerce.number().int().min(1).max(3),
  person_id: id,
  days: z
    .string()
    .trim()
    .transform((s) => (s === '*' ? Weekday.options.join(',') : s))
    .transform((s) => s.split(',').map((d) => d.trim()))
    .pipe(z.array(Weekday).min(1)),
  start: hhmm,
  end: hhmm,
})
export type Shift = z.infer<typeof Shift>

/** The whole imported directory: what one import replaces atomically. */
export interface DirectoryData {
  centers: Center[]
  branches: Branch[]
  enterprises: Enterprise[]
  people: Person[]
  shifts: Shift[]
}
