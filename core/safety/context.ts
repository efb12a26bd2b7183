/*
 * Context around a match: whose words they are (reported speech), whether they are denied,
 * whether the message is a joke, and whether they hide inside a routine service question.
 */

/** A third party doing the saying: "我朋友说", "同事跟我讲", "my friend said". */
const ZH_REPORT =
  /(?:朋友|同事|室友|工友|同学|舍友|哥|姐|弟|妹|老公|老婆|丈夫|妻子|儿子|女儿|孩子|爸|妈|邻居|师傅|徒弟|班长|他|她|有个人|听别人|来访者|患者|病人|听众)[^|我]{0,6}(?:说|讲|告诉我|跟我说|跟我讲|发消息说|发朋友圈说|在群里说|留言说|一直念叨)/g
const EN_REPORT =
  /\b(?:friend|coworker|co worker|colleague|brother|sister|roommate|mom|mother|dad|father|wife|husband|son|daughter|neighbor|neighbour|cousin|he|she|they)\b[^|]{0,24}\b(?:said|says|told me|texted|posted|keeps saying|messaged)\b/g

/**
 * True when a reporting frame precedes `index` and the speaker of the match is not the writer:
 * no first-person word between the frame and the match.
 */
export function isReported(view: string, index: number, lang: 'zh' | 'en'): boolean {
  const re = lang === 'zh' ? ZH_REPORT : EN_REPORT
  re.lastIndex = 0
  let m: RegExpExecArray | null
  let lastEnd = -1
  while ((m = re.exec(view)) !== null && m.index < index) lastEnd = m.index + m[0].length
  if (lastEnd < 0 || index - lastEnd > 40) return false
  const between = view.slice(lastEnd, index)
  return lang === 'zh' ? !/我(?!们)/.test(between) : !/\b(?:i|im|me|my|myself)\b/.test(between)
}

// "是不是 / 会不会" ask a question; they do not deny.
const ZH_NEG = /(?:(?<!是)不是|没有|没|并不|并没有|从不|从没|从来没有?|(?<!会)不会|绝不|才不)(?:真的?)?(?:想过?|要|打算|会)?(?:去)?$/
const EN_NEG = /\b(?:not|never|dont|do not|wont|would never|am not|im not|no longer)(?: (?:really|actually|going to|gonna|want to|planning to|thinking about|thinking of))?\s*$/

/** A denial right before the match in the same clause ("我不是想自杀", "I'm not suicidal"). */
export function isNegated(view: string, index: number, lang: 'zh' | 'en'): boolean {
  const start = Math.max(0, index - (lang === 'zh' ? 8 : 40))
  let before = view.slice(start, index)
  const cut = before.lastIndexOf('|')
  if (cut >= 0) before = before.slice(cut + 1)
  return lang === 'zh' ? ZH_NEG.test(before) : EN_NEG.test(before)
}

/** The writer says it is not a joke ("不是开玩笑", "but seriously", "doesn't feel like a joke"). */
export function isSincere(zh: string, en: string): boolean {
  return /(?:不是|没|没有)(?:在)?(?:开玩笑|说笑)|不是说着玩|认真的|说真的|不是梗|不是段子|不是玩笑|不是夸张|不是形容|不是说说|字面意思|这次不是/.test(zh) ||
    /\bnot (?:joking|kidding|a joke|a meme)\b|\bim serious\b|\bno joke\b|\b(?:doesnt|dont|didnt|does not) feel like (?:a )?joke\b|\bbut seriously\b|\bnot (?:really )?funny anymore\b/.test(en)
}

/** The writer frames the message as a joke — unless they say it is not one. */
export function isJoking(zh: string, en: string): boolean {
  if (isSincere(zh, en)) return false
  return /开玩笑|开个玩笑|哈哈|hhh|嘿嘿|说着玩|逗你|玩笑话|笑死|笑不活|笑疯|狗头/.test(zh) || /\b(?:lol|lmao|rofl|haha\w*|jk|just kidding|obviously joking|xswl)\b/.test(en)
}

/** A parenthesis taking it back: "我不活了（不是）", "（指今天不学习了）" — on the raw text, where brackets survive. */
export function isTakenBack(raw: string): boolean {
  return /[（(](?:不是|bushi|误|划掉|指)|(?:——|--|—)\s*(?:指|说的是|我是说)/.test(raw)
}

/** A routine service question carrying the distress ("党费在哪交？反正我也不想活了"). */
export function isBuried(zh: string, en: string): boolean {
  return /会费|党费|交费|缴费|报名|手续|在哪|哪里|几点|怎么办理|怎么申请|请问|补助|服务站|组织生活/.test(zh) ||
    /\b(?:dues|where (?:do|can) i|how do i (?:pay|register|sign up)|office hours|register)\b/.test(en)
}

/** "当…的时候 / 有时候 / 总" make a place or time habitual, not happening now. */
export function isHabitual(zh: string, en: string): boolean {
  const habitual = /的时候|有时候|有时|常常|经常|总是|总想|每次|每当|一到/.test(zh) || /\b(?:sometimes|every time|whenever|often|always)\b/.test(en)
  const now = /现在|此刻|正在|已经在/.test(zh) || /\bright now\b/.test(en)
  return habitual && !now
}

/** A survey or questionnaire item is being quoted or discussed ("问卷第7题", "Q12 about self-harm"). */
export function isSurvey(zh: string, en: string): boolean {
  return /问卷|调查|第\d+题/.test(zh) || /\b(?:survey|questionnaire|q\d+)\b/.test(en)
}

/**
 * Death as a subject rather than a wish: a prevention lecture or poster, a question about what a
 * slang word means, a story in a novel, a film or the news. Only a frame: the assessor still
 * flags when the writer also speaks of their own distress or wishes.
 */
export function isTopicFrame(zh: string, en: string): boolean {
  return isSurvey(zh, en) ||
    /讲座|培训|宣传|海报|课件|识别[^|]{0,6}(?:信号|迹象)|危险信号|(?:心理)?干预|预防|防止|防自杀|心理健康|志愿者|(?:如果|要是|假如|万一)(?:我|有人|有(?:职工|会员|同事|工友))[^|]{0,4}(?:跟你|对你|给你)?(?:说|讲|发)|你会(?:不会|怎么|通知谁|报警)|安全机制|(?:是|指|指的是|代表)什么意思|为什么[^|]{0,8}(?:说成|叫|都说)|这个词|黑话|小说|电视剧|剧里|电影|剧本杀|密室|道具|演练|演习|角色扮演|话剧|台词|演一个|角色|主角|男主|女主|作者|编剧|新闻|报道|民警|消防|急诊|抢救|护士/.test(zh) ||
    /\b(?:hypothetically|if (?:someone|somebody|a user|i) (?:typed|types|said|says|told)|what (?:happens|would you do) if|lecture|training|workshop|poster|campaign|awareness|prevention|question(?: \d+)?|what does \w+ mean|literally means|meaning of|translates? (?:to|as)|why do (?:people|they)|the word|slang|novel|movie|film|episode|series|character|author|news|article|documentary|paramedic|nurse)\b/.test(en)
}

/**
 * People whose work is crises: a counselor's supervision, HR's protocol, a first-aid course. In
 * this frame the bare topic nouns (自杀, 自伤, suicide, self-harm) are the subject of the work, not
 * the writer's wish; everything else the writer says still counts (see assess.ts).
 */
export function isProfessionalFrame(zh: string, en: string): boolean {
  return /督导|(?<![那这哪一])个案(?!子)|案例|结案|来访者|守门人|课程|培训|员工手册|处置流程|心理专员|转介|危机干预|热线|干预|防治|预防|统计|报表|意念的|风险评估/.test(zh) ||
    /\b(?:postvention|protocol|module|course|trainer|training|certified|certification|first aid|eap|referrals?|case ?load|clients?|supervision|gatekeeper|prevention|screening|risk assessment|hotline|newsletter|policy)\b/.test(en)
}
/** The bare topic nouns the professional frame sets aside. */
export const TOPIC_NOUN = /^(?:自杀|自伤|自残|轻生|自杀意念|自杀风险|自伤自杀|suicid\w*|self ?harm(?:ing)?|suicide risk)$/

/** The writer speaks of their own wish ("我也想", "I want to"): a topic frame does not cover it. */
export function speaksOwnWish(zh: string, en: string): boolean {
  return /(?:我|自己)[^|]{0,3}(?:也|真|好|就|还|都)?(?:想|要)[^|]{0,2}(?:死|跳|走了|自杀|结束|离开|消失|解脱|像|跟着|一样|不活)|(?:我|自己)[^|]{0,6}(?:愿望|希望|想死|不想活)|(?:时间|地点|日子)[^|]{0,4}(?:定好|选好|想好)/.test(zh) ||
    /\bi (?:also |too |really |just )?(?:want|wanna|wish)(?: to)? (?:die|jump|end|disappear|do the same|be dead|join|not wake|not be here)|\bme too\b|\bsame here\b/.test(en)
}

/**
 * The trouble is told as over: a benign result, "好多了", a scare that passed. Distress words in
 * such a story weigh half; ideation, acts and farewells are not affected.
 */
export function isResolved(zh: string, en: string): boolean {
  return /好多了|好些了|已经好了|很稳定|稳定(?:很多|多了|下来)|没事了|都过去了|缓过来了|恢复得(?:很|挺)?好|虚惊一场|良性|戏多|撑住|就放假|下次还|现在已经能|现在好了|走出来了/.test(zh) ||
    /\b(?:feel(?:ing)? (?:much )?better (?:now|today)|all good now|im (?:ok|okay|fine) now|got through it|better now)\b/.test(en)
}
