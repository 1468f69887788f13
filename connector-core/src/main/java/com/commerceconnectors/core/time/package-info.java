/** Reading the platforms' record timestamps quickly, with {@code java.time} as the reference and fallback. */
package com.commerceconnectors.core.time;
