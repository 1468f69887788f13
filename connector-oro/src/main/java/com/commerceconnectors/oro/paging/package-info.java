/**
 * Paging strategies: page numbers for a plain list ({@code fetchAll}), keyset paging over (watermark field, id) for
 * incremental exports that must survive records changing between pages.
 */
package com.commerceconnectors.oro.paging;
