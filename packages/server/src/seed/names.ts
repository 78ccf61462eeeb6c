// Person names, job titles and other word lists for the demo data.
import type { Rng } from './random';
import type { CountryCode } from './places';

type NamePool = { first: readonly string[]; last: readonly string[] };

const EN: NamePool = {
  first: ['James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
    'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen', 'Daniel', 'Emily', 'Matthew', 'Ashley',
    'Anthony', 'Amanda', 'Mark', 'Melissa', 'Steven', 'Rebecca', 'Andrew', 'Laura', 'Joshua', 'Rachel', 'Kevin', 'Nicole',
    'Brian', 'Olivia', 'Ryan', 'Sophia', 'Ethan', 'Chloe', 'Nathan', 'Grace', 'Aiden', 'Maya', 'Lucas', 'Zoe'],
  last: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
    'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris',
    'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson',
    'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Patel', 'Nguyen', 'Murphy', 'Cooper'],
};
const GB: NamePool = {
  first: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Jack', 'Emily', 'Charlie', 'Poppy', 'Alfie', 'Freya', 'Oscar', 'Imogen', 'Henry', 'Eleanor'],
  last: ['Hughes', 'Edwards', 'Wood', 'Hall', 'Wright', 'Price', 'Bennett', 'Griffiths', 'Davies', 'Morgan', 'Shaw', 'Lloyd', 'Ward', 'Fletcher'],
};
const DE: NamePool = {
  first: ['Lukas', 'Anna', 'Leon', 'Lena', 'Felix', 'Marie', 'Jonas', 'Laura', 'Paul', 'Julia', 'Maximilian', 'Sophie', 'Tobias', 'Katharina'],
  last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Wolf', 'Neumann'],
};
const FR: NamePool = {
  first: ['Lucas', 'Camille', 'Hugo', 'Léa', 'Louis', 'Manon', 'Jules', 'Chloé', 'Gabriel', 'Inès', 'Arthur', 'Juliette'],
  last: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefèvre', 'Girard'],
};
const KR: NamePool = {
  first: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yun', 'Ji-woo', 'Seo-jun', 'Su-bin', 'Ye-jin', 'Hyun-woo', 'Eun-ji', 'Jae-won',
    'Sung-min', 'Yu-na', 'Dong-hyun', 'Min-seo'],
  last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Shin', 'Seo'],
};
const CN: NamePool = {
  first: ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Lei', 'Yang', 'Jie', 'Xiuying', 'Hao', 'Yi', 'Ling', 'Jun', 'Tao', 'Xin', 'Haoran', 'Yuxuan', 'Zihan'],
  last: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo'],
};
const JP: NamePool = {
  first: ['Haruto', 'Yui', 'Sota', 'Hina', 'Yuto', 'Aoi', 'Riku', 'Sakura', 'Kenji', 'Yuki', 'Takumi', 'Mei'],
  last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
};
const SG: NamePool = { first: [...EN.first.slice(0, 12), 'Wei Ming', 'Hui Min', 'Arjun', 'Priya', 'Siti', 'Farid'], last: ['Tan', 'Lim', 'Ng', 'Wong', 'Goh', 'Chua', 'Lee', 'Kumar', 'Rahman', 'Singh'] };

const POOLS: Record<CountryCode, NamePool> = { US: EN, CA: EN, GB, DE, FR, KR, CN, JP, SG };

export interface PersonName {
  salutation: string;
  firstName: string;
  lastName: string;
}

/** A name typical of the country; the US, Canada and the UK draw some names from everywhere. */
export function personName(r: Rng, country: CountryCode): PersonName {
  const mixed = country === 'US' || country === 'CA' || country === 'GB';
  const pool = mixed && r.chance(0.25) ? r.pick([DE, FR, KR, CN, JP]) : POOLS[country];
  const female = r.chance(0.5);
  return {
    salutation: r.weighted([[female ? 'Ms.' : 'Mr.', 8], ['Dr.', 1], ['Mx.', 0.3]]),
    firstName: r.pick(pool.first),
    lastName: r.pick(pool.last),
  };
}

export const fullName = (p: { firstName: string | null; lastName: string }) => [p.firstName, p.lastName].filter(Boolean).join(' ');

/** ASCII for email addresses and domains ("Müller" -> "muller", "Min-jun" -> "minjun"). */
export function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

export const EXEC_TITLES = ['CEO', 'Chief Financial Officer', 'Chief Information Officer', 'Chief Technology Officer', 'Chief Operating Officer',
  'VP of Operations', 'VP of Sales', 'VP of Engineering', 'Managing Director', 'General Manager'];
export const STAFF_TITLES: ReadonlyArray<readonly [string, string]> = [
  ['IT Director', 'IT'], ['IT Manager', 'IT'], ['Systems Administrator', 'IT'], ['Head of Procurement', 'Procurement'],
  ['Procurement Manager', 'Procurement'], ['Sales Director', 'Sales'], ['Sales Operations Manager', 'Sales'], ['Marketing Director', 'Marketing'],
  ['Marketing Manager', 'Marketing'], ['Finance Manager', 'Finance'], ['Controller', 'Finance'], ['Operations Manager', 'Operations'],
  ['Customer Service Manager', 'Customer Service'], ['Project Manager', 'Operations'], ['Business Analyst', 'Operations'],
  ['HR Manager', 'Human Resources'], ['Office Manager', 'Administration'], ['Data Analyst', 'IT'],
];
export const LEAD_TITLES = ['CEO', 'CTO', 'Founder', 'VP of Sales', 'IT Director', 'IT Manager', 'Operations Manager', 'Head of Marketing',
  'Procurement Manager', 'Finance Director', 'Sales Manager', 'Office Manager', 'Business Analyst', 'Project Manager'];

export const LEAD_SOURCES: ReadonlyArray<readonly [string, number]> = [
  ['Web', 30], ['Phone Inquiry', 10], ['Partner Referral', 12], ['Purchased List', 8], ['Trade Show', 10], ['Employee Referral', 6],
  ['Advertisement', 8], ['Seminar - Internal', 5], ['Word of mouth', 6], ['Other', 5],
];
export const RATINGS: ReadonlyArray<readonly [string | null, number]> = [['Hot', 2], ['Warm', 4], ['Cold', 3], [null, 1]];
