/**
 * /healthz: the process is alive (for restart decisions). /readyz: it can serve requests: not shutting
 * down and the database answers within a second (for load balancers).
 */
import { Router } from 'express';
import type { DataSource } from 'typeorm';

const READY_CHECK_TIMEOUT_MS = 1000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function healthRoutes(options: { dataSource: DataSource; isShuttingDown: () => boolean }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    if (options.isShuttingDown()) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      await withTimeout(options.dataSource.query('SELECT 1'), READY_CHECK_TIMEOUT_MS);
      res.json({ status: 'ready', database: 'ok' });
    } catch (error) {
      req.log.warn({ err: error }, 'readiness check failed: database unreachable');
      res.status(503).json({ status: 'not ready', database: 'unreachable' });
    }
  });
  return router;
}
