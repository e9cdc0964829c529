import { createHash, randomUUID } from 'node:crypto';
import { checkOptionKeys, type Diagnosis } from '@smtpfix/core';
import {
  createSender,
  defaultRetryOptions,
  isSenderError,
  type MailMessage,
  type Sender,
  type SenderOptions,
  resolveSenderOptions,
  retryDelay,
} from '@smtpfix/sender';
import { type ConnectionOptions, type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { type RedisCoordinator, redisCoordinator } from './coordinator.js';
import { isRedisCoordinationError, RedisCoordinationError } from './errors.js';
import { outboxOptionShape } from './option-keys.js';
import { checkInt, checkRedisUrl, DEFAULT_REDIS_URL, type RedisCoordinatorOptions } from './options.js';

/** Options of the outbox's BullMQ queue. Every field is optional. */
export interface OutboxQueueOptions {
  /** Queue name; one queue per sending account is simplest. @default 'smtpfix-outbox' */
  name?: string;
  /** BullMQ key prefix. @default 'smtpfix' */
  prefix?: string;
  /**
   * How long after `enqueue()` a transiently failing message is still retried; past it the job
   * fails with the last `Diagnosis`.
   * @default 3_600_000 (1 hour)
   */
  deadlineMs?: number;
  /**
   * How long a delivered job is kept. Enqueuing the same Message-ID again within this time is a
   * no-op; after it, the message would be sent again.
   * @default 86_400 (one day), in seconds
   */
  keepCompletedS?: number;
  /** BullMQ's job lock: a worker that stops renewing it (it died) loses the job to another after this. @default 30_000 */
  lockDurationMs?: number;
  /** How often workers look for jobs whose worker died. @default 30_000 */
  stalledIntervalMs?: number;
  /** Times a job may be recovered from a dead worker before it fails. @default 5 */
  maxStalledCount?: number;
}

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  /** A `redis://` URL, or an ioredis client (you close it). @default 'redis://127.0.0.1:6379' */
  redis?: string | Redis;
  /**
   * The sender options of the workers (checked now, used by `work()`). Without `coordinator`, the
   * outbox makes a {@link RedisCoordinator} on the same Redis, so every worker shares the account's
   * slots and token. `retry` shapes the delays of retried jobs; each job is tried once per attempt.
   */
  sender: SenderOptions;
  queue?: OutboxQueueOptions;
  /** Options of the coordinator the outbox makes (`url` and `client` come from `redis`). */
  coordinator?: Omit<RedisCoordinatorOptions, 'url' | 'client'>;
}

/** What is stored with a job that failed for good. */
export interface OutboxFailure {
  /** The `SenderError` code (`SEND_REJECTED`, `CREDENTIALS_REJECTED`, `RETRY_EXHAUSTED`, …). */
  code: string;
  message: string;
  /** The catalog's reading of the last reply, when there was one. */
  diagnosis: Diagnosis | undefined;
  /**
   * Recipients that got the message before it failed (one sent in several transactions); usually
   * empty. Absent in failures stored by versions before it existed.
   */
  accepted?: string[];
}

/** Events of an outbox; each is about a job this process's worker handled. */
export interface OutboxEvents {
  /** Gmail accepted the message. */
  delivered: { id: string; messageId: string; response: string };
  /** A transient failure: the job comes back after `delayMs`. */
  retrying: {
    id: string;
    messageId: string;
    delayMs: number;
    attempt: number;
    diagnosis: Diagnosis | undefined;
  };
  /** The job failed for good; `failure.diagnosis` says why. */
  failed: { id: string; messageId: string; failure: OutboxFailure };
  /**
   * A job started again after its worker died mid-send. If the dead worker's DATA had been accepted,
   * this send is a duplicate: every such job is counted in `stats().recovered`.
   */
  recovered: { id: string; messageId: string };
  /** A worker or queue error (Redis connection trouble). */
  error: { error: Error };
}

/** Counts of the outbox's jobs by state, and jobs recovered from dead workers. */
export interface OutboxStats {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
  /** Jobs started again after their worker died: the only ones that can be sent twice. */
  recovered: number;
}

/** A job's state, and its failure when it failed. */
export interface OutboxJobStatus {
  id: string;
  state: string;
  attemptsMade: number;
  failure: OutboxFailure | undefined;
}

/** A durable outbox: messages are kept in Redis until a worker in any process has sent them. */
export interface Outbox {
  /**
   * Stores a message for sending. The job id comes from its Message-ID (one is made when missing),
   * so the same message enqueued twice is sent once. Resolves once Redis has it.
   * @throws {RedisCoordinationError} `INVALID_MESSAGE` when the message is not plain JSON data
   */
  enqueue(message: MailMessage): Promise<{ id: string; messageId: string }>;
  /** Runs a worker in this process, sending `concurrency` jobs at a time (default: the sender's `maxConnections`). */
  work(options?: { concurrency?: number }): void;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends keyof OutboxEvents>(event: E, listener: (payload: OutboxEvents[E]) => void): () => void;
  /** A job's state and, when failed, its {@link OutboxFailure}. */
  status(id: string): Promise<OutboxJobStatus | undefined>;
  stats(): Promise<OutboxStats>;
  /** The coordinator the workers share (made by the outbox unless `sender.coordinator` was given). */
  readonly coordinator: RedisCoordinator | undefined;
  /** Stops the worker (active jobs finish first), then closes the sender, queue and connections it made. */
  close(): Promise<void>;
}

interface JobData {
  message: MailMessage;
  enqueuedAt: number;
  failure?: OutboxFailure;
  /**
   * Recipients an earlier attempt already reached (a message sent in several transactions): stored
   * after each of its transactions but the last, and when an attempt fails.
   */
  reached?: string[];
}

/** The BullMQ job id of a Message-ID: a hash, since ids may not contain ':' and Message-IDs may. */
export function outboxJobId(messageId: string): string {
  const normalized = messageId.trim().replace(/^<|>$/g, '').toLowerCase();
  return `m-${createHash('sha256').update(normalized).digest('hex').slice(0, 32)}`;
}

const isPlainData = (v: unknown, depth = 0): boolean => {
  if (depth > 20) return false;
  if (v === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof v)) return true;
  if (Array.isArray(v)) return v.every((x) => isPlainData(x, depth + 1));
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.values(v as object).every((x) => isPlainData(x, depth + 1));
  }
  return false;
};

/** Copy of `x` without its failure: what `failed` events and statuses carry. */
const failureOf = (err: unknown, reachedBefore: readonly string[] = []): OutboxFailure => {
  const e = err as { code?: unknown; message?: unknown; diagnosis?: Diagnosis; accepted?: unknown };
  const now = Array.isArray(e?.accepted) ? e.accepted.filter((a): a is string => typeof a === 'string') : [];
  return {
    code: typeof e?.code === 'string' ? e.code : 'UNKNOWN',
    message: typeof e?.message === 'string' ? e.message : String(err),
    diagnosis: e?.diagnosis,
    accepted: [...new Set([...reachedBefore, ...now])],
  };
};

/** Sender error codes that retrying the same job later cannot fix. */
const PERMANENT = new Set([
  'SEND_REJECTED',
  'INVALID_MESSAGE',
  'CREDENTIALS_REJECTED',
  'TOKEN_REJECTED',
  'INVALID_OPTION',
]);

/**
 * Creates a durable outbox on BullMQ. Options (the sender's too) are checked here.
 * @throws {RedisCoordinationError} `INVALID_OPTION`; `SenderError` `INVALID_OPTION` for `sender`
 * @example
 * ```ts
 * const outbox = createOutbox({ redis: process.env.REDIS_URL, sender: { user, auth, maxConnections: 5 } });
 * await outbox.enqueue({ to: 'ana@example.org', subject: 'Hi', text: 'Hello', messageId: '<order-42@acme.com>' });
 * outbox.work({ concurrency: 5 }); // in worker processes
 * ```
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const issues: string[] = [];
  if (!options || typeof options !== 'object') {
    throw new RedisCoordinationError(
      'INVALID_OPTION',
      'createOutbox() needs an options object: { redis, sender }',
    );
  }
  // Unknown keys at every level, `sender.*` and `coordinator.*` included, named with their full path.
  for (const unknown of checkOptionKeys(outboxOptionShape, options)) issues.push(unknown.message);
  const redis = options.redis ?? DEFAULT_REDIS_URL;
  if (typeof redis === 'string') checkRedisUrl(issues, 'redis', redis);
  else if (typeof (redis as Redis)?.duplicate !== 'function')
    issues.push('redis must be a redis:// URL or an ioredis client');
  const q = options.queue ?? {};
  const name = q.name ?? 'smtpfix-outbox';
  if (typeof name !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(name)) {
    issues.push(
      `queue.name must be 1-64 letters, digits, '_', '.' or '-' (no ':'), got ${JSON.stringify(name)}`,
    );
  }
  const prefix = q.prefix ?? 'smtpfix';
  if (typeof prefix !== 'string' || !/^[A-Za-z0-9_.:-]{1,64}$/.test(prefix)) {
    issues.push(
      `queue.prefix must be 1-64 letters, digits, '_', '.', ':' or '-', got ${JSON.stringify(prefix)}`,
    );
  }
  const deadlineMs = q.deadlineMs ?? 3_600_000;
  checkInt(issues, 'queue.deadlineMs', deadlineMs, 0);
  const keepCompletedS = q.keepCompletedS ?? 86_400;
  checkInt(issues, 'queue.keepCompletedS', keepCompletedS, 1);
  const lockDurationMs = q.lockDurationMs ?? 30_000;
  checkInt(issues, 'queue.lockDurationMs', lockDurationMs, 500);
  const stalledIntervalMs = q.stalledIntervalMs ?? 30_000;
  checkInt(issues, 'queue.stalledIntervalMs', stalledIntervalMs, 100);
  const maxStalledCount = q.maxStalledCount ?? 5;
  checkInt(issues, 'queue.maxStalledCount', maxStalledCount, 1, 1_000);
  if (issues.length > 0) {
    throw new RedisCoordinationError(
      'INVALID_OPTION',
      `Invalid @smtpfix/redis outbox options:\n- ${issues.join('\n- ')}`,
    );
  }
  // Checked now so a wrong sender option fails at createOutbox(), not in the first worker.
  const resolved = resolveSenderOptions(options.sender);
  const retry = { ...defaultRetryOptions, ...options.sender.retry };
  const domain = resolved.user.split('@')[1] ?? 'localhost';

  const url = typeof redis === 'string' ? redis : undefined;
  const client = typeof redis === 'string' ? undefined : redis;
  const connection = (blocking: boolean): { connection: ConnectionOptions; own?: Redis } => {
    if (url) return { connection: { url, maxRetriesPerRequest: blocking ? null : 1 } };
    // BullMQ refuses a client with request retries for its blocking connection: a duplicate has none.
    const own = client!.duplicate({ maxRetriesPerRequest: null });
    return { connection: own, own };
  };
  const owned: Redis[] = [];
  const queueConnection = connection(false);
  if (queueConnection.own) owned.push(queueConnection.own);
  const queue = new Queue<JobData>(name, { connection: queueConnection.connection, prefix });
  const listeners = new Map<keyof OutboxEvents, Set<(p: never) => void>>();
  const emit = <E extends keyof OutboxEvents>(event: E, payload: OutboxEvents[E]) => {
    for (const l of listeners.get(event) ?? []) {
      try {
        (l as (p: OutboxEvents[E]) => void)(payload);
      } catch {
        // A throwing listener must not lose a job.
      }
    }
  };
  queue.on('error', (error) => emit('error', { error }));
  const recoveredKey = `${prefix}:${name}:smtpfix:recovered`;
  // BullMQ 6 does not expose its client; bookkeeping of recovered jobs uses its own.
  const aux = url ? new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true }) : client!;
  if (url) {
    aux.on('error', () => undefined);
    owned.push(aux);
  }

  const coordinator =
    options.sender.coordinator === undefined
      ? redisCoordinator({ ...options.coordinator, ...(url ? { url } : { client: client! }) })
      : undefined;
  let worker: Worker<JobData> | undefined;
  let sender: Sender | undefined;
  let closed = false;

  const process = async (job: Job<JobData>): Promise<{ response: string; messageId: string }> => {
    const messageId = String(job.data.message.messageId);
    const id = String(job.id);
    // attemptsStarted counts every start, attemptsMade only finished attempts: a gap means a
    // worker died (or lost its lock) mid-send, and the message may already have been accepted.
    if (job.attemptsStarted > job.attemptsMade + 1) {
      await aux.sadd(recoveredKey, id);
      emit('recovered', { id, messageId });
    }
    const reached = job.data.reached ?? [];
    // Stored after each transaction of a message sent in several, before the next: a worker that
    // dies between two leaves them in the job, and the recovered job skips them.
    const onReached = async (now: readonly string[]) => {
      await job.updateData({ ...job.data, reached: [...new Set([...reached, ...now])] });
    };
    try {
      // A retry of a message that reached some recipients before it failed sends only to the others.
      const result = await sender!.send(job.data.message, {
        ...(reached.length ? { skipRecipients: reached } : {}),
        onReached,
      });
      emit('delivered', { id, messageId, response: result.response });
      return { response: result.response, messageId };
    } catch (err) {
      const code = isSenderError(err) || isRedisCoordinationError(err) ? err.code : 'UNKNOWN';
      const failure = failureOf(err, reached);
      if ((failure.accepted?.length ?? 0) > reached.length) {
        await job.updateData({ ...job.data, reached: failure.accepted });
      }
      const attempt = job.attemptsMade + 1;
      const advice = failure.diagnosis?.entry?.retry ?? null;
      const delay =
        retryDelay(advice?.kind === 'backoff' ? advice : null, attempt, retry, Math.random) ??
        retry.defaultDelayMs;
      const pastDeadline = Date.now() + delay > job.data.enqueuedAt + deadlineMs;
      if (PERMANENT.has(code) || pastDeadline) {
        const kept: OutboxFailure =
          pastDeadline && !PERMANENT.has(code) ? { ...failure, code: 'RETRY_EXHAUSTED' } : failure;
        await job.updateData({ ...job.data, failure: JSON.parse(JSON.stringify(kept)) as OutboxFailure });
        emit('failed', { id, messageId, failure: kept });
        throw new UnrecoverableError(`${kept.code}: ${kept.message}`);
      }
      emit('retrying', { id, messageId, delayMs: delay, attempt, diagnosis: failure.diagnosis });
      // The backoff strategy below reads the delay the catalog chose for this failure.
      throw Object.assign(new Error(`${code}: ${failure.message}`), { retryDelayMs: delay });
    }
  };

  return {
    coordinator,
    async enqueue(message) {
      if (closed) throw new RedisCoordinationError('CLOSED', 'This outbox is closed');
      if (!message || typeof message !== 'object' || !isPlainData(message)) {
        throw new RedisCoordinationError(
          'INVALID_MESSAGE',
          'enqueue() stores the message as JSON: use strings (attachments as { content: base64, encoding: "base64" } or { path }), not Buffers or streams',
        );
      }
      const messageId =
        typeof message.messageId === 'string' && message.messageId
          ? message.messageId
          : `<${randomUUID()}@${domain}>`;
      const id = outboxJobId(messageId);
      await queue.add(
        'send',
        { message: { ...message, messageId }, enqueuedAt: Date.now() },
        {
          jobId: id,
          // Retries are bounded by deadlineMs, checked per failure; attempts only has to be large.
          attempts: 1_000_000,
          backoff: { type: 'smtpfix' },
          removeOnComplete: { age: keepCompletedS },
          removeOnFail: false,
        },
      );
      return { id, messageId };
    },
    work(workOptions = {}) {
      if (closed) throw new RedisCoordinationError('CLOSED', 'This outbox is closed');
      if (worker) return;
      const concurrency = workOptions.concurrency ?? resolved.maxConnections;
      const problems: string[] = [];
      checkInt(problems, 'concurrency', concurrency, 1, 1_000);
      if (problems.length > 0) throw new RedisCoordinationError('INVALID_OPTION', problems.join('; '));
      sender = createSender({
        ...options.sender,
        ...(coordinator ? { coordinator } : {}),
        // One try per job attempt: a transient failure becomes a delayed job, durable in Redis.
        retry: { ...options.sender.retry, maxAttempts: 1 },
      });
      const workerConnection = connection(true);
      if (workerConnection.own) owned.push(workerConnection.own);
      worker = new Worker<JobData>(name, process, {
        connection: workerConnection.connection,
        prefix,
        concurrency,
        lockDuration: lockDurationMs,
        stalledInterval: stalledIntervalMs,
        maxStalledCount,
        settings: {
          backoffStrategy: (_attempts, _type, err) =>
            Number((err as { retryDelayMs?: number } | undefined)?.retryDelayMs ?? retry.defaultDelayMs),
        },
      });
      worker.on('error', (error) => emit('error', { error }));
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener as (p: never) => void);
      return () => set.delete(listener as (p: never) => void);
    },
    async status(id) {
      const job = await queue.getJob(id);
      if (!job) return undefined;
      return { id, state: await job.getState(), attemptsMade: job.attemptsMade, failure: job.data.failure };
    },
    async stats() {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
      return {
        waiting: counts['waiting'] ?? 0,
        active: counts['active'] ?? 0,
        delayed: counts['delayed'] ?? 0,
        completed: counts['completed'] ?? 0,
        failed: counts['failed'] ?? 0,
        recovered: Number(await aux.scard(recoveredKey)),
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      await worker?.close();
      await sender?.close();
      await queue.close();
      await coordinator?.close();
      await Promise.all(owned.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
