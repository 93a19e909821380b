import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { App } from './App';
import { isPublicLocation, PublicApp, publicPathOfHash } from './public';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A #/public/... link becomes the real path the public page's router reads.
const fromHash = publicPathOfHash(window.location.hash);
if (fromHash) window.history.replaceState(null, '', fromHash);

// The server serves the console at /console (cms/src/console/page.ts) and falls back to
// index.html for client-side routes, so real paths (not #/) survive a reload. The public page
// (/console/public) is rendered outside <Admin>, whose routes all require sign-in. A data router
// (not <BrowserRouter>): react-admin's warnWhenUnsavedChanges blocks navigation only inside one.
const router = createBrowserRouter([{ path: '*', element: isPublicLocation(window.location) ? <PublicApp /> : <App /> }], { basename: '/console' });

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
