import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** Seeded ids the samples use, so operations reach real rows where that is cheap. */
export interface SampleIds {
  organizationId: string;
  memberId: string;
}

/*
 * Variables an operation can run with: every required variable (and every required input field)
 * gets a value of its type that passes coercion; names pick a plausible one (region codes, ID
 * numbers, credit codes, dates). Optional variables are left out so their defaults apply.
 */
export function sampleVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  ids: SampleIds,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as any) as GraphQLInputType | undefined;
    if (!type || !isNonNullType(type) || definition.defaultValue) continue;
    variables[definition.variable.name.value] = sample(type, definition.variable.name.value, ids);
  }
  return variables;
}

function sample(type: GraphQLInputType, name: string, ids: SampleIds): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, ids);
  if (isListType(type)) return [sample(type.ofType, name, ids)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = sample(field.type, field.name, ids);
    return value;
  }
  const scalar = getNamedType(type);
  if (!isScalarType(scalar)) throw new Error(`no sample for ${String(type)}`);
  return scalarSample(scalar.name, name, ids);
}

function scalarSample(scalar: string, name: string, ids: SampleIds): unknown {
  const n = name.toLowerCase();
  switch (scalar) {
    case 'Date':
      return '2026-03-01';
    case 'DateTime':
      return '2026-03-01T00:00:00.000Z';
    case 'Cents':
      return 100000;
    case 'Int':
      if (n === 'year') return 2026;
      if (n === 'rating') return 5;
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
  }
  if (n === 'code' || n.endsWith('regioncode') || n === 'parentcode' || n === 'regionprefix') return '4401';
  if (n === 'coveredregion') return '4401';
  if (n === 'idnumber') return '440106199403151011';
  if (n === 'creditcode') return '91440106528173647K';
  if (n === 'phone') return '13812340001';
  if (n === 'casenumber') return '4401-2026-000001';
  if (n === 'number') return '4401-SQ-2026-000001';
  if (n === 'period') return '2026-Q3';
  if (n === 'industrycode') return 'C';
  if (n === 'idempotencykey') return 'registry-sample-0001';
  if (n === 'memberid' || n === 'memberids') return ids.memberId;
  if (n.endsWith('organizationid') || n === 'parentid' || n === 'sourceid' || n === 'targetid')
    return ids.organizationId;
  if (scalar === 'ID') return '018cc251-f67b-7ecd-99c6-000000000000';
  return '登记册样例';
}
