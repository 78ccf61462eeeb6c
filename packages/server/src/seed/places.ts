// Countries, cities, streets and phone formats; Korean and Chinese cities and streets also in their
// own script (country names stay English so reports group by one value).
import type { Rng } from './random';

export type CountryCode = 'US' | 'CA' | 'GB' | 'DE' | 'FR' | 'KR' | 'CN' | 'JP' | 'SG';
export type Region = 'AMER' | 'EMEA' | 'APAC';

/** [city, state, postal code, native city, native state] */
type City = readonly [string, string | null, string, string?, string?];

interface Country {
  name: string;
  region: Region;
  weight: number;
  cities: readonly City[];
  streets: readonly string[];
  nativeStreets?: readonly string[];
  /** Street first, number after (German style). */
  numberAfter?: boolean;
  phone: (r: Rng) => string;
  suffixes: readonly string[];
}

const d = (r: Rng, n: number) => Array.from({ length: n }, () => r.int(0, 9)).join('');

export const COUNTRIES: Record<CountryCode, Country> = {
  US: {
    name: 'United States', region: 'AMER', weight: 30,
    cities: [['San Francisco', 'CA', '94105'], ['New York', 'NY', '10001'], ['Austin', 'TX', '78701'], ['Chicago', 'IL', '60601'],
      ['Seattle', 'WA', '98101'], ['Boston', 'MA', '02110'], ['Denver', 'CO', '80202'], ['Atlanta', 'GA', '30303']],
    streets: ['Market Street', 'Main Street', 'Broadway', 'Mission Street', 'Fifth Avenue', 'Congress Avenue', 'Pike Street', 'Peachtree Street'],
    phone: (r) => `+1 ${r.pick(['415', '212', '512', '312', '206', '617', '303', '404'])} 555 01${d(r, 2)}`,
    suffixes: ['Inc.', 'LLC', 'Corp.', 'Group'],
  },
  CA: {
    name: 'Canada', region: 'AMER', weight: 5,
    cities: [['Toronto', 'ON', 'M5H 2N2'], ['Vancouver', 'BC', 'V6B 1A1'], ['Montreal', 'QC', 'H3B 2Y5']],
    streets: ['King Street West', 'Bay Street', 'Granville Street', 'Rue Sainte-Catherine'],
    phone: (r) => `+1 ${r.pick(['416', '604', '514'])} 555 01${d(r, 2)}`,
    suffixes: ['Inc.', 'Ltd.', 'Corp.'],
  },
  GB: {
    name: 'United Kingdom', region: 'EMEA', weight: 10,
    cities: [['London', null, 'EC2A 4NE'], ['Manchester', null, 'M1 1AE'], ['Edinburgh', null, 'EH1 1YZ'], ['Bristol', null, 'BS1 4DJ']],
    streets: ['High Street', "King's Road", 'Oxford Street', 'Deansgate', 'Princes Street', 'Victoria Street'],
    phone: (r) => `+44 20 7946 0${d(r, 3)}`,
    suffixes: ['Ltd', 'plc', 'Group'],
  },
  DE: {
    name: 'Germany', region: 'EMEA', weight: 10, numberAfter: true,
    cities: [['Berlin', 'Berlin', '10115'], ['Munich', 'Bavaria', '80331'], ['Hamburg', 'Hamburg', '20095'], ['Frankfurt', 'Hesse', '60311']],
    streets: ['Friedrichstraße', 'Leopoldstraße', 'Hauptstraße', 'Mönckebergstraße', 'Zeil', 'Kurfürstendamm'],
    phone: (r) => `+49 ${r.pick(['30', '89', '40', '69'])} ${d(r, 7)}`,
    suffixes: ['GmbH', 'AG', 'SE'],
  },
  FR: {
    name: 'France', region: 'EMEA', weight: 5,
    cities: [['Paris', 'Île-de-France', '75002'], ['Lyon', 'Auvergne-Rhône-Alpes', '69002'], ['Toulouse', 'Occitanie', '31000']],
    streets: ['Rue de Rivoli', 'Avenue des Champs-Élysées', 'Rue de la République', 'Boulevard Haussmann'],
    phone: (r) => `+33 1 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
    suffixes: ['SA', 'SAS'],
  },
  KR: {
    name: 'South Korea', region: 'APAC', weight: 15,
    cities: [['Seoul', 'Seoul', '06236', '서울특별시', '서울특별시'], ['Busan', 'Busan', '48058', '부산광역시', '부산광역시'],
      ['Incheon', 'Incheon', '21999', '인천광역시', '인천광역시'], ['Seongnam', 'Gyeonggi-do', '13494', '성남시', '경기도']],
    streets: ['Teheran-ro', 'Gangnam-daero', 'Sejong-daero', 'Olympic-ro', 'Centum jungang-ro'],
    nativeStreets: ['테헤란로', '강남대로', '세종대로', '올림픽로', '센텀중앙로'],
    phone: (r) => `+82 2 ${r.int(2000, 3999)} ${d(r, 4)}`,
    suffixes: ['Co., Ltd.', 'Corp.'],
  },
  CN: {
    name: 'China', region: 'APAC', weight: 15,
    cities: [['Shanghai', 'Shanghai', '200120', '上海市', '上海市'], ['Beijing', 'Beijing', '100020', '北京市', '北京市'],
      ['Shenzhen', 'Guangdong', '518057', '深圳市', '广东省'], ['Hangzhou', 'Zhejiang', '310000', '杭州市', '浙江省']],
    streets: ['Century Avenue', 'Nanjing Road', 'Jianguo Road', 'Shennan Boulevard', 'Wensan Road'],
    nativeStreets: ['世纪大道', '南京路', '建国路', '深南大道', '文三路'],
    phone: (r) => `+86 ${r.pick(['21', '10', '755', '571'])} ${r.int(5000, 6999)} ${d(r, 4)}`,
    suffixes: ['Co., Ltd.', 'Group'],
  },
  JP: {
    name: 'Japan', region: 'APAC', weight: 5,
    cities: [['Tokyo', 'Tokyo', '100-0005'], ['Osaka', 'Osaka', '530-0001'], ['Yokohama', 'Kanagawa', '220-0012']],
    streets: ['Marunouchi', 'Umeda', 'Minatomirai'],
    phone: (r) => `+81 3 ${d(r, 4)} ${d(r, 4)}`,
    suffixes: ['K.K.', 'Co., Ltd.'],
  },
  SG: {
    name: 'Singapore', region: 'APAC', weight: 5,
    cities: [['Singapore', null, '018989']],
    streets: ['Marina Boulevard', 'Raffles Place', 'Orchard Road', 'Anson Road'],
    phone: (r) => `+65 6${d(r, 3)} ${d(r, 4)}`,
    suffixes: ['Pte. Ltd.'],
  },
};

export const COUNTRY_WEIGHTS = (Object.keys(COUNTRIES) as CountryCode[]).map((c) => [c, COUNTRIES[c].weight] as const);

export interface Address {
  street: string;
  city: string;
  state: string | null;
  postalCode: string;
  country: string;
}

/** An address in the country; `native` writes Korean and Chinese addresses in their own script. */
export function address(r: Rng, code: CountryCode, native = false): Address {
  const c = COUNTRIES[code];
  const [city, state, postalCode, nCity, nState] = r.pick(c.cities);
  const no = r.int(1, 480);
  if (native && c.nativeStreets && nCity) {
    const street = `${r.pick(c.nativeStreets)} ${no}${code === 'CN' ? '号' : ''}`;
    return { street, city: nCity, state: nState ?? null, postalCode, country: c.name };
  }
  const name = r.pick(c.streets);
  return { street: c.numberAfter ? `${name} ${no}` : `${no} ${name}`, city, state, postalCode, country: c.name };
}

export const phone = (r: Rng, code: CountryCode) => COUNTRIES[code].phone(r);
