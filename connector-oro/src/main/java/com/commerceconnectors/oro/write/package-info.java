/** Writes: reading a body into a JSON:API resource object, and create, update, delete and upsert of one record. */
package com.commerceconnectors.oro.write;
