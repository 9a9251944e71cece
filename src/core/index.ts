export * from './ids.ts';
export * from './profile/codes.ts';
export * from './profile/empty.ts';
export * from './profile/parse.ts';
export * from './profile/schema.ts';
export * from './profile/selection.ts';
export type * from './profile/types.ts';
