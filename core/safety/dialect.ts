/*
 * Chongqing / Sichuan (and some colloquial) words rewritten to their Mandarin equivalents on the
 * Chinese view, so one lexicon pattern covers both ("不晓得活起为了啥子" → "不知道活起为了什么").
 * Only function words and pronouns with a single reading are rewritten; distress words that are
 * themselves dialect (遭不住, 活起, 恼火) stay and are matched directly.
 */
const DIALECT: readonly (readonly [RegExp, string])[] = [
  [/啥子|啥/g, '什么'],
  [/晓得/g, '知道'],
  [/咋个|咋子|咋/g, '怎么'],
  [/莫得|没得/g, '没有'],
  [/莫(?=[拦找管劝救来等担])/g, '别'],
  [/哪个都|哪个也/g, '谁都'],
  [/脑壳/g, '脑袋'],
  [/(^|[|])(?:老子|俺|本人)/g, '$1我'],
  [/俺/g, '我'],
  [/紫砂(?![壶锅杯茶器])|自鲨|自sha|(?<![a-z])zs(?![a-z])/g, '自杀'],
  // 4 read as 死 after a wanting or deserving word ("想4", "早该4了"), not as a number.
  [/(?<=想|该|去|要|就|不如|只有)4(?=了|吧|算了|[|]|$)/g, '死'],
  // Cantonese and Hokkien function words written in characters.
  [/唔/g, '不'],
  [/冇/g, '没有'],
  [/咗/g, '了'],
  [/喺/g, '在'],
  [/嘅/g, '的'],
  [/佢/g, '他'],
  [/哋/g, '们'],
  [/而家/g, '现在'],
  [/谂|諗/g, '想'],
  [/𠝹/g, '割'],
  [/攰/g, '累'],
  [/欲(?=去|死|走)/g, '要'],
  [/袂/g, '不'],
  [/矣(?=[|]|$)/g, '了'],
]

/** Emoji standing for an object, spelled out so the lexicon sees it ("💊攒够了", "又🔪了"). */
const EMOJI_WORDS: readonly (readonly [RegExp, string])[] = [
  [/🔪|🗡️?/gu, '刀'],
  [/💊/gu, '药'],
  [/🪢/gu, '绳子'],
]

export function spellEmoji(text: string): string {
  let out = text
  for (const [re, to] of EMOJI_WORDS) out = out.replace(re, to)
  return out
}

// One pass to tell whether any rewrite can apply: most messages carry no dialect word, and
// thirty replaces cost more than every lexicon pattern of a short message together.
const ANY_DIALECT = new RegExp(DIALECT.map(([re]) => `(?:${re.source})`).join('|'), 'u')

/** Rewrites dialect words; `changed` says whether any were found (the 'dialect' reason). */
export function normalizeDialect(zh: string): { text: string; changed: boolean } {
  if (!ANY_DIALECT.test(zh)) return { text: zh, changed: false }
  let out = zh
  for (const [re, to] of DIALECT) {
    re.lastIndex = 0
    out = out.replace(re, to)
  }
  return { text: out, changed: out !== zh }
}

/**
 * An ordinary goodbye: leaving a job, moving, retiring, graduating. Thanks and "再见" in such a
 * message are not a farewell before dying — unless the message also carries ideation or distress,
 * which the assessor checks separately.
 */
export function isBenignDeparture(zh: string, en: string): boolean {
  return (
    /离职|辞职|调岗|调走|调到|退休|最后一天上班|上班的?最后一天|换工作|新工作|新单位|入职|搬家|搬到|搬去|搬回|外派|驻场|派我去|调回|回总公司|出去(?:耍|玩|旅游)|旅游|度假|出游|常驻|过敏|没时间照顾|房东不让|交接|有空来[^|]{0,6}找我|来[^|]{0,4}找我(?:玩|耍)|回老家(?:发展|工作|上班)|有缘再见|常联系|保持联系|江湖再见|后会有期|毕业|实习(?:结束|期满)|欢送|请多关照|出差|培训|去外地|外地(?:上班|工作)|(?:做|动)[^|]{0,3}手术|全麻|结婚|产假|出国|留学|以防万一[^]{0,12}(?:出差|手术|丢)|新公司|去[^|]{0,8}报到|去[^|]{0,4}发展|调去|调往|去[^|]{0,6}(?:上班|工作|读书|上学)|(?:飞|坐飞机|坐高铁|回)[^|]{0,3}(?:回国|老家|莫斯科|[^|]{0,6}(?:国|省))/.test(zh) ||
    /\b(?:moving to|new job|last day (?:at|of) (?:work|the office|this job)|stay in touch|keep in touch|retir\w+|new chapter|farewell party|leaving the company|my last shift|business trip|surgery|getting married|maternity leave|study abroad|fly(?:ing)? (?:back|home|to)|flight (?:back|home|to)|going back to (?:my )?(?:country|home ?town|\w+ (?:for|next))|contract (?:ends?|is over|finished))\b/.test(en)
  )
}
