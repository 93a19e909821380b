// The list location of a figure, from react-admin's own list path (so a basename is respected).
import { useCallback } from 'react';
import { useCreatePath } from 'react-admin';
import { figureLink, type ListLocation } from './links';
import type { Figure } from './types';

export function useFigureLink(): (figure: Figure) => ListLocation {
  const createPath = useCreatePath();
  return useCallback((figure: Figure) => figureLink(figure, createPath({ resource: figure.resource, type: 'list' })), [createPath]);
}
