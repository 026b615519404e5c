/** Risk of a dispute or of an organization's labor relations (矛盾排查 grades). */
export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
