import { GraphQLError, Kind, visit, type ASTNode, type ValidationContext, type ASTVisitor } from 'graphql';

/*
 * graphql-js checks that fields sharing a response name can merge by comparing them pairwise
 * (OverlappingFieldsCanBeMerged): `{ regions { code code … } }` costs O(n²). Under the token limit
 * such a document still takes most of a second, on the one thread that also answers /healthz.
 * Counting the field selections is linear, so it is done first and, when over the limit, the rest
 * of validation is skipped: a visitor that returns a non-node value from `enter` makes graphql-js
 * skip the whole subtree for every rule (validate() discards the edited copy), and the Document is
 * entered before any selection set. The count is syntactic: a fragment spread once counts once.
 */
export function maxFieldsRule(maxFields: number): (context: ValidationContext) => ASTVisitor {
  return (context) => ({
    Document: {
      enter(document) {
        const fields = countFields(document);
        if (fields <= maxFields) return undefined;
        context.reportError(new GraphQLError(`Field limit of ${maxFields} exceeded, found ${fields}.`));
        return null;
      },
    },
  });
}

function countFields(node: ASTNode): number {
  let fields = 0;
  visit(node, {
    [Kind.FIELD]() {
      fields += 1;
    },
  });
  return fields;
}
