// When a message names two companies or two places ("从龙腾汽配离职了，要去南坪的星河咖啡上班"),
// the one the person is going to is the one their question is about. Cues are read from the
// few characters just before each mention.

const DEST = /(去|到|进了|进入|入职|加入|来了|调入|转入|换到|新单位|新公司|现在在|现在|\bto\b|\binto\b|\bjoin(ing)?\b|\bat\b|\bin\b|\bwith\b)/
const ORIGIN = /(从|离开|离职|辞职|原来|原单位|老单位|之前|以前|以前在|\bfrom\b|\bleft\b|\bleaving\b|\bquit\b)/

export interface Span {
  start: number
  end: number
}

function lastMatchEnd(re: RegExp, s: string): number {
  let best = -1
  const g = new RegExp(re.source, 'g')
  for (const m of s.matchAll(g)) best = Math.max(best, (m.index ?? 0) + m[0].length)
  return best
}

/** 'dest' when the nearest cue before the mention points to a destination, 'origin' for a source. */
export function roleOf(t: string, m: Span): 'dest' | 'origin' | 'plain' {
  const before = t.slice(Math.max(0, m.start - 10), m.start)
  const d = lastMatchEnd(DEST, before)
  const o = lastMatchEnd(ORIGIN, before)
  if (d < 0 && o < 0) return 'plain'
  return d > o ? 'dest' : 'origin'
}

/**
 * The mention the message is about: a destination if any (the last one), else the first that
 * is not an origin (preferring one that is not `weak`), else the first. Only one mention:
 * that one, whatever its cue.
 */
export function pickMention<T extends Span>(t: string, list: T[], weak?: (m: T) => boolean): T | undefined {
  if (list.length <= 1) return list[0]
  const roles = list.map((m) => roleOf(t, m))
  for (let i = list.length - 1; i >= 0; i--) if (roles[i] === 'dest') return list[i]
  const strong = weak ? list.find((m, i) => roles[i] !== 'origin' && !weak(m)) : undefined
  if (strong) return strong
  const plain = list.find((_, i) => roles[i] !== 'origin')
  return plain ?? list[0]
}
