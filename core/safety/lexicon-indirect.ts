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
  p('self_harm', 'self_harm', 1, new RegExp(`(?<!被[^|]{0,8})(?:割|划|扎|烫|掐|捅|戳|刀)(?:了|过|着)?(?:一下|几下|一刀|几刀|一道|几道|好几道|一口子)?${SELF_PART}|${SELF_PART}[^|]{0,6}(?:是我|我)?自己(?:划|割|烫|弄|掐|扎)的|(?:又|再|偷偷)(?:割|刀)(?:了|自己)`)),
  // —— means named first, then acquired, counted or poured out: 炭买了, 药倒出来数了 ——
  p('means', 'means', 1, /(?:炭|木炭|绳子|麻绳|安眠药|药片|药丸|农药|百草枯|刀片|药)[^|]{0,4}(?:数了|数好|数过|倒出来|倒在|攒够|凑够|囤够)|(?:炭|木炭|绳子|麻绳|安眠药|农药|百草枯|刀片)[^|]{0,6}(?:买好|买了|买回来|到了|备好|准备好)/),
  // Sealing the room beside charcoal or gas is the act itself.
  p('attempt', 'attempt', 1, /(?:炭|煤气|燃气)[^]{0,16}(?:窗|门)缝?[^|]{0,3}(?:封|堵|贴|关)(?:了|好|死|上|严)|(?:窗|门)缝?[^|]{0,3}(?:封|堵|贴)(?:了|好|死|上|严)[^]{0,16}(?:炭|煤气|燃气)/),
  // Pills already taken and the body going: 药吃了 好困.
  p('attempt', 'attempt', 1, /药[^|]{0,4}(?:吃|吞|咽)(?:了|完了|下去了)[^]{0,8}(?:好困|很困|想睡|好晕|头晕|眼皮|看不清|好累)/),
  // —— life refused, deserved death, death as the only relief ——
  p('ideation', 'suicidal_ideation', 1, /活着?(?:都|也)?不想要了|(?:早就?|本来就|早)该死|(?:只有|除非)[^|]{0,3}死了?[^|]{0,2}才|死了?才(?:算|能|是|可以)[^|]{0,3}(?:解脱|轻松|结束)|(?:这条|我这条|我的)命[^|]{0,4}(?:还回去|还给|不要了|交出去)/),
  // —— passive: not making it to the next event; disappearing and being forgotten ——
  p('ideation', 'passive_ideation', 0.8, /(?:撑|熬|活|挺)不到(?:下次|下个月|明天|明年|过年|那天|下周|月底)/, ['euphemism']),
  p('ideation', 'burdensomeness', 1, /(?:要是|如果|假如)我(?:就这样|就这么|突然|哪天)?消失了?(?!一段|几天|一下|一阵|一会)[^]{0,16}(?:忘|没人|照样|一样|不会有人)/),
  // —— giving oneself back to the river; asking to be taken home; regret at being saved ——
  p('method', 'suicidal_ideation', 1, /把(?:自己|这条命|我这条命|我)[^|]{0,2}(?:还给|交给|送给|扔进|沉进)(?:长江|嘉陵江|江|河|大海|海|江水|河水|老天|这个世界)/, ['euphemism']),
  p('ideation', 'passive_ideation', 1, /(?:主啊|老天|菩萨|上帝|佛祖)[^|]{0,6}(?:接我|带我走|收了我)|(?:早点|快点|赶紧)(?:接|带)我(?:回家|走)/, ['euphemism']),
  p('ideation', 'suicidal_ideation', 1, /(?:为什么|干嘛|何必)(?:要|还要)?把我救(?:回来|活)|(?:不该|不应该)(?:把我)?救(?:我|回来)|后悔(?:被)?救(?:回来|活)/),
  p('ideation', 'suicidal_ideation', 1, /死了?(?:反而|倒|倒是|也就|才)[^|]{0,2}(?:干净|轻松|清净|好了|解脱)|(?:人生|生命|这辈子|日子)[^|]{0,6}(?:提前结束|结束掉|到头算了)|(?:会|要|想|怕自己|迟早)[^|]{0,2}做傻事|让自己走|(?:一直|永远|就这样)睡下去/),
  p('ideation', 'suicidal_ideation', 1, /不治了[^]{0,8}(?:走|死|解脱|算了)|(?:想|很想)[^|]{0,4}(?:把)?安全(?:绳|带)(?:解开|松开|解了|摘了)|(?:想|很想)松手(?:掉下去)?/),
  // Staging an accident, or the time of a staged one.
  p('plan', 'plan', 1, /(?:看起来|弄得|搞得|装得?)像(?:个|一场)?意外/),
  // Means hoarded across a clause ("止痛药我一颗都没吃，攒了两个月"), counted up to, or "enough".
  p('means', 'means', 1, /药[^]{0,12}(?:攒了|攒到|存到|存了)|(?:攒|存)到[^|]{0,3}(?:几十|[二三四五六七八九]十|\d{2,})(?:颗|片|粒)|药[^]{0,10}(?:够了|足够了|应该够)/),
  p('attempt', 'attempt', 1, /(?:胰岛素|药|针)[^|]{0,6}(?:全|一整支|整支|都|全部)[^|]{0,2}(?:打|注射|推)进去了/),
  p('location', 'location', 1.5, /(?:铁轨|轨道|铁路)(?:边|上|旁)[^|]{0,3}(?:坐|躺|站)|车停在[^|]{0,4}(?:桥|大桥)(?:中间|上|边)|(?:窗户|窗子)[^|]{0,2}(?:打得开|能打开|开着)/),
  // —— farewell formulas: the next life together, a last message, owing nobody ——
  p('farewell', 'farewell', 1, /下辈子(?:再一起|还做|再当|再跟|再和)|来世(?:再|还)/),
  p('farewell_weak', 'farewell', 1, /最后一条(?:消息|信息|微信|留言)|最后一次联系|谁(?:都|也)不欠了|两清了|(?:不要|别)(?:怪|怨)(?:自己|你们自己|任何人|大家)/),
]

export const EN_PATTERNS_INDIRECT: readonly Pattern[] = [
  p('ideation', 'suicidal_ideation', 1, /\bstop(?:ped)? existing\b|\bcease to exist\b|\b(?:dying|death|suicide) (?:is|seems|feels like) (?:the |my )?(?:only|best|easiest|last) (?:way out|option|answer|solution|choice)\b|\bid rather not (?:be|exist|live)\b|\brather (?:be dead|not exist|not wake up)\b/),
  p('ideation', 'suicidal_ideation', 1, /\bwanting to (?:die|be dead|kill myself|end it|disappear)\b|\bsewer ?slide\b|\bnothing left (?:to do )?but (?:go|die|leave|end it)\b/),
  p('ideation', 'passive_ideation', 0.8, /\b(?:go |just )?be with (?:her|him|them) (?:again|up there|in heaven)\b|\bwant to (?:go )?be with (?:her|him|my (?:mom|mum|mother|dad|father|grandma|grandpa|wife|husband|son|daughter|brother|sister))\b/, ['euphemism']),
  p('ideation', 'passive_ideation', 0.6, /\bif (?:something|anything) (?:happened|happens|were to happen) to me\b/),
  p('self_harm', 'self_harm', 1, /\b(?:scratch|scratching|scratched|hit|hitting|stab|stabbing|carve|carving|bang|banging|burned|burnt) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|head))\b|\b(?:box cutter|razor|blade|lighter)\b[^|]{0,30}\b(?:my (?:arms?|wrists?|legs?|thighs?|skin))\b/),
  p('attempt', 'attempt', 1, /\b(?:engine|car) (?:is )?running\b[^]{0,40}\b(?:garage|closed|shut)\b|\b(?:garage|closed|shut)\b[^]{0,40}\b(?:engine|car) (?:is )?running\b/),
  p('ideation', 'passive_ideation', 1, /\bwish (?:a|the|some) (?:truck|car|bus|train) would (?:hit|run over) me\b|\bif (?:the|this) (?:cancer|illness|disease) takes me\b|\bnot fighting it anymore\b/),
  p('time', 'time', 1, /\b(?:itll|it will|this will|all this will) (?:all )?be over (?:by|on|before|tonight|tomorrow|soon)\b/),
  p('arrange', 'plan', 0.8, /\bgave (?:my|our) (?:dog|cat|pet|bird|fish|rabbit) to\b|\bletters? for my (?:wife|husband|son|daughter|mom|mum|dad|parents|family|kids)\b/),
  p('location', 'location', 1, /\b(?:on|at) the (?:top level|top floor|roof) of\b|\bparked on (?:the )?(?:top|bridge)\b/),
  p('farewell_weak', 'farewell', 1, /(?:^|\| )bye(?: \||$)|\bdont blame (?:yourselves|yourself|anyone|each other)\b|\bdeleted (?:all )?my (?:socials|accounts|social media)\b/),
]
