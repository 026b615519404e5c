import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * How many times the operation's root selection names one of `fields` — aliases, inline fragments
 * and fragment spreads included, so `a: submitX b: submitX` or `...F` spends the budget per use.
 */
export function countRootFieldUses(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  fields: ReadonlySet<string>,
): number {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
    ),
  );
  const seen = new Set<string>();
  const count = (set: SelectionSetNode): number => {
    let uses = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (fields.has(selection.name.value)) uses += 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        uses += count(selection.selectionSet);
      } else {
        // A fragment spread twice at the root is merged by GraphQL: its fields run once.
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) {
          seen.add(name);
          uses += count(fragment.selectionSet);
        }
      }
    }
    return uses;
  };
  return count(operation.selectionSet);
}
