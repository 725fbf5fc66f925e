import './zod-config';
export * from './enums';
export * from './answers';
export * from './sources';
export * from './catalog';
export * from './rule-pack';
export * from './recommendation';
export * from './scenario';
export * from './issues';
