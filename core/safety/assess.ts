import { cleanText } from '../nlu/normalize.js'
import { isBuried, isHabitual, isJoking, isNegated, isReported, isResolved, isSincere, isProfessionalFrame, isSurvey, isTakenBack, isTopicFrame, TOPIC_NOUN, speaksOwnWish } from './context.js'
import { isBenignDeparture, normalizeDialect, spellEmoji } from './dialect.js'
import { applyMasks, EN_MASKS, ZH_HYPERBOLE_MASKS, ZH_MASKS } from './idioms.js'
import { EN_PATTERNS_ACTS, PINYIN_PATTERNS_ACTS, ZH_PATTERNS_ACTS } from './lexicon-acts.js'
import { EN_PATTERNS } from './lexicon-en.js'
import { EN_PATTERNS_INDIRECT, ZH_PATTERNS_INDIRECT } from './lexicon-indirect.js'
import { ZH_PATTERNS } from './lexicon-zh.js'
import { ZH_PATTERNS_MORE } from './lexicon-zh-more.js'
import { EN_PATTERNS_WORTH, ZH_PATTERNS_WORTH } from './lexicon-worth.js'
import { EN_PATTERNS_HIDDEN, PINYIN_PATTERNS_HIDDEN, ZH_PATTERNS_HIDDEN } from './lexicon-hidden.js'
import type { Kind, Pattern } from './patterns.js'
import { JOKE_EMOJI, LETHAL_EMOJI, PINYIN_PATTERNS, SAD_EMOJI } from './pinyin-emoji.js'
import { toSimplifiedIfNeeded } from './simplify.js'
import { features, loadModel, modelLevel, predict, tokenize } from './ngram.js'
import { LEVEL_RANK, ReasonCode, type DistressAssessment, type DistressLevel } from './types.js'

export { DistressAssessment, DistressLevel, ReasonCode } from './types.js'

/*
 * Deterministic distress assessment, run on every message before anything else.
 * Pipeline: normalize (Traditional → Simplified, width, case) → three views (Chinese, English,
 * pinyin) → idiom masks → lexicon matches with context (negation, reported speech) → level
 * rules that combine kinds. When two levels are plausible the rules pick the higher one.
 */

/** Longer messages are cut to their head and tail: work stays bounded, and a closing line survives. */
const MAX_CHARS = 20000
const MAX_MATCHES_PER_PATTERN = 3

type View = 'zh' | 'en' | 'pinyin'

interface Hit {
  kind: Kind
  reason: ReasonCode
  w: number
  view: View
  negated: boolean
  reported: boolean
  tags: readonly ReasonCode[]
  /** Span of the match in its view (used to count distinct farewell formulas). */
  at: number
  end: number
}

// Global copies of the patterns so we can walk several matches per pattern.
const globalize = (list: readonly Pattern[]): Pattern[] =>
  list.map((pt) => ({ ...pt, re: new RegExp(pt.re.source, pt.re.flags.includes('g') ? pt.re.flags : pt.re.flags + 'g') }))
const ZH = globalize([...ZH_PATTERNS, ...ZH_PATTERNS_MORE, ...ZH_PATTERNS_ACTS, ...ZH_PATTERNS_INDIRECT, ...ZH_PATTERNS_WORTH, ...ZH_PATTERNS_HIDDEN])
const EN = globalize([...EN_PATTERNS, ...EN_PATTERNS_ACTS, ...EN_PATTERNS_INDIRECT, ...EN_PATTERNS_WORTH, ...EN_PATTERNS_HIDDEN])
const PY = globalize([...PINYIN_PATTERNS, ...PINYIN_PATTERNS_ACTS, ...PINYIN_PATTERNS_HIDDEN])

// Pinyin syllables (over-generated from initials × finals; exactness is not needed).
const INITIALS = ['', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'zh', 'ch', 'sh', 'r', 'z', 'c', 's', 'y', 'w']
const FINALS = ['a', 'o', 'e', 'i', 'u', 'v', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'ong', 'er', 'ia', 'ie', 'iao', 'iu', 'ian', 'in', 'iang', 'ing', 'iong', 'ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang', 've', 'ue', 'vn']
const SYLLABLES: ReadonlySet<string> = new Set(INITIALS.flatMap((i) => FINALS.map((f) => i + f)))

/** True when a Latin token splits into pinyin syllables ("buxianghuole"); linear DP, no regex backtracking. */
function isPinyinToken(t: string): boolean {
  if (t.length > 30) return false
  const ok: boolean[] = [true]
  for (let end = 1; end <= t.length; end++) {
    ok[end] = false
    for (let len = 1; len <= 6 && len <= end; len++) {
      if (ok[end - len] && SYLLABLES.has(t.slice(end - len, end))) {
        ok[end] = true
        break
      }
    }
  }
  return ok[t.length] === true
}

function clip(text: string): string {
  if (text.length <= MAX_CHARS) return text
  const half = MAX_CHARS / 2
  return `${text.slice(0, half)}。${text.slice(-half)}`
}

interface Views {
  zh: string
  en: string
  pinyin: string
  raw: string
  /** The Chinese view before idiom masks (joke markers such as 笑死 are masked in `zh`). */
  plainZh: string
  dialect: boolean
}

const ZH_MASKS_HYPERBOLE: readonly RegExp[] = [...ZH_MASKS, ...ZH_HYPERBOLE_MASKS]

function buildViews(text: string): Views {
  const raw = clip(cleanText(text))
  const simp = toSimplifiedIfNeeded(raw).toLowerCase()
  // Chinese view: no spaces (so "不 想 活" still matches), punctuation and emoji become clause marks.
  const zhRaw = spellEmoji(simp)
    .replace(/\s+/g, '')
    .replace(/[^\p{Script=Han}a-z0-9]+/gu, '|')
  // Dialect function words and pronouns → Mandarin, so one pattern covers both.
  const { text: zh, changed: dialect } = normalizeDialect(zhRaw)
  // English view: apostrophes dropped so "don't" matches "dont"; clause punctuation kept as '|'.
  const en = simp
    .replace(/[’'`‘]/g, '')
    .replace(/[.!?;:,…。，！？；：、\n"“”()（）]+/g, ' | ')
    .replace(/[^a-z0-9|]+/g, ' ')
    .replace(/ +/g, ' ')
  const tokens = simp.match(/[a-z]+/g) ?? []
  const py = tokens.filter(isPinyinToken)
  const pinyin = tokens.length > 0 && py.length / tokens.length >= 0.6 ? tokens.join('') : ''
  const zhMasks = isSincere(zh, en) ? ZH_MASKS : ZH_MASKS_HYPERBOLE
  return { zh: applyMasks(zh, zhMasks), en: applyMasks(en, EN_MASKS), pinyin, raw, plainZh: zh, dialect }
}

function collect(list: readonly Pattern[], view: string, name: View, out: Hit[]): void {
  const lang = name === 'en' ? 'en' : 'zh'
  for (const pt of list) {
    pt.re.lastIndex = 0
    let best: Hit | undefined
    for (let i = 0; i < MAX_MATCHES_PER_PATTERN; i++) {
      const m = pt.re.exec(view)
      if (m === null) break
      if (m[0].length === 0) pt.re.lastIndex++
      const ctx = name === 'pinyin'
      const hit: Hit = {
        kind: pt.kind,
        reason: pt.reason,
        w: pt.w,
        view: name,
        negated: !ctx && isNegated(view, m.index, lang),
        reported: !ctx && isReported(view, m.index, lang),
        tags: pt.tags ?? [],
        at: m.index,
        end: m.index + m[0].length,
      }
      // Keep the most alarming reading of this pattern: first-person and not denied.
      // Distress words add up: each distinct first-person match counts ("失眠…吃不下饭").
      if (pt.kind === 'distress' && !hit.negated && !hit.reported) {
        out.push(hit)
        best = undefined
        continue
      }
      if (!best || ((best.negated || best.reported) && !(hit.negated || hit.reported))) best = hit
      if (!hit.negated && !hit.reported) break
    }
    if (best) out.push(best)
  }
}

const BENIGN_PURPOSE_ZH = /拔河|比赛|活动|烧烤|露营|打包|搬家|装修|钓鱼|做饭|医生开的|处方|给孩子|带孩子|给宝宝|给老人|复查|给(?:我)?(?:妈|爸|爷爷|奶奶|外公|外婆|老人|家人|孩子|老伴|爸妈)(?:买|开|拿|备)|杀年猪|杀猪|杀鸡|宰|捆|警戒线|吊兰|盆栽|花盆/
const BENIGN_PURPOSE_EN = /\b(?:tug|event|camping|moving|prescribed|prescription|trip|travel|motion sickness|headache)\b/
const BENIGN_PLACE_ZH = /拍|夜景|风景|全景|照片|花园|晾|晒|被子|衣服|乘凉|烧烤|烟花|灯光秀|跑步|散步|步道|看江|钓鱼/
const BENIGN_PLACE_EN = /\b(?:fireworks|photos?|view|run|running|walk|party|picnic|concert)\b/

/** Number of non-overlapping spans (two patterns matching the same words count once). */
function distinctSpans(list: readonly Hit[]): number {
  let n = 0
  let end = -1
  for (const h of [...list].sort((a, b) => a.at - b.at)) {
    if (h.at >= end) n++
    end = Math.max(end, h.end)
  }
  return n
}

const IDEA: ReadonlySet<Kind> = new Set<Kind>(['ideation', 'self_harm', 'method'])
/** Words a story or a lecture may use without the writer meaning them (see `topical`). */
// A place below the edge (w < 1.5) too: the hero on the rooftop is in the book. The edge itself counts as an act.
const TOPIC_WORDS: ReadonlySet<Kind> = new Set<Kind>(['ideation', 'method', 'self_harm', 'plan', 'time', 'farewell', 'farewell_weak', 'departure', 'arrange', 'location'])

/** The lexicon alone (no model): what the rules say. */
export function assessRules(text: string): DistressAssessment {
  return analyzeRules(text).assessment
}

/**
 * The rules' level plus their raw signals for the model: which pattern kinds matched in the
 * writer's own voice (`@k:`), denied (`@n:`) or reported (`@r:`), and the frames seen (joke,
 * habit, ordinary goodbye, emoji). Kinds, not words: they carry no part of the message.
 */
export function analyzeRules(text: string): { assessment: DistressAssessment; signals: string[] } {
  const v = buildViews(text)
  let hits: Hit[] = []
  if (/[\p{Script=Han}]/u.test(v.zh)) collect(ZH, v.zh, 'zh', hits)
  if (/[a-z]{2}/.test(v.en)) collect(EN, v.en, 'en', hits)
  if (v.pinyin.length >= 4) collect(PY, v.pinyin, 'pinyin', hits)

  const lethalEmoji = LETHAL_EMOJI.test(v.raw)
  const sadEmoji = SAD_EMOJI.test(v.raw)
  const joking = !isSincere(v.plainZh, v.en) && (isJoking(v.plainZh, v.en) || isTakenBack(v.raw) || JOKE_EMOJI.test(v.raw))
  const habitual = isHabitual(v.zh, v.en)

  const firstOwn = hits.filter((h) => !h.negated && !h.reported)
  const rawDistress = firstOwn.filter((h) => h.kind === 'distress').reduce((s, h) => s + h.w, 0)
  const survey = isSurvey(v.zh, v.en)
  const acts = firstOwn.some((h) => (['attempt', 'means'].includes(h.kind) && h.w >= 1) || (h.kind === 'self_harm' && !survey) || (h.kind === 'location' && h.w >= 1.5))
  const prepared = firstOwn.some((h) => ['plan', 'location', 'farewell', 'arrange'].includes(h.kind) && h.w >= 1)
  const calmFrame = rawDistress < 0.5 && !sadEmoji && !acts
  // A death wish said as a joke about a trivial cause ("斗地主连输八把，想死的心都有了哈哈",
  // "kms lol the printer jammed"), with no distress, no sad face and nothing done or prepared,
  // is hyperbole. Self-harm, acts, means, places and farewells are never joked away.
  const jokedAway = joking && calmFrame && !prepared
  // Death as a subject (a prevention poster, a novel, the news) and no word of the writer's own
  // distress or wish: the death, farewell and arrangement words belong to the story.
  // Words in quotation marks are quoted ("要是跟你说“我想跳楼”…"), not the writer's own wish.
  const ownWish = (): boolean => {
    const unquoted = toSimplifiedIfNeeded(v.raw.replace(/[“"「『‘][^”"」』’]{0,60}[”"」』’]/g, ' ')).toLowerCase()
    return speaksOwnWish(unquoted, unquoted.replace(/[’'`‘]/g, ''))
  }
  const topical = rawDistress < 1 && !sadEmoji && !acts && hits.length > 0 && isTopicFrame(v.zh, v.en) && !isSincere(v.plainZh, v.en) && !ownWish()
  if (topical) hits = hits.filter((h) => !TOPIC_WORDS.has(h.kind))
  // At work on crises (supervision, a protocol, a course): only the bare nouns go.
  else if (rawDistress < 1 && !sadEmoji && isProfessionalFrame(v.zh, v.en) && !ownWish())
    hits = hits.filter((h) => !(IDEA.has(h.kind) && TOPIC_NOUN.test((h.view === 'en' ? v.en : h.view === 'pinyin' ? v.pinyin : v.zh).slice(h.at, h.end).trim())))
  // "我走了以后台账谁管？我下周调去万州": in a job move, "after I leave" is the move.
  const departing = isBenignDeparture(v.zh, v.en)
  if (departing) hits = hits.filter((h) => !(h.reason === 'burdensomeness' && h.view === 'zh' && v.zh.slice(h.at, h.end).includes('走')))
  const own = hits.filter((h) => !h.negated && !h.reported)
  const has = (k: Kind, minW = 1): boolean => own.some((h) => h.kind === k && h.w >= minW)
  const idea = own.some((h) => IDEA.has(h.kind) && h.w >= 1 && (!jokedAway || h.kind === 'self_harm'))
  const weakIdea = own.some((h) => IDEA.has(h.kind) && h.w < 1) && !joking
  const deniedIdea = hits.some((h) => IDEA.has(h.kind) && h.negated && !h.reported)
  const reportedIdea = hits.some((h) => IDEA.has(h.kind) && h.reported)
  const reportedUrgent = hits.some((h) => h.reported && ['plan', 'means', 'time', 'location', 'attempt', 'farewell', 'departure'].includes(h.kind))

  // Distress below self-harm: weights summed; a joke frame shrinks them but never ideation.
  let concernSum = own.filter((h) => h.kind === 'distress').reduce((s, h) => s + h.w, 0)
  const reportedDistress = hits.filter((h) => h.kind === 'distress' && h.reported).reduce((s, h) => s + h.w, 0)
  if (sadEmoji) concernSum += 0.3
  if (joking) concernSum *= 0.4
  else if (concernSum > 0 && !idea && !weakIdea && isResolved(v.zh, v.en)) concernSum *= 0.5

  // A stated ordinary purpose (tug-of-war rope, prescribed pills) or place activity (photos, a run)
  // turns means and places back into objects — unless ideation or distress is present.
  const calm = !idea && !weakIdea && concernSum < 0.5
  // Hoarding (攒, 囤, counting them out) is not an ordinary purpose, prescribed or not.
  // Only when there is an object or a place for the purpose to explain: "支部活动" in a long
  // message is not a purpose, and must not keep the model out.
  const object = own.some((h) => ['means', 'means_weak', 'attempt', 'location', 'arrange'].includes(h.kind))
  const benignPurpose = calm && object && (BENIGN_PURPOSE_ZH.test(v.plainZh) || BENIGN_PURPOSE_EN.test(v.en)) && !/攒|囤|存到|数了|数好|倒出来|(?:省|存)下来/.test(v.zh) && !/\b(?:saved up|stockpil\w+|hoard\w*)\b/.test(v.en)
  const benignPlace = calm && (BENIGN_PLACE_ZH.test(v.plainZh) || BENIGN_PLACE_EN.test(v.en))
  const plan = has('plan')
  const means = has('means') && !benignPurpose
  const timeAct = has('time')
  const timeNow = has('time', 0.5)
  const location = has('location') && !habitual && !benignPlace
  const locationIntent = has('location', 0.5) && !benignPlace
  const edge = has('location', 1.5) && !benignPlace
  // "吞了" is an attempt only next to pills.
  const swallowed = has('attempt', 0.5) && (lethalEmoji || /药|片|颗|粒/.test(v.zh) || /\b(?:pills?|bottle|tablets)\b/.test(v.en))
  // An ordinary goodbye (leaving a job, moving) silences farewell formulas unless distress is present.
  const benign = departing && !idea && !weakIdea && concernSum < 0.8
  const farewellCount = benign ? 0 : distinctSpans(own.filter((h) => h.kind === 'farewell_weak' && h.view !== 'pinyin'))
  const farewellWeak = farewellCount > 0
  const departure = !benign && has('departure')
  // After-death arrangements: 后事, passwords left (w 1); giving possessions away (w 0.5).
  // Two different arrangements (the passwords and the cat) weigh as much as one strong one.
  const arrangeStrong = !benign && (has('arrange') || distinctSpans(own.filter((h) => h.kind === 'arrange' && h.w >= 0.8)) >= 2)
  const arrange = has('arrange', 0.5) && !benign

  let level: DistressLevel = 'none'
  const reasons = new Set<ReasonCode>()
  const addHits = (pred: (h: Hit) => boolean): void => {
    for (const h of hits) {
      if (!pred(h)) continue
      reasons.add(h.reason)
      for (const t of h.tags) reasons.add(t)
      if (h.view === 'en') reasons.add('english')
      if (h.view === 'pinyin') reasons.add('pinyin')
    }
  }

  // Imminent: something is happening or prepared, alone or together with a wish to die.
  const urgent =
    has('attempt') ||
    swallowed ||
    edge ||
    has('farewell') ||
    (idea && (plan || means || (has('means_weak') && !benignPurpose) || timeAct || location || farewellWeak || departure)) ||
    // Being at a river or a roof now is a place, not yet a crisis: it needs a word of distress too.
    (location && ((timeNow && (concernSum >= 0.3 || sadEmoji || lethalEmoji)) || farewellWeak || departure || plan || weakIdea)) ||
    ((idea || weakIdea) && locationIntent && timeAct) ||
    (weakIdea && timeAct && (farewellWeak || departure || plan || means)) ||
    (means && (plan || timeNow || farewellWeak || departure || concernSum >= 0.5 || weakIdea)) ||
    (plan && (timeAct || departure || farewellWeak) && (timeAct ? 1 : 0) + (departure ? 1 : 0) + (farewellWeak ? 1 : 0) >= 2) ||
    (farewellWeak && departure && timeAct) ||
    (lethalEmoji && (farewellWeak || departure) && (idea || weakIdea || concernSum > 0)) ||
    // Two different farewell formulas (thanks for the years + don't look for me) make a farewell.
    farewellCount >= 2 ||
    (arrange && (arrangeStrong || farewellWeak || has('departure', 0.5) || timeAct || plan || concernSum >= 0.8 || idea || weakIdea)) ||
    (locationIntent && timeAct && (departure || farewellWeak || concernSum >= 0.5))

  if (urgent) {
    level = 'imminent'
    addHits((h) => !h.negated && !h.reported && h.kind !== 'distress')
  } else if (
    idea ||
    (weakIdea && (concernSum >= 0.8 || timeAct)) ||
    (lethalEmoji && (weakIdea || concernSum > 0)) ||
    arrangeStrong ||
    (farewellWeak && concernSum >= 1)
  ) {
    level = 'high'
    addHits((h) => !h.negated && !h.reported && (IDEA.has(h.kind) || h.kind === 'distress' || h.kind === 'arrange' || h.kind === 'farewell_weak'))
  } else if (reportedIdea && reportedUrgent) {
    // Someone else is reported as about to act: the writer needs a counselor now.
    level = 'high'
    reasons.add('reported_speech')
    addHits((h) => h.reported)
  } else if (deniedIdea || reportedIdea || reportedDistress >= 0.8 || weakIdea || concernSum >= 1 || (lethalEmoji && sadEmoji) || means) {
    level = 'concern'
    addHits((h) => h.kind === 'distress' || IDEA.has(h.kind) || (h.kind === 'means' && !h.negated && !h.reported))
  }

  if (level !== 'none') {
    if (lethalEmoji || sadEmoji) reasons.add('emoji')
    if (reportedIdea || (level === 'concern' && reportedDistress > 0)) reasons.add('reported_speech')
    if (deniedIdea) reasons.add('negated')
    if (isBuried(v.zh, v.en)) reasons.add('buried')
    if (v.dialect) reasons.add('dialect')
  }

  const signals = new Set<string>()
  for (const h of hits) {
    const tier = h.w >= 1.5 ? '+' : h.w >= 1 ? '' : '-'
    signals.add(`@${h.negated ? 'n' : h.reported ? 'r' : 'k'}:${h.kind}${tier}`)
  }
  if (joking) signals.add('@joke')
  if (jokedAway) signals.add('@joked')
  if (topical) signals.add('@topic')
  if (habitual) signals.add('@habit')
  if (benign) signals.add('@benign')
  if (lethalEmoji) signals.add('@lethal')
  if (sadEmoji) signals.add('@sad')
  if (concernSum >= 0.5) signals.add('@sum')
  if (benignPurpose) signals.add('@purpose')
  return { assessment: { level, score: scoreOf(level, concernSum, reasons.size), reasons: orderReasons(reasons) }, signals: [...signals] }
}

/** A monotone score inside each level's band, so the order of scores agrees with levels. */
function scoreOf(level: DistressLevel, concernSum: number, nReasons: number): number {
  const band = { none: [0, 0.25], concern: [0.35, 0.6], high: [0.65, 0.85], imminent: [0.9, 1] } as const
  const [lo, hi] = band[level]
  const extra = level === 'none' ? concernSum * 0.2 : 0.05 * Math.max(0, nReasons - 1) + 0.05 * Math.min(concernSum, 2)
  return Math.round(Math.min(hi, lo + extra) * 100) / 100
}

const ORDER = ReasonCode.options
function orderReasons(set: Set<ReasonCode>): ReasonCode[] {
  return ORDER.filter((r) => set.has(r))
}

const MODEL = loadModel()
const MODEL_MIN_TOKENS = 6

/** Whether the model is consulted at all (the training script applies the same gate). */
export function modelMayRaise(text: string, rules: DistressLevel, signals: readonly string[]): boolean {
  if (rules === 'imminent') return false
  // A stated ordinary purpose (prescribed pills, a child's check-up) and no ideation or distress
  // at all: the rules read the object as an object, and the model does not overrule that.
  if (signals.includes('@purpose')) return false
  // On a few characters ("你好") single-character weights dominate and the model would page a
  // counselor for a greeting. Short texts are the rules'.
  return rules !== 'none' || tokenize(text).filter((t) => t !== '|').length >= MODEL_MIN_TOKENS
}

/**
 * Rules first; the n-gram model (core/safety/ngram.ts) may then only raise the level — to concern,
 * to high when it is very sure, to imminent only when its imminent head is confident and the rules
 * already see distress — never lower. Its raise adds 'model'.
 */
export function assess(text: string): DistressAssessment {
  const { assessment: rules, signals } = analyzeRules(text)
  if (!MODEL || !modelMayRaise(text, rules.level, signals)) return rules
  const m = modelLevel(MODEL.thresholds, predict(MODEL, features(text, MODEL.features, signals)), rules.level)
  if (LEVEL_RANK[m] <= LEVEL_RANK[rules.level]) return rules
  const reasons = new Set<ReasonCode>([...rules.reasons, 'model'])
  return { level: m, score: scoreOf(m, 0, reasons.size), reasons: orderReasons(reasons) }
}
