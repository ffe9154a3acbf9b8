import type { Navigate } from '../router/navigation.js';

/** What a view hands back to the app: a document title, its content, and work to do once shown. */
export interface ViewResult {
  title: string;
  node: Node;
  mounted?: () => void;
  /** called instead of a new render when only the URL's fragment changed (`#s12` -> `#s14`) */
  onFragment?: (hash: string) => void;
}

export interface ViewContext {
  /** aborted when the user navigates away before the view has loaded */
  signal: AbortSignal;
  navigate: Navigate;
  url: URL;
}
