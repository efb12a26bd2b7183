import type { Intent } from './types.js'

// The lexicon of the deterministic intent classifier, by concept. Patterns run on text from
// normalizeKeepSpaces: Simplified, lower case, punctuation turned into spaces, so Traditional
// and full-width input need no patterns of their own. Each concept lists the Mandarin words,
// Chongqing/Sichuan dialect forms, English words and pinyin initials people use for it.
//
// Weights: 3 a word that names the topic (党费, 组织关系), 2 a strong hint, 1-1.5 a weak hint.
// Within one `group` only the strongest rule counts, so synonyms do not add up.

export interface Rule {
  intent: Intent
  w: number
  re: RegExp
  /** Counts only if this also occurs somewhere in the text. */
  need?: RegExp
  /** Does not count if this occurs (企业注册 is a service, not an account). */
  unless?: RegExp
  group?: string
}

/** Words that make the text about a service center. */
export const CENTER_WORD = /服务中心|党群中心|党群服务|服务站|服务大厅|中心|\bcent(er|re)s?\b|\b(dq)?fwzx\b|\bdqzx\b|\bfu ?wu ?zhong ?xin\b/

/** Questions about a place itself: where, when open, how to reach, what it offers. */
const INFO_ASK =
  /在哪|哪里|哪儿|地址|位置|怎么走|怎么去|咋个去|电话|联系方式|几点|开门|关门|营业|办公时间|上班时间|开放|周[一二三四五六日末天]|星期|礼拜|晚上|夜间|夜里|节假日|有人|有什么|有哪些|有啥|没得|有没有|什么服务|哪些服务|\bwhere\b|\baddress\b|\bhours?\b|\bopen\b|\bphone\b|\bservices?\b|\blocation\b|\bhow to get\b/

/** Asking what the center can do for one: a weaker sign, since 中心 is also where things happen. */
const CAPABILITY_ASK = /可以|能不能|可不可以|能否|能办|能做|能帮|帮忙|预约|\bcan i\b|\bbook\b/

/** Services a center offers that are not another intent of their own. */
const CENTER_SERVICE =
  /代办|企业注册|工商注册|营业执照|法律咨询|法律援助|维权|招聘|场地预约|预约场地|活动场地|会议室预约|阅览室|夜校|接访|发泄室|借[^ ]{0,3}(会议室|场地|活动室|教室|房间|场所)|(会议室|场地|活动室)[^ ]{0,3}(借|租|预订|订|可以用|能用|能不能用|开放)|\bvenue\b|\blegal aid\b|\b(book|borrow|rent) (a|the) (room|hall|venue)\b/

const COMPANY_REGISTRATION = /(企业|公司|工商|个体户?|营业执照)(的)?(注册|登记)|注册(公司|企业|个体)|代办/

/** Low mood, stress, self-blame: a person who may want someone to talk to. */
const MOOD =
  /压力|睡不着|失眠|心情|情绪|难受|难过|崩溃|焦虑|抑郁|想哭|好累|太累|好烦|烦躁|缓不过|走不出|孤独|撑不住|扛不住|迷茫|空虚|心累|郁闷|憋屈|委屈|伤心|心烦|烦死|不开心|心里(头)?(不舒服|不好受|不安逸|堵|闷|乱|慌)|心头(烦|堵|闷|乱|慌|难受|不安逸)|遭不住|扛不下去|熬不住|(自己|我)[^ ]{0,3}(好|真|太|很)?(没用|废物|失败|一无是处)|什么都做不好|做什么都不[行对]|没人(可以说|说话|理解|关心|在乎|管)|\bemo\b|\bstress(ed)?\b|\banxi|\bdepress|\blonely\b|\bsad\b|\bcan'?t sleep\b|\bfeel(ing)?( \w+)? (down|low|blue|hopeless|awful|terrible|overwhelmed)\b|\bupset\b|\bunhappy\b|\bburn(ed|t)? ?out\b/

export const RULES: Rule[] = [
  // pay_dues
  { intent: 'pay_dues', w: 3, re: /党费|dang ?fei|\bdues\b|membership fees?|party fees?/, group: 'dues' },
  { intent: 'pay_dues', w: 1.5, re: /[交缴]费|缴纳|补[交缴]|代扣|缴费凭证|交钱|[交缴]多少|\bpay(ing|ment)?\b|\bdf\b/, group: 'dues' },
  { intent: 'pay_dues', w: 1, re: /党费[^ ]{0,8}[交缴付]|[交缴付][^ ]{0,3}党费|\bpay\b.{0,12}\bdues\b/ },

  // org_life
  {
    intent: 'org_life',
    w: 3,
    re: /组织生活|主题党日|党日|党员活动日|活动日|党课|党小组|支委会|党员大会|支部大会|三会一课|民主评议|\bshyk\b|\bzzsh\b|\bztdr\b|\bdrhd\b|\bdydh\b|\bzbdh\b|\bzwh\b|\bdang ?ke\b|\bzhu ?ti ?dang ?ri\b|\bzu ?zhi ?sheng ?huo\b|party (day|lesson|class)|branch meeting|organi[sz]ational life/,
    group: 'org',
  },
  // A gathering named by who holds it (支部活动, 党员会, 支部学习, branch activity): the branch's life.
  {
    intent: 'org_life',
    w: 2.5,
    re: /(支部|党支部|党小组|党员|党总支|联合支部|支委)(的)?(活动(?!室|中心|场地)|学习|会(?!计|费|员|议室)|集会|集中|聚会)|\bbranch (activit(y|ies)|study|gathering|session)s?\b|\bstudy sessions?\b/,
    group: 'org2',
  },
  // An activity at a time (这周五有活动没得, 今晚的活动): a branch event, not the center's rooms.
  {
    intent: 'org_life',
    w: 2,
    re: /活动(?!室|场地|中心|大厅)/,
    need: /今天|今晚|明天|后天|这周|本周|下周|这个?月|下个?月|周[一二三四五六日末天]|星期|礼拜|几号|哪天|几点|什么时候|啥时候|几时/,
    group: 'org2',
  },
  { intent: 'org_life', w: 2, re: /开会|会议|例会|学习会|集中学习|专题学习|过组织|党员活动(?!室)|换届|选举|民主生活会|志愿服务活动|\bmeetings?\b|\blessons?\b/, group: 'org2' },
  { intent: 'org_life', w: 1.5, re: /请假|参加不了|去不了|来不了|\bskip\b|\bmiss (the|a)\b/, need: /党日|党课|会|活动|学习|meeting|lesson/ },

  // center_info
  { intent: 'center_info', w: 1.5, re: CENTER_WORD, group: 'center' },
  { intent: 'center_info', w: 2.5, re: INFO_ASK, need: CENTER_WORD, group: 'center_ask' },
  { intent: 'center_info', w: 1.5, re: CAPABILITY_ASK, need: CENTER_WORD, group: 'center_ask' },
  { intent: 'center_info', w: 2, re: CENTER_SERVICE },
  // Opening hours are asked of a center even when it is not named (你们几点下班).
  { intent: 'center_info', w: 2, re: /几点(开门|关门|下班|上班)|开门|关门|营业时间|办公时间|opening hours|\bopen (today|now|on)\b/ },

  // transfer_membership
  { intent: 'transfer_membership', w: 2, re: /组织关系|党员关系|\bzzgx\b|\bzu ?zhi ?guan ?xi\b|党籍|\bmembership\b/, group: 'tm' },
  { intent: 'transfer_membership', w: 2.5, re: /转接|转出|转入|转移|迁入|迁出|介绍信|接收函|\btransfer(ring|red)?\b/, group: 'tm_move' },
  // Changing jobs and asking what happens to one's branch is a transfer.
  { intent: 'transfer_membership', w: 2.5, re: /换[^ ]{0,3}支部|支部[^ ]{0,3}(换|变)(?!届)|转支部|转到[^ ]{0,8}支部/, group: 'tm_move' },
  {
    intent: 'transfer_membership',
    w: 1.5,
    re: /跳槽|换工作|换单位|换了工作|离职|调动|调到|new job|chang(e|ing) jobs?|moving to/,
    need: /支部|组织|关系|党员|membership|branch|party/,
  },
  { intent: 'transfer_membership', w: 2.5, re: /(关系|zzgx)[^ ]{0,6}(转|迁)|(转|迁)[^ ]{0,4}关系|move my (party )?membership|membership.{0,10}\b(move|moving)\b/ },

  // register
  {
    intent: 'register',
    w: 3,
    re: /注册|绑定|绑(一下|个|上)|认证|实名|登记|报到|关联[^ ]{0,6}(身份|账号|帐号|信息|党员)|\bbind(ing)?\b|\bregister(ing|ation)?\b|sign ?up|\blink my\b|\bverify\b|\bonboard/,
    unless: COMPANY_REGISTRATION,
    group: 'reg',
  },
  { intent: 'register', w: 1, re: /账号|帐号|账户|身份信息|\baccount\b/ },
  // Activating one's use of the bot (新用户怎么开通, 激活): signing up by another word.
  { intent: 'register', w: 2, re: /开通|激活|新用户|首次使用|第一次用|\bactivate\b|\bnew user\b/, group: 'reg_new' },
  // Filling in one's own profile is part of signing up (个人信息在哪填, 完善资料).
  { intent: 'register', w: 2, re: /(填|完善|录入|提交|补充|更新)[^ ]{0,4}(信息|资料)|(个人|身份|党员)(信息|资料)[^ ]{0,4}(填|录|交|改)|\b(fill in|update) my (info|details|profile)\b/, group: 'reg' },

  // counseling: asking for a counselor, wanting to talk, distress; risk language weighs most
  { intent: 'counseling', w: 3, re: /心理|咨询师|辅导员|疏导|倾诉|\bxl(zx|sd|fd)\b|\bcounsel|\btherap(y|ist)\b|\bpsycholog/, group: 'cs' },
  {
    intent: 'counseling',
    w: 2,
    re: /聊聊|聊一下|聊下|聊哈|谈谈|谈一下|谈心|说说话|说哈话|找(个)?人(说|聊|谈|摆|倾诉)|摆龙门阵|龙门阵|摆(一)?哈|摆一下|吹哈|陪我|\btalk to (someone|somebody|anyone|anybody|a|an)\b|\b(someone|somebody|anyone|anybody)\b.{0,12}\btalk\b|\b(need|want) to talk\b/,
    group: 'cs_chat',
  },
  { intent: 'counseling', w: 2, re: MOOD, group: 'cs_mood' },
  // Distress plus a plea for help is a request for support, not for the bot's manual.
  { intent: 'counseling', w: 2, re: /需要帮助|需要帮忙|帮帮我|救救我|谁能帮|\bneed (some )?help\b|\bhelp me\b/, need: MOOD, group: 'cs_chat' },
  // Asking whether a counselor is there or can be booked is asking for one.
  { intent: 'counseling', w: 2, re: /(心理|咨询师|疏导|\bcounsel)[^ ]{0,8}(有人|值班|老师|在不在|预约|约|\bavailable\b|\bbook\b)/, group: 'cs_avail' },

  {
    intent: 'counseling',
    w: 5,
    re: /活着没意思|活着没有意思|活着好累|活着没劲|想不开|绝望|不想活|活不下去|活起太累|想死|去死|轻生|自杀|结束生命|了结自己|跳楼|想去跳了|\bsuicid|\bkill myself\b|\bend it all\b|\bwant to die\b|\bno reason to live\b/,
    group: 'cs',
  },

  // find_branch
  {
    intent: 'find_branch',
    w: 3,
    re: /哪(个|一个|一)?[^ ]{0,4}支部|什么支部|哪个党组织|哪个组织|支部是哪|支部(找|归)哪|归哪|属于[^ ]{0,6}哪|隶属|编在|分在哪|书记是谁|找(到|不到)?(党)?组织|党组织(在哪|是哪|是啥|是什么|归哪|的?负责人)|所在(的)?(党)?(组织|支部)|我(的|们)(党)?组织(?!关系|生活)|查[^ ]{0,4}(党)?组织(?!关系|生活)|(支部|党组织)(的)?(负责人|联系人)|书记是哪|书记叫|书记(的)?(电话|联系|手机|号码)|支部书记|我的支部|我们支部|所在支部|which (party )?branch|my branch|what branch|\bbelong|branch secretary|who is the secretary|in charge of (our|my|the) (party )?branch|\b(our|my) (party )?branch\b/,
    group: 'fb',
  },
  // Asking who a branch officer is (支书 = 支部书记): the branch's people.
  { intent: 'find_branch', w: 3.5, re: /(支书|组织委员|宣传委员|纪检委员|支委|党小组长|小组长)[^ ]{0,4}(是谁|是哪|叫|电话|联系|手机|号码|\bwho\b)/, group: 'fb' },
  { intent: 'find_branch', w: 2, re: /书记|支书|\bsecretary\b/, group: 'fb' },
  { intent: 'find_branch', w: 1, re: /支部|\bbranch\b|\bzhi ?bu\b/, group: 'fb' },
  { intent: 'find_branch', w: 3, re: /\bzhi ?bu ?shu ?ji\b|\bzhibu (shi )?(na|nage|shei|shui)\b/, group: 'fb' },

  // help
  {
    intent: 'help',
    w: 2.5,
    re: /你是谁|你叫什么|你是(不是)?(机器人|真人|人工|ai|谁)|\bare you (a )?(bot|human|robot|real person)\b|介绍一下你自己|\bwho are you\b|你能(做|干|帮)|(能|可以)帮(我|忙)?(做|干)?(点|些)?(什么|啥)|你(都|还)?(会|能)(做|干|帮)?(些|点)?(什么|啥|哪些)|(怎么|咋个?|如何)(问|提问|跟)你|(有)?(什么|啥|哪些)[^ ]{0,2}(可以|能)帮(我|你|您|忙)?|(你|您|机器人|助手|这个)[^ ]{0,3}(可以|能|会)(干|做|搞)(嘛|啥|什么|些啥)|(咋个|咋|怎样|如何)(使)?用|(什么|啥|哪些)[^ ]{0,3}(可以|能)问|(机器人|助手|这个|\bbot\b)[^ ]{0,2}(能|可以|会)(做|干|帮)|能帮我(做|干)?(什么|啥)|有(哪些|什么|啥)功能|功能(?!室)|菜单|怎么用|如何使用|使用说明|使用方法|教(我|一下)[^ ]{0,3}用|不(知道|晓得)(该|要|能)?(问|怎么用|咋个用)|(能|可以)问(你|您)?(些|哪些|什么|啥)|(不会|不懂|不晓得|不知道)(怎么|咋个?|啷个|如何)?(用|使用|操作)|用不来|新手指南|帮助|指令|命令|\bhelp\b|what can you do|what do you do|how (does|do) (this|it|you)( \w+)? work|what can i ask|\bmenu\b|\bcommands?\b|how (do i|to) use/,
    group: 'help',
  },

  // greeting: counted only when nothing else is asked
  { intent: 'greeting', w: 1, re: /^早(啊|呀|哦)?$|你好|您好|在吗|在不在|早上好|早安|上午好|中午好|下午好|晚上好|晚安|哈喽|哈罗|哈啰|嗨|嘿|大家好|(老师|同志|书记|领导|各位|师傅|助手|管理员|工作人员|你们)(们)?好|\bhello\b|\bhi\b|\bhey\b|good (morning|afternoon|evening)|^(morning|evening)\b|谢谢|谢了|多谢|感谢|辛苦了|再见|拜拜|^(好的|好|收到|知道了|明白了?|了解|懂了|嗯+|ok|okay|👌)$|\bthanks?\b|\bthank you\b|\bbye\b|\bgood ?night\b/ },

  // other, said out loud: complaints go to a person, writing and chit-chat are off-topic
  { intent: 'other', w: 6, re: /投诉|举报|告状|\bcomplain/ },
  // Complaining about how one was served (态度太差, 办事效率低) also goes to a person.
  { intent: 'other', w: 6, re: /(态度|服务|效率|办事)[^ ]{0,3}(太|好|很|真|特别|极|非常)?(差|恶劣|不好|不行|低|慢|敷衍)|差评|不满意|太不像话|\brude\b|\bterrible service\b/ },
  { intent: 'other', w: 6, re: /帮我写|帮忙写|写一(篇|份|个)|代写|起草|\bwrite (me )?(a|an)\b/ },
  { intent: 'other', w: 5, re: /笑话|段子|\bjokes?\b/ },
  { intent: 'other', w: 2, re: /天气|下雨|下雪|气温|几度|\bweather\b/ },
]

/** Marks the rest of a sentence as a side question (顺便问下…): its words weigh half. */
export const SIDE_QUESTION = /顺便|另外|还有个问题|再问|(^| )(还有|以及|再就是|还想问)|\bby the way\b|\bbtw\b|\balso\b/

/**
 * A clause that states something already done (组织关系已经转过来了): background to the
 * question, not the question. Its words weigh half.
 */
export const DONE_CLAUSE = /(已经|早就|早已|都已|已)[^ ]*了$/

/** A clause that asks: a question word, or a question particle at its end (上班不, 开门吗). */
export const QUESTION_CLAUSE =
  /(吗|么|呢|不|没|没有|没得|否)$|几点|几号|几时|哪|什么|啥|谁|多少|怎么|怎样|咋|啷个|是否|能不能|可不可以|有没有/
