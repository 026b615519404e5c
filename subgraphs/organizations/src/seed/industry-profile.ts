import type { Ownership } from '../employer/employer.table';

/*
 * The shape of Guangdong's unionized employers: manufacturing dominates (the Pearl River Delta),
 * then trade, construction, logistics and IT; most enterprises are private, with a sizeable
 * foreign and Hong Kong / Macao / Taiwan invested share. Weights are relative, not percentages.
 */
export const SECTION_WEIGHTS = {
  C: 38,
  F: 11,
  E: 8,
  G: 7,
  I: 7,
  H: 5,
  L: 4,
  M: 4,
  K: 3,
  O: 2,
  P: 2,
  Q: 2,
  J: 2,
  D: 1.5,
  R: 1,
  N: 1,
  A: 1,
  B: 0.5,
} as const;
export type SeedSection = keyof typeof SECTION_WEIGHTS;

export const OWNERSHIP_WEIGHTS: Readonly<Record<Ownership, number>> = {
  PRIVATE: 70,
  HONG_KONG_MACAO_TAIWAN: 8,
  FOREIGN_INVESTED: 7,
  STATE_OWNED: 6,
  JOINT_STOCK: 5,
  COLLECTIVE: 2,
  OTHER: 2,
};

const words = (line: string): readonly string[] => line.split(' ');

/** What an employer of each section calls its business in its name (…电子科技有限公司). */
export const BUSINESS_WORDS: Readonly<Record<SeedSection, readonly string[]>> = {
  C: words(
    '电子科技 五金制品 塑胶制品 服装 家具 陶瓷 机械设备 电器 精密模具 食品 纺织 印刷包装 新材料 光电 玩具 灯饰 汽车零部件 医疗器械',
  ),
  F: words('商贸 贸易 百货 医药连锁 超市 电子商务 进出口'),
  E: words('建筑工程 建设工程 装饰工程 市政工程 机电安装'),
  G: words('物流 运输 快递 货运代理 仓储 公交 港务'),
  I: words('信息技术 软件 网络科技 数据服务 通信技术'),
  H: words('餐饮管理 酒店 饮食 酒店管理'),
  L: words('人力资源 商务咨询 企业管理 广告'),
  M: words('检测技术 工程设计 生物科技 科技研发'),
  K: words('房地产开发 物业管理 置业'),
  O: words('家政服务 汽车维修 保洁服务'),
  P: words('职业培训 教育科技'),
  Q: words('健康管理 医疗管理 养老服务'),
  J: words('融资担保 小额贷款 融资租赁'),
  D: words('电力 燃气 供水 新能源'),
  R: words('文化传播 体育发展 影视传媒'),
  N: words('环境工程 园林绿化 环保科技'),
  A: words('农业发展 水产养殖 生态农业 农牧'),
  B: words('矿业 石材'),
};

/** An industry union (产业工会) and the sections whose enterprises it organizes. */
export interface IndustryUnionDef {
  /** Appended to the province or city name: 广东省 + 教科文卫工会. */
  suffix: string;
  sections: readonly SeedSection[];
  /** Which city industry unions exist: every city, larger ones only, or the sea ports. */
  cities: 'ALL' | 'LARGE' | 'PORTS';
}

export const PROVINCIAL_INDUSTRY_UNIONS: readonly IndustryUnionDef[] = [
  { suffix: '教科文卫工会', sections: ['P', 'Q', 'R', 'M'], cities: 'ALL' },
  { suffix: '机械冶金建材工会', sections: ['C'], cities: 'LARGE' },
  { suffix: '财贸轻纺烟草工会', sections: ['F', 'H'], cities: 'LARGE' },
  { suffix: '能源化学地质工会', sections: ['B', 'D'], cities: 'LARGE' },
  { suffix: '农林水利气象工会', sections: ['A', 'N'], cities: 'LARGE' },
  { suffix: '海员建设工会', sections: ['E', 'G'], cities: 'LARGE' },
  { suffix: '国防邮电工会', sections: ['I'], cities: 'LARGE' },
  { suffix: '金融工会', sections: ['J'], cities: 'LARGE' },
];

/** City industry unions; 海员工会 exist in the port cities only. */
export const CITY_INDUSTRY_UNIONS: readonly IndustryUnionDef[] = [
  { suffix: '教科文卫工会', sections: ['P', 'Q', 'R', 'M'], cities: 'ALL' },
  { suffix: '建设工会', sections: ['E'], cities: 'ALL' },
  { suffix: '机械冶金建材工会', sections: ['C'], cities: 'LARGE' },
  { suffix: '财贸轻纺烟草工会', sections: ['F', 'H'], cities: 'LARGE' },
  { suffix: '交通运输工会', sections: ['G'], cities: 'LARGE' },
  { suffix: '金融工会', sections: ['J'], cities: 'LARGE' },
  { suffix: '海员工会', sections: ['G'], cities: 'PORTS' },
];

/** Port cities with a seafarers' union: 广州 深圳 珠海 汕头 江门 湛江 茂名 阳江. */
export const PORT_CITIES: ReadonlySet<string> = new Set([
  '4401',
  '4403',
  '4404',
  '4405',
  '4407',
  '4408',
  '4409',
  '4417',
]);
