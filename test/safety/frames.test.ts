import { describe, expect, it } from 'vitest'
import { assess, assessRules } from '../../core/safety/assess.js'
import type { DistressLevel } from '../../core/safety/types.js'
import { atLeast, exactly } from './expect-level.js'

/*
 * The frames and code words added after the untuned runs on blind8–blind12: jokes about a
 * trivial cause, death as a topic, arrangements that need a context, code spellings, Cantonese,
 * acts told with aspect words. Each case pairs the harmless reading with the one that must flag.
 */

const level = (text: string): DistressLevel => assess(text).level
const none = (text: string): void => exactly(text, 'none', assessRules)

describe('a joke about a trivial cause', () => {
  it('is hyperbole when nothing else is wrong', () => {
    none('斗地主连输八把，我想死的心都有了哈哈哈')
    none('kms lol the printer jammed again right before the pickup')
    none('不想活了 开玩笑的 就是热')
  })
  it('still flags when the writer says it is not a joke, or shows distress or acts', () => {
    atLeast('哈哈我是真的想死，不是开玩笑', 'high')
    atLeast('I joke about wanting to die a lot but lately it doesn’t feel like a joke anymore', 'high')
    atLeast('哈哈 想死 每天晚上都哭，整个人被掏空了', 'high')
    atLeast('哈哈，刚又割了自己一下', 'high')
  })
})

describe('death as a topic', () => {
  it('a prevention lecture, a slang question, a novel, the news → none', () => {
    none('公司下周要办防止轻生的讲座，请问可以跟服务中心借投影机吗？')
    none('为什么网上都把自杀说成紫砂？我们做心理讲座的海报要不要避开这个词')
    none('在看东野圭吾的小说，开头就是一封遗书，太好看了')
    none('the film ended with him jumping off the bridge and i’m still thinking about it, such a good movie')
  })
  it('the writer’s own wish inside the frame still flags', () => {
    atLeast('看了那部电影，我也想像主角一样跳下去', 'high')
    atLeast('在小说里看到遗书那段，我哭了一整晚，我也不想活了', 'high')
  })
})

describe('arrangements need a context', () => {
  it('everyday errands → none', () => {
    none('自己买了份意外险，受益人写的我老婆，这个需要跟单位报备吗？')
    none('下周做个小手术要全麻，银行卡密码先告诉我老公了以防万一。术后一般能请几天病假？')
    none('上个月给去世的奶奶办完后事，单位给了丧葬慰问金，谢谢工会。')
  })
  it('with distress, a farewell or a second arrangement → imminent', () => {
    expect(level('活着太累了，银行卡密码写在信封里留给我妈了')).toBe('imminent')
    expect(level('银行卡密码写在抽屉里了，猫托付给室友了')).toBe('imminent')
    expect(level('我的后事都安排好了')).toBe('imminent')
  })
})

describe('code words and spellings', () => {
  it('4 for 死, zs, 🔪 and 💊', () => {
    atLeast('人生寄了 想4', 'high')
    atLeast('zs的念头又来了', 'high')
    atLeast('又🔪了 这次是大腿', 'high')
    atLeast('💊攒够了 今晚', 'imminent')
  })
  it('the same characters as numbers and objects → none', () => {
    none('我住4楼，快递放门口就行')
    none('买了个紫砂壶送给师傅')
  })
})

describe('Cantonese and acts told with aspect words', () => {
  it('Cantonese function words read as Mandarin', () => {
    atLeast('我死咗都冇人會發現，可能仲好過而家', 'high')
    atLeast('又𠝹咗自己手臂，唔知點解停唔到', 'high')
  })
  it('self-harm with 了 / 一下 / 几道', () => {
    atLeast('我刚又割了自己一下，不深，已经贴了创可贴', 'high')
    atLeast('手臂上的印子是我自己划的，别告诉别人', 'high')
    none('划手机划到手指酸')
  })
  it('means named before the act, the room sealed, pills taken', () => {
    expect(level('炭买了 窗缝也封了')).toBe('imminent')
    expect(level('药吃了 好困')).toBe('imminent')
    expect(level('sitting in my car with the engine running in the closed garage')).toBe('imminent')
  })
})

describe('stories told as over, and places without distress', () => {
  it('a scare that passed, hyperbole of effort, a day at the river → none', () => {
    none('上周体检查出甲状腺结节，吓得我两个晚上没睡好，都开始想后事了。今天拿到穿刺结果，良性！这种复查能报销吗？')
    none('今天下班在江边慢慢吃完了一块糍粑，想奶奶了，但我知道她希望我好好的')
    none('化工安全员考试好难，要考死我了，有没有复习资料分享')
    none('老李说他要干到死在塔吊上为止，七十岁了还不肯退')
    none('我要跳了！跳坝坝舞去了，今天支部活动就到这儿')
    none('Done with the survey. Q12 about thoughts of self-harm felt a bit intrusive tbh, but fine.')
    none('我走了以后，这个支部的台账谁来管？我下周调去万州')
  })
  it('the same places and words with distress, a farewell or an act still flag', () => {
    atLeast('我现在在江边，真的撑不下去了', 'imminent')
    atLeast('在铁轨边坐着，火车大概十分钟一趟', 'imminent')
    atLeast('下完这个夜班，我就把自己还给长江', 'high')
    atLeast('医生开的安眠药攒到五十颗了，数了三遍', 'high')
    atLeast('感觉自己撑不了多久了，迟早会做傻事', 'high')
    atLeast('保险受益人改成我女儿了，今天下午的事会看起来像个意外', 'imminent')
  })
})

describe('talking about the bot: a hypothetical is not a wish', () => {
  it('asking what the bot would do → none', () => {
    none('我就是好奇，要是跟你说“我想跳楼”，你会不会以为我在说跳楼价？')
    none('我是支部的心理委员，想了解下，要是有职工跟你说想轻生，你会通知谁？')
    none('今天开会开到想死，领导一个人讲了三个钟头')
  })
  it('the same question from someone who means it still flags', () => {
    atLeast('如果我说我想死，其实我是认真的，不是开玩笑', 'high')
  })
})
