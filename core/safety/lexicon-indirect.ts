import { p, type Pattern } from './patterns.js'

/*
 * Fourth table: concept classes that the untuned runs on blind8–blind12 showed missing. Acts told
 * with aspect and measure words ("割了自己一下"), objects named before the act ("炭买了"),
 * life refused as a possession ("连活着都不想要了"), the remaining time counted in events
 * ("撑不到下次"), and English phrasings of not existing. Same views and conventions as
 * lexicon-zh.ts / lexicon-en.ts; code words (4 = 死, zs, 🔪) are rewritten in dialect.ts first.
 */

const SELF_PART = '(?:自己|手臂|胳膊|手腕|大腿|小腿|手背|手(?![机续表套工艺山指甲心])|身上)'

export const ZH_PATTERNS_INDIRECT: readonly Pattern[] = [
  // —— self-harm told with aspect, measure or tool: 割了自己一下, 又划了几道, 手上的印子是我自己划的 ——
  p('self_harm', 'self_harm', 1, new RegExp(`(?:割|划|扎|烫|掐|捅|戳|刀)(?:了|过|着)?(?:一下|几下|一刀|几刀|一道|几道|好几道|一口子)?${SELF_PART}|${SELF_PART}[^|]{0,6}(?:是我|我)?自己(?:划|割|烫|弄|掐|扎)的|(?:又|再|偷偷)(?:割|刀)(?:了|自己)`)),
  // —— means named first, then acquired, counted or poured out: 炭买了, 药倒出来数了 ——
  p('means', 'means', 1, /(?:炭|木炭|绳子|麻绳|安眠药|药片|药丸|农药|百草枯|刀片|药)[^|]{0,4}(?:数了|数好|数过|倒出来|倒在|攒够|凑够|囤够)|(?:炭|木炭|绳子|麻绳|安眠药|农药|百草枯|刀片)[^|]{0,3}(?:买好|买了|买回来|到了|备好|准备好)/),
  // Sealing the room beside charcoal or gas is the act itself.
  p('attempt', 'attempt', 1, /(?:炭|煤气|燃气)[^]{0,16}(?:窗|门)缝?[^|]{0,3}(?:封|堵|贴|关)(?:了|好|死|上|严)|(?:窗|门)缝?[^|]{0,3}(?:封|堵|贴)(?:了|好|死|上|严)[^]{0,16}(?:炭|煤气|燃气)/),
  // Pills already taken and the body going: 药吃了 好困.
  p('attempt', 'attempt', 1, /药[^|]{0,4}(?:吃|吞|咽)(?:了|完了|下去了)[^]{0,8}(?:好困|很困|想睡|好晕|头晕|眼皮|看不清|好累)/),
  // —— life refused, deserved death, death as the only relief ——
  p('ideation', 'suicidal_ideation', 1, /活着?(?:都|也)?不想要了|(?:早就?|本来就|早)该死|(?:只有|除非)[^|]{0,3}死了?[^|]{0,2}才|死了?才(?:算|能|是|可以)[^|]{0,3}(?:解脱|轻松|结束)|(?:这条|我这条|我的)命[^|]{0,4}(?:还回去|还给|不要了|交出去)/),
  // —— passive: not making it to the next event; disappearing and being forgotten ——
  p('ideation', 'passive_ideation', 0.8, /(?:撑|熬|活|挺)不到(?:下次|下个月|明天|明年|过年|那天|下周|月底)/, ['euphemism']),
  p('ideation', 'burdensomeness', 1, /(?:要是|如果|假如)我(?:就这样|就这么|突然|哪天)?消失了?(?!一段|几天|一下|一阵|一会)[^]{0,16}(?:忘|没人|照样|一样|不会有人)/),
  // —— farewell formulas: the next life together, a last message ——
  p('farewell', 'farewell', 1, /下辈子(?:再一起|还做|再当|再跟|再和)|来世(?:再|还)/),
  p('farewell_weak', 'farewell', 1, /最后一条(?:消息|信息|微信|留言)|(?:不要|别)(?:怪|怨)(?:自己|你们自己|任何人|大家)/),
]

export const EN_PATTERNS_INDIRECT: readonly Pattern[] = [
  p('ideation', 'suicidal_ideation', 1, /\bstop(?:ped)? existing\b|\bcease to exist\b|\b(?:dying|death|suicide) (?:is|seems|feels like) (?:the |my )?(?:only|best|easiest|last) (?:way out|option|answer|solution|choice)\b|\bid rather not (?:be|exist|live)\b|\brather (?:be dead|not exist|not wake up)\b/),
  p('ideation', 'suicidal_ideation', 1, /\bwanting to (?:die|be dead|kill myself|end it|disappear)\b|\bsewer ?slide\b|\bnothing left (?:to do )?but (?:go|die|leave|end it)\b/),
  p('ideation', 'passive_ideation', 0.8, /\b(?:go |just )?be with (?:her|him|them) (?:again|up there|in heaven)\b|\bwant to (?:go )?be with (?:her|him|my (?:mom|mum|mother|dad|father|grandma|grandpa|wife|husband|son|daughter|brother|sister))\b/, ['euphemism']),
  p('ideation', 'passive_ideation', 0.6, /\bif (?:something|anything) (?:happened|happens|were to happen) to me\b/),
  p('self_harm', 'self_harm', 1, /\b(?:scratch|scratching|scratched|hit|hitting|stab|stabbing|carve|carving|bang|banging|burned|burnt) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|head))\b|\b(?:box cutter|razor|blade|lighter)\b[^|]{0,30}\b(?:my (?:arms?|wrists?|legs?|thighs?|skin))\b/),
  p('attempt', 'attempt', 1, /\b(?:engine|car) (?:is )?running\b[^]{0,40}\b(?:garage|closed|shut)\b|\b(?:garage|closed|shut)\b[^]{0,40}\b(?:engine|car) (?:is )?running\b/),
  p('farewell_weak', 'farewell', 1, /(?:^|\| )bye(?: \||$)|\bdont blame (?:yourselves|yourself|anyone|each other)\b|\bdeleted (?:all )?my (?:socials|accounts|social media)\b/),
]
