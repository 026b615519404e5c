/** What Region.laborStats resolves to: whose figures; each LaborStats field loads only the metrics it needs. */
export interface LaborStatsHandle {
  code: string;
}
