/*
 * Relative number of grassroots unions per city, roughly following employment: the Pearl River
 * Delta (深圳, 广州, 东莞, 佛山) far ahead, the mountainous north and the west far behind.
 */
export const CITY_WEIGHTS: Readonly<Record<string, number>> = {
  '4403': 20, // 深圳
  '4401': 18, // 广州
  '4419': 12, // 东莞
  '4406': 10, // 佛山
  '4413': 4, // 惠州
  '4420': 4, // 中山
  '4407': 3.5, // 江门
  '4404': 3, // 珠海
  '4405': 3, // 汕头
  '4408': 2.5, // 湛江
  '4412': 2, // 肇庆
  '4409': 2, // 茂名
  '4452': 2, // 揭阳
  '4418': 1.8, // 清远
  '4414': 1.4, // 梅州
  '4402': 1.4, // 韶关
  '4417': 1.2, // 阳江
  '4416': 1.2, // 河源
  '4451': 1.2, // 潮州
  '4415': 1, // 汕尾
  '4453': 0.9, // 云浮
};

/** Splits `total` over the keys in proportion to their weights (largest remainder: the counts add up exactly). */
export function apportion(total: number, weights: Readonly<Record<string, number>>): Map<string, number> {
  const keys = Object.keys(weights).sort();
  const sum = keys.reduce((s, k) => s + weights[k]!, 0);
  const shares = keys.map((key) => ({ key, share: (total * weights[key]!) / sum }));
  const counts = new Map(shares.map(({ key, share }) => [key, Math.floor(share)]));
  let left = total - [...counts.values()].reduce((s, n) => s + n, 0);
  const remainder = (s: { share: number }) => s.share - Math.floor(s.share);
  const byRemainder = [...shares].sort((a, b) => remainder(b) - remainder(a) || (a.key < b.key ? -1 : 1));
  for (let i = 0; left > 0; i++, left--) {
    const key = byRemainder[i % byRemainder.length]!.key;
    counts.set(key, counts.get(key)! + 1);
  }
  return counts;
}
