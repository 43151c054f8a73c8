// How much a dataset may weigh and how long its server may take, wherever it comes from.
export const MAX_DATASET_BYTES = 100 * 1024 * 1024;
export const DATASET_TIMEOUT_MS = 30_000;
