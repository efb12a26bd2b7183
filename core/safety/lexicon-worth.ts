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
  p('ideation', 'passive_ideation', 1, new RegExp(`${DEATH_OF_KIN}[^]{0,80}(?:想|真想|好想|要|就)(?:早点)?(?:过)?去?(?:陪|找)${DEAD_KIN}(?!玩|吃|聊|逛)|(?:想|真想|好想|要)去(?:陪|找|见)${DEAD_KIN}(?!最后|一面|玩|吃|聊|逛)[^]{0,40}${DEATH_OF_KIN}`), ['euphemism']),
  // Paying with one's life.
  p('ideation', 'suicidal_ideation', 1, /(?:拿|用)(?:我的|这条)?命(?:来)?(?:抵|还|偿|赔)|(?:这条|我这条)命[^|]{0,3}(?:当|算)(?:最后一笔|利息|还债|抵债)/),
  // Self-harm told body part first ("手腕上已经划了好几道") or with the tool ("用小刀刻手臂"), and bleeding that will not stop.
  p('self_harm', 'self_harm', 1, /(?:手腕|手臂|胳膊|大腿|手背)上?[^|]{0,4}(?:划|割|刻)(?:了|过)(?:一下|几下|一刀|几刀|一道|几道|好几道|好几刀|很多道)|用(?:小刀|刀片|刀|美工刀|圆规|剪刀)(?:刻|划|割)(?:手|手腕|手臂|胳膊|大腿|自己)/),
  p('attempt', 'attempt', 1, /(?:手腕|手臂|胳膊)[^]{0,12}(?:划|割)[^]{0,16}(?:止不(?:太)?住|血流不止|好多血|全是血|地上全是)/),
  // Gas left on while lying down; half the pills taken, the rest waiting; boxes of pills stored up.
  p('attempt', 'attempt', 1, /(?:煤气|燃气|天然气)(?:阀|阀门|罐)?[^|]{0,3}(?:开着|打开了|开了)[^]{0,12}(?:躺|睡|关(?:好|紧|死)?了?(?:门|窗))|吃了(?:一半|大半|一大半)[^]{0,12}剩下的[^|]{0,8}(?:吃完|吞完|吃掉)/),
  p('means', 'means', 1, /药[^]{0,30}(?:存|攒|囤)了[一二三四五六七八九十几\d]+(?:盒|瓶|板|片|颗)/),
  // Pills swallowed, the object left unnamed ("吃了。一整瓶。"); pills saved from each dose.
  p('attempt', 'attempt', 1, /(?:吃|吞)(?:了|下去了)\|?(?:一整瓶|整瓶|一大把|一整板)(?:\||$)/),
  p('means', 'means', 1, /(?:省|攒|存)下来的?[^|]{0,8}(?:一大把|一把|几十|够了)|药[^]{0,30}(?:省下来|攒下来|存下来)/),
  // The car running in a closed garage; a video or letter recorded for the child.
  p('attempt', 'attempt', 1, /(?:车库|车里)[^]{0,16}(?:发动机|引擎|车)[^|]{0,4}(?:一直)?(?:开着|没熄火|打着)/),
  p('farewell_weak', 'farewell', 1, /给(?:孩子|儿子|女儿|爸妈|我妈|我爸|老婆|老公)[^|]{0,4}(?:录了|留了|写了)[^|]{0,4}(?:视频|录音|一封信|信)/),
  // A voice or the whole mind telling them to die or go over.
  p('ideation', 'suicidal_ideation', 1, /满脑子(?:都是)?[^|]{0,3}(?:去死|死了算|想死)|(?:声音?|脑子里|脑袋里|脑壳里|脑里面?)[^|]{0,8}(?:叫|让|喊|催)我[^|]{0,2}(?:翻出去|跳出去|翻过去|往下跳)/),
  // Life refused in the Cantonese / dialect form and stopping treatment to go.
  p('ideation', 'passive_ideation', 0.8, /不想(?:再)?做人(?:了)?|不想(?:再)?治了[^]{0,12}(?:走|死|解脱|拖累)/),
  // Why live at all; death as the end of the pain; sleeping and not waking would be fine.
  p('ideation', 'suicidal_ideation', 1, /(?:干嘛|为什么|为啥|何必)(?:还)?要活着(?=[|吗呢啊]|$)|死了?(?:是不是|会不会)?就不(?:会)?(?:再)?(?:难受|痛苦|痛|累|烦)了/),
  p('ideation', 'passive_ideation', 1, /(?:睡着|睡过去|睡下)了?(?:就|以后)?(?:再也|永远)?不(?:再)?醒(?:了|来|过来)?[^]{0,8}(?:也(?:挺|蛮)?好|就好了|多好|挺好)/, ['euphemism']),
  // The road one does not come back from; a window tried and found to open; going out of it.
  p('ideation', 'suicidal_ideation', 1, /(?:不用|不会|不再|不)回来的路|不归路/, ['euphemism']),
  p('method', 'suicidal_ideation', 1, /从[^|]{0,12}窗(?:户|子|口)?(?:出去|跳出去|翻出去|跳下去)/),
  p('location', 'location', 1.5, /(?:窗户|窗子)[^]{0,10}(?:试过|是能打开|能打开的|打得开的)/),
  // Should not live on; living is pointless (weak alone: many say it of a dull day).
  p('ideation', 'suicidal_ideation', 1, /不(?:该|应该|配)再?活(?:着|下去)/),
  p('ideation', 'passive_ideation', 0.8, /活着(?:挺|真|好|太|都|也)?(?:没劲|没意思|没什么意思|没啥意思)/),
  // Fearing life more than death; being better off not waking; nobody would cry.
  p('ideation', 'passive_ideation', 1, /怕的?是(?:继续|还要|再)?活(?:着|下去|起)|(?:要是|如果|最好)[^|]{0,8}醒不(?:过来|来)|(?:我|自己)[^|]{0,8}死了(?:都|也)(?:没人|没有人)(?:哭|管|在乎|发现|知道|记得|难过)/),
  // Hoping the harness, the brakes or the rope fails; going early to a late spouse.
  p('ideation', 'passive_ideation', 1, /(?:希望|盼着|巴不得|但愿)[^|]{0,8}(?:安全带|安全绳|保险绳|刹车|绳子|脚手架)[^|]{0,2}(?:断|松|失灵|塌)|早点去(?:陪|找)(?:我)?(?:老伴|爸|妈|爸爸|妈妈|外公|外婆|爷爷|奶奶)(?!吃|玩|逛|聊|看|过|买)/, ['euphemism']),
  // —— self-punishment without a blade: starving on purpose, punching oneself ——
  p('self_harm', 'self_harm', 1, /不配吃(?:饭|东西)|(?:把自己|想把自己|要把自己)饿死|饿死自己|故意(?:不吃|饿)[^]{0,12}(?:活该|惩罚|不配|饿死|发晕|饿晕|晕倒)|(?:惩罚|折磨)自己[^|]{0,4}不吃/),
  p('self_harm', 'self_harm', 1, /(?:缝针|缝了|伤口|疤|口子)[^]{0,12}(?:是我|我)?自己(?:割|划|烫)的|(?:是我|我)?自己(?:割|划|烫)的[^]{0,6}(?:伤口|口子|疤)/),
  p('self_harm', 'self_harm', 1, /(?:拳头|拿头|用头)[^|]{0,2}(?:砸|捶|撞)(?:墙|自己)[^]{0,10}(?:肿|破|出血|流血|不疼|舒服)|(?:砸|捶)墙[^]{0,6}手(?:都)?(?:砸|捶)?(?:肿|破|出血)/),
]

export const EN_PATTERNS_WORTH: readonly Pattern[] = [
  // Non-native forms: "is better I am dead", "why I still alive", "go away from this world".
  p('ideation', 'suicidal_ideation', 1, /\b(?:is |its |it is )?better (?:if )?i (?:am|was|were|be|just) (?:dead|die|gone)\b|\bwhy (?:am )?i (?:still )?(?:alive|living|exist)\b|\b(?:go|going|leave|gone) (?:away )?from this world\b|\bgo to (?:the )?other world\b|\bleave this world\b/),
  p('ideation', 'suicidal_ideation', 1, /\b(?:tells?|telling|keeps? saying|says?) (?:to )?me (?:that )?(?:to die|i should die|you should die|to kill myself|to jump|i should be dead)\b|\bshould (?:just )?die\b(?! (?:of|from|laughing))/),
  p('self_harm', 'self_harm', 1, /\bpunch(?:ing|ed)? (?:myself|my (?:thighs?|legs?|arms?|head|face|stomach))\b|\bso (?:the )?(?:bruises|cuts|scars) (?:dont|wont|do not) show\b|\bstarv(?:e|ing) myself\b/),
  p('attempt', 'attempt', 1, /\bgas (?:is )?(?:open|on|turned on)\b[^]{0,40}\b(?:close|closed|shut)\b[^]{0,12}\bwindows?\b/),
  p('location', 'location', 1.5, /\b(?:standing|sitting|lying) on (?:the )?(?:train |railway |rail )?tracks?\b/),
  // A day chosen to die is ideation with a method; the day itself counts as the time.
  p('method', 'suicidal_ideation', 1, /\b(?:picked|chose|chosen|set) (?:a |the )?(?:day|date|night|time|sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|tonight) (?:to|for) (?:end it|die|do it|go|leave)\b/),
  p('means', 'means', 1, /\b(?:ropes?|pills|charcoal|razors?|blades?) (?:is |are )?in my (?:bag|pocket|car|drawer|locker|backpack)\b|\b(?:save|saving|saved) (?:them|it|my (?:pills|meds|prescription)) up\b|\bsaved up (?:\w+ ){0,3}(?:of )?(?:my )?(?:pills|meds|prescription)\b|\btaking the lot\b|\btake (?:them|it) all (?:at once|tonight|together)\b/),
  p('ideation', 'passive_ideation', 1, /\bif a (?:bus|car|truck|train) (?:happens|hits me|comes)\b|\bstopped looking (?:when|before) i cross\b|\bonly reason (?:im|i am) still (?:here|alive|around)\b|\bstop(?:ped)? being alive\b/),
  p('ideation', 'suicidal_ideation', 1, /\b(?:dont|do not|cant|can not|cannot) see (?:the|any) point (?:of|in) (?:being alive|living|life|going on|staying alive)\b|\bif i (?:didnt|did not|dont|do not|never) wake up\b/),
  p('ideation', 'passive_ideation', 1, /\burge to (?:just )?(?:step forward|step off|jump|let go|drive (?:into|off)|swerve)\b/),
  p('self_harm', 'self_harm', 1, /\bpunch(?:ed|ing)? (?:the |a )?wall (?:till|until) (?:my )?(?:knuckles|hands?|fists?) (?:split|bled|broke)\b/),
  p('time', 'time', 1, /\bafter dark\b|\b(?:this |on |next )?(?:weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bafter (?:the|my) (?:night )?shift\b/),
  p('farewell', 'farewell', 1, /\blast message (?:youll|you will) (?:ever )?(?:get|receive|hear) from me\b|\bi will not be here tomorrow\b/),
]
