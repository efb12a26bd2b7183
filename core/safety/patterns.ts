import type { ReasonCode } from './types.js'

/**
 * What a matched pattern says. The assessor combines kinds, it does not add them blindly:
 * a time word or a farewell only matters next to ideation, means or another plan cue.
 */
export type Kind =
  | 'ideation' // wish to die or not to live (w >= 1: high on its own; w < 1: ambiguous, counts as distress)
  | 'self_harm'
  | 'method' // thinking of a specific way (jumping, cutting) — ideation with a method
  | 'plan' // preparations: method researched, waiting for the moment, possessions given away
  | 'means' // lethal means acquired or at hand
  | 'means_weak' // generic means (medicine, knife) that only counts next to ideation
  | 'time' // now / tonight / tomorrow — only a modifier
  | 'location' // at a height or a bridge, now
  | 'attempt' // attempt in progress: swallowed pills, bleeding
  | 'farewell' // unambiguous farewell (suicide note, 永别, see you in the next life)
  | 'farewell_weak' // could be an ordinary goodbye; needs other cues
  | 'departure' // "I'll be gone": a modifier
  | 'arrange' // after-death arrangements (w 1: 后事, passwords left; w 0.5: giving things away)
  | 'distress' // concern-level signal, weight w summed against a threshold of 1

export interface Pattern {
  readonly kind: Kind
  readonly reason: ReasonCode
  /** For 'distress' and weak ideation: contribution to the concern sum (1 = enough alone). */
  readonly w: number
  readonly re: RegExp
  /** Extra reasons describing how it was said (dialect, euphemism...). */
  readonly tags?: readonly ReasonCode[]
}

/** Shorthand so the lexicon tables stay one line per concept. */
export function p(kind: Kind, reason: ReasonCode, w: number, re: RegExp, tags?: readonly ReasonCode[]): Pattern {
  return tags ? { kind, reason, w, re, tags } : { kind, reason, w, re }
}
