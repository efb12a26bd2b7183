import { z } from 'zod'
import { LianxinError } from '../errors.js'

/** "90s", "5m", "2h", "1500ms" → milliseconds. */
const duration = z
  .string()
  .trim()
  .regex(/^\d+(ms|s|m|h)$/, 'a duration such as 90s, 5m or 2h')
  .transform((s) => {
    const m = /^(\d+)(ms|s|m|h)$/.exec(s)!
    const n = Number(m[1])
    return n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h']
  })

const url = z.string().trim().url('a URL such as https://example.org')
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const opt = <T extends z.ZodTypeAny>(t: T) => z.preprocess(blankToUndefined, t.optional())
const withDefault = <T extends z.ZodTypeAny>(t: T, d: z.input<T>) => z.preprocess(blankToUndefined, t.default(d))

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

/** One schema over the whole environment (names and defaults: DESIGN.md, .env.example). */
export const EnvSchema = z.object({
  REDIS_URL: opt(z.string().trim().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL')),
  LIANXIN_DATA_DIR: withDefault(z.string(), '.data'),
  DIRECTORY_DIR: opt(z.string()),
  LIANXIN_TZ: withDefault(z.string().refine(isTimeZone, 'an IANA time zone such as Asia/Shanghai'), 'Asia/Shanghai'),
  LIANXIN_KEY_PREFIX: withDefault(z.string().regex(/^\{[A-Za-z0-9_-]+\}:$/, 'a hash-tagged prefix such as {lx}:'), '{lx}:'),
  TELEGRAM_BOT_TOKEN: opt(z.string().regex(/^\d+:[A-Za-z0-9_-]+$/, 'a bot token such as 123456:ABC-def')),
  TELEGRAM_BOT_USERNAME: opt(z.string().regex(/^@?[A-Za-z][A-Za-z0-9_]{3,30}bot$/i, 'a bot username such as lianxin_bot')),
  TELEGRAM_API_ROOT: withDefault(url, 'https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: opt(url),
  TELEGRAM_WEBHOOK_SECRET: opt(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, '1-256 characters A-Z a-z 0-9 _ -')),
  SLACK_BOT_TOKEN: opt(z.string().startsWith('xoxb-', 'a bot token starting with xoxb-')),
  SLACK_SIGNING_SECRET: opt(z.string().min(8, 'the signing secret of the Slack app')),
  SLACK_APP_TOKEN: opt(z.string().startsWith('xapp-', 'an app-level token starting with xapp-')),
  SLACK_API_URL: withDefault(url, 'https://slack.com/api/'),
  PORT: withDefault(z.coerce.number({ invalid_type_error: 'a port number 0-65535' }).int('a port number 0-65535').min(0).max(65535), 3000),
  LIANXIN_ROLE: withDefault(z.enum(['all', 'bot', 'worker']), 'all'),
  OPENAI_API_KEY: opt(z.string().min(1)),
  OPENAI_BASE_URL: opt(url),
  OPENAI_MODEL: opt(z.string().min(1)),
  LLM_SENSITIVE: withDefault(z.enum(['allow', 'deny']), 'deny'),
  LLM_MODERATION: withDefault(z.enum(['on', 'off']), 'off'),
  LLM_TIMEOUT: withDefault(duration, '4s'),
  LLM_STRUCTURED_METHOD: withDefault(z.enum(['functionCalling', 'jsonMode', 'jsonSchema']), 'functionCalling'),
  LLM_CACHE_TTL: withDefault(duration, '24h'),
  ALERT_ACK_TIMEOUT_IMMINENT: withDefault(duration, '2m'),
  ALERT_ACK_TIMEOUT_HIGH: withDefault(duration, '5m'),
  ALERT_ACK_TIMEOUT_CONCERN: withDefault(duration, '30m'),
  ALERT_RESOLVE_DUE: withDefault(duration, '24h'),
  CRISIS_HOTLINES: withDefault(
    z.string().regex(/^[^|]+=[^|]+(\|[^|]+=[^|]+)*$/, 'entries "number=label" separated by |'),
    '12356=全国心理援助热线|110=报警|120=急救',
  ),
  DEFAULT_CENTER_ID: opt(z.string().regex(/^[A-Za-z0-9_.-]+$/, 'a center id from centers.csv')),
  LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
})
export type Env = z.infer<typeof EnvSchema>

export interface Hotline {
  number: string
  label: string
}

export function hotlines(env: Pick<Env, 'CRISIS_HOTLINES'>): Hotline[] {
  return env.CRISIS_HOTLINES.split('|').map((entry) => {
    const [number, label] = entry.split('=') as [string, string]
    return { number: number.trim(), label: label.trim() }
  })
}

/**
 * Parses the environment. A missing or wrong value throws CONFIG_INVALID whose message is one
 * line naming the variable and what it expects (never the value: it may be a secret).
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source)
  if (result.success) {
    const env = result.data
    if (env.TELEGRAM_WEBHOOK_URL && !env.TELEGRAM_WEBHOOK_SECRET) {
      throw new LianxinError('CONFIG_INVALID', 'TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set', { variable: 'TELEGRAM_WEBHOOK_SECRET' })
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      throw new LianxinError('CONFIG_INVALID', 'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)', { variable: 'SLACK_SIGNING_SECRET' })
    }
    return env
  }
  const issue = result.error.issues[0]!
  const variable = String(issue.path[0] ?? 'environment')
  throw new LianxinError('CONFIG_INVALID', `${variable}: ${issue.message === 'Required' ? 'is required' : issue.message}`, { variable })
}
