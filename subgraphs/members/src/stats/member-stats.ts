import { AGE_BANDS, bandOfAge, chinaDateOf, type AgeBand } from '@union/kit';
import { isInGoodStanding, type Education } from '../member/member.table';
import type { CounterDimension } from './member-dimensions';
import { ageOfBirthMonth, isNewGeneration } from './age-figures';

export interface MemberStats {
  total: number;
  active: number;
  migrantWorkers: number;
  women: number;
  newGeneration: number;
  byAgeBand: { ageBand: AgeBand; count: number }[];
  byEducation: { education: Education | null; count: number }[];
  pendingApplications: number;
}

/** A running sum of counter cells (dimension, value, count) into the figures. */
export class StatsAccumulator {
  private total = 0;
  private active = 0;
  private migrant = 0;
  private women = 0;
  private newGeneration = 0;
  private pending = 0;
  private readonly bands = new Map<AgeBand, number>();
  private readonly education = new Map<string, number>();

  /** China's date of `today`, once: a province's figures add about a thousand birth-month cells. */
  private readonly todayInChina: string;

  constructor(today: Date = new Date()) {
    this.todayInChina = chinaDateOf(today);
  }

  /**
   * Every name of member-dimensions.ts has a case here (a new one fails the `never` check below);
   * a stored name the code no longer knows is ignored.
   */
  add(stored: string, value: string, count: number): void {
    if (count === 0) return;
    const dimension = stored as CounterDimension;
    switch (dimension) {
      case 'status':
        this.total += count;
        if (isInGoodStanding(value)) this.active += count;
        break;
      case 'migrant':
        this.migrant += count;
        break;
      case 'gender':
        if (value === 'FEMALE') this.women += count;
        break;
      case 'education':
        this.education.set(value, (this.education.get(value) ?? 0) + count);
        break;
      case 'birth_month': {
        const age = ageOfBirthMonth(value, this.todayInChina);
        const band = bandOfAge(age);
        this.bands.set(band, (this.bands.get(band) ?? 0) + count);
        if (isNewGeneration(age)) this.newGeneration += count;
        break;
      }
      case 'pending':
        this.pending += count;
        break;
      case 'child':
        break;
      default: {
        const unknown: never = dimension;
        void unknown;
      }
    }
  }

  result(): MemberStats {
    return {
      total: this.total,
      active: this.active,
      migrantWorkers: this.migrant,
      women: this.women,
      newGeneration: this.newGeneration,
      byAgeBand: AGE_BANDS.filter((b) => (this.bands.get(b) ?? 0) > 0).map((b) => ({
        ageBand: b,
        count: this.bands.get(b)!,
      })),
      byEducation: [...this.education.entries()]
        .filter(([, n]) => n > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([e, count]) => ({ education: e === 'NONE' ? null : (e as Education), count })),
      pendingApplications: this.pending,
    };
  }
}
