import type { ApolloServerPlugin } from '@apollo/server';
import { isClientErrorCode, type Logger } from '@union/kit';
import type { GatewayContext } from '../context';

/**
 * Logs which subgraph an unexpected error came from. The kit's masking plugin logs the original
 * error's name and stack, but an error relayed from a subgraph has a plain JSON object as its
 * original, so that line would say nothing; this one names the subgraph and its error code.
 * Subgraphs mask their own internals, so their messages are safe to keep in the log.
 */
export function downstreamErrorLoggingPlugin(logger: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const subgraph = error.extensions?.serviceName;
            const code = error.extensions?.code;
            if (typeof subgraph !== 'string' || isClientErrorCode(code)) continue;
            logger.error(
              {
                requestId: contextValue.requestId,
                subgraph,
                code,
                path: error.path,
                message: error.message.slice(0, 500),
              },
              'subgraph returned an error',
            );
          }
        },
      };
    },
  };
}
