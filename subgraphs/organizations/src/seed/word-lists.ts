/*
 * Word lists for plausible Chinese names, kept as space-separated strings so they stay compact.
 * Surnames are ordered roughly by frequency in Guangdong (陈, 李, 黄 … lead there, unlike the
 * national order), so a pick skewed towards the front reads naturally.
 */
const words = (...lines: string[]): readonly string[] => lines.join(' ').split(/\s+/).filter(Boolean);

export const SURNAMES = words(
  '陈 李 黄 张 梁 林 刘 吴 罗 何 郑 杨 冯 周 谢 叶 钟 曾 邓 王 蔡 彭 许 赖 苏 余 朱 潘 卢 郭',
  '徐 庄 胡 温 邱 谭 欧 莫 麦 古 关 廖 方 杜 袁 严 江 丘 唐 邹 孙 赵 马 高 韦 翁 姚 魏 汤 洪',
  '程 萧 龙 孔 曹 沈 文 范 植 官 招 区 岑 利 伍 欧阳 司徒 上官 司马',
);

export const GIVEN_NAME_CHARS = words(
  '伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 华 文 红 玲 斌 辉 丹 萍 鹏 宇',
  '浩 俊 嘉 欣 颖 婷 雪 晓 海 峰 龙 燕 慧 佳 锦 荣 东 家 健 泽 思 晨 怡 凯 亮 新 永 春 金 学',
  '志 建 国 玉 梅 兰 芬 瑞 雅 子 梓 宏 振 锋 彬 琳 淑 素 月 冬 秋 桂 英 秀 丰 耀 权 基 坚 铭',
  '展 宁 婉 诗 楚 茵 倩 韵 炜 灿 昊 晖 翠 焕 毅 聪 达 威 裕 彤 敏 卓 航 睿 杏 冰 洁 蓉 妍',
);

/** Characters of trade names (字号); two of them make names like 恒信, 鑫源, 嘉盛. */
export const TRADE_NAME_CHARS = words(
  '恒 信 达 华 盛 鑫 源 泰 丰 宏 兴 利 隆 安 发 顺 昌 富 嘉 德 祥 瑞 永 金 宝 联 创 汇 通 科',
  '正 和 鼎 浩 海 天 辉 明 新 美 佳 诚 立 中 康 力 众 星 宇 博 腾 凯 越 远 欣 成 荣 益 捷 晟',
  '骏 豪 粤 南 穗 岭 珠 湾 港 展 卓 锐 志 友 奥 威 雅 欧 朗 贝 思 维 拓 领 尚 亿 万 城 邦 润',
);

/** Departments and workshops that run a branch union (分工会) inside a larger enterprise. */
export const DEPARTMENTS = words(
  '生产部 行政部 研发中心 销售部 质量部 物流部 一车间 二车间 三车间 财务部 工程部 客服中心',
  '后勤部 技术部 采购部 仓储中心 设备部 营运部',
);
