import { describe, it } from 'vitest'
import { assessRules } from '../../core/safety/assess.js'
import type { DistressLevel } from '../../core/safety/types.js'
import { atLeast, exactly } from './expect-level.js'

/*
 * The concepts of lexicon-worth.ts (a life not worth keeping, said without "I want to die";
 * self-punishment without a blade; non-native English) and the hard negatives of the same round:
 * a joke taken back in brackets, a farewell to a thing, a move, a hero in a book, a sport, a rope
 * for a plant. The rules alone must carry these: the model is a second opinion.
 */

// The rules' reading: the masks and frames under test. What the model adds is measured by the sets.
const rulesAtLeast = (text: string, min: DistressLevel): void => atLeast(text, min, assessRules)
const none = (text: string): void => exactly(text, 'none', assessRules)

describe('a life not worth keeping, without the word "die" as a wish', () => {
  it('envy of the dead, regret at waking, unworthy of living → high', () => {
    rulesAtLeast('刷到有人从桥上跳下去的视频，我心里居然是羡慕', 'high')
    rulesAtLeast('为什么还要醒过来，每天都一样', 'high')
    rulesAtLeast('失业半年了，觉得自己没资格再活下去', 'high')
    rulesAtLeast('我这种人活着浪费粮食，死了正好', 'high')
  })
  it('asking heaven to take them, going to a dead parent, paying with one’s life → high', () => {
    rulesAtLeast('菩萨怎么还不来收我', 'high')
    rulesAtLeast('奶奶去世以后没人管我了，我好想去陪她', 'high')
    rulesAtLeast('欠的钱还不上，只能拿命来抵', 'high')
    rulesAtLeast('满脑子都是去死两个字', 'high')
  })
  it('starving or punching oneself as punishment → high', () => {
    rulesAtLeast('我不配吃饭，已经两天没吃了', 'high')
    rulesAtLeast('一难受就用拳头砸墙，手都砸肿了才舒服点', 'high')
    rulesAtLeast('I keep punching my legs when I mess up at work', 'high')
  })
  it('non-native English: "is better I am dead", "why I still alive", "last message"', () => {
    rulesAtLeast('Everyone say I am useless. Is better I am dead', 'high')
    rulesAtLeast('why I still alive, nothing good happen', 'high')
    rulesAtLeast('this is the last message you will get from me. thank you for everything', 'imminent')
    rulesAtLeast('gas is on in the kitchen and I closed all the windows', 'imminent')
  })
  it('keeps the ordinary readings: anger at someone else, a visit, a last visit', () => {
    none('那个骗子死了正好，省得再害人')
    none('奶奶去世三年了，清明想回去给她扫墓')
    none('爷爷走之前我想去见他最后一面，还来得及吗')
  })
})

describe('round two: plans and acts told plainly, in Chinese and English', () => {
  it('pills swallowed with the object unnamed, pills saved from each dose, a car in a closed garage', () => {
    rulesAtLeast('吞了。一大把。', 'imminent')
    // Saved from a prescription: hoarding, which the doctor's purpose does not excuse (alone: concern).
    rulesAtLeast('医生开的药我一直没吃完，省下来的已经一大把了', 'concern')
    rulesAtLeast('车库门关了，车里发动机一直开着', 'imminent')
  })
  it('fearing life more than death, not waking as a relief, nobody would cry', () => {
    rulesAtLeast('我不怕死，怕的是还要活下去', 'high')
    rulesAtLeast('要是明早醒不过来就好了', 'high')
    rulesAtLeast('我这种人死了也没人难过', 'high')
    rulesAtLeast('干活的时候总希望安全绳断了', 'high')
  })
  it('English: a day picked, means in the bag, saving the pills, the only reason still here', () => {
    rulesAtLeast('I picked Friday to end it.', 'imminent')
    rulesAtLeast('The pills are in my bag. Going up the hill after dark.', 'imminent')
    rulesAtLeast('I have been saving them up for weeks. This weekend I take them all at once.', 'imminent')
    rulesAtLeast('my dog is the only reason I’m still here', 'high')
  })
})

describe('people whose work is crises', () => {
  it('the bare topic nouns of supervision, protocols and courses → none', () => {
    none('HR is drafting a postvention protocol after a workplace suicide, any templates?')
    none('Just finished the suicide module of the first aid course, very useful')
    none('下午个案督导讨论了一个已经结案的自伤案例，纪要存哪个文件夹？')
    none('员工手册里“自杀事件处置流程”这一节有没有标准版本？')
  })
  it('a helper’s own wish, plan or farewell still flags', () => {
    rulesAtLeast('做了四年热线督导，最近我自己也常想死', 'high')
    rulesAtLeast('转介信都写好了，给家里写了遗书，这周末就走', 'imminent')
    rulesAtLeast('I run suicide prevention training and lately I want to die myself', 'high')
  })
})

describe('what people say when they hide it (lexicon-hidden.ts)', () => {
  it('a farewell disguised as a resignation or a move, a last call, a black profile', () => {
    rulesAtLeast('把工作都交接了，同事们以为我要辞职，其实不是', 'imminent')
    rulesAtLeast('把手办都送给了弟弟，他不知道我是在跟他告别', 'imminent')
    rulesAtLeast('Told my landlord I’m moving home, but I’m not. Last things sorted. Goodbye.', 'imminent')
  })
  it('acts without naming the object, wishes for an accident, a life run too long', () => {
    rulesAtLeast('刚喝了几口消毒液，喉咙好痛', 'imminent')
    rulesAtLeast('要是明天被车撞了就好了', 'high')
    rulesAtLeast('我活得太久了，早该跟老伴一起走了', 'high')
    rulesAtLeast('I swallowed everything in the first-aid box', 'imminent')
    rulesAtLeast('I feel like ending everything', 'high')
  })
  it('charcoal with tape, pills counted up, poison taken, the wish in a co-worker’s language', () => {
    rulesAtLeast('炭和胶带都在车里', 'imminent')
    rulesAtLeast('安眠药攒够了，这周六家里没人', 'imminent')
    rulesAtLeast('I drank the pesticide an hour ago', 'imminent')
    rulesAtLeast('quiero morir, every day the same', 'high')
    rulesAtLeast('最好转到一个没有我的世界', 'high')
  })
  it('a boss’s collective hyperbole and a farewell to a project are not a wish', () => {
    none('老板说这季度完不成大家一起去跳江，说完自己先笑了')
    none('终于要和这个破项目说永别了，明天交付')
    none('国庆出去耍七天，猫托付给邻居了')
  })
  it('keeps ordinary readings: a sticker sent by mistake, a move that is a move', () => {
    none('手滑发了个拜拜的表情，大家以为我要走，其实没有哈哈')
    none('同事以为我要辞职，其实是去总部学习三个月')
  })
})

describe('hard negatives of the same round', () => {
  it('a joke taken back in brackets', () => {
    none('我不活了（不是）这周的学习笔记还没写')
    none('我不活了！！（指今天不加班了）')
  })
  it('a farewell to a thing, a move, a sport, a rope for a plant, a hero in a book', () => {
    none('永别了我的周末，明天又要值班')
    none('下个月搬去北碚了，跟邻居们都说了再见')
    none('第一次跳伞，从两千米跳下来，太刺激了')
    none('绿萝想用绳子挂在阳台上，怎么打结好看')
    none('那本小说里主角站在天台边上那一段写得真好')
    none('刀磨好了，绳子也备齐了，明天一早杀年猪')
  })
  it('degrees and moods: 想撞墙 after any task, 得要死, 要死不活, a disappearing weekend that is a trip', () => {
    none('改方案改到想撞墙，谁有模板')
    none('楼下的狗凶得要死')
    none('这几天上班要死不活的，估计是没睡好')
    none('好想消失一周，去海边玩几天')
    none('Overdosed on hotpot again, never learn')
    none('被碎玻璃划了手，缝了两针，工伤怎么报')
  })
  it('a degree, a simile, a dying battery, a thing "unalived"', () => {
    none('这个火锅辣到我想死，但是太香了')
    none('电脑卡到我想死，IT电话多少')
    none('年终总结写得跟遗书一样沉重')
    none('battery at 2%, phone is gonna die, talk later')
    none('gonna unalive my alarm clock, it rang at 5am on a Sunday')
  })
  it('a degree with a feeling or a person behind it still flags, and 觉得我想死 is not a degree', () => {
    // A degree complement stays the session-1 weak reading (concern); the masks leave it alone.
    rulesAtLeast('被他们逼到想死，真的', 'concern')
    rulesAtLeast('我觉得我想死', 'high')
  })
  it('a disappearing wish without a trip stays at least concern', () => {
    rulesAtLeast('好想消失一阵子，谁都不想见', 'concern')
  })
  it('still flags the writer at the edge after a story', () => {
    rulesAtLeast('小说里主角跳楼了，我现在也站在天台边上', 'imminent')
    rulesAtLeast('绳子挂好了，今晚就结束', 'imminent')
  })
})
