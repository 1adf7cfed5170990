// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Client } from '@urql/svelte';

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
    }
  }
}

export {};
