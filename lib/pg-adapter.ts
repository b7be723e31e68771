// @prisma/adapter-pg 6.19 with one fix. Prisma's transaction manager sends COMMIT through
// the transaction's executeRaw and only then calls commit(), which returns the connection
// to the pool; when COMMIT itself fails — a serialization failure under SERIALIZABLE, a
// deferred constraint — commit() is never called and the connection leaks. A few refused
// races exhaust the pool and every request then hangs (measured: 4 of 10 connections lost
// after 3 rounds of 4 racing transactions). PostgreSQL has already ended the transaction
// when COMMIT fails, so the connection is returned here; a failed ROLLBACK (a broken
// connection) is discarded instead. The same for ROLLBACK's own failure.
import { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Transaction["executeRaw"]>[0];
interface PooledClient {
  release: (destroy?: boolean | Error) => void;
}

const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i;

export class SafePrismaPg extends PrismaPg {
  async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await start(isolationLevel);
      const execute = tx.executeRaw.bind(tx);
      let released = false;
      const client = (tx as unknown as { client: PooledClient }).client;
      const release = client.release.bind(client);
      client.release = (destroy?: boolean | Error) => {
        if (released) return;
        released = true;
        release(destroy);
      };
      tx.executeRaw = async (query: Query) => {
        try {
          return await execute(query);
        } catch (e) {
          if (ENDS_TRANSACTION.test(query.sql)) client.release(/^\s*ROLLBACK/i.test(query.sql) ? true : undefined);
          throw e;
        }
      };
      return tx;
    };
    return adapter;
  }
}
