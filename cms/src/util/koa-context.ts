// Strapi mounts every route through @koa/router, which puts the path's parameters on koa's context
// (ctx.params); koa's own typings leave them out. Declared here once, so the console's and the
// public API's handlers are koa middleware as Strapi's Core.Route types them, with no cast (issue 16).
declare module 'koa' {
  interface ExtendableContext {
    params: Record<string, string>;
  }
}

export {};
