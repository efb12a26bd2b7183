import { p, type Pattern } from './patterns.js'

/*
 * English lexicon, matched on a lower-cased view where apostrophes are dropped ("don't" →
 * "dont") and clause punctuation is '|'. Concepts: wanting × dying, self-harm verbs × self,
 * farewell formulas, means in hand, places of height.
 */

const WANT =
  '(?:want|wanna|wanted|wants|wish|wishing|going|gonna|plan|planning|ready|trying|need|thinking about|think about|thought about|thoughts of|considering|tempted|decided)'
const DIE =
  '(?:die|dying|be dead|kill myself|killing myself|end it|end it all|ending it all|end my life|ending my life|end things|take my (?:own )?life|not (?:be alive|exist|wake up|be here)|disappear forever|unalive(?: myself)?|jump off|overdose)'

export const EN_PATTERNS: readonly Pattern[] = [
  p('ideation', 'suicidal_ideation', 1, new RegExp(`\\b${WANT}(?: to)?(?: just)? ${DIE}\\b`)),
  p('ideation', 'suicidal_ideation', 1, /\b(?:kill(?:ing)? myself|kms|suicid(?:e|al)|end(?:ing)? (?:it all|my life|my own life)|take my (?:own )?life|unalive)\b/),
  p('ideation', 'suicidal_ideation', 1, /\b(?:dont|do not|no longer|never) want to (?:be alive|live(?! (?:in|at|with|near|there|here|like|on|under|so))|exist|be here(?! (?:in|at|for))|wake up|go on|keep living)\b/),
  p('ideation', 'suicidal_ideation', 1, /\bwish(?:ed)? i (?:was|were|could be) dead\b|\bwish i (?:was|were|had) never (?:been )?born\b|\bwish i (?:wasnt|werent) (?:alive|here)\b/),
  p('ideation', 'suicidal_ideation', 1, /\b(?:no|not any) (?:reason|point) (?:to|in) (?:live|living|going on|being alive)\b|\bdone with (?:life|living|everything)\b|\btired of (?:living|being alive|life)\b|\bcant go on\b/),
  p('ideation', 'suicidal_ideation', 1, /\bwish i (?:could )?(?:just )?(?:not exist|stop existing|disappear|die|be dead)\b|\bnot (?:exist|be alive) anymore\b|\b(?:it|this|everything) (?:all )?ends (?:tonight|today|here|now)\b|\bwant (?:it|this|everything) (?:all )?to (?:end|stop|be over)\b|\blife (?:isnt|is not) worth living\b/),
  p('ideation', 'passive_ideation', 1, /\bsleep forever\b|\bnever wake up\b|\bnot wake up\b|\bgo to sleep and (?:not|never)\b/, ['euphemism']),
  p('ideation', 'burdensomeness', 1, /\bif i (?:just )?(?:disappeared|died|was dead|were dead|was gone|were gone|wasnt here|wasnt around)\b|\bbetter off (?:dead|without me)\b|\bbetter without me\b|\bif i (?:was|were) gone\b|\bwhen im gone\b|\bwont be around (?:much longer|anymore)\b|\bnot be around\b/),
  p('ideation', 'suicidal_ideation', 0.8, /\bcould just die\b|\b(?:want|wanna) (?:to )?disappear\b(?! (?:from|to|for|into) (?!this world|the world|everything|everyone))/),
  p('self_harm', 'self_harm', 1, /\b(?:cut|cutting|hurt|hurting|burn|burning|harm|harming|punish|punishing) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin))\b|\bself[ -]?harm(?:ing)?\b|\b(?:been|started|keep|kept) cutting\b|\bcutting again\b/),
  p('method', 'suicidal_ideation', 1, /\b(?:jump|jumping) (?:off|from) (?:the|a|my)? ?(?:bridge|roof|building|balcony|cliff)\b|\bhang(?:ing)? myself\b|\bin front of (?:a|the) (?:train|truck|bus)\b/),
  p('attempt', 'attempt', 1, /\b(?:took|swallowed|taken|downed) (?:all|a (?:whole )?bottle|the whole bottle|\d{2,}|a bunch of|too many|handfuls?)\b|\bcut (?:too )?deep\b|\bcant stop the bleeding\b|\bbleeding (?:a lot|everywhere|wont stop)\b|\boverdosed\b/),
  p('plan', 'plan', 1, /\b(?:planned|plan|decided|picked|chose|researched|looked up) (?:how|when|where|the (?:date|day|place|spot|bridge))\b|\bhow to (?:kill myself|die painlessly|overdose)\b|\bgave away (?:my|all)\b|\bgiving away my\b|\bput my affairs in order\b/),
  p('means', 'means', 1, /\b(?:pills|rope|gun|razor|blade|pesticide|sleeping pills|noose)\b.{0,25}\b(?:in my hand|in hand|ready|bought|saved up|stockpiled|loaded)\b|\b(?:bought|got|holding|saved up|stockpiled|loaded) (?:a |the |some |my )?(?:pills|rope|gun|razor|blades?|noose|sleeping pills)\b/),
  p('time', 'time', 1, /\btonight\b|\btonights the night\b|\btomorrow morning\b|\bthis is the (?:last|final) (?:day|night)\b|\bby morning\b|\bbefore (?:dawn|sunrise)\b/),
  p('time', 'time', 0.5, /\bright now\b|\bnow\b|\btoday\b/),
  p('location', 'location', 1, /\b(?:im|i am|standing|sitting|up) (?:at|on) (?:the |a )?(?:bridge|roof|rooftop|edge|ledge|cliff|tracks|railing)\b/),
  p('farewell', 'farewell', 1, /\b(?:goodbye|suicide|farewell) (?:letters?|notes?|messages?)\b|\bthis is (?:my )?goodbye\b|\bby the time you (?:read|see) this\b|\bsee you (?:all )?in (?:the next|another) life\b|\b(?:final|last) goodbye\b|\bwrote (?:my|a) note\b|\bmy (?:last|final) (?:message|post|text|words)\b|\bthis is (?:my )?(?:last|final) (?:message|post|text)\b/),
  p('farewell_weak', 'farewell', 1, /\b(?:bye|goodbye) (?:everyone|all|guys|world|friends)\b|\bthank you for everything\b|\bsorry for everything\b|\btake care of (?:my|mom|dad)\b|\btell (?:my )?\w+ (?:that )?i (?:love|loved)\b|\bgoodbye\b|\bdont look for me\b|\bsaid (?:my )?goodbyes?\b/),
  p('means', 'means', 1, /\b(?:saved(?: up)?|stockpiled|collected|hoarded|have|got) (?:enough|all (?:the |my )?|a (?:whole )?bottle of) ?(?:pills|sleeping pills|rope|blades|painkillers)\b/),
  p('attempt', 'plan', 0.5, /\b(?:take|taking|swallow|swallowing) (?:them all|all of them|the whole bottle|all (?:the|my) pills)\b/),
  p('farewell', 'farewell', 1, /\b(?:wrote|written|left|finished) (?:my|a|the) (?:suicide |goodbye |last )?note\b/),
  p('location', 'location', 0.5, /\b(?:going|heading|walking|driving|go) (?:to|up to|out to|down to) the (?:bridge|river|roof|rooftop|cliff|tracks|lake|sea)\b/),
  p('departure', 'farewell', 1, /\bnot coming back\b|\bwont be (?:coming )?back\b|\bwont need (?:it|them|this|my \w+) anymore\b/),
  // —— distress without self-harm ——
  p('distress', 'hopelessness', 1, /\bi hate my life\b|\bhate being alive\b|\bstuck and cant get out\b/),
  p('distress', 'hopelessness', 1, /\btired of everything\b|\bnothing (?:feels|seems|is) worth\b/),
  p('distress', 'hopelessness', 0.6, /\b(?:im|i am) done\b(?! with (?:work|the|my|this|that))|\b(?:feel|feeling|felt) (?:so |really |very )?(?:low|down)\b|\b(?:and|so|very) alone\b/),
  p('farewell_weak', 'farewell', 1, /\bsorry (?:mom|dad|mum|everyone|guys)\b/),
  p('distress', 'anxiety', 0.6, /\b(?:im|i am) not (?:ok|okay)\b|\b(?:so|really|very) sad\b|\bheartbroken\b|\bmiserable\b/),
  p('distress', 'hopelessness', 1, /\bhopeless(?:ness)?\b|\bnothing (?:matters|will ever change|gets better)\b|\bwhats the point\b|\bno way out\b|\bgive up on (?:life|everything)\b|\bno future\b/),
  p('distress', 'hopelessness', 0.8, /\bfeel(?:s|ing)? (?:so |really |very |completely )?(?:empty|numb|worthless|useless|trapped|lost|broken|alone|dead inside)\b|\bdead inside\b|\bi (?:just )?give up\b/),
  p('distress', 'exhaustion', 1, /\bcant (?:cope|take (?:it|this|any ?more)|handle (?:it|this|anything)|do this)(?: anymore)?\b|\b(?:breaking|broke|break) down\b|\bfalling apart\b|\bmental breakdown\b/),
  p('distress', 'exhaustion', 0.6, /\bdrowning\b|\boverwhelmed\b|\bburn(?:ed|t) out\b|\bexhausted\b|\bdrained\b/),
  p('distress', 'anxiety', 0.8, /\bpanic attacks?\b|\bcant breathe\b|\bdepress(?:ed|ion)\b|\banxiety attacks?\b|\bcry(?:ing)? (?:every|all|myself)\b|\bkeep crying\b|\bcant stop crying\b/),
  p('distress', 'anxiety', 0.5, /\b(?:havent|cant|couldnt|didnt) (?:slept|sleep)\b|\binsomnia\b|\banxious\b|\bso stressed\b|\bstressed out\b|\bscared\b|\bterrified\b|\bbullied\b/),
  p('distress', 'isolation', 0.8, /\b(?:no ?one|nobody) (?:cares|would (?:even )?(?:notice|care|miss me)|understands|to talk to)\b|\bso lonely\b|\ball alone\b|\blonely\b|\bhate myself\b|\bim a (?:burden|failure)\b|\bworthless\b/),
]
