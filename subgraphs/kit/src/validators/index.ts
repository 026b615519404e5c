export * from './result';
export * from './calendar-date';
export * from './region-code';
export * from './national-id';
export * from './credit-code';
export * from './mobile';
