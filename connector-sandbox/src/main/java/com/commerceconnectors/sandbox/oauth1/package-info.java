/**
 * OAuth 1.0a signature verification after RFC 5849, written independently of any client so that a bug in a signer
 * cannot hide behind the same bug here: percent-encoding (§3.6), the base string URI (§3.4.1.2), parameter
 * normalisation (§3.4.1.3.2), the signature base string (§3.4.1.1) and the seven signature methods. Which parameters
 * are collected from a request is left to the server being emulated ({@link
 * com.commerceconnectors.sandbox.oauth1.Rfc5849Parameters} is the RFC's own rule).
 */
package com.commerceconnectors.sandbox.oauth1;
