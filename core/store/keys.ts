/**
 * Every Redis key name lives here. All keys share one prefix carrying a Cluster hash tag
 * ("{lx}:"), so multi-key transactions (an import swap, an alert and its audit) stay on one
 * slot. Tests give each test its own prefix ("{t42}:").
 */
export class Keys {
  constructor(readonly prefix: string) {}
  private k(...parts: string[]): string {
    return this.prefix + parts.join(':')
  }
  // directory snapshot
  directoryCurrent = () => this.k('dir', 'current')
  directorySnapshot = (version: string) => this.k('dir', 'snap', version)
  directoryVersionSeq = () => this.k('dir', 'seq')
  // dialogue
  dialogue = (platform: string, userId: string) => this.k('dlg', platform, userId)
  lang = (platform: string, userId: string) => this.k('lang', platform, userId)
  seenEvent = (platform: string, id: string) => this.k('seen', platform, id)
  // buttons: opaque tokens resolved server-side
  action = (token: string) => this.k('act', token)
  // self-registration and links of platform ids to people
  registration = (id: string) => this.k('reg', id)
  registrationSeq = () => this.k('reg', 'seq')
  pendingByBranch = (branchId: string) => this.k('reg', 'pending', branchId)
  registrationOf = (platform: string, userId: string) => this.k('reg', 'by', platform, userId)
  link = (platform: string, userId: string) => this.k('link', platform, userId)
  // alerts
  alert = (id: string) => this.k('alert', id)
  alertByMessage = (platform: string, messageId: string) => this.k('alert', 'msg', platform, messageId)
  alertSeq = () => this.k('alert', 'seq')
  openAlerts = (centerId: string) => this.k('alerts', 'open', centerId)
  audit = () => this.k('audit')
  pageSent = (alertId: string, level: number, round: number) => this.k('page', alertId, String(level), String(round))
  /** Who was paged for an alert, with which notifier key: so a state change can update every page. */
  alertPages = (alertId: string) => this.k('alert', 'pages', alertId)
  // outbound idempotency
  delivered = (key: string) => this.k('sent', key)
  // outbound delivery (jobs/delivery): idempotency, reachability, shared pause after a 429, rate limiter prefixes
  deliverySent = (platform: string, messageHash: string) => this.k('dlv', 'sent', platform, messageHash)
  unreachable = (platform: string, chatId: string) => this.k('dlv', 'unreachable', platform, chatId)
  deliveryPause = (platform: string) => this.k('dlv', 'pause', platform)
  deliveryRate = (platform: string, scope: 'global' | 'bulk' | 'chat') => this.k('dlv', 'rate', platform, scope)
  // meeting notices (core/store/notices.ts)
  noticeSeq = () => this.k('ntc', 'seq')
  notice = (id: string) => this.k('ntc', id)
  noticeState = (id: string) => this.k('ntc', id, 'state')
  noticeRecipients = (id: string) => this.k('ntc', id, 'to')
  noticeOutcome = (id: string) => this.k('ntc', id, 'out')
  noticeSummarySent = (id: string) => this.k('ntc', id, 'summary')
  noticeRsvp = (id: string) => this.k('ntc', id, 'rsvp')
  noticeCheckins = (id: string) => this.k('ntc', id, 'in')
  noticeCheckinCode = (id: string) => this.k('ntc', id, 'code')
  checkinCode = (code: string) => this.k('ntc', 'code', code)
  checkinAttempts = (personId: string) => this.k('ntc', 'tries', personId)
  noticesOfBranch = (branchId: string) => this.k('ntc', 'branch', branchId)
  noticeLeaveReason = (personId: string) => this.k('ntc', 'reason', personId)
  noticeSeries = (id: string) => this.k('ntc', 'series', id)
  noticeOfOccurrence = (seriesId: string, atMs: number) => this.k('ntc', 'series', seriesId, String(atMs))
  // LLM path (core/llm): answers cached by a hash of the masked request, one capped stream of per-request usage
  llmCache = (hash: string) => this.k('llm', 'cache', hash)
  llmRequests = () => this.k('llm', 'requests')
  llmTotals = (day: string) => this.k('llm', 'totals', day)
  // Slack adapter: Events API deliveries already taken (retries), DM channel per user, cached locale
  slackEvent = (eventId: string) => this.k('slack', 'event', eventId)
  slackDm = (userId: string) => this.k('slack', 'dm', userId)
  slackLocale = (userId: string) => this.k('slack', 'locale', userId)
  /** The platform's id of a message delivered under a key, so a later message can edit it. */
  deliveryRef = (platform: string, chatId: string, key: string) => this.k('dref', platform, chatId, key)
  /** Approved self-registrations of a branch (written where a registration is approved), for notices. */
  approvedByBranch = (branchId: string) => this.k('reg', 'approved', branchId)
  /** A secretary's guided /notice (core/notices/notice-guide.ts): the answers so far. */
  noticeGuide = (platform: string, userId: string) => this.k('ntc', 'guide', platform, userId)
  /** The fan-out progress of a notice: the last "sent n of N" shown, and the throttle's lock. */
  noticeProgress = (id: string) => this.k('ntc', id, 'progress')
  noticeProgressLock = (id: string) => this.k('ntc', id, 'progress', 'lock')
}
