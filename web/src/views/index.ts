/** Which view answers which route. */
import type { Route } from '../router/routes.js';
import { addArticleView } from './add-article.js';
import { articlePageView } from './article-page.js';
import { claimPageView } from './claim-page.js';
import { claimsListView } from './claims-list.js';
import { entityPageView } from './entity-page.js';
import { notFoundView } from './not-found.js';
import { searchPageView } from './search-page.js';
import type { ViewContext, ViewResult } from './view.js';

export async function renderView(route: Route, ctx: ViewContext): Promise<ViewResult> {
  switch (route.name) {
    case 'claims':
      return claimsListView(route.query, ctx);
    case 'claim':
      return claimPageView(route.id, ctx);
    case 'article':
      return articlePageView(route.id, route.statement, ctx);
    case 'entity':
      return entityPageView(route.id, ctx);
    case 'search':
      return searchPageView(route.q, ctx);
    case 'add':
      return addArticleView();
    case 'notFound':
      return notFoundView(route.path);
  }
}
