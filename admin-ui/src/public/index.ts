// The public page of published lists (no sign-in): see PublicApp.tsx.
export { PublicApp, PublicRoutes } from './PublicApp';
export { isPublicLocation, publicPathOfHash, PUBLIC_HOME } from './paths';
export { PublicFetchContext, type PublicFetch } from './usePublicData';
