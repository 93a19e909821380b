export * from './law-title';
export * from './header-row';
export * from './type-word';
export * from './sheet-row';
