import { p, type Pattern } from './patterns.js'

/*
 * Pinyin typed without tones ("bu xiang huo le", "zisha"), matched on the Latin letters of the
 * message with spaces removed. Only distinctive syllable runs: short ones like "si" alone are
 * ambiguous (思, 四, 死), so they need a wanting prefix.
 */
export const PINYIN_PATTERNS: readonly Pattern[] = [
  p('ideation', 'suicidal_ideation', 1, /buxiang(?:zai)?huo|huobuxiaqu|buhuole|huogoule|zisha|qingsheng|xunsi|zijin(?:le)?$|yiliaobailiao|yisiliaozhi|jieshu(?:ziji|shengming|zheyiqie|yiqie)|(?:wo|zhen|hao|hen|zhende|zhendehao|jiu|zhixiang)xiangsi(?!xiang)|siledesuanle|silesuanle|buxiangxinglai|buyaoxinglai|yishuibuxing|likaizhegeshijie|quling(?:yi|wai)geshijie/),
  p('self_harm', 'self_harm', 1, /gewan|zican|shanghaiziji|geshou(?:wan)?/),
  p('method', 'suicidal_ideation', 1, /xiang(?:qu)?tiaolou|xiang(?:qu)?tiaojiang|xiang(?:qu)?tiaohe|shangdiao|shaotan/),
  p('method', 'suicidal_ideation', 1, /(?:qu|yao|jiu|xiang|zhunbei|dasuan|wo)tiao(?:jiang|he|lou|qiao|xiaqu)|xiangjietuo|xiangxiaoshi/),
  p('distress', 'hopelessness', 1, /buxiang(?:zai)?jianchi|jianchibuxiaqu|kanbudaoxiwang|meiyouxiwang/),
  p('time', 'time', 1, /(?:dengxia|denghui|daihui)(?:jiu|qu)/),
  p('plan', 'plan', 1, /(?:chahao|jihuahao|xuanhao|zhunbeihao)|fangfa/),
  p('time', 'time', 1, /jintianwanshang|jinwan|mingtian(?:zaoshang)?|guolejinwan/),
  p('farewell', 'farewell', 1, /yongbie|xiabeizi(?:zai)?jian|yishu(?:xiehao|yijing)/),
  p('distress', 'hopelessness', 1, /juewang|bengkui|(?:zao|kang|cheng|ding|ao)buzhu|huoqi(?:hao|tai)?lei/),
  p('distress', 'exhaustion', 0.5, /(?:hao|tai|zhende|zhen)lei|xinlei/),
  p('distress', 'anxiety', 0.8, /xiangku|tongku|gudu|shimian|jiaolv|yiyu/),
]

/* Emoji: a knife or pills beside distress words sharpen it; a crying face alone does not. */
export const LETHAL_EMOJI = /🔪|🗡|💊|💉|🪦|⚰|⚱|🩸|🪢|🔫|☠/u
export const SAD_EMOJI = /😭|😢|😞|😔|💔|🥀|😿|😩|😫|☹|🙁|😣|😖|😪|🖤/u
export const JOKE_EMOJI = /😂|🤣|😆|😄|😁|😅|🎉|😜|🤪|😝|😹|🥳|👍|😊|🎤/u
