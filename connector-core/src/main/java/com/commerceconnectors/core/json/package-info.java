/** JSON trees turned into the plain Java values Camel exchange bodies carry. */
package com.commerceconnectors.core.json;
