import { normaliseHeader, parseCsv } from './bulk-csv';
import { BULK_OBJECTS } from './bulk-objects';
import { ImportPreview, type BulkObjectApiName } from './bulk.types';
import { importFields } from './import.service';

// Header names people use for a field, besides the field's own name: English, Korean, Chinese.
// A value names a field or a concept (`city`) that resolves to the object's field ending in it.
const COMMON: Record<string, string[]> = {
  'owner.name': ['owner', 'ownername', 'recordowner', '소유자', '담당자', '负责人', '所有人'],
  'owner.email': ['owneremail', '소유자이메일', '담당자이메일', '负责人邮箱'],
  externalId: ['externalid', 'extid', '외부id', '외부아이디', '外部id', '外部编号'],
  email: ['email', 'emailaddress', 'e-mail', '이메일', '电子邮件', '邮箱', '邮件'],
  phone: ['phone', 'telephone', '전화', '전화번호', '电话'],
  mobilePhone: ['mobile', 'mobilephone', 'cell', '휴대폰', '휴대전화', '手机'],
  firstName: ['firstname', 'givenname', '이름', '名'],
  lastName: ['lastname', 'surname', 'familyname', '성', '姓'],
  title: ['title', 'jobtitle', '직함', '직책', '职位'],
  description: ['description', 'notes', '설명', '비고', '描述', '备注'],
  industry: ['industry', '업종', '산업', '行业'],
  city: ['city', '도시', '시', '城市'],
  country: ['country', '국가', '나라', '国家'],
  state: ['state', 'province', '주', '도', '省', '州'],
  street: ['street', 'address', '주소', '地址', '街道'],
  postalCode: ['postalcode', 'zip', 'zipcode', '우편번호', '邮编', '邮政编码'],
  website: ['website', 'web', 'url', '웹사이트', '网站'],
  annualRevenue: ['annualrevenue', 'revenue', '연매출', '매출', '年收入', '营业额'],
  numberOfEmployees: ['employees', 'numberofemployees', '직원수', '员工人数', '员工数'],
  leadSource: ['leadsource', 'source', '리드소스', '출처', '来源', '线索来源'],
  rating: ['rating', '등급', '评级'],
};
const BY_OBJECT: Record<string, Record<string, string[]>> = {
  Account: {
    name: ['name', 'accountname', 'companyname', 'company', '계정명', '거래처명', '회사명', '회사', '名称', '客户名称', '公司名称', '公司'],
    'parent.name': ['parent', 'parentaccount', 'parentname', '상위계정', '모회사', '上级客户', '母公司'],
    type: ['type', 'accounttype', '유형', '类型'],
  },
  Contact: {
    'account.name': ['account', 'accountname', 'company', '계정', '거래처', '회사', '客户', '客户名称', '公司'],
    department: ['department', '부서', '部门'],
  },
  Lead: {
    company: ['company', 'companyname', '회사', '회사명', '公司', '公司名称'],
    status: ['status', 'leadstatus', '상태', '状态'],
  },
  Opportunity: {
    name: ['name', 'opportunityname', 'dealname', 'deal', '기회명', '영업기회', '商机名称', '商机', '名称'],
    stageName: ['stage', 'stagename', '단계', '阶段'],
    amount: ['amount', '금액', '金额'],
    closeDate: ['closedate', '마감일', '종료일', '结束日期', '成交日期'],
    probability: ['probability', '확률', '可能性'],
    competitor: ['competitor', '경쟁사', '竞争对手'],
    'account.name': ['account', 'accountname', '계정', '거래처', '客户', '客户名称'],
    type: ['type', '유형', '类型'],
  },
};

/** The import wizard's first step: the file's headers and first rows, and a suggested mapping. */
export function importPreview(objectApiName: BulkObjectApiName, csv: string): ImportPreview {
  const obj = BULK_OBJECTS[objectApiName];
  const parsed = parseCsv(csv);
  const fields = importFields(obj);
  const resolve = (concept: string) =>
    fields.includes(concept) ? concept : obj.writable.find((f) => f.toLowerCase().endsWith(concept.toLowerCase()) && f !== concept);
  const synonyms = new Map<string, string>();
  for (const f of fields) synonyms.set(normaliseHeader(f), f);
  for (const table of [COMMON, BY_OBJECT[obj.name]]) {
    for (const [concept, names] of Object.entries(table)) {
      const field = resolve(concept);
      if (field) for (const n of names) if (!synonyms.has(normaliseHeader(n)) || table !== COMMON) synonyms.set(normaliseHeader(n), field);
    }
  }
  const taken = new Set<string>();
  const mapping = parsed.header.map((column) => {
    const field = synonyms.get(normaliseHeader(column)) ?? null;
    if (!field || taken.has(field)) return { column, field: null };
    taken.add(field);
    return { column, field };
  });
  return Object.assign(new ImportPreview(), {
    headers: parsed.header,
    rows: parsed.rows.slice(0, 10).map((r) => r.cells),
    rowCount: parsed.rows.length,
    mapping,
    fields,
    errors: parsed.errors,
  });
}
