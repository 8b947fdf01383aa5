/**
 * Personal API tokens (接口令牌): a signed-in person makes a named token with an expiry for their scripts, sees it
 * once, lists and revokes their tokens. Only a SHA-256 of each token is kept. The security filters in
 * {@code system} check a Bearer token through {@link org.reportcycle.system.BearerTokens}, implemented here.
 */
@ApplicationModule(allowedDependencies = {"system"})
package org.reportcycle.token;

import org.springframework.modulith.ApplicationModule;
