/*
 * Hard-negative masks, applied to the normalized views BEFORE any lexicon pattern runs.
 * Each mask replaces an idiom or hyperbole that merely contains a death or jump word
 * ("累死了", "跳槽", "killing it") with '#', so the lexicon never sees it. A mask must be
 * narrow: masking real distress is worse than a false alarm.
 */

/** Characters after which 死 is an intensifier ("累死了" = very tired), never a wish. */
const INTENSIFIED =
  '(?:累|笑|烦|饿|热|冷|气|吓|辣|哭|困|忙|疼|急|撑|渴|灌|凶|晒|冻|考|喝|跑|练|背|美|爽|帅|香|甜|酸|咸|臭|丑|懒|闷|穷|馋|痒|吵|挤|堵|难看|好看|好吃|无聊|尴尬|丢人|羞|麻烦|紧张|担心|开心|高兴|感动|后悔|心疼|乐|蠢|笨|慢|卡|晕|跑)'
/** Mundane causes in "X得(我)想死": the computer, the heat — a complaint, not a wish. */
const MUNDANE_CAUSE = '(?:卡|慢|热|冷|吵|烦|累|饿|困|忙|气|闷|痒|晒|挤|堵|无聊|尴尬|丢人|羞|辣|撑|笑|馋|急)'

export const ZH_MASKS: readonly RegExp[] = [
  // 死 as an intensifier: 累死了, 笑死我了, 热得要死, 吓个半死, 想死你了
  new RegExp(`${INTENSIFIED}(?:得要|得快要|得)?死(?:了|我了|人了|我|人|啦|掉了|个人|你了|你们了|您了)?`, 'g'),
  new RegExp(`${MUNDANE_CAUSE}得(?:我|人)?(?:想死|要死|快死|半死)`, 'g'),
  /(?:开会|开|上课|上|加班|加|讲|听)(?:会|课|班)?(?:得|到)(?:我|人)?(?:想死|要死|快死)/g,
  /(?:吓|累|气|疼|笑|忙)个半死|想死(?:你|您|你们|他|她|大家)(?:了|啦)?|(?:你|他|她|你们|他们)去死|去死吧你/g,
  // 死 / 杀 in tech, work, games and set phrases
  /死机|死循环|死锁|死线|死板|死心眼|死心塌地|死党|死忠|死角|死磕|死活|死记硬背|该死的|找死|作死|死定了|死宅|死皮赖脸|死胡同|死对头|生死时速|拼命三郎|拼命|(?:干|做|工作|奋斗|学|活)到(?:老|死)[^|]{0,6}(?:为止|不退|才退)?|要命|要人命|要了(?:我的|老)?命|跑死人|累成狗|半死不活|死去活来|杀青|杀毒|杀价|砍价|秒杀|剧本杀|狼人杀|杀手锏|杀时间|杀菌|杀虫|抢杀|我要杀了(?:这个|那个)|杀了(?:这个|那个)/g,
  // 跳 that is not a jump to death: job hopping, dance, prices, sport, UI, heart rate, transfers
  /跳伞[^]{0,20}跳下(?:来|去)|冬泳|跳下去游|跳(?:下)?(?:水|江|河)(?:里)?游泳|跳槽|跳舞|跳楼价|跳楼大甩卖|跳绳|跳蚤|跳过|跳转|心跳|跳高|跳远|跳水比赛|跳伞|蹦跳|跳闸|眼皮跳|跳广场舞|跳操|跳皮筋|跳房子|跳级|跳票|跳一跳|跳出舒适圈|跳到(?:另一家|别的|其他|新)|跳楼机|坝坝舞|(?:要|去)?跳了?[^]{0,6}(?:坝坝舞|广场舞|跳舞)|跳(?:江|河|水|海|下去)救人|跳去(?:别的|另一家|[^|]{0,6}公司)|活蹦乱跳|吓一跳|吓了一跳|跳跳糖|跳动/g,
  // 割 / 药 in farming, finance, household
  /割草|割麦|割稻|收割|割韭菜|切割|割肉|割包皮|割双眼皮|药店|药房|开药|拿药|买药给|退烧药|感冒药|吃药了吗|中药|农药残留|农药店/g,
  // Relief that has already come: "终于解脱了" after a shift change; a project "一了百了地" done
  /(?:终于|总算|总算是)[^|]{0,3}解脱了|一了百了地|一了百了的/g,
  // Suicide as a topic: prevention days, training, hotlines, news, fiction
  /(?:预防|防止|干预|防范)[^|]{0,2}(?:自杀|轻生)|(?:自杀|轻生)(?:预防|干预|热线)|世界预防自杀日/g,
  /(?:剧本|角色|游戏|电影|电视剧|小说|剧里|戏里|演的)[^|]{0,10}(?:跳崖|跳楼|跳江|跳河|跳海|死了|自杀|自尽|服毒|上吊|投江)/g,
  // A story told across clauses: "剧里女主…，然后自己跳江了"
  /(?:剧里|戏里|电影里|小说里|书里|游戏里|动漫里|女主|男主|男二|女二|男配|女配|主角|主人公|反派|凶手|侦探|剧情|剧本杀|那部剧|这部剧)[^]{0,24}(?:跳崖|跳楼|跳江|跳河|跳海|自杀|自尽|服毒|上吊|投江|托付)/g,
  // The hero at the edge of a rooftop, in the book (no 我 in between).
  /(?:小说|剧里|戏里|电影里|书里|游戏里|主角|男主|女主|主人公)(?:(?!我)[^]){0,12}(?:站在|坐在|爬上)?(?:天台|楼顶|桥|崖|江)边上?/g,
  // Someone else's death handled by the writer: 给奶奶办完后事, 整理我爸的遗物
  /(?:爸|妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|亲戚|岳父|岳母|公公|婆婆|舅舅|叔叔|阿姨|伯伯|师傅|老伴)(?:(?!我的?后事)[^]){0,12}(?:后事|遗物|遗嘱|遗产)|(?:给|帮|替|为)[^|]{0,8}(?:办|处理|料理|操办)(?:完|好|了)?[^|]{0,2}后事/g,
  // (Not when the writer envies them: "看到有人跳下去，我居然羡慕" is the writer's wish, see lexicon-worth.ts.)
  /(?:有人|听说|新闻|报道|隔壁|别人|邻居家)[^|]{0,12}(?:跳楼|跳江|跳河|跳海|跳下去|自杀|轻生)(?![^]{0,24}羡慕(?!死))/g,
  // History and legend: 屈原投江, a story's hero who 自刎; a martyr's last letter; a past death told as an event
  /(?:烈士|先烈|英烈|江姐|江竹筠|赵一曼|夏明翰)[^]{0,12}(?:遗书|最后一封信|绝笔)|一了百了[^]{0,8}(?:重装|重启|删了|卸载)|遗书[^]{0,6}烈士|(?:和|跟|与)(?:这个|那个)(?:破)?(?:项目|方案|电脑|笔记本|手机|报表|系统|工位|出租屋)[^|]{0,2}(?:说)?(?:永别|再见|拜拜)|(?:大家|全组|全部门|全公司|我们)一起(?:去)?[“\"「]?(?:跳楼|跳江|跳河|跳嘉陵江|跳长江|去死)|(?:走了|去世了?|没了)\|?(?:说是|据说|听说是?)(?:自杀|跳楼|跳河|跳江)|(?:员工|同事|工友|学生|小伙子|姑娘|男孩|女孩|人)[^|]{0,4}(?:跳楼|跳河|跳江|自杀)的(?:事|新闻|消息)/g,
  // A drill or a play: the part of the person on the roof
  /演(?:那个|一个)?[^|]{0,6}(?:站在|坐在)?[^|]{0,4}(?:楼顶|天台|桥)边上?的(?:人|角色)/g,
  /(?:屈原|历史|课上|课文|故事|传说|古人|古代)[^|]{0,8}(?:投江|投河|自尽|自刎|殉)/g,
  // Thrill sports and puzzle rage: 蹦极跳下去, 难到我想撞墙
  /蹦极[^]{0,20}跳下去|跳下去[^]{0,10}蹦极|跳伞[^]{0,20}跳下(?:来|去)|蹦极[^|]{0,3}(?:跳下去|跳)?|(?:到|得)(?:我|人)?想撞墙|(?:到|得)撞(?:上|到)?墙/g,
  // A degree, not a wish: 辣到我想死, 卡得要死 — unless the cause is a feeling or a person (逼到想死).
  /(?<!痛苦|难受|绝望|伤心|难过|崩溃|孤独|委屈|自卑|压抑|抑郁|焦虑|煎熬|折磨|逼|骂|欺负|打|恨|痛|苦|累|烦|emo)(?:到|(?<![觉记懂晓显使值舍免只总怪省认])得)(?:我|人)?(?:想死|要死|快死)/g,
  // A simile: 写得跟遗书一样
  /(?:跟|像|和|如同)遗书一样|像(?:是|在)?(?:写)?遗书/g,
  // Moved, not distressed: "好听到想哭", "感动得想哭"
  /(?:感动的|被感动的?)想哭|想哭[^|]{0,4}(?:感动|幸福)|(?:好听|好看|感动|好吃|美|帅|开心|激动|幸福|高兴|香|好笑|可爱|暖)(?:得|到)(?:我)?想哭/g,
  // Job moves to a named place: 跳到隔壁公司
  /跳到[^|]{0,6}(?:公司|厂|单位|部门|岗位)/g,
  // Charcoal for food or air, blades in servers, rope for laundry: household objects, not means
  /(?:烧烤|烤肉|火锅|竹炭|活性炭|木炭烧烤)炭?|炭(?:烤|火|包|笔|烧烤)|刀片(?:服务器|机|式)|晾衣绳|晾[^|]{0,6}绳|绳[^|]{0,6}晾/g,
  // "遭不住 / 受不了" the sun, the traffic, the spice: a complaint about weather or food
  /(?:太阳|天气|气温|高温|堵车|塞车|辣|晒|下雨|蚊子|噪音|排队|火锅)[^]{0,10}(?:遭不住|受不了)|(?:遭不住|受不了)[^]{0,10}(?:太阳|天气|气温|高温|堵车|塞车|辣|晒|下雨|蚊子|噪音|排队)/g,
  /(?:热|冷|晒|辣)(?:得|到)(?:我|人)?(?:遭不住|受不了)/g,
  // A thing "dying": phones, batteries, plants
  /(?:手机|电脑|电池|电量|车|机器|打印机|系统|网速?|空调|花|鱼|植物|游戏)[^|]{0,8}(?:要|快)死了/g,
  // Someone else's crying baby
  /(?:宝宝|孩子|小孩|娃娃?|婴儿|儿子|女儿)[^|]{0,6}哭/g,
  // Laughing "to death" (笑不活了) and a farewell to a thing (永别了我的头发): never a person's goodbye.
  /笑(?:得|到)?(?:我)?不活了|(?:永别了?|再见了?|别了)[|，,~～！!]?(?:我的|我那)(?!家|亲人|爸|妈|父|母|孩子|儿子|女儿|老婆|老公|朋友|兄弟|姐妹|人生|生命|世界|大家|所有人|同事|工友)/g,
  // 得要死 is a degree (凶得要死, 倒时差倒得要死); 要死不活 a mood; a weekend of "disappearing" is a trip.
  /得要死了?|要死不活|要死了要死了|要死要死|想消失[^]{0,10}(?:去|到)[^|]{0,6}(?:耍|玩|旅游|旅行|露营|爬山|看海)/g,
  // A task finished "一了百了"
  /(?:终于|总算|交了|做完|搞定|完成|写完|弄完)[^]{0,8}一了百了/g,
]

export const EN_MASKS: readonly RegExp[] = [
  /\b(?:this|my|the) (?:job|work|shift|commute|heat|boss|meeting|class|course|project|traffic|wait|pain in my back)\b[^|]{0,12}\bkill(?:ing|s)? me\b/g,
  /\bkill(?:ing|ed)? (?:the |a |that |this |all |my )?(?:process(?:es)?|task|app|program|job|tab|server|container|session|time|lights|engine|music|bug|mood|vibe|battery)\b/g,
  /\bkill(?:ed|ing) it\b|\bkiller\b|\bwould kill for\b|\bkill two birds\b|\bdressed to kill\b/g,
  /\bdying (?:to|for)\b|\b(?:die|died|dying|dead) (?:of|from) (?:boredom|laughter|laughing|embarrassment|shame|cuteness|curiosity|envy)\b|\bto die for\b/g,
  /\bdead (?:tired|serious|set|end|in the water|battery|last|center|wrong|heat|weight|lines?)\b|\bdeadlines?\b|\b(?:phone|battery|laptop|car|line|server) (?:is |was |went )?dead\b|\bdrop dead\b|\bover my dead body\b|\b(?:youre|ur|you are|im|i am) dead(?: lol| lmao)\b|\byoure dead\b/g,
  /\bsuicide (?:prevention|awareness|hotline|squad)\b|\bpreventing suicide\b/g,
  // Goodbye to a thing: "final goodbye to my old MacBook"
  /\b(?:final |last )?goodbye to (?:my|the|our) (?:old )?(?!life|world|family|friends|wife|husband|kids|mom|mum|dad|parents|son|daughter)\w+/g,
  // A story: "the film ended with him jumping off the bridge"
  /\b(?:film|movie|show|episode|novel|book|character|series|drama|anime|season finale)\b[^]{0,40}\b(?:jump\w*|suicide|kill(?:s|ed)? (?:himself|herself|themselves)|die[sd]?)\b/g,
  /\boverdos(?:ed|ing|e) on (?!(?:my |the |some |all (?:my )?|a )?(?:pills|meds|medication|medicine|sleeping|tablets|insulin|painkillers|antidepressants|drugs|heroin|fentanyl|opioids|paracetamol|tylenol))/g,
  /\b(?:battery|phone|laptop)\b[^|]{0,24}\b(?:gonna |going to |about to )?(?:die|dying|dead)\b|\bunalive (?:my|the|this|that|our) (?!self|life)\w+/g,
  /\bdie hard\b|\bbored to death\b|\bscared to death\b|\bsick to death\b|\bworked to death\b/g,
]

/**
 * Hyperbole that people also use sincerely — and then say so ("想死的心都有了，这次不是夸张"):
 * masked only when the writer does not say they mean it (assess.ts checks isSincere first).
 */
export const ZH_HYPERBOLE_MASKS: readonly RegExp[] = [/想死的心都有了?/g]

export function applyMasks(view: string, masks: readonly RegExp[]): string {
  let out = view
  for (const re of masks) {
    re.lastIndex = 0
    out = out.replace(re, '#')
  }
  return out
}
