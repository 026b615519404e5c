export * from './result';
export * from './calendar-date';
export * from './region-code';
export * from './age-bands';
export * from './national-id';
export * from './credit-code';
export * from './mobile';
