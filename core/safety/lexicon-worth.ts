import { p, type Pattern } from './patterns.js'

/*
 * Fifth table: how people say their life is not worth keeping without saying "I want to die" —
 * envy of the dead, regret at waking, being unworthy of living, death as "just as well", asking
 * heaven to take them, going to a dead parent, paying a debt with one's life — and self-punishment
 * without a blade (starving, punching). Also the forms non-native English writers use
 * ("is better I am dead", "why I still alive"). Out-of-fold misses of the development sets showed
 * these concepts missing; each pattern is a concept, not a line. Same views and conventions as
 * lexicon-zh.ts (dialect already rewritten: 俺 → 我, 唔 → 不).
 */

const DEAD_KIN = '(?:外公|外婆|爷爷|奶奶|姥姥|姥爷|我爸|我妈|爸爸|妈妈|老伴|我老婆|我老公|我儿子|我女儿|他|她|你)'
const DEATH_OF_KIN = '(?:走了|去世|过世|不在了|走之前|走后|走的那|遗像|照片前|坟|墓|忌日|头七)'

export const ZH_PATTERNS_WORTH: readonly Pattern[] = [
  // Envy of the dead: "看到新闻里出事的人，我第一反应居然是羡慕" (never 羡慕死了, an intensifier).
  p('ideation', 'passive_ideation', 1, /(?:跳楼(?!价)|跳江|跳河|跳海|跳下去|自杀|轻生|出事的人|走了的人|死了的人|死掉的人|不在了的人)[^]{0,20}羡慕(?!死)|羡慕(?:那些|他们|她们|他|她)[^|]{0,6}(?:能|可以|已经)?(?:走了|死了|解脱|不用再)/),
  // Regret at waking or at still being alive.
  p('ideation', 'passive_ideation', 1, /(?:为什么|为啥|干嘛|凭什么)(?:还要|还得|又要?)醒(?:过来|来)|醒(?:来|过来)[^|]{0,4}(?:居然|竟然)[^|]{0,4}(?:遗憾|失望)|(?:发现|怎么)(?:自己)?还活着[^|]{0,4}(?:好|有点|很|真)?(?:失望|遗憾|难受)/),
  // Unworthy of living; no reason left to live.
  p('ideation', 'suicidal_ideation', 1, /(?:没有?资格|不配)(?:再|继续)?活(?:着|下去|在这个世上)?|(?:没有|找不到|还有什么|有什么)(?:理由|必要)(?:再|继续)?活(?:着|下去)/),
  // Death as "just as well" for oneself (not 他死了正好, anger at someone else).
  p('ideation', 'suicidal_ideation', 1, /(?:^|\||我)(?:要是|如果|真)?(?:就|早)?死了?(?:正好|拉倒|还清静|清静|倒好|更好|最好)(?!吃|玩|看)/),
  // Asking heaven or the king of the dead to take them.
  p('ideation', 'passive_ideation', 1, /(?:阎王(?:爷)?|老天(?:爷)?|死神|菩萨|佛祖|上帝)[^|]{0,6}(?:收(?:了|走)?我|把我收(?:走|了|去)|来(?:带|接|收)我)/, ['euphemism']),
  // Going to a dead parent: the death is told in the message (not 想去见他最后一面).
  p('ideation', 'passive_ideation', 1, new RegExp(`${DEATH_OF_KIN}[^]{0,80}(?:想|真想|好想|要|就)去?(?:陪|找)${DEAD_KIN}(?!玩|吃|聊|逛)|(?:想|真想|好想|要)去(?:陪|找|见)${DEAD_KIN}(?!最后|一面|玩|吃|聊|逛)[^]{0,40}${DEATH_OF_KIN}`), ['euphemism']),
  // Paying with one's life.
  p('ideation', 'suicidal_ideation', 1, /(?:拿|用)(?:我的|这条)?命(?:来)?(?:抵|还|偿|赔)|(?:这条|我这条)命[^|]{0,3}(?:当|算)(?:最后一笔|利息|还债|抵债)/),
  // A voice or the whole mind telling them to die or go over.
  p('ideation', 'suicidal_ideation', 1, /满脑子(?:都是)?[^|]{0,3}(?:去死|死了算|想死)|(?:声音|脑子里|脑袋里|脑壳里)[^|]{0,8}(?:叫|让|喊|催)我[^|]{0,2}(?:翻出去|跳出去|翻过去|往下跳)/),
  // Life refused in the Cantonese / dialect form and stopping treatment to go.
  p('ideation', 'passive_ideation', 0.8, /不想(?:再)?做人(?:了)?|不想(?:再)?治了[^]{0,12}(?:走|死|解脱|拖累)/),
  // —— self-punishment without a blade: starving on purpose, punching oneself ——
  p('self_harm', 'self_harm', 1, /不配吃(?:饭|东西)|(?:把自己|想把自己|要把自己)饿死|饿死自己|故意(?:不吃|饿)[^]{0,12}(?:活该|惩罚|不配|饿死|发晕|饿晕|晕倒)|(?:惩罚|折磨)自己[^|]{0,4}不吃/),
  p('self_harm', 'self_harm', 1, /(?:拳头|拿头|用头)[^|]{0,2}(?:砸|捶|撞)(?:墙|自己)[^]{0,10}(?:肿|破|出血|流血|不疼|舒服)|(?:砸|捶)墙[^]{0,6}手(?:都)?(?:砸|捶)?(?:肿|破|出血)/),
]

export const EN_PATTERNS_WORTH: readonly Pattern[] = [
  // Non-native forms: "is better I am dead", "why I still alive", "go away from this world".
  p('ideation', 'suicidal_ideation', 1, /\b(?:is |its |it is )?better (?:if )?i (?:am|was|were|be|just) (?:dead|die|gone)\b|\bwhy (?:am )?i (?:still )?(?:alive|living|exist)\b|\b(?:go|going|leave|gone) (?:away )?from this world\b|\bgo to (?:the )?other world\b|\bleave this world\b/),
  p('ideation', 'suicidal_ideation', 1, /\b(?:tells?|telling|keeps? saying|says?) (?:to )?me (?:that )?(?:to die|i should die|you should die|to kill myself|to jump|i should be dead)\b|\bshould (?:just )?die\b(?! (?:of|from|laughing))/),
  p('self_harm', 'self_harm', 1, /\bpunch(?:ing|ed)? (?:myself|my (?:thighs?|legs?|arms?|head|face|stomach))\b|\bso (?:the )?(?:bruises|cuts|scars) (?:dont|wont|do not) show\b|\bstarv(?:e|ing) myself\b/),
  p('attempt', 'attempt', 1, /\bgas (?:is )?(?:open|on|turned on)\b[^]{0,40}\b(?:close|closed|shut)\b[^]{0,12}\bwindows?\b/),
  p('location', 'location', 1.5, /\b(?:standing|sitting|lying) on (?:the )?(?:train |railway |rail )?tracks?\b/),
  p('farewell', 'farewell', 1, /\blast message (?:youll|you will) (?:ever )?(?:get|receive|hear) from me\b|\bi will not be here tomorrow\b/),
]
