/*
 * Which schema coordinates an operation relies on, in the paths GraphQL Inspector gives its changes:
 * `Type.field` for every field selected, `Type.field.argument` for every argument passed,
 * `Input.field` for every input field written in a literal, `Enum.VALUE` for every enum literal,
 * and the bare type name of every input or enum type a variable is declared with (its clients may
 * send any field or value of it). Read against the schema the operation was written for.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

export function coordinatesUsed(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field) used.add(`${parent.name}.${field.name}`);
      },
      Argument() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const argument = typeInfo.getArgument();
        if (parent && field && argument) used.add(`${parent.name}.${field.name}.${argument.name}`);
      },
      ObjectField(node) {
        const input = typeInfo.getParentInputType();
        const named = input ? getNamedType(input) : undefined;
        if (named && isInputObjectType(named)) used.add(named.name).add(`${named.name}.${node.name.value}`);
      },
      EnumValue(node) {
        const named = typeInfo.getInputType() ? getNamedType(typeInfo.getInputType()!) : undefined;
        if (named && isEnumType(named)) used.add(`${named.name}.${node.value}`);
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type as any);
        const named = type ? getNamedType(type) : undefined;
        if (named && (isInputObjectType(named) || isEnumType(named))) addInputType(named, used, new Set());
      },
    }),
  );
  return used;
}

/* A variable of an input type may carry any of its fields, nested inputs and enum values included. */
function addInputType(type: any, used: Set<string>, seen: Set<string>): void {
  if (seen.has(type.name)) return;
  seen.add(type.name);
  used.add(type.name);
  if (isEnumType(type)) {
    for (const value of type.getValues()) used.add(`${type.name}.${value.name}`);
    return;
  }
  if (!isInputObjectType(type)) return;
  for (const field of Object.values(type.getFields())) {
    used.add(`${type.name}.${field.name}`);
    const named = getNamedType(field.type);
    if (isInputObjectType(named) || isEnumType(named)) addInputType(named, used, seen);
  }
}

/**
 * Whether a change at `path` touches what an operation uses: the coordinate itself, anything
 * below it (a removed type takes its fields along, a changed field its arguments), or — for an
 * added argument or input field, breaking only when required — the field or input type it joins.
 */
export function touches(path: string, used: Set<string>, changeType?: string): boolean {
  if (used.has(path)) return true;
  for (const coordinate of used) if (coordinate.startsWith(`${path}.`)) return true;
  // A required argument or input field added breaks every operation using its field or input type.
  if (changeType && ADDITIONS.has(changeType)) return used.has(path.slice(0, path.lastIndexOf('.')));
  return false;
}

const ADDITIONS = new Set(['FIELD_ARGUMENT_ADDED', 'INPUT_FIELD_ADDED']);
