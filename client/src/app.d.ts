// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Client } from '@urql/svelte';
import type { ApiQuery } from '$lib/server/graphql';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** Quoted to support when something broke on our side; the details are in the server log. */
      errorId?: string;
    }
    interface Locals {
      /** GraphQL client of this request, talking to the API directly (server loads and actions). */
      graphql: Client;
      /** The same API for the hottest reads, without urql (see createApiQuery). */
      queryApi: ApiQuery;
    }
  }
}

export {};
