// How Chinese company names are built, so that the short forms people actually say can be
// derived from the registered name: [region][place][brand (字号)][industry][legal form][store].
// e.g. 重庆 + 恒通 + 钢构 + 有限公司 → 恒通钢构, 恒通 (brand only, a weak key).

/** Municipalities and provinces that prefix a registered name and are never part of the brand. */
const REGION_PREFIX = /^(中国)?(重庆市?|北京市?|上海市?|天津市?|四川省?|成都市?|贵州省?|云南省?|湖北省?|湖南省?|陕西省?)/

/** Legal forms; whatever follows one (南坪店, 分公司) qualifies the store, not the brand. */
export const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '分公司', '集团', '股份', '公司']

/**
 * Words that end a company-like phrase: industries and business kinds. Used to spot a company
 * the directory does not know (重庆川渝达通物流) and to tell a generic description (外贸公司).
 */
export const INDUSTRY_WORDS = [
  '进出口', '物流', '贸易', '商贸', '工贸', '实业', '科技', '电子', '机械', '精密', '建材', '材料', '新材',
  '餐饮', '食品', '火锅', '小面', '茶业', '医药', '药业', '制药', '医疗', '器械', '传媒', '广告', '文化',
  '咨询', '教育', '培训', '酒店', '物业', '保洁', '家政', '服务', '汽车', '汽配', '零部件', '化工', '涂料',
  '印务', '印刷', '包装', '家居', '家具', '农业', '农科', '生物', '网络', '软件', '信息', '通信', '设备',
  '钢构', '钢结构', '模具', '玻璃', '电气', '电器', '建筑', '工程', '装饰', '装修', '置业', '地产', '投资',
  '金融', '金服', '财务', '会计', '超市', '百货', '商场', '影视', '旅游', '能源', '环保', '五金', '制造',
  '人力', '劳务', '保安', '律所', '律师', '事务所', '工作室', '诊所', '药房', '租赁', '运输', '快递',
  '咖啡', '奶茶', '摄影', '设计', '童装', '服饰', '显示', '光电', '半导体', '塑料', '纺织', '电商',
]

/** Business-kind endings for a phrase without a region (一点甜奶茶店, 川味小面馆). */
export const SHOP_SUFFIX = /(有限责任公司|股份有限公司|有限公司|公司|集团|工厂|厂|店|馆|工作室|事务所|诊所)/

export interface NameParts {
  /** The whole name, normalized. */
  full: string
  /** Without region, legal form and store qualifier: 恒通钢构, 万嘉百货, 百草堂中医诊所. */
  core: string
  /** The first two characters of the core: the usual length of a 字号. */
  brand: string
  /** What follows the brand in the core: 钢构, 百货, 电子科技. */
  industry: string
}

/**
 * Splits a normalized company name. `leadingPlace` strips a place name that starts the
 * core (南坪百草堂中医诊所 → 百草堂中医诊所) so that an area is never taken for a brand.
 */
export function nameParts(full: string, leadingPlace: (s: string) => number): NameParts {
  let core = full.replace(REGION_PREFIX, '')
  let cut = core.length
  for (const form of LEGAL_FORMS) {
    const at = core.indexOf(form)
    if (at > 0 && at < cut) cut = at
  }
  core = core.slice(0, cut)
  const placeLen = leadingPlace(core)
  if (placeLen > 0 && core.length - placeLen >= 3) core = core.slice(placeLen)
  return { full, core, brand: core.slice(0, 2), industry: core.slice(2) }
}

/**
 * Short forms people say for a company: the core, brand + first or last two characters of
 * the industry (智芯电子科技 → 智芯电子, 智芯科技). Only forms of 4+ characters: shorter ones
 * are too often plain words.
 */
export function derivedKeys(p: NameParts): string[] {
  const keys = new Set<string>()
  if (p.core.length >= 3 && p.core !== p.full) keys.add(p.core)
  // The shop word is not the industry (精彩摄影工作室 → 精彩摄影, not 精彩作室).
  const industry = p.industry.replace(/(工作室|事务所|诊所|店|馆|厂)$/, '')
  if (industry.length >= 2) {
    keys.add(p.brand + industry.slice(0, 2))
    keys.add(p.brand + industry.slice(-2))
  }
  // A trailing shop word is often dropped (老王重庆小面馆 → 老王重庆小面).
  const noShop = p.core.replace(/(店|馆|厂)$/, '')
  if (noShop.length >= 4 && noShop !== p.core) keys.add(noShop)
  keys.delete(p.full)
  return [...keys].filter((k) => k.length >= 4 || (k === p.core && k.length >= 3))
}

const LATIN = /[a-z0-9]/

/** True when the match [start, end) of a key does not cut a Latin word or number in two. */
export function latinBoundaryOk(text: string, start: number, end: number): boolean {
  const first = text[start] ?? ''
  const last = text[end - 1] ?? ''
  if (LATIN.test(first) && start > 0 && LATIN.test(text[start - 1] ?? '')) return false
  if (LATIN.test(last) && end < text.length && LATIN.test(text[end] ?? '')) return false
  return true
}
