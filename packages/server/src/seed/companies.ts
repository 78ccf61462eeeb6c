// Company names (some Korean and Chinese in their own script), industries and account picklists.
import { COUNTRIES, type CountryCode } from './places';
import type { Rng } from './random';

/** Salesforce's standard Industry values, with the nouns companies in them use. */
export const INDUSTRIES: ReadonlyArray<readonly [string, readonly string[], number]> = [
  ['Technology', ['Software', 'Systems', 'Technologies', 'Labs', 'Digital'], 14],
  ['Manufacturing', ['Industries', 'Manufacturing', 'Works', 'Components'], 10],
  ['Finance', ['Capital', 'Financial', 'Partners'], 6],
  ['Banking', ['Bank', 'Bancorp', 'Savings'], 4],
  ['Healthcare', ['Health', 'Medical', 'Care'], 7],
  ['Biotechnology', ['Biosciences', 'Therapeutics', 'Bio'], 3],
  ['Retail', ['Stores', 'Retail', 'Outfitters', 'Market'], 6],
  ['Telecommunications', ['Telecom', 'Networks', 'Communications'], 4],
  ['Energy', ['Energy', 'Power', 'Solar'], 4],
  ['Consulting', ['Consulting', 'Advisors', 'Partners'], 5],
  ['Education', ['Learning', 'Academy', 'Education'], 3],
  ['Transportation', ['Logistics', 'Freight', 'Transport'], 4],
  ['Insurance', ['Insurance', 'Assurance', 'Mutual'], 3],
  ['Media', ['Media', 'Studios', 'Publishing'], 3],
  ['Food & Beverage', ['Foods', 'Beverages', 'Kitchen'], 3],
  ['Construction', ['Construction', 'Builders', 'Engineering'], 3],
  ['Hospitality', ['Hotels', 'Resorts', 'Hospitality'], 2],
  ['Electronics', ['Electronics', 'Devices', 'Semiconductor'], 3],
  ['Chemicals', ['Chemicals', 'Materials'], 2],
  ['Government', ['Agency', 'Authority'], 1],
  ['Not For Profit', ['Foundation', 'Trust'], 1],
];

const WORDS = ['Northwind', 'Bluewater', 'Summit', 'Pinnacle', 'Ironbridge', 'Redwood', 'Silverline', 'Brightpath', 'Cedar', 'Harbor',
  'Evergreen', 'Granite', 'Lighthouse', 'Meridian', 'Nimbus', 'Orion', 'Quantum', 'Sterling', 'Vertex', 'Apex', 'Atlas', 'Crescent',
  'Falcon', 'Horizon', 'Keystone', 'Lumen', 'Maple', 'Nova', 'Polaris', 'Riverstone', 'Sapphire', 'Trident', 'Westfield', 'Zenith',
  'Aurora', 'Beacon', 'Cobalt', 'Driftwood', 'Ember', 'Foxglove', 'Goldcrest', 'Hawthorn', 'Ironwood', 'Juniper', 'Kestrel', 'Larkspur',
  'Monarch', 'Oakridge', 'Pioneer', 'Quarry', 'Rosewood', 'Stonegate', 'Tidewater', 'Upland', 'Vanguard', 'Willow', 'Yellowstone'];

/** [native word, romanisation] for Korean and Chinese company names. */
const KR_WORDS = [['한빛', 'Hanbit'], ['새봄', 'Saebom'], ['푸른', 'Pureun'], ['미래', 'Mirae'], ['동방', 'Dongbang'], ['누리', 'Nuri'],
  ['별빛', 'Byeolbit'], ['한결', 'Hangyeol'], ['다온', 'Daon'], ['온누리', 'Onnuri']] as const;
const KR_NOUNS: Record<string, string> = { Technology: '테크', Manufacturing: '산업', Finance: '캐피탈', Healthcare: '메디칼', Retail: '유통',
  Telecommunications: '텔레콤', Energy: '에너지', Transportation: '로지스', Electronics: '전자', Biotechnology: '바이오', 'Food & Beverage': '식품' };
const CN_WORDS = [['星辰', 'Xingchen'], ['华创', 'Huachuang'], ['云海', 'Yunhai'], ['瑞丰', 'Ruifeng'], ['鼎盛', 'Dingsheng'],
  ['天启', 'Tianqi'], ['恒通', 'Hengtong'], ['锦程', 'Jincheng'], ['博远', 'Boyuan'], ['盛世', 'Shengshi']] as const;
const CN_NOUNS: Record<string, string> = { Technology: '科技', Manufacturing: '实业', Finance: '金融', Healthcare: '医疗', Retail: '商贸',
  Telecommunications: '通信', Energy: '能源', Transportation: '物流', Electronics: '电子', Biotechnology: '生物', 'Food & Beverage': '食品' };
const CN_CITY: Record<string, string> = { '上海市': '上海', '北京市': '北京', '深圳市': '深圳', '杭州市': '杭州' };

export interface Company {
  name: string;
  /** ASCII base for the web domain and emails. */
  domain: string;
  industry: string;
  /** The name without a legal suffix ("Northwind Logistics"). */
  base: string;
}

const domainOf = (base: string) => `${base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.example`;

/**
 * A company name unique within `used`. With `nativeCity` (a Korean or Chinese city in its own
 * script) the name is in Korean or Chinese script too.
 */
export function companyName(r: Rng, country: CountryCode, used: Set<string>, nativeCity?: string): Company {
  const nativeNouns = nativeCity ? (country === 'KR' ? KR_NOUNS : country === 'CN' ? CN_NOUNS : undefined) : undefined;
  const industries = INDUSTRIES.filter(([name]) => !nativeNouns || nativeNouns[name]).map(([name, , w]) => [name, w] as const);
  for (;;) {
    const industry = r.weighted(industries);
    let c: Company;
    if (nativeNouns === KR_NOUNS) {
      const [w, roman] = r.pick(KR_WORDS);
      const name = r.chance(0.5) ? `${w}${KR_NOUNS[industry]} 주식회사` : `(주)${w}${KR_NOUNS[industry]}`;
      c = { name, domain: domainOf(`${roman}-${industry}`), industry, base: name };
    } else if (nativeNouns === CN_NOUNS) {
      const [w, roman] = r.pick(CN_WORDS);
      const name = `${CN_CITY[nativeCity!] ?? ''}${w}${CN_NOUNS[industry]}有限公司`;
      c = { name, domain: domainOf(`${roman}-${industry}`), industry, base: name };
    } else {
      const base = `${r.pick(WORDS)} ${r.pick(INDUSTRIES.find((i) => i[0] === industry)![1])}`;
      c = { name: r.chance(0.6) ? `${base} ${r.pick(COUNTRIES[country].suffixes)}` : base, domain: domainOf(base), industry, base };
    }
    if (!used.has(c.name) && !used.has(c.domain)) {
      used.add(c.name);
      used.add(c.domain);
      return c;
    }
  }
}

export const ACCOUNT_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['Customer - Direct', 35], ['Customer - Channel', 10], ['Prospect', 35], ['Channel Partner / Reseller', 6],
  ['Technology Partner', 4], ['Installation Partner', 3], ['Other', 7],
];
export const ACCOUNT_SOURCES = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Trade Show', 'Other'];

/** Subsidiary name suffixes for account hierarchies. */
export const DIVISIONS = ['Europe', 'Asia Pacific', 'North America', 'Services', 'Labs', 'Holdings', 'Japan', 'Korea', 'Digital'];

export const PRODUCTS = ['Sales Cloud Rollout', 'Service Desk Expansion', 'Analytics Add-on', 'Enterprise Licenses', 'Marketing Automation',
  'Premier Support', 'Data Migration Services', 'Implementation Services', 'Platform Subscription', 'Field Service Module',
  'Partner Portal', 'CPQ Pilot', 'Integration Package', 'Training Program'];
export const COMPETITORS = ['Salesforce', 'HubSpot', 'Microsoft Dynamics', 'Zoho', 'Pipedrive', 'Oracle', 'SAP', 'Freshworks'];
export const LOST_REASONS = ['Price', 'Features', 'Timing', 'Lost to Competitor', 'No Decision', 'Other'];
export const NEXT_STEPS = ['Schedule demo', 'Send proposal', 'Follow up with CFO', 'Security review', 'Negotiate terms', 'Legal review of MSA',
  'Identify decision makers', 'Run pilot', 'Confirm budget', 'Present business case'];
