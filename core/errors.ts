/**
 * One base class for every error Lianxin raises on purpose. `code` is stable (logs, metrics,
 * tests match on it); `detail` carries what failed, never message text or secrets.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'REDIS_UNAVAILABLE'
  | 'REDIS_BINARY_MISSING'
  | 'IMPORT_INVALID'
  | 'DIRECTORY_EMPTY'
  | 'INPUT_INVALID'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'ACTION_EXPIRED'
  | 'PLATFORM_ERROR'
  | 'RATE_LIMITED'
  | 'LLM_FAILED'

export class LianxinError extends Error {
  readonly code: ErrorCode
  readonly detail: Record<string, unknown>
  constructor(code: ErrorCode, message: string, detail: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'LianxinError'
    this.code = code
    this.detail = detail
  }
}

/** A call to a platform API failed: carries the method and the payload that failed. */
export class PlatformError extends LianxinError {
  readonly method: string
  readonly payload: unknown
  readonly status: number | undefined
  constructor(platform: string, method: string, payload: unknown, message: string, status?: number, options?: { cause?: unknown }) {
    super('PLATFORM_ERROR', `${platform}.${method} failed: ${message}`, { platform, method, status }, options)
    this.name = 'PlatformError'
    this.method = method
    this.payload = payload
    this.status = status
  }
}

/** The platform said "slow down": the sender waits retryAfterMs before trying again. */
export class RateLimitError extends PlatformError {
  readonly retryAfterMs: number
  constructor(platform: string, method: string, payload: unknown, retryAfterMs: number) {
    super(platform, method, payload, `rate limited, retry after ${retryAfterMs} ms`, 429)
    this.name = 'RateLimitError'
    this.retryAfterMs = retryAfterMs
  }
}

export interface ImportProblem {
  file: string
  line: number
  message: string
}

export class ImportError extends LianxinError {
  readonly problems: ImportProblem[]
  constructor(problems: ImportProblem[]) {
    super('IMPORT_INVALID', `directory import rejected: ${problems.length} problem(s)`, { count: problems.length })
    this.name = 'ImportError'
    this.problems = problems
  }
}
