import { p, type Pattern } from './patterns.js'

/*
 * Chinese lexicon, matched on the Simplified, lower-cased view where whitespace is removed and
 * punctuation is '|'. Gaps are written [^|]{0,n} so a pattern stays inside one clause.
 * Patterns are concepts (desire verb × death object, method × intent...), not sentences.
 */

// Wanting: the verbs that turn a death word into a wish.
const WANT = '(?:想|要|好想|真想|很想|只想|就想|总想|老想|一直想|会想|打算|准备|决定|干脆|宁愿|恨不得|巴不得|还不如|不如|只有|只能)'
// Death objects and their euphemisms (self as implied subject).
const DEATH =
  '(?:去死|死掉|死了算了|死|自杀|轻生|寻短见|寻死|自尽|了结自己|了断|结束(?:自己的?|我的)?生命|结束(?:这|掉)?一切|结束掉?自己|一死了之|离开这个世界|离开人世|去另一个世界|去那个世界|从这个世界(?:上)?消失|去天堂|早点走|一了百了|解脱|永远睡(?:过去|下去|着)|长眠|消失(?!一段|几天|一下|一阵|一会))'
// Specific methods (jumping, cutting...). 跳 alone is handled separately after idiom masks.
const METHOD =
  '(?:往下跳|跳下去|跳楼|跳江|跳河|跳桥|跳崖|跳海|跳嘉陵江|跳长江|冲下去|撞上去|上吊|吊死|烧炭|割腕|割脉|卧轨|喝农药|吃安眠药|吞药|服毒|跳轨|一跃而下|纵身一跃|跳了下去|跳下来)'

export const ZH_PATTERNS: readonly Pattern[] = [
  // —— explicit ideation ——
  // Lookbehind: "改得我想死" is a degree complement (hyperbole), scored separately below; "觉得我想死" is not one.
  p('ideation', 'suicidal_ideation', 1, new RegExp(`(?<!(?<![觉记懂晓显值])得|(?<![觉记懂晓显值])得我|得人|到)(?![要快]死了)${WANT}[^|]{0,3}${DEATH}`)),
  p('ideation', 'suicidal_ideation', 0.6, /(?:(?<![觉记懂晓显值])得|到)(?:我|人)?(?:想死|要死|快死)/),
  p('ideation', 'suicidal_ideation', 1, /(?:自杀|轻生|寻短见|自尽|寻死|了结自己|一死了之)/),
  p('ideation', 'suicidal_ideation', 1, /不(?:想|愿意?|要)再?(?:继续)?活(?!动|力|儿|泼|跃)|活不下去|不活了|活够了|活腻了?|不想再?活下去/),
  p('ideation', 'suicidal_ideation', 1, /(?:不如|还不如|干脆)[^|]{0,2}死|死了(?:算了|算球|就好|才好|比较好|更好|最好|会更好|一了百了|就解脱|就轻松)|死(?:是|才是)[^|]{0,4}(?:出路|解脱|办法|选择)|一死百了/),
  p('ideation', 'suicidal_ideation', 1, /(?:怎么|怎样|如何|哪种)[^|]{0,2}死(?:不痛苦|得快|比较快|才不|得不)?|死法/),
  // Life itself judged worthless or unbearable (rhetorical or explicit).
  p('ideation', 'suicidal_ideation', 1, /不配活|活(?:着|得)(?:就是|都是|也是)?[^|]{0,2}多余|活(?:着|得)(?:还)?有什么(?:意思|意义|用)|活(?:着|得)[^|]{0,2}(?:是种?折磨|就是受罪)|不痛苦地?(?:离开|死|走)|(?:怎么|怎样|如何)[^|]{0,4}离开这个世界/),
  // —— passive ideation and euphemisms ——
  p('ideation', 'passive_ideation', 1, /不(?:想|要|愿意?)[^|]{0,2}醒(?:来|过来)|(?:别|莫|不用|再也不|永远不)再?醒(?:来|过来|了)|一睡不醒|一觉睡过去|睡过去[^|]{0,3}(?:不|莫|别)再?醒|永远地?睡(?:过去|下去|着)|长眠不醒|再也醒不(?:过来|来)|不会再醒(?:来|过来)?|醒不过来(?:就好|该多好|多好)/, ['euphemism']),
  p('ideation', 'passive_ideation', 1, /不该(?:出生|来到这个世界|被生下来|活在)|(?:要是|如果|真希望|希望)[^|]{0,4}没(?:有)?(?:出生|被生下来)|不如不出生|后悔(?:出生|来到这个世界)/),
  p('ideation', 'passive_ideation', 1, /(?:要是|如果|真希望|希望|巴不得|但愿)[^|]{0,12}(?:死掉|死了|死|不在了|出事)[^|]{0,3}(?:就好了|该多好|多好|也好|算了)/),
  p('ideation', 'passive_ideation', 1, /羡慕[^|]{0,10}(?:死|不在了|去世|走了)[^|]{0,4}的人/),
  p('ideation', 'passive_ideation', 1, /(?:早点|想|好想|就)去见(?:我)?(?:爸|妈|爷爷|奶奶|外婆|外公|父亲|母亲|老伴|孩子|他|她)(?!最后|一面|一下|一趟)/, ['euphemism']),
  p('ideation', 'passive_ideation', 1, /(?:去|到)(?:另一个|那个|另外一个)世界|离开这个世界|在这个世界(?:上)?的最后/, ['euphemism']),
  p('ideation', 'passive_ideation', 1, /(?:^|[|我])(?:今晚|明天|以后|到时候|过了今晚|很快)?(?:就|早就|也|已经|可能|应该|都)?不在了|(?:要不是|不然|否则|要不然)[^]{0,14}早?就?不在了/, ['euphemism']),
  p('ideation', 'passive_ideation', 0.8, /一切(?:都|就)(?:要|会)?结束了?/, ['euphemism']),
  p('ideation', 'passive_ideation', 1, /结束这一切|结束一切|(?:早点|还不如|干脆|不如)[^|]{0,2}结束|一了百了(?:算了|吧|[|]|$)/, ['euphemism']),
  p('ideation', 'passive_ideation', 1, /(?:想|只想|就想|早点|才能|就能|就会|就可以|是不是就|彻底|永远)[^|]{0,2}解脱/, ['euphemism']),
  // Burdensomeness tied to absence or death: "if I died they'd be relieved".
  p('ideation', 'burdensomeness', 1, /(?:如果|要是|等)我(?:死了|不在了|走了|没了)|我(?:死了|走了|不在了)(?:以后|之后|也|都|大家|他们|家里|就)|没有我[^|]{0,6}(?:一样|更好|轻松|照样)|不(?:用|会|必)再(?:麻烦|拖累|连累)(?:任何人|大家|你们|家里|别人)/),
  p('ideation', 'burdensomeness', 1, /消失(?:是|才是|就是)?[^|]{0,3}(?:最好|解脱|唯一)|永远消失/, ['euphemism']),
  // —— method thoughts (high) and dialect "想去跳了" (jumping with the object dropped) ——
  p('method', 'suicidal_ideation', 1, new RegExp(`(?:我|想|要|去|准备|打算|干脆|总想|会想|真想|直接)[^|]{0,8}${METHOD}`)),
  p('method', 'suicidal_ideation', 1, /(?:想|要|准备|打算|干脆|我)去?跳(?:了|算了|下去|吧)?(?=[|]|$)/, ['dialect']),
  p('method', 'suicidal_ideation', 1, /从[^|]{0,6}(?:楼|桥|窗|阳台|天台)[^|]{0,4}跳下去/),
  p('method', 'suicidal_ideation', 0.6, new RegExp(METHOD)), // bare method word: context decides (news, fiction are masked)
  // —— self-harm ——
  p('self_harm', 'self_harm', 1, /自残|自伤|伤害自己|割(?:腕|脉|手腕|手臂|胳膊|大腿|自己|手(?![机续表套工艺指甲]))|割深|划(?:手(?![机续表套工艺指甲])|自己|手腕)|用刀划|烫自己|撞墙|打自己|掐自己|弄伤自己/),
  // —— attempt in progress ——
  p('attempt', 'attempt', 1, /药[^|]{0,3}(?:已经)?吞(?:下去)?了|(?:吞|吃|喝)(?:了|下去了|下了|完了)[^|]{0,4}(?:一整瓶|整瓶|全部|所有的?|几十|[二三四五六七八九]十|\d{2,})|(?:几十|[二三四五六七八九]十|\d{2,})(?:颗|片|粒)[^|]{0,6}(?:吞|吃|喝)|喝了(?:农药|百草枯|敌敌畏)/),
  // Swallowing is only an attempt beside pills (药, 💊): checked in assess.
  p('attempt', 'attempt', 0.5, /(?:全部|全都|一把|一起|都)?吞(?:下去)?了/),
  p('attempt', 'attempt', 1, /血(?:止不住|一直流|流了好多|流个不停|停不下来)|血(?:一直|还在|不停地?|止不住地?)在?流|(?:口子|伤口)[^|]{0,3}(?:好|很|太|割得?)深|(?:已经|刚刚?)(?:割了|吞了|喝了农药|跳了)/),
  // —— preparations ——
  p('plan', 'plan', 1, /(?:查好|查了|计划好|想好了|选好|安排好|决定好)[^|]{0,8}(?:怎么死|死法|地方|地点|方式|日子|哪天|哪里跳)/),
  p('plan', 'plan', 1, /就?等[^|]{0,8}(?:没人|人走|睡着|睡了|天黑|走了)(?:以后|之后|的时候)?(?:就|再)|就等[^|]{0,8}(?:没人|人走|睡着|天黑)|趁[^|]{0,6}没人/),
  p('plan', 'plan', 1, /(?:东西|值钱的|存款|银行卡|猫|狗|遗物)[^|]{0,8}(?:送人|送给|留给|交给)|密码[^|]{0,4}(?:写|留)|托付给|安排好了后事/),
  p('means', 'means', 1, /(?:绳子|麻绳|炭|木炭|安眠药|药片|农药|百草枯|敌敌畏|老鼠药|刀片|美工刀)[^|]{0,6}(?:买好|准备好|备好|数好|凑够|存|攒|囤|在手|就在手边|在身边|藏)|(?:一共|总共|攒了|存了)[^|]{0,2}(?:几十|[二三四五六七八九]十|\d{2,})(?:片|颗|粒)|(?:买好?|准备|存|攒|囤|偷偷存)了?[^|]{0,8}(?:绳子|炭|安眠药|农药|百草枯|刀片)/),
  p('means_weak', 'means', 1, /(?:药|刀)[^|]{0,6}(?:准备好|备好|存|攒|囤|在手|在身边|就在手边)/),
  // A time word counts when it is attached to an act ("今晚就去", "明天是最后"), not as a date.
  p('time', 'time', 1, /(?:今晚|今天晚上|今夜|明天(?:一早)?|明早|明晚|这周末|天亮(?:前|之前))[^|]{0,4}(?:就|去|走|是|动手|结束|了结|跳|吃|吞|离开)|过了今晚|最后一(?:晚|天|夜)|(?:就|定在|就在|等到)(?:今晚|今夜|今天晚上|明天|明晚)|(?:今晚|明天|今天)(?:之后|以后|过后)/),
  // "Now" only sharpens a location or means already mentioned (weight < 1: not with bare ideation).
  p('time', 'time', 0.5, /现在|此刻|马上|正在|已经在|等下就|等会就|待会就|今晚|今夜|明天|明晚|今天/),
  // Heading to a height or a river: only counts beside ideation (w < 1).
  p('location', 'location', 0.5, /去[^|]{0,6}(?:大桥|桥上|楼顶|天台|江边|河边|崖边|码头)/),
  p('location', 'location', 1, /(?:站在|坐在|爬上|上了|到了|在)[^|]{0,6}(?:楼顶|天台|顶楼|楼边|窗台|窗外|护栏外|栏杆外|桥上|桥边|崖边|桥栏|江边|河边)|下面好远|往下看/),
  p('ideation', 'suicidal_ideation', 0.6, /准备(?:跳)?下去了|(?:跳|走)下去(?:算了|吧)/),
  // —— farewell ——
  p('farewell', 'farewell', 1, /(?:这个)?世界[^|]{0,2}再见|再见了?[^|]{0,2}这个世界|永别|下辈子(?:再见|见|再做|再来)|来世再见|遗书|遗言|最后一次(?:跟|和)(?:你们|大家)|再也见不到(?:了|你们)/),
  p('farewell_weak', 'farewell', 1, /再见|拜拜|别找我|不要找我|对不起(?:大家|爸妈|爸|妈|你们)|谢谢[^|]{0,6}这些年|照顾好(?:我妈|我爸|孩子|自己|他们)|信[^|]{0,2}(?:都)?写好|写好了?[^|]{0,6}信/),
  p('departure', 'farewell', 1, /我[^|]{0,6}就走(?:了)?(?=[|]|$)|我[^|]{0,2}先走了(?=[|]|$)/),
  // —— distress without self-harm (weights against a threshold of 1) ——
  p('distress', 'hopelessness', 1, /绝望|没(?:有|得)?(?:盼头|希望|出路|奔头)|还有什么盼头|看不到(?:希望|未来|出路|头)|天(?:要|都)?塌|全世界都[^|]{0,4}(?:抛弃|讨厌|不要)|生无可恋/),
  p('distress', 'hopelessness', 0.8, /不知道(?:该|要|还能)?(?:怎么办|怎么面对|以后怎么)|活(?:着|得)(?:好|太|真|真的)?累|(?:什么|啥子?|做什么|干什么)都没(?:有|得)?意思|抛弃|没人(?:管|在乎|在意|理解|关心)/),
  p('distress', 'exhaustion', 1, /活起(?:好|太|真|硬是)?(?:累|没意思|恼火|莫得意思|没得意思|没有意思)/, ['dialect']),
  p('distress', 'hopelessness', 1, /不知道(?:该|要|还能)?怎么(?:活|熬|撑|过下去|活下去)|活(?:着|得)(?:好|太|真|真的|也|都)?(?:没(?:有|得)?意思|没劲|痛苦|没意义)/),
  p('distress', 'exhaustion', 1, /(?:扛|撑|顶|熬|遭|挺|坚持)不(?:住|下去)|受不了了|崩溃|(?:快|要|已经)崩了|崩掉了|搞不下去了|遭不住/),
  p('distress', 'exhaustion', 0.8, /心(?:里|好|太)?累|被掏空|空虚|快疯了|要疯了|身心俱疲|没力气活/),
  p('distress', 'exhaustion', 0.4, /好累|太累|累得不行/),
  p('distress', 'anxiety', 0.8, /恐慌|焦虑|喘不过气|(?:好|很|太|有点)?抑郁(?!症的)|情绪(?:很|好|特别)?(?:差|低落|不好|崩)|状态(?:很|好|特别)?(?:差|不好)|压抑/),
  p('distress', 'anxiety', 0.6, /失眠|睡不着|没睡过(?:一个)?(?:整觉|好觉)|整夜没睡|心慌|发抖|手抖|堵得慌|控制不住|好怕|害怕|不敢|吓得/),
  p('distress', 'anxiety', 0.5, /压力(?:好|太|很|特别)?大|(?:脑子|眼前|一闭上?眼睛?)[^|]{0,4}(?:全是|都是|就是)|还不(?:上|起)|交不起|催债|欠了[^|]{0,4}万|被(?:辞退|开除|裁)|欺负|看不起我|骂我/),
  p('distress', 'anxiety', 0.8, /想哭|哭了一整|一直哭|老是哭|天天哭|每天都哭|偷偷哭|躲[^|]{0,6}哭|哭着|止不住地?哭|哭到/),
  p('distress', 'anxiety', 1, /哭了一整(?:晚|夜|天)|哭了(?:好几|一)?(?:个小时|整晚)|哭个不停|哭得停不下来/),
  p('distress', 'isolation', 0.9, /孤独|孤单|不知道(?:还能|该|能)?跟谁说|没人可以说|不想(?:见|面对)(?:任何)?人|谁都不想见|连门都不想出|不想出门|谁都帮不了|帮不了我|谁都不要来找我/),
  p('distress', 'worthlessness', 1, /一无是处|废物|累赘|拖累|没用的人|什么都做不好|对不起所有人|活成[^|]{0,3}笑话|像个笑话/),
  p('distress', 'hopelessness', 0.9, /(?:对)?什么都(?:没|不感)兴趣|提不起(?:劲|兴趣|精神)|吃不下饭?|没胃口|躺着发呆|什么都不想做/),
  p('distress', 'hopelessness', 0.8, /(?:想|好想|真想)消失|不想(?:上班|说话|动)了?[^|]{0,2}(?:什么都不想)/, ['euphemism']),
  p('distress', 'hopelessness', 0.3, /心理咨询|找人聊聊|找人说说|心理医生|矫情/),
]
