/**
 * The web registry and its JSON API (Javalin, jte templates compiled at build time). Handlers are thin calls
 * into the services; {@link org.snegov.app.web.WebServer} maps failures to HTTP statuses in one place.
 * Every value reaches HTML through jte's escaping.
 */
package org.snegov.app.web;
