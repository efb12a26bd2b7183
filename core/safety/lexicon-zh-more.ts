import { p, type Pattern } from './patterns.js'

/*
 * Second Chinese table: concept classes added after blind (untuned) evaluation showed what the
 * first table missed. Same view and conventions as lexicon-zh.ts (dialect already rewritten to
 * Mandarin: 啥子 → 什么, 不晓得 → 不知道, 老子 → 我).
 */

// Lethal means that are rarely bought or kept "ready" for anything else.
const LETHAL = '(?:绳子|麻绳|绳套|炭|木炭|安眠药|安定片|药片|农药|百草枯|敌敌畏|老鼠药|鼠药|刀片|美工刀|剃须刀片)'
// Having it: bought, counted, hidden or within reach.
const HAVE =
  '(?:买好|买到|买齐|买回来?|准备好|备好|备齐|数好|凑够|攒够|存够|攒|囤|藏|在手|就在手边|在身边|(?:就在|放在|压在|藏在)[^|]{0,3}(?:枕头|床|抽屉|包|口袋|身上|手边|桌上))'
// Time words that can anchor an act (weekday, countdown, "in a moment", clock time).
const WHEN =
  '(?:今晚|今天晚上|今夜|明天|明早|明晚|后天|这周末|周末|下周[一二三四五六日天]?|(?:周|星期|礼拜)[一二三四五六日天]|月底|等下|等一下|等会儿?|待会儿?|一会儿|下班(?:后|以后)?|半夜|凌晨|\\d{1,2}(?:号|点)|[一二三四五六七八九十]{1,3}点)'
// Heights and water: generic and Chongqing landmarks.
export const HIGH_PLACE =
  '(?:楼顶|顶楼|天台|屋顶|房顶|厂房顶|楼上|阳台|窗台|窗边|高处|天桥|大桥|桥上|桥边|桥栏|江边|河边|崖边|悬崖|朝天门|长江|嘉陵江|两江|铁轨|轨道)'

export const ZH_PATTERNS_MORE: readonly Pattern[] = [
  // —— ideation: more verbs × death objects, slang and euphemism ——
  p('ideation', 'suicidal_ideation', 1, /(?:声音|脑子里|脑袋里|有人|它)[^|]{0,8}(?:叫|让|要|催|命令|逼)我[^|]{0,2}(?:去死|死|自杀|跳下去|结束自己)/),
  p('ideation', 'suicidal_ideation', 1, /(?:想|要|早点|重新|赶紧|干脆)投胎|(?:想|要|好想)安乐死|人生重开|(?:想|就想|干脆)重开|(?:我|真的|有点)想不开(?!心)/),
  p('ideation', 'suicidal_ideation', 1, /(?:不如|还不如|干脆|想|宁愿)[^|]{0,3}(?:走了|消失|去死|解脱|睡过去)[^|]{0,2}算了/, ['euphemism']),
  p('ideation', 'suicidal_ideation', 0.6, /(?:^|[|我])(?:走了|消失了?|死了)算了/, ['euphemism']),
  p('ideation', 'suicidal_ideation', 0.6, /(?:要|快)死了/),
  p('ideation', 'suicidal_ideation', 1, /(?:致死|致命)(?:量|剂量)|(?:多少|几)(?:片|颗|粒|克|瓶|毫克)[^|]{0,4}(?:会死|能死|致死|才(?:会|能)?死|死得了|就死|就能走)/),
  p('plan', 'plan', 1, /(?:多少|几)(?:片|颗|粒|克|瓶|毫克)[^|]{0,4}(?:会死|能死|致死|才(?:会|能)?死|死得了|就死)|(?:查|搜|问)[^|]{0,6}(?:致死|怎么死|死法|哪里跳|多高)/),
  // —— method: overdose quantities, drinking pesticide, jumping with an adverb ——
  p('method', 'suicidal_ideation', 1, /(?:想|要|准备|打算|干脆|就|直接)[^|]{0,3}(?:吞|吃|喝)[^|]{0,2}(?:一整瓶|整瓶|一瓶|一把|一整盒|整盒|一盒|全部|所有的?|几十)/),
  p('method', 'suicidal_ideation', 1, /(?:想|要|准备|打算|干脆|去)喝药|投江|投河|(?:开|放)煤气[^|]{0,3}(?:自杀|死|算了)/),
  p('method', 'suicidal_ideation', 1, /(?:我|就|直接|马上|这就|立刻|然后)[^|]{0,8}(?:跳下去|跳楼|跳江|跳河|跳桥|往下跳)|(?:我|就|马上|这就|立刻)(?:就|马上)?跳(?:了|下去)?(?=[|]|$)/),
  p('method', 'suicidal_ideation', 0.6, /喝药/),
  // Swallowing "all of it" is an act only beside pills (checked in assess, like "吞了").
  p('attempt', 'plan', 0.5, /(?:全部|全都|一次性?|一口气|一起|统统)(?:吃|吞|喝)(?:掉|下去|光)/),
  p('ideation', 'passive_ideation', 1, /(?:恨不得|巴不得|希望|真希望|但愿|盼着)[^|]{0,6}(?:出意外|出车祸|被车撞|得绝症|一病不起|死掉|不在了)|(?:睡着|睡过去|睡下)[^|]{0,4}(?:再也|永远)?(?:不要|别|不用|不想)再?(?:醒|起来)|再也不(?:要|想)起来/, ['euphemism']),
  p('ideation', 'suicidal_ideation', 0.8, /(?:想|只想|好想|就想)(?:就这样)?结束(?:了|吧)?(?=[|]|$)/, ['euphemism']),
  // —— self-harm: wanting pain, hitting walls ——
  p('self_harm', 'self_harm', 1, /(?:往|在|朝)(?:手|手腕|手臂|胳膊|腿|身上|自己)[^|]{0,2}(?:划|割|砍|扎|戳|烫)|(?:想|就想|故意|只想)让自己[^|]{0,2}(?:痛|疼|流血|受伤)|(?:捶|砸|打|撞)墙[^|]{0,6}(?:出血|流血|骨折|破)|(?:扎|咬|掐|抓|烫|打)(?:伤|破)?自己/),
  // —— means at hand, means sought, preparation in place ——
  p('means', 'means', 1, new RegExp(`${LETHAL}[^|]{0,6}${HAVE}|${HAVE}[^|]{0,6}${LETHAL}|(?:去|要|准备|打算|想)买[^|]{0,3}${LETHAL}`)),
  p('means_weak', 'means', 1, /药[^|]{0,6}(?:买好|买齐|买到|备齐|攒够|存够|凑够|够了)|(?:刀|药)[^|]{0,3}就在[^|]{0,3}(?:枕头|床|抽屉|包|口袋|身上|手边)/),
  p('plan', 'plan', 1, /(?:门|窗|缝|门窗|窗户|车窗)[^|]{0,4}(?:封|堵|关)(?:好|死|严|紧|上|住)|(?:就差|只差)最后一步|胶带[^|]{0,4}(?:封|贴)|(?:就|再|准备|我)动手|下定决心|这次是真的|(?:已经|都)?想好了(?=[|]|$)/),
  p('attempt', 'attempt', 1, /(?<![用拿])(?:绳子|绳套|绳)[^|]{0,3}(?:挂|系|套|绑)(?:好|在|上)|(?:煤气|燃气|天然气)[^|]{0,3}(?:已经)(?:打开|开了|开着)/),
  // —— time anchored to an act; locations with Chongqing landmarks ——
  p('time', 'time', 1, new RegExp(`${WHEN}[^|]{0,3}(?:就|去|走|动手|结束|了结|跳|吃|吞|喝|买|离开)|数到[一二三四五六七八九十\\d]+|倒计时|就(?:这|在这)两天(?:了|吧)?(?=[|]|$)`)),
    p('location', 'location', 1, new RegExp(`(?:站在|坐在|爬上|爬到|上了|到了|我在)[^|]{0,6}${HIGH_PLACE}|(?:下面|楼下|底下)(?:好|太|很|真)(?:高|远)`)),
  // At the edge (w 1.5): alone enough for imminent.
  p('location', 'location', 1.5, /(?:楼顶|天台|顶楼|桥|窗台|阳台|楼)[^|]{0,2}(?:边上|边缘|外面|外边|护栏外|栏杆外)|腿悬在|翻过(?:栏杆|护栏)/),
  p('location', 'location', 0.5, new RegExp(`(?:去|到)[^|]{0,6}${HIGH_PLACE}`)),
  // —— farewell, split into formulas (two different ones together are a farewell) ——
  p('farewell', 'farewell', 1, /最后一封信|最后(?:的|几)句话|最后一(?:次|通)[^|]{0,3}电话|(?:不知道|不晓得)是最后一次|再也不见|永远再见|(?:再也|永远|就)(?:看不到|见不到|找不到)我了|(?:别|不要|莫)(?:救|抢救)我|来生再见/),
  p('farewell_weak', 'farewell', 1, /谢谢[^|]{0,8}(?:这些年|这么多年|一直以来|所有|一切|照顾|陪伴|对我的好)|感谢[^|]{0,6}(?:这些年|一直以来|陪伴)/),
  p('farewell_weak', 'farewell', 1, /(?:帮我|替我)[^|]{0,6}(?:说声?|道歉|对不起|照顾|养)|跟我?(?:爸|妈|爸妈|家人|老婆|老公|孩子)说|对不起[^|]{0,3}(?:大家|所有人|你们|他们|爸|妈|家人)|(?:照顾好|好好照顾)(?:我妈|我爸|爸妈|家人|孩子|自己|他们)|大家(?:都)?保重|珍重/),
  p('farewell_weak', 'farewell', 1, /(?:以后|再也|都)?(?:不用|别|不要|莫)(?:再)?(?:管|找|担心|等)我了?(?=[|]|$)|(?:别|不要)(?:拦|劝)我|谁都别(?:拦|劝)/),
  p('farewell_weak', 'farewell', 1, /这辈子就(?:这样|到这里?)了?|今生就到这/),
  p('departure', 'farewell', 1, /不回来了|回不来了|(?:再也|永远)不(?:会)?回来/),
  // "I won't need it any more": only a modifier of giving things away (w < 1).
  p('departure', 'farewell', 0.5, /以后(?:也|都|再也)?用不(?:上|着)了|以后(?:都|也)?不需要了/),
  // —— after-death arrangements (w 1: alone enough for high; 0.5: giving things away) ——
  // Strong (w 1): the writer's own affairs after death. Handing over passwords, a beneficiary, a
  // pet to be looked after (w 0.8) are also everyday errands (surgery, travel, marriage): they
  // count only beside distress, ideation, a farewell, a time or other arrangements (assess.ts).
  p('arrange', 'plan', 1, /(?:我的|我)后事|后事(?:都|我)?(?:安排|交代|写|准备)(?:好|在|完)|遗产(?:留给|给)/),
  p('arrange', 'plan', 0.8, /后事|(?:银行卡|卡|手机|支付宝|微信|qq)?密码[^|]{0,6}(?:写|留|放在|发给|告诉)|锁屏密码是|受益人|(?:帮我|替我)[^|]{0,6}(?:养|照顾|看着)[^|]{0,4}(?:我|猫|狗|孩子|家|他|她)|(?:猫|狗)[^|]{0,8}(?:找个?人养|托付)/),
  p('arrange', 'plan', 0.5, /(?:手机|电脑|账号|东西|衣服|存款|积蓄|钱|卡里|游戏|吉他)[^|]{0,10}(?:送给|送人|留给|转给|分给|交给|都给了?)|我(?:的|家)?(?:猫|狗)[^|]{0,3}送人|(?:送给|留给|转给)[^|]{0,6}(?:手机|电脑|账号|存款|积蓄)|(?:都|全|全部|全都)(?:转给|留给|送给)/),
  // —— distress: more hopelessness, mood, isolation and worthlessness words ——
  p('distress', 'hopelessness', 1, /走投无路|无路可走|没有?活路|没法活|日子过不下去|(?:活着|活起|活下去|活)(?:是|到底是)?为了什么|为什么(?:要|还要)?活着|不想(?:再)?坚持(?:了|下去)|(?:天|世界)[^|]{0,3}塌|没有任何希望|看不到[^|]{0,3}(?:希望|未来|出路|头)/),
  p('distress', 'hopelessness', 1, /(?<![他她们])(?:好|很|太|真的?|特别|非常|超级?)(?:难过|伤心|痛苦|无助|委屈|孤独|孤单|压抑|绝望|自卑|迷茫)/),
  p('distress', 'hopelessness', 0.5, /难过|伤心|痛苦|无助|委屈|迷茫|(?:被)?困住|走不出来|为什么还要(?:努力|坚持|撑)/),
  p('distress', 'anxiety', 0.8, /心情(?:很|好|特别|超|一直)?(?:差|不好|低落|糟|烂)|(?:我|最近|好|很|有点)emo|(?:总是|经常|常常|动不动就?|莫名其妙地?|半夜)[^|]{0,6}哭/),
  p('distress', 'anxiety', 0.6, /心里慌|慌得很|好慌|不想动|动都不想动|不想起床|起不来床|下不了床|什么都不想干|恼火得很|好恼火/),
  p('distress', 'hopelessness', 1, /(?:人生|这辈子|我)(?:就|算是|彻底)?完了|一点用(?:都|也)没有|毫无用处/),
  p('distress', 'hopelessness', 0.6, /被[^|]{0,4}抛弃|抛弃了?我|排挤|孤立我|针对我|(?:待|呆|干|过|混)不下去|(?:人|整个人|身体|精神|心态)[^|]{0,2}垮|(?:都|全)搞砸|(?:脑袋|心里?|心)[^|]{0,2}(?:乱得很|好乱|很乱)|乱得很/),
  p('distress', 'anxiety', 0.8, /(?:我|心里)(?:好|很|太|真的?)?难受|空荡荡|空落落|像坐牢/),
  // Bereavement lowers the bar for what follows ("妈妈走了之后…什么都不想做").
  p('distress', 'hopelessness', 0.3, /(?:妈|爸|奶奶|爷爷|外婆|外公|老公|老婆|孩子|父亲|母亲|家人)[^|]{0,3}(?:走了|去世|过世|不在了)(?:以后|之后)/),
  p('distress', 'isolation', 0.9, /没(?:有|得)?(?:一个)?朋友|一个(?:朋友|人)都没(?:有|得)?|没(?:有|得)?人(?:懂|理解|爱|要)我|没有人(?:在乎|在意|关心)/),
  p('distress', 'isolation', 0.8, /(?:以后|再也|都)?(?:不用|别|不要)再?管我了|谁(?:都|也)别管我/),
  p('distress', 'worthlessness', 0.8, /(?:我|自己)(?:好|很|真|太|就是)?(?:没用|失败|差劲|多余|垃圾)|(?:说|觉得)自己(?:没用|是个?废物|多余)/),
]
