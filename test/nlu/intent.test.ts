import { describe, expect, it } from 'vitest'
import { classifyIntent } from '../../core/nlu/intent.js'
import type { Intent } from '../../core/nlu/types.js'

// Held-out wordings, none of them in the dev set: Simplified, Traditional, English, dialect,
// pinyin initials and mixed lines, so that the rules are tested as concepts, not as lines.
const CASES: Record<Intent, string[]> = {
  find_branch: [
    '请问我现在归哪个党支部管',
    '我们公司的党员编在哪个组织里',
    '想查一下自己所在支部',
    '支部書記是哪位，怎麼聯繫',
    'which branch do I belong to?',
    '我刚入职，支部书记的手机号能给一下吗',
    '我的组织在哪个支部嘛，搞不清楚',
    '刚来重庆，怎么找到组织',
  ],
  pay_dues: [
    '这个季度的党费我还没缴，怎么补',
    '黨費可以用支付寶交嗎',
    'where can I pay my membership dues',
    '党费按工资的百分之几交',
    'df咋个交嘛',
    '退休了党费还要交不',
    '党费交了有没有收据',
  ],
  org_life: [
    '支部的学习这周几点开始',
    '下個月黨員會在哪開',
    '明天晚上的活动还搞不搞',
    'longteng dangke shenme shihou',
    '下周的党课在哪里上',
    '主題黨日活動幾點開始',
    '支部这个月开不开组织生活会',
    'what time is the party lesson this month',
    '党小组会我要出差参加不了',
    'shyk这个月安排了没得',
    '三会一课记录要怎么补',
    '支部换届选举什么时候',
  ],
  center_info: [
    'dqfwzx电话',
    '党群服务中心周末上班不',
    '請問服務中心的地址在哪裡',
    'what are the opening hours of the service center?',
    '中心有没有可以借用的会议室',
    '服务中心电话打多少',
    '中心能不能帮忙办营业执照',
    '去党群中心坐几路公交',
    '你们几点下班',
  ],
  transfer_membership: [
    '我换工作了，组织关系要怎么转过去',
    '組織關係轉出需要介紹信嗎',
    'how can I transfer my party membership to a new company',
    '关系转入要几个工作日',
    '党员关系从老家迁过来咋个办',
    'zzgx转接流程',
  ],
  register: [
    '新用户怎么开通',
    '第一次用，怎么注册',
    '怎麼綁定我的帳號',
    'how do I sign up',
    '我想登记成为这里的用户',
    '实名认证在哪里弄',
    'register me please',
  ],
  counseling: [
    '最近心里好烦，想找人说说话',
    '能不能预约一次心理咨询',
    'I feel really depressed lately and need someone to talk to',
    '工作压力太大了，天天失眠',
    '我真的撑不住了，不想活了',
    '心情差得很，想摆哈龙门阵',
    '我好焦慮，可以找心理老師嗎',
    '最近很迷茫，不知道找谁说',
  ],
  help: [
    '你都会些啥子',
    '我不懂怎么用这个',
    '有啥可以帮我的',
    '这个机器人能干啥',
    '你会做什么',
    'help',
    '使用说明有吗',
    '有什么功能可以用',
    'show me the menu',
    '你是谁',
  ],
  greeting: [
    '谢谢啦',
    '好的',
    '拜拜','您好', 'hi', '晚上好', '哈喽', 'good morning', '在不在'],
  other: [
    '窗口那个人办事效率太低了',
    '服務態度很差',
    '明天气温多少度',
    '给我讲个段子',
    '我要举报我们公司老板',
    '帮我起草一份述职报告',
    '附近有什么好吃的火锅',
    'who won the football game',
  ],
}

describe('intent on held-out wordings', () => {
  for (const [intent, lines] of Object.entries(CASES)) {
    describe(intent, () => {
      for (const line of lines) {
        it(line, () => expect(classifyIntent(line)).toBe(intent))
      }
    })
  }
})

describe('intent tie-breaking', () => {
  it('a center service asked of a center is center_info, not register', () => {
    expect(classifyIntent('服务中心可以代办公司注册吗')).toBe('center_info')
  })
  it('wanting to talk to a counselor beats asking about the counseling room', () => {
    expect(classifyIntent('中心的心理疏导室开着吗，我想找个老师聊聊')).toBe('counseling')
  })
  it('dues paid at the center are about dues', () => {
    expect(classifyIntent('党费可以在服务中心交吗')).toBe('pay_dues')
  })
  it('a side question (顺便) weighs less than the main one', () => {
    expect(classifyIntent('党课是周五晚上吗？顺便问下党费多少')).toBe('org_life')
  })
  it('two requests in sequence: the first wins', () => {
    expect(classifyIntent('先帮我绑定账号，然后查一下我的支部')).toBe('register')
  })
  it('a greeting with a question is the question', () => {
    expect(classifyIntent('你好，请问党费在哪交')).toBe('pay_dues')
  })
  it('a complaint about a secretary goes to a person (other), not find_branch', () => {
    expect(classifyIntent('支部书记态度太差了我要投诉')).toBe('other')
  })
  it('a clause stating what is already done is background to the question', () => {
    expect(classifyIntent('关系早就转好了，现在想知道支部书记是谁')).toBe('find_branch')
  })
  it('of two questions in separate clauses, the first asked is the main one', () => {
    expect(classifyIntent('龙兴中心星期天开门不 党费可以去那交吗')).toBe('center_info')
    expect(classifyIntent('党费交到哪里 服务中心几点关门')).toBe('pay_dues')
  })
  it('risk language weighs fully even after another question', () => {
    expect(classifyIntent('党费在哪交 活着没意思')).toBe('counseling')
  })
  it('thanks after a question does not turn it into a greeting', () => {
    expect(classifyIntent('党课几点开始 谢谢')).toBe('org_life')
  })
  it('empty and noise are other', () => {
    expect(classifyIntent('')).toBe('other')
    expect(classifyIntent('？？？')).toBe('other')
  })
})
