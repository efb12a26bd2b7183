import { describe, expect, it } from 'vitest'
import { assess } from '../../core/safety/assess.js'
import { DistressAssessment, LEVEL_RANK } from '../../core/safety/types.js'
import { atLeast, exactly } from './expect-level.js'


describe('assess: the canonical case', () => {
  it('catches the young worker’s post at least as high', () => {
    atLeast('想去跳了，活起太累', 'high')
    expect(assess('想去跳了，活起太累').reasons).toContain('dialect')
  })
})

describe('assess: categories', () => {
  it('explicit ideation → high', () => {
    for (const t of ['我真的一点都不想活了', '最近老是想自杀', '干脆死了算了，反正没人在乎']) atLeast(t, 'high')
  })
  it('self-harm → high', () => {
    for (const t of ['昨晚又拿小刀划手了', '我控制不住想伤害自己']) atLeast(t, 'high')
  })
  it('plan, means, time, farewell → imminent', () => {
    exactly('炭和胶带都买好了，今晚就在出租屋里', 'imminent')
    exactly('遗书写在手机备忘录里了', 'imminent')
    exactly('我现在坐在楼顶边上，腿悬在外面', 'imminent')
    exactly('谢谢大家这些年的照顾，我今晚就走了，别找我', 'imminent')
    exactly('I have a bottle of sleeping pills ready and tonight is the night', 'imminent')
  })
  it('Traditional Chinese is normalized first', () => {
    atLeast('我真的不想活下去了，沒有人會在乎', 'high')
    atLeast('最近壓力太大，每天晚上都睡不著，快崩潰了', 'concern')
  })
  it('English', () => {
    atLeast('honestly I just want to die', 'high')
    atLeast('I think about killing myself most nights', 'high')
    atLeast('I feel hopeless and I cannot cope anymore', 'concern')
  })
  it('Chongqing / Sichuan dialect', () => {
    atLeast('活起太累了，硬是遭不住了', 'concern')
    atLeast('老子不想活了', 'high')
    atLeast('遭不住了', 'concern')
  })
  it('euphemisms', () => {
    for (const t of ['好想就这样解脱', '真想一了百了', '希望睡着以后不要醒来', '想去另一个世界看看妈妈', '是时候结束这一切了', '想永远睡过去']) {
      atLeast(t, 'high')
    }
  })
  it('pinyin', () => {
    atLeast('buxianghuole', 'high')
    atLeast('wo xiang zisha', 'high')
    atLeast('you qingsheng de xiangfa', 'high')
    expect(assess('buxianghuole').reasons).toContain('pinyin')
  })
  it('emoji in context, but a crying face alone is not enough', () => {
    atLeast('活着没意思 🔪', 'high')
    atLeast('好累，不想撑了 💊💊', 'high')
    exactly('😭', 'none')
    exactly('今天切菜切到手了🔪，创可贴在哪领', 'none')
  })
  it('distress buried in a routine question', () => {
    atLeast('党费在哪交？反正我也不想活了', 'high')
    expect(assess('党费在哪交？反正我也不想活了').reasons).toContain('buried')
    atLeast('组织生活几点？我最近每天都想哭，晚上也睡不着', 'concern')
  })
  it('distress without self-harm → concern', () => {
    exactly('我觉得好绝望，看不到任何希望', 'concern')
    exactly('一个人在外地，好孤独，每天都失眠', 'concern')
  })
})

describe('assess: hard negatives → none', () => {
  const negatives = [
    '累死了，今天搬了一天货', '笑死，主管把PPT放反了', '烦死了，打印机又卡纸', '饿死了，食堂几点开门',
    '干了五年想跳槽，工会有培训吗', '周五晚上跳舞队排练在哪里', '商场跳楼价清仓', '跳绳比赛几点开始',
    '下个月跳到另一家公司，会员关系怎么转', '我申请调岗到质检部门，需要什么手续', '这个剧终于杀青了',
    '电脑中毒了，怎么杀毒', '电脑又死机了', '孩子发烧了，药在哪里买比较便宜', '药都准备好了，明天带孩子去复查',
    'this job is killing me, three night shifts in a row', 'how do I kill the process on port 3000',
    "I'm dead tired after the shift", "I'm dying to know who won the raffle", 'we killed it at the talent show',
    '世界预防自杀日的讲座场地怎么申请', '终于解脱了，夜班结束了', '年假前工作都交接好了，各位再见',
  ]
  for (const t of negatives) it(t, () => exactly(t, 'none'))
})

describe('assess: reported speech and negation', () => {
  it('a friend’s ideation still flags at least concern', () => {
    atLeast('我朋友说他不想活了', 'concern')
    atLeast('my friend said she wants to die', 'concern')
    expect(assess('我朋友说他不想活了').reasons).toContain('reported_speech')
  })
  it('a denial is still at least concern', () => {
    atLeast('我不是想自杀', 'concern')
    atLeast('我没有不想活，只是好累', 'concern')
    atLeast("I'm not suicidal, just really tired of everything", 'concern')
  })
  it('a joke does not cancel a serious statement', () => {
    atLeast('我真的很想死，不是开玩笑的', 'high')
  })
})

describe('assess: output contract', () => {
  it('returns a valid assessment with a rounded score in [0,1]', () => {
    for (const t of ['', '   ', '想去跳了，活起太累', 'hello', '今晚就去跳江']) {
      const a = DistressAssessment.parse(assess(t))
      expect(a.score).toBeGreaterThanOrEqual(0)
      expect(a.score).toBeLessThanOrEqual(1)
      expect(Math.round(a.score * 100) / 100).toBe(a.score)
    }
  })
  it('scores order like levels', () => {
    expect(assess('今晚就去跳江，永别了').score).toBeGreaterThan(assess('不想活了').score)
    expect(assess('不想活了').score).toBeGreaterThan(assess('好绝望').score)
    expect(assess('好绝望').score).toBeGreaterThan(assess('会费在哪交').score)
  })
  it('reasons never contain the input text', () => {
    const texts = ['不想活了', '想去跳了，活起太累', 'I want to die', 'zisha', '遗书写好了，今晚', 'suicidal_ideation', 'a']
    for (const t of texts) {
      const a = assess(t)
      for (const r of a.reasons) {
        expect(r).toMatch(/^[a-z_]+$/)
        // A reason code may coincide with a text that *is* a code; otherwise no overlap at all.
        if (t.length > 2 && t !== r) expect(r.includes(t) || t.includes(r)).toBe(false)
      }
    }
  })
  it('is deterministic', () => {
    const t = '会费我就不交了，过了今晚我就不在了'
    expect(assess(t)).toEqual(assess(t))
  })
})

describe('assess: bounded work', () => {
  it('a 10,000-character message returns fast and still sees a closing line', () => {
    const filler = '请问园区服务站几点开门，会费怎么交，'.repeat(600).slice(0, 10_000)
    assess(filler)
    const t0 = performance.now()
    const a = assess(`${filler}我不想活了`)
    expect(performance.now() - t0).toBeLessThan(250)
    expect(LEVEL_RANK[a.level]).toBeGreaterThanOrEqual(LEVEL_RANK.high)
  })
  it('pathological repetition stays fast', () => {
    for (const t of ['想'.repeat(10_000), 'a '.repeat(5_000), '死'.repeat(10_000), 'ab'.repeat(5_000) + '💊'.repeat(1_000)]) {
      const t0 = performance.now()
      assess(t)
      expect(performance.now() - t0).toBeLessThan(500)
    }
  })
  it('a typical message takes well under 1 ms on average (CI machines are shared)', () => {
    const msgs = ['会费在哪里交？', '想去跳了，活起太累', 'Where is the service center?', '最近壓力好大', '累死了，明天还要加班']
    for (let i = 0; i < 200; i++) for (const m of msgs) assess(m)
    const n = 2000
    const t0 = performance.now()
    for (let i = 0; i < n; i++) assess(msgs[i % msgs.length] ?? '')
    const perMsg = (performance.now() - t0) / n
    expect(perMsg).toBeLessThan(1)
  })
})

describe('assess: greetings and short routine replies page nobody', () => {
  // A short text gives the n-gram model too little to go on: single-character weights once
  // flagged "你好" as high. These must stay none.
  it.each(['你好', '你好呀', '您好', '好的', '好', '收到', '谢谢', '在吗', '嗯嗯', '早上好', 'hello', 'hi', 'ok', '👍'])('%s → none', (text) => {
    expect(assess(text).level).toBe('none')
  })
})
