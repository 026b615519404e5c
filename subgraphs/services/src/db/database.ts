import type { AssistanceGrantTable } from '../hardship/grant.table';
import type { HardshipCaseTable } from '../hardship/hardship.table';
import type { ParticipationTable } from '../participation/participation.table';
import type { ServiceProgramTable } from '../program/program.table';
import type { ServiceRequestTable } from '../request/request.table';
import type { ServiceCounterTable, ServiceFirstServedTable } from '../stats/service-counters.table';

/** Table name → row type of the services database. */
export interface Database {
  service_programs: ServiceProgramTable;
  service_requests: ServiceRequestTable;
  participations: ParticipationTable;
  hardship_cases: HardshipCaseTable;
  assistance_grants: AssistanceGrantTable;
  service_counters: ServiceCounterTable;
  service_first_served: ServiceFirstServedTable;
}
