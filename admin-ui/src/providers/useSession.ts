// The stored session as React state: screens re-render when sign-in or a refresh stores new schemas.
import { useSyncExternalStore } from 'react';
import { session, subscribeSession, type Session } from './storage';
import type { ResourceSchema } from './types';
import { canAccess } from './canAccess';

export const useSession = (): Session => useSyncExternalStore(subscribeSession, session.read);

export function useResourceSchema(resource: string | undefined): ResourceSchema | undefined {
  const { schemas } = useSession();
  return schemas.find((s) => s.name === resource);
}

/** Synchronous access check for rendering decisions (menus, columns, filters). */
export function useCan(): (resource: string, action: string) => boolean {
  const { me } = useSession();
  return (resource, action) => canAccess(me?.permissions, { resource, action });
}
